// triage::tracker: duplicates, reordering, Vibes multipart, Bandwidth group messages, Bird progressions,
// capacity and eviction, raw payloads, and a large seeded stream checked against a reference model that
// is written here from the rules in tracker/state.hpp, not from the tracker's code.

#include <triage/triage.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_tracker {

namespace {

using triage::observe_status;
using triage::outcome;
using triage::phase;
using triage::provider;

/// "2024-03-01T12:MM:SSZ" for `s` seconds after 12:00.
std::string at(int s) { return fmt::format("2024-03-01T{:02}:{:02}:{:02}Z", 12 + s / 3600, s / 60 % 60, s % 60); }
triage::utc_time when(int s) { return *triage::parse_iso8601(at(s)); }

/// A Vibes event_processed callback: `id` is the callback's own id, `event` the customer's event id.
std::string vibes(std::string_view id, std::string_view event, std::optional<int> time, std::string_view action) {
  std::string date = time ? fmt::format(R"("event_date":"{}",)", at(*time)) : std::string();
  return fmt::format(R"({{"event_id":"{}","callback_type":"event_processed",{}"event_processed":{{"event_id":"{}",)"
                     R"("event_type":"day_of_delivery","event_data":{{"mdn":"+15550001111"}},"action":{}}}}})",
                     id, date, event, action);
}

// The Vibes stages of one SMS, as the actions of its callbacks.
constexpr std::string_view routed =
    R"({"type":"routing","status":"processing","status_reason":"accepted_by_event_triggered_message"})";
constexpr std::string_view queued =
    R"({"type":"send_message","status":"processing","status_reason":"queued","message_type":"sms","sms":{"person":{"person_key":"pk-1"}}})";
constexpr std::string_view carrier_sent =
    R"({"type":"send_message","status":"success","status_reason":"sent","message_type":"sms","sms":{"person":{"person_key":"pk-1"}}})";
constexpr std::string_view delivered =
    R"({"type":"send_message","status":"success","status_reason":"delivered","message_type":"sms","sms":{"person":{"person_key":"pk-1"}}})";
constexpr std::string_view rejected =
    R"({"type":"send_message","status":"failed","status_reason":"rejected","message_type":"sms","sms":{"person":{"person_key":"pk-1"}}})";
constexpr std::string_view part_missing =
    R"({"type":"send_message","status":"failed","status_reason":"undeliverable","message_type":"sms","sms":{"person":{"person_key":"pk-1"}},"failure":{"errors":[{"error_code":10}]}})";

/// One Bandwidth event (an element of the webhook's array).
std::string bw_event(std::string_view type, std::optional<int> time, std::string_view to, std::string_view id,
                     std::optional<int> code = {}) {
  std::string out = fmt::format(R"({{"type":"{}",)", type);
  if (time) out += fmt::format(R"("time":"{}",)", at(*time));
  if (code) out += fmt::format(R"("errorCode":{},)", *code);
  out += fmt::format(R"("description":"d","to":"{}","message":{{"id":"{}","direction":"out","to":["{}"],)"
                     R"("from":"+15559990000","segmentCount":1}}}})",
                     to, id, to);
  return out;
}
std::string bw(const std::vector<std::string>& events) {
  std::string out = "[";
  for (const std::string& e : events) out += (out.size() > 1 ? "," : "") + e;
  return out + "]";
}

/// A bare Bird message; `failure` is the JSON of its failure object, or empty.
std::string bird(std::string_view id, std::string_view status, std::optional<int> time, std::string_view failure = {}) {
  std::string out = fmt::format(
      R"({{"id":"{}","channelId":"ch-1","status":"{}","direction":"outgoing","receiver":{{"contacts":[{{"identifierValue":"+31612345678"}}]}},)",
      id, status);
  if (!failure.empty()) out += fmt::format(R"("failure":{},)", failure);
  if (time) out += fmt::format(R"("lastStatusAt":"{}",)", at(*time));
  return out + R"("createdAt":"2024-03-01T11:59:00Z"})";
}
/// A Vonage Messages API status; `code` is its error code, or empty.
std::string vonage(std::string_view id, std::string_view status, std::optional<int> time, std::string_view code = {}) {
  std::string out = fmt::format(
      R"({{"message_uuid":"{}","to":"447700900000","from":"Acme","channel":"sms","status":"{}")", id, status);
  if (!code.empty()) {
    out += fmt::format(R"(,"error":{{"type":"https://developer.vonage.com/api-errors/messages#{}","title":"{}"}})",
                       code, code);
  }
  if (time) out += fmt::format(R"(,"timestamp":"{}")", at(*time));
  return out + "}";
}

/// A WhatsApp webhook with one status of message `id` to `to`; `code` is its error's code (a failed status).
/// Its timestamp is unix seconds as a string, `time` seconds after at(0).
std::string whatsapp(std::string_view id, std::string_view status, std::optional<int> time, std::string_view to,
                     std::optional<int> code = {}) {
  std::string item = fmt::format(R"({{"id":"{}","status":"{}","recipient_id":"{}")", id, status, to);
  if (time) item += fmt::format(R"(,"timestamp":"{}")", std::chrono::system_clock::to_time_t(when(*time)));
  if (code) item += fmt::format(R"(,"errors":[{{"code":{},"title":"t"}}])", *code);
  return fmt::format(R"({{"object":"whatsapp_business_account","entry":[{{"id":"waba-1","changes":[{{"value":{{)"
                     R"("messaging_product":"whatsapp","metadata":{{"phone_number_id":"pn-1"}},"statuses":[{}}}]}},)"
                     R"("field":"messages"}}]}}]}})",
                     item);
}

/// A Telnyx webhook of event `event_id` about message `id` to `to`: `body` is "sent" (message.sent),
/// "received" (message.received, our number in to[]) or a finalized recipient's status, "/code" for its error.
std::string telnyx(std::string_view event_id, std::string_view id, std::string_view body, std::optional<int> time,
                   std::string_view to) {
  const auto slash = body.find('/');
  const std::string_view status = body.substr(0, slash);
  const std::string_view type = status == "sent"       ? "message.sent"
                                : status == "received" ? "message.received"
                                                       : "message.finalized";
  std::string payload = fmt::format(R"({{"id":"{}","to":[{{"phone_number":"{}","status":"{}"}}])", id, to,
                                    status == "received" ? std::string_view("webhook_delivered") : status);
  if (slash != std::string_view::npos) {
    payload += fmt::format(R"(,"errors":[{{"code":"{}","source":{{"pointer":"/to/0"}}}}])", body.substr(slash + 1));
  }
  std::string data = fmt::format(R"({{"event_type":"{}","id":"{}","payload":{}}})", type, event_id, payload + "}");
  if (time) data.insert(data.size() - 1, fmt::format(R"(,"occurred_at":"{}")", at(*time)));
  return fmt::format(R"({{"data":{},"meta":{{"attempt":1}}}})", data);
}

/// A Sinch per-recipient delivery report of batch `id` to `to`: `body` is its status, "/code" for its code.
/// `type` comes last, as in Sinch's signed SDK vector.
std::string sinch(std::string_view id, std::string_view body, std::optional<int> time, std::string_view to) {
  const auto slash = body.find('/');
  std::string json = fmt::format(R"({{"batch_id":"{}","recipient":"{}","status":"{}")", id, to, body.substr(0, slash));
  if (slash != std::string_view::npos) json += fmt::format(R"(,"code":{})", body.substr(slash + 1));
  if (time) json += fmt::format(R"(,"at":"{}")", at(*time));
  return json + R"(,"type":"recipient_delivery_report_sms"})";
}

constexpr std::string_view unknown_subscriber = R"({"code":15005,"source":{"name":"sms-messagebird","code":"1"}})";
constexpr std::string_view absent_subscriber = R"({"code":15005,"source":{"name":"sms-messagebird","code":"27"}})";

/// Feeds payloads; every one must parse. Returns the status of the last callback observed.
observe_status feed(triage::tracker& t, const std::string& payload, std::uint64_t origin = 0) {
  triage::parser& p = t.parser();
  auto batch = p.parse(std::string_view(payload));
  REQUIRE(batch);
  observe_status last = observe_status::kept;
  for (const triage::callback& cb : *batch) last = t.observe(cb, origin);
  return last;
}

std::optional<std::string> text(const triage::owned_text& t) {
  return t.view() ? std::optional<std::string>(std::string(*t.view())) : std::nullopt;
}

}  // namespace

