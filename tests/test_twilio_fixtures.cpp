// Every Twilio body of tests/fixtures/twilio/ (and the two of tests/fixtures/form/), with the fields and the
// verdict a reader of Twilio's docs expects. The bodies are constructed from the documented parameters
// (fixtures/twilio/README.md says why and cites each one).

#include <triage/triage.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_twilio_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::twilio::kind;
using triage::twilio::message_callback;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

struct expectation {
  const char* file;
  kind expected_kind;
  const char* message_sid;
  const char* status;
  const char* from;
  const char* to;
  std::optional<std::int64_t> error_code;
  std::size_t media_count;
  outcome expected_outcome;
  category expected_category;
  retry_advice expected_retry;
  const char* rule;
};

const std::vector<expectation>& expectations() {
  static const std::vector<expectation> all = {
      {"twilio/constructed_status_sent.form",
       kind::message_status,
       "SM5a8a3e2c1b7d4f6e9a0b3c5d7e9f1a2b",
       "sent",
       "+15017122661",
       "+15558675310",
       {},
       0,
       outcome::pending,
       category::none,
       retry_advice::none,
       "twilio MessageStatus sent"},
      {"form/constructed_twilio_status_delivered.form",
       kind::message_status,
       "SM1f0e8ae6ade43cb3c0ce4525424e404f",
       "delivered",
       "+15017122661",
       "+15558675310",
       {},
       0,
       outcome::delivered,
       category::none,
       retry_advice::none,
       "twilio MessageStatus delivered"},
      {"twilio/constructed_status_undelivered_30003.form", kind::message_status, "SM5a8a3e2c1b7d4f6e9a0b3c5d7e9f1a2b",
       "undelivered", "+15017122661", "+15558675310", 30003, 0, outcome::retryable, category::unreachable,
       retry_advice::retry_once, "twilio ErrorCode 30003"},
      {"twilio/constructed_status_failed_30007.form", kind::message_status, "SM0f6c4d2e8b1a4c3d9e7f5a1b3c5d7e90",
       "failed", "+15017122661", "+15558675311", 30007, 0, outcome::permanent, category::content, retry_advice::none,
       "twilio ErrorCode 30007"},
      {"twilio/constructed_whatsapp_status_read.form",
       kind::message_status,
       "SM7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a",
       "read",
       "whatsapp:+14155238886",
       "whatsapp:+15558675310",
       {},
       0,
       outcome::none,
       category::none,
       retry_advice::none,
       "twilio EventType READ"},
      {"twilio/constructed_whatsapp_failed_63016.form", kind::message_status, "SM8c0e2a4b6d8f0a2c4e6b8d0f2a4c6e8b",
       "failed", "whatsapp:+14155238886", "whatsapp:+15558675310", 63016, 0, outcome::permanent, category::compliance,
       retry_advice::none, "twilio ErrorCode 63016"},
      {"twilio/constructed_inbound_sms.form",
       kind::inbound_message,
       "SM9d1f3b5c7e9a1c3e5b7d9f1a3c5e7b9d",
       "received",
       "+15558675310",
       "+15017122661",
       {},
       0,
       outcome::none,
       category::none,
       retry_advice::none,
       "twilio MessageStatus received"},
      {"twilio/constructed_inbound_mms_two_media.form",
       kind::inbound_message,
       "MMb2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2",
       "received",
       "+15558675310",
       "+15017122661",
       {},
       2,
       outcome::none,
       category::none,
       retry_advice::none,
       "twilio MessageStatus received"},
      {"form/constructed_twilio_inbound_addons_media.form",
       kind::inbound_message,
       "MM0d2ae7b1f5c44f7c9e3d6b2a8f4e1c90",
       "received",
       "+15017122661",
       "+15558675310",
       {},
       1,
       outcome::none,
       category::none,
       retry_advice::none,
       "twilio MessageStatus received"},
      {"twilio/constructed_inbound_whatsapp_location.query",
       kind::inbound_message,
       "SMa1c3e5f7b9d1a3c5e7f9b1d3a5c7e9f1",
       "received",
       "whatsapp:+15558675310",
       "whatsapp:+14155238886",
       {},
       0,
       outcome::none,
       category::none,
       retry_advice::none,
       "twilio MessageStatus received"},
      {"twilio/constructed_inbound_whatsapp_button.form",
       kind::inbound_message,
       "SMe5a7c9d1f3b5e7a9c1d3f5b7e9a1c3d5",
       "received",
       "whatsapp:+15558675310",
       "whatsapp:+14155238886",
       {},
       0,
       outcome::none,
       category::none,
       retry_advice::none,
       "twilio MessageStatus received"},
      {"twilio/constructed_status_old_names.form",
       kind::message_status,
       "SMc3e5a7b9d1f3c5e7a9b1d3f5c7e9a1b3",
       "delivered",
       "+15017122661",
       "+15558675310",
       {},
       0,
       outcome::delivered,
       category::none,
       retry_advice::none,
       "twilio MessageStatus delivered"},
  };
  return all;
}

}  // namespace

