#ifndef TRIAGE_DETAIL_ENUM_TABLE_HPP
#define TRIAGE_DETAIL_ENUM_TABLE_HPP

// Every enum of the library is spelled once: its declaration, then one table of {value, name} rows in
// declaration order, returned by a function `enum_table(E)` beside the enum (found by argument-dependent
// lookup). to_string, parsing, the complete list of values and the fmt formatter all derive from that
// table, and the first use of any of them checks at compile time that the table names every enumerator,
// in order: a value added to the enum and forgotten in the table does not compile.

#include <array>
#include <cstddef>
#include <iterator>
#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace triage {

/// One row of an enum's table. A table may use its own row type with more columns (`value` and `name` are
/// the ones read here).
template <class E>
struct enum_name {
  E value;
  std::string_view name;
};

namespace detail {

/// Whether the enum of E has a table (an `enum_table(E)` found by argument-dependent lookup).
template <class E, class = void>
struct has_enum_table : std::false_type {};
template <class E>
struct has_enum_table<E, std::void_t<decltype(enum_table(std::declval<E>()))>> : std::is_enum<E> {};

template <class E>
inline constexpr bool has_enum_table_v = has_enum_table<E>::value;

/// Whether V is a named enumerator of E: the compiler spells a named value by its name in the signature of
/// this function ("V = triage::outcome::none") and any other value as a cast ("V = (triage::outcome)6").
/// Where the compiler is neither GCC nor Clang it cannot tell, and answers false (the check then passes).
template <class E, E V>
constexpr bool names_an_enumerator() noexcept {
#if defined(__GNUC__) || defined(__clang__)
  constexpr std::string_view signature = __PRETTY_FUNCTION__;
  constexpr std::size_t at = signature.find("V = ");
  static_assert(at != std::string_view::npos, "unexpected __PRETTY_FUNCTION__ format");
  constexpr char first = signature[at + 4];
  return first != '(' && !(first >= '0' && first <= '9') && first != '-';
#else
  return false;
#endif
}

/// The rows name the values 0, 1, 2, ... in order, and the value after the last row is not an enumerator.
template <class E>
constexpr bool enum_table_is_complete() noexcept {
  constexpr auto& table = enum_table(E{});
  constexpr std::size_t size = std::size(table);
  for (std::size_t i = 0; i < size; ++i) {
    if (static_cast<std::size_t>(table[i].value) != i || table[i].name.empty()) return false;
  }
  using underlying = std::underlying_type_t<E>;
  if constexpr (size > static_cast<std::size_t>(std::numeric_limits<underlying>::max())) {
    return true;
  } else {
    return !names_an_enumerator<E, static_cast<E>(size)>();
  }
}

/// The checked table of E.
template <class E>
constexpr const auto& checked_enum_table() noexcept {
  static_assert(enum_table_is_complete<E>(),
                "the enum_table() of this enum must list every enumerator once, in declaration order");
  return enum_table(E{});
}

template <class E, std::size_t... I>
constexpr std::array<E, sizeof...(I)> values_of(std::index_sequence<I...>) noexcept {
  return {checked_enum_table<E>()[I].value...};
}

}  // namespace detail

/// Every value of E, in declaration order.
template <class E>
constexpr auto all_values() noexcept {
  return detail::values_of<E>(std::make_index_sequence<std::size(enum_table(E{}))>{});
}

/// The name of a value ("?" for a value outside the enum, which only a cast can make).
template <class E, std::enable_if_t<detail::has_enum_table_v<E>, int> = 0>
constexpr std::string_view to_string(E value) noexcept {
  const auto& table = detail::checked_enum_table<E>();
  const auto i = static_cast<std::size_t>(value);
  return i < std::size(table) ? table[i].name : std::string_view("?");
}

/// The value a name produced by to_string() names.
template <class E, std::enable_if_t<detail::has_enum_table_v<E>, int> = 0>
constexpr std::optional<E> from_string(std::string_view name) noexcept {
  for (const auto& row : detail::checked_enum_table<E>()) {
    if (row.name == name) return row.value;
  }
  return std::nullopt;
}

}  // namespace triage

#endif  // TRIAGE_DETAIL_ENUM_TABLE_HPP
