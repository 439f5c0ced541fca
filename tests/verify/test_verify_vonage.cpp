// Vonage's Messages API signed webhooks (scheme vonage-jwt): the published tokens of the SDKs (Ruby's
// sample_webhook_token, whose claims are the docs' "Sample Signed JWT"; Python's generic HS256 token) and a
// full body-and-token pair built the way Symfony's bridge test builds one (shared/reference/vonage.md §8.2,
// recomputed there with Python, openssl and Node), then every claim rule with tokens signed here.

#include <string>

#include "../catch.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

// Vonage/vonage-ruby-sdk @1eecb89963f796e34c1cb4274860a2f44d504ac1 test/vonage/test.rb sample_webhook_token.
constexpr const char* ruby_token =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE1ODc0OTQ5NjIsImp0aSI6ImM1YmE4ZjI0LTFhMTQtNGMxMC1iZmRmLTNmYmU4Y2U"
    "1MTFiNSIsImlzcyI6IlZvbmFnZSIsInBheWxvYWRfaGFzaCI6ImQ2YzBlNzRiNTg1N2RmMjBlM2I3ZTUxYjMwYzBjMmE0MGVjNzNhNzc4NzliNmYw"
    "NzRkZGM3YTIzMTdkZDAzMWIiLCJhcGlfa2V5IjoiYTFiMmMzZCIsImFwcGxpY2F0aW9uX2lkIjoiYWFhYWFhYWEtYmJiYi1jY2NjLWRkZGQtMDEy"
    "MzQ1Njc4OWFiIn0.JQRKi1d0SQitmjPINfTWMpt3XZkGsLbD7EjCdXoNSbk";
constexpr const char* ruby_secret = "ZYtdTtGV3BCFN7tWmOWr1md66XsquMggr4W2cTtXtcPgfnI0Xw";
constexpr const char* ruby_wrong_secret = "ZYtdTtGV3BCFN7tWmOWr1md66XsquMggr4W2cTtXtcPgf55555";
constexpr std::int64_t ruby_iat = 1587494962;

// Vonage/vonage-python-sdk @b308cb1e94192b7ae5f5f7256d0ff1dfdd028020 jwt/tests/test_verify_jwt.py.
constexpr const char* python_token =
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJPbmxpbmUgSldUIEJ1aWxkZXIiLCJpYXQiOjE2OTc2MzQ2ODAsImV4cCI6MzMyNTQ1"
    "NDA4MjgsImF1ZCI6IiIsInN1YiI6IiJ9.88vJc3I2HhuqEDixHXVhc9R30tA6U_HQHZTC29y6CGM";

// shared/reference/vonage.md §8.2 [ours]: Symfony's minimal delivered body, createJwt's claims, secret-key.
constexpr const char* pair_body = R"({"status":"delivered","message_uuid":"1","to":"447700900000","channel":"sms"})";
constexpr const char* pair_token =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwYXlsb2FkX2hhc2giOiI4ZTc4M2NlOGMwNjVmOTQ3NmQyZThiYTA3NWQyMDllMmI5ZmUyZGMw"
    "NjFmY2RmZjRiNzRlMzVmZWVkYzRkNTg0IiwiaWF0IjoxNTE2MjM5MDIyLCJqdGkiOiJqdGkiLCJpc3MiOiJWb25hZ2UifQ.phPpAWnQ8LF9c4F3r8"
    "x0_RHYt_k1py1MqL2Acy3-q5c";
constexpr std::int64_t pair_iat = 1516239022;

owned_request bearer(const std::string& token, const std::string& body = pair_body) {
  owned_request r;
  r.url = "https://example.com/webhooks/vonage";
  r.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
  r.body = body;
  return r;
}

std::string base64url(std::string_view data) {
  std::string out(triage::verify_detail::base64_encoded_size(data.size()), '\0');
  triage::verify_detail::encode_base64(reinterpret_cast<const unsigned char*>(data.data()), data.size(), out.data());
  while (!out.empty() && out.back() == '=') out.pop_back();
  for (char& c : out) c = c == '+' ? '-' : c == '/' ? '_' : c;
  return out;
}

