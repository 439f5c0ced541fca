#ifndef TRIAGE_BIRD_VERIFY_CHANNELS_HPP
#define TRIAGE_BIRD_VERIFY_CHANNELS_HPP

// Bird Channels webhook subscriptions (the callbacks this library parses): messagebird-signature is the
// base64 HMAC-SHA256, keyed with the subscription's signingKey as its bytes, of
//   messagebird-request-timestamp + "\n" + URL + "\n" + SHA256(body)      (the raw 32-byte digest)
// (docs.bird.com, api/notifications-api/api-reference/webhook-subscriptions/verifying-a-webhook-subscription).
// The URL is the one the subscription was registered with, which request::url must hold. Bird states no
// replay window: the timestamp is checked against options.window both ways (300 s by default).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/span.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::bird {

inline constexpr std::string_view channels_signature_header = "messagebird-signature";
inline constexpr std::string_view channels_timestamp_header = "messagebird-request-timestamp";

namespace verify_detail {

/// HMAC-SHA256 over the Channels string; false when OpenSSL fails.
inline bool channels_mac(std::string_view key, std::string_view timestamp, std::string_view url,
                         const unsigned char* body_hash, unsigned char* out) noexcept {
  triage::verify_detail::hmac mac(triage::verify_detail::digest::sha256, key);
  mac.update(timestamp);
  mac.update("\n");
  mac.update(url);
  mac.update("\n");
  mac.update(body_hash, 32);
  return mac.finish(out);
}

}  // namespace verify_detail

inline verify_result verify_channels(const request& req, span<std::string_view> secrets, const verify_options& options,
                                     std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no signing key configured");
  const header_lookup signature = req.header(channels_signature_header);
  const header_lookup timestamp = req.header(channels_timestamp_header);
  if (signature.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header messagebird-signature is missing");
  }
  if (timestamp.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header messagebird-request-timestamp is missing");
  }
  if (!signature.present()) return rejected(verify_reason::malformed_header, "header messagebird-signature repeats");
  if (!timestamp.present()) {
    return rejected(verify_reason::malformed_header, "header messagebird-request-timestamp repeats");
  }
  std::int64_t signed_at = 0;
  if (!vd::parse_unix_seconds(timestamp.value, signed_at)) {
    return rejected(verify_reason::malformed_header, "messagebird-request-timestamp is not unix seconds",
                    timestamp.value);
  }
  if (verify_result r = vd::check_window(
          signed_at, now, options.window, "messagebird-request-timestamp is later than the window allows",
          "messagebird-request-timestamp is older than the window allows", timestamp.value);
      !r) {
    return r;
  }
  unsigned char received[vd::base64_decoded_capacity(44)] = {};
  std::size_t received_size = 0;
  if (!vd::decode_base64(signature.value, vd::base64_alphabet::standard, vd::base64_padding::required, received,
                         sizeof received, received_size)) {
    return rejected(verify_reason::bad_encoding, "messagebird-signature is not canonical padded base64",
                    signature.value);
  }
  if (received_size != 32) {
    return rejected(verify_reason::malformed_header, "messagebird-signature is not a 32-byte HMAC-SHA256",
                    signature.value);
  }
  unsigned char body_hash[32];
  if (!vd::sha256(req.body, body_hash)) return rejected(verify_reason::crypto_failure, "SHA-256 failed");
  for (std::string_view key : secrets) {
    unsigned char expected[32];
    if (!verify_detail::channels_mac(key, timestamp.value, req.url, body_hash, expected)) {
      return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");
    }
    if (vd::constant_time_equal(expected, 32, received, received_size)) return verified();
  }
  return rejected(verify_reason::bad_signature,
                  "no configured signing key signs this timestamp, URL and body (is the URL the subscription's, "
                  "exactly?)",
                  signature.value);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_VERIFY_CHANNELS_HPP
