// The tracker over Plivo callbacks: the key (ParentMessageUUID, else MessageUUID), the callback identity
// (MessageUUID, PartInfo, Sequence, Status, ErrorCode), the order (a terminal status never regresses; a
// WhatsApp read after delivered is history), and legacy multipart messages (failed if any part failed,
// delivered when every part is).

#include <triage/tracker.hpp>
#include <triage/triage.hpp>

#include <string>

#include "catch.hpp"
#include "support.hpp"

namespace test_plivo_tracker {

namespace {

using triage::outcome;
using triage::phase;
using triage::provider;

/// A status callback of message `uuid` (part `part` of `parent`, when given), with Plivo's stage times.
std::string status(const std::string& uuid, const std::string& st, int sequence, const std::string& time,
                   const std::string& code = "", const std::string& parent = "", const std::string& part = "1+of+1") {
  std::string body = "MessageUUID=" + uuid + "&Status=" + st + "&ErrorCode=" + code +
                     "&From=14155550100&To=14155550123&Sequence=" + std::to_string(sequence) + "&PartInfo=" + part +
                     "&ParentMessageUUID=" + (parent.empty() ? uuid : parent);
  const char* stage = st == "queued" ? "QueuedTime" : st == "sent" ? "SentTime" : "DeliveryReportTime";
  return body + "&" + stage + "=2021-04-16+18%3A" + time;
}

}  // namespace

TEST_CASE("tracker: Plivo's stages fold to the terminal status, whatever order they arrive in") {
  triage::tracker tracker;
  const std::string m = "13bd7acc-9ee3-11eb-b35e-0242ac110005";
  REQUIRE(tracker.observe_payload(status(m, "delivered", 3, "40%3A09.000000")));
  REQUIRE(tracker.observe_payload(status(m, "queued", 1, "39%3A29.089793")));
  REQUIRE(tracker.observe_payload(status(m, "sent", 2, "39%3A30.000000")));
  const triage::message_state* s = tracker.find(provider::plivo, m);
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->phase == phase::terminal);
  CHECK(s->status.view() == std::optional<std::string_view>("delivered"));
  CHECK(s->contact.view() == std::optional<std::string_view>("14155550123"));
  CHECK(s->callbacks == 3);
  // A WhatsApp read receipt after the delivery is history: the state stays delivered.
  REQUIRE(tracker.observe_payload(status(m, "read", 4, "41%3A00.000000")));
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->callbacks == 4);
  // The same callback again (Plivo retries a callback whose answer was not 200) is a duplicate.
  REQUIRE(tracker.observe_payload(status(m, "sent", 2, "39%3A30.000000")));
  CHECK(s->duplicates == 1);
  CHECK(s->callbacks == 4);
  REQUIRE(s->first_seen);
  REQUIRE(s->last_seen);
  CHECK(*s->last_seen - *s->first_seen == std::chrono::microseconds(91 * 1000000 - 89793));
}

TEST_CASE("tracker: an undelivered Plivo message stays failed, and a status-only key is its MessageUUID") {
  triage::tracker tracker;
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=solo&Status=undelivered&ErrorCode=80")));
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=solo&Status=sent")));
  const triage::message_state* s = tracker.find(provider::plivo, "solo");
  REQUIRE(s != nullptr);
  CHECK(s->verdict.outcome == outcome::retryable);
  CHECK(s->verdict.rule == "plivo ErrorCode 80");
  CHECK(s->code == 80);
  // An undelivered without a code is terminal though its outcome is unknown.
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=blind&Status=undelivered")));
  const triage::message_state* blind = tracker.find(provider::plivo, "blind");
  REQUIRE(blind != nullptr);
  CHECK(blind->verdict.outcome == outcome::unknown);
  CHECK(blind->phase == phase::terminal);
  // An inbound message is a final informational state of its own.
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=mo&From=14155550123&To=14155550100&Text=hi")));
  const triage::message_state* mo = tracker.find(provider::plivo, "mo");
  REQUIRE(mo != nullptr);
  CHECK(mo->phase == phase::info);
  CHECK(mo->contact.view() == std::optional<std::string_view>("14155550100"));  // the number it was sent to
}

TEST_CASE("tracker: a legacy Plivo multipart message is delivered when every part is, failed if any failed") {
  triage::tracker tracker;
  const std::string parent = "83876bdb-2033-4876-bfaf-0ff8693705af";
  // Parts 1 and 2 delivered: not yet the message.
  REQUIRE(tracker.observe_payload(status(parent, "delivered", 3, "40%3A01.0", "", parent, "1+of+3")));
  REQUIRE(tracker.observe_payload(status("p2", "delivered", 3, "40%3A02.0", "", parent, "2+of+3")));
  const triage::message_state* s = tracker.find(provider::plivo, parent);
  REQUIRE(s != nullptr);
  CHECK(tracker.size() == 1);
  CHECK(s->parts == 3);
  CHECK(s->verdict.outcome == outcome::pending);
  CHECK_FALSE(s->is_final());
  // The same status of another part is another callback, not a duplicate.
  CHECK(s->duplicates == 0);
  REQUIRE(tracker.observe_payload(status("p3", "delivered", 3, "40%3A03.0", "", parent, "3+of+3")));
  CHECK(s->verdict.outcome == outcome::delivered);
  CHECK(s->is_final());
  CHECK(s->deliveries == 3);

  // Another message: part 2 undelivered, then the others delivered later: it stays failed.
  const std::string other = "93876bdb-2033-4876-bfaf-0ff8693705b0";
  REQUIRE(tracker.observe_payload(status("q2", "undelivered", 3, "41%3A00.0", "50", other, "2+of+3")));
  REQUIRE(tracker.observe_payload(status(other, "delivered", 3, "41%3A05.0", "", other, "1+of+3")));
  REQUIRE(tracker.observe_payload(status("q3", "delivered", 3, "41%3A06.0", "", other, "3+of+3")));
  const triage::message_state* failed = tracker.find(provider::plivo, other);
  REQUIRE(failed != nullptr);
  CHECK(failed->verdict.outcome == outcome::permanent);
  CHECK(failed->verdict.rule == "plivo ErrorCode 50");
  CHECK(failed->failures == 1);
}

TEST_CASE("tracker: a Plivo callback's identity includes its ErrorCode and Sequence") {
  triage::tracker tracker;
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=m&Status=failed&ErrorCode=420&Sequence=2")));
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=m&Status=failed&ErrorCode=900&Sequence=2")));
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=m&Status=failed&ErrorCode=900&Sequence=3")));
  REQUIRE(tracker.observe_payload(std::string("MessageUUID=m&Status=failed&ErrorCode=900&Sequence=3")));
  const triage::message_state* s = tracker.find(provider::plivo, "m");
  REQUIRE(s != nullptr);
  CHECK(s->callbacks == 3);
  CHECK(s->duplicates == 1);
}

}  // namespace test_plivo_tracker
