// Every Bird payload built from the doc snippets (Bird Channels docs; messagebird.md §1 and §3), with the
// fields and the verdict a reader of the docs expects; the envelope against the bare message.

#include <triage/triage.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "catch.hpp"
#include "support.hpp"

namespace test_bird_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
namespace bird = triage::bird;

std::optional<std::string_view> opt(const char* s) {
  return s == nullptr ? std::nullopt : std::optional<std::string_view>(s);
}

struct expectation {
  const char* file;
  const char* id;
  const char* event;  // nullptr: a bare message
  const char* status;
  bird::message_status status_value;
  bird::message_direction direction;
  const char* reason_slug;  // callback_fields::reason
  const char* detail;       // callback_fields::detail
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
  retry_advice retry;
  const char* rule;
};

const expectation expectations[] = {
    {"email_message_status.json",
     "3fa85f64-5717-4562-b3fc-2c963f66afa6",
     nullptr,
     "accepted",
     bird::message_status::accepted,
     bird::message_direction::incoming,
     "string",
     "string",
     {},
     outcome::none,
     category::none,
     retry_advice::none,
     "bird inbound message"},
    {"sms_unknown_subscriber.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c01", nullptr, "delivery_failed",
     bird::message_status::delivery_failed, bird::message_direction::outgoing, "unknown_subscriber",
     "unknown subscriber", 1, outcome::permanent, category::recipient, retry_advice::none,
     "bird failure.source.code sms-messagebird 1"},
    {"sms_received_network_error.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c02", nullptr, "delivery_failed",
     bird::message_status::delivery_failed, bird::message_direction::outgoing, "received_network_error",
     "system failure", 34, outcome::retryable, category::carrier, retry_advice::retry_later,
     "bird failure.source.code sms-messagebird 34"},
    {"envelope_sms_outbound_unknown_subscriber.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c03", "sms.outbound",
     "delivery_failed", bird::message_status::delivery_failed, bird::message_direction::outgoing, "unknown_subscriber",
     "unknown subscriber", 1, outcome::permanent, category::recipient, retry_advice::none,
     "bird failure.source.code sms-messagebird 1"},
    {"envelope_sms_outbound_delivered.json",
     "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c04",
     "sms.outbound",
     "delivered",
     bird::message_status::delivered,
     bird::message_direction::outgoing,
     nullptr,
     nullptr,
     {},
     outcome::delivered,
     category::none,
     retry_advice::none,
     "bird status delivered"},
    {"envelope_whatsapp_inbound.json",
     "b1c2d3e4-0000-4000-8000-000000000005",
     "whatsapp.inbound",
     "delivered",
     bird::message_status::delivered,
     bird::message_direction::incoming,
     nullptr,
     nullptr,
     {},
     outcome::none,
     category::none,
     retry_advice::none,
     "bird inbound message"},
    {"envelope_whatsapp_outbound_undeliverable.json", "b1c2d3e4-0000-4000-8000-000000000006", "whatsapp.outbound",
     "delivery_failed", bird::message_status::delivery_failed, bird::message_direction::outgoing, nullptr,
     "Message undeliverable", 131026, outcome::permanent, category::recipient, retry_advice::none,
     "bird failure.source.code whatsapp 131026"},
};

const bird::message& only_message(const triage::result<triage::batch>& batch) {
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const bird::message* m = (*batch)[0].get_if<bird::message>();
  REQUIRE(m != nullptr);
  return *m;
}

std::string envelope(const std::string& event, const std::string& message) {
  return R"({"service":"channels","event":")" + event + R"(","payload":)" + message + "}";
}

}  // namespace

TEST_CASE("every valid Bird doc payload parses to the fields and verdict the docs describe") {
  triage::parser parser;
  for (const expectation& e : expectations) {
    CAPTURE(e.file);
    const std::string json = triage_test::fixture(std::string("bird/") + e.file);
    REQUIRE(!json.empty());
    auto batch = parser.parse(std::string_view(json));
    const bird::message& m = only_message(batch);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.provider() == triage::provider::bird);
    CHECK(cb.kind() == "message");
    CHECK(m.id == opt(e.id));
    CHECK(cb.id() == opt(e.id));
    CHECK(m.in_envelope == (e.event != nullptr));
    CHECK(m.event == opt(e.event));
    CHECK(m.service == (e.event != nullptr ? opt("channels") : std::nullopt));
    CHECK(m.status == opt(e.status));
    CHECK(m.status_value == e.status_value);
    CHECK(m.direction_value == e.direction);
    const triage::callback_fields f = cb.fields();
    CHECK(cb.kind() == f.kind);
    CHECK(f.kind == "message");
    CHECK(f.status == opt(e.status));
    CHECK(f.reason == opt(e.reason_slug));
    CHECK(f.detail == opt(e.detail));
    CHECK(f.code == e.code);
    const triage::verdict v = triage::classify(cb);
    CHECK(v.outcome == e.expected_outcome);
    CHECK(v.category == e.expected_category);
    CHECK(v.retry == e.retry);
    CHECK(v.rule == e.rule);
  }
}

