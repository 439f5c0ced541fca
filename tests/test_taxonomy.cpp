#include <triage/triage.hpp>

#include <set>
#include <string>

#include "catch.hpp"

namespace test_taxonomy {

namespace {

template <class Values>
std::set<std::string> names_of(const Values& all) {
  std::set<std::string> names;
  for (auto e : all) names.insert(std::string(triage::to_string(e)));
  return names;
}

}  // namespace

// Enums of the test's own, to check the completeness rule of enum tables (detail/enum_table.hpp).
namespace table_check {
enum class complete : unsigned char { a, b, c };
inline constexpr triage::enum_name<complete> complete_names[] = {
    {complete::a, "a"}, {complete::b, "b"}, {complete::c, "c"}};
constexpr const auto& enum_table(complete) noexcept { return complete_names; }

enum class missing_last : unsigned char { a, b, c };
inline constexpr triage::enum_name<missing_last> missing_last_names[] = {{missing_last::a, "a"},
                                                                         {missing_last::b, "b"}};
constexpr const auto& enum_table(missing_last) noexcept { return missing_last_names; }

enum class out_of_order : unsigned char { a, b };
inline constexpr triage::enum_name<out_of_order> out_of_order_names[] = {{out_of_order::b, "b"},
                                                                         {out_of_order::a, "a"}};
constexpr const auto& enum_table(out_of_order) noexcept { return out_of_order_names; }

enum class unnamed_row : unsigned char { a, b };
inline constexpr triage::enum_name<unnamed_row> unnamed_row_names[] = {{unnamed_row::a, "a"}, {unnamed_row::b, ""}};
constexpr const auto& enum_table(unnamed_row) noexcept { return unnamed_row_names; }
}  // namespace table_check

TEST_CASE("an enum table must name every enumerator, in declaration order") {
  using triage::detail::enum_table_is_complete;
  static_assert(enum_table_is_complete<table_check::complete>());
  static_assert(!enum_table_is_complete<table_check::missing_last>());
  static_assert(!enum_table_is_complete<table_check::out_of_order>());
  static_assert(!enum_table_is_complete<table_check::unnamed_row>());
  static_assert(triage::detail::names_an_enumerator<table_check::complete, table_check::complete::c>());
  static_assert(!triage::detail::names_an_enumerator<table_check::complete, static_cast<table_check::complete>(3)>());
  // The library's own tables, each checked on its first use too.
  static_assert(enum_table_is_complete<triage::outcome>());
  static_assert(enum_table_is_complete<triage::category>());
  static_assert(enum_table_is_complete<triage::retry_advice>());
  static_assert(enum_table_is_complete<triage::provider>());
  static_assert(enum_table_is_complete<triage::error_code>());
  static_assert(enum_table_is_complete<triage::json_type>());
  static_assert(enum_table_is_complete<triage::phase>());
  static_assert(enum_table_is_complete<triage::observe_status>());
  CHECK(triage::all_values<table_check::complete>().size() == 3);
  CHECK(triage::to_string(table_check::complete::b) == "b");
  CHECK(triage::from_string<table_check::complete>("c") == table_check::complete::c);
  CHECK_FALSE(triage::from_string<table_check::complete>("d"));
  CHECK(triage::to_string(static_cast<table_check::complete>(7)) == "?");
  CHECK(fmt::format("{:>3}", table_check::complete::a) == "  a");
}

TEST_CASE("every enum name parses back to its value") {
  for (triage::outcome o : triage::all_outcomes) CHECK(triage::from_string<triage::outcome>(triage::to_string(o)) == o);
  for (triage::category c : triage::all_categories) {
    CHECK(triage::from_string<triage::category>(triage::to_string(c)) == c);
  }
  for (triage::provider p : triage::all_providers) CHECK(triage::provider_from_string(triage::to_string(p)) == p);
  for (triage::error_code e : triage::all_values<triage::error_code>()) {
    CHECK(triage::from_string<triage::error_code>(triage::to_string(e)) == e);
    CHECK_FALSE(triage::error(e, 0).message().empty());
  }
  CHECK(triage::all_values<triage::error_code>().size() == triage::error_code_count);
}

TEST_CASE("every enum value has its own name, as DESIGN.md spells it") {
  CHECK(names_of(triage::all_outcomes) ==
        std::set<std::string>{"delivered", "pending", "retryable", "permanent", "unknown", "none"});
  CHECK(names_of(triage::all_categories) == std::set<std::string>{"recipient", "unreachable", "compliance", "content",
                                                                  "configuration", "account", "rate_limit", "carrier",
                                                                  "platform", "unknown", "none"});
  CHECK(names_of(triage::all_providers) == std::set<std::string>{"vibes", "bandwidth", "bird", "twilio", "vonage",
                                                                 "plivo", "whatsapp", "telnyx", "sinch", "infobip"});
  CHECK(names_of(triage::all_retry_advice) == std::set<std::string>{"none", "retry", "retry_once", "retry_later"});
  // The stages of event_processed, then the other callback types named as their callback_type (issue 17).
  CHECK(names_of(triage::vibes::all_kinds) == std::set<std::string>{"routing",
                                                                    "message_processing",
                                                                    "carrier_dlr",
                                                                    "handset_dlr",
                                                                    "dlr",
                                                                    "subscription_added",
                                                                    "subscription_removed",
                                                                    "subscription_list_added",
                                                                    "subscription_list_updated",
                                                                    "person_added",
                                                                    "person_updated",
                                                                    "ack_participant_added",
                                                                    "ack_participant_changed",
                                                                    "company_participant_added",
                                                                    "device_added",
                                                                    "device_updated",
                                                                    "device_removed",
                                                                    "wallet_item_install",
                                                                    "wallet_item_remove",
                                                                    "unmatched_message_received",
                                                                    "unknown"});
  CHECK(names_of(triage::plivo::all_kinds) == std::set<std::string>{"status", "inbound"});
  CHECK(names_of(triage::infobip::all_kinds) ==
        std::set<std::string>{"delivery_report", "seen_report", "inbound_message", "invalid_report"});
}

TEST_CASE("to_string is usable in constant expressions") {
  static_assert(triage::to_string(triage::outcome::permanent) == "permanent");
  static_assert(triage::to_string(triage::category::rate_limit) == "rate_limit");
  static_assert(triage::provider_from_string("bird") == triage::provider::bird);
  static_assert(triage::provider_from_string("twilio") == triage::provider::twilio);
  static_assert(triage::provider_from_string("sinch") == triage::provider::sinch);
  static_assert(triage::provider_from_string("infobip") == triage::provider::infobip);
  static_assert(!triage::provider_from_string("Infobip"));
  CHECK(triage::to_string(triage::outcome::permanent) == "permanent");
}

TEST_CASE("fmt formats every public enum, verdict and error") {
  CHECK(fmt::format("{}", triage::outcome::retryable) == "retryable");
  CHECK(fmt::format("{:>10}", triage::outcome::none) == "      none");
  CHECK(fmt::format("{}", triage::category::compliance) == "compliance");
  CHECK(fmt::format("{}", triage::provider::bandwidth) == "bandwidth");
  CHECK(fmt::format("{}", triage::retry_advice::retry_once) == "retry_once");
  CHECK(fmt::format("{}", triage::vibes::kind::handset_dlr) == "handset_dlr");
  CHECK(fmt::format("{}", triage::error_code::wrong_type) == "wrong_type");

  const triage::verdict plain{triage::outcome::permanent, triage::category::recipient, triage::retry_advice::none, ""};
  CHECK(fmt::format("{}", plain) == "permanent/recipient");
  const triage::verdict once{triage::outcome::retryable, triage::category::platform, triage::retry_advice::retry_once,
                             ""};
  CHECK(fmt::format("{}", once) == "retryable/platform/retry_once");

  triage::error e(triage::error_code::wrong_type, 12);
  e.with_path("event_id").with_expected("a string", triage::json_type::number);
  CHECK(fmt::format("{}", e) == "event_id: wrong type: expected a string, found a number at byte 12");
  CHECK(e.message() == "event_id: wrong type: expected a string, found a number");
}

TEST_CASE("an error path longer than the buffer is truncated visibly") {
  triage::error e(triage::error_code::invalid_value, triage::error::no_offset);
  e.with_path(std::string(300, 'x'));
  CHECK(e.path().size() == triage::error::max_path);
  CHECK(e.path().substr(e.path().size() - 3) == "...");
  CHECK_FALSE(e.has_offset());
}

}  // namespace test_taxonomy
