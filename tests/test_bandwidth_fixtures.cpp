// Every Bandwidth payload of the reference notes (docs and spec examples, tests/fixtures/bandwidth/doc_*,
// spec_*) and the constructed batches (constructed_*), with the fields and the verdict a reader of the docs
// expects, event by event and in payload order.

#include <triage/triage.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_bandwidth_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::bandwidth::kind;
using triage::bandwidth::message_callback;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

std::vector<std::string> strings(triage::span<std::string_view> list) { return {list.begin(), list.end()}; }

struct event_expectation {
  kind expected_kind;
  const char* type;
  const char* to;
  const char* description;
  std::optional<std::int64_t> error_code;
  const char* message_id;
  const char* direction;
  std::vector<std::string> message_to;
  std::size_t media_count;
  outcome expected_outcome;
  category expected_category;
  retry_advice expected_retry;
};

struct payload_expectation {
  const char* file;
  std::vector<event_expectation> events;
};

const std::vector<payload_expectation>& expectations() {
  static const std::vector<payload_expectation> all = {
      {"doc_message_received.json",
       {{kind::message_received,
         "message-received",
         "+12345678902",
         "Incoming message received",
         {},
         "14762070468292kw2fuqty55yp2b2",
         "in",
         {"+12345678902"},
         1,
         outcome::none,
         category::none,
         retry_advice::none}}},
      {"doc_message_received_group.json",
       {{kind::message_received,
         "message-received",
         "+12345678902",
         "Incoming message received",
         {},
         "14762070468292kw2fuqty55yp2b2",
         "in",
         {"+12345678902", "+12345678903"},
         1,
         outcome::none,
         category::none,
         retry_advice::none}}},
      // Bandwidth's 2020 Message Queued page (bandwidth.github.io 361428a3, messaging/callbacks/messageQueued.md),
      // renamed Message Sending two weeks later: archives of those weeks hold it.
      {"doc_message_queued_2020.json",
       {{kind::message_queued,
         "message-queued",
         "+19842397270",
         "Message queued for delivery",
         {},
         "1593110555875xo7watq5px6rbe5d",
         "out",
         {"+19842397270"},
         1,
         outcome::pending,
         category::none,
         retry_advice::none}}},
      {"doc_message_sending.json",
       {{kind::message_sending,
         "message-sending",
         "+15554443333",
         "Message is sending to carrier",
         {},
         "1593110555875xo7watq5px6rbe5d",
         "out",
         {"+15554443333"},
         1,
         outcome::pending,
         category::none,
         retry_advice::none}}},
      // multiChannelCallbackData of the May 2025 spec: the python-sdk's generated model test
      // (Bandwidth/python-sdk @ c7b0321 test/unit/models/test_multi_channel_callback_data.py), its values as JSON.
      {"spec_2025_multichannel_delivered.json",
       {{kind::multichannel_delivered,
         "DELIVERED",
         "+15552223333",
         "Incoming message received",
         {},
         "1589228074636lm4k2je7j7jklbn2",
         "OUTBOUND",
         {"+15552223333"},
         0,
         outcome::delivered,
         category::none,
         retry_advice::none}}},
      // Constructed from the same schema: an SMS leg sending, then failed (no errorCode in the schema), times
      // written with a space for the 'T', as some of the docs' examples of those months do.
      {"constructed_2025_multichannel_failed.json",
       {{kind::multichannel_sending,
         "SENDING",
         "+15552223333",
         "Message is sending",
         {},
         "1741083072345abcdefghijklmno",
         "OUTBOUND",
         {"+15552223333"},
         0,
         outcome::pending,
         category::none,
         retry_advice::none},
        {kind::multichannel_failed,
         "FAILED",
         "+15552223333",
         "Message failed on every channel",
         {},
         "1741083072345abcdefghijklmno",
         "OUTBOUND",
         {"+15552223333"},
         0,
         outcome::unknown,
         category::unknown,
         retry_advice::none}}},
      // An early v2 shape (dtolb/v2-messaging @ 8c7653c events/msgDelivered.md, Bandwidth's 2017-2018 docs):
      // no top-level `to`, direction "in" on the delivery of an outbound group message, two recipients.
      {"doc_2017_message_delivered_group_direction_in.json",
       {{kind::message_delivered,
         "message-delivered",
         nullptr,
         "Message delivered to carrier",
         {},
         "14762070468292kw2fuqty55yp2b2",
         "in",
         {"+12345678902", "+12345678903"},
         0,
         outcome::delivered,
         category::none,
         retry_advice::none}}},
      // The 2FA (MFA) API's callbacks as users captured them (issue 17's field report; Bandwidth publishes no
      // example): a `platform`, a message with only its id, an international code outside the 4xxx/5xxx/9xxx
      // scheme, and a description that says "No error" on a failure (never read: the code decides).
      {"constructed_2fa_global_failed_995.json",
       {{kind::message_failed,
         "message-failed",
         "+447700900123",
         "No error",
         995,
         "1683036191512z3f7q2hrw4nd0k5c",
         nullptr,
         {},
         0,
         outcome::unknown,
         category::unknown,
         retry_advice::none},
        {kind::message_delivered,
         "message-delivered",
         "+15555550142",
         "Message delivered to carrier",
         {},
         "1683036191998m2k7c4jq9xv8wl3a",
         nullptr,
         {},
         0,
         outcome::delivered,
         category::none,
         retry_advice::none}}},
      {"spec_message_sent.json",
       {{kind::message_sent,
         "message-sent",
         "+15554443333",
         "Message sent to carrier",
         {},
         "1593110555875xo7watq5px6rbe5d",
         "out",
         {"+15554443333"},
         1,
         outcome::pending,
         category::none,
         retry_advice::none}}},
      {"doc_message_delivered.json",
       {{kind::message_delivered,
         "message-delivered",
         "+12345678902",
         "ok",
         {},
         "14762070468292kw2fuqty55yp2b2",
         "out",
         {"+12345678902"},
         0,
         outcome::delivered,
         category::none,
         retry_advice::none}}},
      {"doc_message_delivered_tollfree.json",
       {{kind::message_delivered,
         "message-delivered",
         "+12345678902",
         "ok",
         {},
         "1585321273456iprz22vjeo4tvooc",
         "out",
         {"+12345678902"},
         0,
         outcome::delivered,
         category::none,
         retry_advice::none}}},
      {"doc_message_failed_4432.json",
       {{kind::message_failed,
         "message-failed",
         "+52345678903",
         "forbidden to country",
         4432,
         "14762070468292kw2fuqty55yp2b2",
         "out",
         {"+12345678902", "+52345678903"},
         1,
         outcome::permanent,
         category::configuration,
         retry_advice::none}}},
      {"doc_message_failed_9902_corrected.json",
       {{kind::message_failed,
         "message-failed",
         "+12345678902",
         "delivery-receipt-expired",
         9902,
         "14762070468292kw2fuqty55yp2b2",
         "out",
         {"+12345678902"},
         0,
         outcome::unknown,
         category::unknown,
         retry_advice::none}}},
      {"spec_rbm_read_suggestion_location.json",
       {{kind::message_read,
         "message-read",
         "+15552223333",
         "...",
         {},
         "1661365814859loidf7mcwd4qacn7",
         "out",
         {"+15552223333"},
         0,
         outcome::none,
         category::none,
         retry_advice::none},
        {kind::suggestion_response,
         "suggestion-response",
         "+15552223333",
         "...",
         {},
         "...",
         "in",
         {"..."},
         0,
         outcome::none,
         category::none,
         retry_advice::none},
        {kind::requested_location_response,
         "requested-location-response",
         "+15552223333",
         "...",
         {},
         "...",
         "in",
         {"..."},
         0,
         outcome::none,
         category::none,
         retry_advice::none}}},
      {"constructed_group_mms_delivered.json",
       {{kind::message_delivered,
         "message-delivered",
         "+15554440001",
         "Message delivered to carrier",
         {},
         "1709287200000grpmms0000000001",
         "out",
         {"+15554440001", "+15554440002", "+15554440003"},
         1,
         outcome::delivered,
         category::none,
         retry_advice::none},
        {kind::message_delivered,
         "message-delivered",
         "+15554440002",
         "Message delivered to carrier",
         {},
         "1709287200000grpmms0000000001",
         "out",
         {"+15554440001", "+15554440002", "+15554440003"},
         1,
         outcome::delivered,
         category::none,
         retry_advice::none},
        {kind::message_failed,
         "message-failed",
         "+15554440003",
         "destination-tn-deactivated",
         4721,
         "1709287200000grpmms0000000001",
         "out",
         {"+15554440001", "+15554440002", "+15554440003"},
         1,
         outcome::permanent,
         category::recipient,
         retry_advice::none}}},
      {"constructed_mixed_batch.json",
       {{kind::message_sending,
         "message-sending",
         "+15554443333",
         "Message is sending to carrier",
         {},
         "1714638600000mixed00000000001",
         "out",
         {"+15554443333"},
         1,
         outcome::pending,
         category::none,
         retry_advice::none},
        {kind::message_sent,
         "message-sent",
         "+15554443333",
         "Message sent to carrier",
         {},
         "1714638600000mixed00000000001",
         "out",
         {"+15554443333"},
         0,
         outcome::pending,
         category::none,
         retry_advice::none},
        {kind::message_failed,
         "message-failed",
         "+15554444444",
         "invalid-destination-address",
         4720,
         "1714638600000mixed00000000002",
         "out",
         {"+15554444444"},
         0,
         outcome::permanent,
         category::recipient,
         retry_advice::none},
        {kind::message_failed,
         "message-failed",
         "+15554445555",
         "destination-carrier-queue-full",
         5600,
         "1714638600000mixed00000000003",
         "out",
         {"+15554445555"},
         0,
         outcome::retryable,
         category::rate_limit,
         retry_advice::retry_once},
        {kind::unknown,
         "message-scheduled",
         "+15554446666",
         "a type this library does not know",
         {},
         "1714638600000mixed00000000004",
         "out",
         {"+15554446666"},
         0,
         outcome::unknown,
         category::unknown,
         retry_advice::none},
        {kind::message_failed,
         "message-failed",
         "+15554443333",
         "delivery-receipt-expired",
         9902,
         "1714638600000mixed00000000005",
         "out",
         {"+15554443333"},
         0,
         outcome::unknown,
         category::unknown,
         retry_advice::none},
        {kind::message_received,
         "message-received",
         "+15552221111",
         "Incoming message received",
         {},
         "1714645860500mixed00000000006",
         "in",
         {"+15552221111"},
         0,
         outcome::none,
         category::none,
         retry_advice::none}}},
      {"constructed_failed_string_code.json",
       {{kind::message_failed,
         "message-failed",
         "+15554447777",
         "destination-rejected-due-to-user-opt-out",
         4775,
         "1636473852315abcdefgh12345678",
         "out",
         {"+15554447777"},
         0,
         outcome::permanent,
         category::compliance,
         retry_advice::none}}},
  };
  return all;
}

