// The legacy MessageBird Conversations API's webhooks: the fixtures of tests/fixtures/bird/conversations
// (captures integrations published, and payloads constructed from the Go SDK's model: see its README), their
// fields and verdicts; every status row; detection against Bandwidth's {type, message} in any key order;
// mutations and truncations; the tracker.

#include <triage/tracker.hpp>
#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_bird_conversations {

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
  const char* kind;
  const char* id;
  const char* status;
  outcome expected_outcome;
  category expected_category;
  retry_advice retry;
  const char* rule;
};

const expectation expectations[] = {
    {"constructed_conversation_updated_archived.json", "conversations_conversation", "convid", "conversation.updated",
     outcome::none, category::none, retry_advice::none, "bird conversations event without a message"},
    {"constructed_sms_message_updated_delivered.json", "conversations_message", "mesid", "delivered",
     outcome::delivered, category::none, retry_advice::none, "bird conversations status delivered"},
    {"constructed_whatsapp_message_updated_rejected.json", "conversations_message", "mesid2", "rejected",
     outcome::permanent, category::unknown, retry_advice::none, "bird conversations status rejected"},
    {"livehelperchat_2023_whatsapp_message_created_workspace.json", "conversations_message",
     "396080b1fa0a4e6781bfda4b8b9f00b6", "received", outcome::none, category::none, retry_advice::none,
     "bird conversations inbound message"},
    {"livehelperchat_doc_whatsapp_message_created.json", "conversations_message", "4587a9c901d7426ba66eb2ec153c68dd",
     "received", outcome::none, category::none, retry_advice::none, "bird conversations inbound message"},
};

std::vector<std::string> conversations_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("bird/conversations"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string show(const std::optional<std::string_view>& v) { return v ? "\"" + std::string(*v) + "\"" : "-"; }
std::string show(const std::optional<triage::timestamp>& t) {
  return t ? show(std::optional<std::string_view>(t->raw)) : "-";
}

/// Everything the parse gives of a legacy webhook, as one comparable text.
std::string snapshot(const triage::callback& cb) {
  const bird::message* m = cb.get_if<bird::message>();
  REQUIRE(m != nullptr);
  std::string s;
  if (const bird::conversations_event* e = m->conversations) {
    s += std::string(e->type);
    if (e->contact) {
      s += " contact=" + show(e->contact->id) + " " + show(e->contact->msisdn) + " " + show(e->contact->display_name);
    }
    const bird::conversations_conversation& c = e->conversation;
    s += " conversation=" + show(c.id) + " " + show(c.contact_id) + " " + show(c.status) + " " +
         show(c.last_used_channel_id) + " " + show(c.last_used_platform_id);
    if (e->message) {
      const bird::conversations_message& x = *e->message;
      s += " message=" + show(x.id) + " " + show(x.conversation_id) + " " + show(x.channel_id) + " " +
           show(x.platform) + " " + show(x.to) + " " + show(x.from) + " " + show(x.direction) + " " + show(x.status) +
           " " + show(x.type) + " " + show(x.tag) + " " + show(x.created_datetime) + " " + show(x.updated_datetime);
      // content is raw JSON text: a rewrite may change its spacing, not its presence.
      s += std::string(" content=") + (x.content ? "yes" : "-");
    }
  } else {
    s += "not a conversations webhook";
  }
  const triage::callback_fields f = cb.fields();
  s += " | " + std::string(f.kind) + " " + show(f.id) + " " + show(f.status);
  const triage::verdict v = triage::classify(cb);
  return s + " => " + fmt::format("{} {}", v, v.rule);
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  REQUIRE(batch->size() == 1);
  return snapshot((*batch)[0]);
}

/// Fields triage does not type (the contact's names and details, the conversation's counters, a message's
/// metadata) and the raw content: any value is kept or skipped. msisdn is a number or a string.
bool accepts_any(const std::string& path, const std::string& replacement) {
  if (path.rfind("message.content", 0) == 0 || path.rfind("message.metadata", 0) == 0) return true;
  if (path.rfind("conversation.messages", 0) == 0) return true;
  for (const char* unread :
       {"contact.href", "contact.firstName", "contact.lastName", "contact.customDetails", "contact.attributes",
        "contact.createdDatetime", "contact.updatedDatetime", "conversation.createdDatetime",
        "conversation.updatedDatetime", "conversation.lastReceivedDatetime", "workspaceId"}) {
    if (path.rfind(unread, 0) == 0) return true;
  }
  (void)replacement;
  return false;
}

triage::verdict verdict_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  REQUIRE((*batch)[0].provider() == triage::provider::bird);
  return triage::classify((*batch)[0]);
}

