// Twilio's X-Twilio-Signature with every test vector of Twilio's SDKs (auth token "12345"), as collected and
// recomputed in shared/reference/twilio.md section 8.3:
//   twilio-python tests/unit/test_request_validator.py at 306691e793f417b6974640d1ef88785e9de03b2a
//   twilio-node spec/validation.spec.js at 45d3d65a4ea87652f4c7973af0e0998f3af31322
//   twilio-go client/request_validator_test.go at d858acdc095564232ae71a5cd1c7b130dad88b73
//   twilio-ruby spec/security/request_validator_spec.rb at dd1cc09b90cb290d7dbfdc2b12aa7c4f13bba63b
//   twilio-php tests/Twilio/Unit/RequestValidatorTest.php at ba0784ba0095eb4cea6f7f1e8e3201f6ff6f3404
//   twilio-java src/test/java/com/twilio/security/RequestValidatorTest.java at 179bd9c64650209e90b421f065c7b4fec54ce05c
//   twilio-csharp test/Twilio.Test/Security/RequestValidatorTest.cs at 709f8b861330c612678430cd194ec0659e14626b
//   (and its superseded base64 bodySHA256 case at 041030fbeae6f1c5f5c739a09b1668099fed18d9)
// The SDKs take decoded parameters; a request carries them as a form body, so each case's parameters are
// form-encoded here the way Twilio posts them.

#include <triage/verify.hpp>

#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

using params = std::vector<std::pair<std::string, std::string>>;

