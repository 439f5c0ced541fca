#include <triage/triage.hpp>

#include <set>
#include <string>

#include "catch.hpp"

namespace {

template <class Enum, std::size_t N>
std::set<std::string> names_of(const Enum (&all)[N]) {
  std::set<std::string> names;
  using triage::to_string;
  for (Enum e : all) names.insert(std::string(to_string(e)));
  return names;
}

}  // namespace

TEST_CASE("every enum value has its own name, as DESIGN.md spells it") {
  CHECK(names_of(triage::all_outcomes) ==
        std::set<std::string>{"delivered", "pending", "retryable", "permanent", "unknown", "none"});
  CHECK(names_of(triage::all_categories) == std::set<std::string>{"recipient", "unreachable", "compliance", "content",
                                                                  "configuration", "account", "rate_limit", "carrier",
                                                                  "platform", "unknown", "none"});
  CHECK(names_of(triage::all_providers) == std::set<std::string>{"vibes", "bandwidth", "bird"});
  CHECK(names_of(triage::all_retry_advice) == std::set<std::string>{"none", "retry", "retry_once", "retry_later"});
  CHECK(names_of(triage::vibes::all_kinds) ==
        std::set<std::string>{"routing", "message_processing", "carrier_dlr", "handset_dlr", "dlr", "unknown"});
}

TEST_CASE("to_string is usable in constant expressions") {
  static_assert(triage::to_string(triage::outcome::permanent) == "permanent");
  static_assert(triage::to_string(triage::category::rate_limit) == "rate_limit");
  static_assert(triage::provider_from_string("bird") == triage::provider::bird);
  static_assert(!triage::provider_from_string("twilio"));
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
