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

TEST_CASE("Bandwidth payloads are recognised and named until their parser lands") {
  triage::parser parser;
  for (const std::string& json : {std::string(R"([{"type":"message-delivered","message":{"id":"m"}}])"),
                                  std::string(R"({"type":"message-failed","errorCode":4432})")}) {
    auto batch = parse(parser, json);
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unsupported_provider);
    CHECK(batch.error().detail() == "bandwidth");
  }
}

TEST_CASE("Bird payloads are recognised and named until their parser lands") {
  triage::parser parser;
  for (const std::string& json : {std::string(R"({"service":"channels","event":"sms.outbound","payload":{"id":"m"}})"),
                                  std::string(R"({"id":"m","channelId":"c","status":"delivered"})")}) {
    auto batch = parse(parser, json);
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unsupported_provider);
    CHECK(batch.error().detail() == "bird");
  }
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
