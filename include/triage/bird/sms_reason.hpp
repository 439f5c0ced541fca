#ifndef TRIAGE_BIRD_SMS_REASON_HPP
#define TRIAGE_BIRD_SMS_REASON_HPP

// The structure inside the `reason` text of a failed Bird SMS:
//   "details: unknown subscriber; reason: unknown_subscriber; code: 1"
// (Bird Channels docs, "Message Failure Codes" and "SMS Platform Extended Error Codes",
// https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes).
// Other channels put free text in `reason` ("why WhatsApp rejected the message"), which is not parsed.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/text.hpp"

namespace triage::bird {

/// The parts of a structured SMS reason. Every view points into the reason text it was parsed from.
struct sms_reason {
  std::optional<std::string_view> details;    ///< human text, e.g. "unknown subscriber", "system failure"
  std::optional<std::string_view> reason;     ///< the status-reason slug, e.g. "unknown_subscriber"
  std::optional<std::string_view> code_text;  ///< the code as written, e.g. "1"
  std::optional<std::int64_t> code;           ///< code_text when it is an integer (the SMS platform's code)

  friend constexpr bool operator==(const sms_reason& a, const sms_reason& b) noexcept {
    return a.details == b.details && a.reason == b.reason && a.code_text == b.code_text && a.code == b.code;
  }
  friend constexpr bool operator!=(const sms_reason& a, const sms_reason& b) noexcept { return !(a == b); }
};

namespace detail {

enum class sms_reason_part : std::uint8_t { none, details, reason, code };

constexpr sms_reason_part sms_reason_key(std::string_view key) noexcept {
  using triage::detail::equals_ignoring_ascii_case;
  if (equals_ignoring_ascii_case(key, "details")) return sms_reason_part::details;
  if (equals_ignoring_ascii_case(key, "reason")) return sms_reason_part::reason;
  if (equals_ignoring_ascii_case(key, "code")) return sms_reason_part::code;
  return sms_reason_part::none;
}

}  // namespace detail

/// Parses a structured SMS reason; nullopt when `text` does not have that structure. The rule:
///  1. the text is split at ';' into segments; white space around segments, keys and values is dropped,
///     and empty segments are skipped;
///  2. a segment `details: ...`, `reason: ...` or `code: ...` (key matched ignoring ASCII case) sets that
///     part; the parts may come in any order, and a repeated part keeps its last value;
///  3. any other segment continues the `details` part when that part came just before it (the human text
///     may itself hold a ';'); anywhere else it means the text is not a structured reason;
///  4. the first segment must be one of the three parts.
/// `code` is set when code_text is an integer; a non-numeric code keeps only its text.
constexpr std::optional<sms_reason> parse_sms_reason(std::string_view text) noexcept {
  using detail::sms_reason_part;
  using triage::detail::trim_ascii_space;
  // Plain values and flags, not optionals: std::optional's assignment is not constexpr in C++17.
  std::string_view details;
  std::string_view reason;
  std::string_view code_text;
  bool has_details = false;
  bool has_reason = false;
  bool has_code = false;
  sms_reason_part last = sms_reason_part::none;
  std::size_t details_begin = 0;  // where the current details value starts, to extend it over a ';'
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find(';', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view trimmed = trim_ascii_space(text.substr(begin, end - begin));
    if (!trimmed.empty()) {
      const std::size_t colon = trimmed.find(':');
      const sms_reason_part part = colon == std::string_view::npos
                                       ? sms_reason_part::none
                                       : detail::sms_reason_key(trim_ascii_space(trimmed.substr(0, colon)));
      if (part == sms_reason_part::none) {
        if (last != sms_reason_part::details) return std::nullopt;
        // Extend details up to the end of this segment: still one view into `text`.
        const std::size_t trimmed_begin = static_cast<std::size_t>(trimmed.data() - text.data());
        if (details.empty()) details_begin = trimmed_begin;
        details = text.substr(details_begin, trimmed_begin + trimmed.size() - details_begin);
      } else {
        const std::string_view value = trim_ascii_space(trimmed.substr(colon + 1));
        switch (part) {
          case sms_reason_part::details:
            details = value;
            has_details = true;
            details_begin = static_cast<std::size_t>(value.data() - text.data());
            break;
          case sms_reason_part::reason:
            reason = value;
            has_reason = true;
            break;
          case sms_reason_part::code:
            code_text = value;
            has_code = true;
            break;
          case sms_reason_part::none: break;
        }
        last = part;
      }
    }
    begin = end + 1;
  }
  if (last == sms_reason_part::none) return std::nullopt;
  std::int64_t code = 0;
  const bool numeric = has_code && triage::detail::parse_integer(code_text, code);
  return sms_reason{has_details ? std::optional<std::string_view>(details) : std::nullopt,
                    has_reason ? std::optional<std::string_view>(reason) : std::nullopt,
                    has_code ? std::optional<std::string_view>(code_text) : std::nullopt,
                    numeric ? std::optional<std::int64_t>(code) : std::nullopt};
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_SMS_REASON_HPP
