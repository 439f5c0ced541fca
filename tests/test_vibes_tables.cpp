// One check per row of the Vibes tables, generated from the tables the classifier itself uses.

#include <triage/triage.hpp>

#include <string>

#include "catch.hpp"

namespace test_vibes_tables {

namespace {

using triage::vibes::kind;

std::string action_payload(const std::string& action_fields) {
  return R"({"event_id":"e1","callback_type":"event_processed","event_date":"2023-01-01T00:00:00Z",)"
         R"("event_processed":{"event_id":"c1","event_type":"t","event_data":{},"action":{)" +
         action_fields + "}}}";
}

triage::verdict classify_payload(triage::parser& parser, const std::string& json, kind* derived = nullptr) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  if (derived != nullptr) *derived = (*batch)[0].get_if<triage::vibes::event_processed>()->kind;
  return triage::classify((*batch)[0]);
}

bool is_success_or_in_flight(triage::outcome o) {
  return o == triage::outcome::delivered || o == triage::outcome::pending;
}

}  // namespace

TEST_CASE("every status_reason row gives its stage and verdict") {
  triage::parser parser;
  for (const auto& row : triage::vibes::status_reasons) {
    CAPTURE(row.reason);
    const std::string type = row.kind == kind::routing ? "routing" : "send_message";
    const std::string status = is_success_or_in_flight(row.verdict.outcome) ? "success" : "failed";
    kind derived{};
    const triage::verdict v =
        classify_payload(parser,
                         action_payload(R"("type":")" + type + R"(","status":")" + status + R"(","status_reason":")" +
                                        std::string(row.reason) + R"(")"),
                         &derived);
    CHECK(derived == row.kind);
    CHECK(v.outcome == row.verdict.outcome);
    CHECK(v.category == row.verdict.category);
    CHECK(v.retry == row.verdict.retry);
    CHECK(v.rule == "vibes action.status_reason " + std::string(row.reason));
  }
}

TEST_CASE("queued is message processing under status processing, a carrier receipt otherwise; pending both ways") {
  triage::parser parser;
  kind derived{};
  triage::verdict v = classify_payload(
      parser, action_payload(R"("type":"send_message","status":"processing","status_reason":"queued")"), &derived);
  CHECK(derived == kind::message_processing);
  CHECK(v.outcome == triage::outcome::pending);
  v = classify_payload(parser, action_payload(R"("type":"send_message","status":"success","status_reason":"queued")"),
                       &derived);
  CHECK(derived == kind::carrier_dlr);
  CHECK(v.outcome == triage::outcome::pending);
  CHECK(v.category == triage::category::none);
  CHECK(v.rule == "vibes action.status_reason queued");
  CHECK(v == triage::vibes::queued_row.verdict);
}

TEST_CASE("UnexpectedError is one row, found as a status_reason and as a failure.reason") {
  using triage::vibes::unexpected_error;
  std::size_t rows = 0;
  for (const auto& row : triage::vibes::status_reasons) rows += row.reason == "UnexpectedError";
  for (const auto& row : triage::vibes::failure_reasons) rows += row.reason == "UnexpectedError";
  CHECK(rows == 1);
  CHECK(triage::vibes::find_status_reason("UnexpectedError") == &unexpected_error);
  CHECK(triage::vibes::find_failure_reason("UnexpectedError") == &unexpected_error);
  CHECK(unexpected_error.kind == kind::message_processing);

  // Only the status_reason, without a failure: its stage and verdict come from the same row.
  triage::parser parser;
  kind derived{};
  const triage::verdict v = classify_payload(
      parser, action_payload(R"("type":"send_message","status":"failed","status_reason":"UnexpectedError")"), &derived);
  CHECK(derived == kind::message_processing);
  CHECK(v.outcome == triage::outcome::retryable);
  CHECK(v.category == triage::category::platform);
  CHECK(v.retry == triage::retry_advice::retry_once);
  CHECK(v.rule == "vibes action.failure.reason UnexpectedError");
}

TEST_CASE("every failure.reason row gives its verdict") {
  triage::parser parser;
  for (const auto& row : triage::vibes::failure_reasons) {
    CAPTURE(row.reason);
    const bool routing = row.kind == kind::routing;
    kind derived{};
    const triage::verdict v =
        classify_payload(parser,
                         action_payload(std::string(R"("type":")") + (routing ? "routing" : "send_message") +
                                        R"(","status":"failed","status_reason":")" +
                                        (routing ? "event_routing_failed" : "event_message_action_failed") +
                                        R"(","failure":{"reason":")" + std::string(row.reason) + R"("})"),
                         &derived);
    CHECK(derived == row.kind);
    CHECK(v.outcome == row.verdict.outcome);
    CHECK(v.category == row.verdict.category);
    CHECK(v.retry == row.verdict.retry);
    CHECK(v.rule == "vibes action.failure.reason " + std::string(row.reason));
  }
}

