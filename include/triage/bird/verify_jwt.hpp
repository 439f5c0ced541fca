#ifndef TRIAGE_BIRD_VERIFY_JWT_HPP
#define TRIAGE_BIRD_VERIFY_JWT_HPP

// MessageBird (legacy REST, Conversations, Voice): MessageBird-Signature-JWT, a compact JWS signed with
// HMAC (HS256; the SDKs also accept HS384 and HS512) keyed with the dashboard's signing key as its bytes.
// The rules are those of MessageBird's SDKs and their shared reference vectors
// (messagebird/php-rest-api tests/Unit/Data/webhooksignature.json), taking the strictest SDK on each:
//   alg one of HS256/HS384/HS512 (none and every public-key algorithm refused: the key is a shared string);
//   iss "MessageBird"; nbf and exp present (Go's SDK lets a token without nbf through), with options.leeway;
//   jti present and non-empty (a replay cache may key on it);
//   url_hash = lowercase hex SHA-256 of request::url, byte for byte (port and percent-encoding count);
//   payload_hash = lowercase hex SHA-256 of the body, present exactly when the body is not empty.
// Claims are read only once the signature verifies: nothing unauthenticated decides anything. A rejection's
// subject is the token's part at fault as received (its header or claims, base64url), never decoded text.

#include <cstddef>
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

