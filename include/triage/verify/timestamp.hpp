#ifndef TRIAGE_VERIFY_TIMESTAMP_HPP
#define TRIAGE_VERIFY_TIMESTAMP_HPP

// Signed timestamps: strictly decimal unix seconds, checked both ways around now.

#include <cstdint>
#include <string_view>

#include "triage/span.hpp"
#include "triage/verify/result.hpp"

namespace triage::verify_detail {

/// Unix seconds written as 1 to 18 decimal digits, nothing else: no sign, no fraction, no white space
/// (the Standard Webhooks libraries reject "161426533.0" and "-161426533").
constexpr bool parse_unix_seconds(std::string_view text, std::int64_t& out) noexcept {
  if (text.empty() || text.size() > 18) return false;
  std::int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

/// valid when |now - signed_at| <= window; the detail names the header.
constexpr verify_result check_window(std::int64_t signed_at, std::int64_t now, std::int64_t window,
                                     std::string_view too_new, std::string_view too_old,
                                     std::string_view subject) noexcept {
  // The distance in unsigned arithmetic: exact for any two int64 values, where a signed subtraction overflows.
  const auto limit = static_cast<std::uint64_t>(window < 0 ? 0 : window);
  if (signed_at > now && static_cast<std::uint64_t>(signed_at) - static_cast<std::uint64_t>(now) > limit) {
    return rejected(verify_reason::not_yet_valid, too_new, subject);
  }
  if (now > signed_at && static_cast<std::uint64_t>(now) - static_cast<std::uint64_t>(signed_at) > limit) {
    return rejected(verify_reason::expired, too_old, subject);
  }
  return verified();
}

/// The secrets are usable: at least one, and none empty (an empty key must never mean "no verification").
constexpr bool secrets_usable(span<std::string_view> secrets) noexcept {
  if (secrets.empty()) return false;
  for (std::string_view s : secrets) {
    if (s.empty()) return false;
  }
  return true;
}

}  // namespace triage::verify_detail

#endif  // TRIAGE_VERIFY_TIMESTAMP_HPP