std::string message_webhook(const std::string& status, const std::string& direction = "sent") {
  return R"({"type":"message.updated","conversation":{"id":"c1"},"message":{"id":"m1","direction":")" + direction +
         R"(","status":")" + status + R"(","updatedDatetime":"2020-01-01T10:00:00Z"}})";
}

}  // namespace

TEST_CASE("Bird Conversations: every fixture is detected as Bird and gives its kind, fields and verdict") {
  triage::parser parser;
  REQUIRE(conversations_fixtures().size() == std::size(expectations));
  for (const expectation& x : expectations) {
    CAPTURE(x.file);
    const std::string json = triage_test::fixture(std::string("bird/conversations/") + x.file);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.provider() == triage::provider::bird);
    const triage::callback_fields f = cb.fields();
    CHECK(f.kind == x.kind);
    CHECK(f.id == opt(x.id));
    CHECK(f.status == opt(x.status));
    CHECK_FALSE(f.reason);
    CHECK_FALSE(f.code);
    const triage::verdict v = triage::classify(cb);
    CHECK(v.outcome == x.expected_outcome);
    CHECK(v.category == x.expected_category);
    CHECK(v.retry == x.retry);
    CHECK(v.rule == x.rule);
  }
}

TEST_CASE("Bird Conversations: the typed webhook exposes the contact, the conversation and the message") {
  triage::parser parser;
  const std::string json = triage_test::fixture("bird/conversations/livehelperchat_doc_whatsapp_message_created.json");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const bird::message* m = (*batch)[0].get_if<bird::message>();
  REQUIRE(m != nullptr);
  REQUIRE(m->conversations != nullptr);
  CHECK(m->platform == nullptr);
  const bird::conversations_event& e = *m->conversations;
  CHECK(e.type == "message.created");
  REQUIRE(e.contact);
  CHECK(e.contact->id == opt("3637e85836bd49a185c8cabd62a88f8c"));
  CHECK(e.contact->msisdn == opt("37065272274"));  // a JSON number, kept as its digits
  CHECK(e.contact->display_name == opt("Remigijus Kiminas"));
  CHECK(e.conversation.id == opt("2386ce6e75af4286a5617f7900c498dd"));
  CHECK(e.conversation.status == opt("active"));
  CHECK(e.conversation.last_used_channel_id == opt("13e2cb41651e4af5a31bd379145433b5"));
  REQUIRE(e.message);
  CHECK(e.message->platform == opt("whatsapp"));
  CHECK(e.message->to == opt("+447418310508"));
  CHECK(e.message->from == opt("+37065272274"));
  CHECK(e.message->direction == opt("received"));
  CHECK(e.message->type == opt("text"));
  CHECK(e.message->content == opt(R"({
            "text": "Gggg"
        })"));
  REQUIRE(e.message->updated_datetime);
  CHECK(e.message->updated_datetime->raw == "2021-10-28T05:07:13.735327939Z");
  CHECK(e.message->updated_datetime->time().has_value());
  CHECK(e.is_inbound());
  // The Channels message fields stay absent.
  CHECK_FALSE(m->id);
  CHECK_FALSE(m->status);

  const std::string later =
      triage_test::fixture("bird/conversations/livehelperchat_2023_whatsapp_message_created_workspace.json");
  batch = parser.parse(std::string_view(later));
  REQUIRE(batch);
  const bird::conversations_event& l = *(*batch)[0].get_if<bird::message>()->conversations;
  CHECK(l.conversation.last_used_platform_id == opt("whatsapp"));
  CHECK(l.contact->display_name == opt("+37065272274"));

  const std::string rejected =
      triage_test::fixture("bird/conversations/constructed_whatsapp_message_updated_rejected.json");
  batch = parser.parse(std::string_view(rejected));
  REQUIRE(batch);
  const bird::conversations_event& r = *(*batch)[0].get_if<bird::message>()->conversations;
  CHECK(r.contact->msisdn == opt("31612345678"));  // a string this time
  CHECK(r.message->tag == opt("ACCOUNT_UPDATE"));
  CHECK(r.message->type == opt("hsm"));
  CHECK_FALSE(r.is_inbound());
}

