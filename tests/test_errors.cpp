// Malformed and hostile input: always an error value with a clear message, never a crash.

#include <triage/triage.hpp>

#include <string>

#include "catch.hpp"
#include "support.hpp"

namespace test_errors {

namespace {

triage::error parse_error(triage::parser& parser, std::string_view json) {
  auto batch = parser.parse(json);
  REQUIRE_FALSE(batch);
  return batch.error();
}

}  // namespace

TEST_CASE("document-level problems have their own error codes") {
  triage::parser parser;
  CHECK(parse_error(parser, "").code() == triage::error_code::empty_input);
  CHECK(parse_error(parser, " \n\t\r ").code() == triage::error_code::empty_input);
  CHECK(parse_error(parser, "42").code() == triage::error_code::scalar_document);
  CHECK(parse_error(parser, "\"callback\"").code() == triage::error_code::scalar_document);
  CHECK(parse_error(parser, "null").code() == triage::error_code::scalar_document);
  CHECK(parse_error(parser, "true").code() == triage::error_code::scalar_document);
  CHECK(parse_error(parser, "{}").code() == triage::error_code::unknown_provider);
  CHECK(parse_error(parser, "[]").code() == triage::error_code::unknown_provider);
  CHECK(parse_error(parser, R"({"id":"x","status":"sent"})").code() == triage::error_code::unknown_provider);
  CHECK(parse_error(parser, R"({"event_id":"x","callback_type":"c"} {"event_id":"y"})").code() ==
        triage::error_code::trailing_content);
  CHECK(parse_error(parser, R"({"event_id":"x","callback_type":"c"} {"event_id":"y"})").offset() == 37);
}

TEST_CASE("syntax errors say what is wrong") {
  triage::parser parser;
  const triage::error trailing_comma = parse_error(parser, R"({"event_id":"a",})");
  CHECK(trailing_comma.code() == triage::error_code::invalid_json);
  CHECK(trailing_comma.has_offset());
  CHECK(parse_error(parser, R"({"event_id":"a)").code() == triage::error_code::invalid_json);
  CHECK_THAT(parse_error(parser, R"({"event_id":"a)").message(), triage_test::contains("unclosed string"));
  CHECK(parse_error(parser, R"({"event_id":"a")").code() == triage::error_code::invalid_json);
  CHECK(parse_error(parser, R"({"event_id":NULL})").code() == triage::error_code::invalid_json);
  CHECK(parse_error(parser, R"({"event_id":"a" // comment
})")
            .code() == triage::error_code::invalid_json);
}

TEST_CASE("invalid UTF-8 is reported at its byte offset") {
  triage::parser parser;
  const triage::error e = parse_error(parser, "{\"event_id\":\"ab\xff\"}");
  CHECK(e.code() == triage::error_code::invalid_utf8);
  CHECK(e.offset() == 15);
  const triage::error overlong = parse_error(parser, "{\"event_id\":\"\xc0\xaf\"}");
  CHECK(overlong.code() == triage::error_code::invalid_utf8);
  CHECK(overlong.offset() == 13);
  const triage::error surrogate = parse_error(parser, "{\"event_id\":\"\xed\xa0\x80\"}");
  CHECK(surrogate.code() == triage::error_code::invalid_utf8);
  CHECK(surrogate.offset() == 13);
}

TEST_CASE("NUL bytes inside and outside strings are errors, not truncation") {
  triage::parser parser;
  const std::string inside("{\"event_id\":\"a\0b\"}", 18);
  CHECK(parse_error(parser, inside).code() == triage::error_code::invalid_json);
  const std::string after("{\"event_id\":\"a\"}\0", 17);
  CHECK_FALSE(parser.parse(std::string_view(after)));
}

TEST_CASE("a payload larger than max_document_size is refused before parsing") {
  triage::parser_options options;
  options.max_document_size = 64;
  triage::parser parser(options);
  const std::string big = R"({"event_id":")" + std::string(100, 'x') + "\"}";
  const triage::error e = parse_error(parser, big);
  CHECK(e.code() == triage::error_code::document_too_large);
  CHECK_THAT(e.message(), triage_test::contains("max_document_size"));
}

namespace {
/// A Vibes callback whose event_data nests `levels` objects-with-an-array (2 * levels brackets deep).
std::string nested_vibes(int levels) {
  std::string deep = R"({"event_id":"x","callback_type":"event_processed","event_processed":{"event_data":)";
  for (int i = 0; i < levels; ++i) deep += "{\"a\":[";
  deep += "1";
  for (int i = 0; i < levels; ++i) deep += "]}";
  deep += "}}";
  return deep;
}
}  // namespace

TEST_CASE("deep nesting inside opaque objects is skipped without recursion") {
  triage::parser_options options;
  options.max_depth = std::size_t{1} << 20;
  triage::parser parser(options);
  auto batch = parser.parse(std::string_view(nested_vibes(100000)));
  REQUIRE(batch);
  CHECK((*batch)[0].id() == std::optional<std::string_view>("x"));
}

TEST_CASE("nesting deeper than max_depth is an error at the bracket that goes too deep") {
  triage::parser parser;                       // max_depth 1024 by default
  const std::string deep = nested_vibes(600);  // 2 + 1200 levels
  const triage::error e = parse_error(parser, deep);
  CHECK(e.code() == triage::error_code::too_deep);
  // The root and event_processed are levels 1 and 2; level 1025 is the 1023rd bracket of event_data.
  const std::size_t event_data = deep.find("{\"a\"");
  CHECK(e.offset() == event_data + 1022 / 2 * 6 + (1022 % 2 == 0 ? 0 : 5));
  CHECK(std::string_view("{[").find(deep[e.offset()]) != std::string_view::npos);
  CHECK_THAT(e.message(), triage_test::contains("max_depth"));

  // Exactly at the limit parses; the limit is the caller's to choose.
  CHECK(parser.parse(std::string_view(nested_vibes(511))));  // 2 + 1022 levels
  triage::parser_options shallow;
  shallow.max_depth = 3;
  triage::parser strict(shallow);
  CHECK(strict.parse(std::string_view(R"({"event_id":"x","callback_type":"c","event_processed":{"event_data":{}}})")));
  CHECK(parse_error(strict, R"({"event_id":"x","callback_type":"c","event_processed":{"event_data":{"a":[]}}})")
            .offset() == 73);

  // Under `max_depth`, after `padding` bytes of text: an unknown value nested to the limit parses (the root
  // and event_processed are levels 1 and 2), one level more is too_deep at its bracket.
  const auto limit_is_found = [](std::size_t max_depth, std::size_t padding) {
    CAPTURE(max_depth, padding);
    triage::parser_options options;
    options.max_depth = max_depth;
    triage::parser limited(options);
    const std::string head =
        R"({"event_id":")" + std::string(padding, 'p') + R"(","callback_type":"c","event_processed":{"unknown":)";
    const std::size_t levels = max_depth - 2;
    const std::string at_limit = head + std::string(levels, '[') + std::string(levels, ']') + "}}";
    const std::string over = head + std::string(levels + 1, '[') + std::string(levels + 1, ']') + "}}";
    CHECK(limited.parse(std::string_view(at_limit)));
    auto batch = limited.parse(std::string_view(over));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::too_deep);
    CHECK(batch.error().offset() == head.size() + levels);
  };
  // Wherever the brackets fall in the byte blocks the pre-check counts them in, one too many is found.
  for (std::size_t padding = 0; padding < 300; padding += 7) limit_is_found(40, padding);
  // The pre-check stops counting once the bytes left could not take it past the limit: nesting that sits at
  // the end of a long document, just inside or just past that point, is still found.
  for (std::size_t padding = 0; padding < 1200; padding += 37) limit_is_found(300, padding);

