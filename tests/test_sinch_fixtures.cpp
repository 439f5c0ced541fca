// Every Sinch payload of tests/fixtures/sinch (sources: tests/fixtures/sinch/README.md), with the fields and
// the verdict a reader of Sinch's docs expects, callback by callback (a batch report bucket by bucket);
// detection whatever the key order; what is no Sinch callback; the tracker's keys.

#include <triage/triage.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_sinch_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::sinch::event;
using triage::sinch::kind;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

struct callback_expectation {
  const char* status;
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
  retry_advice expected_retry;
  const char* rule;
};

struct payload_expectation {
  const char* file;
  kind k;
  const char* id;
  std::vector<callback_expectation> callbacks;
};

const std::vector<payload_expectation>& expectations() {
  static const std::vector<payload_expectation> all = {
      {"sdk_java_recipient_delivery_report_sms.json",
       kind::recipient_delivery_report_sms,
       "01FC66621XXXXX119Z8PMV1QPQ",
       {{"Dispatched", 401, outcome::pending, category::none, retry_advice::none, "sinch status Dispatched"}}},
      {"sdk_node_signed_recipient_delivery_report_sms.json",
       kind::recipient_delivery_report_sms,
       "01JHFFHQ0P99JPPNQPJDV7JTBP",
       {{"Delivered", 0, outcome::delivered, category::none, retry_advice::none, "sinch status Delivered"}}},
      {"docs_2021_recipient_report_code_string.json",
       kind::recipient_delivery_report_sms,
       "{batch_id}",
       {{"Delivered", 0, outcome::delivered, category::none, retry_advice::none, "sinch status Delivered"}}},
      {"clx_php_recipient_report_failed_11.json",
       kind::recipient_delivery_report_sms,
       "3-mbA7z9wDKY76ag",
       {{"Failed", 11, outcome::permanent, category::carrier, retry_advice::none, "sinch code 11"}}},
      {"docs_2021_delivery_report_sms_summary.json",
       kind::delivery_report_sms,
       "{batch_id}",
       {{"Queued", 400, outcome::pending, category::none, retry_advice::none, "sinch status Queued"},
        {"Delivered", 0, outcome::delivered, category::none, retry_advice::none, "sinch status Delivered"}}},
      {"constructed_full_report_mms.json",
       kind::delivery_report_mms,
       "01JHFFHQ0P99JPPNQPJDV7JTBQ",
       {{"Delivered", 0, outcome::delivered, category::none, retry_advice::none, "sinch status Delivered"},
        {"Failed", 153, outcome::retryable, category::unreachable, retry_advice::retry_later, "sinch code 153"},
        {"Aborted", 406, outcome::retryable, category::rate_limit, retry_advice::retry_later, "sinch code 406"}}},
      {"sdk_java_mo_media.json",
       kind::mo_media,
       "01FC66621XXXXX119Z8PMV1QPA",
       {{nullptr, {}, outcome::none, category::none, retry_advice::none, "sinch type mo_media"}}},
      {"constructed_mo_text_escaped_emoji.json",
       kind::mo_text,
       "01JHFFHQ0P99JPPNQPJDV7JTBR",
       {{nullptr, {}, outcome::none, category::none, retry_advice::none, "sinch type mo_text"}}},
      {"docs_2021_conversation_failed_outside_window.json",
       kind::message_delivery_report,
       "01EQBF0BT63J7S1FEKJZ0Z08VD",
       {{"FAILED",
         {},
         outcome::permanent,
         category::compliance,
         retry_advice::none,
         "sinch reason.code OUTSIDE_ALLOWED_SENDING_WINDOW"}}},
      {"docs_2020_conversation_sms_delivered.json",
       kind::message_delivery_report,
       "01E6K7CMXY3KHH0AGCTY6D04F2",
       {{"DELIVERED",
         {},
         outcome::delivered,
         category::none,
         retry_advice::none,
         "sinch conversation status DELIVERED"}}},
      {"constructed_conversation_switching_channel.json",
       kind::message_delivery_report,
       "01E6K7CMXY3KHH0AGCTY6D04F3",
       {{"SWITCHING_CHANNEL",
         {},
         outcome::pending,
         category::none,
         retry_advice::none,
         "sinch conversation status SWITCHING_CHANNEL"}}},
  };
  return all;
}

}  // namespace