TEST_CASE("every Twilio fixture is detected, parsed and classified as its documented parameters say") {
  triage::parser parser;
  for (const expectation& e : expectations()) {
    CAPTURE(e.file);
    const std::string body = triage_test::fixture(e.file);
    REQUIRE_FALSE(body.empty());
    auto batch = parser.parse(std::string_view(body));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.provider() == triage::provider::twilio);
    const message_callback* c = cb.get_if<message_callback>();
    REQUIRE(c != nullptr);
    CHECK(c->kind == e.expected_kind);
    CHECK(cb.kind() == triage::to_string(e.expected_kind));
    CHECK(cb.id() == sv(e.message_sid));
    CHECK(cb.status() == sv(e.status));
    CHECK(c->from == sv(e.from));
    CHECK(c->to == sv(e.to));
    CHECK(c->error_code == e.error_code);
    CHECK(cb.code() == e.error_code);
    CHECK(c->media.size() == e.media_count);
    CHECK(c->account_sid == sv("AC3cfc4b5a78368f2cdb70baf2c945aee7"));
    CHECK(c->api_version == sv("2010-04-01"));
    const triage::verdict v = triage::classify(cb);
    CHECK(v.outcome == e.expected_outcome);
    CHECK(v.category == e.expected_category);
    CHECK(v.retry == e.expected_retry);
    CHECK(v.rule == e.rule);
    // The same body with the provider named, and as the format it is, parses the same.
    const triage::body_format format = triage::detect_body_format(body);
    CHECK(format != triage::body_format::json);
    auto named = parser.parse(body, triage::provider::twilio, format);
    REQUIRE(named);
    CHECK((*named)[0].id() == sv(e.message_sid));
  }
}

TEST_CASE("Twilio fixtures: the values of each documented parameter, decoded") {
  triage::parser parser;
  SECTION("a WhatsApp read receipt keeps its channel parameters") {
    const std::string body = triage_test::fixture("twilio/constructed_whatsapp_status_read.form");
    auto batch = parser.parse(std::string_view(body));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.event_type == sv("READ"));
    CHECK(c.channel_prefix == sv("whatsapp"));
    CHECK(c.channel_install_sid == sv("XE2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e"));
    CHECK(c.channel_to_address == sv("+15558675310"));
    CHECK(c.structured_message == sv("false"));
    CHECK(c.sms_status == sv("read"));
  }
  SECTION("a WhatsApp failure keeps the channel's text, which is the callback's reason") {
    const std::string body = triage_test::fixture("twilio/constructed_whatsapp_failed_63016.form");
    auto batch = parser.parse(std::string_view(body));
    REQUIRE(batch);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.reason() == sv("Failed to send freeform message because you are outside the allowed window."));
    CHECK(cb.fields().detail ==
          sv("Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, "
             "please use a Message Template."));
  }
  SECTION("an undelivered SMS keeps its RawDlrDoneDate as sent, and the trailing newline is not part of it") {
    const std::string body = triage_test::fixture("twilio/constructed_status_undelivered_30003.form");
    REQUIRE(body.back() == '\n');
    auto batch = parser.parse(std::string_view(body));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.raw_dlr_done_date == sv("2603141205"));
    CHECK(c.error_code_text == sv("30003"));
    CHECK(c.messaging_service_sid == sv("MG4f645b25e4396614a92e6377ba73aff2"));
  }
  SECTION("an inbound SMS keeps the geographic fields, spaces decoded") {
    auto batch = parser.parse(std::string_view(triage_test::fixture("twilio/constructed_inbound_sms.form")));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.body == sv("STOP"));
    CHECK(c.to_city == sv("SAN FRANCISCO"));
    CHECK(c.from_city == sv("NEW YORK"));
    CHECK(c.from_zip == sv("10001"));
    CHECK(c.to_zip == sv("94105"));
    CHECK(c.from_country == sv("US"));
    CHECK(c.to_state == sv("CA"));
    CHECK(c.num_media == 0);
    CHECK(c.num_segments == 1);
    CHECK(c.sms_message_sid == c.message_sid);
  }
  SECTION("media items come in index order whatever the body order, url and content type together") {
    auto batch = parser.parse(std::string_view(triage_test::fixture("twilio/constructed_inbound_mms_two_media.form")));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.num_media == 2);
    REQUIRE(c.media.size() == 2);
    CHECK(c.media[0].content_type == sv("image/png"));
    CHECK(c.media[0].url == sv("https://api.twilio.com/2010-04-01/Accounts/AC3cfc4b5a78368f2cdb70baf2c945aee7/Messages/"
                               "MMb2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2/Media/ME1"));
    CHECK(c.media[1].content_type == sv("application/pdf"));
    CHECK(c.body == sv(""));
  }
  SECTION("AddOns JSON is kept raw, the emoji of Body decoded to UTF-8, empty fields empty") {
    auto batch =
        parser.parse(std::string_view(triage_test::fixture("form/constructed_twilio_inbound_addons_media.form")));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.add_ons == sv(R"({"status":"successful","message":null,"code":null,"results":{}})"));
    CHECK(c.body == sv("Here's the photo \xF0\x9F\x93\xB7"));
    CHECK(c.to_city == sv(""));
    REQUIRE(c.media.size() == 1);
    CHECK(c.media[0].content_type == sv("image/jpeg"));
  }
  SECTION("a WhatsApp location from a GET query string") {
    auto batch =
        parser.parse(std::string_view(triage_test::fixture("twilio/constructed_inbound_whatsapp_location.query")));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.latitude == sv("37.7879277"));
    CHECK(c.longitude == sv("-122.3937508"));
    CHECK(c.address == sv("375 Beale St, San Francisco, CA 94105"));
    CHECK(c.label == sv("Twilio HQ"));
    CHECK(c.profile_name == sv("Ada Lovelace"));
    CHECK(c.wa_id == sv("15558675310"));
  }
  SECTION("a WhatsApp button reply keeps the button and the replied-to message") {
    auto batch =
        parser.parse(std::string_view(triage_test::fixture("twilio/constructed_inbound_whatsapp_button.form")));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK(c.button_text == sv("Yes, confirm"));
    CHECK(c.button_payload == sv("confirm_order_42"));
    CHECK(c.button_type == sv("REPLY"));
    CHECK(c.original_replied_message_sender == sv("whatsapp:+14155238886"));
    CHECK(c.original_replied_message_sid == sv("SMd4f6b8c0e2a4d6f8b0c2e4a6d8f0b2c4"));
  }
  SECTION("a body of the deprecated names only: the id is SmsSid, the status SmsStatus") {
    auto batch = parser.parse(std::string_view(triage_test::fixture("twilio/constructed_status_old_names.form")));
    REQUIRE(batch);
    const auto& c = *(*batch)[0].get_if<message_callback>();
    CHECK_FALSE(c.message_sid);
    CHECK(c.sms_sid == sv("SMc3e5a7b9d1f3c5e7a9b1d3f5c7e9a1b3"));
    CHECK_FALSE(c.message_status);
  }
}

