#ifndef TRIAGE_WHATSAPP_VERIFY_HPP
#define TRIAGE_WHATSAPP_VERIFY_HPP

// Meta signs every webhook POST with the app secret: X-Hub-Signature-256 is "sha256=" followed by the
// lowercase hex HMAC-SHA256, keyed with the app secret's bytes, of the raw body exactly as received (Meta
// computes it over its own \uXXXX-escaped JSON, so parsing and re-serialising the body breaks the check)
// (create-webhook-endpoint page, shared/reference/whatsapp.md §8.2). Nothing else is signed: no timestamp,
// so there is no replay protection beyond TLS; deduplicate on the status id, status and timestamp. Each app
// subscribed to a WhatsApp Business Account gets its own POST, signed with its own secret.
//
// The GET verification handshake (hub.mode=subscribe, hub.verify_token, hub.challenge) proves only that the
// endpoint is yours, once; it authenticates no callback. subscription_challenge() answers it.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::whatsapp {

inline constexpr std::string_view signature_header = "X-Hub-Signature-256";
inline constexpr std::string_view signature_prefix = "sha256=";

inline verify_result verify_hub_signature(const request& req, span<std::string_view> secrets, const verify_options&,
                                          std::int64_t) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no app secret configured");
  const header_lookup sig = req.header(signature_header);
  if (sig.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "no X-Hub-Signature-256 header");
  }
  if (!sig.present()) return rejected(verify_reason::malformed_header, "header X-Hub-Signature-256 repeats");
  const std::string_view value = sig.value;
  if (value.size() < signature_prefix.size() || value.substr(0, signature_prefix.size()) != signature_prefix) {
    return rejected(verify_reason::unsupported_algorithm, "X-Hub-Signature-256 does not start with sha256=", value);
  }
  unsigned char received[32];
  if (!vd::decode_hex_lower(value.substr(signature_prefix.size()), received, sizeof received)) {
    return rejected(verify_reason::bad_encoding, "X-Hub-Signature-256 is not sha256= and 64 lowercase hex digits",
                    value);
  }
  bool matched = false;
  for (std::string_view secret : secrets) {
    vd::hmac mac(vd::digest::sha256, secret);
    mac.update(req.body);
    unsigned char expected[32];
    if (!mac.finish(expected)) return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");
    // Every secret is tried, so that the time taken does not tell which one matched.
    matched = vd::constant_time_equal(expected, sizeof expected, received, sizeof received) || matched;
  }
  if (!matched) {
    return rejected(verify_reason::bad_signature,
                    "X-Hub-Signature-256 is not the HMAC of this body with any configured app secret (a body parsed "
                    "and re-serialised, or another app's secret, differs)",
                    value);
  }
  return verified();
}

/// The answer to Meta's GET verification request: its hub.challenge when hub.mode is "subscribe" and
/// hub.verify_token is `verify_token` (compared in constant time), else empty (answer 403). The values are
/// the query's, already percent-decoded by the caller; PHP-style names (hub_mode) are the caller's to map.
inline std::string_view subscription_challenge(std::string_view mode, std::string_view token,
                                               std::string_view challenge, std::string_view verify_token) noexcept {
  namespace vd = triage::verify_detail;
  if (verify_token.empty() || mode != "subscribe" || challenge.empty()) return {};
  // Compared through their SHA-256, so that the time taken reveals neither the token nor its length.
  unsigned char a[32];
  unsigned char b[32];
  if (!vd::sha256(token, a) || !vd::sha256(verify_token, b)) return {};
  return vd::constant_time_equal(a, sizeof a, b, sizeof b) ? challenge : std::string_view();
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::whatsapp_hub_signature, "whatsapp-hub-signature", provider::whatsapp, credential::shared_secret, false,
     &verify_hub_signature},
}};

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_VERIFY_HPP
