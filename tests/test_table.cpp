// The generic table machinery (detail/table.hpp): rule texts, their buffers, and the lookups.

#include <triage/detail/table.hpp>
#include <triage/taxonomy.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "catch.hpp"

namespace test_table {

namespace {

using triage::detail::rule_value;

struct text_row {
  std::string_view key;
  triage::verdict verdict;
};

struct number_row {
  std::int64_t code;
  triage::verdict verdict;
};

struct range_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
};

constexpr triage::verdict failed{triage::outcome::permanent, triage::category::content, triage::retry_advice::none};

constexpr text_row text_literals[] = {
    {"sent", failed}, {"rejected", failed}, {"queued_on_carrier", failed}, {"message-sent", failed}};
constexpr auto text_value = [](const text_row& row) { return rule_value(row.key); };
constexpr std::string_view text_field = "test status";
inline constexpr auto text_rules =
    triage::detail::derive_rules<triage::detail::longest_rule(text_field, text_literals, text_value)>(
        text_field, text_literals, text_value);
inline constexpr auto text_table = triage::detail::with_rules(text_literals, text_rules);

constexpr number_row number_literals[] = {{-7, failed}, {0, failed}, {12, failed}, {4001, failed}};
constexpr auto number_value = [](const number_row& row) { return rule_value(row.code, "sms"); };
constexpr std::string_view number_field = "test code";
inline constexpr auto number_rules =
    triage::detail::derive_rules<triage::detail::longest_rule(number_field, number_literals, number_value)>(
        number_field, number_literals, number_value);
inline constexpr auto number_table = triage::detail::with_rules(number_literals, number_rules);

constexpr range_row range_literals[] = {{429, 429, failed}, {400, 499, failed}};
constexpr auto range_value = [](const range_row& row) { return rule_value::range(row.first, row.last); };
inline constexpr auto range_rules =
    triage::detail::derive_rules<triage::detail::longest_rule(number_field, range_literals, range_value)>(
        number_field, range_literals, range_value);
inline constexpr auto range_table = triage::detail::with_rules(range_literals, range_rules);

// The buffers are exactly as long as the longest rule.
static_assert(sizeof(text_rules[0].chars) == std::string_view("test status queued_on_carrier").size());
static_assert(triage::detail::rules_fit(text_rules) && triage::detail::rules_fit(number_rules));

// The rows keep their verdict and get their rule, at compile time.
static_assert(text_table[1].verdict == failed);
static_assert(text_table[1].verdict.rule == "test status rejected");
static_assert(number_table[0].verdict.rule == "test code sms -7");
static_assert(number_table[1].verdict.rule == "test code sms 0");
static_assert(number_table[3].verdict.rule == "test code sms 4001");
static_assert(range_table[0].verdict.rule == "test code 429");
static_assert(range_table[1].verdict.rule == "test code 400-499");

// A text longer than its buffer is cut and marked, so that rules_fit() fails.
constexpr bool overflow_is_marked() {
  triage::detail::rule_text<4> text;
  triage::detail::write_rule(text, "ab", rule_value(std::string_view("cd")));
  return text.overflow && text.view() == "ab c";
}
static_assert(overflow_is_marked());

std::string written(std::int64_t n) {
  // Long enough for any int64 after "x ".
  triage::detail::rule_text<22> text;
  triage::detail::write_rule(text, "x", rule_value(n));
  REQUIRE_FALSE(text.overflow);
  return std::string(text.view().substr(2));
}

}  // namespace

TEST_CASE("rule numbers are written as decimal, to the extremes of int64") {
  CHECK((written(0)) == "0");
  CHECK((written(-1)) == "-1");
  CHECK((written(std::numeric_limits<std::int64_t>::max())) == "9223372036854775807");
  CHECK((written(std::numeric_limits<std::int64_t>::min())) == "-9223372036854775808");
}

TEST_CASE("find_row compares texts by length, then bytes, also past eight bytes") {
  using triage::detail::find_row;
  CHECK(find_row(text_table, std::string_view("sent"), &text_row::key) == &text_table[0]);
  CHECK(find_row(text_table, std::string_view("queued_on_carrier"), &text_row::key) == &text_table[2]);
  // Same length, one byte off: first, in the middle, and last (the overlapping last word).
  CHECK(find_row(text_table, std::string_view("Queued_on_carrier"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view("queued_oN_carrier"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view("queued_on_carrieR"), &text_row::key) == nullptr);
  // 9 to 16 bytes: two overlapping words.
  CHECK(find_row(text_table, std::string_view("message-sent"), &text_row::key) == &text_table[3]);
  CHECK(find_row(text_table, std::string_view("Message-sent"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view("messagE-sent"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view("message-senT"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view("rejecteD"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view("rejecte"), &text_row::key) == nullptr);
  CHECK(find_row(text_table, std::string_view(), &text_row::key) == nullptr);
  static_assert(find_row(text_table, std::string_view("rejected"), &text_row::key) == &text_table[1]);
  static_assert(triage::detail::same_text("queued_on_carrier", "queued_on_carrier"));
  static_assert(!triage::detail::same_text("queued_on_carrier", "queued_on_carrieR"));
}

TEST_CASE("find_sorted bisects; find_range takes the first range that holds the value") {
  static_assert(triage::detail::sorted_and_unique(number_table, &number_row::code));
  for (const number_row& row : number_table) {
    CHECK(triage::detail::find_sorted(number_table, row.code, &number_row::code) == &row);
  }
  for (std::int64_t absent : {-8, -1, 1, 13, 4000, 4002}) {
    CHECK(triage::detail::find_sorted(number_table, absent, &number_row::code) == nullptr);
  }
  CHECK(triage::detail::find_range(range_table, 429) == &range_table[0]);
  CHECK(triage::detail::find_range(range_table, 430) == &range_table[1]);
  CHECK(triage::detail::find_range(range_table, 400) == &range_table[1]);
  CHECK(triage::detail::find_range(range_table, 500) == nullptr);
}

}  // namespace test_table
