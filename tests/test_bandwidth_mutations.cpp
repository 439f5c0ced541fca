// Mutations of every valid Bandwidth fixture: the same events must come out whatever the key order,
// escaping, unknown fields or white space; missing optionals and nulls are fine; wrong types are errors
// that name the field path (array indexes included); truncation is always an error; limits hold.

#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_bandwidth_mutations {

namespace {

using triage::bandwidth::message_callback;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string show(const std::optional<triage::timestamp>& t) {
  if (!t) return "null";
  return show(std::optional<std::string_view>(t->raw)) + "@" +
         (t->time() ? std::to_string(t->time()->time_since_epoch().count()) : std::string("invalid"));
}
std::string show(triage::span<std::string_view> list) {
  std::string s = "[";
  for (std::string_view item : list) s += show(std::optional<std::string_view>(item)) + ",";
  return s + "]";
}

/// Everything the parser extracted from one event, and its verdict, as text.
std::string snapshot(const triage::callback& cb) {
  const message_callback& e = *cb.get_if<message_callback>();
  std::string s = "kind=" + std::string(triage::to_string(e.kind)) + " type=" + show(e.type) + " time=" + show(e.time) +
                  " desc=" + show(e.description) + " to=" + show(e.to) + " code=" + show(e.error_code) +
                  " carrier=" + show(e.carrier_name) + " etime=" + show(e.event_time);
  if (e.message) {
    const triage::bandwidth::message& m = *e.message;
    s += " m.id=" + show(m.id) + " owner=" + show(m.owner) + " app=" + show(m.application_id) +
         " m.time=" + show(m.time) + " segs=" + show(m.segment_count) + " dir=" + show(m.direction) +
         " m.to=" + show(m.to) + " from=" + show(m.from) + " text=" + show(m.text) + " tag=" + show(m.tag) +
         " media=" + show(m.media) + " prio=" + show(m.priority) + " channel=" + show(m.channel);
    if (m.content) {
      s += " content.text=" + show(m.content->text);
      if (m.content->media) {
        s += " file=" + show(m.content->media->file_url) + " thumb=" + show(m.content->media->thumbnail_url);
      }
    }
    if (m.suggestion_response) {
      s += " sr=" + show(m.suggestion_response->text) + "/" + show(m.suggestion_response->postback_data) + "/" +
           show(m.suggestion_response->paired_message_id);
    }
    if (m.location_response) {
      s += " loc=" + show(m.location_response->latitude) + "/" + show(m.location_response->longitude);
    }
  }
  s += " => " + fmt::format("{} {}", triage::classify(cb), triage::classify(cb).rule);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("bandwidth"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  std::string s;
  for (const triage::callback& cb : *batch) s += snapshot(cb) + "\n";
  return s;
}

/// The error of a payload parsed as a Bandwidth one (constructed payloads lack keys that detection needs).
triage::error parse_error(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json), triage::provider::bandwidth);
  REQUIRE_FALSE(batch);
  return batch.error();
}

}  // namespace

TEST_CASE("Bandwidth: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 12);
  for (const std::string& file : files) {
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

TEST_CASE("Bandwidth: every field can be missing, and the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    const std::size_t events = [&] {
      auto batch = parser.parse(std::string_view(original));
      REQUIRE(batch);
      return batch->size();
    }();
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      // Without detection a payload whose first event lost every Bandwidth key is still Bandwidth's.
      auto batch = parser.parse(std::string_view(mutated), triage::provider::bandwidth);
      REQUIRE(batch);
      CHECK(batch->size() == events);
      for (const triage::callback& cb : *batch) CHECK_FALSE(triage::classify(cb).rule.empty());
    }
  }
}

TEST_CASE("Bandwidth: null reads as absent for every field") {
  triage::parser parser;
  for (const char* file : {"bandwidth/doc_message_failed_4432.json", "bandwidth/spec_rbm_read_suggestion_location.json",
                           "bandwidth/constructed_mixed_batch.json"}) {
    const std::string original = triage_test::fixture(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(file, path);
      triage_test::mutation m;
      m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::bandwidth);
      REQUIRE(batch);
      CHECK(batch->size() >= 1);
    }
  }
}

