// Every WhatsApp payload of tests/fixtures/whatsapp (sources: tests/fixtures/whatsapp/README.md), with the
// fields and the verdict a reader of Meta's docs expects, callback by callback and in payload order; the
// batch-level errors and the skipped non-message changes; detection against Meta's other products.

#include <triage/triage.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_whatsapp_fixtures {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::whatsapp::kind;
using triage::whatsapp::status_value;
using triage::whatsapp::update;

std::optional<std::string_view> sv(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

struct item_expectation {
  kind expected_kind;
  const char* id;
  const char* status;     ///< the status, or the inbound message's type
  const char* recipient;  ///< status: recipient(); message: from
  const char* waba_id;
  const char* phone_number_id;
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
  retry_advice expected_retry;
};

struct payload_expectation {
  const char* file;
  std::vector<item_expectation> items;
  std::size_t batch_errors;
  std::size_t skipped;
};

const std::vector<payload_expectation>& expectations() {
  static const std::vector<payload_expectation> all = {
      {"sdk_pywa_signed_text_message.json",
       {{kind::message,
         "wamid.HBgMOTcyNTQ0NDAxMjQzFQIAEhggM0RFQTNCMEEwRTY3QzUwODYzMDc4NjQ4QzM4ODAxM0YA",
         "text",
         "972544401243",
         "264937493375603",
         "277321005464405",
         {},
         outcome::none,
         category::none,
         retry_advice::none}},
       0,
       0},
      {"constructed_status_failed_131049.json",
       {{kind::status, "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ2MjA4NEYyRkExNjMyREUA", "failed", "16505551234",
         "102290129340398", "106540352242922", 131049, outcome::retryable, category::rate_limit,
         retry_advice::retry_later}},
       0,
       0},
      {"constructed_status_sent_pmp.json",
       {{kind::status,
         "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDNDYxQzFFRkQ4M0E0QjFCMkEA",
         "sent",
         "16505551234",
         "102290129340398",
         "106540352242922",
         {},
         outcome::pending,
         category::none,
         retry_advice::none}},
       0,
       0},
      {"constructed_value_errors_130429.json", {}, 1, 0},
      {"constructed_status_failed_131026_restfb.json",
       {{kind::status, "wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBIyRkY4QzhCQkM2NEVEMTJGNjcA", "failed", "15551234567",
         "102290129340398", "106540352242922", 131026, outcome::permanent, category::recipient, retry_advice::none}},
       0,
       0},
      {"constructed_mixed_batch.json",
       {{kind::status,
         "wamid.A1",
         "delivered",
         "15551230001",
         "102290129340398",
         "106540352242922",
         {},
         outcome::delivered,
         category::none,
         retry_advice::none},
        {kind::status,
         "wamid.A1",
         "read",
         "15551230001",
         "102290129340398",
         "106540352242922",
         {},
         outcome::delivered,
         category::none,
         retry_advice::none},
        {kind::message,
         "wamid.IN1",
         "image",
         "15551230003",
         "102290129340398",
         "106540352242922",
         {},
         outcome::none,
         category::none,
         retry_advice::none},
        {kind::message,
         "wamid.IN2",
         "reaction",
         "15551230002",
         "102290129340398",
         "106540352242922",
         {},
         outcome::none,
         category::none,
         retry_advice::none},
        {kind::status, "wamid.B1", "failed", "15551230004", "209876543210987", "200000000000001", 131047,
         outcome::permanent, category::compliance, retry_advice::none}},
       0,
       1},
      {"constructed_inbound_unsupported_and_group.json",
       {{kind::message, "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRCRDcwNzgzMTRDNTAwRTgwRQA=", "unsupported", "16505551234",
         "102290129340398", "106540352242922", 131051, outcome::none, category::none, retry_advice::none},
        {kind::status,
         "wamid.GROUP1",
         "delivered",
         "16505550000",
         "102290129340398",
         "106540352242922",
         {},
         outcome::delivered,
         category::none,
         retry_advice::none}},
       0,
       0},
      {"constructed_only_account_update.json", {}, 0, 1},
  };
  return all;
}

}  // namespace