  // Brackets inside strings are text, not nesting.
  std::string brackets = R"({"callback_type":"c","event_id":")" + std::string(5000, '[') + R"(\"{{{"})";
  CHECK(parser.parse(std::string_view(brackets)));
}

TEST_CASE("unbalanced quotes are reported where the text stops being JSON") {
  triage::parser parser;
  const triage::error e = parse_error(parser, R"({"event_id":"x","status":"sent})");
  CHECK(e.code() == triage::error_code::invalid_json);
  CHECK_THAT(e.message(), triage_test::contains("unclosed string"));
  CHECK(e.offset() == 25);
  // An escaped quote does not close it.
  CHECK(parse_error(parser, R"({"event_id":"a\"})").offset() == 12);
  // The Vibes docs' typographic quote unbalances the quotes; the place to fix is the quote itself.
  const std::string curly =
      "{\"event_id\":\"x\",\n  \xE2\x80\x9C"
      R"(event_type": "day_of_delivery"})";
  CHECK(parse_error(parser, curly).offset() == curly.find('\xE2'));
  const std::string fixture = triage_test::fixture("vibes/invalid/s0_carrier_dlr_failure.json");
  CHECK(parse_error(parser, fixture).offset() == fixture.find("\xE2\x80\x9C"));
}

TEST_CASE("object members without their braces are called that, at the first key") {
  triage::parser parser;
  const triage::error e = parse_error(parser, "  \"status\": \"failed\",\n \"code\": 1");
  CHECK(e.code() == triage::error_code::invalid_json);
  CHECK(e.offset() == 2);
  CHECK_THAT(e.message(), triage_test::contains("without their enclosing { }"));
  // The same with a provider given, and a plain string document is still a scalar.
  auto known = parser.parse(std::string_view("\"status\": \"failed\""), triage::provider::bird);
  REQUIRE_FALSE(known);
  CHECK(known.error().code() == triage::error_code::invalid_json);
  CHECK(parse_error(parser, "\"status\"").code() == triage::error_code::scalar_document);
}

TEST_CASE("more failure errors than max_vibes_errors is an error") {
  triage::parser_options options;
  options.max_vibes_errors = 3;
  triage::parser parser(options);
  std::string json = R"({"event_id":"x","callback_type":"c","event_processed":{"action":{"failure":{"errors":[)";
  for (int i = 0; i < 4; ++i) json += std::string(i ? "," : "") + "{\"error_code\":" + std::to_string(i) + "}";
  json += "]}}}}";
  const triage::error e = parse_error(parser, json);
  CHECK(e.code() == triage::error_code::too_many_items);
  CHECK(e.path() == "event_processed.action.failure.errors");
  options.max_vibes_errors = 4;
  triage::parser enough(options);
  CHECK(enough.parse(std::string_view(json)));
}

