#include <triage/triage.hpp>

#include <string>

#include "catch.hpp"

namespace {

triage::result<triage::batch> parse(triage::parser& parser, const std::string& json) {
  return parser.parse(std::string_view(json));
}

}  // namespace

TEST_CASE("the first provider-specific key decides, whatever comes before it") {
  using triage::detail::provider_of_key;
  CHECK(provider_of_key("callback_type") == triage::provider::vibes);
  CHECK(provider_of_key("event_processed") == triage::provider::vibes);
  CHECK(provider_of_key("errorCode") == triage::provider::bandwidth);
  CHECK(provider_of_key("message") == triage::provider::bandwidth);
  CHECK(provider_of_key("channelId") == triage::provider::bird);
  CHECK(provider_of_key("payload") == triage::provider::bird);
  CHECK_FALSE(provider_of_key("id"));
  CHECK_FALSE(provider_of_key("status"));
  CHECK_FALSE(provider_of_key("reason"));

  triage::parser parser;
  auto vibes = parse(parser, R"({"id":1,"status":"x","callback_type":"event_processed"})");
  REQUIRE(vibes);
  CHECK((*vibes)[0].provider() == triage::provider::vibes);
}

TEST_CASE("Bandwidth payloads are detected: an array of events, or a bare event object") {
  triage::parser parser;
  auto array = parse(parser, R"([{"type":"message-delivered","message":{"id":"m"}},{"type":"message-sent"}])");
  REQUIRE(array);
  REQUIRE(array->size() == 2);
  CHECK((*array)[0].provider() == triage::provider::bandwidth);
  CHECK((*array)[0].kind() == "message_delivered");
  CHECK((*array)[0].id() == std::optional<std::string_view>("m"));
  CHECK((*array)[1].kind() == "message_sent");

  auto bare = parse(parser, R"({"type":"message-failed","errorCode":4432})");
  REQUIRE(bare);
  REQUIRE(bare->size() == 1);
  CHECK((*bare)[0].provider() == triage::provider::bandwidth);
  CHECK(triage::classify((*bare)[0]).outcome == triage::outcome::permanent);

  // Keys no provider owns (or every provider could use) come first; the first Bandwidth key decides.
  for (const std::string& json :
       {std::string(R"([{"id":"x","status":"y","reason":"z","message":{"id":"m"},"type":"message-sent"}])"),
        std::string(R"({"zz_unknown":{"event_id":"v"},"id":"x","errorCode":"9902","type":"message-failed"})"),
        std::string(R"([{"extra":[{"channelId":"c"}],"eventTime":"2024-12-02T20:15:58Z","type":"message-read"}])")}) {
    CAPTURE(json);
    auto batch = parse(parser, json);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == triage::provider::bandwidth);
  }
}

TEST_CASE("only the first element of an array decides, and [] alone is no provider") {
  triage::parser parser;
  auto empty = parse(parser, "[]");
  REQUIRE_FALSE(empty);
  CHECK(empty.error().code() == triage::error_code::unknown_provider);
  auto first_unknown = parse(parser, R"([{"hello":"world"},{"type":"message-sent"}])");
  REQUIRE_FALSE(first_unknown);
  CHECK(first_unknown.error().code() == triage::error_code::unknown_provider);
  auto known =
      parser.parse(std::string_view(R"([{"hello":"world"},{"type":"message-sent"}])"), triage::provider::bandwidth);
  REQUIRE(known);
  CHECK(known->size() == 2);
  CHECK((*known)[0].kind() == "unknown");
  CHECK((*known)[1].kind() == "message_sent");
}

TEST_CASE("Bird payloads are detected as Bird: envelope, bare message, and after keys that decide nothing") {
  using triage::detail::provider_of_key;
  for (const char* key :
       {"service", "event", "payload", "channelId", "sender", "receiver", "body", "parts", "lastStatusAt", "createdAt",
        "updatedAt", "failure", "direction", "reference", "details", "template", "meta"}) {
    CAPTURE(key);
    CHECK(provider_of_key(key) == triage::provider::bird);
  }
  struct detected {
    std::string json;
    const char* id;
  };
  const detected cases[] = {
      // The webhook envelope, in its documented key order and with the payload first.
      {R"({"service":"channels","event":"sms.outbound","payload":{"id":"m1","status":"delivered"}})", "m1"},
      {R"({"payload":{"id":"m2","status":"sent"},"event":"whatsapp.outbound","service":"channels"})", "m2"},
      // A bare message: generic keys first ("id", "status", "reason" decide nothing), then a Bird key.
      {R"({"id":"m3","status":"delivery_failed","reason":"x","details":"unknown_subscriber"})", "m3"},
      {R"({"id":"m4","status":"accepted","channelId":"c"})", "m4"},
      // Escaped keys are decoded before they are compared.
      {R"({"id":"m5","ch\u0061nnelId":"c"})", "m5"},
  };
  triage::parser parser;
  for (const detected& c : cases) {
    CAPTURE(c.json);
    auto batch = parse(parser, c.json);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == triage::provider::bird);
    CHECK((*batch)[0].kind() == "message");
    CHECK((*batch)[0].id() == std::optional<std::string_view>(c.id));
  }
  // Only generic keys: no provider can be told, Bird included.
  auto generic = parse(parser, R"({"id":"m","status":"delivered","reason":"x"})");
  REQUIRE_FALSE(generic);
  CHECK(generic.error().code() == triage::error_code::unknown_provider);
  // A Bird message in an array is not a Bird payload (only Bandwidth posts arrays).
  auto array = parse(parser, R"([{"channelId":"c"}])");
  REQUIRE_FALSE(array);
  CHECK(array.error().code() == triage::error_code::unknown_provider);
}

TEST_CASE("an array is Bandwidth's shape only") {
  triage::parser parser;
  auto batch = parse(parser, R"([{"callback_type":"event_processed"}])");
  REQUIRE_FALSE(batch);
  CHECK(batch.error().code() == triage::error_code::unknown_provider);
  batch = parse(parser, R"([1,2,3])");
  REQUIRE_FALSE(batch);
  CHECK(batch.error().code() == triage::error_code::unknown_provider);
}

TEST_CASE("a known provider skips detection") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(R"({"id":"only-generic-keys"})"), triage::provider::vibes);
  REQUIRE(batch);
  CHECK((*batch)[0].provider() == triage::provider::vibes);
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::unknown);
  auto scalar = parser.parse(std::string_view("7"), triage::provider::vibes);
  REQUIRE_FALSE(scalar);
  CHECK(scalar.error().code() == triage::error_code::scalar_document);
  auto wrong_shape = parser.parse(std::string_view("[]"), triage::provider::vibes);
  REQUIRE_FALSE(wrong_shape);
  CHECK(wrong_shape.error().code() == triage::error_code::wrong_type);
}
