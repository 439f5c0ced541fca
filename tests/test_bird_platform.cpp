// Bird's newer platform (platform.bird.com v1) events: the fixtures of tests/fixtures/bird/platform
// (constructed from the SDKs' schema: see its README), their fields and verdicts; detection against
// Bandwidth's `type` and other vendors' Standard Webhooks envelopes; mutations and truncations; the tracker.

#include <triage/tracker.hpp>
#include <triage/triage.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_bird_platform {

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
  const char* status;  // callback_fields::status: the event name
  const char* reason;  // data.error.code
  std::optional<std::int64_t> code;
  outcome expected_outcome;
  category expected_category;
  retry_advice retry;
  const char* rule;
};

const expectation expectations[] = {
    {"sms_accepted.json",
     "platform_sms",
     "sms_01krdgeqcxet5s7t44vh8rt9mg",
     "accepted",
     nullptr,
     {},
     outcome::pending,
     category::none,
     retry_advice::none,
     "bird type sms.accepted"},
    {"sms_delivered.json",
     "platform_sms",
     "sms_01krdgeqcxet5s7t44vh8rt9mg",
     "delivered",
     nullptr,
     {},
     outcome::delivered,
     category::none,
     retry_advice::none,
     "bird type sms.delivered"},
    {"sms_failed_blocked_by_carrier.json", "platform_sms", "sms_01krdgeqcxet5s7t44vh8rt9mh", "failed",
     "blocked_by_carrier", 4470, outcome::permanent, category::content, retry_advice::none,
     "bird details bird-v1-sms blocked_by_carrier"},
    {"sms_undelivered_unreachable.json",
     "platform_sms",
     "sms_01krdgeqcxet5s7t44vh8rt9mj",
     "undelivered",
     "unreachable",
     {},
     outcome::retryable,
     category::unreachable,
     retry_advice::retry_later,
     "bird details bird-v1-sms unreachable"},
    {"sms_rejected_recipient_opted_out.json",
     "platform_sms",
     "sms_01krdgeqcxet5s7t44vh8rt9mk",
     "rejected",
     "recipient_opted_out",
     {},
     outcome::permanent,
     category::compliance,
     retry_advice::none,
     "bird details bird-v1-sms recipient_opted_out"},
    {"sms_expired.json",
     "platform_sms",
     "sms_01krdgeqcxet5s7t44vh8rt9mm",
     "expired",
     nullptr,
     {},
     outcome::retryable,
     category::unreachable,
     retry_advice::retry_later,
     "bird type sms.expired"},
    {"whatsapp_read.json",
     "platform_whatsapp",
     "wam_01krdgeqcxet5s7t44vh8rt9mg",
     "read",
     nullptr,
     {},
     outcome::delivered,
     category::none,
     retry_advice::none,
     "bird type whatsapp.read"},
    {"whatsapp_failed_meta_131026.json", "platform_whatsapp", "wam_01krdgeqcxet5s7t44vh8rt9mh", "failed",
     "undeliverable", 131026, outcome::permanent, category::recipient, retry_advice::none,
     "whatsapp statuses[].errors[].code 131026"},
    {"whatsapp_rejected_recipient_suppressed.json",
     "platform_whatsapp",
     "wam_01krdgeqcxet5s7t44vh8rt9mj",
     "rejected",
     "recipient_suppressed",
     {},
     outcome::permanent,
     category::compliance,
     retry_advice::none,
     "bird details bird-v1-whatsapp recipient_suppressed"},
    {"email_delivered.json",
     "platform_email",
     "em_01krdgeqcxet5s7t44vh8rt9mg",
     "delivered",
     nullptr,
     {},
     outcome::none,
     category::none,
     retry_advice::none,
     "bird platform event of a channel triage does not classify"},
    {"email_complained.json",
     "platform_email",
     "em_01krdgeqcxet5s7t44vh8rt9mg",
     "complained",
     nullptr,
     {},
     outcome::none,
     category::compliance,
     retry_advice::none,
     "bird type email.complained"},
    {"domain_verified.json",
     "platform_domain",
     "dom_01krdgeqcxet5s7t44vh8rt9mg",
     "verified",
     nullptr,
     {},
     outcome::none,
     category::none,
     retry_advice::none,
     "bird platform event of a channel triage does not classify"},
};