TEST_CASE("sinch: every fixture, detected, callback by callback") {
  triage::parser parser;
  for (const payload_expectation& p : expectations()) {
    CAPTURE(p.file);
    const std::string json = triage_test::fixture(std::string("sinch/") + p.file);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == p.callbacks.size());
    for (std::size_t i = 0; i < p.callbacks.size(); ++i) {
      CAPTURE(i);
      const triage::callback& cb = (*batch)[i];
      const callback_expectation& x = p.callbacks[i];
      CHECK(cb.provider() == triage::provider::sinch);
      CHECK(cb.kind() == triage::to_string(p.k));
      CHECK(cb.id() == sv(p.id));
      CHECK(cb.status() == sv(x.status));
      CHECK(cb.code() == x.code);
      const triage::verdict v = triage::classify(cb);
      CHECK(v.outcome == x.expected_outcome);
      CHECK(v.category == x.expected_category);
      CHECK(v.retry == x.expected_retry);
      CHECK(v.rule == x.rule);
      const event* e = cb.get_if<event>();
      REQUIRE(e != nullptr);
      CHECK(e->kind == p.k);
    }
  }
}

TEST_CASE("sinch: the fields of the published payloads") {
  triage::parser parser;
  {
    const std::string json = triage_test::fixture("sinch/sdk_java_recipient_delivery_report_sms.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = *(*batch)[0].get_if<event>();
    CHECK(e.report.recipient == sv("+44231235674"));
    CHECK(e.report.at->raw == "2022-08-30T08:16:08.930Z");
    CHECK(e.report.operator_status_at->raw == "2022-08-30T08:16:08.150Z");
    CHECK(e.report.operator_ == sv("operator"));
    CHECK(e.report.applied_originator == sv("applied originator"));
    CHECK(e.report.client_reference == sv("client reference"));
    CHECK(e.report.encoding == sv("encoding"));  // Sinch's placeholder, kept raw
    CHECK(e.report.number_of_message_parts == std::optional<std::int64_t>(123));
    CHECK((*batch)[0].reason() == sv("Dispatched"));
  }
  {
    const std::string json = triage_test::fixture("sinch/docs_2021_recipient_report_code_string.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = *(*batch)[0].get_if<event>();
    CHECK(e.report.code_text == sv("0"));
    CHECK(e.report.code == std::optional<std::int64_t>(0));
  }
  {
    const std::string json = triage_test::fixture("sinch/clx_php_recipient_report_failed_11.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    CHECK((*batch)[0].fields().detail == sv("mystatusmessage"));
    CHECK((*batch)[0].reason() == sv("ROUTING ERROR: Message not delivered"));
  }
  {
    const std::string json = triage_test::fixture("sinch/constructed_full_report_mms.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 3);
    const event& first = *(*batch)[0].get_if<event>();
    CHECK(first.report.total_message_count == std::optional<std::int64_t>(4));
    CHECK(first.report.count == std::optional<std::int64_t>(2));
    REQUIRE(first.report.recipients.size() == 2);
    CHECK(first.report.recipients[0] == "46700000001");
    CHECK(first.report.recipients[1] == "46700000002");
    CHECK(first.report.bucket_index == 0);
    CHECK(first.report.bucket_count == 3);
    const event& third = *(*batch)[2].get_if<event>();
    REQUIRE(third.report.recipients.size() == 1);
    CHECK(third.report.recipients[0] == "46700000004");
    CHECK(third.report.client_reference == sv("ref-7"));
  }
  {
    const std::string json = triage_test::fixture("sinch/docs_2021_delivery_report_sms_summary.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    // A summary lists no recipients.
    for (const triage::callback& cb : *batch) CHECK(cb.get_if<event>()->report.recipients.empty());
  }
  {
    const std::string json = triage_test::fixture("sinch/sdk_java_mo_media.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = *(*batch)[0].get_if<event>();
    CHECK(e.inbound.from == sv("+11203494390"));
    CHECK(e.inbound.to == sv("11203453453"));
    CHECK(e.inbound.subject == sv("mmy subject"));
    CHECK(e.inbound.message == sv("my message"));
    CHECK(e.inbound.media.has_value());
    CHECK_FALSE(e.inbound.body.has_value());
    CHECK(e.inbound.operator_id == sv("35000"));
    CHECK(e.inbound.received_at->raw == "2019-08-24T14:17:22Z");
    CHECK(e.inbound.sent_at->raw == "2019-08-24T14:15:22Z");
  }
  {
    const std::string json = triage_test::fixture("sinch/constructed_mo_text_escaped_emoji.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    // The surrogate-pair escapes are decoded into the parser's buffer (reference §13.4).
    CHECK((*batch)[0].get_if<event>()->inbound.body == sv("Hello John! \xF0\x9F\x91\x8B"));
  }
  {
    const std::string json = triage_test::fixture("sinch/docs_2021_conversation_failed_outside_window.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = *(*batch)[0].get_if<event>();
    CHECK(e.conversation.app_id == sv("01EB37HMH1M6SV18BSNS3G135H"));
    CHECK(e.conversation.project_id == sv("c36f3d3d-1513-4edd-ae42-11995557ff61"));
    CHECK(e.conversation.channel == sv("WHATSAPP"));
    CHECK(e.conversation.identity == sv("12345678910"));
    CHECK(e.conversation.contact_id == sv("01EXA07N79THJ20WSN6AS30TMW"));
    CHECK(e.conversation.conversation_id == sv("01EQBCFQR3EGE60P42H6H1117J"));
    CHECK(e.conversation.reason_sub_code == sv("UNSPECIFIED_SUB_CODE"));
    CHECK(e.conversation.trigger == "message_delivery_report");
    CHECK((*batch)[0].reason() == sv("OUTSIDE_ALLOWED_SENDING_WINDOW"));
    CHECK((*batch)[0].fields().detail->find("24 hours") != std::string_view::npos);
  }
  {
    const std::string json = triage_test::fixture("sinch/docs_2020_conversation_sms_delivered.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = *(*batch)[0].get_if<event>();
    CHECK(e.conversation.channel == sv("SMS"));
    CHECK_FALSE(e.conversation.reason_code.has_value());
    CHECK_FALSE(e.conversation.reason_description.has_value());
  }
}

TEST_CASE("sinch: shapes that are not Sinch's, or not callbacks, are unknown_provider") {
  triage::parser parser;
  for (const char* json : {
           // A GET /delivery_reports page (reference, verdict rule 0).
           R"({"count":1,"page":0,"delivery_reports":[],"page_size":30})",
           // Another vendor's type beside a from and a received_at.
           R"({"type":"message-delivered","from":"x","received_at":"2020-01-01T00:00:00Z"})",
           // A batch_id alone, or with a non-Sinch type and nothing else.
           R"({"batch_id":"b"})",
           // app_id with no trigger object.
           R"({"app_id":"a","project_id":"p"})",
           R"({"app_id":"a","message_delivery_report":"x"})",
       }) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
  }
  // Named as Sinch, the same payloads are unknown_provider too (no family to read them as), but the
  // notifications, which have no shape of their own, are callbacks.
  auto page = parser.parse(std::string_view(R"({"count":1,"page":0})"), triage::provider::sinch);
  REQUIRE_FALSE(page);
  CHECK(page.error().code() == triage::error_code::unknown_provider);
  const std::string contact_create =
      R"({"app_id":"","accepted_time":"2021-10-18T17:49:13.813615Z","project_id":"e2df3a34-a71b-4448-9db5-a8d2baad28e4","contact_create_notification":{"contact":{"id":"01FJA8B466Y0R2GNXD78MD9SM1","channel_identities":[{"channel":"SMS","identity":"48123456789","app_id":""}],"display_name":"New Test Contact","email":"new.contact@email.com","external_id":"","metadata":"","language":"EN_US"}},"message_metadata":""})";
  CHECK_FALSE(parser.parse(std::string_view(contact_create)));
  auto notification = parser.parse(std::string_view(contact_create), triage::provider::sinch);
  REQUIRE(notification);
  REQUIRE(notification->size() == 1);
  CHECK((*notification)[0].kind() == "notification");
  CHECK(triage::classify((*notification)[0]).outcome == outcome::none);
  // A report of a type this library does not know, beside a batch_id: kept, classified unknown.
  auto other = parser.parse(std::string_view(
      R"({"batch_id":"b","recipient":"1","status":"Delivered","type":"recipient_delivery_report_rcs"})"));
  REQUIRE(other);
  REQUIRE(other->size() == 1);
  CHECK((*other)[0].kind() == "other");
  CHECK(triage::classify((*other)[0]) == triage::sinch::unknown_type);
  // An empty statuses[]: no callback, no error.
  auto empty = parser.parse(std::string_view(R"({"type":"delivery_report_sms","batch_id":"b","statuses":[]})"));
  REQUIRE(empty);
  CHECK(empty->size() == 0);
}

TEST_CASE("sinch: the tracker keys a report on (batch_id, recipient) and folds a full report's single recipient") {
  triage::tracker t;
  const std::string dispatched =
      R"({"batch_id":"B1","recipient":"46700000003","status":"Dispatched","code":401,"at":"2025-01-13T09:00:00Z","type":"recipient_delivery_report_mms"})";
  REQUIRE(t.observe_payload(dispatched, 0));
  const std::string full = triage_test::fixture("sinch/constructed_full_report_mms.json");
  REQUIRE(t.observe_payload(full, 1));
  // The buckets of one recipient are those recipients' states; the bucket of two stands alone.
  const triage::message_state* failed = t.find(triage::provider::sinch, "01JHFFHQ0P99JPPNQPJDV7JTBQ", "46700000003");
  REQUIRE(failed != nullptr);
  CHECK(failed->verdict.outcome == outcome::retryable);
  const triage::message_state* aborted = t.find(triage::provider::sinch, "01JHFFHQ0P99JPPNQPJDV7JTBQ", "46700000004");
  REQUIRE(aborted != nullptr);
  CHECK(aborted->verdict.outcome == outcome::retryable);
  CHECK(t.find(triage::provider::sinch, "01JHFFHQ0P99JPPNQPJDV7JTBQ", "46700000001") == nullptr);
  // A retried report (the same bytes) is a duplicate; a later final report wins over Dispatched.
  REQUIRE(t.observe_payload(dispatched, 2));
  CHECK(t.stats().duplicates == 1);
  REQUIRE(t.observe_payload(
      std::string(
          R"({"batch_id":"B1","recipient":"46700000003","status":"Delivered","code":0,"at":"2025-01-13T09:01:00Z","type":"recipient_delivery_report_mms"})"),
      3));
  const triage::message_state* b1 = t.find(triage::provider::sinch, "B1", "46700000003");
  REQUIRE(b1 != nullptr);
  CHECK(b1->verdict.outcome == outcome::delivered);
  // A late Dispatched does not undo it.
  REQUIRE(t.observe_payload(
      std::string(
          R"({"batch_id":"B1","recipient":"46700000003","status":"Dispatched","code":401,"at":"2025-01-13T09:02:00Z","type":"recipient_delivery_report_mms"})"),
      4));
  CHECK(t.find(triage::provider::sinch, "B1", "46700000003")->verdict.outcome == outcome::delivered);
}

}  // namespace test_sinch_fixtures