std::string hex_sha256(std::string_view data) {
  unsigned char digest[32];
  REQUIRE(triage::verify_detail::sha256(data, digest));
  char hex[65] = {};
  triage::verify_detail::encode_hex(digest, 32, hex);
  return std::string(hex, 64);
}

/// A token over `header` and `claims` (JSON texts), signed with HS256 and `key`.
std::string sign(const std::string& header, const std::string& claims, std::string_view key) {
  const std::string input = base64url(header) + "." + base64url(claims);
  triage::verify_detail::hmac mac(triage::verify_detail::digest::sha256, key);
  mac.update(input);
  unsigned char out[32];
  REQUIRE(mac.finish(out));
  return input + "." + base64url(std::string_view(reinterpret_cast<const char*>(out), 32));
}

constexpr const char* hs256 = R"({"alg":"HS256","typ":"JWT"})";

}  // namespace

TEST_CASE("Vonage JWT: the published body-and-token pair verifies, and nothing else does", "[verify][vonage]") {
  CHECK(triage::to_string(scheme::vonage_jwt) == "vonage-jwt");
  CHECK(triage::info(scheme::vonage_jwt).owner == triage::provider::vonage);
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {"secret-key"}, pair_iat));
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {"other", "secret-key"}, pair_iat + 300));  // rotation
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {"secret-key"}, pair_iat - 300));
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {"secret-key"}, pair_iat + 301).reason == verify_reason::expired);
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {"secret-key"}, pair_iat - 301).reason ==
        verify_reason::not_yet_valid);
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {"secret-kez"}, pair_iat).reason == verify_reason::bad_signature);
  std::string tampered = pair_body;
  tampered.replace(tampered.find("delivered"), 9, "rejected!");
  CHECK(run(scheme::vonage_jwt, bearer(pair_token, tampered), {"secret-key"}, pair_iat).reason ==
        verify_reason::body_mismatch);
  CHECK(run(scheme::vonage_jwt, bearer(pair_token, ""), {"secret-key"}, pair_iat).reason ==
        verify_reason::body_mismatch);
  // The header's scheme word in any case; a bare token, another scheme or a repeated header is refused.
  owned_request lower = bearer(pair_token);
  lower.set("Authorization", std::string("bearer ") + pair_token);
  CHECK(run(scheme::vonage_jwt, lower, {"secret-key"}, pair_iat));
  owned_request bare = bearer(pair_token);
  bare.set("Authorization", pair_token);
  CHECK(run(scheme::vonage_jwt, bare, {"secret-key"}, pair_iat).reason == verify_reason::malformed_header);
  owned_request basic = bearer(pair_token);
  basic.set("Authorization", "Basic dXNlcjpwYXNz");
  CHECK(run(scheme::vonage_jwt, basic, {"secret-key"}, pair_iat).reason == verify_reason::malformed_header);
  owned_request twice = bearer(pair_token);
  twice.headers.emplace_back("authorization", std::string("Bearer ") + pair_token);
  CHECK(run(scheme::vonage_jwt, twice, {"secret-key"}, pair_iat).reason == verify_reason::malformed_header);
  owned_request none = bearer(pair_token);
  none.erase("Authorization");
  CHECK(run(scheme::vonage_jwt, none, {"secret-key"}, pair_iat).reason == verify_reason::missing_header);
  // No secret, or an empty one, never verifies.
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {}, pair_iat).reason == verify_reason::no_secret);
  CHECK(run(scheme::vonage_jwt, bearer(pair_token), {""}, pair_iat).reason == verify_reason::no_secret);
}

TEST_CASE("Vonage JWT: the Ruby SDK's sample token is signed by its secret, not by the other", "[verify][vonage]") {
  // The body behind its payload_hash is not published: with the right secret the signature verifies and the
  // body check is what fails; with the SDK's invalid secret the signature does.
  const auto right = run(scheme::vonage_jwt, bearer(ruby_token, "{}"), {ruby_secret}, ruby_iat);
  CHECK(right.reason == verify_reason::body_mismatch);
  CHECK(std::string(right.detail) == "claim payload_hash is not the body's SHA-256");
  CHECK(run(scheme::vonage_jwt, bearer(ruby_token, "{}"), {ruby_wrong_secret}, ruby_iat).reason ==
        verify_reason::bad_signature);
}

