#ifndef TRIAGE_BIRD_VERIFY_V1_HPP
#define TRIAGE_BIRD_VERIFY_V1_HPP

// Bird platform v1 webhooks follow Standard Webhooks (standard-webhooks/standard-webhooks,
// spec/standard-webhooks.md): webhook-signature holds space-separated "v1,<base64 HMAC-SHA256>" entries
// over webhook-id + "." + webhook-timestamp + "." + body, keyed with the base64 bytes of a "whsec_" secret.
// During a rotation Bird signs with both secrets for 24 h, so any v1 entry matching any configured secret
// verifies; entries of other versions are skipped (never trusted).

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

inline constexpr std::string_view v1_id_header = "webhook-id";
inline constexpr std::string_view v1_timestamp_header = "webhook-timestamp";
inline constexpr std::string_view v1_signature_header = "webhook-signature";

namespace verify_detail {

/// Largest decoded secret accepted (Bird's and Svix's are 24 to 32 bytes).
inline constexpr std::size_t max_v1_key = 256;

/// The key bytes of a secret: base64 after an optional "whsec_" prefix, padding optional (the reference
/// libraries accept both).
constexpr bool decode_v1_secret(std::string_view secret, unsigned char* out, std::size_t& size) noexcept {
  constexpr std::string_view prefix = "whsec_";
  if (secret.substr(0, prefix.size()) == prefix) secret.remove_prefix(prefix.size());
  namespace vd = triage::verify_detail;
  return !secret.empty() &&
         vd::decode_base64(secret, vd::base64_alphabet::standard, vd::base64_padding::optional, out, max_v1_key,
                           size) &&
         size != 0;
}

}  // namespace verify_detail

inline verify_result verify_v1(const request& req, span<std::string_view> secrets, const verify_options& options,
                               std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no whsec_ secret configured");
  const header_lookup id = req.header(v1_id_header);
  const header_lookup timestamp = req.header(v1_timestamp_header);
  const header_lookup signature = req.header(v1_signature_header);
  if (id.where == header_lookup::state::absent)
    return rejected(verify_reason::missing_header, "header webhook-id is missing");
  if (timestamp.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header webhook-timestamp is missing");
  }
  if (signature.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header webhook-signature is missing");
  }
  if (!id.present() || !timestamp.present() || !signature.present()) {
    return rejected(verify_reason::malformed_header, "a webhook-* header repeats");
  }
  // The signed string joins its parts with ".": an id holding one would make two requests sign alike.
  if (id.value.empty() || id.value.find('.') != std::string_view::npos) {
    return rejected(verify_reason::malformed_header, "webhook-id is empty or holds a '.'", id.value);
  }
  std::int64_t signed_at = 0;
  if (!vd::parse_unix_seconds(timestamp.value, signed_at)) {
    return rejected(verify_reason::malformed_header, "webhook-timestamp is not unix seconds", timestamp.value);
  }
  if (verify_result r =
          vd::check_window(signed_at, now, options.window, "webhook-timestamp is later than the window allows",
                           "webhook-timestamp is older than the window allows", timestamp.value);
      !r) {
    return r;
  }

  bool any_v1 = false;
  bool any_well_formed = false;
  for (std::string_view key_text : secrets) {
    unsigned char key[verify_detail::max_v1_key];
    std::size_t key_size = 0;
    if (!verify_detail::decode_v1_secret(key_text, key, key_size)) {
      return rejected(verify_reason::no_secret, "a configured secret is not whsec_ followed by base64");
    }
    triage::verify_detail::hmac mac(vd::digest::sha256, std::string_view(reinterpret_cast<const char*>(key), key_size));
    mac.update(id.value);
    mac.update(".");
    mac.update(timestamp.value);
    mac.update(".");
    mac.update(req.body);
    unsigned char expected[32];
    if (!mac.finish(expected)) return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");

    std::string_view rest = signature.value;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string_view entry = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      if (entry.substr(0, 3) != "v1,") continue;
      any_v1 = true;
      unsigned char received[vd::base64_decoded_capacity(44)];
      std::size_t received_size = 0;
      if (!vd::decode_base64(entry.substr(3), vd::base64_alphabet::standard, vd::base64_padding::required, received,
                             sizeof received, received_size) ||
          received_size != 32) {
        continue;
      }
      any_well_formed = true;
      if (vd::constant_time_equal(expected, 32, received, received_size)) return verified();
    }
  }
  if (!any_v1) {
    return rejected(verify_reason::unsupported_algorithm, "webhook-signature holds no v1 signature", signature.value);
  }
  if (!any_well_formed) {
    return rejected(verify_reason::bad_encoding, "no v1 entry of webhook-signature is a base64 HMAC-SHA256",
                    signature.value);
  }
  return rejected(verify_reason::bad_signature, "no configured secret signs this id, timestamp and body",
                  signature.value);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_VERIFY_V1_HPP
