// Plivo's signatures (plivo/verify.hpp) against every published test vector: the SDKs' V2 vectors
// (plivo-python tests/resources/test_signature.py @ a0cd3237d2ce1dc46434572997f9ccf380502af0, the same in
// plivo-node test/utils.js, plivo-go utils_test.go, plivo-ruby, plivo-php and plivo-dotnet; plivo-java
// src/test/java/com/plivo/api/UtilsTest.java @ bc43922c962527ca787715b94c9a0773a66b9c01 for the slash and the
// port), the SDKs' four V3 vectors (plivo-go utils_test.go TestValidateSignatureV3Pass1-4 @
// 273a8369467eeb2e2603d3916a0f6587dbde4ec4, also in plivo-ruby spec/signature_spec.rb), and the third-party
// messaging-shaped V3 vectors (sarveshpatil-plivo/plivo-openclaw-sms-channel src/webhook.test.ts @
// e7548caeea13b43cf4272e2be10a890ba4ef4502; openhab-addons PlivoSignatureValidatorTest.java @
// 257826e71036ebb5c4f109038088413f7e886e42), as shared/reference/plivo.md section 8 copies them.

#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "verify/support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;
using triage_test::secret_list;

using params = std::vector<std::pair<std::string, std::string>>;

/// application/x-www-form-urlencoded, as Plivo encodes its bodies (space as '+').
std::string form_encode(const params& p) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const auto& [k, v] : p) {
    if (!out.empty()) out += '&';
    for (const std::string* part : {&k, &v}) {
      for (unsigned char c : *part) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
          out += static_cast<char>(c);
        } else if (c == ' ') {
          out += '+';
        } else {
          out += '%';
          out += hex[c >> 4];
          out += hex[c & 15];
        }
      }
      if (part == &k) out += '=';
    }
  }
  return out;
}

// plivo-go's V3 parameters (a voice callback: the SDKs publish no messaging vector).
const params go_params = {
    {"Direction", "outbound"},
    {"From", "19792014278"},
    {"ALegUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"},
    {"CallStatus", "in-progress"},
    {"BillRate", "0.002"},
    {"ParentAuthID", "MANWVLYTK4ZWU1YTY4QA"},
    {"To", "sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com"},
    {"ALegRequestUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"},
    {"CallUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"},
    {"RequestUUID", "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"},
    {"SIP-H-To", "<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1"},
    {"SessionStart", "2020-04-08 11:34:33.238707"},
    {"Event", "StartApp"},
};
const char* const go_token = "Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4";
const char* const go_nonce = "31627761595286130198";
const std::string go_url = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml";

owned_request v3_request(const std::string& method, const std::string& url, const std::string& body,
                         const std::string& nonce, const std::string& signature) {
  owned_request r;
  r.method = method;
  r.url = url;
  r.body = body;
  r.set("X-Plivo-Signature-V3", signature).set("X-Plivo-Signature-V3-Nonce", nonce);
  return r;
}

owned_request v2_request(const std::string& url, const std::string& nonce, const std::string& signature) {
  owned_request r;
  r.url = url;
  r.set("X-Plivo-Signature-V2", signature).set("X-Plivo-Signature-V2-Nonce", nonce);
  return r;
}

}  // namespace