TEST_CASE("Bandwidth: a wrong type in a known field is an error naming the field path") {
  triage::parser parser;
  for (const char* file : {"bandwidth/doc_message_failed_4432.json", "bandwidth/spec_rbm_read_suggestion_location.json",
                           "bandwidth/constructed_mixed_batch.json", "bandwidth/spec_message_sent.json"}) {
    const std::string original = triage_test::fixture(file);
    std::size_t checked = 0;
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      using simdjson::dom::element_type;
      std::vector<std::string> wrong;
      switch (field.type) {
        case element_type::STRING: wrong = {"true", "[1]", "{\"x\":1}"}; break;
        case element_type::OBJECT: wrong = {"\"x\"", "7", "[{}]"}; break;
        case element_type::ARRAY: wrong = {"{\"x\":1}", "\"x\"", "false"}; break;
        default: wrong = {"true", "[1]", "{}"}; break;  // numbers
      }
      for (const std::string& replacement : wrong) {
        CAPTURE(file, field.path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == field.path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::bandwidth);
        // message.to is a list, or one number as a string (the multichannel callbacks of 2025).
        if (field.path.size() >= 10 && field.path.compare(field.path.size() - 10, 10, "message.to") == 0 &&
            replacement.front() == '"') {
          REQUIRE(batch);
          continue;
        }
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK((e.code() == triage::error_code::wrong_type || e.code() == triage::error_code::invalid_value));
        CHECK(e.path() == field.path);
        CHECK(e.has_offset());
        CHECK_FALSE(e.expected().empty());
        ++checked;
      }
    }
    CHECK(checked > 30);
  }
}

TEST_CASE("Bandwidth: specific errors say where, what was expected and what was found") {
  triage::parser parser;
  auto check = [&](const std::string& json, const std::string& message) {
    CAPTURE(json);
    CHECK(parse_error(parser, json).message() == message);
  };
  check(R"([{"type":"message-sent","message":{"id":"m"}},{"type":"message-sent","message":{"to":["+1",5]}}])",
        "[1].message.to[1]: wrong type: expected a string, found a number");
  check(R"([{"type":"message-sent","message":{"to":[null]}}])",
        "[0].message.to[0]: wrong type: expected a string, found null");
  check(R"([{"type":"message-sent","message":{"media":["https://x",["y"]]}}])",
        "[0].message.media[1]: wrong type: expected a string, found an array");
  check(R"([{"type":"message-sent","message":{"to":15550000001}}])",
        "[0].message.to: wrong type: expected an array or a string, found a number");
  check(R"([{"type":"message-failed","errorCode":"forty"}])",
        "[0].errorCode: invalid value: expected an integer or a numeric string, found a string");
  check(R"([{"type":"message-failed","errorCode":4432.5}])",
        "[0].errorCode: invalid value: expected an integer, found a number");
  check(R"({"type":"message-failed","errorCode":true})",
        "errorCode: wrong type: expected an integer or a numeric string, found a boolean");
  check(R"([{"type":"message-read","message":{"segmentCount":"one"}}])",
        "[0].message.segmentCount: invalid value: expected an integer or a numeric string, found a string");
  check(R"([{"type":"requested-location-response","message":{"locationResponse":{"latitude":true}}}])",
        "[0].message.locationResponse.latitude: wrong type: expected a string or a number, found a boolean");
  check(R"([{"type":"message-received","message":{"content":{"media":{"fileUrl":1}}}}])",
        "[0].message.content.media.fileUrl: wrong type: expected a string, found a number");
  check(R"([{"type":"message-sent","message":{"id":"m"}}, 7])",
        "[1]: wrong type: expected an object (a Bandwidth event), found a number");
  check(R"([{"type":"message-sent","message":{"id":"m"}}, null])",
        "[1]: wrong type: expected an object (a Bandwidth event), found null");
  check(R"([{"type":"message-sent","message":{"id":"m"}}] [])", "unexpected content after the JSON value");
}