TEST_CASE("tracker: an exact duplicate is dropped and counted, per provider's identity of a callback") {
  triage::tracker t;
  SECTION("Bandwidth: the same event twice") {
    const std::string p = bw({bw_event("message-delivered", 10, "+15550001111", "m1")});
    CHECK(feed(t, p) == observe_status::created);
    CHECK(feed(t, p) == observe_status::duplicate);
    const triage::message_state* s = t.find(provider::bandwidth, "m1", "+15550001111");
    REQUIRE(s != nullptr);
    CHECK(s->callbacks == 1);
    CHECK(s->duplicates == 1);
    CHECK(t.stats().duplicates == 1);
    CHECK(t.stats().callbacks == 2);
  }
  SECTION("Vibes: the callback's own event_id identifies it, whatever the body") {
    CHECK(feed(t, vibes("cb-1", "ev-1", 10, delivered)) == observe_status::created);
    CHECK(feed(t, vibes("cb-1", "ev-1", 10, delivered)) == observe_status::duplicate);
    // Another callback with the same content is a receipt of its own (another part, say).
    CHECK(feed(t, vibes("cb-2", "ev-1", 10, delivered)) == observe_status::changed);
    const triage::message_state* s = t.find(provider::vibes, "ev-1");
    REQUIRE(s != nullptr);
    CHECK(s->callbacks == 2);
    CHECK(s->duplicates == 1);
    CHECK(s->deliveries == 2);
  }
  SECTION("Bird: id + status + lastStatusAt") {
    CHECK(feed(t, bird("b1", "sent", 5)) == observe_status::created);
    CHECK(feed(t, bird("b1", "sent", 5)) == observe_status::duplicate);
    CHECK(feed(t, bird("b1", "sent", 6)) == observe_status::changed);  // a new status event of the same status
    CHECK(t.find(provider::bird, "b1")->callbacks == 2);
  }
}

TEST_CASE("tracker: callbacks are ordered by the provider's timestamps, not by arrival") {
  triage::tracker t;
  const std::string to = "+15550001111";
  CHECK(feed(t, bw({bw_event("message-sent", 5, to, "m1")})) == observe_status::created);
  CHECK(feed(t, bw({bw_event("message-delivered", 10, to, "m1")})) == observe_status::changed);
  CHECK(feed(t, bw({bw_event("message-sending", 1, to, "m1")})) == observe_status::kept);
  const triage::message_state* s = t.find(provider::bandwidth, "m1", to);
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->is_final());
  CHECK(text(s->status) == "message-delivered");
  CHECK(s->kind == "message_delivered");
  CHECK(s->callbacks == 3);
  CHECK(s->first_seen == when(1));
  CHECK(s->last_seen == when(10));
  CHECK(s->time == when(10));

  SECTION("an in-flight callback older than the current one does not take over") {
    triage::tracker u;
    feed(u, bw({bw_event("message-sent", 5, to, "m2")}));
    CHECK(feed(u, bw({bw_event("message-sending", 1, to, "m2")})) == observe_status::kept);
    CHECK(text(u.find(provider::bandwidth, "m2", to)->status) == "message-sent");
  }
  SECTION("a callback without a time counts as happening at the newest time seen") {
    triage::tracker u;
    feed(u, bird("b", "sent", 5));
    CHECK(feed(u, bird("b", "accepted", std::nullopt)) == observe_status::changed);  // a tie: the later arrival
    CHECK(u.find(provider::bird, "b")->time == when(5));
    CHECK(feed(u, bird("b", "processing", 4)) == observe_status::kept);
    CHECK(feed(u, bird("b", "processing", 6)) == observe_status::changed);
    const triage::message_state* b = u.find(provider::bird, "b");
    CHECK(text(b->status) == "processing");
    CHECK(b->first_seen == when(4));
    CHECK(b->last_seen == when(6));
  }
}

TEST_CASE("tracker: Vibes multipart SMS, a failure of a middle part and the success of the last") {
  // Vibes sends a failure for every failed part and a success only for the last part.
  const std::vector<std::string> stream = {
      vibes("c1", "ev-7", 1, routed),       vibes("c2", "ev-7", 2, queued),
      vibes("c3", "ev-7", 3, carrier_sent), vibes("c4", "ev-7", 4, part_missing),  // part 2 of 3
      vibes("c5", "ev-7", 5, delivered),                                           // part 3 of 3
  };
  auto check = [](const triage::tracker& t) {
    const triage::message_state* s = t.find(provider::vibes, "ev-7");
    REQUIRE(s != nullptr);
    CHECK(s->verdict.outcome == outcome::retryable);  // error 10: Multi-Part Message incomplete
    CHECK(text(s->reason) == "undeliverable");
    CHECK(s->code == 10);
    CHECK(s->is_final());
    CHECK(s->callbacks == 5);
    CHECK(s->failures == 1);
    CHECK(s->deliveries == 1);
    CHECK(text(s->contact) == "pk-1");  // the routing callbacks carry no person; the receipts do
    CHECK(s->first_seen == when(1));
    CHECK(s->last_seen == when(5));
  };
  SECTION("in order") {
    triage::tracker t;
    for (const std::string& p : stream) feed(t, p);
    CHECK(feed(t, stream[4]) == observe_status::duplicate);
    check(t);
    CHECK(t.size() == 1);
  }
  SECTION("the failure arrives after the success") {
    triage::tracker t;
    for (std::size_t i : {0, 1, 2, 4, 3}) feed(t, stream[i]);
    check(t);
  }
  SECTION("two failed parts: the newer failure has the last word, both are counted") {
    triage::tracker t;
    for (const std::string& p : stream) feed(t, p);
    CHECK(feed(t, vibes("c6", "ev-7", 6, rejected)) == observe_status::changed);
    const triage::message_state* s = t.find(provider::vibes, "ev-7");
    CHECK(s->verdict.outcome == outcome::permanent);
    CHECK(s->failures == 2);
  }
  SECTION("a single-part SMS that is delivered") {
    triage::tracker t;
    for (std::size_t i : {0, 1, 2, 4}) feed(t, stream[i]);
    // A late carrier receipt does not undo the delivery.
    CHECK(feed(t, vibes("c9", "ev-7", 9, carrier_sent)) == observe_status::kept);
    const triage::message_state* s = t.find(provider::vibes, "ev-7");
    CHECK(s->verdict.outcome == outcome::delivered);
    CHECK(text(s->status) == "success");
    CHECK(text(s->reason) == "delivered");
  }
  SECTION("a routing failure ends the event") {
    triage::tracker t;
    feed(
        t,
        vibes(
            "r1", "ev-8", 1,
            R"({"type":"routing","status":"failed","status_reason":"event_routing_failed","failure":{"reason":"no_route_rules_found_for_event"}})"));
    const triage::message_state* s = t.find(provider::vibes, "ev-8");
    CHECK(s->verdict.outcome == outcome::permanent);
    CHECK(s->is_final());
    CHECK_FALSE(s->contact.has_value());
  }
}

