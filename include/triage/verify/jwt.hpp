#ifndef TRIAGE_VERIFY_JWT_HPP
#define TRIAGE_VERIFY_JWT_HPP

// A compact JWS signed with HMAC (RFC 7515 / 7519), as two providers sign their webhooks: MessageBird's
// MessageBird-Signature-JWT (HS256/384/512) and Vonage's Messages API `Authorization: Bearer` (HS256). The
// token's syntax, its header, its algorithm and its signature against every configured key are checked
// here; the claims are decoded only once the signature verifies (nothing unauthenticated decides anything),
// and each provider checks its own claims. A rejection's subject is the token's part at fault as received
// (its header or claims, base64url), never decoded text.

#include <cstddef>
#include <string_view>

#include "triage/span.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/flat_json.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/result.hpp"

namespace triage::verify_detail {

/// What a provider accepts of a token, and how its rejections read.
struct jwt_rules {
  std::size_t max_header;  ///< base64url characters of the JOSE header
  std::size_t max_claims;  ///< base64url characters of the claims (at most jwt_claims::capacity)
  bool (*accept_alg)(std::string_view alg, digest& out) noexcept;
  std::string_view too_large;    ///< the detail of a token over the limits
  std::string_view alg_refused;  ///< the detail of an alg outside the accepted set
};

/// The claims of a token whose signature verified: a flat object over its own decoded text.
struct jwt_claims {
  static constexpr std::size_t capacity = 4096;
  char text[base64_decoded_capacity(capacity)] = {};
  flat_object object;
  std::string_view encoded;  ///< the claims as the token carries them (base64url), for rejections' subjects
};

/// Verifies `token` (header.claims.signature) by `rules` with the keys `secrets` (usable: checked by the
/// caller); on success decodes its claims into `out`.
inline verify_result verify_hs_jwt(std::string_view token, span<std::string_view> secrets, const jwt_rules& rules,
                                   jwt_claims& out) noexcept {
  const std::size_t dot1 = token.find('.');
  const std::size_t dot2 = dot1 == std::string_view::npos ? dot1 : token.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos || token.find('.', dot2 + 1) != std::string_view::npos) {
    return rejected(verify_reason::malformed_header, "the token is not three base64url parts joined by '.'");
  }
  const std::string_view header_b64 = token.substr(0, dot1);
  const std::string_view claims_b64 = token.substr(dot1 + 1, dot2 - dot1 - 1);
  const std::string_view signature_b64 = token.substr(dot2 + 1);
  constexpr std::size_t header_limit = 1024;
  if (header_b64.size() > rules.max_header || header_b64.size() > header_limit ||
      claims_b64.size() > rules.max_claims || claims_b64.size() > jwt_claims::capacity) {
    return rejected(verify_reason::malformed_header, rules.too_large);
  }
  char header_text[base64_decoded_capacity(header_limit)];
  std::size_t header_size = 0;
  if (!decode_base64(header_b64, base64_alphabet::url, base64_padding::forbidden,
                     reinterpret_cast<unsigned char*>(header_text), sizeof header_text, header_size)) {
    return rejected(verify_reason::bad_encoding, "the token's header is not unpadded base64url", header_b64);
  }
  flat_object header;
  if (!header.read(std::string_view(header_text, header_size))) {
    return rejected(verify_reason::malformed_header, "the token's header is not a JSON object", header_b64);
  }
  const json_member* alg = header.find("alg");
  if (alg == nullptr || alg->kind != json_kind::string) {
    return rejected(verify_reason::malformed_header, "the token's header has no alg");
  }
  digest chosen = digest::sha256;
  if (alg->escaped || !rules.accept_alg(alg->value, chosen)) {
    return rejected(verify_reason::unsupported_algorithm, rules.alg_refused, header_b64);
  }
  // RFC 7515 4.1.11: a token naming extensions it requires cannot be accepted by a verifier that knows none.
  if (header.find("crit") != nullptr) {
    return rejected(verify_reason::unsupported_algorithm, "the token's header names critical extensions");
  }
  unsigned char received[max_digest_size + 3];
  std::size_t received_size = 0;
  if (signature_b64.size() > base64_encoded_size(max_digest_size) ||
      !decode_base64(signature_b64, base64_alphabet::url, base64_padding::forbidden, received, sizeof received,
                     received_size)) {
    return rejected(verify_reason::bad_encoding, "the token's signature is not unpadded base64url", signature_b64);
  }
  if (received_size != digest_size(chosen)) {
    return rejected(verify_reason::bad_signature, "signature is invalid: its length does not match alg", signature_b64);
  }
  const std::string_view signing_input = token.substr(0, dot2);
  bool matched = false;
  for (std::string_view key : secrets) {
    hmac mac(chosen, key);
    mac.update(signing_input);
    unsigned char expected[max_digest_size];
    if (!mac.finish(expected)) return rejected(verify_reason::crypto_failure, "HMAC failed");
    matched = constant_time_equal(expected, received_size, received, received_size) || matched;
  }
  if (!matched) return rejected(verify_reason::bad_signature, "signature is invalid", signature_b64);
  std::size_t claims_size = 0;
  if (!decode_base64(claims_b64, base64_alphabet::url, base64_padding::forbidden,
                     reinterpret_cast<unsigned char*>(out.text), sizeof out.text, claims_size)) {
    return rejected(verify_reason::bad_encoding, "the token's claims are not unpadded base64url", claims_b64);
  }
  if (!out.object.read(std::string_view(out.text, claims_size))) {
    return rejected(verify_reason::malformed_header, "the token's claims are not a JSON object", claims_b64);
  }
  out.encoded = claims_b64;
  return verified();
}

}  // namespace triage::verify_detail

#endif  // TRIAGE_VERIFY_JWT_HPP