const message_callback& event_at(const triage::batch& batch, std::size_t i) {
  const auto* event = batch[i].get_if<message_callback>();
  REQUIRE(event != nullptr);
  return *event;
}

std::int64_t seconds_since_epoch(const triage::timestamp& t) {
  REQUIRE(t.time());
  return std::chrono::duration_cast<std::chrono::seconds>(t.time()->time_since_epoch()).count();
}

std::int64_t sub_second_nanos(const triage::timestamp& t) {
  REQUIRE(t.time());
  return t.time()->time_since_epoch().count() % 1000000000;
}

}  // namespace

TEST_CASE("every Bandwidth fixture gives its events, in order, with their fields and verdicts") {
  triage::parser parser;
  for (const payload_expectation& payload : expectations()) {
    CAPTURE(payload.file);
    const std::string json = triage_test::fixture(std::string("bandwidth/") + payload.file);
    REQUIRE_FALSE(json.empty());
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == payload.events.size());
    for (std::size_t i = 0; i < payload.events.size(); ++i) {
      CAPTURE(i);
      const event_expectation& want = payload.events[i];
      const triage::callback& cb = (*batch)[i];
      const message_callback& event = event_at(*batch, i);
      CHECK(cb.provider() == triage::provider::bandwidth);
      CHECK(event.kind == want.expected_kind);
      CHECK(event.type == sv(want.type));
      CHECK(event.to == sv(want.to));
      CHECK(event.description == sv(want.description));
      CHECK(event.error_code == want.error_code);
      REQUIRE(event.message);
      CHECK(event.message->key() == sv(want.message_id));
      CHECK(event.message->direction == sv(want.direction));
      CHECK(strings(event.message->to) == want.message_to);
      CHECK(event.message->media.size() == want.media_count);

      // The provider-neutral facts the CLI prints (DESIGN.md).
      const triage::callback_fields f = cb.fields();
      CHECK(f.kind == triage::to_string(want.expected_kind));
      CHECK(cb.kind() == f.kind);
      CHECK(f.id == sv(want.message_id));
      CHECK(f.status == sv(want.type));
      CHECK(f.reason == sv(want.description));
      CHECK(f.code == want.error_code);

      const triage::verdict v = triage::classify(cb);
      CHECK(v.outcome == want.expected_outcome);
      CHECK(v.category == want.expected_category);
      CHECK(v.retry == want.expected_retry);
      CHECK_FALSE(v.rule.empty());
    }
  }
}

