// Every Vibes payload of the seed pages (Vibes "Event-Triggered Callbacks", two revisions) with the
// fields and the verdict a reader of the docs expects.

#include <triage/triage.hpp>

#include <optional>
#include <string>

#include "catch.hpp"
#include "support.hpp"

namespace test_vibes_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::vibes::kind;

struct expectation {
  const char* file;
  kind expected_kind;
  const char* event_id;
  const char* status;
  const char* status_reason;
  const char* failure_reason;  // nullptr: no failure.reason
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
};

const expectation expectations[] = {
    {"s0_routing_success.json",
     kind::routing,
     "3a083a69-2064-430a-8ab6-72f163692ed2",
     "processing",
     "accepted_by_event_triggered_message",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s0_routing_no_route_rules.json",
     kind::routing,
     "fddbf770-f987-4928-91be-6b19c994562f",
     "failed",
     "event_routing_failed",
     "no_route_rules_found_for_event",
     {},
     outcome::permanent,
     category::configuration},
    {"s0_routing_person_not_in_list.json",
     kind::routing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::recipient},
    {"s0_routing_person_not_found.json",
     kind::routing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::recipient},
    {"s0_processing_carrier_lookup_failed.json",
     kind::message_processing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_message_action_failed",
     "PermanentLookupFailureError",
     {},
     outcome::permanent,
     category::recipient},
    {"s0_processing_sms_queued.json",
     kind::message_processing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "processing",
     "queued",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s0_processing_mms_queued.json",
     kind::message_processing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "processing",
     "queued",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s0_processing_no_incentive_codes.json",
     kind::message_processing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_message_action_failed",
     "NoAvailableCodes",
     {},
     outcome::permanent,
     category::configuration},
    {"s0_routing_sms_not_supported.json",
     kind::routing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::recipient},
    {"s0_routing_mms_not_supported.json",
     kind::routing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::content},
    {"s0_processing_mms_asset_missing.json",
     kind::message_processing,
     "b4e31f74-fe43-464d-802f-04ea7225191a",
     "failed",
     "event_message_action_failed",
     "ValidationError",
     {},
     outcome::permanent,
     category::content},
    {"s0_processing_media_content_type.json",
     kind::message_processing,
     "87218c45-fb0a-46a1-9724-d3c9fc5ac53d",
     "failed",
     "event_message_action_failed",
     "ValidationError",
     {},
     outcome::permanent,
     category::content},
    {"s0_processing_media_too_big.json",
     kind::message_processing,
     "d53c0423-fa0a-4f6e-8156-636b3ac7adc6",
     "failed",
     "event_message_action_failed",
     "ValidationError",
     {},
     outcome::permanent,
     category::content},
    {"s0_processing_unexpected_error.json",
     kind::message_processing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "UnexpectedError",
     "UnexpectedError",
     {},
     outcome::retryable,
     category::platform},
    {"s1_routing_success.json",
     kind::routing,
     "3a083a69-2064-430a-8ab6-72f163692ed2",
     "processing",
     "accepted_by_event_triggered_message",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s1_routing_no_route_rules.json",
     kind::routing,
     "fddbf770-f987-4928-91be-6b19c994562f",
     "failed",
     "event_routing_failed",
     "no_route_rules_found_for_event",
     {},
     outcome::permanent,
     category::configuration},
    {"s1_routing_person_not_in_list.json",
     kind::routing,
     "x4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::recipient},
    {"s1_routing_person_not_found.json",
     kind::routing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::recipient},
    {"s1_processing_carrier_lookup_failed.json",
     kind::message_processing,
     "k4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_message_action_failed",
     "PermanentLookupFailureError",
     {},
     outcome::permanent,
     category::recipient},
    {"s1_processing_sms_queued.json",
     kind::message_processing,
     "w4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "processing",
     "queued",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s1_processing_mms_queued.json",
     kind::message_processing,
     "p4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "processing",
     "queued",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s1_processing_no_incentive_codes.json",
     kind::message_processing,
     "2a14821e-4835-45fe-a140-d5d8c2edeffb",
     "failed",
     "event_message_action_failed",
     "NoAvailableCodes",
     {},
     outcome::permanent,
     category::configuration},
    {"s1_routing_sms_not_supported.json",
     kind::routing,
     "4a6dcfcf-16be-474d-b87f-ee64a08f6dab",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::recipient},
    {"s1_routing_mms_not_supported.json",
     kind::routing,
     "0a6e28da-1cff-4d6b-8787-45f1aa4106ca",
     "failed",
     "event_routing_failed",
     "no_routes_accepted_event",
     {},
     outcome::permanent,
     category::content},
    {"s1_processing_mms_asset_missing.json",
     kind::message_processing,
     "b4e31f74-fe43-464d-802f-04ea7225191a",
     "failed",
     "event_message_action_failed",
     "ValidationError",
     {},
     outcome::permanent,
     category::content},
    {"s1_processing_media_content_type.json",
     kind::message_processing,
     "87218c45-fb0a-46a1-9724-d3c9fc5ac53d",
     "failed",
     "event_message_action_failed",
     "ValidationError",
     {},
     outcome::permanent,
     category::content},
    {"s1_processing_media_too_big.json",
     kind::message_processing,
     "d53c0423-fa0a-4f6e-8156-636b3ac7adc6",
     "failed",
     "event_message_action_failed",
     "ValidationError",
     {},
     outcome::permanent,
     category::content},
    {"s1_processing_unexpected_error.json",
     kind::message_processing,
     "3a889c19-aa9d-466d-a6c0-9c4eaf12f402",
     "failed",
     "UnexpectedError",
     "UnexpectedError",
     {},
     outcome::retryable,
     category::platform},
    {"s1_carrier_dlr_success.json",
     kind::carrier_dlr,
     "62f497bd0-d889-4817-866d-cde73182860e",
     "success",
     "sent",
     nullptr,
     {},
     outcome::pending,
     category::none},
    {"s1_carrier_dlr_failure_corrected.json", kind::dlr, "2f497bd0-d889-4817-866d-cde73182860e", "failed", "rejected",
     nullptr, 23, outcome::permanent, category::carrier},
    {"s1_handset_dlr_success.json",
     kind::handset_dlr,
     "d8897bd0-2f49-4817-866d-cde73182860e",
     "success",
     "delivered",
     nullptr,
     {},
     outcome::delivered,
     category::none},
    {"s1_handset_dlr_failure_corrected.json", kind::dlr, "2f497bd0-d889-4817-866d-cde73182860e", "failed", "rejected",
     nullptr, 23, outcome::permanent, category::carrier},
};

std::optional<std::string_view> opt(const char* s) {
  return s == nullptr ? std::nullopt : std::optional<std::string_view>(s);
}

}  // namespace

