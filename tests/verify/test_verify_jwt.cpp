// MessageBird-Signature-JWT: every reference vector MessageBird's SDKs share (php-rest-api
// tests/Unit/Data/webhooksignature.json, copied to tests/verify/vectors with its licence), each run with the
// clock at its timestamp and with the reason it gives mapped onto ours; then the cases the vectors lack,
// signed by Python (vectors/make_jwt_vectors.py) with the vectors' key.

#include <simdjson.h>
#include <triage/timestamp.hpp>
#include <triage/verify.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "catch.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

/// The SDKs' reason strings (Go's wording, which the vectors carry) and what each means here.
const std::map<std::string, verify_reason> sdk_reasons = {
    {"invalid jwt: claim nbf is in the future", verify_reason::not_yet_valid},
    {"invalid jwt: claim exp is in the past", verify_reason::expired},
    {"invalid jwt: claim url_hash is invalid", verify_reason::url_mismatch},
    {"invalid jwt: claim payload_hash is invalid", verify_reason::body_mismatch},
    {"invalid jwt: signature is invalid", verify_reason::bad_signature},
    {"invalid jwt: claim payload_hash is set but actual payload is missing", verify_reason::body_mismatch},
    {"invalid jwt: claim payload_hash is not set but payload is present", verify_reason::body_mismatch},
    {"invalid jwt: signing method none is invalid", verify_reason::unsupported_algorithm},
};

std::int64_t unix_seconds(std::string_view iso) {
  const auto t = triage::parse_iso8601(iso);
  REQUIRE(t.has_value());
  return std::chrono::duration_cast<std::chrono::seconds>(t->time_since_epoch()).count();
}

constexpr std::string_view key = "36efdd1aace2e26cd490f0d951138253bef2f7c6d34d18981da781555cc4cebb";
constexpr std::int64_t issued = 1625479200;  // the vectors' nbf, and the time they are received at

owned_request jwt_request(std::string token, std::string url = "https://example.com/", std::string body = "") {
  owned_request r;
  r.url = std::move(url);
  r.body = std::move(body);
  r.headers = {{"MessageBird-Signature-JWT", std::move(token)}};
  return r;
}

// vectors/make_jwt_vectors.py: every claim as in the vectors except the one named.
const std::string no_nbf =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsImV4cCI6MTYyNTQ3OTI2MCwianRpIjoiNTlhMjQ0ZGMtZTlh"
    "ZC00ZTIzLTk3NzgtMzcxZmFhMjM4ZjcyIiwidXJsX2hhc2giOiIwZjExNWRiMDYyYjdjMGRkMDMwYjE2ODc4Yzk5ZGVhNWMzNTRiNDlkYzM3YjM4"
    "ZWI4ODQ2MTc5Yzc3ODNlOWQ3In0.mIgbdx6bvWKCkzIXUoD7fDepQYuNYN1KyEplEi7vQgo";
const std::string no_exp =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwianRpIjoiNTlhMjQ0ZGMtZTlh"
    "ZC00ZTIzLTk3NzgtMzcxZmFhMjM4ZjcyIiwidXJsX2hhc2giOiIwZjExNWRiMDYyYjdjMGRkMDMwYjE2ODc4Yzk5ZGVhNWMzNTRiNDlkYzM3YjM4"
    "ZWI4ODQ2MTc5Yzc3ODNlOWQ3In0.Ml_8rU8vAdUzdF1yGr9Dg-OINk8TR5awbaYlSCLaN3A";
const std::string no_jti =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJ1"
    "cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2MwZGQwMzBiMTY4NzhjOTlkZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDcifQ."
    "ObgxW6FZAF0vGLOPmgHm4_uou6WVE1UYNyF_TNKfZ-E";