std::vector<std::string> platform_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("bird/platform"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string show(const std::optional<std::string_view>& v) { return v ? "\"" + std::string(*v) + "\"" : "-"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "-"; }

/// Everything the parse gives of a platform event, as one comparable text.
std::string snapshot(const triage::callback& cb) {
  const bird::message* m = cb.get_if<bird::message>();
  REQUIRE(m != nullptr);
  std::string s;
  if (const bird::platform_event* e = m->platform) {
    s += std::string(e->type) + " " + std::string(triage::to_string(e->channel)) + " " + std::string(e->event_name);
    s += " ts=" + show(e->timestamp ? std::optional<std::string_view>(e->timestamp->raw) : std::nullopt);
    s += " id=" + show(e->id) + " ws=" + show(e->workspace_id) + " dir=" + show(e->direction);
    s += " to=" + show(e->to.number) + "/" + show(e->to.bsuid) + " from=" + show(e->from.number) + "/" +
         show(e->from.bsuid) + " rcpt=" + show(e->recipient) + " carrier=" + show(e->carrier) +
         " mccmnc=" + show(e->mcc_mnc) + " status=" + show(e->status);
    if (e->error) {
      s += " error=" + show(e->error->code) + " " + show(e->error->description) + " " +
           show(e->error->carrier_error_code) + " " + show(e->error->meta_error_code) + " " +
           show(e->error->occurred_at ? std::optional<std::string_view>(e->error->occurred_at->raw) : std::nullopt);
    }
    // tags and metadata are raw JSON text: a rewrite may change their spacing, not their presence.
    s += std::string(" tags=") + (e->tags ? "yes" : "-") + " metadata=" + (e->metadata ? "yes" : "-");
  } else {
    s += "not a platform event";
  }
  const triage::callback_fields f = cb.fields();
  s += " | " + std::string(f.kind) + " " + show(f.id) + " " + show(f.status) + " " + show(f.reason) + " " +
       show(f.detail) + " " + show(f.code);
  const triage::verdict v = triage::classify(cb);
  return s + " => " + fmt::format("{} {}", v, v.rule);
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  REQUIRE(batch->size() == 1);
  return snapshot((*batch)[0]);
}

/// Fields whose contents are not the library's to interpret, and `to`/`from`, which are a string (SMS) or an
/// object (WhatsApp): either in place of the other is read as an address.
bool accepts_any(const std::string& path, const std::string& replacement) {
  if (path.rfind("data.tags", 0) == 0 || path.rfind("data.metadata", 0) == 0) return true;
  // Keys of data the event does not type (an e-mail's recipient_role, a domain's name) are skipped.
  for (const char* unread : {"data.recipient_id", "data.recipient_role", "data.domain"}) {
    if (path == unread) return true;
  }
  return (path == "data.to" || path == "data.from") && (replacement.front() == '{' || replacement.front() == '"');
}

}  // namespace

TEST_CASE("Bird platform v1: every fixture is detected as Bird and gives the fields and verdict of its schema") {
  triage::parser parser;
  REQUIRE(platform_fixtures().size() == std::size(expectations));
  for (const expectation& x : expectations) {
    CAPTURE(x.file);
    const std::string json = triage_test::fixture(std::string("bird/platform/") + x.file);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::callback& cb = (*batch)[0];
    CHECK(cb.provider() == triage::provider::bird);
    const triage::callback_fields f = cb.fields();
    CHECK(f.kind == x.kind);
    CHECK(f.id == opt(x.id));
    CHECK(f.status == opt(x.status));
    CHECK(f.reason == opt(x.reason));
    CHECK(f.code == x.code);
    const triage::verdict v = triage::classify(cb);
    CHECK(v.outcome == x.expected_outcome);
    CHECK(v.category == x.expected_category);
    CHECK(v.retry == x.retry);
    CHECK(v.rule == x.rule);
  }
}

