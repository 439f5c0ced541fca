#ifndef TRIAGE_TIMESTAMP_HPP
#define TRIAGE_TIMESTAMP_HPP

// Provider timestamps: kept verbatim, and also as a UTC time point when they are valid ISO-8601.
// Invalid dates are data, not errors: the Vibes docs show "2023-05-05T16: 15: 40Z".

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace triage {

/// Nanoseconds since the Unix epoch, UTC (system_clock's epoch is the Unix epoch on every supported platform).
using utc_time = std::chrono::time_point<std::chrono::system_clock, std::chrono::nanoseconds>;

namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr bool read_digits(std::string_view s, std::size_t at, std::size_t n, int& out) noexcept {
  if (at + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!is_digit(s[i])) return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int days_in_month(int y, int m) noexcept {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr std::int64_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace detail

/// Parses `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM|±HHMM|±HH)`; 'T' may be a space or 't', 'Z' may be 'z'.
/// Seconds are optional because Vibes sends "2017-01-01T00:00Z". Returns nullopt for anything else.
constexpr std::optional<utc_time> parse_iso8601(std::string_view s) noexcept {
  using detail::read_digits;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (s.size() < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s[13] != ':') {
    return std::nullopt;
  }
  // Every timestamp of every callback goes through here: the fixed positions are read without loops.
  const auto digit = [&s](std::size_t i) { return static_cast<unsigned>(s[i] - '0'); };
  constexpr std::size_t fixed_digits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15};
  for (std::size_t i : fixed_digits) {
    if (digit(i) > 9) return std::nullopt;
  }
  year = static_cast<int>(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3));
  month = static_cast<int>(digit(5) * 10 + digit(6));
  day = static_cast<int>(digit(8) * 10 + digit(9));
  hour = static_cast<int>(digit(11) * 10 + digit(12));
  minute = static_cast<int>(digit(14) * 10 + digit(15));
  std::size_t at = 16;
  std::int64_t nanos = 0;
  if (at < s.size() && s[at] == ':') {
    if (!read_digits(s, at + 1, 2, second)) return std::nullopt;
    at += 3;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
      ++at;
      std::size_t digits = 0;
      while (at < s.size() && detail::is_digit(s[at])) {
        if (digits < 9) nanos = nanos * 10 + (s[at] - '0');
        ++digits;
        ++at;
      }
      if (digits == 0) return std::nullopt;
      for (std::size_t i = digits; i < 9; ++i) nanos *= 10;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > detail::days_in_month(year, month) || hour > 23 || minute > 59 ||
      second > 60) {
    return std::nullopt;
  }
  int offset_minutes = 0;
  if (at >= s.size()) return std::nullopt;  // a time without a zone is not a point in time
  if (s[at] == 'Z' || s[at] == 'z') {
    ++at;
  } else if (s[at] == '+' || s[at] == '-') {
    const int sign = s[at] == '-' ? -1 : 1;
    int oh = 0, om = 0;
    if (!read_digits(s, at + 1, 2, oh)) return std::nullopt;
    at += 3;
    if (at < s.size() && s[at] == ':') {
      if (!read_digits(s, at + 1, 2, om)) return std::nullopt;
      at += 3;
    } else if (at < s.size()) {
      if (!read_digits(s, at, 2, om)) return std::nullopt;
      at += 2;
    }
    if (oh > 23 || om > 59) return std::nullopt;
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  if (at != s.size()) return std::nullopt;
  const std::int64_t seconds = detail::days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
                               std::int64_t{offset_minutes} * 60;
  // Nanoseconds in 64 bits span 1677-09-21 to 2262-04-11; a date outside that is not representable.
  constexpr std::int64_t max_seconds = 9223372035;
  if (seconds > max_seconds || seconds < -max_seconds) return std::nullopt;
  return utc_time{std::chrono::nanoseconds{seconds * 1000000000 + nanos}};
}

/// A timestamp as the provider sent it; time() is its value when it is valid ISO-8601.
///
/// The parser only delimits the text: time() parses it on each call (about a hundred instructions), so a
/// caller that never looks at times never pays for them. Keep the result if it is needed repeatedly.
struct timestamp {
  std::string_view raw;

  constexpr std::optional<utc_time> time() const noexcept { return parse_iso8601(raw); }
  static constexpr timestamp from(std::string_view text) noexcept { return {text}; }
};

}  // namespace triage

#endif  // TRIAGE_TIMESTAMP_HPP