TEST_CASE("Twilio's docs samples printed as 'Key: value' lines are not a callback") {
  triage::parser parser;
  // The shape of the samples on track-outbound-message-status and outbound-message-logging (twilio.md
  // section 10): not form encoding, so no provider's.
  for (const char* text : {"\"MessageSid\": \"SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\",\n\"MessageStatus\": \"sent\"",
                           "MessageSid: SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nMessageStatus: delivered"}) {
    CAPTURE(text);
    auto batch = parser.parse(std::string_view(text));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::invalid_json);
  }
}

TEST_CASE("Twilio detection steals nothing: other providers' forms and Twilio's JSON products are not its callbacks") {
  triage::parser parser;
  // Plivo's and Vonage's form callbacks (tests/fixtures/form/README.md) have no MessageSid/AccountSid:
  // they are their own providers'.
  const std::pair<const char*, triage::provider> others[] = {
      {"form/plivo_status_delivered_courier.form", triage::provider::plivo},
      {"form/plivo_inbound_2016_captured.form", triage::provider::plivo},
      {"form/vonage_dlr_get_php_sdk.query", triage::provider::vonage}};
  for (const auto& [file, owner] : others) {
    CAPTURE(file);
    auto batch = parser.parse(std::string_view(triage_test::fixture(file)));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == owner);
  }
  // Twilio's REST Message resource (JSON, snake_case) and an Event Streams CloudEvent (JSON: twilio.md
  // section 1, a product this build does not parse) are not messaging webhooks of any provider here.
  for (
      const char* json :
      {R"({"account_sid":"AC1","sid":"SM1","status":"sent","error_code":null,"messaging_service_sid":null})",
       R"({"specversion":"1.0","type":"com.twilio.messaging.message.delivered","source":"/2010-04-01/Accounts/AC1/Messages/SM1.json","id":"EZ1","dataschema":"https://events-schemas.twilio.com/Messaging.MessageStatus/1","datacontenttype":"application/json","time":"2025-01-01T00:00:00.000Z","data":{"messageSid":"SM1","accountSid":"AC1","messageStatus":"DELIVERED"}})",
       R"({"MessageSid":"SM1","AccountSid":"AC1","MessageStatus":"delivered"})"}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
  }
}

}  // namespace test_twilio_fixtures
