// Every Infobip payload of tests/fixtures/infobip (sources: tests/fixtures/infobip/README.md), with the
// kinds, ids and verdicts a reader of Infobip's spec expects, report by report; what is no Infobip body;
// the element error records of an odd report; the tracker's keys and folds.

#include <triage/triage.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_infobip_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::infobip::event;

struct report_expectation {
  const char* kind;
  const char* id;
  outcome expected_outcome;
  category expected_category;
  const char* rule;
};

struct payload_expectation {
  const char* file;
  std::vector<report_expectation> reports;
};

constexpr const char* seen = "infobip seen report";
constexpr const char* inbound = "infobip inbound message";

const std::vector<payload_expectation>& expectations() {
  static const std::vector<payload_expectation> all = {
      {"spec_sms_v3_delivery_report.json",
       {{"delivery_report", "MESSAGE-ID-123-xyz", outcome::delivered, category::none, "infobip status.id 5"},
        {"delivery_report", "12db39c3-7822-4e72-a3ec-c87442c0ffc5", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_sms_v2_delivery_reports.json",
       {{"delivery_report", "MESSAGE-ID-123-xyz", outcome::delivered, category::none, "infobip status.id 5"},
        {"delivery_report", "12db39c3-7822-4e72-a3ec-c87442c0ffc5", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_sms_inbound.json", {{"inbound_message", "817790313235066447", outcome::none, category::none, inbound}}},
      {"spec_mms_delivery_reports.json",
       {{"delivery_report", "43u2ih-6453jbh-897kfs90u2nj", outcome::delivered, category::none, "infobip status.id 5"}}},
      {"spec_mms_v1_reports.json",
       {{"delivery_report", "45db39c3-7822-4e72-a3ec-c87442c0ffz9", outcome::delivered, category::none,
         "infobip status.id 5"},
        {"delivery_report", "12db39c3-7822-4e72-a3ec-c87442c0ffc5", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_mms_inbound_single.json",
       {{"inbound_message", "817790313235066447", outcome::none, category::none, inbound}}},
      {"spec_rcs_delivered.json",
       {{"delivery_report", "msg-abc123", outcome::delivered, category::none, "infobip status.id 5"}}},
      {"spec_rcs_failed.json",
       {{"delivery_report", "msg-abc123", outcome::permanent, category::recipient, "infobip error.id 7002"}}},
      // The RCS leg of a failover: PENDING_ENROUTE with 7002 already set. The group decides (rule 2).
      {"spec_rcs_failover_rcs_leg_failed.json",
       {{"delivery_report", "msg-abc123", outcome::pending, category::none, "infobip status.id 7"}}},
      {"spec_rcs_failover_sms_leg_delivered.json",
       {{"delivery_report", "msg-abc123", outcome::delivered, category::none, "infobip status.id 5"}}},
      {"spec_rcs_inbound_text.json", {{"inbound_message", "msg-abc123", outcome::none, category::none, inbound}}},
      // An RCS typing indicator: no messageId at all.
      {"spec_rcs_typing_indicator.json", {{"inbound_message", nullptr, outcome::none, category::none, inbound}}},
      {"spec_rcs_inbound_suggestion_event.json",
       {{"inbound_message", "msg-abc123", outcome::none, category::none, inbound}}},
      {"spec_whatsapp_delivery_reports.json",
       {{"delivery_report", "fb469d73-d362-463f-b30f-1e959b53badc", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_whatsapp_seen_reports.json",
       {{"seen_report", "1215f543ab19-345f-adbd-12ad31451ed25f35", outcome::none, category::none, seen}}},
      {"spec_whatsapp_inbound_text.json",
       {{"inbound_message", "wamid.HBgLMjc4MTMzMjE0ODIVAgAonoIAUsydhfskYyRDdEMjE4Njg3MzlBMDU2NzI4NgA=", outcome::none,
         category::none, inbound}}},
      {"spec_viber_delivery_report.json",
       {{"delivery_report", "2250be2d4219-3af1-78856-aabe-1362af1edfd2", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_viber_bot_delivery_reports.json",
       {{"delivery_report", "2250be2d4219-3af1-78856-aabe-1362af1edfd2", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_messages_api_delivery_report.json",
       {{"delivery_report", "ABEGVUGWh3gEAgo-sLTvmQCS5kwjhsy", outcome::delivered, category::none,
         "infobip status.id 5"}}},
      {"spec_messages_api_seen_report.json",
       {{"seen_report", "ABEGVUGWh3gEAgo-sLTvmQCS5kwjhsy", outcome::none, category::none, seen}}},
      {"spec_messages_api_inbound_text.json",
       {{"inbound_message", "ABEGVUGWh3gEAgo-sLTvmQCS5kwjhsy", outcome::none, category::none, inbound}}},
      {"spec_messages_api_typing_started.json",
       {{"inbound_message", "ABEGVUGWh3gEAgo-sLTvmQCS5kwjhsy", outcome::none, category::none, inbound}}},
      {"constructed_mixed_batch_one_odd_report.json",
       {{"delivery_report", "MSG-1", outcome::delivered, category::none, "infobip status.id 5"},
        {"invalid_report", "MSG-2", outcome::unknown, category::unknown, "infobip report not readable"},
        {"delivery_report", "MSG-3", outcome::retryable, category::unreachable, "infobip error.id 27"},
        {"delivery_report", "MSG-4", outcome::permanent, category::configuration, "infobip status.id 6"}}},
      {"constructed_courier_style_pending_then_delivered.json",
       {{"delivery_report", "12345", outcome::pending, category::none, "infobip status.id 26"},
        {"delivery_report", "12345", outcome::delivered, category::none, "infobip status.id 5"}}},
      {"constructed_unknown_group_and_unknown_error.json",
       {{"delivery_report", "MSG-A", outcome::unknown, category::unknown, "infobip status not recognised"},
        {"delivery_report", "MSG-B", outcome::permanent, category::carrier,
         "infobip error.id not in Infobip's tables, permanent=true"},
        {"delivery_report", "MSG-C", outcome::unknown, category::unreachable, "infobip status.id 15"}}},
  };
  return all;
}

const event& typed(const triage::callback& cb) {
  const event* e = cb.get_if<event>();
  REQUIRE(e != nullptr);
  return *e;
}

}  // namespace

TEST_CASE("infobip: every fixture, detected, report by report") {
  triage::parser parser;
  std::size_t files = 0;
  for (const payload_expectation& p : expectations()) {
    CAPTURE(p.file);
    const std::string json = triage_test::fixture(std::string("infobip/") + p.file);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    CHECK(batch->provider() == triage::provider::infobip);
    REQUIRE(batch->size() == p.reports.size());
    for (std::size_t i = 0; i < p.reports.size(); ++i) {
      CAPTURE(i);
      const triage::callback& cb = (*batch)[i];
      const report_expectation& x = p.reports[i];
      CHECK(cb.provider() == triage::provider::infobip);
      CHECK(cb.kind() == x.kind);
      CHECK(cb.fields().id == (x.id != nullptr ? std::optional<std::string_view>(x.id) : std::nullopt));
      const triage::verdict v = triage::classify(cb);
      CHECK(v.outcome == x.expected_outcome);
      CHECK(v.category == x.expected_category);
      CHECK(v.rule == x.rule);
      CHECK(typed(cb).index == i);
      CHECK(typed(cb).count == p.reports.size());
    }
    ++files;
  }
  CHECK(files == 25);
}

TEST_CASE("infobip: the fields of the published payloads") {
  triage::parser parser;
  SECTION("SMS v3: sender, messageCount, mccMnc string, platform, timestamps +0000") {
    const std::string json = triage_test::fixture("infobip/spec_sms_v3_delivery_report.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = typed((*batch)[0]);
    CHECK(e.bulk_id == std::optional<std::string_view>("BULK-ID-123-xyz"));
    CHECK(e.to);
    CHECK(e.sender);
    CHECK(e.message_count);
    CHECK(e.done_at);
    REQUIRE(e.done_at->time());
    REQUIRE(e.status);
    CHECK(e.status->group_id == 3);
    CHECK(e.status->id == 5);
    REQUIRE(e.error);
    CHECK(e.error->id == 0);
    CHECK(e.error->permanent == false);
  }
  SECTION("SMS v2: from and smsCount instead of sender and messageCount") {
    const std::string json = triage_test::fixture("infobip/spec_sms_v2_delivery_reports.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = typed((*batch)[0]);
    CHECK_FALSE(e.sender);
    CHECK_FALSE(e.message_count);
    CHECK(e.sms_count);
    CHECK(e.parts() == e.sms_count);
  }
  SECTION("Messages API: event, channel, destination, mccMnc as an integer") {
    const std::string json = triage_test::fixture("infobip/spec_messages_api_delivery_report.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = typed((*batch)[0]);
    CHECK(e.event == std::optional<std::string_view>("DELIVERY"));
    CHECK(e.channel);
    CHECK(e.destination);
    CHECK_FALSE(e.to);
    CHECK(e.recipient() == e.destination);
  }
  SECTION("RCS failover legs: the same messageId, the channel tells them apart") {
    const std::string rcs = triage_test::fixture("infobip/spec_rcs_failover_rcs_leg_failed.json");
    auto a = parser.parse(std::string_view(rcs));
    REQUIRE(a);
    const event rcs_leg = typed((*a)[0]);
    CHECK(rcs_leg.channel == std::optional<std::string_view>("RCS"));
    REQUIRE(rcs_leg.error);
    CHECK(rcs_leg.error->id == 7002);
    CHECK((*a)[0].fields().reason == std::optional<std::string_view>("EC_UNKNOWN_USER"));
    const std::string sms = triage_test::fixture("infobip/spec_rcs_failover_sms_leg_delivered.json");
    auto b = parser.parse(std::string_view(sms));
    REQUIRE(b);
    CHECK(typed((*b)[0]).channel == std::optional<std::string_view>("SMS"));
    CHECK(typed((*b)[0]).message_id == std::optional<std::string_view>("msg-abc123"));
  }
  SECTION("RCS typing indicator: no messageId, `event` an object, eventCount/pendingEventCount") {
    const std::string json = triage_test::fixture("infobip/spec_rcs_typing_indicator.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const event& e = typed((*batch)[0]);
    CHECK(e.kind == triage::infobip::kind::inbound_message);
    CHECK_FALSE(e.message_id);
    CHECK_FALSE(e.event);
    REQUIRE(e.event_object);
    CHECK(e.event_object->find("\"TYPING_INDICATOR\"") != std::string_view::npos);
    CHECK(e.pending_message_count == 0);
    CHECK(triage::classify((*batch)[0]).outcome == outcome::none);
    // Without the pending count it is no claim: receivedAt and a sender are other APIs' words too.
    CHECK_FALSE(
        parser.parse(std::string_view(R"({"results":[{"sender":"3859","receivedAt":"2026-03-03T14:22:30Z"}]})")));
  }
  SECTION("inbound SMS: text, cleanText, keyword, the top-level counts") {
    const std::string json = triage_test::fixture("infobip/spec_sms_inbound.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const event& e = typed((*batch)[0]);
    CHECK(e.text);
    CHECK(e.received_at);
    CHECK(e.pending_message_count);
  }
  SECTION("the odd report is an error record with its path and byte offset; the others are kept") {
    const std::string json = triage_test::fixture("infobip/constructed_mixed_batch_one_odd_report.json");
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 4);
    const event& odd = typed((*batch)[1]);
    CHECK(odd.kind == triage::infobip::kind::invalid_report);
    CHECK(odd.problem.code() == triage::error_code::wrong_type);
    CHECK(odd.problem.path() == "results[1].status.id");
    REQUIRE(odd.problem.has_offset());
    CHECK(json.compare(odd.problem.offset(), 4, "true") == 0);
    const triage::callback_fields f = (*batch)[1].fields();
    CHECK(f.reason == std::optional<std::string_view>("wrong_type"));
    REQUIRE(f.detail);
    CHECK(f.detail->find("results[1].status.id") == 0);
    CHECK(f.detail->find("at byte " + std::to_string(odd.problem.offset())) != std::string_view::npos);
    // The v2 report after it: "+05:30" without milliseconds.
    const event& v2 = typed((*batch)[2]);
    REQUIRE(v2.done_at);
    REQUIRE(v2.done_at->time());
    // The Messages API report: "Z" and a number mccMnc.
    const event& api = typed((*batch)[3]);
    CHECK(api.mcc_mnc == std::optional<std::string_view>("21901"));
    REQUIRE(api.done_at);
    CHECK(api.done_at->time());
  }
}

TEST_CASE("infobip: elements of every odd kind are error records, the batch is kept") {
  triage::parser parser;
  const std::string json =
      R"({"results":[7,{"messageId":"m1","status":"DELIVERED"},{"messageId":"m2","status":{"groupId":3,"id":5}},)"
      R"({"hello":"world"},{"messageId":"m3","price":{"pricePerMessage":[1]},"status":{"groupId":3}},)"
      R"({"messageId":"m4","seenAt":"2024-01-01T00:00:00Z"}]})";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 6);
  const char* kinds[] = {"invalid_report", "invalid_report", "delivery_report",
                         "invalid_report", "invalid_report", "seen_report"};
  const char* paths[] = {"results[0]", "results[1].status", "", "results[3]", "results[4].price.pricePerMessage", ""};
  for (std::size_t i = 0; i < 6; ++i) {
    CAPTURE(i);
    CHECK((*batch)[i].kind() == kinds[i]);
    const event& e = typed((*batch)[i]);
    CHECK(e.problem.path() == paths[i]);
    if (e.kind == triage::infobip::kind::invalid_report) {
      CHECK(e.problem.has_offset());
      CHECK(triage::classify((*batch)[i]) == triage::infobip::invalid_verdict);
    }
  }
  // A syntax error inside one element still fails the payload: past it nothing is safe to read.
  CHECK_FALSE(parser.parse(std::string_view(R"({"results":[{"messageId":"m","status":{"groupId":tru}}]})")));
}

TEST_CASE("infobip: bodies that are not Infobip's are unknown_provider") {
  triage::parser parser;
  for (const char* json : {
           // Another API's empty page, or a page of its own records (decided: an empty results is no claim).
           R"({"results":[]})",
           R"({"results":[{"id":1,"name":"x"}],"next":null})",
           R"({"results":[{"messageId":"m"}]})",
           R"({"results":"none"})",
           // courier's envelope-less fixtures (rule 0).
           R"({"deliveryReport":[{"messageId":"m","status":{"groupId":3}}]})",
           R"({"messageId":"m","status":{"groupId":3,"id":5}})",
       }) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
    auto named = parser.parse(std::string_view(json), triage::provider::infobip);
    REQUIRE_FALSE(named);
  }
  // XML delivery reports (notifyContentType application/xml) are not JSON (reference §1.1).
  CHECK_FALSE(parser.parse(std::string_view("<reportResponse><results></results></reportResponse>")));
}

TEST_CASE("infobip: more results[] than max_infobip_reports is too_many_items") {
  triage::parser_options options;
  options.max_infobip_reports = 2;
  triage::parser parser(options);
  const std::string one = R"({"messageId":"m","status":{"groupId":3,"id":5}})";
  auto two = parser.parse(std::string_view(R"({"results":[)" + one + "," + one + "]}"));
  REQUIRE(two);
  CHECK(two->size() == 2);
  auto three = parser.parse(std::string_view(R"({"results":[)" + one + "," + one + "," + one + "]}"));
  REQUIRE_FALSE(three);
  CHECK(three.error().code() == triage::error_code::too_many_items);
  CHECK(three.error().path() == "results");
  CHECK(triage::parser_options{}.max_infobip_reports == 2000);
}

}  // namespace test_infobip_fixtures
