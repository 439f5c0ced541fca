// Every Vonage payload of tests/fixtures/vonage (SDK test data, docs examples, an issue's captured DLR and
// constructed shapes; sources in tests/fixtures/vonage/README.md), through the parser in its encoding (JSON,
// form body, query string), with the fields and the verdict a reader of Vonage's docs expects.

#include <triage/triage.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_vonage_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::vonage::api;
using triage::vonage::kind;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

struct expectation {
  const char* file;
  triage::body_format format;
  api expected_api;
  kind expected_kind;
  const char* id;
  const char* status;
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
  retry_advice expected_retry;
  const char* rule;
};

const std::vector<expectation>& expectations() {
  using triage::body_format;
  static const std::vector<expectation> all = {
      {"doc_dlr_delivered.json", body_format::json, api::sms, kind::delivery_receipt, "0B00000127FDBC63", "delivered",
       0, outcome::delivered, category::none, retry_advice::none, "vonage status sms delivered"},
      {"sdk_php_dlr_get.query", body_format::query, api::sms, kind::delivery_receipt, "14000000F9DBBBBB", "delivered",
       0, outcome::delivered, category::none, retry_advice::none, "vonage status sms delivered"},
      {"sdk_php_dlr_post.form", body_format::form, api::sms, kind::delivery_receipt, "14000000F9DBBBBB", "delivered", 0,
       outcome::delivered, category::none, retry_advice::none, "vonage status sms delivered"},
      {"sdk_php_dlr_post_json.json", body_format::json, api::sms, kind::delivery_receipt, "14000000F9DBBBBB",
       "delivered", 0, outcome::delivered, category::none, retry_advice::none, "vonage status sms delivered"},
      {"sdk_php_inbound_binary.query",
       body_format::query,
       api::sms,
       kind::inbound_sms,
       "02000000DA7C52E7",
       nullptr,
       {},
       outcome::none,
       category::none,
       retry_advice::none,
       "vonage inbound message"},
      {"sdk_php_inbound_long.query",
       body_format::query,
       api::sms,
       kind::inbound_sms,
       "02000000DA7C52E7",
       nullptr,
       {},
       outcome::none,
       category::none,
       retry_advice::none,
       "vonage inbound message"},
      {"sdk_php_issue416_dlr_failed.json", body_format::json, api::sms, kind::delivery_receipt,
       "2e1b8fa7-5fb5-4792-b24c-4caa2d06d73b", "failed", 12, outcome::permanent, category::recipient,
       retry_advice::none, "vonage err-code 12"},
      {"sdk_dotnet_dlr.json", body_format::json, api::sms, kind::delivery_receipt, "0A0000001234567B", "delivered", 0,
       outcome::delivered, category::none, retry_advice::none, "vonage status sms delivered"},
      {"sdk_dotnet_inbound_sms.json",
       body_format::json,
       api::sms,
       kind::inbound_sms,
       "0A0000000123ABCD1",
       nullptr,
       {},
       outcome::none,
       category::none,
       retry_advice::none,
       "vonage inbound message"},
      // submitted with error 1000 attached: still in flight (the error rides on a non-final status).
      {"sdk_dotnet_message_status.json", body_format::json, api::messages, kind::message_status,
       "aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab", "submitted", 1000, outcome::pending, category::none, retry_advice::none,
       "vonage status messages submitted"},
      {"sdk_dotnet_inbound_message.json",
       body_format::json,
       api::messages,
       kind::inbound_message,
       "52afe398-e31a-4362-8c42-beb0c3b1d098",
       nullptr,
       {},
       outcome::none,
       category::none,
       retry_advice::none,
       "vonage inbound message"},
      {"sdk_symfony_message_delivered_minimal.json",
       body_format::json,
       api::messages,
       kind::message_status,
       "1",
       "delivered",
       {},
       outcome::delivered,
       category::none,
       retry_advice::none,
       "vonage status messages delivered"},
      {"constructed_message_rejected_1300.json", body_format::json, api::messages, kind::message_status,
       "aaaaaaaa-bbbb-cccc-dddd-0123456789ab", "rejected", 1300, outcome::permanent, category::recipient,
       retry_advice::none, "vonage error 1300"},
      {"constructed_message_undeliverable_v01.json", body_format::json, api::messages, kind::message_status,
       "a10fb9e7-a9d1-4e8d-8b8d-ea1c0a5c6a7b", "undeliverable", 1180, outcome::retryable, category::unreachable,
       retry_advice::retry_later, "vonage error 1180"},
      {"constructed_message_read_doubled_error.json", body_format::json, api::messages, kind::message_status,
       "aaaaaaaa-bbbb-cccc-dddd-0123456789ab", "read", 1000, outcome::none, category::none, retry_advice::none,
       "vonage status messages read"},
  };
  return all;
}