TEST_CASE("a UTF-8 byte order mark is skipped; offsets still count from the first byte") {
  triage::parser parser;
  const std::string json = "\xEF\xBB\xBF{\"event_id\":\"x\",\"callback_type\":\"event_processed\"}";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  CHECK((*batch)[0].id() == std::optional<std::string_view>("x"));
  const triage::error e = parse_error(parser, "\xEF\xBB\xBF{\"event_id\":5}");
  CHECK(e.offset() == 15);
}

TEST_CASE("CRLF line endings and tabs are plain white space") {
  triage::parser parser;
  const std::string json = "{\r\n\t\"event_id\" :\t\"x\" ,\r\n\"callback_type\":\"event_processed\"\r\n}\r\n";
  CHECK(parser.parse(std::string_view(json)));
}

TEST_CASE("every truncation of every Vibes fixture is an error, never a crash") {
  triage::parser parser;
  for (const char* file : {"vibes/s1_handset_dlr_failure_corrected.json", "vibes/s0_processing_sms_queued.json",
                           "vibes/s0_routing_person_not_found.json", "vibes/s0_processing_media_too_big.json"}) {
    CAPTURE(file);
    std::string json = triage_test::fixture(file);
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

TEST_CASE("the padded entry point parses without copying and agrees with the copying one") {
  triage::parser parser;
  const std::string json = triage_test::fixture("vibes/s1_handset_dlr_success.json");
  const simdjson::padded_string padded(json);
  auto batch = parser.parse(padded);
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(c.event);
  REQUIRE(c.event->event_data);
  // Raw object views point into the caller's buffer.
  CHECK(c.event->event_data->data() >= padded.data());
  CHECK(c.event->event_data->data() < padded.data() + padded.size());
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::delivered);
}

TEST_CASE("strings with and without escapes side by side, in fields and in lists, each read right") {
  triage::parser parser;
  const std::string json = R"([{"type":"message-failed" , "description":"a\"b","to":"+1555"  ,)"
                           R"("message":{"id":"m-1","to":["+1555","+1\u0035"],"media":[ "u"]}}])";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const auto& e = *(*batch)[0].get_if<triage::bandwidth::message_callback>();
  CHECK(e.type == std::optional<std::string_view>("message-failed"));
  CHECK(e.to == std::optional<std::string_view>("+1555"));
  CHECK(e.description == std::optional<std::string_view>("a\"b"));
  REQUIRE(e.message);
  REQUIRE(e.message->to.size() == 2);
  CHECK(e.message->to[0] == "+1555");
  CHECK(e.message->to[1] == "+15");
  REQUIRE(e.message->media.size() == 1);
  CHECK(e.message->media[0] == "u");
}

TEST_CASE("a raw control character inside a string is an error, whether or not the string has escapes") {
  triage::parser parser;
  for (const std::string& json : {std::string("{\"event_id\":\"a\tb\"}"), std::string("{\"event_id\":\"a\\n\x01\"}")}) {
    CAPTURE(json);
    const triage::error e = parse_error(parser, json);
    CHECK(e.code() == triage::error_code::invalid_json);
    CHECK_THAT(e.message(), triage_test::contains("control character"));
  }
}

TEST_CASE("a string longer than max_string_length is an error naming the field, for every provider") {
  triage::parser_options options;
  options.max_string_length = 16;
  triage::parser parser(options);
  const std::string long_value(17, 'x');
  struct probe {
    std::string json;
    const char* path;
  };
  const probe probes[] = {
      {R"({"callback_type":"event_processed","event_id":")" + long_value + "\"}", "event_id"},
      {R"([{"type":"message-failed","message":{"id":"m","to":["+1",")" + long_value + "\"]}}]", "[0].message.to[1]"},
      {R"({"service":"channels","event":"sms.outbound","payload":{"id":"m","channelId":"c","status":")" + long_value +
           "\"}}",
       "payload.status"},
  };
  for (const probe& p : probes) {
    CAPTURE(p.json);
    const triage::error e = parse_error(parser, p.json);
    CHECK(e.code() == triage::error_code::string_too_long);
    CHECK(e.path() == p.path);
    CHECK(e.has_offset());
    CHECK_THAT(e.message(), triage_test::contains("max_string_length"));
  }
  // Exactly at the limit fits, with and without escapes.
  CHECK(parser.parse(
      std::string_view(R"({"callback_type":"event_processed","event_id":")" + std::string(16, 'x') + "\"}")));
  // Escapes count once unescaped: 16 characters written as \u0078 fit.
  std::string escaped = R"({"callback_type":"event_processed","event_id":")";
  for (int i = 0; i < 16; ++i) escaped += "\\u0078";
  escaped += "\"}";
  CHECK(parser.parse(std::string_view(escaped)));
}

}  // namespace test_errors