TEST_CASE("whatsapp fixtures: every callback, in payload order, with its fields and verdict") {
  triage::parser parser;
  for (const payload_expectation& p : expectations()) {
    CAPTURE(p.file);
    const std::string json = triage_test::fixture(std::string("whatsapp/") + p.file);
    REQUIRE_FALSE(json.empty());
    auto batch = parser.parse(std::string_view(json));
    if (!batch) FAIL(batch.error().message());
    REQUIRE(batch->size() == p.items.size());
    CHECK(batch->errors().size() == p.batch_errors);
    CHECK(batch->skipped() == p.skipped);
    for (std::size_t i = 0; i < p.items.size(); ++i) {
      CAPTURE(i);
      const item_expectation& want = p.items[i];
      const triage::callback& cb = (*batch)[i];
      REQUIRE(cb.provider() == triage::provider::whatsapp);
      const update* u = cb.get_if<update>();
      REQUIRE(u != nullptr);
      CHECK(u->kind == want.expected_kind);
      CHECK(cb.kind() == (want.expected_kind == kind::status ? "status" : "message"));
      CHECK(cb.id() == sv(want.id));
      CHECK(cb.status() == sv(want.status));
      CHECK(cb.code() == want.code);
      if (want.expected_kind == kind::status) {
        CHECK(u->status.recipient() == sv(want.recipient));
      } else {
        CHECK(u->message.from == sv(want.recipient));
      }
      CHECK(u->envelope.waba_id == sv(want.waba_id));
      CHECK(u->envelope.phone_number_id == sv(want.phone_number_id));
      CHECK(u->envelope.field == sv("messages"));
      CHECK(u->envelope.messaging_product == sv("whatsapp"));
      const triage::verdict v = triage::classify(cb);
      CHECK(v.outcome == want.expected_outcome);
      CHECK(v.category == want.expected_category);
      CHECK(v.retry == want.expected_retry);
      CHECK_FALSE(v.rule.empty());
    }
  }
}

TEST_CASE("whatsapp: the pywa capture, field by field (compact JSON, value before field)") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/sdk_pywa_signed_text_message.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const update& u = *(*batch)[0].get_if<update>();
  CHECK(u.message.text == sv("Hey there! I am using PyWa."));
  REQUIRE(u.message.timestamp);
  CHECK(u.message.timestamp->text == "1730231903");
  CHECK(u.message.timestamp->value == 1730231903);
  CHECK(u.envelope.display_phone_number == sv("15550953877"));
  REQUIRE(u.contacts.size() == 1);
  const triage::whatsapp::contact* who = u.find_contact(u.message.from);
  REQUIRE(who != nullptr);
  CHECK(who->name == sv("PyWa Tests"));
  CHECK(triage::classify((*batch)[0]).rule == "whatsapp messages[] an inbound message");
}

TEST_CASE("whatsapp: Meta's failed 131049 status, every field of its error") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/constructed_status_failed_131049.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const triage::callback& cb = (*batch)[0];
  const update& u = *cb.get_if<update>();
  CHECK(u.status.value == status_value::failed);
  REQUIRE(u.status.errors.size() == 1);
  const triage::whatsapp::error_object& e = u.status.errors[0];
  CHECK(e.code == 131049);
  CHECK(e.title == sv("This message was not delivered to maintain healthy ecosystem engagement."));
  CHECK(e.message == e.title);
  CHECK(e.details == sv("In order to maintain a healthy ecosystem engagement, the message failed to be delivered."));
  CHECK(e.href == sv("/documentation/business-messaging/whatsapp/support/error-codes"));
  const triage::callback_fields f = cb.fields();
  CHECK(f.reason == e.title);
  CHECK(f.detail == e.details);
  CHECK(triage::classify(cb).rule == "whatsapp statuses[].errors[].code 131049");
  CHECK_FALSE(u.status.conversation);
  CHECK_FALSE(u.status.pricing);
}

TEST_CASE("whatsapp: a sent status with conversation and pricing") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/constructed_status_sent_pmp.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const update& u = *(*batch)[0].get_if<update>();
  REQUIRE(u.status.conversation);
  CHECK(u.status.conversation->id == sv("6ceb9d929c1a6d9c6e4b6bf6a8a3bb16"));
  CHECK(u.status.conversation->origin_type == sv("marketing"));
  REQUIRE(u.status.conversation->expiration_timestamp);
  CHECK(u.status.conversation->expiration_timestamp->value == 1750350180);
  REQUIRE(u.status.pricing);
  CHECK(u.status.pricing->billable == true);
  CHECK(u.status.pricing->pricing_model == sv("PMP"));
  CHECK(u.status.pricing->category == sv("marketing"));
  CHECK(u.status.pricing->type == sv("regular"));
  CHECK(u.status.biz_opaque_callback_data == sv("campaign-42"));
  CHECK(triage::classify((*batch)[0]).rule == "whatsapp statuses[].status sent");
}