TEST_CASE("a 2FA callback keeps its platform, and a code outside the scheme has its own rule") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bandwidth/constructed_2fa_global_failed_995.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 2);
  CHECK(event_at(*batch, 0).platform == sv("GlobalSMS"));
  CHECK(event_at(*batch, 1).platform == sv("NorthAmericaSMS"));
  const triage::verdict v = triage::classify((*batch)[0]);
  CHECK(v.rule == "bandwidth errorCode outside Bandwidth's 4xxx/5xxx/9xxx scheme");
  CHECK(v.retry == retry_advice::none);
}

TEST_CASE("the expectations cover every fixture file") {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("bandwidth"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") ++files;
  }
  CHECK(files == expectations().size());
}

TEST_CASE("every field of the inbound doc payload is read") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bandwidth/doc_message_received.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const message_callback& e = event_at(*batch, 0);
  REQUIRE(e.time);
  CHECK(e.time->raw == "2016-09-14T18:20:16Z");
  CHECK(seconds_since_epoch(*e.time) == 1473877216);
  CHECK_FALSE(e.error_code);
  CHECK_FALSE(e.carrier_name);
  CHECK_FALSE(e.event_time);
  const triage::bandwidth::message& m = *e.message;
  CHECK(m.owner == sv("+12345678902"));
  CHECK(m.application_id == sv("93de2206-9669-4e07-948d-329f4b722ee2"));
  REQUIRE(m.time);
  CHECK(m.time->raw == "2016-09-14T18:20:16Z");
  CHECK(m.segment_count == std::optional<std::int64_t>(1));
  CHECK(m.from == sv("+12345678901"));
  CHECK(m.text == sv("Hey, check this out!"));
  CHECK_FALSE(m.tag);
  REQUIRE(m.media.size() == 1);
  CHECK(m.media[0] ==
        "https://messaging.bandwidth.com/api/v2/users/{accountId}/media/14762070468292kw2fuqty55yp2b2/0/bw.png");
  CHECK(m.is_inbound());
  CHECK_FALSE(m.is_outbound());
  CHECK_FALSE(m.priority);
  CHECK_FALSE(m.channel);
  CHECK_FALSE(m.content);
  CHECK_FALSE(m.suggestion_response);
  CHECK_FALSE(m.location_response);
}