TEST_CASE("tracker: a Bandwidth group message is one state per recipient, with mixed outcomes") {
  triage::tracker t;
  const std::string id = "grp-1";
  // One payload may hold the events of several recipients; another one the rest.
  feed(t, bw({bw_event("message-sending", 1, "+15550000001", id), bw_event("message-sending", 1, "+15550000002", id),
              bw_event("message-sending", 1, "+15550000003", id)}));
  feed(t, bw({bw_event("message-delivered", 7, "+15550000001", id),
              bw_event("message-failed", 8, "+15550000002", id, 4721)}));
  CHECK(t.size() == 3);
  const triage::message_state* a = t.find(provider::bandwidth, id, "+15550000001");
  const triage::message_state* b = t.find(provider::bandwidth, id, "+15550000002");
  const triage::message_state* c = t.find(provider::bandwidth, id, "+15550000003");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(c != nullptr);
  CHECK(a->verdict.outcome == outcome::delivered);
  CHECK(a->is_final());
  CHECK(b->verdict.outcome == outcome::permanent);
  CHECK(b->verdict.category == triage::category::recipient);
  CHECK(b->code == 4721);
  CHECK(b->is_final());
  CHECK(c->verdict.outcome == outcome::pending);
  CHECK_FALSE(c->is_final());
  CHECK(text(c->contact) == "+15550000003");
  CHECK(t.find(provider::bandwidth, id, "+15550000004") == nullptr);
  CHECK(t.find(provider::bandwidth, id) == nullptr);  // the recipient is part of the key

  SECTION("a read receipt after the delivery does not hide it") {
    CHECK(feed(t, bw({bw_event("message-read", 9, "+15550000001", id)})) == observe_status::kept);
    CHECK(t.find(provider::bandwidth, id, "+15550000001")->verdict.outcome == outcome::delivered);
  }
  SECTION("two terminal events: the newer one is Bandwidth's last word") {
    CHECK(feed(t, bw({bw_event("message-delivered", 9, "+15550000002", id)})) == observe_status::changed);
    CHECK(t.find(provider::bandwidth, id, "+15550000002")->verdict.outcome == outcome::delivered);
    CHECK(feed(t, bw({bw_event("message-failed", 3, "+15550000001", id, 4720)})) == observe_status::kept);
    CHECK(t.find(provider::bandwidth, id, "+15550000001")->verdict.outcome == outcome::delivered);
  }
}

TEST_CASE("tracker: Bird status progressions") {
  triage::tracker t;
  SECTION("accepted, sent, delivered; a late sent is ignored") {
    CHECK(feed(t, bird("b1", "accepted", 1)) == observe_status::created);
    CHECK(t.find(provider::bird, "b1")->verdict.outcome == outcome::pending);
    CHECK(feed(t, bird("b1", "sent", 2)) == observe_status::changed);
    CHECK(feed(t, bird("b1", "delivered", 3)) == observe_status::changed);
    CHECK(feed(t, bird("b1", "sent", 2)) == observe_status::duplicate);
    CHECK(feed(t, bird("b1", "sent", 4)) == observe_status::kept);  // newer, but a final state never regresses
    const triage::message_state* s = t.find(provider::bird, "b1");
    CHECK(s->verdict.outcome == outcome::delivered);
    CHECK(text(s->status) == "delivered");
    CHECK(text(s->contact) == "+31612345678");
    CHECK(s->callbacks == 4);
    CHECK(s->duplicates == 1);
    CHECK(s->last_seen == when(4));
  }
  SECTION("failed, then delivered later: Bird's last word is the delivery") {
    feed(t, bird("b2", "delivery_failed", 3, absent_subscriber));
    CHECK(t.find(provider::bird, "b2")->verdict.outcome == outcome::retryable);
    CHECK(feed(t, bird("b2", "delivered", 9)) == observe_status::changed);
    const triage::message_state* s = t.find(provider::bird, "b2");
    CHECK(s->verdict.outcome == outcome::delivered);
    CHECK(s->failures == 1);
    CHECK(s->deliveries == 1);
  }
  SECTION("a failure older than the delivery arrives late: the delivery stays") {
    feed(t, bird("b3", "delivered", 9));
    CHECK(feed(t, bird("b3", "delivery_failed", 3, unknown_subscriber)) == observe_status::kept);
    CHECK(t.find(provider::bird, "b3")->verdict.outcome == outcome::delivered);
  }
  SECTION("a failure newer than the delivery takes over") {
    feed(t, bird("b4", "delivered", 3));
    CHECK(feed(t, bird("b4", "delivery_failed", 9, unknown_subscriber)) == observe_status::changed);
    const triage::message_state* s = t.find(provider::bird, "b4");
    CHECK(s->verdict.outcome == outcome::permanent);
    CHECK(s->code == 1);
  }
  SECTION("an inbound message is final at once, with nothing to do") {
    feed(t, R"({"id":"in-1","channelId":"ch-1","status":"delivered","direction":"incoming",)"
            R"("lastStatusAt":"2024-03-01T12:00:00Z"})");
    const triage::message_state* s = t.find(provider::bird, "in-1");
    CHECK(s->verdict.outcome == outcome::none);
    CHECK(s->phase == phase::info);
    CHECK(s->is_final());
  }
}

namespace {

/// A Twilio status callback form body (twilio.md section 3.1); `code` 0 for none.
std::string twilio(std::string_view sid, std::string_view status, int code = 0, std::string_view extra = {}) {
  std::string out = fmt::format(
      "MessageSid={}&SmsSid={}&AccountSid=AC1&From=%2B15017122661&To=%2B15558675310"
      "&MessageStatus={}&SmsStatus={}&ApiVersion=2010-04-01",
      sid, sid, status, status);
  if (code != 0) out += fmt::format("&ErrorCode={}", code);
  return out + std::string(extra);
}

}  // namespace

