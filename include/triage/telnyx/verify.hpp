#ifndef TRIAGE_TELNYX_VERIFY_HPP
#define TRIAGE_TELNYX_VERIFY_HPP

// Telnyx signs every API v2 webhook with the account's Ed25519 key: `telnyx-signature-ed25519` is the base64
// of the 64-byte signature of `telnyx-timestamp` (unix seconds), a '|' and the raw request body, exactly as
// received (re-serialised JSON does not verify); the key to check it with is the account's public key, the
// base64 of its raw 32 bytes (Mission Control, Keys & Credentials). Telnyx's SDKs reject a timestamp more
// than 300 s from now either way, as verify_options::window does (shared/reference/telnyx.md §8).
//
// The configured "secrets" of this scheme are public keys (one per --secret-env, several during a rotation):
// nothing secret, but a wrong one must never verify, so they go through the same checks.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::telnyx {

inline constexpr std::string_view signature_header = "telnyx-signature-ed25519";
inline constexpr std::string_view timestamp_header = "telnyx-timestamp";

namespace verify_detail {

/// The signed message `timestamp|body`, contiguous as Ed25519 needs it whole: on the stack for the bodies
/// Telnyx sends (a messaging webhook is 1-3 KB), with malloc past that, so that no body size is refused.
class signed_message {
 public:
  static constexpr std::size_t inline_capacity = 16 * 1024;

  signed_message(std::string_view timestamp, std::string_view body) noexcept {
    size_ = timestamp.size() + 1 + body.size();
    char* out = inline_;
    if (size_ > inline_capacity) {
      heap_.reset(static_cast<char*>(std::malloc(size_)));
      out = heap_.get();
      if (out == nullptr) return;
    }
    std::memcpy(out, timestamp.data(), timestamp.size());
    out[timestamp.size()] = '|';
    if (!body.empty()) std::memcpy(out + timestamp.size() + 1, body.data(), body.size());
    data_ = out;
  }
  signed_message(const signed_message&) = delete;
  signed_message& operator=(const signed_message&) = delete;

  /// False when memory for a large body ran out.
  bool ok() const noexcept { return data_ != nullptr; }
  std::string_view view() const noexcept { return {data_, size_}; }

 private:
  struct free_ {
    void operator()(char* p) const noexcept { std::free(p); }
  };
  char inline_[inline_capacity];
  std::unique_ptr<char, free_> heap_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace verify_detail

inline verify_result verify_ed25519(const request& req, span<std::string_view> keys, const verify_options& options,
                                    std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(keys)) return rejected(verify_reason::no_secret, "no Telnyx public key configured");
  const header_lookup sig = req.header(signature_header);
  const header_lookup ts = req.header(timestamp_header);
  if (sig.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "no telnyx-signature-ed25519 header");
  }
  if (ts.where == header_lookup::state::absent)
    return rejected(verify_reason::missing_header, "no telnyx-timestamp header");
  if (!sig.present()) return rejected(verify_reason::malformed_header, "header telnyx-signature-ed25519 repeats");
  if (!ts.present()) return rejected(verify_reason::malformed_header, "header telnyx-timestamp repeats");
  std::int64_t signed_at = 0;
  if (!vd::parse_unix_seconds(ts.value, signed_at)) {
    return rejected(verify_reason::malformed_header, "telnyx-timestamp is not unix seconds", ts.value);
  }
  unsigned char signature[vd::base64_decoded_capacity(88)];
  std::size_t signature_size = 0;
  if (!vd::decode_base64(sig.value, vd::base64_alphabet::standard, vd::base64_padding::required, signature,
                         sizeof signature, signature_size) ||
      signature_size != 64) {
    return rejected(verify_reason::bad_encoding, "telnyx-signature-ed25519 is not the base64 of 64 bytes", sig.value);
  }
  const verify_result window =
      vd::check_window(signed_at, now, options.window, "telnyx-timestamp is later than now plus the window",
                       "telnyx-timestamp is older than the window (a replay, or a clock that is off)", ts.value);
  if (!window) return window;
  const verify_detail::signed_message message(ts.value, req.body);
  if (!message.ok()) return rejected(verify_reason::crypto_failure, "no memory for the signed message");
  bool matched = false;
  bool any_key = false;
  for (std::string_view key_text : keys) {
    unsigned char key[vd::base64_decoded_capacity(44)];
    std::size_t key_size = 0;
    // A key that is not the base64 of 32 bytes verifies nothing (it may be a secret of another scheme).
    if (!vd::decode_base64(key_text, vd::base64_alphabet::standard, vd::base64_padding::required, key, sizeof key,
                           key_size) ||
        key_size != 32) {
      continue;
    }
    any_key = true;
    bool failed = false;
    // Every key is tried, so that the time taken does not tell which one matched.
    matched = vd::ed25519_verify(key, key_size, message.view(), signature, signature_size, failed) || matched;
    if (failed) return rejected(verify_reason::crypto_failure, "Ed25519 verification failed in OpenSSL");
  }
  if (!any_key) {
    return rejected(verify_reason::no_secret,
                    "no configured Telnyx public key is the base64 of 32 bytes (Mission Control, Keys & Credentials)");
  }
  if (!matched) {
    return rejected(verify_reason::bad_signature,
                    "telnyx-signature-ed25519 is not a signature of telnyx-timestamp|body by any configured public key "
                    "(a body parsed and re-serialised, another account's key, or a changed timestamp differ)",
                    sig.value);
  }
  return verified();
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::telnyx_signature_ed25519, "telnyx-signature-ed25519", provider::telnyx, credential::shared_secret, false,
     &verify_ed25519},
}};

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_VERIFY_HPP