TEST_CASE("every valid Vibes doc payload parses to the fields and verdict the docs describe") {
  triage::parser parser;
  for (const expectation& e : expectations) {
    CAPTURE(e.file);
    const std::string json = triage_test::fixture(std::string("vibes/") + e.file);
    REQUIRE(!json.empty());
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.provider() == triage::provider::vibes);
    const auto* typed = cb.get_if<triage::vibes::event_processed>();
    REQUIRE(typed != nullptr);
    CHECK(typed->kind == e.expected_kind);
    CHECK(cb.kind() == triage::to_string(e.expected_kind));
    CHECK(cb.fields().kind == cb.kind());
    CHECK(typed->event_id == opt(e.event_id));
    CHECK(typed->callback_type == opt("event_processed"));
    const triage::vibes::action* action = typed->find_action();
    REQUIRE(action != nullptr);
    CHECK(action->status == opt(e.status));
    CHECK(action->status_reason == opt(e.status_reason));
    CHECK((action->failure ? action->failure->reason : std::nullopt) == opt(e.failure_reason));
    CHECK(cb.code() == e.code);
    const triage::verdict v = triage::classify(cb);
    CHECK(v.outcome == e.expected_outcome);
    CHECK(v.category == e.expected_category);
    CHECK_FALSE(v.rule.empty());
  }
}

