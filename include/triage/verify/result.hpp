#ifndef TRIAGE_VERIFY_RESULT_HPP
#define TRIAGE_VERIFY_RESULT_HPP

// What a verifier answers: valid, or exactly why not. The detail is static text written here or in a
// verifier, and `subject` is a view into the request (a header value, a claim as the token carries it):
// neither ever holds a secret or a value derived from one, so a result can be logged as it is.

#include <cstdint>
#include <string_view>

#include "triage/detail/enum_table.hpp"

namespace triage {

enum class verify_reason : std::uint8_t {
  valid,                  ///< the request comes from the holder of a configured secret
  no_secret,              ///< no secret configured, or an empty one: verification cannot pass (fail closed)
  missing_header,         ///< a header the scheme needs is absent
  malformed_header,       ///< a header is present but not in the scheme's syntax (or repeated)
  bad_encoding,           ///< base64/base64url/hex that is not strictly canonical
  unsupported_algorithm,  ///< a JWT alg, or a signature version, outside the accepted set
  wrong_issuer,           ///< a JWT iss other than the provider's
  missing_claim,          ///< a required JWT claim is absent
  not_yet_valid,          ///< the timestamp (or nbf) is later than now plus the window (or leeway)
  expired,                ///< the timestamp (or exp) is earlier than now minus the window (or leeway)
  url_mismatch,           ///< the signed URL is not the configured one
  body_mismatch,          ///< the signed body hash is not the body's
  bad_signature,          ///< no configured secret produces the signature
  missing_credentials,    ///< Basic auth expected and absent: answer 401 with a WWW-Authenticate challenge
  wrong_credentials,      ///< Basic auth present, with credentials other than the configured ones
  address_not_allowed,    ///< the source address is outside the provider's published ranges
  crypto_failure,         ///< OpenSSL failed (out of memory): retryable, not the sender's fault
};

inline constexpr enum_name<verify_reason> verify_reason_names[] = {
    {verify_reason::valid, "valid"},
    {verify_reason::no_secret, "no_secret"},
    {verify_reason::missing_header, "missing_header"},
    {verify_reason::malformed_header, "malformed_header"},
    {verify_reason::bad_encoding, "bad_encoding"},
    {verify_reason::unsupported_algorithm, "unsupported_algorithm"},
    {verify_reason::wrong_issuer, "wrong_issuer"},
    {verify_reason::missing_claim, "missing_claim"},
    {verify_reason::not_yet_valid, "not_yet_valid"},
    {verify_reason::expired, "expired"},
    {verify_reason::url_mismatch, "url_mismatch"},
    {verify_reason::body_mismatch, "body_mismatch"},
    {verify_reason::bad_signature, "bad_signature"},
    {verify_reason::missing_credentials, "missing_credentials"},
    {verify_reason::wrong_credentials, "wrong_credentials"},
    {verify_reason::address_not_allowed, "address_not_allowed"},
    {verify_reason::crypto_failure, "crypto_failure"},
};
constexpr const auto& enum_table(verify_reason) noexcept { return verify_reason_names; }

/// A verifier's answer. Converts to true only when valid.
struct verify_result {
  verify_reason reason = verify_reason::valid;
  /// Which part differed, in words ("claim nbf is in the future"); never a secret.
  std::string_view detail;
  /// The offending part as the request carries it (a header value, a claim's value); empty when none.
  std::string_view subject;

  constexpr explicit operator bool() const noexcept { return reason == verify_reason::valid; }
};

constexpr verify_result verified() noexcept { return {verify_reason::valid, "verified", {}}; }
constexpr verify_result rejected(verify_reason reason, std::string_view detail,
                                 std::string_view subject = {}) noexcept {
  return {reason, detail, subject};
}

}  // namespace triage

#endif  // TRIAGE_VERIFY_RESULT_HPP