TEST_CASE("Bird Conversations: every status row classifies an outbound message; direction received is none") {
  triage::parser parser;
  REQUIRE(std::size(bird::conversations_statuses) == 23);
  for (const bird::conversations_status_row& row : bird::conversations_statuses) {
    CAPTURE(row.status);
    CHECK(row.verdict.rule == "bird conversations status " + std::string(row.status));
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://github.com/messagebird/go-rest-api/", 0) == 0);
    const triage::verdict v = verdict_of(parser, message_webhook(std::string(row.status)));
    CHECK(v.outcome == row.verdict.outcome);
    CHECK(v.category == row.verdict.category);
    CHECK(v.retry == row.verdict.retry);
    CHECK(v.rule == row.verdict.rule);
    const triage::verdict inbound = verdict_of(parser, message_webhook(std::string(row.status), "received"));
    CHECK(inbound.outcome == outcome::none);
    CHECK(inbound.rule == "bird conversations inbound message");
  }
  // The ones a sender acts on, spelled out.
  CHECK(verdict_of(parser, message_webhook("delivered")).outcome == outcome::delivered);
  CHECK(verdict_of(parser, message_webhook("read")).outcome == outcome::none);  // a read receipt
  CHECK(verdict_of(parser, message_webhook("sent")).outcome == outcome::pending);
  const triage::verdict expired = verdict_of(parser, message_webhook("expired"));
  CHECK(expired.outcome == outcome::retryable);
  CHECK(expired.retry == retry_advice::retry_later);
  CHECK(verdict_of(parser, message_webhook("bounce")).category == category::recipient);
  for (const char* compliance : {"spam_complaint", "list_unsubscribe"}) {
    const triage::verdict v = verdict_of(parser, message_webhook(compliance));
    CHECK(v.outcome == outcome::none);
    CHECK(v.category == category::compliance);
  }
  // A status no row names, and none.
  const triage::verdict future = verdict_of(parser, message_webhook("queued_somewhere"));
  CHECK(future.outcome == outcome::unknown);
  CHECK(future.rule == "bird conversations status not recognised");
  const triage::verdict none = verdict_of(parser, R"({"type":"message.created","conversation":{},"message":{}})");
  CHECK(none.outcome == outcome::unknown);
  CHECK(none.rule == "bird conversations message without status");
}

TEST_CASE("Bird Conversations: detection takes {type, conversation, message} from Bandwidth in any key order") {
  triage::parser parser;
  const std::string conversation = R"("conversation":{"id":"c1"})";
  const std::string message = R"("message":{"id":"m1","direction":"sent","status":"delivered"})";
  const std::string type = R"("type":"message.updated")";
  const std::string orders[] = {
      "{" + type + "," + message + "," + conversation + "}",
      "{" + message + "," + type + "," + conversation + "}",
      "{" + conversation + "," + message + "," + type + "}",
      "{" + message + "," + conversation + "," + type + "}",
      "{" + type + "," + conversation + "," + message + "}",
      "{" + conversation + "," + type + "," + message + "}",
      // keys no shape names in between, and after
      "{" + type + R"(,"workspaceId":1,)" + message + R"(,"x":[1,{"conversation":1}],)" + conversation + R"(,"y":2})",
  };
  for (const std::string& json : orders) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == triage::provider::bird);
    CHECK((*batch)[0].kind() == "conversations_message");
    CHECK(triage::classify((*batch)[0]).outcome == outcome::delivered);
  }
  // Bandwidth's own events, bare or in an array, and with a `conversation` that is not an object.
  for (const std::string& json :
       {std::string(R"({"type":"message-delivered","time":"t","message":{"id":"m","direction":"out"}})"),
        std::string(R"([{"type":"message-delivered","time":"t","message":{"id":"m"}}])"),
        std::string(R"({"type":"message-delivered","message":{"id":"m"},"conversation":"c"})"),
        std::string(R"({"type":"message-delivered","message":{"id":"m"},"conversation":null})")}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    CHECK((*batch)[0].provider() == triage::provider::bandwidth);
  }
  // In an array only providers that post arrays count: a legacy webhook never comes in one.
  auto array = parser.parse(std::string_view("[{" + type + "," + message + "," + conversation + "}]"));
  REQUIRE(array);
  CHECK((*array)[0].provider() == triage::provider::bandwidth);
  // conversation.* events: type and conversation.
  auto created = parser.parse(std::string_view(R"({"type":"conversation.created","conversation":{"id":"c9"}})"));
  REQUIRE(created);
  CHECK((*created)[0].kind() == "conversations_conversation");
  CHECK(triage::classify((*created)[0]).outcome == outcome::none);
  // Without its type the webhook is nobody's: the error names the closest shape's missing key.
  auto typeless = parser.parse(std::string_view("{" + conversation + "," + message + "}"));
  REQUIRE_FALSE(typeless);
  CHECK(typeless.error().code() == triage::error_code::unknown_provider);
  CHECK(typeless.error().path() == "type");
}

TEST_CASE("Bird Conversations: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  for (const std::string& file : conversations_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    const std::string expected = snapshot_of(parser, original);
    REQUIRE(expected.rfind("error", 0) != 0);
    for (const auto& [name, rewritten] : triage_test::equivalent_rewrites(original)) {
      CAPTURE(name);
      CHECK(snapshot_of(parser, rewritten) == expected);
    }
  }
}