/// Parses a fixture, whose body stays alive for the whole test run: the values of a form body point into it.
triage::result<triage::batch> parse_file(triage::parser& parser, const std::string& name) {
  static std::deque<std::string> bodies;
  bodies.push_back(triage_test::fixture(name));
  return parser.parse(std::string_view(bodies.back()));
}

const triage::vonage::callback& only_callback(const triage::batch& b) {
  REQUIRE(b.size() == 1);
  REQUIRE(b[0].provider() == triage::provider::vonage);
  return std::get<triage::vonage::callback>(b[0].variant());
}

}  // namespace

TEST_CASE("every Vonage fixture gives its callback with its fields and verdict, in its encoding") {
  triage::parser parser;
  for (const expectation& e : expectations()) {
    CAPTURE(e.file);
    const std::string body = triage_test::fixture(std::string("vonage/") + e.file);
    // The encoding is told apart from the body too (detect_body_format), and both give the same answer.
    for (bool told : {true, false}) {
      auto parsed = told ? parser.parse(std::string_view(body), e.format) : parser.parse(std::string_view(body));
      REQUIRE(parsed);
      const triage::vonage::callback& c = only_callback(*parsed);
      CHECK(c.api == e.expected_api);
      CHECK(c.kind == e.expected_kind);
      const triage::callback_fields f = triage::vonage::fields_of(c);
      CHECK(f.kind == triage::to_string(e.expected_kind));
      CHECK(f.id == sv(e.id));
      CHECK(f.status == sv(e.status));
      CHECK(f.code == e.code);
      const triage::verdict v = triage::classify((*parsed)[0]);
      CHECK(v.outcome == e.expected_outcome);
      CHECK(v.category == e.expected_category);
      CHECK(v.retry == e.expected_retry);
      CHECK(v.rule == e.rule);
    }
  }
}

TEST_CASE("the expectations cover every Vonage fixture file") {
  std::vector<std::string> listed;
  for (const expectation& e : expectations()) listed.emplace_back(e.file);
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("vonage"))) {
    const std::string name = entry.path().filename().string();
    if (name == "README.md" || name == "vonage_error_codes.csv" || entry.is_directory()) continue;
    CAPTURE(name);
    CHECK(std::find(listed.begin(), listed.end(), name) != listed.end());
  }
}

TEST_CASE("Vonage: the three encodings of one DLR give the same fields, the form values decoded") {
  triage::parser parser;
  const std::string query = triage_test::fixture("vonage/sdk_php_dlr_get.query");
  auto q = parser.parse(std::string_view(query), triage::body_format::query);
  REQUIRE(q);
  const triage::vonage::sms_message s = only_callback(*q).sms;
  CHECK(s.msisdn == sv("14845552121"));
  CHECK(s.to == sv("16105553939"));
  CHECK(s.network_code == sv("310004"));
  CHECK(s.price == sv("0.00845000"));
  CHECK(s.scts == sv("1234567890"));
  CHECK(s.err_code == sv("0"));
  CHECK(s.api_key == sv("a1234567"));
  CHECK(s.client_ref == sv("my-ref"));
  CHECK(s.message_timestamp == sv("2020-07-17 02:34:35"));
  // The same parameters as a JSON object.
  std::string json = "{";
  std::vector<char> scratch;
  triage::detail::form_reader reader(query, scratch);
  triage::detail::form_field field;
  while (reader.next(field)) {
    json += (json.size() > 1 ? ",\"" : "\"") + std::string(field.key) + "\":\"" + std::string(field.value) + "\"";
  }
  json += "}";
  auto j = parser.parse(std::string_view(json));
  REQUIRE(j);
  const triage::vonage::sms_message& same = only_callback(*j).sms;
  CHECK(same.msisdn == sv("14845552121"));
  CHECK(same.message_timestamp == sv("2020-07-17 02:34:35"));
  CHECK(same.client_ref == sv("my-ref"));
  CHECK(same.error_code == std::optional<std::int64_t>(0));
}

