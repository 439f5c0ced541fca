// The parser of the structured SMS `reason` text: "details: <text>; reason: <slug>; code: <n>".

#include <triage/triage.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "catch.hpp"

namespace test_bird_reason {

namespace {

using triage::bird::parse_sms_reason;
using triage::bird::sms_reason;

constexpr std::optional<std::string_view> sv(std::string_view s) { return s; }

// The docs' two examples, checked at compile time: the parser is constexpr.
constexpr auto unknown_subscriber =
    parse_sms_reason("details: unknown subscriber; reason: unknown_subscriber; code: 1");
static_assert(unknown_subscriber.has_value());
static_assert(unknown_subscriber->details == sv("unknown subscriber"));
static_assert(unknown_subscriber->reason == sv("unknown_subscriber"));
static_assert(unknown_subscriber->code_text == sv("1"));
static_assert(unknown_subscriber->code == 1);
constexpr auto network_error = parse_sms_reason("details: system failure; reason: received_network_error; code: 34");
static_assert(network_error && network_error->details == sv("system failure") &&
              network_error->reason == sv("received_network_error") && network_error->code == 34);
static_assert(!parse_sms_reason("Message undeliverable"));

}  // namespace

TEST_CASE("the reason parts are parsed from the docs' examples, as views into the text") {
  const std::string text = "details: system failure; reason: received_network_error; code: 34";
  const std::optional<sms_reason> parsed = parse_sms_reason(text);
  REQUIRE(parsed);
  CHECK(parsed->details == sv("system failure"));
  CHECK(parsed->reason == sv("received_network_error"));
  CHECK(parsed->code_text == sv("34"));
  CHECK(parsed->code == 34);
  CHECK(parsed->details->data() == text.data() + 9);
  CHECK(parsed->code_text->data() == text.data() + text.size() - 2);
}

TEST_CASE("the parts may come in any order, with any spacing and key case; a repeated part keeps its last value") {
  const sms_reason expected{sv("unknown subscriber"), sv("unknown_subscriber"), sv("1"), 1};
  for (const char* text : {"details: unknown subscriber; reason: unknown_subscriber; code: 1",
                           "code: 1; details: unknown subscriber; reason: unknown_subscriber",
                           "reason: unknown_subscriber; code: 1; details: unknown subscriber",
                           "  Details :unknown subscriber ;REASON:  unknown_subscriber;Code: 1  ",
                           "details: unknown subscriber;; reason: unknown_subscriber; code: 1;",
                           "code: 7; details: unknown subscriber; reason: unknown_subscriber; code: 1",
                           "details:\tunknown subscriber;\r\nreason: unknown_subscriber;\ncode: 1"}) {
    CAPTURE(text);
    CHECK(parse_sms_reason(text) == std::optional<sms_reason>(expected));
  }
}

TEST_CASE("any subset of the parts is a structured reason; absent parts stay absent") {
  std::optional<sms_reason> r = parse_sms_reason("reason: expired");
  REQUIRE(r);
  CHECK(r->reason == sv("expired"));
  CHECK_FALSE(r->details);
  CHECK_FALSE(r->code_text);
  CHECK_FALSE(r->code);

  r = parse_sms_reason("details: DLR not received");
  REQUIRE(r);
  CHECK(r->details == sv("DLR not received"));
  CHECK_FALSE(r->reason);

  r = parse_sms_reason("code: 27");
  REQUIRE(r);
  CHECK(r->code == 27);

  r = parse_sms_reason("details: ; reason:; code:");
  REQUIRE(r);
  CHECK(r->details == sv(""));
  CHECK(r->reason == sv(""));
  CHECK(r->code_text == sv(""));
  CHECK_FALSE(r->code);
}

TEST_CASE("the human details text may itself contain ';' and ':'") {
  std::optional<sms_reason> r =
      parse_sms_reason("details: rejected; no route: try later; reason: carrier_rejected; code: 40");
  REQUIRE(r);
  CHECK(r->details == sv("rejected; no route: try later"));
  CHECK(r->reason == sv("carrier_rejected"));
  CHECK(r->code == 40);

  r = parse_sms_reason("details: ; continued text; reason: x");
  REQUIRE(r);
  CHECK(r->details == sv("continued text"));
}

TEST_CASE("text without the structure is not a structured reason") {
  for (const char* text : {"", "   ", ";", " ; ; ", "string", "Message undeliverable",
                           "details unknown subscriber reason unknown_subscriber code 1",
                           "error: unknown subscriber; reason: unknown_subscriber", "reason: x; something else",
                           "code: 1; note", "reason: x; carrier: y", ": unknown subscriber; reason: x",
                           "Message failed to send because: the number is invalid"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_sms_reason(text));
  }
}

TEST_CASE("a code that is not an integer keeps only its text") {
  for (const char* code : {"abc", "1.5", "34a", "99999999999999999999", "- 1"}) {
    CAPTURE(code);
    const std::string text = std::string("reason: x; code: ") + code;
    const std::optional<sms_reason> r = parse_sms_reason(text);
    REQUIRE(r);
    CHECK(r->code_text == sv(code));
    CHECK_FALSE(r->code);
  }
  const std::optional<sms_reason> negative = parse_sms_reason("code: -5");
  REQUIRE(negative);
  CHECK(negative->code == -5);
}

TEST_CASE("the parsed reason reaches the message and the CLI fields") {
  triage::parser parser;
  auto batch = parser.parse(
      std::string_view(
          R"({"channelId":"c","status":"delivery_failed","reason":"code: 31; reason: unavailable_subscriber; details: busy"})"),
      triage::provider::bird);
  REQUIRE(batch);
  const auto& m = *(*batch)[0].get_if<triage::bird::message>();
  REQUIRE(m.reason_parts);
  CHECK(m.reason_parts->code == 31);
  const triage::callback_fields f = (*batch)[0].fields();
  CHECK(f.reason == sv("unavailable_subscriber"));
  CHECK(f.detail == sv("busy"));
  CHECK(f.code == 31);

  batch =
      parser.parse(std::string_view(R"({"channelId":"c","status":"delivery_failed","reason":"Message undeliverable"})"),
                   triage::provider::bird);
  REQUIRE(batch);
  const auto& free = *(*batch)[0].get_if<triage::bird::message>();
  CHECK_FALSE(free.reason_parts);
  CHECK((*batch)[0].fields().detail == sv("Message undeliverable"));
  CHECK_FALSE((*batch)[0].fields().reason);
}

}  // namespace test_bird_reason
