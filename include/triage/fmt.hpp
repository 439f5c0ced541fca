#ifndef TRIAGE_FMT_HPP
#define TRIAGE_FMT_HPP

// fmt formatters for every public enum and for verdict and error. Formatters rather than format_as:
// format_as returning a string_view for an enum does not compile with fmt 9.1.

#include <fmt/format.h>

#include <string_view>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/bird/message.hpp"
#include "triage/error.hpp"
#include "triage/taxonomy.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage::detail {

/// Formats any type that has a to_string() returning std::string_view, with string format specs.
template <class T>
struct to_string_formatter : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string_view text = to_string(value);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
  }
};

}  // namespace triage::detail

template <>
struct fmt::formatter<triage::provider> : triage::detail::to_string_formatter<triage::provider> {};
template <>
struct fmt::formatter<triage::outcome> : triage::detail::to_string_formatter<triage::outcome> {};
template <>
struct fmt::formatter<triage::category> : triage::detail::to_string_formatter<triage::category> {};
template <>
struct fmt::formatter<triage::retry_advice> : triage::detail::to_string_formatter<triage::retry_advice> {};
template <>
struct fmt::formatter<triage::error_code> : triage::detail::to_string_formatter<triage::error_code> {};
template <>
struct fmt::formatter<triage::vibes::kind> : triage::detail::to_string_formatter<triage::vibes::kind> {};
template <>
struct fmt::formatter<triage::bandwidth::kind> : triage::detail::to_string_formatter<triage::bandwidth::kind> {};
template <>
struct fmt::formatter<triage::bandwidth::source> : triage::detail::to_string_formatter<triage::bandwidth::source> {};
template <>
struct fmt::formatter<triage::bird::message_status>
    : triage::detail::to_string_formatter<triage::bird::message_status> {};
template <>
struct fmt::formatter<triage::bird::message_direction>
    : triage::detail::to_string_formatter<triage::bird::message_direction> {};

/// "permanent/recipient" (plus "/retry_once" when the provider gives retry guidance).
template <>
struct fmt::formatter<triage::verdict> {
  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) { return ctx.begin(); }
  template <class FormatContext>
  auto format(const triage::verdict& v, FormatContext& ctx) const -> decltype(ctx.out()) {
    if (v.retry == triage::retry_advice::none) return fmt::format_to(ctx.out(), "{}/{}", v.outcome, v.category);
    return fmt::format_to(ctx.out(), "{}/{}/{}", v.outcome, v.category, v.retry);
  }
};

/// The error's message, then " at byte N" when the offset is known.
template <>
struct fmt::formatter<triage::error> {
  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) { return ctx.begin(); }
  template <class FormatContext>
  auto format(const triage::error& e, FormatContext& ctx) const -> decltype(ctx.out()) {
    if (!e.has_offset()) return fmt::format_to(ctx.out(), "{}", e.message());
    return fmt::format_to(ctx.out(), "{} at byte {}", e.message(), e.offset());
  }
};

#endif  // TRIAGE_FMT_HPP
