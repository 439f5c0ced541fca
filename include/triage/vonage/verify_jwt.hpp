#ifndef TRIAGE_VONAGE_VERIFY_JWT_HPP
#define TRIAGE_VONAGE_VERIFY_JWT_HPP

// Vonage Messages API signed webhooks: `Authorization: Bearer <JWT>`, HS256 keyed with the account's
// signature secret (shared/reference/vonage.md §8.2; https://github.com/Nexmo/nexmo-developer/blob/
// 4da2b396b208864739f65703f2e82b1681049276/_documentation/en/messages/concepts/signed-webhooks.md: "SHA-256
// is always used", whatever the dashboard's signature method). Rules, the strictest of the SDKs and
// consumers on each:
//   alg HS256 only (Node's @vonage/jwt also accepts RS256: a shared secret must never verify a public-key
//   token);
//   iss "Vonage" ("This will always be 'Vonage'");
//   iat present, integer seconds, within options.window of now (no exp is sent; Symfony's bridge allows
//   300 s, Vonage documents none);
//   payload_hash = lowercase hex SHA-256 of the raw body, present exactly when the body is not empty
//   (Symfony's newest test refuses a missing one).
// The token's syntax, header and signature are checked by verify/jwt.hpp, as for MessageBird's tokens.

#include <cstdint>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/span.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/flat_json.hpp"
#include "triage/verify/jwt.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::vonage {

inline constexpr std::string_view jwt_issuer = "Vonage";

namespace verify_detail {

constexpr bool hs256_only(std::string_view alg, triage::verify_detail::digest& out) noexcept {
  if (alg != "HS256") return false;
  out = triage::verify_detail::digest::sha256;
  return true;
}

/// The token of an Authorization header: "Bearer " (any case) and the token.
constexpr bool bearer_token(std::string_view value, std::string_view& token) noexcept {
  constexpr std::string_view scheme = "bearer ";
  if (value.size() <= scheme.size() ||
      !triage::detail::equals_ignoring_ascii_case(value.substr(0, scheme.size()), scheme)) {
    return false;
  }
  token = triage::detail::trim_ascii_space(value.substr(scheme.size()));
  return !token.empty();
}

inline verify_result check_claims(const triage::verify_detail::flat_object& claims, const request& req,
                                  const verify_options& options, std::int64_t now, std::string_view subject) noexcept {
  namespace vd = triage::verify_detail;
  const vd::json_member* iss = claims.find("iss");
  if (iss == nullptr) return rejected(verify_reason::missing_claim, "claim iss is missing", subject);
  if (iss->kind != vd::json_kind::string || iss->escaped || iss->value != jwt_issuer) {
    return rejected(verify_reason::wrong_issuer, "claim iss is not Vonage", subject);
  }
  const vd::json_member* iat = claims.find("iat");
  if (iat == nullptr) return rejected(verify_reason::missing_claim, "claim iat is missing", subject);
  std::int64_t issued = 0;
  if (iat->kind != vd::json_kind::number || !triage::detail::parse_integer(iat->value, issued)) {
    return rejected(verify_reason::malformed_header, "claim iat is not integer seconds", subject);
  }
  if (verify_result r = vd::check_window(issued, now, options.window, "claim iat is in the future",
                                         "claim iat is older than the window", subject);
      !r) {
    return r;
  }
  const vd::json_member* payload_hash = claims.find("payload_hash");
  if (req.body.empty()) {
    if (payload_hash != nullptr) {
      return rejected(verify_reason::body_mismatch, "claim payload_hash is set but the body is empty", subject);
    }
    return verified();
  }
  if (payload_hash == nullptr) {
    return rejected(verify_reason::body_mismatch, "claim payload_hash is not set but a body is present", subject);
  }
  unsigned char claimed[32];
  if (payload_hash->kind != vd::json_kind::string || payload_hash->escaped ||
      !vd::decode_hex_lower(payload_hash->value, claimed, 32)) {
    return rejected(verify_reason::bad_encoding, "claim payload_hash is not 64 lowercase hex digits", subject);
  }
  unsigned char actual[32];
  if (!vd::sha256(req.body, actual)) return rejected(verify_reason::crypto_failure, "SHA-256 failed");
  if (!vd::constant_time_equal(claimed, 32, actual, 32)) {
    return rejected(verify_reason::body_mismatch, "claim payload_hash is not the body's SHA-256", subject);
  }
  return verified();
}

}  // namespace verify_detail

inline verify_result verify_messages_jwt(const request& req, span<std::string_view> secrets,
                                         const verify_options& options, std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no signature secret configured");
  const header_lookup authorization = req.header("Authorization");
  if (authorization.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header Authorization is missing");
  }
  if (!authorization.present()) return rejected(verify_reason::malformed_header, "header Authorization repeats");
  std::string_view token;
  if (!verify_detail::bearer_token(authorization.value, token)) {
    return rejected(verify_reason::malformed_header, "header Authorization is not 'Bearer <token>'");
  }
  static constexpr vd::jwt_rules rules = {512, 4096, &verify_detail::hs256_only,
                                          "the token is larger than any Vonage token",
                                          "signing method is invalid: only HS256"};
  vd::jwt_claims claims;
  if (verify_result r = vd::verify_hs_jwt(token, secrets, rules, claims); !r) return r;
  return verify_detail::check_claims(claims.object, req, options, now, claims.encoded);
}

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_VERIFY_JWT_HPP
