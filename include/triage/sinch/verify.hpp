#ifndef TRIAGE_SINCH_VERIFY_HPP
#define TRIAGE_SINCH_VERIFY_HPP

// Sinch's callback signing (x-sinch-webhook-signature), the Conversation API's scheme, which Sinch also
// turns on for SMS REST API callbacks on request ("Contact your account manager to configure your callback
// sending headers validation"). Reference §9.1, from Sinch's "Validating Callbacks"
// (https://developers.sinch.com/docs/conversation/callbacks/) and the three SDKs that implement it:
//
//   x-sinch-webhook-signature = Base64(HMAC-SHA256(secret, body "." nonce "." timestamp)), padded
//
// keyed with the secret's bytes as typed (not Base64-decoded), over the raw body exactly as received (a
// trailing newline included: the .NET SDK's multi-line vector fails without it). The timestamp header is unix
// seconds; the nonce "can be used to protect against replay attacks": this function checks the time window
// only, remembering nonces is the caller's (it would need state). The algorithm header says HmacSHA256 ("For
// now it is set to HmacSHA256"); a request that names another is refused rather than verified with a weaker
// one, and one without it is read as HmacSHA256, as the Node and Python SDKs do.

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

namespace triage::sinch {

inline constexpr std::string_view signature_header = "x-sinch-webhook-signature";
inline constexpr std::string_view nonce_header = "x-sinch-webhook-signature-nonce";
inline constexpr std::string_view timestamp_header = "x-sinch-webhook-signature-timestamp";
inline constexpr std::string_view algorithm_header = "x-sinch-webhook-signature-algorithm";

inline verify_result verify_webhook_signature(const request& req, span<std::string_view> secrets,
                                              const verify_options& options, std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no Sinch webhook secret configured");
  const header_lookup sig = req.header(signature_header);
  const header_lookup nonce = req.header(nonce_header);
  const header_lookup ts = req.header(timestamp_header);
  const header_lookup algorithm = req.header(algorithm_header);
  if (sig.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "no x-sinch-webhook-signature header");
  }
  if (nonce.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "no x-sinch-webhook-signature-nonce header");
  }
  if (ts.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "no x-sinch-webhook-signature-timestamp header");
  }
  if (!sig.present()) return rejected(verify_reason::malformed_header, "header x-sinch-webhook-signature repeats");
  if (!nonce.present()) {
    return rejected(verify_reason::malformed_header, "header x-sinch-webhook-signature-nonce repeats");
  }
  if (!ts.present()) {
    return rejected(verify_reason::malformed_header, "header x-sinch-webhook-signature-timestamp repeats");
  }
  if (algorithm.where == header_lookup::state::repeated) {
    return rejected(verify_reason::malformed_header, "header x-sinch-webhook-signature-algorithm repeats");
  }
  if (algorithm.present() && !triage::detail::equals_ignoring_ascii_case(algorithm.value, "HmacSHA256")) {
    return rejected(verify_reason::unsupported_algorithm, "x-sinch-webhook-signature-algorithm is not HmacSHA256",
                    algorithm.value);
  }
  std::int64_t signed_at = 0;
  if (!vd::parse_unix_seconds(ts.value, signed_at)) {
    return rejected(verify_reason::malformed_header, "x-sinch-webhook-signature-timestamp is not unix seconds",
                    ts.value);
  }
  unsigned char received[vd::base64_decoded_capacity(44)];
  std::size_t received_size = 0;
  if (!vd::decode_base64(sig.value, vd::base64_alphabet::standard, vd::base64_padding::required, received,
                         sizeof received, received_size) ||
      received_size != 32) {
    return rejected(verify_reason::bad_encoding,
                    "x-sinch-webhook-signature is not the padded base64 of 32 bytes (HMAC-SHA256)", sig.value);
  }
  const verify_result window = vd::check_window(
      signed_at, now, options.window, "x-sinch-webhook-signature-timestamp is later than now plus the window",
      "x-sinch-webhook-signature-timestamp is older than the window (a replay, or a clock that is off)", ts.value);
  if (!window) return window;
  bool matched = false;
  for (std::string_view secret : secrets) {
    vd::hmac mac(vd::digest::sha256, secret);
    mac.update(req.body);
    mac.update(".");
    mac.update(nonce.value);
    mac.update(".");
    mac.update(ts.value);
    unsigned char expected[32];
    if (!mac.finish(expected)) return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");
    // Every secret is tried, so that the time taken does not tell which one matched.
    matched = vd::constant_time_equal(expected, sizeof expected, received, received_size) || matched;
  }
  if (!matched) {
    return rejected(verify_reason::bad_signature,
                    "x-sinch-webhook-signature is not the HMAC-SHA256 of body.nonce.timestamp with any configured "
                    "secret (a body parsed, re-serialised or trimmed, or another app's secret, differs)",
                    sig.value);
  }
  return verified();
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::sinch_webhook_signature, "sinch-webhook-signature", provider::sinch, credential::shared_secret, false,
     &verify_webhook_signature},
}};

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_VERIFY_HPP