TEST_CASE("Bird Conversations: every field can be missing or null; the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : conversations_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      for (const bool drop : {true, false}) {
        triage_test::mutation m;
        if (drop) {
          m.drop = [&](const std::string& p) { return p == path; };
        } else {
          m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
        }
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::bird);
        REQUIRE(batch);
        REQUIRE(batch->size() == 1);
        CHECK_FALSE(triage::classify((*batch)[0]).rule.empty());
        // Without its type or its conversation the payload is no legacy webhook; with both it stays one.
        const bool envelope_key = path == "type" || path == "conversation";
        CHECK(((*batch)[0].get_if<bird::message>()->conversations != nullptr) == !envelope_key);
      }
    }
  }
}

TEST_CASE("Bird Conversations: a wrong type in a known field is an error naming the field") {
  triage::parser parser;
  for (const std::string& file : conversations_fixtures()) {
    const std::string original = triage_test::read_file(file);
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      using simdjson::dom::element_type;
      std::vector<std::string> wrong;
      switch (field.type) {
        case element_type::STRING: wrong = {"true", "[1]", "{\"x\":1}"}; break;
        case element_type::OBJECT: wrong = {"\"x\"", "7", "[{}]"}; break;
        case element_type::ARRAY: wrong = {"{\"x\":1}", "\"x\"", "false"}; break;
        default: wrong = {"true", "[1]", "{}"}; break;
      }
      for (const std::string& replacement : wrong) {
        CAPTURE(file, field.path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == field.path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::bird);
        if (accepts_any(field.path, replacement)) {
          CHECK(batch);
          continue;
        }
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK(e.code() == triage::error_code::wrong_type);
        CHECK(e.path() == field.path);
        CHECK(e.has_offset());
      }
    }
  }
}

TEST_CASE("Bird Conversations: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : conversations_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      auto batch = parser.parse(std::string_view(json.data(), n));
      CHECK_FALSE(batch);
      if (!batch) CHECK_FALSE(batch.error().message().empty());
      CHECK_FALSE(parser.parse(std::string_view(json.data(), n), triage::provider::bird));
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("Bird Conversations: views stay valid until the next parse; a later webhook replaces the last, whole") {
  triage::parser parser;
  const std::string first_json =
      triage_test::fixture("bird/conversations/constructed_whatsapp_message_updated_rejected.json");
  auto first = parser.parse(std::string_view(first_json));
  REQUIRE(first);
  CHECK((*first)[0].get_if<bird::message>()->conversations->message->tag == opt("ACCOUNT_UPDATE"));
  const std::string channels = triage_test::fixture("bird/sms_unknown_subscriber.json");
  auto second = parser.parse(std::string_view(channels));
  REQUIRE(second);
  CHECK((*second)[0].get_if<bird::message>()->conversations == nullptr);
  auto third = parser.parse(std::string_view(R"({"type":"conversation.created","conversation":{"id":"c"}})"));
  REQUIRE(third);
  const bird::conversations_event& e = *(*third)[0].get_if<bird::message>()->conversations;
  CHECK_FALSE(e.message);
  CHECK_FALSE(e.contact);
  CHECK_FALSE(e.conversation.status);
}

TEST_CASE("tracker: a legacy Conversations message folds by message id; a redelivery is a duplicate") {
  triage::tracker tracker;
  const auto webhook = [](const std::string& status, const std::string& second) {
    return R"({"type":"message.updated","contact":{"msisdn":31612345678},"conversation":{"id":"convid"},)"
           R"("message":{"id":"mesid","direction":"sent","to":"+31612345678","status":")" +
           status + R"(","updatedDatetime":"2018-08-24T09:49:)" + second + R"(Z"}})";
  };
  REQUIRE(tracker.observe_payload(webhook("delivered", "05")));
  REQUIRE(tracker.observe_payload(webhook("accepted", "01")));
  REQUIRE(tracker.observe_payload(webhook("sent", "02")));
  const triage::message_state* s = tracker.find(triage::provider::bird, "mesid");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->phase == triage::phase::terminal);
  CHECK(s->status.view() == std::optional<std::string_view>("delivered"));
  CHECK(s->contact.view() == std::optional<std::string_view>("31612345678"));
  CHECK(s->callbacks == 3);
  REQUIRE(tracker.observe_payload(webhook("sent", "02")));
  CHECK(s->duplicates == 1);
  // A read after the delivery is history; the conversation's own events are states of their own.
  REQUIRE(tracker.observe_payload(webhook("read", "09")));
  CHECK(s->verdict.outcome == outcome::delivered);
  REQUIRE(tracker.observe_payload(R"({"type":"conversation.updated","conversation":{"id":"convid"}})"));
  const triage::message_state* c = tracker.find(triage::provider::bird, "convid");
  REQUIRE(c != nullptr);
  CHECK(c->verdict.outcome == outcome::none);
}

}  // namespace test_bird_conversations