TEST_CASE("the Channels message status object exposes every documented field") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bird/email_message_status.json");
  auto batch = parser.parse(std::string_view(json));
  const bird::message& m = only_message(batch);
  CHECK(m.channel_id == opt("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
  REQUIRE(m.sender);
  REQUIRE(m.sender->connector);
  CHECK(m.sender->connector->id == opt("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
  CHECK(m.sender->connector->identifier_value == opt("string"));
  CHECK(m.sender->connector->name == opt("string"));
  CHECK_FALSE(m.sender->contact);
  CHECK_FALSE(m.receiver);
  REQUIRE(m.body);
  CHECK(*m.body == "{\n    \"type\": \"text\"\n  }");
  CHECK(m.reference == opt("string"));
  REQUIRE(m.parts.size() == 1);
  CHECK(m.parts[0].platform_reference == opt("string"));
  CHECK(m.reason == opt("string"));
  CHECK_FALSE(m.reason_parts);
  CHECK(m.details == opt("string"));
  CHECK(m.direction == opt("incoming"));
  CHECK_FALSE(m.failure);
  REQUIRE(m.template_);
  CHECK(m.template_->substr(0, 1) == "{");
  CHECK_THAT(std::string(*m.template_), triage_test::contains("\"additionalProp3\": \"string\""));
  CHECK_FALSE(m.meta);
  for (const auto* t : {&m.last_status_at, &m.created_at, &m.updated_at}) {
    REQUIRE(*t);
    CHECK((*t)->raw == "2023-06-23T15:51:19.660Z");
    REQUIRE((*t)->time());
    CHECK((*t)->time()->time_since_epoch().count() == 1687535479660LL * 1000000);
  }
  CHECK(m.is_inbound());
}

TEST_CASE("the failed SMS snippets expose failure, reason parts and slug") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bird/sms_unknown_subscriber.json");
  auto batch = parser.parse(std::string_view(json));
  const bird::message& m = only_message(batch);
  REQUIRE(m.failure);
  CHECK(m.failure->code == 15005);
  REQUIRE(m.failure->source);
  CHECK(m.failure->source->name == opt("sms-messagebird"));
  CHECK(m.failure->source->code == opt("1"));
  CHECK(m.failure->source->code_number == 1);
  CHECK_FALSE(m.failure->source->code_was_number);
  CHECK_FALSE(m.failure->description);
  REQUIRE(m.reason_parts);
  CHECK(m.reason_parts->details == opt("unknown subscriber"));
  CHECK(m.reason_parts->reason == opt("unknown_subscriber"));
  CHECK(m.reason_parts->code == 1);
  REQUIRE(m.receiver);
  REQUIRE(m.receiver->contacts.size() == 1);
  const bird::contact& c = m.receiver->contacts[0];
  CHECK(c.id == opt("9a1f7e3c-2b4d-4c6e-8f10-1a2b3c4d5e6f"));
  CHECK(c.identifier_key == opt("phonenumber"));
  CHECK(c.identifier_value == opt("+31612345678"));
  CHECK_FALSE(c.type);
  CHECK_FALSE(c.identifiers);
  CHECK(m.sender->connector->name == opt("SMS channel"));
  CHECK(m.parts[0].platform_reference == opt("e8077d803532c0b5937c639b60216938"));
  CHECK(*m.body == "{\n    \"type\": \"text\",\n    \"text\": {\n      \"text\": \"Hey, listen!\"\n    }\n  }");
  REQUIRE(m.last_status_at);
  CHECK(m.last_status_at->raw == "2023-06-23T15:51:21.120Z");
}

TEST_CASE("an envelope exposes the message, its lists and its service and event") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bird/envelope_sms_outbound_delivered.json");
  auto batch = parser.parse(std::string_view(json));
  const bird::message& m = only_message(batch);
  CHECK(m.in_envelope);
  CHECK(m.service == opt("channels"));
  CHECK(m.event == opt("sms.outbound"));
  REQUIRE(m.parts.size() == 2);
  CHECK(m.parts[0].platform_reference == opt("6fe65f90454aa61536e6a88b88972670"));
  CHECK(m.parts[1].platform_reference == opt("6fe65f90454aa61536e6a88b88972671"));
  REQUIRE(m.receiver);
  REQUIRE(m.receiver->contacts.size() == 1);
  CHECK(m.receiver->contacts[0].platform_address == opt("+31612345678"));
  REQUIRE(m.meta);
  CHECK_THAT(std::string(*m.meta), triage_test::contains("\"campaign\": \"spring-sale\""));
  CHECK_FALSE(m.failure);
}

TEST_CASE("an inbound WhatsApp message has a contact as sender and a connector as receiver") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bird/envelope_whatsapp_inbound.json");
  auto batch = parser.parse(std::string_view(json));
  const bird::message& m = only_message(batch);
  REQUIRE(m.sender);
  CHECK_FALSE(m.sender->connector);
  REQUIRE(m.sender->contact);
  CHECK(m.sender->contact->identifier_value == opt("+905551234567"));
  REQUIRE(m.receiver);
  CHECK(m.receiver->contacts.empty());
  REQUIRE(m.receiver->connector);
  CHECK(m.receiver->connector->identifier_value == opt("+31970102030"));
  CHECK(m.is_inbound());
  CHECK_FALSE(m.last_status_at);
}

