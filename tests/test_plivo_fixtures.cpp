// Every Plivo body of the reference notes (shared/reference/plivo.md section 9: Plivo publishes no example
// callback, so the verbatim bodies are third-party captures, tests/fixtures/plivo/capture_*) and the
// constructed ones (constructed_*, each from plivo.md's field tables), with the fields and the verdict a
// reader of Plivo's docs expects. tests/fixtures/plivo/README.md cites each file's source.

#include <triage/triage.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_plivo_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::plivo::kind;
using triage::plivo::message_callback;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

struct expectation {
  const char* file;
  triage::body_format format;
  kind expected_kind;
  const char* message_uuid;
  const char* parent_message_uuid;
  const char* status;
  const char* from;
  const char* to;
  const char* type;
  std::optional<std::int64_t> error_code;
  std::optional<std::int64_t> sequence;
  std::uint32_t part;
  std::uint32_t parts;
  std::size_t media;
  triage::verdict verdict;
  const char* rule;
};

const expectation expectations[] = {
    {"capture_courier_status_delivered.form",
     triage::body_format::form,
     kind::status,
     "83876bdb-2033-4876-bfaf-0ff8693705af",
     "83876bdb-2033-4876-bfaf-0ff8693705af",
     "delivered",
     "13342031111",
     "918553651111",
     nullptr,
     std::nullopt,
     std::nullopt,
     1,
     1,
     0,
     {outcome::delivered, category::none, retry_advice::none},
     "plivo Status delivered"},
    {"capture_courier_inbound_sms.form",
     triage::body_format::form,
     kind::inbound,
     "7a242edc-2f57-11e7-98c9-06ab0bf64327",
     nullptr,
     nullptr,
     "4795961111",
     "4759440448",
     "sms",
     std::nullopt,
     std::nullopt,
     0,
     0,
     0,
     {outcome::none, category::none, retry_advice::none},
     "plivo inbound message (no Status)"},
    {"capture_inbound_sms_2016.form",
     triage::body_format::form,
     kind::inbound,
     "ca425462-27f0-11e6-890b-22000ae90d37",
     nullptr,
     nullptr,
     "61478417108",
     "61429968959",
     "sms",
     std::nullopt,
     std::nullopt,
     0,
     0,
     0,
     {outcome::none, category::none, retry_advice::none},
     "plivo inbound message (no Status)"},
    {"constructed_status_queued_qmenu.form",
     triage::body_format::form,
     kind::status,
     "13bd7acc-9ee3-11eb-b35e-0242ac110005",
     "13bd7acc-9ee3-11eb-b35e-0242ac110005",
     "queued",
     nullptr,
     nullptr,
     nullptr,
     std::nullopt,
     1,
     1,
     1,
     0,
     {outcome::pending, category::none, retry_advice::none},
     "plivo Status queued"},
    {"constructed_status_sent.query",
     triage::body_format::query,
     kind::status,
     "0c3b6b2e-9ee3-11eb-8f1a-0242ac110005",
     "0c3b6b2e-9ee3-11eb-8f1a-0242ac110005",
     "sent",
     "14155550100",
     "14155550123",
     "sms",
     std::nullopt,
     2,
     1,
     1,
     0,
     {outcome::pending, category::none, retry_advice::none},
     "plivo Status sent"},
    {"constructed_status_undelivered_80.form",
     triage::body_format::form,
     kind::status,
     "0c3b6b2e-9ee3-11eb-8f1a-0242ac110005",
     "0c3b6b2e-9ee3-11eb-8f1a-0242ac110005",
     "undelivered",
     "14155550100",
     "14155550123",
     "sms",
     80,
     3,
     1,
     1,
     0,
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "plivo ErrorCode 80"},
    {"constructed_status_failed_420.form",
     triage::body_format::form,
     kind::status,
     "5e2a1f10-a0b1-11eb-9d2c-0242ac110005",
     "5e2a1f10-a0b1-11eb-9d2c-0242ac110005",
     "failed",
     "+14155550100",
     "+447700900123",
     "sms",
     420,
     2,
     1,
     1,
     0,
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "plivo ErrorCode 420"},
    {"constructed_whatsapp_read.form",
     triage::body_format::form,
     kind::status,
     "8d3c2b1a-1f2e-11ee-a1b2-0242ac120002",
     nullptr,
     "read",
     "14155550100",
     "whatsapp:+919876543210",
     "whatsapp",
     std::nullopt,
     4,
     0,
     0,
     0,
     {outcome::none, category::none, retry_advice::none},
     "plivo Status read"},
    {"constructed_inbound_mms.form",
     triage::body_format::form,
     kind::inbound,
     "1f2e3d4c-5b6a-11ee-8c99-0242ac120002",
     nullptr,
     nullptr,
     "14155550123",
     "14155550100",
     "mms",
     std::nullopt,
     std::nullopt,
     0,
     0,
     2,
     {outcome::none, category::none, retry_advice::none},
     "plivo inbound message (no Status)"},
    {"constructed_inbound_whatsapp_media.form",
     triage::body_format::form,
     kind::inbound,
     "9a8b7c6d-5e4f-11ee-8c99-0242ac120002",
     nullptr,
     nullptr,
     "919876543210",
     "14155550100",
     "whatsapp",
     std::nullopt,
     std::nullopt,
     0,
     0,
     1,
     {outcome::none, category::none, retry_advice::none},
     "plivo inbound message (no Status)"},
    {"constructed_inbound_optout.form",
     triage::body_format::form,
     kind::inbound,
     "2b3c4d5e-6f70-11ee-8c99-0242ac120002",
     nullptr,
     nullptr,
     "14155550123",
     "14155550100",
     "sms",
     std::nullopt,
     std::nullopt,
     0,
     0,
     0,
     {outcome::none, category::none, retry_advice::none},
     "plivo inbound message (no Status)"},
    {"constructed_legacy_part_2_of_3_undelivered.form",
     triage::body_format::form,
     kind::status,
     "93876bdb-2033-4876-bfaf-0ff8693705b0",
     "83876bdb-2033-4876-bfaf-0ff8693705af",
     "undelivered",
     "13342031111",
     "918553651111",
     nullptr,
     50,
     std::nullopt,
     2,
     3,
     0,
     {outcome::permanent, category::recipient, retry_advice::none},
     "plivo ErrorCode 50"},
};