const std::string wrong_iss =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZDIiLCJuYmYiOjE2MjU0NzkyMDAsImV4cCI6MTYyNTQ3OTI2MCwi"
    "anRpIjoiNTlhMjQ0ZGMtZTlhZC00ZTIzLTk3NzgtMzcxZmFhMjM4ZjcyIiwidXJsX2hhc2giOiIwZjExNWRiMDYyYjdjMGRkMDMwYjE2ODc4Yzk5"
    "ZGVhNWMzNTRiNDlkYzM3YjM4ZWI4ODQ2MTc5Yzc3ODNlOWQ3In0.fA5S9nMRXRpyT_4P-Ybq4SV4iILrrHveQ5nFrWbbcqM";
const std::string no_iss =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYmYiOjE2MjU0NzkyMDAsImV4cCI6MTYyNTQ3OTI2MCwianRpIjoiNTlhMjQ0ZGMtZTlhZC00"
    "ZTIzLTk3NzgtMzcxZmFhMjM4ZjcyIiwidXJsX2hhc2giOiIwZjExNWRiMDYyYjdjMGRkMDMwYjE2ODc4Yzk5ZGVhNWMzNTRiNDlkYzM3YjM4ZWI4"
    "ODQ2MTc5Yzc3ODNlOWQ3In0.PNAB3Aqknlw2-vxD1oB3_Lh0nG_dvGTOQmnFW8v6NYU";
const std::string fraction_nbf =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMC41LCJleHAiOjE2MjU0NzkyNjAs"
    "Imp0aSI6IjU5YTI0NGRjLWU5YWQtNGUyMy05Nzc4LTM3MWZhYTIzOGY3MiIsInVybF9oYXNoIjoiMGYxMTVkYjA2MmI3YzBkZDAzMGIxNjg3OGM5"
    "OWRlYTVjMzU0YjQ5ZGMzN2IzOGViODg0NjE3OWM3NzgzZTlkNyJ9.gzSNMli_XuNDdbu4GgpVprwkUUosK1i7kW7ku_mjtc4";
const std::string duplicate_iss =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJq"
    "dGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2MwZGQwMzBiMTY4NzhjOTlk"
    "ZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDciLCJpc3MiOiJBdHRhY2tlciJ9."
    "TT3uLCuR19yCPOhpErNRGvlFJrnUyaUgOuqKYXB15qc";
const std::string escaped_key =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJcdTAwNjlzcyI6Ik1lc3NhZ2VCaXJkIiwibmJmIjoxNjI1NDc5MjAwLCJleHAiOjE2MjU0Nzky"
    "NjAsImp0aSI6IjU5YTI0NGRjLWU5YWQtNGUyMy05Nzc4LTM3MWZhYTIzOGY3MiIsInVybF9oYXNoIjoiMGYxMTVkYjA2MmI3YzBkZDAzMGIxNjg3"
    "OGM5OWRlYTVjMzU0YjQ5ZGMzN2IzOGViODg0NjE3OWM3NzgzZTlkNyJ9.o3KW-NGP7aWb45CjirhNPqqsig4YaLenCEnEHTmLSXo";
const std::string rs256 =
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJq"
    "dGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2MwZGQwMzBiMTY4NzhjOTlk"
    "ZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDcifQ.pi1cMYeGBPrdBH6ysw0GWEyY-jbIIN8J6iORd8vG9Eo";
const std::string crit =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImNyaXQiOlsiZXhwIl19.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhw"
    "IjoxNjI1NDc5MjYwLCJqdGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2Mw"
    "ZGQwMzBiMTY4NzhjOTlkZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDcifQ.7x2hBawZAvB-ADVdmdV6tKD5tV4m9_pXKC_"
    "TrtLvlh0";
const std::string hash_upper =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJq"
    "dGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBGMTE1REIwNjJCN0MwREQwMzBCMTY4NzhDOTlE"
    "RUE1QzM1NEI0OURDMzdCMzhFQjg4NDYxNzlDNzc4M0U5RDcifQ.ocgrCws3CYWU1haiy-BtlGO536GcTxO0uz_GDv15-bU";
