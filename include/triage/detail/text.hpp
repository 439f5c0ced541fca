#ifndef TRIAGE_DETAIL_TEXT_HPP
#define TRIAGE_DETAIL_TEXT_HPP

// Small constexpr text helpers shared by the JSON readers and the providers' text parsers. No simdjson
// here, so that headers describing typed callbacks can use them without pulling in the JSON parser.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace triage::detail {

/// Parses an optionally signed decimal integer that is the whole of `text`.
constexpr bool parse_integer(std::string_view text, std::int64_t& out) noexcept {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  if (i == text.size()) return false;
  std::uint64_t v = 0;
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    const std::uint64_t digit = static_cast<std::uint64_t>(text[i] - '0');
    if (v > (static_cast<std::uint64_t>(INT64_MAX) + (negative ? 1 : 0) - digit) / 10) return false;
    v = v * 10 + digit;
  }
  out = negative ? static_cast<std::int64_t>(0 - v) : static_cast<std::int64_t>(v);
  return true;
}

constexpr bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Whether `text` holds only JSON white space (which is is_ascii_space): an empty payload or a blank line.
constexpr bool is_json_blank(std::string_view text) noexcept {
  for (char c : text) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

constexpr char to_ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` without leading and trailing ASCII white space.
constexpr std::string_view trim_ascii_space(std::string_view text) noexcept {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

constexpr bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (to_ascii_lower(a[i]) != to_ascii_lower(b[i])) return false;
  }
  return true;
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_TEXT_HPP