TEST_CASE("Vonage: every field of the inbound SMS fixtures is read") {
  triage::parser parser;
  auto parsed = parse_file(parser, "vonage/sdk_dotnet_inbound_sms.json");
  REQUIRE(parsed);
  const triage::vonage::sms_message& s = only_callback(*parsed).sms;
  CHECK(s.api_key == sv("abcd1234"));
  CHECK(s.msisdn == sv("447700900001"));
  CHECK(s.to == sv("447700900000"));
  CHECK(s.text == sv("Hello world"));
  CHECK(s.type == sv("text"));
  CHECK(s.keyword == sv("HELLO"));
  CHECK(s.message_timestamp == sv("2020-01-01T12:00:00.000+00:00"));
  CHECK(s.timestamp == sv("1578787200"));
  CHECK(s.nonce == sv("aaaaaaaa-bbbb-cccc-dddd-0123456789ab"));
  CHECK(s.concat == sv("true"));
  CHECK(s.concat_ref == sv("1"));
  CHECK(s.concat_total == sv("3"));
  CHECK(s.concat_part == sv("2"));
  CHECK(s.data == sv("abc123"));
  CHECK(s.udh == sv("abc123"));

  auto binary = parse_file(parser, "vonage/sdk_php_inbound_binary.query");
  REQUIRE(binary);
  const triage::vonage::sms_message& b = only_callback(*binary).sms;
  CHECK(b.type == sv("binary"));
  CHECK(b.text == sv("Binary message"));
  CHECK(b.udh == sv("0605040B8423F0"));
  CHECK(b.timestamp == sv("1464088321"));

  auto long_text = parse_file(parser, "vonage/sdk_php_inbound_long.query");
  REQUIRE(long_text);
  const triage::vonage::sms_message& l = only_callback(*long_text).sms;
  CHECK(l.concat_part == sv("3"));
  CHECK(l.concat_total == sv("4"));
  CHECK(l.text->substr(0, 20) == "y for a non-function");
  CHECK(l.text->find("reasoning.\n\nI") == std::string_view::npos);
  CHECK(l.text->find("sell.\n\nI understand") != std::string_view::npos);
}

TEST_CASE("Vonage: the .NET DLR's numeric timestamp is kept as its text, and its signing fields are read") {
  triage::parser parser;
  auto parsed = parse_file(parser, "vonage/sdk_dotnet_dlr.json");
  REQUIRE(parsed);
  const triage::vonage::sms_message& s = only_callback(*parsed).sms;
  CHECK(s.timestamp == sv("1582650446"));
  CHECK(s.nonce == sv("ec11dd3e-1e7f-4db5-9467-82b02cd223b9"));
  CHECK(s.sig == sv("1A20E4E2069B609FDA6CECA9DE18D5CAFE99720DDB628BD6BE8B19942A336E1C"));
  CHECK(s.client_ref == sv("steve"));
  CHECK(s.to == sv("AcmeInc"));
}