TEST_CASE("tracker: Twilio status callbacks, unordered and at least once") {
  triage::tracker t;
  SECTION("sent, delivered; a late sent or queued never undoes it; a duplicate is dropped") {
    CHECK(feed(t, twilio("SM1", "sent")) == observe_status::created);
    CHECK(feed(t, twilio("SM1", "delivered")) == observe_status::changed);
    CHECK(feed(t, twilio("SM1", "delivered")) == observe_status::duplicate);
    CHECK(feed(t, twilio("SM1", "queued")) == observe_status::kept);
    CHECK(feed(t, twilio("SM1", "sent")) == observe_status::duplicate);
    const triage::message_state* s = t.find(provider::twilio, "SM1");
    REQUIRE(s != nullptr);
    CHECK(s->verdict.outcome == outcome::delivered);
    CHECK(s->phase == phase::terminal);
    CHECK(text(s->status) == "delivered");
    CHECK(text(s->contact) == "+15558675310");
    CHECK(s->recipient.empty());
    CHECK(s->callbacks == 3);
    CHECK(s->duplicates == 2);
    CHECK(s->deliveries == 1);
    CHECK_FALSE(s->first_seen);  // Twilio's forms carry no time
  }
  SECTION("a read after delivered is history: the delivery keeps the last word") {
    feed(t, twilio("SM2", "delivered"));
    CHECK(feed(t, twilio("SM2", "read", 0, "&EventType=READ&ChannelPrefix=whatsapp")) == observe_status::kept);
    const triage::message_state* s = t.find(provider::twilio, "SM2");
    CHECK(s->verdict.outcome == outcome::delivered);
    CHECK(s->callbacks == 2);
    // Arriving first, a read receipt is informational; the delivery then takes over.
    CHECK(feed(t, twilio("SM3", "read", 0, "&EventType=READ")) == observe_status::created);
    CHECK(t.find(provider::twilio, "SM3")->phase == phase::info);
    CHECK(feed(t, twilio("SM3", "delivered")) == observe_status::changed);
    CHECK(t.find(provider::twilio, "SM3")->verdict.outcome == outcome::delivered);
  }
  SECTION("two failures of one message with different codes are two callbacks; the later is the last word") {
    CHECK(feed(t, twilio("SM4", "undelivered", 30003)) == observe_status::created);
    CHECK(t.find(provider::twilio, "SM4")->verdict.outcome == outcome::retryable);
    CHECK(feed(t, twilio("SM4", "undelivered", 30005)) == observe_status::changed);
    const triage::message_state* s = t.find(provider::twilio, "SM4");
    CHECK(s->code == 30005);
    CHECK(s->failures == 2);
    CHECK(s->duplicates == 0);
  }
  SECTION("canceled ends the message: a late scheduled does not reopen it") {
    feed(t, twilio("SM5", "canceled"));
    CHECK(t.find(provider::twilio, "SM5")->is_final());
    CHECK(feed(t, twilio("SM5", "scheduled")) == observe_status::kept);
    CHECK(t.find(provider::twilio, "SM5")->verdict.outcome == outcome::none);
  }
  SECTION("an inbound message is final at once; its contact is the sender") {
    feed(t, "MessageSid=SM6&AccountSid=AC1&From=%2B15558675310&To=%2B15017122661&SmsStatus=received&Body=hi");
    const triage::message_state* s = t.find(provider::twilio, "SM6");
    REQUIRE(s != nullptr);
    CHECK(s->phase == phase::info);
    CHECK(s->is_final());
    CHECK(text(s->contact) == "+15558675310");
  }
}

TEST_CASE("tracker: callbacks without an id are states of their own") {
  triage::tracker t;
  const std::string a = R"({"status":"sent","direction":"outgoing","lastStatusAt":"2024-03-01T12:00:00Z"})";
  const std::string b = R"({"status":"sent","direction":"outgoing","lastStatusAt":"2024-03-01T12:00:01Z"})";
  // Without an id they are no Bird messages to detection: named as Bird, they are.
  const auto feed_bird = [&](const std::string& payload) {
    auto batch = t.parser().parse(std::string_view(payload), provider::bird);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    return t.observe((*batch)[0]);
  };
  CHECK(feed_bird(a) == observe_status::created);
  CHECK(feed_bird(b) == observe_status::created);
  CHECK(feed_bird(a) == observe_status::duplicate);
  CHECK(t.size() == 2);
  for (const triage::message_state& s : t) CHECK_FALSE(s.id.has_value());
}

TEST_CASE("tracker: capacity evicts the least recently updated final state first") {
  triage::tracker t(triage::tracker_options{3});
  std::vector<std::pair<std::string, bool>> evicted;
  t.on_eviction([&evicted](const triage::message_state& s, bool was_final) {
    evicted.emplace_back(std::string(*s.id.view()), was_final);
  });
  feed(t, bird("open-1", "sent", 1));
  feed(t, bird("final-1", "delivered", 1));
  feed(t, bird("final-2", "delivered", 1));
  CHECK(t.size() == 3);
  feed(t, bird("final-1", "delivered", 1));  // a duplicate still marks final-1 as recently updated
  feed(t, bird("open-2", "sent", 1));
  CHECK(t.size() == 3);
  REQUIRE(evicted.size() == 1);
  CHECK(evicted[0] == std::make_pair(std::string("final-2"), true));
  CHECK(t.find(provider::bird, "final-2") == nullptr);
  CHECK(t.find(provider::bird, "open-1") != nullptr);

  feed(t, bird("open-3", "sent", 1));  // evicts final-1, the last final state
  feed(t, bird("open-4", "sent", 1));  // nothing final left: the least recently updated open state goes
  REQUIRE(evicted.size() == 3);
  CHECK(evicted[1] == std::make_pair(std::string("final-1"), true));
  CHECK(evicted[2] == std::make_pair(std::string("open-1"), false));
  CHECK(t.stats().evicted_final == 2);
  CHECK(t.stats().evicted_open == 1);
  CHECK(t.stats().keys_created == 6);
  CHECK(t.size() == 3);

  // A state that turns final moves to the final list: it is the next to go.
  feed(t, bird("open-2", "delivered", 2));
  feed(t, bird("open-5", "sent", 1));
  CHECK(evicted.back() == std::make_pair(std::string("open-2"), true));
  std::set<std::string> left;
  for (const triage::message_state& s : t) left.insert(std::string(*s.id.view()));
  CHECK(left == std::set<std::string>{"open-3", "open-4", "open-5"});
}

TEST_CASE("tracker: raw payloads go through the tracker's own parser") {
  triage::tracker t;
  auto folded = t.observe_payload(
      bw({bw_event("message-sending", 1, "+15550000001", "m"), bw_event("message-delivered", 2, "+15550000001", "m")}),
      42);
  REQUIRE(folded);
  CHECK(*folded == 2);
  const triage::message_state* s = t.find(provider::bandwidth, "m", "+15550000001");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->origin == 42);

  auto bad = t.observe_payload(std::string_view(R"([{"type":"message-sent","message":{"to":["+1",2]}}])"));
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code() == triage::error_code::wrong_type);
  CHECK(t.stats().callbacks == 2);

  // find(callback) finds the state a callback folds into.
  auto batch = t.parser().parse(std::string_view(bw({bw_event("message-sent", 3, "+15550000001", "m")})));
  REQUIRE(batch);
  CHECK(t.find((*batch)[0]) == s);
}