TEST_CASE("plivo-v3: the SDKs' four vectors, POST and GET, with and without a query") {
  const secret_list token = {go_token};
  // POST: the parameters in the body, the URL's own query signed as k=v pairs.
  CHECK(run(scheme::plivo_v3,
            v3_request("POST", go_url + "/?a=b&c=d", form_encode(go_params), go_nonce,
                       "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c="),
            token, 0));
  CHECK(
      run(scheme::plivo_v3,
          v3_request("POST", go_url, form_encode(go_params), go_nonce, "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0="),
          token, 0));
  // GET: Plivo puts the parameters in the query, beside the URL's own.
  CHECK(run(scheme::plivo_v3,
            v3_request("GET", go_url + "/?a=b&c=d&" + form_encode(go_params), "", go_nonce,
                       "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ="),
            token, 0));
  CHECK(run(scheme::plivo_v3,
            v3_request("GET", go_url + "?" + form_encode(go_params), "", go_nonce,
                       "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc="),
            token, 0));
  // The same request with the other method, another token, another nonce or one parameter changed fails.
  const std::string body = form_encode(go_params);
  const char* pass1 = "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c=";
  CHECK(run(scheme::plivo_v3, v3_request("GET", go_url + "/?a=b&c=d", body, go_nonce, pass1), token, 0).reason ==
        verify_reason::bad_signature);
  CHECK(
      run(scheme::plivo_v3, v3_request("POST", go_url + "/?a=b&c=d", body, go_nonce, pass1), {"Y2Q2ZDgx"}, 0).reason ==
      verify_reason::bad_signature);
  CHECK(run(scheme::plivo_v3, v3_request("POST", go_url + "/?a=b&c=d", body, "31627761595286130199", pass1), token, 0)
            .reason == verify_reason::bad_signature);
  CHECK(run(scheme::plivo_v3, v3_request("POST", go_url + "/?a=b&c=d", body + "&Extra=1", go_nonce, pass1), token, 0)
            .reason == verify_reason::bad_signature);
  CHECK(run(scheme::plivo_v3, v3_request("POST", go_url + "/?a=b&c=e", body, go_nonce, pass1), token, 0).reason ==
        verify_reason::bad_signature);
  // Key order and encoding do not matter: the parameters are signed decoded and sorted.
  params reversed(go_params.rbegin(), go_params.rend());
  CHECK(run(scheme::plivo_v3, v3_request("post", go_url + "/?c=d&a=b", form_encode(reversed), go_nonce, pass1), token,
            0));
}