TEST_CASE("Bird platform v1: the typed event exposes the envelope, the data and the error") {
  triage::parser parser;
  const std::string sms = triage_test::fixture("bird/platform/sms_failed_blocked_by_carrier.json");
  auto batch = parser.parse(std::string_view(sms));
  REQUIRE(batch);
  const bird::message* m = (*batch)[0].get_if<bird::message>();
  REQUIRE(m != nullptr);
  REQUIRE(m->platform != nullptr);
  const bird::platform_event& e = *m->platform;
  CHECK(e.type == "sms.failed");
  CHECK(e.channel == bird::platform_channel::sms);
  CHECK(e.event_name == "failed");
  REQUIRE(e.timestamp);
  CHECK(e.timestamp->raw == "2026-07-24T09:15:09.770Z");
  CHECK(e.timestamp->time().has_value());
  CHECK(e.workspace_id == opt("ws_01krdgeqcxet5s7t44vh8rt9mg"));
  CHECK(e.to.number == opt("+15551234567"));
  CHECK(e.from.number == opt("+15557654321"));
  CHECK_FALSE(e.tags);
  CHECK_FALSE(e.metadata);
  REQUIRE(e.error);
  CHECK(e.error->code == opt("blocked_by_carrier"));
  CHECK(e.error->description == opt("Carrier filtered as spam"));
  CHECK(e.error->carrier_error_code == opt("4470"));
  CHECK_FALSE(e.error->meta_error_code);
  REQUIRE(e.error->occurred_at);
  CHECK(e.error->occurred_at->raw == "2026-07-24T09:15:09.650Z");
  // The Channels message fields stay absent.
  CHECK_FALSE(m->id);
  CHECK_FALSE(m->status);

  const std::string wa = triage_test::fixture("bird/platform/whatsapp_read.json");
  batch = parser.parse(std::string_view(wa));
  REQUIRE(batch);
  const bird::platform_event& r = *(*batch)[0].get_if<bird::message>()->platform;
  CHECK(r.direction == opt("outbound"));
  CHECK(r.to.number == opt("+31612345678"));
  CHECK(r.to.bsuid == opt("US.13491208655302741918"));
  CHECK(r.from.number == opt("+15557654321"));

  const std::string delivered = triage_test::fixture("bird/platform/sms_delivered.json");
  batch = parser.parse(std::string_view(delivered));
  REQUIRE(batch);
  const bird::platform_event& d = *(*batch)[0].get_if<bird::message>()->platform;
  CHECK(d.carrier == opt("T-Mobile USA"));
  CHECK(d.mcc_mnc == opt("310260"));
  CHECK(d.tags == opt(R"(["onboarding"])"));
  REQUIRE(d.metadata);
  CHECK(d.metadata->front() == '{');
  CHECK(d.metadata->find(R"("order_id": "A-1042")") != std::string_view::npos);
}

TEST_CASE("Bird platform v1: the classification rule, step by step") {
  triage::parser parser;
  const auto verdict_of = [&](const std::string& json) {
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE((*batch)[0].provider() == triage::provider::bird);
    return triage::classify((*batch)[0]);
  };
  const auto event = [](const std::string& type, const std::string& data) {
    return R"({"type":")" + type + R"(","timestamp":"2026-07-24T09:15:09Z","data":{)" + data + "}}";
  };
  // 1. inbound: none.
  CHECK(verdict_of(event("sms.received", R"("sms_id":"s")")).outcome == outcome::none);
  const triage::verdict inbound = verdict_of(event("whatsapp.failed", R"("direction":"inbound")"));
  CHECK(inbound.outcome == outcome::none);
  CHECK(inbound.rule == "bird inbound message");
  // 2. progress and success win over an error that comes with them.
  CHECK(verdict_of(event("sms.sent", R"("error":{"code":"unreachable"})")).outcome == outcome::pending);
  CHECK(verdict_of(event("whatsapp.delivered", R"("error":{"code":"rate_limited"})")).outcome == outcome::delivered);
  // 3. Meta's code before Bird's; Bird's code by the channel's own table; the `unknown` row decides nothing.
  const triage::verdict meta =
      verdict_of(event("whatsapp.failed", R"("error":{"code":"internal_error","meta_error_code":"130429"})"));
  CHECK(meta.outcome == outcome::retryable);
  CHECK(meta.category == category::rate_limit);
  const triage::verdict unknown_meta =
      verdict_of(event("whatsapp.failed", R"("error":{"code":"rate_limited","meta_error_code":"not a number"})"));
  CHECK(unknown_meta.rule == "bird details bird-v1-whatsapp rate_limited");
  CHECK(verdict_of(event("sms.failed", R"("error":{"code":"insufficient_balance"})")).rule ==
        "bird details bird-v1-sms insufficient_balance");
  CHECK(verdict_of(event("whatsapp.failed", R"("error":{"code":"insufficient_balance"})")).rule ==
        "bird details bird-v1-whatsapp insufficient_balance");
  const triage::verdict unmapped = verdict_of(event("sms.failed", R"("error":{"code":"unknown"})"));
  CHECK(unmapped.outcome == outcome::permanent);
  CHECK(unmapped.rule == "bird type sms.failed");
  // An open enum: a code no row names falls to the event.
  CHECK(verdict_of(event("sms.undelivered", R"("error":{"code":"brand_new_code"})")).rule ==
        "bird type sms.undelivered");
  // 4. the event's row without an error.
  CHECK(verdict_of(event("whatsapp.failed", "")).outcome == outcome::permanent);
  CHECK(verdict_of(event("sms.rejected", "")).outcome == outcome::permanent);
  // 5. an unknown message event of a classified channel; any event of another channel.
  const triage::verdict future = verdict_of(event("sms.queued_for_later", ""));
  CHECK(future.outcome == outcome::unknown);
  CHECK(future.rule == "bird platform event type not recognised");
  CHECK(verdict_of(event("sms.tfn_verification.approved", R"("verification_id":"v")")).outcome == outcome::none);
  CHECK(verdict_of(event("email.bounced", R"("email_id":"e")")).outcome == outcome::none);
  CHECK(verdict_of(event("voice_call.ended", R"("call_id":"c")")).outcome == outcome::none);
}