TEST_CASE("whatsapp: value-level errors stay on the batch, not on a callback") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/constructed_value_errors_130429.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  CHECK(batch->empty());
  REQUIRE(batch->errors().size() == 1);
  const triage::provider_error& e = batch->errors()[0];
  CHECK(e.code == 130429);
  CHECK(e.title == sv("Rate limit hit"));
  CHECK(e.message == sv("Rate limit hit"));
  CHECK(e.details == sv("Message failed to send because there were too many messages sent from this phone number "
                        "in a short period of time"));
  CHECK(e.href == sv("/documentation/business-messaging/whatsapp/support/error-codes"));

  // The next payload starts with no batch errors of its own.
  const std::string other = triage_test::fixture("whatsapp/constructed_status_sent_pmp.json");
  auto next = parser.parse(std::string_view(other));
  REQUIRE(next);
  CHECK(next->errors().empty());
}

TEST_CASE("whatsapp: a batch of entries and changes, a non-message change skipped and counted") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/constructed_mixed_batch.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 5);
  CHECK(batch->skipped() == 1);
  const update& image = *(*batch)[2].get_if<update>();
  REQUIRE(image.message.media);
  CHECK(image.message.media->caption == sv("receipt"));
  CHECK(image.message.media->mime_type == sv("image/jpeg"));  // sent as image\/jpeg
  CHECK(image.contacts.size() == 2);
  const triage::whatsapp::contact* who = image.find_contact(image.message.from);
  REQUIRE(who != nullptr);
  CHECK(who->name == sv("Bo"));
  const update& reaction = *(*batch)[3].get_if<update>();
  REQUIRE(reaction.message.reaction);
  CHECK(reaction.message.reaction->message_id == sv("wamid.A1"));
  CHECK(reaction.message.reaction->emoji == sv("\xF0\x9F\x91\x8D"));  // a surrogate pair, unescaped
  // The status items of the first value have no contacts; the second entry's status has its own envelope.
  CHECK((*batch)[0].get_if<update>()->contacts.empty());
  const update& failed = *(*batch)[4].get_if<update>();
  REQUIRE(failed.status.errors.size() == 1);
  CHECK(failed.status.errors[0].href ==
        sv("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"));
}

TEST_CASE(
    "whatsapp: an inbound unsupported message is none whatever its error; a group status keys on the participant") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/constructed_inbound_unsupported_and_group.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 2);
  const update& in = *(*batch)[0].get_if<update>();
  CHECK(in.message.unsupported_type == sv("edit"));
  REQUIRE(in.message.errors.size() == 1);
  CHECK(in.message.errors[0].details == sv("Message type is currently not supported."));
  const update& group = *(*batch)[1].get_if<update>();
  CHECK(group.status.recipient_type == sv("group"));
  CHECK(group.status.recipient_id == sv("120363418770915618@g.us"));
  CHECK(group.status.recipient() == sv("16505550000"));
}

TEST_CASE("whatsapp: a payload of only account events is a valid batch with no callbacks") {
  triage::parser parser;
  const std::string json = triage_test::fixture("whatsapp/constructed_only_account_update.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  CHECK(batch->empty());
  CHECK(batch->skipped() == 1);
  CHECK(batch->errors().empty());
}

TEST_CASE("whatsapp detection: Meta's other products and near misses are unknown_provider") {
  triage::parser parser;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"page", R"({"object":"page","entry":[{"id":"1","time":1,"messaging":[]}]})"},
      {"instagram", R"({"object":"instagram","entry":[{"id":"1","changes":[{"field":"comments","value":{}}]}]})"},
      {"no object", R"({"entry":[{"id":"1","changes":[]}]})"},
      {"entry not an array", R"({"object":"whatsapp_business_account","entry":{"id":"1"}})"},
      {"object not a string", R"({"object":1,"entry":[]})"},
      {"as an array", R"([{"object":"whatsapp_business_account","entry":[]}])"},
  };
  for (const auto& [name, json] : cases) {
    CAPTURE(name, json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
  }
  // The other product's object is named, at its offset.
  auto page = parser.parse(std::string_view(cases[0].second));
  REQUIRE_FALSE(page);
  CHECK(page.error().path() == "object");
  CHECK(page.error().offset() == 10);
  // Named as whatsapp, another product is still no WhatsApp webhook.
  auto forced = parser.parse(std::string_view(cases[1].second), triage::provider::whatsapp);
  REQUIRE_FALSE(forced);
  CHECK(forced.error().code() == triage::error_code::unknown_provider);
}

TEST_CASE("whatsapp detection: an empty entry array is a WhatsApp webhook with nothing in it") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(R"({"object":"whatsapp_business_account","entry":[]})"));
  REQUIRE(batch);
  CHECK(batch->empty());
}

}  // namespace test_whatsapp_fixtures