TEST_CASE("the routing success payload exposes every part of the event") {
  triage::parser parser;
  const std::string json = triage_test::fixture("vibes/s0_routing_success.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const auto& cb = *(*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(cb.event_date);
  CHECK(cb.event_date->raw == "2022-08-15T20:02:36Z");
  REQUIRE(cb.event_date->time());
  CHECK(cb.event_date->time()->time_since_epoch().count() == 1660593756LL * 1000000000);
  CHECK_FALSE(cb.event_type);
  REQUIRE(cb.event);
  CHECK(cb.event->event_id == opt("3b0e5871-d8b5-4393-b275-07ca0541c8de"));
  CHECK(cb.event->event_type == opt("day_of_delivery"));
  REQUIRE(cb.event->event_data);
  CHECK(cb.event->event_data->substr(0, 1) == "{");
  CHECK_THAT(std::string(*cb.event->event_data),
             triage_test::contains("\"order_url\":\"https://example.com/orders/12345\""));
  REQUIRE(cb.event->debug_data);
  CHECK_THAT(std::string(*cb.event->debug_data), triage_test::contains("CUST_SYSTEM"));
  const auto& action = *cb.event->action;
  CHECK(action.type == opt("routing"));
  CHECK(action.resource_url ==
        opt("/companies/:company_key/mobiledb/event_triggered_messages/:event_triggered_message_id"));
  CHECK_FALSE(action.failure);
  CHECK_FALSE(action.sms);
}

TEST_CASE("message processing payloads expose the sms/mms part with source and person") {
  triage::parser parser;
  for (const char* file : {"vibes/s0_processing_sms_queued.json", "vibes/s0_processing_mms_queued.json"}) {
    CAPTURE(file);
    const std::string json = triage_test::fixture(file);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const auto& action = *(*batch)[0].get_if<triage::vibes::event_processed>()->find_action();
    const bool is_sms = action.message_type == opt("sms");
    const auto& part = is_sms ? action.sms : action.mms;
    CHECK((is_sms ? action.mms : action.sms) == std::nullopt);
    REQUIRE(part);
    CHECK(part->source_url ==
          opt("/companies/:company_key/mobiledb/event_triggered_messages/:event_triggered_message_id"));
    CHECK(part->person.person_key == opt("w2e2127r-w413-841w-8t40-480b85dc6t3e"));
    CHECK(part->person.resource_url ==
          opt("/companies/:company_key/mobiledb/persons/w2e2127r-w413-841w-8t40-480b85dc6t3e"));
  }
}

TEST_CASE("receipts take the person URL from `url` and keep a malformed event_date raw") {
  triage::parser parser;
  const std::string json = triage_test::fixture("vibes/s1_handset_dlr_success.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const auto& cb = *(*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(cb.event_date);
  CHECK(cb.event_date->raw == "2023-05-05T16: 15: 40Z");
  CHECK_FALSE(cb.event_date->time());
  const auto& sms = *cb.find_action()->sms;
  CHECK(sms.source_url ==
        opt("/companies/: company_key/mobiledb/event_triggered_messages/: event_triggered_message_id"));
  CHECK(sms.person.person_key == opt("7807b79a-db30-4975-99b0-b89f41a492ac"));
  CHECK(sms.person.resource_url ==
        opt("/companies/: company_key/mobiledb/persons/7807b79a-db30-4975-99b0-b89f41a492ac"));
}

TEST_CASE("failure errors keep every entry's text, URL and code") {
  triage::parser parser;
  const std::string json = triage_test::fixture("vibes/s0_processing_carrier_lookup_failed.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const auto& failure = *(*batch)[0].get_if<triage::vibes::event_processed>()->find_action()->failure;
  REQUIRE(failure.errors.size() == 1);
  CHECK_THAT(std::string(*failure.errors[0].error), triage_test::contains("is not a mobile phone number"));
  CHECK(failure.errors[0].resource_url == opt("/companies/zY5VnE7r/mobiledb/event_triggered_messages/276"));
  CHECK_FALSE(failure.errors[0].error_code);
  CHECK((*batch)[0].fields().detail == opt("PermanentLookupFailureError"));
}

TEST_CASE("the as-published invalid Vibes payloads give clear errors, not verdicts") {
  struct bad {
    const char* file;
    triage::error_code code;
    const char* message_part;
  };
  const bad cases[] = {
      // "error_code": 23 *** (both revisions, carrier and handset receipts)
      {"s1_carrier_dlr_failure.json", triage::error_code::invalid_json, "errors[0]"},
      {"s1_handset_dlr_failure.json", triage::error_code::invalid_json, "errors[0]"},
      // curly quote before event_type: the quote count is odd
      {"s0_carrier_dlr_success.json", triage::error_code::invalid_json, "unclosed string"},
      {"s0_carrier_dlr_failure.json", triage::error_code::invalid_json, "unclosed string"},
      {"s0_handset_dlr_success.json", triage::error_code::invalid_json, "unclosed string"},
      {"s0_handset_dlr_failure.json", triage::error_code::invalid_json, "unclosed string"},
      // registration bodies with a trailing comma (and a /* */ comment in the second revision)
      {"s0_registration_config.json", triage::error_code::invalid_json, "invalid JSON"},
      {"s0_registration_all_events.json", triage::error_code::invalid_json, "invalid JSON"},
      {"s1_registration_config.json", triage::error_code::invalid_json, "invalid JSON"},
      {"s1_registration_all_events.json", triage::error_code::invalid_json, "invalid JSON"},
  };
  triage::parser parser;
  for (const bad& c : cases) {
    CAPTURE(c.file);
    const std::string json = triage_test::fixture(std::string("vibes/invalid/") + c.file);
    REQUIRE(!json.empty());
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == c.code);
    CHECK_THAT(batch.error().message(), triage_test::contains(c.message_part));
  }
}

TEST_CASE("the 23 *** payload's error points at the stray characters") {
  triage::parser parser;
  const std::string json = triage_test::fixture("vibes/invalid/s1_carrier_dlr_failure.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE_FALSE(batch);
  REQUIRE(batch.error().has_offset());
  const std::size_t stray = json.find("***");
  // simdjson reports the position where the comma or brace was expected: the stray token itself.
  CHECK(batch.error().offset() == stray);
  CHECK(batch.error().path() == "event_processed.action.failure.errors[0]");
}

}  // namespace test_vibes_fixtures