TEST_CASE("a bare message and the same message in an envelope give the same fields and verdict") {
  triage::parser parser;
  for (const char* file :
       {"bird/sms_unknown_subscriber.json", "bird/sms_received_network_error.json", "bird/email_message_status.json"}) {
    CAPTURE(file);
    const std::string bare = triage_test::fixture(file);
    auto first = parser.parse(std::string_view(bare));
    const bird::message bare_message = only_message(first);
    const triage::verdict bare_verdict = triage::classify((*first)[0]);
    const triage::callback_fields bare_fields = (*first)[0].fields();

    // Another parser: the first one's views stay valid only until it parses again.
    triage::parser other;
    const std::string wrapped = envelope("sms.outbound", bare);
    auto second = other.parse(std::string_view(wrapped));
    const bird::message& m = only_message(second);
    CHECK(m.in_envelope);
    CHECK(m.event == opt("sms.outbound"));
    CHECK(m.id == bare_message.id);
    CHECK(m.status == bare_message.status);
    CHECK(m.details == bare_message.details);
    CHECK(m.reason == bare_message.reason);
    REQUIRE(m.parts.size() == bare_message.parts.size());
    for (std::size_t i = 0; i < m.parts.size(); ++i) {
      CHECK(m.parts[i].platform_reference == bare_message.parts[i].platform_reference);
    }
    CHECK(m.receiver.has_value() == bare_message.receiver.has_value());
    if (m.receiver) CHECK(m.receiver->contacts.size() == bare_message.receiver->contacts.size());
    const triage::verdict v = triage::classify((*second)[0]);
    CHECK(v == bare_verdict);
    CHECK(v.rule == bare_verdict.rule);
    const triage::callback_fields f = (*second)[0].fields();
    CHECK(f.code == bare_fields.code);
    CHECK(f.kind == bare_fields.kind);
  }
}

TEST_CASE("failure.source.code may be a string or a number, with the same verdict") {
  triage::parser parser;
  const std::string text = triage_test::fixture("bird/sms_received_network_error.json");
  const std::string number = triage_test::replace_once(text, R"("code": "34")", R"("code": 34)");
  REQUIRE(number != text);
  auto from_text = parser.parse(std::string_view(text));
  const triage::verdict text_verdict = triage::classify((*from_text)[0]);
  CHECK_FALSE(only_message(from_text).failure->source->code_was_number);

  auto from_number = parser.parse(std::string_view(number));
  const bird::message& m = only_message(from_number);
  CHECK(m.failure->source->code_was_number);
  CHECK(m.failure->source->code == opt("34"));
  CHECK(m.failure->source->code_number == 34);
  const triage::verdict number_verdict = triage::classify((*from_number)[0]);
  CHECK(number_verdict == text_verdict);
  CHECK(number_verdict.rule == text_verdict.rule);
  CHECK(number_verdict.outcome == outcome::retryable);
  CHECK((*from_number)[0].code() == 34);

  // failure.code as a numeric string is read too.
  const std::string quoted_failure_code = triage_test::replace_once(text, R"("code": 15001)", R"("code": "15001")");
  auto quoted = parser.parse(std::string_view(quoted_failure_code));
  CHECK(only_message(quoted).failure->code == 15001);
}

TEST_CASE("the as-published Bird snippets are not JSON objects and give clear errors") {
  triage::parser parser;
  for (const char* file :
       {"bird/invalid/failure_sources_snippet.json", "bird/invalid/sms_extended_error_codes_snippet.json"}) {
    CAPTURE(file);
    const std::string json = triage_test::fixture(file);
    REQUIRE(!json.empty());
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    // A snippet starts with a key ("status") and then a colon: object members without their braces.
    CHECK(batch.error().code() == triage::error_code::invalid_json);
    CHECK(batch.error().offset() == json.find('"'));
    CHECK_THAT(batch.error().message(), triage_test::contains("without their enclosing { }"));
    // Wrapped in braces (and closed where the first one is cut off) the same text parses.
    std::string wrapped = "{" + json;
    while (!wrapped.empty() && (wrapped.back() == '\n' || wrapped.back() == ' ' || wrapped.back() == ',')) {
      wrapped.pop_back();
    }
    wrapped += std::string(file).find("failure_sources") != std::string::npos ? "}}" : "}";
    // A snippet has no id or channel: it is a Bird message only when named as one.
    auto fixed = parser.parse(std::string_view(wrapped), triage::provider::bird);
    const bird::message& m = only_message(fixed);
    CHECK(m.status_value == bird::message_status::delivery_failed);
    CHECK(triage::classify((*fixed)[0]).outcome != outcome::unknown);
  }
}

}  // namespace test_bird_fixtures