TEST_CASE("Bird platform v1: interactions are none; complaints, unsubscribes and suppressions are compliance") {
  triage::parser parser;
  const auto verdict_of = [&](const std::string& type) {
    const std::string json =
        R"({"type":")" + type + R"(","timestamp":"2026-07-24T09:15:09Z","data":{"email_id":"em_1"}})";
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    return triage::classify((*batch)[0]);
  };
  for (const char* type : {"email.opened", "email.clicked"}) {
    CAPTURE(type);
    const triage::verdict v = verdict_of(type);
    CHECK(v.outcome == outcome::none);
    CHECK(v.category == category::none);
    CHECK(v.rule == std::string("bird type ") + type);
  }
  for (const char* type : {"email.complained", "email.unsubscribed", "email.list_unsubscribed",
                           "email_suppression.created", "sms.tfn_verification.rejected"}) {
    CAPTURE(type);
    const triage::verdict v = verdict_of(type);
    CHECK(v.outcome == outcome::none);
    CHECK(v.category == category::compliance);
    CHECK(v.rule == std::string("bird type ") + type);
  }
}

TEST_CASE("Bird platform v1: every event row's rule names its type, and each channel has its kind") {
  for (const bird::platform_event_row& row : bird::platform_events) {
    CAPTURE(row.type);
    CHECK(row.verdict.rule == std::string("bird type ") + std::string(row.type));
    CHECK(bird::channel_of_type(row.type).has_value());
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://github.com/messagebird/", 0) == 0);
  }
  for (bird::platform_channel c : bird::all_platform_channels) {
    CAPTURE(triage::to_string(c));
    CHECK(bird::platform_kind(c) == "platform_" + std::string(triage::to_string(c)));
    CHECK(bird::channel_of_type(std::string(triage::to_string(c)) + ".x") == c);
  }
  CHECK_FALSE(bird::channel_of_type("sms"));
  CHECK_FALSE(bird::channel_of_type("sms."));
  CHECK_FALSE(bird::channel_of_type("contact.created"));
  CHECK_FALSE(bird::channel_of_type("message-delivered"));
}

TEST_CASE("Bird platform v1: detection keeps Bandwidth's type and other vendors' Standard Webhooks apart") {
  triage::parser parser;
  // Bandwidth's event: `type` and `message`, bare or in an array, even with a `timestamp` and a `data`.
  for (const std::string& json :
       {std::string(R"({"type":"message-delivered","time":"t","message":{"id":"m"}})"),
        std::string(R"([{"type":"message-delivered","time":"t","message":{"id":"m"}}])"),
        std::string(R"({"type":"message-delivered","message":{"id":"m"},"timestamp":"t","data":"x"})")}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    CHECK((*batch)[0].provider() == triage::provider::bandwidth);
  }
  // Any key order of a Bird event.
  for (const std::string& json : {std::string(R"({"data":{"sms_id":"s"},"timestamp":"t","type":"sms.sent"})"),
                                  std::string(R"({"timestamp":"t","type":"sms.sent","data":{"sms_id":"s"}})")}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    CHECK((*batch)[0].provider() == triage::provider::bird);
    CHECK((*batch)[0].kind() == "platform_sms");
  }
  // The Standard Webhooks spec's own events, and a type that names no Bird channel: unknown_provider.
  for (const std::string& json : {std::string(R"({"type":"contact.created","timestamp":"t","data":{"id":"c"}})"),
                                  std::string(R"({"data":{},"timestamp":"t","type":"example.event"})"),
                                  std::string(R"({"type":"sms","timestamp":"t","data":{}})")}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
    CHECK(batch.error().path() == "type");
    auto forced = parser.parse(std::string_view(json), triage::provider::bird);
    REQUIRE_FALSE(forced);
    CHECK(forced.error().code() == triage::error_code::unknown_provider);
  }
  // Without its timestamp the envelope is not Bird's (the shape needs all three keys).
  auto thin = parser.parse(std::string_view(R"({"type":"sms.sent","data":{"sms_id":"s"}})"));
  REQUIRE_FALSE(thin);
  CHECK(thin.error().code() == triage::error_code::unknown_provider);
  // A Channels envelope and message still are what they were.
  const std::string channels = triage_test::fixture("bird/envelope_sms_outbound_delivered.json");
  auto batch = parser.parse(std::string_view(channels));
  REQUIRE(batch);
  CHECK((*batch)[0].kind() == "message");
  CHECK((*batch)[0].get_if<bird::message>()->platform == nullptr);
}