TEST_CASE("Bandwidth: a wrong type names the element's index in a long batch") {
  triage::parser parser;
  std::string json = "[";
  for (int i = 0; i < 12; ++i) {
    json += std::string(i ? "," : "") + R"({"type":"message-delivered","message":{"id":"m)" + std::to_string(i) +
            R"(","to":["+1555000000)" + std::to_string(i % 10) + "\"]}}";
  }
  json += "]";
  REQUIRE(parser.parse(std::string_view(json)));
  const std::string bad = triage_test::replace_once(json, R"("id":"m11")", R"("id":11)");
  const triage::error e = parse_error(parser, bad);
  CHECK(e.path() == "[11].message.id");
  CHECK(e.code() == triage::error_code::wrong_type);
  REQUIRE(e.has_offset());
  CHECK(bad.compare(e.offset(), 2, "11") == 0);
}

TEST_CASE("Bandwidth: duplicate keys, the last occurrence wins, arrays included") {
  triage::parser parser;
  const std::string json =
      R"([{"type":"message-sent","type":"message-failed","errorCode":4720,"errorCode":"5600",)"
      R"("message":{"id":"first","to":["a"],"to":["b","c"],"media":["x"],"media":null},"message":{"id":"second",)"
      R"("to":["d"],"to":["e","f"]}}])";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const message_callback& e = *(*batch)[0].get_if<message_callback>();
  CHECK(e.kind == triage::bandwidth::kind::message_failed);
  CHECK(e.error_code == std::optional<std::int64_t>(5600));
  CHECK(e.message->id == std::optional<std::string_view>("second"));
  REQUIRE(e.message->to.size() == 2);
  CHECK(e.message->to[0] == "e");
  CHECK(e.message->to[1] == "f");
  CHECK(e.message->media.empty());
  CHECK(triage::classify((*batch)[0]).category == triage::category::rate_limit);
}

TEST_CASE("Bandwidth: escaped keys and values are unescaped before they are compared") {
  triage::parser parser;
  const std::string json =
      R"([{"typ\u0065":"message-\u0066ailed","error\u0043ode":"44\u00332","descr\u0069ption":"a\"b\\c\u00e9",)"
      R"("message":{"\u0074o":["+1\u0035550000001"],"id":"m\/1"}}])";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const message_callback& e = *(*batch)[0].get_if<message_callback>();
  CHECK(e.kind == triage::bandwidth::kind::message_failed);
  CHECK(e.error_code == std::optional<std::int64_t>(4432));
  CHECK(e.description == std::optional<std::string_view>("a\"b\\c\xc3\xa9"));
  CHECK(e.message->id == std::optional<std::string_view>("m/1"));
  REQUIRE(e.message->to.size() == 1);
  CHECK(e.message->to[0] == "+15550000001");
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::permanent);
}

TEST_CASE("Bandwidth: a key matches only when all of it, decoded, is the known key") {
  // Keys are compared word by word with their closing quote, so a known key that is only the start of a
  // longer one, or that follows an escaped quote, must not match; nor may keys shorter than a known one.
  triage::parser parser;
  const std::string json =
      R"([{"type\"":"message-failed","typ\u0065x":"message-failed","ty":"message-failed","t":"x",)"
      R"("type":"message-delivered","errorCodeX":1,"errorCod":2,"error\u0043ode\"":3,)"
      R"("descriptionAndMore":"no","\u0064escription":"yes","message":{"idx":"no","i":"no","\u0069\u0064":"m-1",)"
      R"("applicationIdentifier":"no","applicationI":"no","applicationId":"app"}}])";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  const message_callback& e = *(*batch)[0].get_if<message_callback>();
  CHECK(e.type == std::optional<std::string_view>("message-delivered"));
  CHECK(e.kind == triage::bandwidth::kind::message_delivered);
  CHECK_FALSE(e.error_code);
  CHECK(e.description == std::optional<std::string_view>("yes"));
  REQUIRE(e.message);
  CHECK(e.message->id == std::optional<std::string_view>("m-1"));
  CHECK(e.message->application_id == std::optional<std::string_view>("app"));
}