TEST_CASE("tag, priority, carrierName and an empty tag are read") {
  triage::parser parser;
  const std::string sending = triage_test::fixture("bandwidth/doc_message_sending.json");
  auto batch = parser.parse(std::string_view(sending));
  REQUIRE(batch);
  CHECK(event_at(*batch, 0).message->tag == sv("v2 lab"));
  CHECK(event_at(*batch, 0).message->text == sv(""));

  const std::string tollfree = triage_test::fixture("bandwidth/doc_message_delivered_tollfree.json");
  batch = parser.parse(std::string_view(tollfree));
  REQUIRE(batch);
  CHECK(event_at(*batch, 0).message->tag == sv(""));
  CHECK(event_at(*batch, 0).message->owner == event_at(*batch, 0).message->from);
  CHECK(event_at(*batch, 0).message->media.empty());

  const std::string mixed = triage_test::fixture("bandwidth/constructed_mixed_batch.json");
  batch = parser.parse(std::string_view(mixed));
  REQUIRE(batch);
  CHECK(event_at(*batch, 0).message->priority == sv("default"));
  CHECK(event_at(*batch, 2).message->priority == sv("high"));
  CHECK(event_at(*batch, 2).message->segment_count == std::optional<std::int64_t>(2));
  CHECK(event_at(*batch, 6).carrier_name == sv("Verizon"));
  CHECK(event_at(*batch, 6).message->text == sv("STOP"));
}