TEST_CASE("Bird platform v1: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  for (const std::string& file : platform_fixtures()) {
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

TEST_CASE("Bird platform v1: every field can be missing or null; the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : platform_fixtures()) {
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
        // Without its type or its data the payload is no platform event; with both it stays one.
        const bool envelope_key = path == "type" || path == "data";
        CHECK(((*batch)[0].get_if<bird::message>()->platform != nullptr) == !envelope_key);
      }
    }
  }
}

TEST_CASE("Bird platform v1: a wrong type in a known field is an error naming the field") {
  triage::parser parser;
  for (const std::string& file : platform_fixtures()) {
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

TEST_CASE("Bird platform v1: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : platform_fixtures()) {
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

TEST_CASE("Bird platform v1: views stay valid until the next parse; a Channels payload after an event has none") {
  triage::parser parser;
  const std::string event = triage_test::fixture("bird/platform/sms_failed_blocked_by_carrier.json");
  auto first = parser.parse(std::string_view(event));
  REQUIRE(first);
  CHECK((*first)[0].get_if<bird::message>()->platform->error->code == opt("blocked_by_carrier"));
  const std::string channels = triage_test::fixture("bird/sms_unknown_subscriber.json");
  auto second = parser.parse(std::string_view(channels));
  REQUIRE(second);
  CHECK((*second)[0].get_if<bird::message>()->platform == nullptr);
  // The next event's error replaces the last one's, whole: no field of it survives.
  const std::string expired = triage_test::fixture("bird/platform/sms_expired.json");
  auto third = parser.parse(std::string_view(expired));
  REQUIRE(third);
  CHECK_FALSE((*third)[0].get_if<bird::message>()->platform->error);
}

TEST_CASE("tracker: a Bird platform SMS folds to its final event by sms_id, and a redelivery is a duplicate") {
  triage::tracker tracker;
  const auto event = [](const std::string& type, const std::string& time, const std::string& error = "") {
    return R"({"type":")" + type + R"(","timestamp":"2026-07-24T09:15:)" + time +
           R"(Z","data":{"sms_id":"sms_01krdgeqcxet5s7t44vh8rt9mg","to":"+15551234567","from":"+15557654321")" + error +
           "}}";
  };
  REQUIRE(tracker.observe_payload(event("sms.delivered", "07")));
  REQUIRE(tracker.observe_payload(event("sms.accepted", "02")));
  REQUIRE(tracker.observe_payload(event("sms.sent", "03")));
  const triage::message_state* s = tracker.find(triage::provider::bird, "sms_01krdgeqcxet5s7t44vh8rt9mg");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->phase == triage::phase::terminal);
  CHECK(s->status.view() == std::optional<std::string_view>("delivered"));
  CHECK(s->contact.view() == std::optional<std::string_view>("+15551234567"));
  CHECK(s->callbacks == 3);
  REQUIRE(tracker.observe_payload(event("sms.sent", "03")));
  CHECK(s->duplicates == 1);

  const std::string failed = event("sms.failed", "09", R"(,"error":{"code":"invalid_destination"})");
  triage::tracker other;
  REQUIRE(other.observe_payload(failed));
  const triage::message_state* f = other.find(triage::provider::bird, "sms_01krdgeqcxet5s7t44vh8rt9mg");
  REQUIRE(f != nullptr);
  CHECK(f->verdict.outcome == outcome::permanent);
  CHECK(f->verdict.category == category::recipient);
  CHECK(f->phase == triage::phase::terminal);
}

}  // namespace test_bird_platform