TEST_CASE("every routing error text row refines no_routes_accepted_event, case-insensitively") {
  triage::parser parser;
  for (const auto& row : triage::vibes::routing_error_texts) {
    CAPTURE(row.contains);
    for (bool upper : {false, true}) {
      std::string text = "Because: " + std::string(row.contains) + ".";
      if (upper) {
        for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      }
      const triage::verdict v = classify_payload(
          parser, action_payload(R"("type":"routing","status":"failed","status_reason":"event_routing_failed",)"
                                 R"("failure":{"reason":"no_routes_accepted_event","errors":[{"error":")" +
                                 text + R"("}]})"));
      CHECK(v.outcome == triage::outcome::permanent);
      CHECK(v == row.verdict);
      CHECK(v.rule == "vibes action.failure.errors[].error " + std::string(row.contains));
    }
  }
}

TEST_CASE("every Vibes code row decides a failed receipt, sent as a number or as a string") {
  triage::parser parser;
  for (const auto& row : triage::vibes::codes) {
    CAPTURE(row.code);
    for (const std::string& code : {std::to_string(row.code), "\"" + std::to_string(row.code) + "\""}) {
      for (const char* reason : {"undeliverable", "rejected", "expired", "other_error"}) {
        CAPTURE(code, reason);
        const triage::verdict v = classify_payload(
            parser, action_payload(std::string(R"("type":"send_message","status":"failed","status_reason":")") +
                                   reason + R"(","failure":{"errors":[{"error_code":)" + code + "}]}"));
        CHECK(v.outcome == row.verdict.outcome);
        CHECK(v.category == row.verdict.category);
        CHECK(v.retry == row.verdict.retry);
        CHECK(v.rule == "vibes action.failure.errors[].error_code " + std::to_string(row.code));
      }
    }
  }
}

TEST_CASE("a code does not override a delivered or in-flight receipt, and unknown codes fall back to the reason") {
  triage::parser parser;
  triage::verdict v =
      classify_payload(parser, action_payload(R"("type":"send_message","status":"success","status_reason":"delivered",)"
                                              R"("failure":{"errors":[{"error_code":9}]})"));
  CHECK(v.outcome == triage::outcome::delivered);
  v = classify_payload(parser, action_payload(R"("type":"send_message","status":"failed","status_reason":"rejected",)"
                                              R"("failure":{"errors":[{"error_code":23}]})"));
  CHECK(v.outcome == triage::outcome::permanent);
  CHECK(v.category == triage::category::carrier);
  CHECK(v.rule == "vibes action.status_reason rejected");
}

TEST_CASE("unknown strings classify as unknown, never as errors") {
  triage::parser parser;
  kind derived{};
  triage::verdict v = classify_payload(
      parser, action_payload(R"("type":"send_message","status":"failed","status_reason":"brand_new_reason")"),
      &derived);
  CHECK(derived == kind::unknown);
  CHECK(v.outcome == triage::outcome::unknown);
  CHECK(v.category == triage::category::unknown);

  v = classify_payload(parser, action_payload(R"("type":"send_message","status":"processing","status_reason":"new")"));
  CHECK(v.outcome == triage::outcome::pending);

  v = classify_payload(parser,
                       action_payload(R"("type":"send_message","status":"failed","status_reason":")"
                                      R"(event_message_action_failed","failure":{"reason":"NewError"})"),
                       &derived);
  CHECK(derived == kind::message_processing);
  CHECK(v.outcome == triage::outcome::unknown);

  v = classify_payload(parser,
                       action_payload(R"("type":"routing","status":"failed","status_reason":)"
                                      R"("event_routing_failed","failure":{"reason":"new_reason"})"),
                       &derived);
  CHECK(derived == kind::routing);
  CHECK(v.outcome == triage::outcome::unknown);
}

TEST_CASE("other callback types report no delivery; a callback without action is unknown") {
  triage::parser parser;
  triage::verdict v = classify_payload(
      parser, R"({"event_id":"AB2","callback_type":"subscription_added","event_date":"2017-03-15T15:42:23Z",)"
              R"("subscription":{"person":{"id":"ABC123"}}})");
  CHECK(v.outcome == triage::outcome::none);
  CHECK(v.category == triage::category::none);
  v = classify_payload(parser,
                       R"({"event_id":"x","callback_type":"event_processed","event_processed":{"event_id":"y"}})");
  CHECK(v.outcome == triage::outcome::unknown);
}

}  // namespace test_vibes_tables