TEST_CASE("the RBM events carry eventTime, channel, suggestionResponse and locationResponse") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bandwidth/spec_rbm_read_suggestion_location.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 3);

  const message_callback& read = event_at(*batch, 0);
  REQUIRE(read.event_time);
  CHECK(read.event_time->raw == "2024-12-02T20:15:58.278Z");
  CHECK(sub_second_nanos(*read.event_time) == 278000000);
  CHECK(read.message->channel == sv("RBM"));

  const message_callback& suggestion = event_at(*batch, 1);
  REQUIRE(suggestion.message->suggestion_response);
  CHECK(suggestion.message->suggestion_response->text == sv("Yes, I would like to proceed"));
  CHECK(suggestion.message->suggestion_response->postback_data == sv("SGVsbG8gd29ybGQ="));
  CHECK(suggestion.message->suggestion_response->paired_message_id == sv("1752697342534u24xerqdukke523x"));
  // The skeleton's "..." placeholders are kept raw; an unparseable time is data, not an error.
  REQUIRE(suggestion.message->time);
  CHECK(suggestion.message->time->raw == "...");
  CHECK_FALSE(suggestion.message->time->time());

  const message_callback& location = event_at(*batch, 2);
  REQUIRE(location.message->location_response);
  CHECK(location.message->location_response->latitude == sv("37.7749"));
  CHECK(location.message->location_response->longitude == sv("-122.4194"));
}

TEST_CASE("multichannel content, numeric coordinates and a null pairedMessageId") {
  triage::parser parser;
  const std::string json =
      R"([{"type":"message-received","time":"2025-01-01T00:00:00Z","to":"+15550000001","description":"x",)"
      R"("message":{"id":"m1","direction":"in","channel":"RBM","to":["+15550000001"],"from":"+15550000002",)"
      R"("content":{"text":"hi","media":{"fileUrl":"https://x/f.mp4","thumbnailUrl":"https://x/t.jpg"}}}},)"
      R"({"type":"requested-location-response","message":{"id":"m2","locationResponse":)"
      R"({"latitude":37.7749,"longitude":-122.4194e0 }}},)"
      R"({"type":"suggestion-response","message":{"id":"m3","suggestionResponse":)"
      R"({"text":"No","postbackData":"Tm8=","pairedMessageId":null}}}])";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 3);
  const auto& content = event_at(*batch, 0).message->content;
  REQUIRE(content);
  CHECK(content->text == sv("hi"));
  REQUIRE(content->media);
  CHECK(content->media->file_url == sv("https://x/f.mp4"));
  CHECK(content->media->thumbnail_url == sv("https://x/t.jpg"));
  const auto& location = event_at(*batch, 1).message->location_response;
  REQUIRE(location);
  CHECK(location->latitude == sv("37.7749"));
  CHECK(location->longitude == sv("-122.4194e0"));
  const auto& suggestion = event_at(*batch, 2).message->suggestion_response;
  REQUIRE(suggestion);
  CHECK(suggestion->text == sv("No"));
  CHECK_FALSE(suggestion->paired_message_id);
}

TEST_CASE("a group message gives one event per recipient, all with the same message id") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bandwidth/constructed_group_mms_delivered.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 3);
  std::vector<std::string> recipients;
  for (std::size_t i = 0; i < batch->size(); ++i) {
    const message_callback& e = event_at(*batch, i);
    CHECK(e.message->id == sv("1709287200000grpmms0000000001"));
    CHECK(strings(e.message->to) == std::vector<std::string>{"+15554440001", "+15554440002", "+15554440003"});
    recipients.emplace_back(*e.to);
  }
  CHECK(recipients == std::vector<std::string>{"+15554440001", "+15554440002", "+15554440003"});
  CHECK(event_at(*batch, 0).carrier_name == sv("AT&T"));
  CHECK(event_at(*batch, 1).carrier_name == sv("T-Mobile"));
  CHECK(triage::classify((*batch)[0]).outcome == outcome::delivered);
  CHECK(triage::classify((*batch)[2]).outcome == outcome::permanent);
  CHECK(triage::classify((*batch)[2]).category == category::recipient);
}