TEST_CASE("plivo-v3: the messaging-shaped third-party vectors, and several signatures in the header") {
  const params inbound = {{"From", "+14150000001"},
                          {"To", "+14150000002"},
                          {"Text", "test"},
                          {"Type", "sms"},
                          {"MessageUUID", "11111111-2222-3333-4444-555555555555"}};
  const std::string sig = "BsYEsmZvb8pj7+RQtDfliZnZKIBlAmvq4t8a3d6MkXU=";
  const owned_request openclaw =
      v3_request("POST", "https://example.com/plivo/inbound", form_encode(inbound), "f4b1c2d3e5", sig);
  CHECK(run(scheme::plivo_v3, openclaw, {"FAKE_AUTH_TOKEN_1234567890"}, 0));
  // Token rotation: the second secret matches.
  CHECK(run(scheme::plivo_v3, openclaw, {"old-token", "FAKE_AUTH_TOKEN_1234567890"}, 0));
  // Several signatures, comma-separated (the SDKs accept any), and the main account's header alone.
  owned_request listed = openclaw;
  listed.set("X-Plivo-Signature-V3", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=," + sig);
  CHECK(run(scheme::plivo_v3, listed, {"FAKE_AUTH_TOKEN_1234567890"}, 0));
  owned_request main_account = openclaw;
  main_account.erase("X-Plivo-Signature-V3").set("X-Plivo-Signature-Ma-V3", sig);
  CHECK(run(scheme::plivo_v3, main_account, {"FAKE_AUTH_TOKEN_1234567890"}, 0));

  const params answer = {{"From", "+14156667777"}, {"To", "+14158889999"}, {"CallUUID", "abcd-1234"}};
  CHECK(run(scheme::plivo_v3,
            v3_request("POST", "https://example.com/answer", form_encode(answer), "12345",
                       "QUFNUHBhaE5m20p3UFtVHCb66PSliiukfx8M6MyiJwk="),
            {"my_auth_token"}, 0));
  CHECK(run(scheme::plivo_v3,
            v3_request("POST", "https://example.com/answer?token=xyz", form_encode(answer), "12345",
                       "IryQ8ucGk4J35wJRxh5K0iVvDCSZpHflFICcZxwx7Cc="),
            {"my_auth_token"}, 0));
}

TEST_CASE("plivo-v3: what is missing, repeated or malformed is said, and nothing secret") {
  const params inbound = {{"MessageUUID", "u"}, {"Text", "hi"}};
  owned_request r = v3_request("POST", "https://example.com/plivo", form_encode(inbound), "n1", "c2ln");
  CHECK(run(scheme::plivo_v3, r, {}, 0).reason == verify_reason::no_secret);
  CHECK(run(scheme::plivo_v3, r, {""}, 0).reason == verify_reason::no_secret);
  owned_request no_sig = r;
  no_sig.erase("X-Plivo-Signature-V3");
  CHECK(run(scheme::plivo_v3, no_sig, {"t"}, 0).reason == verify_reason::missing_header);
  owned_request no_nonce = r;
  no_nonce.erase("X-Plivo-Signature-V3-Nonce");
  CHECK(run(scheme::plivo_v3, no_nonce, {"t"}, 0).reason == verify_reason::missing_header);
  owned_request twice = r;
  twice.headers.emplace_back("x-plivo-signature-v3", "c2ln");
  CHECK(run(scheme::plivo_v3, twice, {"t"}, 0).reason == verify_reason::malformed_header);
  owned_request empty = r;
  empty.set("X-Plivo-Signature-V3", " , ");
  CHECK(run(scheme::plivo_v3, empty, {"t"}, 0).reason == verify_reason::malformed_header);
  owned_request put = r;
  put.method = "PUT";
  CHECK(run(scheme::plivo_v3, put, {"t"}, 0).reason == verify_reason::unsupported_algorithm);
  owned_request bad_body = r;
  bad_body.body = "MessageUUID=%zz";
  CHECK(run(scheme::plivo_v3, bad_body, {"t"}, 0).reason == verify_reason::body_mismatch);
  owned_request bad_query = r;
  bad_query.url += "?a=%2";
  CHECK(run(scheme::plivo_v3, bad_query, {"t"}, 0).reason == verify_reason::url_mismatch);
  const triage::verify_result wrong = run(scheme::plivo_v3, r, {"a-secret-token"}, 0);
  CHECK(wrong.reason == verify_reason::bad_signature);
  CHECK(std::string(wrong.detail).find("a-secret-token") == std::string::npos);
  CHECK(std::string(wrong.subject).find("a-secret-token") == std::string::npos);
  // The scheme's row.
  const triage::scheme_info& row = triage::info(scheme::plivo_v3);
  CHECK(row.name == "plivo-v3");
  CHECK(row.owner == triage::provider::plivo);
  CHECK(row.signs_url);
  CHECK(triage::scheme_from_string("plivo-v2") == scheme::plivo_v2);
}

TEST_CASE("plivo-v2: the SDKs' vectors, the URL's slash and port, the query ignored, the body unsigned") {
  CHECK(run(scheme::plivo_v2, v2_request("https://answer.url", "12345", "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc="),
            {"my_auth_token"}, 0));
  CHECK(run(scheme::plivo_v2, v2_request("https://answer.url", "12345", "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc="),
            {"my_auth_tokens"}, 0)
            .reason == verify_reason::bad_signature);
  CHECK(run(scheme::plivo_v2,
            v2_request("https://answer.url/", "12345", "do1CXv+k99A6+B+eTcyqbxWlezFIxJ/1vz72787r37g="),
            {"my_auth_token"}, 0));
  CHECK(run(scheme::plivo_v2,
            v2_request("https://answer.url:8000", "12345", "Gm7Z7AGBmf5JpSHrtUmeofrGyA4xV0ZiV0rH8JPXWGU="),
            {"my_auth_token"}, 0));
  // Without its padding the Java vector's signature is not the one computed.
  CHECK(run(scheme::plivo_v2, v2_request("https://answer.url", "12345", "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc"),
            {"my_auth_token"}, 0)
            .reason == verify_reason::bad_signature);
  // openhab: the query is not signed.
  owned_request openhab =
      v2_request("https://example.com/answer?a=1&b=2", "12345", "JTLtnh4xskVxvDEWnLeMYs8IkO4HTZJ8JPdRAmNGgso=");
  CHECK(run(scheme::plivo_v2, openhab, {"my_auth_token"}, 0));
  // V2 signs no body: any body verifies (why V3 is to be preferred), and the main account's header works.
  openhab.body = "MessageUUID=forged&Status=delivered";
  CHECK(run(scheme::plivo_v2, openhab, {"my_auth_token"}, 0));
  openhab.erase("X-Plivo-Signature-V2").set("X-Plivo-Signature-Ma-V2", "JTLtnh4xskVxvDEWnLeMYs8IkO4HTZJ8JPdRAmNGgso=");
  CHECK(run(scheme::plivo_v2, openhab, {"my_auth_token"}, 0));
  openhab.erase("X-Plivo-Signature-V2-Nonce");
  CHECK(run(scheme::plivo_v2, openhab, {"my_auth_token"}, 0).reason == verify_reason::missing_header);
}