TEST_CASE("Vonage JWT: the Python SDK's generic token is signed by its secret but is no Vonage token",
          "[verify][vonage]") {
  CHECK(run(scheme::vonage_jwt, bearer(python_token), {"qwertyuiopasdfghjklzxcvbnm123456"}, 1697634680).reason ==
        verify_reason::wrong_issuer);
  CHECK(run(scheme::vonage_jwt, bearer(python_token), {"asdf"}, 1697634680).reason == verify_reason::bad_signature);
}

TEST_CASE("Vonage JWT: every claim rule, with tokens signed here", "[verify][vonage]") {
  const std::string key = "k3y";
  const std::string body = pair_body;
  const std::string hash = hex_sha256(body);
  const std::int64_t now = 1700000000;
  auto claims = [&](const std::string& extra) {
    return R"({"iat":1700000000,"jti":"j","iss":"Vonage","payload_hash":")" + hash + "\"" + extra + "}";
  };
  CHECK(run(scheme::vonage_jwt, bearer(sign(hs256, claims(""), key)), {key}, now));
  CHECK(run(scheme::vonage_jwt, bearer(sign(hs256, claims(R"(,"api_key":"a1b2c3d")"), key)), {key}, now));
  struct refused {
    std::string header;
    std::string claims;
    verify_reason reason;
  };
  const refused cases[] = {
      {R"({"alg":"none"})", claims(""), verify_reason::unsupported_algorithm},
      {R"({"alg":"HS512"})", claims(""), verify_reason::unsupported_algorithm},
      {R"({"alg":"RS256"})", claims(""), verify_reason::unsupported_algorithm},
      {R"({"alg":"HS256","crit":["x"]})", claims(""), verify_reason::unsupported_algorithm},
      {hs256, R"({"iat":1700000000,"payload_hash":")" + hash + "\"}", verify_reason::missing_claim},
      {hs256, R"({"iat":1700000000,"iss":"Nexmo","payload_hash":")" + hash + "\"}", verify_reason::wrong_issuer},
      {hs256, R"({"iss":"Vonage","payload_hash":")" + hash + "\"}", verify_reason::missing_claim},
      {hs256, R"({"iat":"1700000000","iss":"Vonage","payload_hash":")" + hash + "\"}", verify_reason::malformed_header},
      {hs256, R"({"iat":1700000000.5,"iss":"Vonage","payload_hash":")" + hash + "\"}", verify_reason::malformed_header},
      {hs256, R"({"iat":1699999000,"iss":"Vonage","payload_hash":")" + hash + "\"}", verify_reason::expired},
      {hs256, R"({"iat":1700000000,"iss":"Vonage"})", verify_reason::body_mismatch},
      {hs256, R"({"iat":1700000000,"iss":"Vonage","payload_hash":"ABC"})", verify_reason::bad_encoding},
      {hs256, claims("").substr(0, claims("").size() - 1), verify_reason::malformed_header},  // not JSON
  };
  for (const refused& c : cases) {
    CAPTURE(c.header, c.claims);
    // The result's views point into the request: it outlives them.
    const owned_request request = bearer(sign(c.header, c.claims, key));
    const auto result = run(scheme::vonage_jwt, request, {key}, now);
    CHECK(result.reason == c.reason);
    // A rejection never carries the secret.
    CHECK(std::string(result.detail).find(key) == std::string::npos);
    CHECK(std::string(result.subject).find(key) == std::string::npos);
  }
  // A token whose parts are not three, or not base64url, is malformed before any key is tried.
  CHECK(run(scheme::vonage_jwt, bearer("a.b"), {key}, now).reason == verify_reason::malformed_header);
  CHECK(run(scheme::vonage_jwt, bearer("a.b.c.d"), {key}, now).reason == verify_reason::malformed_header);
  CHECK(run(scheme::vonage_jwt, bearer("!!.e30.x"), {key}, now).reason == verify_reason::bad_encoding);
  // An empty body with no payload_hash is fine (nothing to hash); with one it is not.
  const std::string empty_ok = sign(hs256, R"({"iat":1700000000,"iss":"Vonage"})", key);
  CHECK(run(scheme::vonage_jwt, bearer(empty_ok, ""), {key}, now));
}