namespace triage::bird {

inline constexpr std::string_view jwt_header = "MessageBird-Signature-JWT";
inline constexpr std::string_view jwt_issuer = "MessageBird";

namespace verify_detail {

inline constexpr std::size_t max_jwt_header = 512;   ///< base64url characters of the JOSE header
inline constexpr std::size_t max_jwt_claims = 4096;  ///< base64url characters of the claims

/// The HMAC digest a JOSE alg names, if it is one accepted.
constexpr bool jwt_digest(std::string_view alg, triage::verify_detail::digest& out) noexcept {
  using triage::verify_detail::digest;
  if (alg == "HS256") return out = digest::sha256, true;
  if (alg == "HS384") return out = digest::sha384, true;
  if (alg == "HS512") return out = digest::sha512, true;
  return false;
}

/// An integer NumericDate claim; false for a fraction, an exponent or anything but a number.
constexpr bool jwt_seconds(const triage::verify_detail::json_member& m, std::int64_t& out) noexcept {
  return m.kind == triage::verify_detail::json_kind::number && triage::detail::parse_integer(m.value, out);
}

/// A hash claim against the SHA-256 of `data`: equal, not hex, or different.
enum class hash_claim : unsigned char { equal, not_hex, differs, failed };
inline hash_claim check_hash_claim(const triage::verify_detail::json_member& m, std::string_view data) noexcept {
  namespace vd = triage::verify_detail;
  unsigned char claimed[32];
  if (m.kind != vd::json_kind::string || m.escaped || !vd::decode_hex_lower(m.value, claimed, 32)) {
    return hash_claim::not_hex;
  }
  unsigned char actual[32];
  if (!vd::sha256(data, actual)) return hash_claim::failed;
  // The hashes are not secret, but comparing them in constant time costs nothing.
  return vd::constant_time_equal(claimed, 32, actual, 32) ? hash_claim::equal : hash_claim::differs;
}

inline verify_result check_jwt_claims(const triage::verify_detail::flat_object& claims, const request& req,
                                      const verify_options& options, std::int64_t now,
                                      std::string_view subject) noexcept {
  namespace vd = triage::verify_detail;
  const vd::json_member* iss = claims.find("iss");
  if (iss == nullptr) return rejected(verify_reason::missing_claim, "claim iss is missing", subject);
  if (iss->kind != vd::json_kind::string || iss->escaped || iss->value != jwt_issuer) {
    return rejected(verify_reason::wrong_issuer, "claim iss is not MessageBird", subject);
  }
  const vd::json_member* nbf = claims.find("nbf");
  const vd::json_member* exp = claims.find("exp");
  if (nbf == nullptr) return rejected(verify_reason::missing_claim, "claim nbf is missing", subject);
  if (exp == nullptr) return rejected(verify_reason::missing_claim, "claim exp is missing", subject);
  std::int64_t not_before = 0;
  std::int64_t expires = 0;
  if (!jwt_seconds(*nbf, not_before)) {
    return rejected(verify_reason::malformed_header, "claim nbf is not integer seconds", subject);
  }
  if (!jwt_seconds(*exp, expires)) {
    return rejected(verify_reason::malformed_header, "claim exp is not integer seconds", subject);
  }
  // now < nbf - leeway and now > exp + leeway, written so that no sum overflows.
  const std::int64_t leeway = options.leeway < 0 ? 0 : options.leeway;
  if (now<not_before&& static_cast<std::uint64_t>(not_before) -
          static_cast<std::uint64_t>(now)> static_cast<std::uint64_t>(leeway)) {
    return rejected(verify_reason::not_yet_valid, "claim nbf is in the future", subject);
  }
  if (now > expires &&
      static_cast<std::uint64_t>(now) - static_cast<std::uint64_t>(expires) > static_cast<std::uint64_t>(leeway)) {
    return rejected(verify_reason::expired, "claim exp is in the past", subject);
  }
  const vd::json_member* jti = claims.find("jti");
  if (jti == nullptr) return rejected(verify_reason::missing_claim, "claim jti is missing", subject);
  if (jti->kind != vd::json_kind::string || jti->value.empty()) {
    return rejected(verify_reason::malformed_header, "claim jti is not a non-empty string", subject);
  }
  const vd::json_member* url_hash = claims.find("url_hash");
  if (url_hash == nullptr) return rejected(verify_reason::missing_claim, "claim url_hash is missing", subject);
  switch (check_hash_claim(*url_hash, req.url)) {
    case hash_claim::equal: break;
    case hash_claim::not_hex:
      return rejected(verify_reason::bad_encoding, "claim url_hash is not 64 lowercase hex digits", subject);
    case hash_claim::differs:
      return rejected(verify_reason::url_mismatch,
                      "claim url_hash is invalid: the token was signed for another URL than the configured one",
                      subject);
    case hash_claim::failed: return rejected(verify_reason::crypto_failure, "SHA-256 failed");
  }
  const vd::json_member* payload_hash = claims.find("payload_hash");
  if (req.body.empty()) {
    if (payload_hash != nullptr) {
      return rejected(verify_reason::body_mismatch, "claim payload_hash is set but actual payload is missing", subject);
    }
    return verified();
  }
  if (payload_hash == nullptr) {
    return rejected(verify_reason::body_mismatch, "claim payload_hash is not set but payload is present", subject);
  }
  switch (check_hash_claim(*payload_hash, req.body)) {
    case hash_claim::equal: return verified();
    case hash_claim::not_hex:
      return rejected(verify_reason::bad_encoding, "claim payload_hash is not 64 lowercase hex digits", subject);
    case hash_claim::differs: return rejected(verify_reason::body_mismatch, "claim payload_hash is invalid", subject);
    case hash_claim::failed: break;
  }
  return rejected(verify_reason::crypto_failure, "SHA-256 failed");
}

}  // namespace verify_detail

inline verify_result verify_messagebird_jwt(const request& req, span<std::string_view> secrets,
                                            const verify_options& options, std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no signing key configured");
  const header_lookup token = req.header(jwt_header);
  if (token.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header MessageBird-Signature-JWT is missing");
  }
  if (!token.present()) return rejected(verify_reason::malformed_header, "header MessageBird-Signature-JWT repeats");
  static constexpr vd::jwt_rules rules = {verify_detail::max_jwt_header, verify_detail::max_jwt_claims,
                                          &verify_detail::jwt_digest, "the token is larger than any MessageBird token",
                                          "signing method is invalid: only HS256, HS384, HS512"};
  vd::jwt_claims claims;
  if (verify_result r = vd::verify_hs_jwt(token.value, secrets, rules, claims); !r) return r;
  return verify_detail::check_jwt_claims(claims.object, req, options, now, claims.encoded);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_VERIFY_JWT_HPP