/// application/x-www-form-urlencoded, as Twilio (and every HTML form) encodes: space as '+', every byte but
/// A-Z a-z 0-9 - . _ * as %XX.
std::string encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '*';
    if (plain) {
      out += static_cast<char>(c);
    } else if (c == ' ') {
      out += '+';
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string form(const params& p) {
  std::string out;
  for (const auto& [key, value] : p) {
    if (!out.empty()) out += '&';
    out += encode(key) + "=" + encode(value);
  }
  return out;
}

owned_request signed_request(std::string url, const params& p, std::string signature) {
  owned_request r;
  r.url = std::move(url);
  r.body = form(p);
  r.headers = {{"X-Twilio-Signature", std::move(signature)}};
  if (!p.empty()) r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
  return r;
}

const std::string base_url = "https://mycompany.com/myapp.php?foo=1&bar=2";
const params base_params = {{"CallSid", "CA1234567890ABCDE"},
                            {"Caller", "+14158675309"},
                            {"Digits", "1234"},
                            {"From", "+14158675309"},
                            {"To", "+18005551212"}};
const std::string json_body = R"({"property": "value", "boolean": true})";
const std::string json_hash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

struct vector_case {
  const char* sdk;
  std::string url;
  params p;
  const char* signature;
};

params with(params p, const params& more) {
  p.insert(p.end(), more.begin(), more.end());
  return p;
}

const std::vector<vector_case>& form_vectors() {
  static const params go_params = with(base_params, {{"ReasonConferenceEnded", "test"}, {"Reason", "Participant"}});
  static const std::vector<vector_case> all = {
      {"python node ruby php java csharp", base_url, base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="},
      {"python node ruby php java csharp", "https://mycompany.com:443/myapp.php?foo=1&bar=2", base_params,
       "kvajT1Ptam85bY51eRf/AJRuM3w="},
      {"python node ruby php java csharp", "http://mycompany.com:1234/myapp.php?foo=1&bar=2", base_params,
       "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="},
      {"python node ruby php java csharp", "http://mycompany.com:80/myapp.php?foo=1&bar=2", base_params,
       "0ZXoZLH/DfblKGATFgpif+LLRf4="},
      {"csharp", "https://mycompany.com:1234/myapp.php?foo=1&bar=2", base_params, "CYn1h0gLBdNxDGkKJg6hYohgeD8="},
      {"python node php (repeated name: each distinct value, sorted)",
       base_url,
       {{"Sid", "CA123"}, {"SidAccount", "AC123"}, {"Digits", "5678"}, {"Digits", "1234"}, {"Digits", "1234"}},
       "IK+Dwps556ElfBT0I3Rgjkr1wJU="},
      {"node (values in one order)",
       base_url,
       {{"MessagingBinding.Address", "+1325xxxxxxx"}, {"MessagingBinding.Address", "+1415xxxxxxx"}},
       "83O6e2vORAoJHUNzJjDWN1jz+BA="},
      {"node (values in the other order)",
       base_url,
       {{"MessagingBinding.Address", "+1415xxxxxxx"}, {"MessagingBinding.Address", "+1325xxxxxxx"}},
       "83O6e2vORAoJHUNzJjDWN1jz+BA="},
      {"node php", "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", base_params,
       "CukzLTc1tT5dXEDIHm/tKBanW10="},
      {"node ruby php", "https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2", base_params,
       "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI="},
      {"node php", "https://user@mycompany.com/myapp.php?foo=1&bar=2", base_params, "2YRLlVAflCqxaNicjMpJcSTgzSs="},
      {"ruby", "https://user@mycompany.com:443/myapp.php?foo=1&bar=2", base_params, "aZfj4hyX1MLZhSS6QIL18Vn2/RA="},
      {"node (the URL as Node re-encodes it: It%27s)", base_url + "&Body=It%27s+amazing", base_params,
       "TfZzewPq8wqrGlMfyAud8+/IvJ0="},
      {"java (no parameters)", base_url, {}, "zYQTYrRWXE7LtzbG4PfP7/bkkGo="},
      {"java (no query)", "https://mycompany.com/myapp.php", base_params, "1xaxFBvyzXYvWplzNOSs28HWO94="},
      {"java (the query is signed)", base_url + "&type=thiswontbeusedinthesignaturegeneratorandsoshouldbeignored",
       base_params, "hYkNsTBttoNGkyCS0p+wWmQoRTg="},
      {"java (the query kept encoded)", "https://mycompany.com/myapp.php?foo=hello%20world&bar=test%2Bvalue",
       base_params, "er2tvAP1Wx+iuTTE2BPgvEaN1cs="},
      {"java (special characters)",
       base_url,
       {{"Message", "Hello & goodbye! @#$%^*()"}, {"From", "+1 (415) 867-5309"}, {"Special", "unicode: ñáéíóú"}},
       "dCPiR4WtQ6QFN6pJh81CtlCcWLQ="},
      {"java (empty values)",
       base_url,
       {{"Digits", ""}, {"CallSid", "CA1234567890ABCDE"}, {"EmptyParam", ""}},
       "9HHp/OqQMEwdrVebHDdA/+tqjX8="},
      {"java (null signed as empty)",
       base_url,
       {{"Digits", ""}, {"CallSid", "CA1234567890ABCDE"}, {"NullParam", ""}},
       "L9lTTwIlxM1xGAtLRwhOSZggRhM="},
      {"java (sorted by name)",
       base_url,
       {{"Zebra", "last"}, {"Alpha", "first"}, {"Beta", "second"}, {"Gamma", "third"}},
       "enveUe73ZTVLAekHxez3Qx6JuuQ="},
      {"java (raw UTF-8 in the URL)", "https://mycompany.com/webhook/España?año=2023", base_params,
       "G/Hx6mqqnjUNlPAoi2Sp9bGst0g="},
      {"java (byte order: CALLSID, CallSid, callSid)",
       base_url,
       {{"callSid", "lowercase"}, {"CallSid", "uppercase"}, {"CALLSID", "allcaps"}},
       "jDK7WKT8wiNrwggd4ceTv4e1MJ4="},
      {"java (a double slash kept)", "https://mycompany.com:443//myapp.php?foo=1&bar=2", base_params,
       "A9lH3u16NjyiiM/+wylw5rirFUs="},
      {"csharp (host case kept)", "https://MyCompany.com/myapp.php?foo=1&bar=2", base_params,
       "g9IN/x4Cft2g517EjYvEvM/W7LU="},
      {"csharp", "https://MyCompany.com:1234/myapp.php?foo=1&bar=2", base_params, "PCqOZm8cnu/L6+u5i5fuEd+Iac4="},
      {"csharp", "http://MyCompany.com/myapp.php?foo=1&bar=2", base_params, "XY7AlKOKL6im4yWyX84gldUrtis="},
      {"csharp", "http://username:password@MyCompany.com/myapp.php?foo=1&bar=2", base_params,
       "PJ08CxXr7KLPjEQCTc8LkUSMwSM="},
      {"csharp (scheme case kept)", "HTTP://username:password@MyCompany.com/myapp.php?foo=1&bar=2", base_params,
       "hy/l8pca+LFms4cvRdv8uiP6NGc="},
      {"csharp", "http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2", base_params,
       "SkTSKyDJH9kUlhItI0slbgZ1UsI="},
      {"go", base_url, go_params, "vOEb5UThFn24KEfnOFLQY2AE5FY="},
      {"go", "http://mycompany.com/myapp.php?foo=1&bar=2", go_params, "n2xBNyzSW7rfYStDtOFiFMv7qNo="},
      {"go (a form body)", base_url, {{"property", "value"}, {"boolean", "true"}}, "NBdBDr/T/lgjI+tlgpXjKZQZs/k="},
      {"old csharp (bodySHA256 as a base64 form parameter)", base_url,
       with(base_params, {{"bodySHA256", "Ch/3Y02as7ldtcmi3+lBbkFQKyg6gMfPGWMmMvluZiA="}}),
       "lhN9sMASXtkij921mMLP/O8yo04="},
  };
  return all;
}

}  // namespace

TEST_CASE("Twilio: every SDK vector over a URL and form parameters verifies", "[verify][twilio]") {
  for (const vector_case& v : form_vectors()) {
    CAPTURE(v.sdk, v.url, v.signature);
    const owned_request r = signed_request(v.url, v.p, v.signature);
    const auto result = run(scheme::twilio_signature, r, {"12345"}, 0);
    CHECK(result);
    CHECK(result.reason == verify_reason::valid);
    // Another token, or any changed parameter, does not.
    CHECK(run(scheme::twilio_signature, r, {"12346"}, 0).reason == verify_reason::bad_signature);
    owned_request changed = r;
    changed.body += "&Extra=1";
    CHECK(run(scheme::twilio_signature, changed, {"12345"}, 0).reason == verify_reason::bad_signature);
    // The parameters in another order, or escaped differently, are the same parameters.
    params reversed(v.p.rbegin(), v.p.rend());
    CHECK(run(scheme::twilio_signature, signed_request(v.url, reversed, v.signature), {"12345"}, 0));
  }
}

TEST_CASE("Twilio: the port is tried both ways, as every SDK does", "[verify][twilio]") {
  // Signed with :443, received without; signed without, received with :443 (python, node, go, ruby, php).
  CHECK(run(scheme::twilio_signature, signed_request(base_url, base_params, "kvajT1Ptam85bY51eRf/AJRuM3w="), {"12345"},
            0));
  CHECK(run(
      scheme::twilio_signature,
      signed_request("https://mycompany.com:443/myapp.php?foo=1&bar=2", base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
      {"12345"}, 0));
  CHECK(run(scheme::twilio_signature,
            signed_request("http://mycompany.com/myapp.php?foo=1&bar=2", base_params, "0ZXoZLH/DfblKGATFgpif+LLRf4="),
            {"12345"}, 0));
  CHECK(run(scheme::twilio_signature,
            signed_request("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", base_params,
                           "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI="),
            {"12345"}, 0));
  CHECK(run(scheme::twilio_signature,
            signed_request("https://user@mycompany.com:443/myapp.php?foo=1&bar=2", base_params,
                           "2YRLlVAflCqxaNicjMpJcSTgzSs="),
            {"12345"}, 0));
  // Twilio's connection overrides in the fragment are not signed.
  CHECK(run(scheme::twilio_signature,
            signed_request(base_url + "#ct=3000&rc=5&rt=1500&rp=all", base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
            {"12345"}, 0));
  // Any port is also tried without it, as twilio-python's remove_port and twilio-go's removePort do: the
  // port is not what the signature protects (the host, path, query and parameters are).
  CHECK(run(
      scheme::twilio_signature,
      signed_request("https://mycompany.com:444/myapp.php?foo=1&bar=2", base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
      {"12345"}, 0));
  // Another host, path or query is another URL.
  for (const char* url :
       {"https://mycompany.org/myapp.php?foo=1&bar=2", "https://mycompany.com/myapp.php?foo=1&bar=3",
        "https://mycompany.com/myapp.php?bar=2&foo=1", "http://mycompany.com/myapp.php?foo=1&bar=2"}) {
    CAPTURE(url);
    CHECK(run(scheme::twilio_signature, signed_request(url, base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="), {"12345"}, 0)
              .reason == verify_reason::bad_signature);
  }
}

TEST_CASE("Twilio: the bodySHA256 variant for JSON bodies", "[verify][twilio]") {
  auto json_request = [](std::string url, std::string body, std::string signature) {
    owned_request r;
    r.url = std::move(url);
    r.body = std::move(body);
    r.headers = {{"X-Twilio-Signature", std::move(signature)}, {"Content-Type", "application/json"}};
    return r;
  };
  // python node go ruby php java csharp.
  CHECK(run(scheme::twilio_signature,
            json_request(base_url + "&bodySHA256=" + json_hash, json_body, "a9nBmqA0ju/hNViExpshrM61xv4="), {"12345"},
            0));
  // node go ruby java csharp.
  CHECK(run(scheme::twilio_signature,
            json_request("https://mycompany.com/myapp.php?bodySHA256=" + json_hash, json_body,
                         "y77kIzt2vzLz71DgmJGsen2scGs="),
            {"12345"}, 0));
  // node: an empty body is hashed as "{}", signed with the port; the body Twilio sent is "{}".
  CHECK(run(scheme::twilio_signature,
            json_request(base_url + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                         "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc="),
            {"12345"}, 0));
  // Another body: the hash says so before any signature is computed.
  // The result's views point into the request: it outlives them.
  const auto changed_request =
      json_request(base_url + "&bodySHA256=" + json_hash, R"({"property": "value", "boolean": false})",
                   "a9nBmqA0ju/hNViExpshrM61xv4=");
  const auto changed = run(scheme::twilio_signature, changed_request, {"12345"}, 0);
  CHECK(changed.reason == verify_reason::body_mismatch);
  CHECK(changed.subject == json_hash);
  // The right body under a forged hash: the URL (with the hash) is signed, so the signature fails.
  CHECK(run(scheme::twilio_signature,
            json_request(base_url + "&bodySHA256=" + std::string(64, 'a'), json_body, "a9nBmqA0ju/hNViExpshrM61xv4="),
            {"12345"}, 0)
            .reason == verify_reason::body_mismatch);
}

TEST_CASE("Twilio: the go vector sorted wrongly must fail", "[verify][twilio]") {
  const params go_params = with(base_params, {{"ReasonConferenceEnded", "test"}, {"Reason", "Participant"}});
  CHECK(run(scheme::twilio_signature, signed_request(base_url, go_params, "95+Bu0JVPi0r/SsESZCVf0dWAjw="), {"12345"}, 0)
            .reason == verify_reason::bad_signature);
}

TEST_CASE("Twilio: Node's re-encoded URL is what was signed; the raw one is another URL", "[verify][twilio]") {
  // twilio-node signs the URL after its URL parser re-encoded "'" as %27 (twilio.md 8.3); this verifier
  // takes the URL exactly as Twilio requested it, so the raw form does not verify.
  CHECK(run(scheme::twilio_signature,
            signed_request(base_url + "&Body=It's+amazing", base_params, "TfZzewPq8wqrGlMfyAud8+/IvJ0="), {"12345"}, 0)
            .reason == verify_reason::bad_signature);
}

TEST_CASE("Twilio: a GET's parameters are in its URL, and its empty body signs nothing more", "[verify][twilio]") {
  owned_request r = signed_request(base_url, {}, "zYQTYrRWXE7LtzbG4PfP7/bkkGo=");
  r.method = "GET";
  CHECK(run(scheme::twilio_signature, r, {"12345"}, 0));
  // A form body without its Content-Type (an archived request) is read as the form it is.
  owned_request untyped = signed_request(base_url, base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  untyped.erase("Content-Type");
  CHECK(run(scheme::twilio_signature, untyped, {"12345"}, 0));
}

TEST_CASE("Twilio: malformed and missing parts are refused with their reason, never a secret", "[verify][twilio]") {
  const owned_request good = signed_request(base_url, base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  CHECK(run(scheme::twilio_signature, good, {"old-token", "12345"}, 0));  // a rotation: every token is tried
  CHECK(run(scheme::twilio_signature, good, {}, 0).reason == verify_reason::no_secret);
  CHECK(run(scheme::twilio_signature, good, {""}, 0).reason == verify_reason::no_secret);
  owned_request missing = good;
  missing.erase("X-Twilio-Signature");
  CHECK(run(scheme::twilio_signature, missing, {"12345"}, 0).reason == verify_reason::missing_header);
  owned_request twice = good;
  twice.headers.emplace_back("x-twilio-signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  CHECK(run(scheme::twilio_signature, twice, {"12345"}, 0).reason == verify_reason::malformed_header);
  for (const char* bad : {"RSOYDt4T1cUTdK1PDd93/VVr8B8", "RSOYDt4T1cUTdK1PDd93_VVr8B8=", "not base64!", ""}) {
    CAPTURE(bad);
    owned_request r = good;
    r.set("X-Twilio-Signature", bad);
    const auto result = run(scheme::twilio_signature, r, {"12345"}, 0);
    CHECK((result.reason == verify_reason::bad_encoding || result.reason == verify_reason::malformed_header));
  }
  owned_request short_mac = good;
  short_mac.set("X-Twilio-Signature", "AAAA");  // three bytes
  CHECK(run(scheme::twilio_signature, short_mac, {"12345"}, 0).reason == verify_reason::malformed_header);
  owned_request bad_escape = good;
  bad_escape.body += "&Body=%zz";
  CHECK(run(scheme::twilio_signature, bad_escape, {"12345"}, 0).reason == verify_reason::body_mismatch);
  const auto wrong = run(scheme::twilio_signature, good, {"54321"}, 0);
  CHECK(wrong.reason == verify_reason::bad_signature);
  CHECK(wrong.subject == "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  CHECK(std::string(wrong.detail).find("54321") == std::string::npos);
}

TEST_CASE("Twilio: a SharedKey signs with HMAC-SHA256 when the settings header says so", "[verify][twilio]") {
  // HMAC-SHA256 of the base URL + base parameters with key "12345" (computed with Python's hmac, as the
  // notes do for every vector); the SharedKey's format is unknown, so any configured secret is its bytes.
  owned_request r = signed_request(base_url, base_params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  r.headers.emplace_back("X-Twilio-Webhooks-Signature-Settings", "key=KS123,algorithm=HMAC_SHA256");
  // A SHA-1 sized signature under a SHA-256 setting is the wrong size.
  CHECK(run(scheme::twilio_signature, r, {"12345"}, 0).reason == verify_reason::malformed_header);
  r.set("X-Twilio-Signature", "033hgUJA9M/hXIZsYjwkerEP/DBm35nEri5FhCYjA5s=");
  CHECK(run(scheme::twilio_signature, r, {"12345"}, 0));
  r.set("X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  r.set("X-Twilio-Webhooks-Signature-Settings", "key=KS123,algorithm=HMAC_MD5");
  CHECK(run(scheme::twilio_signature, r, {"12345"}, 0).reason == verify_reason::unsupported_algorithm);
  r.set("X-Twilio-Webhooks-Signature-Settings", "key=KS123,algorithm=HMAC_SHA1");
  CHECK(run(scheme::twilio_signature, r, {"12345"}, 0));
}

TEST_CASE("Twilio: the scheme's row", "[verify][twilio]") {
  const triage::scheme_info& row = triage::info(scheme::twilio_signature);
  CHECK(row.name == "twilio-signature");
  CHECK(row.owner == triage::provider::twilio);
  CHECK(row.needs == triage::credential::shared_secret);
  CHECK(row.signs_url);
  CHECK(triage::scheme_from_string("twilio-signature") == scheme::twilio_signature);
}
