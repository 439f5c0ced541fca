// Every Telnyx payload of tests/fixtures/telnyx (sources: tests/fixtures/telnyx/README.md), with the fields
// and the verdict a reader of Telnyx's docs expects, callback by callback and in to[] order; detection with
// and without the envelope; what is no Telnyx messaging event.

#include <triage/triage.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_telnyx_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::telnyx::event;
using triage::telnyx::event_type;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

struct recipient_expectation {
  const char* phone_number;
  const char* status;
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
  retry_advice expected_retry;
};

struct payload_expectation {
  const char* file;
  event_type type;
  const char* kind;
  const char* event_id;
  const char* message_id;
  std::vector<recipient_expectation> recipients;
};

const std::vector<payload_expectation>& expectations() {
  static const std::vector<payload_expectation> all = {
      {"sdk_dotnet_message_finalized_delivered.json",
       event_type::message_finalized,
       "message_finalized",
       "4ee8c3a6-4995-4309-a3c6-38e3db9ea4be",
       "ac012cbf-5e09-46af-a69a-7c0e2d90993c",
       {{"+13125000000", "delivered", {}, outcome::delivered, category::none, retry_advice::none}}},
      {"sdk_ruby_message_received_to_string.json",
       event_type::message_received,
       "message_received",
       "39547d14-fe28-4759-8650-0a974f80a612",
       "1e9ee507-56a5-4d1a-b26b-db3cebcc267b",
       {{"+18446087849", nullptr, {}, outcome::none, category::none, retry_advice::none}}},
      {"constructed_finalized_group_delivered_and_40300.json",
       event_type::message_finalized,
       "message_finalized",
       "b2f0c6de-7a3e-4b1a-9a57-0c1d2e3f4a50",
       "40385f64-5717-4562-b3fc-2c963f66afa6",
       {{"+13125550101", "delivered", {}, outcome::delivered, category::none, retry_advice::none},
        {"+13125550102", "delivery_failed", 40300, outcome::permanent, category::compliance, retry_advice::none}}},
      {"constructed_message_sent.json",
       event_type::message_sent,
       "message_sent",
       "9a1f6b2c-3d4e-4f50-8a61-7b8c9d0e1f20",
       "40385f64-5717-4562-b3fc-2c963f66afa7",
       {{"+13125550103", "sent", {}, outcome::pending, category::none, retry_advice::none}}},
      {"constructed_finalized_sending_failed_no_code.json",
       event_type::message_finalized,
       "message_finalized",
       "c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b",
       "40385f64-5717-4562-b3fc-2c963f66afa8",
       {{"+13125550104", "sending_failed", {}, outcome::retryable, category::unknown, retry_advice::retry_once}}},
      {"constructed_bare_data_finalized_40008.json",
       event_type::message_finalized,
       "message_finalized",
       "d4e5f6a7-1829-43a4-b5c6-d7e8f90a1b2c",
       "40385f64-5717-4562-b3fc-2c963f66afa9",
       {{"+447700900123", "delivery_failed", 40008, outcome::retryable, category::carrier, retry_advice::retry_once}}},
  };
  return all;
}

}  // namespace

TEST_CASE("telnyx: every fixture, detected, recipient by recipient") {
  triage::parser parser;
  for (const payload_expectation& p : expectations()) {
    CAPTURE(p.file);
    const std::string json = triage_test::fixture(std::string("telnyx/") + p.file);
    REQUIRE_FALSE(json.empty());
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == p.recipients.size());
    for (std::size_t i = 0; i < p.recipients.size(); ++i) {
      CAPTURE(i);
      const recipient_expectation& r = p.recipients[i];
      const triage::callback& cb = (*batch)[i];
      CHECK(cb.provider() == triage::provider::telnyx);
      CHECK(cb.kind() == p.kind);
      CHECK(cb.id() == sv(p.message_id));
      CHECK(cb.status() == sv(r.status));
      CHECK(cb.code() == r.code);
      const event* e = cb.get_if<event>();
      REQUIRE(e != nullptr);
      CHECK(e->type == p.type);
      CHECK(e->id == sv(p.event_id));
      CHECK(e->recipient.phone_number == sv(r.phone_number));
      CHECK(e->recipient_index == i);
      const triage::verdict v = triage::classify(cb);
      CHECK(v.outcome == r.expected_outcome);
      CHECK(v.category == r.expected_category);
      CHECK(v.retry == r.expected_retry);
    }
  }
}

