// Bird Channels message interactions (`<channel>.interaction`): the fixtures of
// tests/fixtures/bird/interactions (constructed from the MessageInteraction schema: see its README), every
// interaction row, the compliance signals, mutations and truncations, and the tracker, which folds an
// interaction into the message it is about without changing its outcome.

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

namespace test_bird_interactions {

namespace {

using triage::category;
using triage::outcome;
namespace bird = triage::bird;

std::optional<std::string_view> opt(const char* s) {
  return s == nullptr ? std::nullopt : std::optional<std::string_view>(s);
}

struct expectation {
  const char* file;
  const char* message_id;
  const char* type;
  const char* details;
  category expected_category;
};

const expectation expectations[] = {
    {"email_opened_initial_open.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c10", "opened", "initial_open",
     category::none},
    {"email_reported_as_spam.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c11", "reported-as-spam", "spam_complaint",
     category::compliance},
    {"email_unsubscribe_request.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c12", "unsubscribe-request",
     "list_unsubscribe", category::compliance},
    {"rcs_clicked_suggestion.json", "7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c13", "clicked", "item_1_clicked",
     category::none},
};

std::vector<std::string> interaction_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("bird/interactions"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string show(const std::optional<std::string_view>& v) { return v ? "\"" + std::string(*v) + "\"" : "-"; }

/// Everything the parse gives of an interaction, as one comparable text.
std::string snapshot(const triage::callback& cb) {
  const bird::message* m = cb.get_if<bird::message>();
  REQUIRE(m != nullptr);
  std::string s = show(m->event) + " id=" + show(m->id) + " message=" + show(m->message_id) +
                  " channel=" + show(m->channel_id) + " platform=" + show(m->platform_id) +
                  " type=" + show(m->interaction_type) + " details=" + show(m->details) +
                  " reference=" + show(m->message_reference) +
                  " at=" + show(m->created_at ? std::optional<std::string_view>(m->created_at->raw) : std::nullopt);
  if (m->receiver) {
    for (const bird::contact& c : m->receiver->contacts) s += " to=" + show(c.identifier_value);
  }
  const triage::callback_fields f = cb.fields();
  s += " | " + std::string(f.kind) + " " + show(f.id) + " " + show(f.status) + " " + show(f.reason);
  const triage::verdict v = triage::classify(cb);
  return s + " => " + fmt::format("{} {}", v, v.rule);
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  REQUIRE(batch->size() == 1);
  return snapshot((*batch)[0]);
}

triage::verdict verdict_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  REQUIRE((*batch)[0].provider() == triage::provider::bird);
  CHECK((*batch)[0].kind() == "interaction");
  return triage::classify((*batch)[0]);
}

std::string interaction(const std::string& type) {
  return R"({"service":"channels","event":"email.interaction","payload":{"id":"i","channelId":"c",)"
         R"("messageId":"m","type":")" +
         type + R"(","createdAt":"2024-03-05T10:15:00Z"}})";
}

}  // namespace

TEST_CASE("Bird interactions: every fixture is an interaction of the message it names, none or compliance") {
  triage::parser parser;
  REQUIRE(interaction_fixtures().size() == std::size(expectations));
  for (const expectation& x : expectations) {
    CAPTURE(x.file);
    const std::string json = triage_test::fixture(std::string("bird/interactions/") + x.file);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.provider() == triage::provider::bird);
    const triage::callback_fields f = cb.fields();
    CHECK(f.kind == "interaction");
    CHECK(f.id == opt(x.message_id));
    CHECK(f.status == opt(x.type));
    CHECK(f.reason == opt(x.details));
    const triage::verdict v = triage::classify(cb);
    CHECK(v.outcome == outcome::none);
    CHECK(v.category == x.expected_category);
    CHECK(v.rule == "bird interaction " + std::string(x.type));
  }
}

TEST_CASE("Bird interactions: every row of the table, and a type it does not know") {
  triage::parser parser;
  REQUIRE(std::size(bird::interactions) == 11);
  for (const bird::interaction_row& row : bird::interactions) {
    CAPTURE(row.type);
    CHECK(row.verdict.rule == "bird interaction " + std::string(row.type));
    CHECK(row.verdict.outcome == outcome::none);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://docs.bird.com/", 0) == 0);
    const triage::verdict v = verdict_of(parser, interaction(std::string(row.type)));
    CHECK(v.outcome == row.verdict.outcome);
    CHECK(v.category == row.verdict.category);
    CHECK(v.rule == row.verdict.rule);
  }
  for (const char* signal : {"reported-as-spam", "unsubscribe-request", "delete-request"}) {
    CHECK(bird::find_interaction(signal)->verdict.category == category::compliance);
  }
  const triage::verdict future = verdict_of(parser, interaction("forwarded"));
  CHECK(future.outcome == outcome::none);
  CHECK(future.rule == "bird interaction type not recognised");
  // Any channel's interaction event, and a bare interaction object (messageId, type, no status).
  CHECK(verdict_of(parser, R"({"service":"channels","event":"whatsapp.interaction","payload":{"id":"i",)"
                           R"("channelId":"c","messageId":"m","type":"read"}})")
            .rule == "bird interaction read");
  CHECK(verdict_of(parser, R"({"id":"i","channelId":"c","messageId":"m","type":"opened"})").rule ==
        "bird interaction opened");
  // A Channels message with a status is no interaction, even with a messageId.
  auto message = parser.parse(std::string_view(
      R"({"service":"channels","event":"sms.outbound","payload":{"id":"m","channelId":"c","status":"delivered"}})"));
  REQUIRE(message);
  CHECK((*message)[0].kind() == "message");
}

TEST_CASE("Bird interactions: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  for (const std::string& file : interaction_fixtures()) {
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

TEST_CASE("Bird interactions: every field can be missing or null; the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : interaction_fixtures()) {
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
      }
    }
  }
}

TEST_CASE("Bird interactions: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : interaction_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      auto batch = parser.parse(std::string_view(json.data(), n));
      CHECK_FALSE(batch);
      if (!batch) CHECK_FALSE(batch.error().message().empty());
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("tracker: an interaction joins its message's state; the delivery stays, a redelivery is a duplicate") {
  triage::tracker tracker;
  REQUIRE(tracker.observe_payload(std::string_view(
      R"({"service":"channels","event":"email.outbound","payload":{"id":"m","channelId":"c","status":"delivered",)"
      R"("lastStatusAt":"2024-03-05T10:00:00Z"}})")));
  const std::string spam = R"({"service":"channels","event":"email.interaction","payload":{"id":"i1",)"
                           R"("channelId":"c","messageId":"m","type":"reported-as-spam",)"
                           R"("createdAt":"2024-03-05T11:00:00Z"}})";
  REQUIRE(tracker.observe_payload(std::string_view(spam)));
  const triage::message_state* s = tracker.find(triage::provider::bird, "m");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->callbacks == 2);
  REQUIRE(tracker.observe_payload(std::string_view(spam)));
  CHECK(s->duplicates == 1);
}

}  // namespace test_bird_interactions
