#ifndef TRIAGE_DETAIL_TABLE_HPP
#define TRIAGE_DETAIL_TABLE_HPP

// The one shape of every provider table: rows that hold their `triage::verdict`, a rule text derived from
// the row's key, and the lookups beside the tables.
//
// Rules. Every row's rule is "<provider> <field> <value>": the provider and the field as the provider's
// payload names it are declared once per table (its prefix, e.g. "<provider> errorCode"), the value is the
// row's key: a text, an integer, or an integer range written "first-last" (one number when first == last). A key that
// is not unique within the field names its table after the field ("<provider> failure.source.code <source> 131026"). A
// table's literal holds its verdicts without rules; with_rules() copies it at compile time with each rule pointing into
// an array of fixed-size buffers built at compile time (derive_rules()), so `verdict.rule` is a std::string_view into
// static storage and nothing is built at run time.
//
// The rule names the row that decided, and only that row: when a more specific field was present but not
// in its table (an errorCode outside the code table, a failure.source.code the source's table lacks), the
// broader row that decided says so by being the rule ("<provider> errorCode 4700-4799", "<provider>
// failure.source.name <source>"). A verdict that no row decides (no action, an unrecognised type) is a
// fallback: a named constant beside the tables, whose rule is written out because it has no key.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "triage/detail/text.hpp"

namespace triage::detail {

/// What a rule says after its table's prefix: a text, an integer, or an integer range, optionally after
/// a qualifier (the table, where the field alone does not say which).
struct rule_value {
  enum class form : std::uint8_t { text, number, range };
  form shape = form::text;
  std::string_view text;
  std::int64_t first = 0;
  std::int64_t last = 0;
  std::string_view qualifier;