TEST_CASE("Bandwidth: spans stay right when the string pool grows during a payload") {
  // Enough recipients over enough events that the pool reallocates several times while later events are
  // read: every span must still show its own event's numbers.
  triage::parser parser;
  std::string json = "[";
  for (int i = 0; i < 300; ++i) {
    json += std::string(i ? "," : "") + R"({"type":"message-delivered","to":"+1)" + std::to_string(i) +
            R"(","message":{"id":"m)" + std::to_string(i) + R"(","to":[)";
    for (int k = 0; k <= i % 7; ++k) json += std::string(k ? "," : "") + "\"+" + std::to_string(i * 10 + k) + "\"";
    json += R"(],"media":["u)" + std::to_string(i) + R"("]}})";
  }
  json += "]";
  for (int round = 0; round < 2; ++round) {
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 300);
    for (int i = 0; i < 300; ++i) {
      CAPTURE(i);
      const message_callback& e = *(*batch)[static_cast<std::size_t>(i)].get_if<message_callback>();
      REQUIRE(e.message->to.size() == static_cast<std::size_t>(i % 7 + 1));
      for (int k = 0; k <= i % 7; ++k) {
        CHECK(e.message->to[static_cast<std::size_t>(k)] == "+" + std::to_string(i * 10 + k));
      }
      REQUIRE(e.message->media.size() == 1);
      CHECK(e.message->media[0] == "u" + std::to_string(i));
    }
  }
}

TEST_CASE("Bandwidth: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string good = triage_test::fixture("bandwidth/constructed_group_mms_delivered.json");
  const std::string other = triage_test::fixture("bandwidth/doc_message_received.json");
  for (int round = 0; round < 3; ++round) {
    auto bad = parser.parse(std::string_view(R"([{"type":"message-sent","message":{"to":["a",)"));
    REQUIRE_FALSE(bad);
    auto batch = parser.parse(std::string_view(good));
    REQUIRE(batch);
    REQUIRE(batch->size() == 3);
    CHECK((*batch)[2].code() == std::optional<std::int64_t>(4721));
    auto single = parser.parse(std::string_view(other));
    REQUIRE(single);
    REQUIRE(single->size() == 1);
    CHECK((*single)[0].kind() == "message_received");
  }
}

TEST_CASE("Bandwidth: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      for (bool known : {false, true}) {
        const std::string_view prefix(json.data(), n);
        auto batch = known ? parser.parse(prefix, triage::provider::bandwidth) : parser.parse(prefix);
        CHECK_FALSE(batch);
        if (!batch) CHECK_FALSE(batch.error().message().empty());
      }
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("Bandwidth: more events than max_bandwidth_events is an error") {
  triage::parser_options options;
  options.max_bandwidth_events = 3;
  triage::parser parser(options);
  const std::string event = R"({"type":"message-sent","message":{"id":"m"}})";
  const std::string four = "[" + event + "," + event + "," + event + "," + event + "]";
  const triage::error e = parse_error(parser, four);
  CHECK(e.code() == triage::error_code::too_many_items);
  CHECK(e.path().empty());
  CHECK_THAT(e.message(), triage_test::contains("max_bandwidth_events"));
  auto three = parser.parse(std::string_view("[" + event + "," + event + "," + event + "]"));
  REQUIRE(three);
  CHECK(three->size() == 3);

  options.max_bandwidth_events = 0;
  triage::parser none(options);
  CHECK(parse_error(none, event).code() == triage::error_code::too_many_items);
  CHECK(none.parse(std::string_view("[]"), triage::provider::bandwidth));
}

TEST_CASE("Bandwidth: more to[] or media[] elements than max_bandwidth_list_items is an error") {
  triage::parser_options options;
  options.max_bandwidth_list_items = 2;
  triage::parser parser(options);
  const triage::error to = parse_error(parser, R"([{"type":"message-sent","message":{"to":["a","b","c"]}}])");
  CHECK(to.code() == triage::error_code::too_many_items);
  CHECK(to.path() == "[0].message.to");
  CHECK_THAT(to.message(), triage_test::contains("max_bandwidth_list_items"));
  const triage::error media = parse_error(
      parser, R"([{"type":"message-sent"},{"type":"message-sent","message":{"to":["a","b"],"media":["x","y","z"]}}])");
  CHECK(media.code() == triage::error_code::too_many_items);
  CHECK(media.path() == "[1].message.media");
  CHECK(parser.parse(std::string_view(R"([{"type":"message-sent","message":{"to":["a","b"],"media":["x","y"]}}])")));
}

}  // namespace test_bandwidth_mutations