TEST_CASE("Vonage: every field of the Messages API status and inbound fixtures is read") {
  triage::parser parser;
  auto status = parse_file(parser, "vonage/sdk_dotnet_message_status.json");
  REQUIRE(status);
  const triage::vonage::message_event& m = only_callback(*status).messages;
  REQUIRE(m.to);
  CHECK(m.to->value == sv("447700900000"));
  CHECK_FALSE(m.to->type);
  REQUIRE(m.from);
  CHECK(m.from->value == sv("447700900001"));
  REQUIRE(m.timestamp);
  CHECK(m.timestamp->raw == "2025-02-03T12:14:25Z");
  CHECK(m.timestamp->time().has_value());
  CHECK(m.channel == sv("sms"));
  CHECK(m.client_ref == sv("abc123"));
  REQUIRE(m.error);
  CHECK(m.error->type == sv("https://developer.vonage.com/api-errors/messages#1000"));
  CHECK(m.error->title == sv("1000"));
  CHECK(m.error->instance == sv("bf0ca0bf927b3b52e3cb03217e1a1ddf"));
  CHECK(m.error->resolved_code == std::optional<std::int64_t>(1000));
  REQUIRE(m.workflow);
  CHECK(m.workflow->id == sv("3TcNjguHxr2vcCZ9Ddsnq6tw8yQUpZ9rMHv9QXSxLan5ibMxqSzLdx9"));
  CHECK(m.workflow->item_number == sv("1"));
  CHECK(m.workflow->items_total == sv("2"));
  REQUIRE(m.usage);
  CHECK(m.usage->currency == sv("EUR"));
  CHECK(m.usage->price == sv("0.0333"));
  CHECK(m.network_code == sv("12345"));
  CHECK(m.sms_count_total == sv("2"));
  CHECK(m.sms_parts == std::optional<std::int64_t>(2));
  REQUIRE(m.whatsapp);
  CHECK(m.whatsapp->find("\"pricing_model\": \"CBP\"") != std::string_view::npos);
  const triage::callback_fields f = triage::vonage::fields_of(only_callback(*status));
  CHECK(f.detail == sv("Throttled"));
  CHECK(f.reason->substr(0, 11) == "Throttled -");

  auto inbound = parse_file(parser, "vonage/sdk_dotnet_inbound_message.json");
  REQUIRE(inbound);
  const triage::vonage::message_event& in = only_callback(*inbound).messages;
  CHECK(in.channel == sv("whatsapp"));
  CHECK(in.message_type == sv("text"));
  CHECK(in.text == sv("Nexmo Verification code: 12345.<br />Valid for 10 minutes."));
  CHECK(in.provider_message == sv("string"));
  CHECK(in.client_ref == sv("string"));
  CHECK(in.network_code == sv("12345"));
  CHECK(in.sms_count_total == sv("2"));
  CHECK(in.sms_keyword == sv("HELLO"));
  REQUIRE(in.profile);
  CHECK(*in.profile == R"({
    "name": "Jane Smith"
  })");
  REQUIRE(in.context);
  CHECK(in.context->find("aaaaaaaa-bbbb-cccc-dddd-0123456789ab") != std::string_view::npos);
}

TEST_CASE("Vonage: a v0.1 status reads its to/from objects and error{code, reason}") {
  triage::parser parser;
  auto parsed = parse_file(parser, "vonage/constructed_message_undeliverable_v01.json");
  REQUIRE(parsed);
  const triage::callback_fields f = triage::vonage::fields_of(only_callback(*parsed));
  const triage::vonage::message_event& m = only_callback(*parsed).messages;
  REQUIRE(m.to);
  CHECK(m.to->type == sv("sms"));
  CHECK(m.to->value == sv("447700900000"));
  REQUIRE(m.error);
  CHECK(m.error->code == std::optional<std::int64_t>(1180));
  CHECK(f.reason == sv("Absent Subscriber Temporary"));
  CHECK(f.detail == sv("Absent Subscriber Temporary"));
}

TEST_CASE("the fmt formatter and to_string name every Vonage kind") {
  CHECK(triage::to_string(kind::delivery_receipt) == "delivery_receipt");
  CHECK(triage::to_string(kind::inbound_sms) == "inbound_sms");
  CHECK(triage::to_string(kind::message_status) == "message_status");
  CHECK(triage::to_string(kind::inbound_message) == "inbound_message");
  CHECK(triage::to_string(triage::provider::vonage) == "vonage");
  CHECK(triage::provider_from_string("vonage") == triage::provider::vonage);
}

}  // namespace test_vonage_fixtures