// The first reference vector: no payload, https://example.com/.
const std::string plain =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJq"
    "dGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2MwZGQwMzBiMTY4NzhjOTlk"
    "ZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDcifQ.6Fp0rVOsRr1fj9S2GidXAfkmPVofKr8_RTffC6G6r2E";

}  // namespace

TEST_CASE("MessageBird JWT: every reference vector, at its time", "[verify][jwt]") {
  simdjson::dom::parser parser;
  simdjson::dom::element vectors;
  REQUIRE(parser.load(TRIAGE_VERIFY_VECTORS_DIR "/messagebird_jwt_reference.json").get(vectors) == simdjson::SUCCESS);
  std::size_t count = 0;
  std::size_t valid = 0;
  for (simdjson::dom::element v : vectors.get_array()) {
    const std::string name(v["name"].get_string().value());
    INFO(name);
    std::string_view secret;  // the SDKs' tests give the vector without one a random secret, as here
    if (v["secret"].get_string().get(secret) != simdjson::SUCCESS) secret = "random-secret-to-not-fail-test";
    std::string_view payload;
    if (v["payload"].get_string().get(payload) != simdjson::SUCCESS) payload = {};
    owned_request r = jwt_request(std::string(v["token"].get_string().value()),
                                  std::string(v["url"].get_string().value()), std::string(payload));
    r.method = std::string(v["method"].get_string().value());
    const std::int64_t now = unix_seconds(v["timestamp"].get_string().value());
    const auto result = run(scheme::messagebird_jwt, r, {secret}, now);
    INFO(triage::to_string(result.reason) << ": " << result.detail);
    if (v["valid"].get_bool().value()) {
      CHECK(result);
      ++valid;
    } else {
      const std::string reason(v["reason"].get_string().value());
      REQUIRE(sdk_reasons.count(reason) == 1);
      CHECK(result.reason == sdk_reasons.at(reason));
    }
    ++count;
  }
  CHECK(count == 44);
  CHECK(valid == 24);
}

TEST_CASE("MessageBird JWT: nbf and exp with the leeway, at the edges", "[verify][jwt]") {
  // nbf = 1625479200, exp = nbf + 60, leeway 1 s.
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {key}, issued - 1));
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {key}, issued - 2).reason == verify_reason::not_yet_valid);
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {key}, issued + 61));
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {key}, issued + 62).reason == verify_reason::expired);
  triage::verify_options none;
  none.leeway = 0;
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {key}, issued - 1, none).reason ==
        verify_reason::not_yet_valid);
  const auto r = run(scheme::messagebird_jwt, jwt_request(plain), {key}, issued + 100);
  CHECK(r.detail == "claim exp is in the past");
}

TEST_CASE("MessageBird JWT: required claims, issuer, and what a strict reader refuses", "[verify][jwt]") {
  // Go's SDK accepts a token without nbf (a missing claim decodes as 0); Python, Ruby and C# do not, nor we.
  auto r = run(scheme::messagebird_jwt, jwt_request(no_nbf), {key}, issued);
  CHECK(r.reason == verify_reason::missing_claim);
  CHECK(r.detail == "claim nbf is missing");
  CHECK(run(scheme::messagebird_jwt, jwt_request(no_exp), {key}, issued).reason == verify_reason::missing_claim);
  CHECK(run(scheme::messagebird_jwt, jwt_request(no_jti), {key}, issued).reason == verify_reason::missing_claim);
  CHECK(run(scheme::messagebird_jwt, jwt_request(no_iss), {key}, issued).reason == verify_reason::missing_claim);
  CHECK(run(scheme::messagebird_jwt, jwt_request(wrong_iss), {key}, issued).reason == verify_reason::wrong_issuer);
  CHECK(run(scheme::messagebird_jwt, jwt_request(fraction_nbf), {key}, issued).reason ==
        verify_reason::malformed_header);
  CHECK(run(scheme::messagebird_jwt, jwt_request(duplicate_iss), {key}, issued).reason ==
        verify_reason::malformed_header);
  CHECK(run(scheme::messagebird_jwt, jwt_request(escaped_key), {key}, issued).reason ==
        verify_reason::malformed_header);
  CHECK(run(scheme::messagebird_jwt, jwt_request(hash_upper), {key}, issued).reason == verify_reason::bad_encoding);
}