TEST_CASE("tracker: a small table under churn keeps finding every live key (index deletion)") {
  // Small capacity, many keys: every insert past the first evicts, exercising the index's deletion.
  triage::tracker t(triage::tracker_options{64});
  for (int i = 0; i < 5000; ++i) {
    const std::string id = "k" + std::to_string(i);
    feed(t, bird(id, i % 3 == 0 ? "sent" : "delivered", 1));
    REQUIRE(t.find(provider::bird, id) != nullptr);
    if (i >= 64) REQUIRE(t.size() == 64);
  }
  std::size_t found = 0;
  for (int i = 0; i < 5000; ++i) found += t.find(provider::bird, "k" + std::to_string(i)) != nullptr ? 1 : 0;
  CHECK(found == 64);
  CHECK(t.stats().keys_created - t.stats().evicted_final - t.stats().evicted_open == 64);
}

namespace {

// The reference model: every distinct callback of a key is kept, and the winner is chosen at the end as the
// greatest by (phase rank, Vibes failure, ordering time, arrival), as tracker/state.hpp states the rule.
struct event_template {
  provider p;
  // Vibes: the action; Bandwidth: "type" or "type/code"; Bird: "status" or "status/failure"; Twilio:
  // "MessageStatus" or "MessageStatus/ErrorCode"; Vonage: "status" or "status/code"
  std::string_view body;
  outcome expected;
  phase expected_phase;
  std::string_view status;  // as the state shows it
};

const std::vector<event_template>& templates() {
  static const std::vector<event_template> all = {
      {provider::vibes, routed, outcome::pending, phase::in_flight, "processing"},
      {provider::vibes, queued, outcome::pending, phase::in_flight, "processing"},
      {provider::vibes, carrier_sent, outcome::pending, phase::in_flight, "success"},
      {provider::vibes, delivered, outcome::delivered, phase::terminal, "success"},
      {provider::vibes, rejected, outcome::permanent, phase::terminal, "failed"},
      {provider::vibes, part_missing, outcome::retryable, phase::terminal, "failed"},
      {provider::bandwidth, "message-sending", outcome::pending, phase::in_flight, "message-sending"},
      {provider::bandwidth, "message-sent", outcome::pending, phase::in_flight, "message-sent"},
      {provider::bandwidth, "message-delivered", outcome::delivered, phase::terminal, "message-delivered"},
      {provider::bandwidth, "message-failed/4721", outcome::permanent, phase::terminal, "message-failed"},
      {provider::bandwidth, "message-failed/9902", outcome::unknown, phase::terminal, "message-failed"},
      {provider::bandwidth, "message-read", outcome::none, phase::info, "message-read"},
      {provider::bird, "accepted", outcome::pending, phase::in_flight, "accepted"},
      {provider::bird, "sent", outcome::pending, phase::in_flight, "sent"},
      {provider::bird, "delivered", outcome::delivered, phase::terminal, "delivered"},
      {provider::bird, "delivery_failed/1", outcome::permanent, phase::terminal, "delivery_failed"},
      {provider::bird, "delivery_failed/27", outcome::retryable, phase::terminal, "delivery_failed"},
      {provider::twilio, "queued", outcome::pending, phase::in_flight, "queued"},
      {provider::twilio, "sent", outcome::pending, phase::in_flight, "sent"},
      {provider::twilio, "delivered", outcome::delivered, phase::terminal, "delivered"},
      {provider::twilio, "undelivered/30003", outcome::retryable, phase::terminal, "undelivered"},
      {provider::twilio, "failed/30007", outcome::permanent, phase::terminal, "failed"},
      {provider::twilio, "read", outcome::none, phase::info, "read"},
      {provider::vonage, "submitted", outcome::pending, phase::in_flight, "submitted"},
      {provider::vonage, "delivered", outcome::delivered, phase::terminal, "delivered"},
      {provider::vonage, "read", outcome::none, phase::info, "read"},
      {provider::vonage, "rejected/1300", outcome::permanent, phase::terminal, "rejected"},
      {provider::vonage, "undeliverable/1180", outcome::retryable, phase::terminal, "undeliverable"},
      {provider::whatsapp, "sent", outcome::pending, phase::in_flight, "sent"},
      {provider::whatsapp, "delivered", outcome::delivered, phase::terminal, "delivered"},
      {provider::whatsapp, "read", outcome::delivered, phase::terminal, "read"},
      {provider::whatsapp, "failed/131026", outcome::permanent, phase::terminal, "failed"},
      {provider::whatsapp, "failed/131049", outcome::retryable, phase::terminal, "failed"},
      {provider::whatsapp, "deleted", outcome::none, phase::info, "deleted"},
      {provider::telnyx, "sent", outcome::pending, phase::in_flight, "sent"},
      {provider::telnyx, "received", outcome::none, phase::info, "webhook_delivered"},
      {provider::telnyx, "delivered", outcome::delivered, phase::terminal, "delivered"},
      {provider::telnyx, "delivery_failed/40300", outcome::permanent, phase::terminal, "delivery_failed"},
      {provider::telnyx, "sending_failed", outcome::retryable, phase::terminal, "sending_failed"},
      {provider::telnyx, "delivery_unconfirmed", outcome::unknown, phase::terminal, "delivery_unconfirmed"},
      {provider::sinch, "Queued/400", outcome::pending, phase::in_flight, "Queued"},
      {provider::sinch, "Dispatched/401", outcome::pending, phase::in_flight, "Dispatched"},
      {provider::sinch, "Delivered/0", outcome::delivered, phase::terminal, "Delivered"},
      {provider::sinch, "Failed/153", outcome::retryable, phase::terminal, "Failed"},
      {provider::sinch, "Rejected/11", outcome::permanent, phase::terminal, "Rejected"},
      {provider::sinch, "Unknown", outcome::unknown, phase::terminal, "Unknown"},
  };
  return all;
}

struct generated_event {
  std::size_t key;
  const event_template* what;
  std::optional<int> time;
  std::string payload;
};

struct model_key {
  provider p;
  std::string id;
  std::string recipient;
  std::vector<std::size_t> events;  // indexes into the generated events
};

struct model_state {
  const event_template* winner = nullptr;
  std::optional<int> first, last;
  std::uint64_t callbacks = 0, duplicates = 0;
  std::uint32_t failures = 0, deliveries = 0;
  // The ordering key of the winner: (rank, vibes failure, has time, time, arrival).
  std::tuple<int, int, int, int, std::size_t> best{-1, 0, 0, 0, 0};
  std::set<std::size_t> seen;
};

std::string payload_of(const model_key& k, const event_template& e, std::size_t serial, std::optional<int> time) {
  switch (k.p) {
    case provider::vibes: return vibes("cb-" + std::to_string(serial), k.id, time, e.body);
    case provider::bandwidth: {
      const std::string_view body = e.body;
      const auto slash = body.find('/');
      const std::optional<int> code = slash == std::string_view::npos
                                          ? std::nullopt
                                          : std::optional<int>(std::stoi(std::string(body.substr(slash + 1))));
      return bw({bw_event(body.substr(0, slash), time, k.recipient, k.id, code)});
    }
    case provider::bird: {
      const std::string_view body = e.body;
      const auto slash = body.find('/');
      if (slash == std::string_view::npos) return bird(k.id, body, time);
      return bird(k.id, body.substr(0, slash), time,
                  body.substr(slash + 1) == "1" ? unknown_subscriber : absent_subscriber);
    }
    case provider::plivo: break;  // not modelled: the model draws its keys from the providers of templates()
    case provider::twilio: {
      // A form body: Twilio's callbacks carry no time, so `time` has no place in it.
      const std::string_view body = e.body;
      const auto slash = body.find('/');
      std::string form = "MessageSid=" + k.id + "&AccountSid=AC1&MessageStatus=" + std::string(body.substr(0, slash));
      if (slash != std::string_view::npos) form += "&ErrorCode=" + std::string(body.substr(slash + 1));
      return form;
    }
    case provider::vonage: {
      const std::string_view body = e.body;
      const auto slash = body.find('/');
      if (slash == std::string_view::npos) return vonage(k.id, body, time);
      return vonage(k.id, body.substr(0, slash), time, body.substr(slash + 1));
    }
    case provider::whatsapp: {
      const std::string_view body = e.body;
      const auto slash = body.find('/');
      const std::optional<int> code = slash == std::string_view::npos
                                          ? std::nullopt
                                          : std::optional<int>(std::stoi(std::string(body.substr(slash + 1))));
      return whatsapp(k.id, body.substr(0, slash), time, k.recipient, code);
    }
    case provider::telnyx: return telnyx("ev-" + std::to_string(serial), k.id, e.body, time, k.recipient);
    case provider::sinch: return sinch(k.id, e.body, time, k.recipient);
    case provider::infobip: break;  // not modelled: its own test below covers its keys and folds
  }
  return {};
}

}  // namespace