TEST_CASE("timestamps with no, 3 and 6 fractional digits parse to the same second") {
  triage::parser parser;
  struct sample {
    const char* text;
    std::int64_t nanos;
  };
  for (const sample& s :
       {sample{"2024-09-14T18:20:11Z", 0}, sample{"2024-09-14T18:20:11.160Z", 160000000},
        sample{"2024-09-14T18:20:11.160744Z", 160744000}, sample{"2024-09-14T20:20:11.160744+02:00", 160744000}}) {
    CAPTURE(s.text);
    const std::string json = std::string(R"([{"type":"message-read","time":")") + s.text + R"(","eventTime":")" +
                             s.text + R"(","message":{"id":"m","time":")" + s.text + R"("}}])";
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    const message_callback& e = event_at(*batch, 0);
    for (const auto* t : {&e.time, &e.event_time, &e.message->time}) {
      REQUIRE(*t);
      CHECK((*t)->raw == s.text);
      CHECK(seconds_since_epoch(**t) == 1726338011);
      CHECK(sub_second_nanos(**t) == s.nanos);
    }
  }
  // The doc examples themselves.
  const std::string sent = triage_test::fixture("bandwidth/spec_message_sent.json");
  auto batch = parser.parse(std::string_view(sent));
  REQUIRE(batch);
  CHECK(sub_second_nanos(*event_at(*batch, 0).time) == 979456000);
  CHECK(sub_second_nanos(*event_at(*batch, 0).message->time) == 876906000);
}

TEST_CASE("a bare event object is one callback, like a one-element array") {
  triage::parser parser;
  const std::string sent = triage_test::fixture("bandwidth/spec_message_sent.json");
  auto bare = parser.parse(std::string_view(sent));
  REQUIRE(bare);
  REQUIRE(bare->size() == 1);
  const std::string bare_text = fmt::format("{} {}", (*bare)[0].kind(), triage::classify((*bare)[0]));
  auto wrapped = parser.parse(std::string_view("[" + sent + "]"));
  REQUIRE(wrapped);
  REQUIRE(wrapped->size() == 1);
  CHECK(fmt::format("{} {}", (*wrapped)[0].kind(), triage::classify((*wrapped)[0])) == bare_text);
  CHECK(bare_text == "message_sent pending/none");
}

TEST_CASE("an empty array is an empty batch when the provider is known, and no provider otherwise") {
  triage::parser parser;
  for (const char* json : {"[]", " [ \n ] "}) {
    CAPTURE(json);
    auto known = parser.parse(std::string_view(json), triage::provider::bandwidth);
    REQUIRE(known);
    CHECK(known->empty());
    auto detected = parser.parse(std::string_view(json));
    REQUIRE_FALSE(detected);
    CHECK(detected.error().code() == triage::error_code::unknown_provider);
  }
}

TEST_CASE("the trailing-comma 9902 doc example is invalid JSON, reported at the comma's element") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bandwidth/invalid/doc_message_failed_9902_trailing_comma.json");
  REQUIRE_FALSE(json.empty());
  for (bool known : {false, true}) {
    CAPTURE(known);
    auto batch = known ? parser.parse(std::string_view(json), triage::provider::bandwidth)
                       : parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::invalid_json);
    CHECK(batch.error().path() == "[0].message.to[1]");
    REQUIRE(batch.error().has_offset());
    // The offset is the ']' that follows the trailing comma.
    CHECK(json[batch.error().offset()] == ']');
  }
}

TEST_CASE("the fmt formatter and to_string name every Bandwidth kind") {
  for (kind k : triage::bandwidth::all_kinds) {
    CHECK(fmt::format("{}", k) == triage::to_string(k));
    CHECK(triage::to_string(k) != "?");
  }
  CHECK(triage::to_string(kind::requested_location_response) == "requested_location_response");
  CHECK(fmt::format("{}", triage::bandwidth::source::third_party) == "third_party");
}

}  // namespace test_bandwidth_fixtures
