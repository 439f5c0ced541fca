#ifndef TRIAGE_FMT_HPP
#define TRIAGE_FMT_HPP

// fmt formatters for every public enum (one for all: each has a table of names) and for verdict and error. Formatters
// rather than format_as: format_as returning a string_view for an enum does not compile with fmt 9.1.

#include <fmt/format.h>

#include <string_view>
#include <type_traits>

#include "triage/error.hpp"
#include "triage/taxonomy.hpp"

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

/// Every enum with a table (detail/enum_table.hpp), the providers' own included: formatted by its name.
template <class E>
struct fmt::formatter<E, char, std::enable_if_t<triage::detail::has_enum_table_v<E>>>
    : triage::detail::to_string_formatter<E> {};

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
