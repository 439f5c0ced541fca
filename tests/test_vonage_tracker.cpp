// The tracker over Vonage callbacks: the key (messageId per SMS part, message_uuid per Messages API
// message), redeliveries as duplicates whatever their signing fields, and the order (a terminal state never
// regresses; a read after delivered is history; the newer terminal status is the last word).

#include <triage/triage.hpp>

#include <string>

#include "catch.hpp"

namespace test_vonage_tracker {

namespace {

using triage::outcome;
using triage::provider;

void feed(triage::tracker& t, const std::string& body, triage::body_format format = triage::body_format::json) {
  auto batch = t.parser().parse(std::string_view(body), format);
  REQUIRE(batch);
  for (const triage::callback& cb : *batch) t.observe(cb);
}

std::string dlr(const std::string& id, const std::string& status, const std::string& code, const std::string& at,
                const std::string& nonce = "n1") {
  return "msisdn=447700900000&to=Acme&network-code=23410&messageId=" + id + "&status=" + status + "&err-code=" + code +
         "&message-timestamp=" + at + "&timestamp=1&nonce=" + nonce + "&sig=00";
}

std::string status(const std::string& uuid, const std::string& s, const std::string& at, const std::string& code = {}) {
  std::string out = R"({"message_uuid":")" + uuid + R"(","to":"447700900000","from":"Acme","channel":"whatsapp",)" +
                    R"("timestamp":")" + at + R"(","status":")" + s + "\"";
  if (!code.empty()) out += R"(,"error":{"title":")" + code + R"("})";
  return out + "}";
}

}  // namespace

TEST_CASE("tracker: a Vonage DLR is keyed on messageId; a redelivery with a new nonce is a duplicate") {
  triage::tracker t(triage::tracker_options{16});
  feed(t, dlr("0B01", "accepted", "0", "2020-07-17+02%3A34%3A35"), triage::body_format::form);
  feed(t, dlr("0B01", "delivered", "0", "2020-07-17+02%3A35%3A00"), triage::body_format::query);
  // Vonage resends when the answer is slow: the same receipt, a new nonce and signature.
  feed(t, dlr("0B01", "delivered", "0", "2020-07-17+02%3A35%3A00", "n2"), triage::body_format::form);
  const triage::message_state* s = t.find(provider::vonage, "0B01");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->is_final());
  CHECK(s->callbacks == 2);
  CHECK(s->duplicates == 1);
  REQUIRE(s->contact.view());
  CHECK(*s->contact.view() == "447700900000");
  REQUIRE(s->last_seen);
  CHECK(*s->last_seen == *triage::parse_iso8601("2020-07-17T02:35:00Z"));
  // A late accepted after the delivery is history: the final state does not regress.
  feed(t, dlr("0B01", "buffered", "0", "2020-07-17+02%3A36%3A00"), triage::body_format::form);
  CHECK(t.find(provider::vonage, "0B01")->verdict.outcome == outcome::delivered);
  CHECK(t.find(provider::vonage, "0B01")->callbacks == 3);
}

TEST_CASE("tracker: Vonage's generated expired is final, and each SMS part is a state of its own") {
  triage::tracker t(triage::tracker_options{16});
  // Two parts of one long SMS: the DLR does not say which part it is, so each messageId is its own state.
  feed(t, dlr("P1", "delivered", "0", "2020-07-17+02%3A34%3A35"), triage::body_format::form);
  feed(t, dlr("P2", "expired", "0", "2020-07-20+02%3A34%3A35"), triage::body_format::form);
  const triage::message_state* p1 = t.find(provider::vonage, "P1");
  const triage::message_state* p2 = t.find(provider::vonage, "P2");
  REQUIRE(p1 != nullptr);
  REQUIRE(p2 != nullptr);
  CHECK(p1->verdict.outcome == outcome::delivered);
  CHECK(p2->verdict.outcome == outcome::unknown);
  CHECK(p2->phase == triage::phase::terminal);
  CHECK(t.size() == 2);
  // A failure names its err-code; a failed and a rejected receipt of one part are two callbacks.
  feed(t, dlr("P3", "failed", "6", "2020-07-17+02%3A34%3A35"), triage::body_format::form);
  feed(t, dlr("P3", "rejected", "6", "2020-07-17+02%3A34%3A36"), triage::body_format::form);
  const triage::message_state* p3 = t.find(provider::vonage, "P3");
  REQUIRE(p3 != nullptr);
  CHECK(p3->callbacks == 2);
  CHECK(p3->code == std::optional<std::int64_t>(6));
  CHECK(p3->verdict == triage::vonage::find_sms_code(6)->verdict);
}

TEST_CASE("tracker: a Vonage Messages API message: read after delivered is history, terminal never regresses") {
  triage::tracker t(triage::tracker_options{16});
  feed(t, status("u1", "submitted", "2020-01-01T14:00:00Z"));
  feed(t, status("u1", "delivered", "2020-01-01T14:00:05Z"));
  feed(t, status("u1", "read", "2020-01-01T14:10:00Z"));
  // A late submitted (Vonage gives no ordering guarantee) is history too.
  feed(t, status("u1", "submitted", "2020-01-01T13:59:59Z"));
  const triage::message_state* s = t.find(provider::vonage, "u1");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  REQUIRE(s->status.view());
  CHECK(*s->status.view() == "delivered");
  CHECK(s->callbacks == 4);
  CHECK(s->deliveries == 1);
  // A redelivery of the same event (same status and timestamp) is a duplicate.
  feed(t, status("u1", "read", "2020-01-01T14:10:00Z"));
  CHECK(t.find(provider::vonage, "u1")->duplicates == 1);

  // The newer terminal status is the last word; an older one arriving late is not.
  feed(t, status("u2", "rejected", "2020-01-01T14:00:10Z", "1300"));
  feed(t, status("u2", "undeliverable", "2020-01-01T14:00:01Z", "1180"));
  const triage::message_state* u2 = t.find(provider::vonage, "u2");
  REQUIRE(u2 != nullptr);
  CHECK(u2->verdict == triage::vonage::find_message_code(1300)->verdict);
  CHECK(u2->failures == 2);
  REQUIRE(u2->contact.view());
  CHECK(*u2->contact.view() == "447700900000");
}

TEST_CASE("tracker: an inbound Vonage message is informational, keyed on its own id") {
  triage::tracker t(triage::tracker_options{16});
  feed(t, "msisdn=447700900001&to=447700900000&messageId=MO1&text=Hi&type=text", triage::body_format::query);
  const triage::message_state* s = t.find(provider::vonage, "MO1");
  REQUIRE(s != nullptr);
  CHECK(s->phase == triage::phase::info);
  CHECK(s->verdict.outcome == outcome::none);
  REQUIRE(s->contact.view());
  CHECK(*s->contact.view() == "447700900001");
}

}  // namespace test_vonage_tracker