  constexpr rule_value(std::string_view t, std::string_view q = {}) noexcept : text(t), qualifier(q) {}
  constexpr rule_value(std::int64_t n, std::string_view q = {}) noexcept
      : shape(form::number), first(n), last(n), qualifier(q) {}
  static constexpr rule_value range(std::int64_t lo, std::int64_t hi, std::string_view q = {}) noexcept {
    rule_value v(lo, q);
    v.shape = form::range;
    v.last = hi;
    return v;
  }
};

/// Appends a rule's pieces to a sink (a counter or a buffer): the same code measures and writes.
template <class Sink>
constexpr void write_number(Sink& out, std::int64_t n) noexcept {
  if (n < 0) {
    out.put('-');
    // Each digit of a negative number is taken from its negative remainder, so INT64_MIN needs no negation.
    char digits[20] = {};
    int count = 0;
    do {
      digits[count++] = static_cast<char>('0' - n % 10);
      n /= 10;
    } while (n != 0);
    while (count > 0) out.put(digits[--count]);
    return;
  }
  char digits[20] = {};
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  while (count > 0) out.put(digits[--count]);
}

template <class Sink>
constexpr void write_rule(Sink& out, std::string_view prefix, const rule_value& value) noexcept {
  for (char c : prefix) out.put(c);
  out.put(' ');
  if (!value.qualifier.empty()) {
    for (char c : value.qualifier) out.put(c);
    out.put(' ');
  }
  if (value.shape == rule_value::form::text) {
    for (char c : value.text) out.put(c);
    return;
  }
  write_number(out, value.first);
  if (value.shape == rule_value::form::range && value.last != value.first) {
    out.put('-');
    write_number(out, value.last);
  }
}

struct rule_length {
  std::size_t size = 0;
  constexpr void put(char) noexcept { ++size; }
};

/// One rule text in static storage.
template <std::size_t Capacity>
struct rule_text {
  char chars[Capacity] = {};
  std::size_t size = 0;
  // Past the capacity derive_rules() writes nothing more and the text is marked too long, which
  // check_rules() turns into a failed static_assert.
  bool overflow = false;
  constexpr void put(char c) noexcept {
    if (size == Capacity) {
      overflow = true;
      return;
    }
    chars[size++] = c;
  }
  constexpr std::string_view view() const noexcept { return {chars, size}; }
};

/// The length of the longest rule of `rows`: the capacity of their rule buffers.
template <class Row, std::size_t N, class Value>
constexpr std::size_t longest_rule(std::string_view prefix, const Row (&rows)[N], Value value_of) noexcept {
  std::size_t longest = 0;
  for (const Row& row : rows) {
    rule_length length;
    write_rule(length, prefix, value_of(row));
    if (length.size > longest) longest = length.size;
  }
  return longest;
}

/// Every row's rule text, in row order.
template <std::size_t Capacity, class Row, std::size_t N, class Value>
constexpr std::array<rule_text<Capacity>, N> derive_rules(std::string_view prefix, const Row (&rows)[N],
                                                          Value value_of) noexcept {
  std::array<rule_text<Capacity>, N> rules{};
  for (std::size_t i = 0; i < N; ++i) write_rule(rules[i], prefix, value_of(rows[i]));
  return rules;
}

/// Whether every rule fit its buffer (for a static_assert beside each table).
template <std::size_t Capacity, std::size_t N>
constexpr bool rules_fit(const std::array<rule_text<Capacity>, N>& rules) noexcept {
  for (const rule_text<Capacity>& rule : rules) {
    if (rule.overflow || rule.size == 0) return false;
  }
  return true;
}

/// The rows of a table literal, each verdict's rule set to its derived text (which must outlive the rows:
/// an `inline constexpr` array).
template <class Row, std::size_t N, std::size_t Capacity>
constexpr std::array<Row, N> with_rules(const Row (&rows)[N],
                                        const std::array<rule_text<Capacity>, N>& rules) noexcept {
  std::array<Row, N> out{};
  for (std::size_t i = 0; i < N; ++i) {
    out[i] = rows[i];
    out[i].verdict.rule = rules[i].view();
  }
  return out;
}

/// Whether the evaluation is a constant one (std::is_constant_evaluated, which C++17 lacks; the builtin
/// behind it is in g++ and clang since version 9 and in MSVC 19.25). Elsewhere: false, the run-time path,
/// which is constexpr too.
constexpr bool in_constant_evaluation() noexcept {
#if defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1925)
  return __builtin_is_constant_evaluated();
#else
  return false;
#endif
}

inline std::uint64_t load_word(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

/// Equal bytes of two texts of the same size n >= 8, eight at a time, the last word overlapping.
inline bool same_words(const char* a, const char* b, std::size_t n) noexcept {
  // Most keys are 8 to 16 bytes: two words, no loop.
  if (n <= 16) return load_word(a) == load_word(b) && load_word(a + n - 8) == load_word(b + n - 8);
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    if (load_word(a + i) != load_word(b + i)) return false;
  }
  return i == n || load_word(a + n - 8) == load_word(b + n - 8);
}

/// Equal texts, the lengths compared first: a table's keys mostly differ in length, so most rows cost one
/// comparison, and the row of the same length a few word comparisons at run time, with no call (not
/// std::string_view::compare, out of line in libstdc++ at -O2, nor memcmp).
constexpr bool same_text(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  if (a.size() >= 8 && !in_constant_evaluation()) return same_words(a.data(), b.data(), a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

/// The first row whose `key` member equals `key` (texts by same_text, anything else by ==), or nullptr.
/// For small tables, scanned in order.
template <class Row, std::size_t N, class Key, class Member>
constexpr const Row* find_row(const std::array<Row, N>& rows, const Key& key, Member Row::*member) noexcept {
  for (const Row& row : rows) {
    if constexpr (std::is_convertible_v<Member, std::string_view>) {
      if (same_text(row.*member, key)) return &row;
    } else {
      if (row.*member == key) return &row;
    }
  }
  return nullptr;
}

/// The first row whose text `member` equals `key` ignoring ASCII case, or nullptr. For the statuses that
/// providers or their consumers write in any case.
template <class Row, std::size_t N>
constexpr const Row* find_row_ignoring_case(const std::array<Row, N>& rows, std::string_view key,
                                            std::string_view Row::*member) noexcept {
  for (const Row& row : rows) {
    if (equals_ignoring_ascii_case(row.*member, key)) return &row;
  }
  return nullptr;
}

/// Whether the integer keys of a table rise strictly (for the static_assert that lets find_sorted bisect).
template <class Row, std::size_t N>
constexpr bool sorted_and_unique(const std::array<Row, N>& rows, std::int64_t Row::*member) noexcept {
  for (std::size_t i = 1; i < N; ++i) {
    if (rows[i - 1].*member >= rows[i].*member) return false;
  }
  return true;
}

/// The index of the row of a table sorted by an integer key (see sorted_and_unique) whose key is `key`, or N.
/// An index, not a pointer, so that a constant expression can ask whether a row was found: g++ with
/// -fsanitize=undefined does not fold a static row's address compared with nullptr.
template <class Row, std::size_t N>
constexpr std::size_t sorted_index(const std::array<Row, N>& rows, std::int64_t key,
                                   std::int64_t Row::*member) noexcept {
  std::size_t low = 0;
  std::size_t high = N;
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    if (rows[mid].*member < key) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low < N && rows[low].*member == key ? low : N;
}

/// The row of a table sorted by an integer key (see sorted_and_unique) whose key is `key`, or nullptr.
template <class Row, std::size_t N>
constexpr const Row* find_sorted(const std::array<Row, N>& rows, std::int64_t key, std::int64_t Row::*member) noexcept {
  const std::size_t at = sorted_index(rows, key, member);
  return at < N ? &rows[at] : nullptr;
}

/// The first row whose range [first, last] holds `value`, or nullptr (ranges may nest: the narrower row
/// comes first).
template <class Row, std::size_t N>
constexpr const Row* find_range(const std::array<Row, N>& rows, std::int64_t value) noexcept {
  for (const Row& row : rows) {
    if (value >= row.first && value <= row.last) return &row;
  }
  return nullptr;
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_TABLE_HPP