TEST_CASE("MessageBird JWT: only HS256, HS384 and HS512", "[verify][jwt]") {
  CHECK(run(scheme::messagebird_jwt, jwt_request(rs256), {key}, issued).reason == verify_reason::unsupported_algorithm);
  CHECK(run(scheme::messagebird_jwt, jwt_request(crit), {key}, issued).reason == verify_reason::unsupported_algorithm);
  // alg none with an empty signature, and with the HS256 signature kept: both refused before any MAC.
  const std::string none_header = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0";  // {"alg":"none","typ":"JWT"}
  const std::string claims = plain.substr(plain.find('.') + 1, plain.rfind('.') - plain.find('.') - 1);
  CHECK(run(scheme::messagebird_jwt, jwt_request(none_header + "." + claims + "."), {key}, issued).reason ==
        verify_reason::unsupported_algorithm);
  CHECK(run(scheme::messagebird_jwt, jwt_request(none_header + "." + claims + plain.substr(plain.rfind('.'))), {key},
            issued)
            .reason == verify_reason::unsupported_algorithm);
}

TEST_CASE("MessageBird JWT: the URL is byte-exact and the body hash present exactly when there is a body",
          "[verify][jwt]") {
  // The port is part of the signed URL, and percent-encoding is not normalised.
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain, "https://example.com:443/"), {key}, issued).reason ==
        verify_reason::url_mismatch);
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain, "https://example.com"), {key}, issued).reason ==
        verify_reason::url_mismatch);
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain, "https://example.com/%2F"), {key}, issued).reason ==
        verify_reason::url_mismatch);
  // An empty body without payload_hash verifies; a body added to it does not.
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain, "https://example.com/", ""), {key}, issued));
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain, "https://example.com/", "0"), {key}, issued).reason ==
        verify_reason::body_mismatch);
}

TEST_CASE("MessageBird JWT: tampering, rotation, malformed tokens and headers", "[verify][jwt]") {
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {"old-key", key}, issued));
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain), {"old-key"}, issued).reason == verify_reason::bad_signature);
  std::string t = plain;
  t[t.size() - 2] = t[t.size() - 2] == 'A' ? 'B' : 'A';
  CHECK_FALSE(run(scheme::messagebird_jwt, jwt_request(t), {key}, issued));
  t = plain;
  t[40] = t[40] == 'A' ? 'B' : 'A';  // inside the claims
  CHECK_FALSE(run(scheme::messagebird_jwt, jwt_request(t), {key}, issued));
  for (const std::string& bad :
       {std::string(""), std::string("a.b"), plain + ".x", std::string(".."), plain.substr(0, plain.rfind('.'))}) {
    CHECK_FALSE(run(scheme::messagebird_jwt, jwt_request(bad), {key}, issued));
  }
  CHECK(run(scheme::messagebird_jwt, jwt_request(plain + "="), {key}, issued).reason == verify_reason::bad_encoding);
  owned_request r = jwt_request(plain);
  r.headers = {{"messagebird-signature-jwt", "  " + plain + " "}};
  CHECK(run(scheme::messagebird_jwt, r, {key}, issued));
  r.headers.emplace_back("MessageBird-Signature-JWT", plain);
  CHECK(run(scheme::messagebird_jwt, r, {key}, issued).reason == verify_reason::malformed_header);
  r.headers.clear();
  CHECK(run(scheme::messagebird_jwt, r, {key}, issued).reason == verify_reason::missing_header);
}