TEST_CASE("tracker: a large seeded stream agrees with a reference model") {
  std::mt19937_64 rng(20261122);
  auto uniform = [&rng](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };

  std::vector<model_key> keys;
  std::vector<generated_event> events;
  const std::size_t key_count = 3000;
  // The providers the model has templates for (a provider's own tracker tests cover the others).
  std::vector<provider> modelled;
  for (const event_template& e : templates()) {
    if (std::find(modelled.begin(), modelled.end(), e.p) == modelled.end()) modelled.push_back(e.p);
  }
  for (std::size_t k = 0; k < key_count; ++k) {
    model_key key;
    key.p = modelled[k % modelled.size()];
    // Bandwidth group messages: three recipients share an id.
    key.id = key.p == provider::bandwidth ? "bw-" + std::to_string(k / 9) : "id-" + std::to_string(k);
    if (key.p == provider::bandwidth) key.recipient = "+1555000" + std::to_string(k % 9);
    // WhatsApp keys on the status id and its recipient too.
    if (key.p == provider::whatsapp) key.recipient = "1555100" + std::to_string(k % 7);
    // Telnyx keys on the message id and the recipient's number.
    if (key.p == provider::telnyx) key.recipient = "+1312555" + std::to_string(k % 5);
    // Sinch keys on the batch id and the recipient (its reports have no message id).
    if (key.p == provider::sinch) key.recipient = "4670000" + std::to_string(k % 5);
    std::vector<const event_template*> choices;
    for (const event_template& e : templates()) {
      if (e.p == key.p) choices.push_back(&e);
    }
    // Bandwidth and Bird identify a callback by its content, so a key gets each template at most once;
    // Vibes callbacks have ids of their own, so templates may repeat (several failed parts).
    std::shuffle(choices.begin(), choices.end(), rng);
    const std::size_t n = 1 + uniform(key.p == provider::vibes ? 6 : choices.size());
    for (std::size_t i = 0; i < n; ++i) {
      const event_template* what = key.p == provider::vibes ? choices[uniform(choices.size())] : choices[i];
      std::optional<int> time;
      // Twilio's form callbacks carry no time: they are ordered by phase and arrival only.
      if (uniform(10) != 0 && key.p != provider::twilio) time = static_cast<int>(uniform(3000));
      // Bird without lastStatusAt is identified by status and failure: at most one timeless per template.
      key.events.push_back(events.size());
      events.push_back({k, what, time, payload_of(key, *what, events.size(), time)});
    }
    keys.push_back(std::move(key));
  }
  // Interleave the keys, then deliver about one callback in five twice (at least once, later).
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<std::size_t> stream;
  for (std::size_t i = 0; i < order.size(); ++i) {
    stream.push_back(order[i]);
    if (uniform(5) == 0) stream.push_back(order[uniform(i + 1)]);
  }
  REQUIRE(stream.size() > 10000);

  triage::tracker t(triage::tracker_options{key_count});
  std::vector<model_state> model(keys.size());
  std::uint64_t duplicates = 0;
  for (std::size_t arrival = 0; arrival < stream.size(); ++arrival) {
    const generated_event& e = events[stream[arrival]];
    REQUIRE(t.observe_payload(e.payload, arrival));

    model_state& m = model[e.key];
    if (!m.seen.insert(stream[arrival]).second) {
      ++m.duplicates;
      ++duplicates;
      continue;
    }
    ++m.callbacks;
    const event_template& w = *e.what;
    if (w.expected_phase == phase::terminal) {
      if (w.expected == outcome::delivered) {
        ++m.deliveries;
      } else {
        ++m.failures;
      }
    }
    // A timeless callback is ordered at the newest time seen before it.
    const std::optional<int> ordering = e.time ? e.time : m.last;
    if (e.time) {
      m.first = m.first ? std::min(*m.first, *e.time) : *e.time;
      m.last = m.last ? std::max(*m.last, *e.time) : *e.time;
    }
    const int rank = w.expected_phase == phase::terminal ? 2 : w.expected_phase == phase::in_flight ? 1 : 0;
    const int vibes_failure = keys[e.key].p == provider::vibes && rank == 2 && w.expected != outcome::delivered ? 1 : 0;
    const auto candidate = std::make_tuple(rank, vibes_failure, ordering ? 1 : 0, ordering.value_or(0), arrival);
    if (m.winner == nullptr || candidate > m.best) {
      m.best = candidate;
      m.winner = &w;
    }
  }

  CHECK(t.size() == keys.size());
  CHECK(t.stats().duplicates == duplicates);
  CHECK(t.stats().callbacks == stream.size());
  CHECK(t.stats().evicted_final + t.stats().evicted_open == 0);
  std::size_t mismatches = 0;
  for (std::size_t k = 0; k < keys.size() && mismatches < 5; ++k) {
    const model_key& key = keys[k];
    const model_state& m = model[k];
    const triage::message_state* s = t.find(key.p, key.id, key.recipient);
    REQUIRE(s != nullptr);
    const bool same = s->verdict.outcome == m.winner->expected && s->phase == m.winner->expected_phase &&
                      s->is_final() == (m.winner->expected_phase != phase::in_flight) &&
                      s->status.view() == std::optional<std::string_view>(m.winner->status) &&
                      s->callbacks == m.callbacks && s->duplicates == m.duplicates && s->failures == m.failures &&
                      s->deliveries == m.deliveries && s->origin == std::get<4>(m.best) &&
                      s->first_seen == (m.first ? std::optional<triage::utc_time>(when(*m.first)) : std::nullopt) &&
                      s->last_seen == (m.last ? std::optional<triage::utc_time>(when(*m.last)) : std::nullopt);
    if (!same) {
      ++mismatches;
      INFO("key " << k << " " << triage::to_string(key.p) << " " << key.id << " " << key.recipient);
      INFO("tracker: " << triage::to_string(s->verdict.outcome) << " " << std::string(s->status.view().value_or("-"))
                       << " callbacks " << s->callbacks << " duplicates " << s->duplicates << " origin " << s->origin);
      INFO("model:   " << triage::to_string(m.winner->expected) << " " << m.winner->status << " callbacks "
                       << m.callbacks << " duplicates " << m.duplicates << " origin " << std::get<4>(m.best));
      CHECK(same);
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("tracker: a small capacity under a random stream keeps its bound and its accounts") {
  std::mt19937_64 rng(7);
  triage::tracker t(triage::tracker_options{100});
  std::uint64_t evicted = 0;
  t.on_eviction([&evicted](const triage::message_state&, bool) { ++evicted; });
  for (int i = 0; i < 20000; ++i) {
    const std::string id = "k" + std::to_string(rng() % 500);
    const int status = static_cast<int>(rng() % 3);
    feed(t, bird(id, status == 0 ? "sent" : status == 1 ? "delivered" : "accepted", static_cast<int>(rng() % 100)));
    REQUIRE(t.size() <= 100);
  }
  CHECK(t.size() == 100);
  CHECK(evicted == t.stats().evicted_final + t.stats().evicted_open);
  CHECK(t.stats().keys_created - evicted == t.size());
  std::size_t live = 0;
  for (const triage::message_state& s : t) {
    ++live;
    CHECK(s.callbacks >= 1);
  }
  CHECK(live == 100);
}

TEST_CASE("tracker enums print with fmt like every public enum") {
  CHECK(fmt::format("{}", triage::observe_status::duplicate) == "duplicate");
  CHECK(fmt::format("{:>9}", triage::observe_status::kept) == "     kept");
  for (triage::phase p : triage::all_phases) {
    CHECK(fmt::format("{}", p) == triage::to_string(p));
  }
}

namespace {

/// A callback about part `part` of `parts` of message `id`, as a provider's fill_observation gives it.
triage::observation part_of(std::string_view id, std::uint16_t part, std::uint16_t parts, outcome what,
                            std::string_view status, int time) {
  triage::observation o;
  o.provider = provider::bandwidth;  // any provider whose own rule lets the newest word win
  o.id = id;
  o.fields.status = status;
  o.verdict = triage::verdict(what, what == outcome::permanent ? triage::category::recipient : triage::category::none,
                              triage::retry_advice::none, "test rule");
  o.phase = triage::detail::phase_of(o.verdict, false);
  o.time = when(time);
  triage::detail::fingerprint_hash h;
  h.add(status);
  o.fingerprint = h.value();
  o.part = part;
  o.parts = parts;
  return o;
}

}  // namespace

TEST_CASE("tracker: a multipart message whose callbacks say their part is delivered when every part is") {
  triage::tracker t;
  CHECK(t.observe(part_of("m", 1, 3, outcome::pending, "sent", 1)) == observe_status::created);
  // The same status of another part is another callback, not a duplicate.
  CHECK(t.observe(part_of("m", 2, 3, outcome::pending, "sent", 2)) != observe_status::duplicate);
  CHECK(t.observe(part_of("m", 1, 3, outcome::delivered, "delivered", 3)) == observe_status::changed);
  // find()'s pointer is valid until the next observe: look the state up again after each.
  const auto s = [&t] {
    const triage::message_state* found = t.find(provider::bandwidth, "m");
    REQUIRE(found != nullptr);
    return found;
  };
  CHECK(s()->parts == 3);
  CHECK(s()->parts_delivered.size() == 1);
  CHECK(s()->phase == phase::in_flight);
  CHECK(s()->verdict.outcome == outcome::pending);
  CHECK(s()->verdict.rule == triage::part_delivered_verdict.rule);
  CHECK(text(s()->status) == "delivered");
  CHECK_FALSE(s()->is_final());

  // A second delivery of part 1 is a duplicate: it does not count as part 2 or 3.
  CHECK(t.observe(part_of("m", 1, 3, outcome::delivered, "delivered", 3)) == observe_status::duplicate);
  CHECK(t.observe(part_of("m", 3, 3, outcome::delivered, "delivered", 4)) == observe_status::changed);
  CHECK(s()->parts_delivered.size() == 2);
  CHECK_FALSE(s()->is_final());
  CHECK(t.observe(part_of("m", 2, 3, outcome::delivered, "delivered", 5)) == observe_status::changed);
  CHECK(s()->parts_delivered.size() == 3);
  CHECK(s()->parts_delivered.contains(2));
  CHECK(s()->phase == phase::terminal);
  CHECK(s()->verdict.outcome == outcome::delivered);
  CHECK(s()->verdict.rule == "test rule");
  CHECK(s()->deliveries == 3);
  CHECK(s()->callbacks == 5);
  CHECK(s()->duplicates == 1);
}

TEST_CASE("tracker: a multipart message is failed when any part failed, whatever arrives after") {
  triage::tracker t;
  t.observe(part_of("m", 1, 2, outcome::delivered, "delivered", 1));
  CHECK(t.observe(part_of("m", 2, 2, outcome::permanent, "undelivered", 2)) == observe_status::changed);
  // find()'s pointer is valid until the next observe: look the state up again after each.
  const auto s = [&t] {
    const triage::message_state* found = t.find(provider::bandwidth, "m");
    REQUIRE(found != nullptr);
    return found;
  };
  CHECK(s()->verdict.outcome == outcome::permanent);
  CHECK(s()->parts_failed.contains(2));
  // A later delivery of the failed part does not undo the failure (the provider's own rule would let the
  // newest word win: for a multipart message a failure outranks a delivery).
  CHECK(t.observe(part_of("m", 2, 2, outcome::delivered, "delivered", 3)) == observe_status::kept);
  CHECK(s()->verdict.outcome == outcome::permanent);
  CHECK(s()->phase == phase::terminal);
  CHECK(s()->parts_delivered.size() == 2);
  CHECK(s()->failures == 1);

  // Arrival order does not matter: the failure first, then every part delivered.
  triage::tracker u;
  u.observe(part_of("n", 2, 2, outcome::permanent, "undelivered", 2));
  u.observe(part_of("n", 1, 2, outcome::delivered, "delivered", 1));
  u.observe(part_of("n", 2, 2, outcome::delivered, "delivered", 3));
  CHECK(u.find(provider::bandwidth, "n")->verdict.outcome == outcome::permanent);
}

TEST_CASE("tracker: part numbers the message cannot have are not parts") {
  triage::tracker t;
  // Part 0, a part beyond the count, a count of one and a count beyond 255 all fold as whole messages.
  for (auto [part, parts] : {std::pair<std::uint16_t, std::uint16_t>{0, 3}, {4, 3}, {1, 1}, {1, 300}}) {
    const std::string id = fmt::format("m{}-{}", part, parts);
    t.observe(part_of(id, part, parts, outcome::delivered, "delivered", 1));
    const triage::message_state* s = t.find(provider::bandwidth, id);
    REQUIRE(s != nullptr);
    CHECK(s->parts == 0);
    CHECK(s->verdict.outcome == outcome::delivered);
    CHECK(s->is_final());
  }
  // The count is the greatest any part said (a provider that learns it late).
  t.observe(part_of("g", 1, 2, outcome::delivered, "delivered", 1));
  t.observe(part_of("g", 3, 3, outcome::delivered, "delivered", 2));
  const triage::message_state* g = t.find(provider::bandwidth, "g");
  REQUIRE(g != nullptr);
  CHECK(g->parts == 3);
  CHECK_FALSE(g->is_final());
  t.observe(part_of("g", 2, 3, outcome::delivered, "delivered", 3));
  g = t.find(provider::bandwidth, "g");
  REQUIRE(g != nullptr);
  CHECK(g->verdict.outcome == outcome::delivered);
}

TEST_CASE("tracker: Infobip keys a report on (messageId, channel) and folds repeats within one batch") {
  using triage::infobip::find_status;
  triage::tracker t;
  // One batch: the intermediate PENDING and the final DELIVERED of one messageId (courier's fixture), and
  // the same DELIVERED again (a retried bucket repeats reports whole).
  const std::string batch =
      R"({"results":[{"messageId":"IB-1","status":{"groupId":1,"id":26},"doneAt":"2024-01-01T10:00:00.000+0000"},)"
      R"({"messageId":"IB-1","status":{"groupId":3,"id":5},"error":{"id":0},"doneAt":"2024-01-01T10:00:05.000+0000"},)"
      R"({"messageId":"IB-1","status":{"groupId":3,"id":5},"error":{"id":0},"doneAt":"2024-01-01T10:00:05.000+0000"}]})";
  REQUIRE(t.observe_payload(batch, 0));
  const triage::message_state* s = t.find(provider::infobip, "IB-1", "");
  REQUIRE(s != nullptr);
  CHECK(s->verdict == find_status(5)->verdict);
  CHECK(s->callbacks == 2);
  CHECK(s->duplicates == 1);
  // A late intermediate report (newer doneAt) does not downgrade the final state.
  REQUIRE(t.observe_payload(std::string(R"({"results":[{"messageId":"IB-1","status":{"groupId":1,"id":7},)"
                                        R"("doneAt":"2024-01-01T11:00:00.000+0000"}]})"),
                            1));
  CHECK(t.find(provider::infobip, "IB-1", "")->verdict.outcome == outcome::delivered);
  // A seen report folds into the same key as information.
  REQUIRE(t.observe_payload(
      std::string(R"({"results":[{"messageId":"IB-1","from":"385","to":"447","seenAt":"2024-01-01T12:00:00Z"}]})"), 2));
  CHECK(t.find(provider::infobip, "IB-1", "")->verdict.outcome == outcome::delivered);
  CHECK(t.find(provider::infobip, "IB-1", "")->callbacks == 4);
  // RCS failover: both legs share msg-abc123 and are told apart by channel; the RCS leg stays in flight
  // with its error, the SMS leg is delivered, and neither overwrites the other.
  const std::string rcs_leg = triage_test::fixture("infobip/spec_rcs_failover_rcs_leg_failed.json");
  const std::string sms_leg = triage_test::fixture("infobip/spec_rcs_failover_sms_leg_delivered.json");
  REQUIRE(t.observe_payload(rcs_leg, 3));
  REQUIRE(t.observe_payload(sms_leg, 4));
  const triage::message_state* rcs = t.find(provider::infobip, "msg-abc123", "RCS");
  const triage::message_state* sms = t.find(provider::infobip, "msg-abc123", "SMS");
  REQUIRE(rcs != nullptr);
  REQUIRE(sms != nullptr);
  CHECK(rcs->verdict.outcome == outcome::pending);
  CHECK(rcs->phase == phase::in_flight);
  CHECK(rcs->code == std::optional<std::int64_t>(7002));
  CHECK(sms->verdict.outcome == outcome::delivered);
  CHECK(sms->phase == phase::terminal);
  // The same leg posted again is a duplicate of its key only.
  const std::uint64_t before = t.stats().duplicates;
  REQUIRE(t.observe_payload(sms_leg, 5));
  CHECK(t.stats().duplicates == before + 1);
  CHECK(t.find(provider::infobip, "msg-abc123", "RCS")->callbacks == 1);
}

TEST_CASE("tracker: Infobip's final reports rank handset > failed > operator > expired, whatever their times") {
  // Rule 8 of the reference: per (messageId, channel), delivered to the handset (5) > failed > delivered to
  // the operator (2) > expired; an operator's acceptance can turn into a handset delivery, never back.
  const auto report = [](const char* id, int group, int status, int second, int error = 0) {
    return std::string(R"({"results":[{"messageId":")") + id + R"(","status":{"groupId":)" + std::to_string(group) +
           R"(,"id":)" + std::to_string(status) + R"(},"error":{"id":)" + std::to_string(error) +
           R"(},"doneAt":"2024-01-01T10:00:)" + (second < 10 ? "0" : "") + std::to_string(second) + R"(.000+0000"}]})";
  };
  // The state's code: the status id of a report without an error, else the error id.
  const auto final_code = [](triage::tracker& t, const char* id) {
    const triage::message_state* s = t.find(provider::infobip, id, "");
    REQUIRE(s != nullptr);
    return s->code;
  };
  using code = std::optional<std::int64_t>;
  triage::tracker t;
  // Handset first, an operator's (newer) acceptance after: the handset delivery stays.
  REQUIRE(t.observe_payload(report("R-1", 3, 5, 10)));
  REQUIRE(t.observe_payload(report("R-1", 3, 2, 20)));
  CHECK(final_code(t, "R-1") == code(5));
  // Operator first, then the handset: the handset takes over, even with an older time.
  REQUIRE(t.observe_payload(report("R-2", 3, 2, 20)));
  REQUIRE(t.observe_payload(report("R-2", 3, 5, 10)));
  CHECK(final_code(t, "R-2") == code(5));
  // A failure outranks an operator's acceptance in either order, and an expiry ranks below both.
  REQUIRE(t.observe_payload(report("R-3", 3, 2, 30)));
  REQUIRE(t.observe_payload(report("R-3", 2, 4, 10, 1)));
  CHECK(t.find(provider::infobip, "R-3", "")->verdict.outcome == outcome::permanent);
  REQUIRE(t.observe_payload(report("R-4", 2, 4, 10, 1)));
  REQUIRE(t.observe_payload(report("R-4", 3, 2, 30)));
  CHECK(t.find(provider::infobip, "R-4", "")->verdict.outcome == outcome::permanent);
  REQUIRE(t.observe_payload(report("R-5", 3, 2, 10)));
  REQUIRE(t.observe_payload(report("R-5", 4, 15, 40)));
  CHECK(t.find(provider::infobip, "R-5", "")->verdict.outcome == outcome::delivered);
  // A handset delivery after a failure is the provider's last word (its own retry got through).
  REQUIRE(t.observe_payload(report("R-6", 2, 4, 10, 1)));
  REQUIRE(t.observe_payload(report("R-6", 3, 5, 5)));
  CHECK(final_code(t, "R-6") == code(5));
  // Equal ranks fall to time: the newer failure wins.
  REQUIRE(t.observe_payload(report("R-7", 2, 4, 10, 1)));
  REQUIRE(t.observe_payload(report("R-7", 5, 6, 20, 2)));
  CHECK(final_code(t, "R-7") == code(2));
}

}  // namespace test_tracker