triage::utc_time utc_day(int y, int m, int d) {
  return triage::utc_time(std::chrono::seconds(triage::detail::days_from_civil(y, m, d) * 86400));
}

}  // namespace

TEST_CASE("every Plivo fixture parses, detected and told, into its fields and verdict") {
  triage::parser parser;
  for (const expectation& e : expectations) {
    CAPTURE(e.file);
    const std::string body = triage_test::fixture(std::string("plivo/") + e.file);
    REQUIRE_FALSE(body.empty());
    CHECK(triage::detect_body_format(body) == e.format);
    // Detected from the body alone, told the provider, and told the format: the same callback.
    for (int way = 0; way < 3; ++way) {
      CAPTURE(way);
      auto batch = way == 0   ? parser.parse(std::string_view(body))
                   : way == 1 ? parser.parse(body, triage::provider::plivo, e.format)
                              : parser.parse(body, e.format);
      REQUIRE(batch);
      REQUIRE(batch->size() == 1);
      const triage::callback& cb = (*batch)[0];
      CHECK(cb.provider() == triage::provider::plivo);
      const message_callback* c = cb.get_if<message_callback>();
      REQUIRE(c != nullptr);
      CHECK(c->kind == e.expected_kind);
      CHECK(cb.kind() == (e.expected_kind == kind::status ? "status" : "inbound"));
      CHECK(c->message_uuid == sv(e.message_uuid));
      CHECK(cb.id() == sv(e.message_uuid));
      CHECK(c->parent_message_uuid == sv(e.parent_message_uuid));
      CHECK(c->status == sv(e.status));
      CHECK(cb.status() == sv(e.status));
      CHECK(c->from == sv(e.from));
      CHECK(c->to == sv(e.to));
      CHECK(c->type == sv(e.type));
      CHECK(c->error_code == e.error_code);
      CHECK(cb.code() == e.error_code);
      CHECK(c->sequence == e.sequence);
      CHECK((c->part ? c->part->part : 0u) == e.part);
      CHECK((c->part ? c->part->parts : 0u) == e.parts);
      CHECK(c->media.size() == e.media);
      CHECK(c->repeated_keys == 0);
      const triage::verdict v = triage::classify(cb);
      CHECK(v == e.verdict);
      CHECK(v.rule == e.rule);
    }
  }
}

TEST_CASE("the courier capture of a delivered status keeps every value, ErrorCode present and empty") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(triage_test::fixture("plivo/capture_courier_status_delivered.form")));
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<message_callback>();
  CHECK(c.total_rate == sv("0.0025"));
  CHECK(c.total_amount == sv("0.0025"));
  CHECK(c.units == 1);
  CHECK(c.mcc == sv("405"));
  CHECK(c.mnc == sv("803"));
  REQUIRE(c.part);
  CHECK(c.part->raw == "1 of 1");  // decoded from "1+of+1"
  CHECK(c.error_code_text == sv(""));
  CHECK_FALSE(c.error_code);
  CHECK_FALSE(c.type);  // older callbacks have no Type
  CHECK_FALSE((*batch)[0].fields().detail);
  CHECK(c.message_key() == sv("83876bdb-2033-4876-bfaf-0ff8693705af"));
}