TEST_CASE("telnyx: the .NET SDK's delivered receipt, field by field") {
  triage::parser parser;
  const std::string json = triage_test::fixture("telnyx/sdk_dotnet_message_finalized_delivered.json");
  REQUIRE(json.find("\r\n") != std::string::npos);
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const event& e = *(*batch)[0].get_if<event>();
  CHECK(e.event_type_text == sv("message.finalized"));
  CHECK(e.record_type == sv("event"));
  REQUIRE(e.occurred_at);
  CHECK(e.occurred_at->raw == "2019-12-09T21:32:14.148+00:00");
  CHECK(e.occurred_at->time().has_value());
  CHECK(e.attempt == std::optional<std::int64_t>(1));
  CHECK(e.delivered_to == sv("http://webhook.site/af3a92e7-e150-442c-9fe6-61658ce26b1a"));
  const triage::telnyx::message& m = e.payload;
  CHECK(m.direction == sv("outbound"));
  CHECK(m.type == sv("SMS"));
  CHECK(m.encoding == sv("GSM-7"));
  CHECK(m.parts == std::optional<std::int64_t>(1));
  CHECK_FALSE(m.cost.has_value());
  CHECK(m.errors.empty());
  REQUIRE(m.from);
  CHECK(m.from->phone_number == sv("+13125000000"));
  CHECK(m.from->status == sv("webhook_delivered"));
  CHECK(m.text == sv("Hello there!"));
  CHECK(m.media == sv("[]"));
  CHECK(m.tags == sv("[]"));
  CHECK(m.webhook_failover_url == sv(""));
  CHECK(m.messaging_profile_id == sv("83d2343b-553f-4c5f-b8c8-fd27004f94bf"));
  CHECK(m.organization_id == sv("9d76d591-1b7d-405d-8c64-1320ee070245"));
  REQUIRE(m.valid_until);
  CHECK(m.valid_until->raw == "2019-12-09T22:32:13.552+00:00");
  CHECK(e.recipient.carrier == sv("T-MOBILE USA, INC."));
  CHECK(e.recipient.line_type == sv("Wireless"));
  CHECK(e.recipient_count == 1);
}

TEST_CASE("telnyx: one event, two recipients, their own statuses and the error about each") {
  triage::parser parser;
  const std::string json = triage_test::fixture("telnyx/constructed_finalized_group_delivered_and_40300.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 2);
  const event& first = *(*batch)[0].get_if<event>();
  const event& second = *(*batch)[1].get_if<event>();
  CHECK(first.recipient_count == 2);
  CHECK(second.recipient_index == 1);
  REQUIRE(second.error() != nullptr);
  CHECK(second.error()->source_pointer == sv("/to/1/phone_number"));
  CHECK(second.error()->recipient_index() == std::optional<std::size_t>(1));
  CHECK(second.error()->code_text == sv("40300"));
  CHECK((*batch)[1].reason() == sv("Blocked due to STOP message"));
  CHECK(first.payload.group_message_id == sv("42f3a1b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));
  REQUIRE(first.payload.cost);
  CHECK(first.payload.cost->amount == sv("0.0150"));
  REQUIRE(first.payload.carrier_fee);
  CHECK(first.payload.carrier_fee->amount == sv("0.0030"));
  REQUIRE(first.payload.rate);
  CHECK(first.payload.rate->currency == sv("USD"));
  CHECK(first.attempt == std::optional<std::int64_t>(2));
}

TEST_CASE("telnyx: a multipart message is one event, its parts counted") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(triage_test::fixture("telnyx/constructed_message_sent.json")));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const event& e = *(*batch)[0].get_if<event>();
  CHECK(e.payload.parts == std::optional<std::int64_t>(3));
  CHECK(e.payload.num_chars == std::optional<std::int64_t>(400));
  CHECK(e.payload.smart_encoding_applied == std::optional<bool>(false));
  CHECK(e.payload.wait_seconds == sv("0"));
  CHECK(e.payload.tcr_campaign_id == sv("CABC123"));
  CHECK(e.payload.tags == sv(R"(["campaign-7"])"));
}

TEST_CASE("telnyx: what is no Telnyx messaging event") {
  triage::parser parser;
  // A data without event_type or payload (a link-click notice), named as Telnyx or detected by {data, meta}.
  const std::string link_click =
      R"({"data":{"message_id":"m","record_type":"link_clicked","time_clicked":"2026-01-01T00:00:00Z","to":"+1","url":"https://t.example/x"},"meta":{"attempt":1}})";
  for (bool named : {false, true}) {
    auto batch = named ? parser.parse(std::string_view(link_click), triage::provider::telnyx)
                       : parser.parse(std::string_view(link_click));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
    CHECK(batch.error().path() == "data.event_type");
  }
  // Telnyx's failure fragment of the webhook guide is no webhook; nor is the API v1 flat body.
  for (
      const char* json :
      {R"({"errors":[{"code":"40300","title":"Destination number unreachable","source":{"pointer":"/to/0/phone_number"}}]})",
       R"({"sms_id":"x","status":"delivered","delivery_status":"delivered"})",
       R"({"data":{"event_type":"message.finalized","payload":{"id":"m"}}})"}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
  }
  // The last one is Telnyx's when named: an envelope without meta is detected only by name.
  auto named = parser.parse(std::string_view(R"({"data":{"event_type":"message.finalized","payload":{"id":"m"}}})"),
                            triage::provider::telnyx);
  REQUIRE(named);
  REQUIRE(named->size() == 1);
  CHECK(triage::classify((*named)[0]).rule == "telnyx data.event_type message.finalized");
}

}  // namespace test_telnyx_fixtures