TEST_CASE("Plivo's zone-less callback times are UTC, to the microsecond") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(triage_test::fixture("plivo/constructed_status_queued_qmenu.form")));
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<message_callback>();
  REQUIRE(c.message_time);
  CHECK(c.message_time->raw == "2021-04-16 18:39:29.088198");
  const auto t = c.message_time->time();
  REQUIRE(t);
  using namespace std::chrono;
  CHECK(*t == utc_day(2021, 4, 16) + hours(18) + minutes(39) + seconds(29) + microseconds(88198));
  REQUIRE(c.queued_time);
  CHECK(c.queued_time->time() == utc_day(2021, 4, 16) + hours(18) + minutes(39) + seconds(29) + microseconds(89793));
  CHECK(c.powerpack_uuid == sv(""));
  // A time with a zone keeps its zone; text that is no time is kept raw, without a value.
  CHECK(triage::plivo::utc_timestamp{"2023-08-03 23:02:00+05:30"}.time() ==
        utc_day(2023, 8, 3) + hours(17) + minutes(32));
  CHECK_FALSE(triage::plivo::utc_timestamp{"yesterday"}.time());
  CHECK_FALSE(triage::plivo::utc_timestamp{"2021-04-16 18:39:29.0881980000000000000000000000000"}.time());
}

TEST_CASE("a GET query string carries the same fields; the application's own parameters are skipped") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(triage_test::fixture("plivo/constructed_status_sent.query")),
                            triage::body_format::query);
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<message_callback>();
  CHECK(c.requester_ip == sv("203.0.113.7"));
  CHECK(c.total_rate == sv("0.00500"));
  REQUIRE(c.sent_time);
  CHECK(c.sent_time->raw == "2021-04-16 18:40:01.250000");
  CHECK_FALSE(c.delivery_report_time);
}

TEST_CASE("WhatsApp status fields and inbound media are read") {
  triage::parser parser;
  auto read = parser.parse(std::string_view(triage_test::fixture("plivo/constructed_whatsapp_read.form")));
  REQUIRE(read);
  const auto& wa = *(*read)[0].get_if<message_callback>();
  CHECK(wa.conversation_id == sv("b2c1d3e4f5a6b7c8d9e0f1a2b3c4d5e6"));
  CHECK(wa.conversation_origin == sv("utility"));
  CHECK(wa.conversation_expiration_timestamp == sv("1691083920"));

  auto mms = parser.parse(std::string_view(triage_test::fixture("plivo/constructed_inbound_mms.form")));
  REQUIRE(mms);
  const auto& m = *(*mms)[0].get_if<message_callback>();
  CHECK(m.body == sv("Here it is \xF0\x9F\x93\xB7"));
  CHECK(m.media_count == 2);
  REQUIRE(m.media.size() == 2);
  CHECK(m.media[0] == "https://media.plivo.com/Account/MAXXXXXXXXXXXXXXXXXX/Message/1f2e3d4c/Media/0");
  CHECK(m.media[1] == "https://media.plivo.com/Account/MAXXXXXXXXXXXXXXXXXX/Message/1f2e3d4c/Media/1");

  auto media = parser.parse(std::string_view(triage_test::fixture("plivo/constructed_inbound_whatsapp_media.form")));
  REQUIRE(media);
  const auto& w = *(*media)[0].get_if<message_callback>();
  CHECK(w.content_type == sv("media"));
  CHECK(w.mime_type == sv("video/mp4"));
  CHECK(w.body == sv(""));
  REQUIRE(w.media.size() == 1);

  auto optout = parser.parse(std::string_view(triage_test::fixture("plivo/constructed_inbound_optout.form")));
  REQUIRE(optout);
  CHECK((*optout)[0].get_if<message_callback>()->message_intent == sv("optout"));
  CHECK((*optout)[0].get_if<message_callback>()->text == sv("STOP"));
}

TEST_CASE("a legacy part is keyed on its parent, and its code's name is the detail") {
  triage::parser parser;
  auto batch =
      parser.parse(std::string_view(triage_test::fixture("plivo/constructed_legacy_part_2_of_3_undelivered.form")));
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<message_callback>();
  CHECK(c.message_key() == sv("83876bdb-2033-4876-bfaf-0ff8693705af"));
  CHECK((*batch)[0].fields().detail == sv("Invalid Destination Number"));
  CHECK_FALSE((*batch)[0].fields().reason);
}

}  // namespace test_plivo_fixtures
