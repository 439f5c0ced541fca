// Mutations of every Telnyx fixture: the same callbacks must come out whatever the key order, escaping,
// unknown fields or white space; missing optionals and nulls are fine; wrong types are errors that name the
// field path (array indexes included); truncation is always an error; limits hold.

#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_telnyx_mutations {

namespace {

using triage::telnyx::event;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string show(const std::optional<bool>& v) { return v ? (*v ? "true" : "false") : "null"; }
std::string show(const std::optional<triage::timestamp>& t) {
  return t ? show(std::optional<std::string_view>(t->raw)) : "null";
}
std::string show(const std::optional<triage::telnyx::money>& m) {
  return m ? show(m->amount) + "/" + show(m->currency) : "null";
}
std::string show(const triage::telnyx::party& p) {
  return show(p.phone_number) + "/" + show(p.status) + "/" + show(p.carrier) + "/" + show(p.line_type);
}

/// Everything the parser extracted from one callback, and its verdict, as text. Raw JSON fields (media, tags,
/// cc, body) change with the rewrites, so they are left out.
std::string snapshot(const triage::callback& cb) {
  const event& e = *cb.get_if<event>();
  const triage::telnyx::message& m = e.payload;
  std::string s = "type=" + show(e.event_type_text) + " id=" + show(e.id) + " at=" + show(e.occurred_at) +
                  " rt=" + show(e.record_type) + " attempt=" + show(e.attempt) + " to=" + show(e.delivered_to) +
                  " rcpt=" + show(e.recipient) + "#" + std::to_string(e.recipient_index) + "/" +
                  std::to_string(e.recipient_count);
  s += " mid=" + show(m.id) + " dir=" + show(m.direction) + " mt=" + show(m.type) + " text=" + show(m.text) +
       " enc=" + show(m.encoding) + " parts=" + show(m.parts) + " chars=" + show(m.num_chars) +
       " smart=" + show(m.smart_encoding_applied) + " cost=" + show(m.cost) + " fee=" + show(m.carrier_fee) +
       " rate=" + show(m.rate) + " recv=" + show(m.received_at) + " sent=" + show(m.sent_at) +
       " done=" + show(m.completed_at) + " valid=" + show(m.valid_until) + " wait=" + show(m.wait_seconds) +
       " hook=" + show(m.webhook_url) + "/" + show(m.webhook_failover_url) + " group=" + show(m.group_message_id) +
       " profile=" + show(m.messaging_profile_id) + " org=" + show(m.organization_id);
  if (m.from) s += " from=" + show(*m.from);
  s += " errors=";
  for (const auto& x : m.errors) {
    s += "{" + show(x.code) + " " + show(x.code_text) + " " + show(x.title) + " " + show(x.detail) + " " +
         show(x.source_pointer) + "}";
  }
  s += " => " + fmt::format("{} {}", triage::classify(cb), triage::classify(cb).rule);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("telnyx"))) {
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

triage::error parse_error(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json), triage::provider::telnyx);
  REQUIRE_FALSE(batch);
  return batch.error();
}

/// The paths without which (or with null for which) a payload is no Telnyx messaging event.
bool is_required(const std::string& path) {
  return path == "data" || path == "data.event_type" || path == "data.payload" || path == "event_type" ||
         path == "payload";
}

}  // namespace

TEST_CASE("Telnyx: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 6);
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

TEST_CASE("Telnyx: every field but event_type and payload can be missing, and the payload still parses") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::telnyx);
      if (is_required(path)) {
        REQUIRE_FALSE(batch);
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
        continue;
      }
      REQUIRE(batch);
      CHECK(batch->size() >= 1);
      for (const triage::callback& cb : *batch) CHECK_FALSE(triage::classify(cb).rule.empty());
    }
  }
}

TEST_CASE("Telnyx: null reads as absent for every field but event_type and payload") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(file, path);
      triage_test::mutation m;
      m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::telnyx);
      if (is_required(path)) {
        REQUIRE_FALSE(batch);
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
      } else {
        CHECK(batch);
      }
    }
  }
}

TEST_CASE("Telnyx: a wrong type in a known field is an error naming the field path") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    std::size_t checked = 0;
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      // Raw JSON fields take any value.
      const std::string& path = field.path;
      if (path.find(".cc") != std::string::npos || path.find(".body") != std::string::npos) continue;
      // Inside raw arrays nothing is read.
      if (path.find(".media[") != std::string::npos || path.find(".tags[") != std::string::npos) continue;
      // The fields skipped as unknown (10DLC flags, cost_breakdown's siblings) take any value.
      if (path.find("tcr_campaign_registered") != std::string::npos ||
          path.find("tcr_campaign_billable") != std::string::npos) {
        continue;
      }
      using simdjson::dom::element_type;
      // A null in the fixture says nothing of the field's type ({} is a valid cost).
      if (field.type == element_type::NULL_VALUE) continue;
      std::vector<std::string> wrong;
      switch (field.type) {
        case element_type::STRING: wrong = {"true", "[1]", "{\"x\":1}"}; break;
        case element_type::OBJECT: wrong = {"\"x\"", "7", "[{}]"}; break;
        case element_type::ARRAY: wrong = {"{\"x\":1}", "\"x\"", "false"}; break;
        case element_type::BOOL: wrong = {"\"true\"", "1", "[]"}; break;
        default: wrong = {"true", "[1]", "{}"}; break;  // numbers
      }
      // A party (`from`, `to`) may be a plain number, and `to` an array of them: a string, or an array for a
      // string `to`, is no wrong type there.
      const bool party = path.size() >= 5 && (path.compare(path.size() - 5, 5, ".from") == 0 ||
                                              path.compare(path.size() - 3, 3, ".to") == 0);
      for (const std::string& replacement : wrong) {
        if (party && (replacement == "\"x\"" || replacement == "[1]")) continue;
        CAPTURE(file, path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::telnyx);
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK((e.code() == triage::error_code::wrong_type || e.code() == triage::error_code::invalid_value));
        CHECK(e.path() == path);
        CHECK(e.has_offset());
        CHECK_FALSE(e.expected().empty());
        ++checked;
      }
    }
    CHECK(checked > 20);
  }
}

TEST_CASE("Telnyx: specific errors say where, what was expected and what was found") {
  triage::parser parser;
  auto check = [&](const std::string& json, const std::string& message) {
    CAPTURE(json);
    CHECK(parse_error(parser, json).message() == message);
  };
  check(R"({"data":{"event_type":"message.finalized","payload":{"to":[{"status":"delivered"},7]}},"meta":{}})",
        "data.payload.to[1]: wrong type: expected an object or a string (a party), found a number");
  check(R"({"data":{"event_type":"message.finalized","payload":{"errors":[{"code":40.5}]}},"meta":{}})",
        "data.payload.errors[0].code: invalid value: expected a string or an integer, found a number");
  check(R"({"data":{"event_type":"message.finalized","payload":{"errors":["x"]}},"meta":{}})",
        "data.payload.errors[0]: wrong type: expected an object (an error), found a string");
  check(R"({"data":{"event_type":5,"payload":{}},"meta":{}})",
        "data.event_type: wrong type: expected a string, found a number");
  check(R"({"data":{"event_type":"message.sent","payload":[]},"meta":{}})",
        "data.payload: wrong type: expected an object (the message), found an array");
  check(R"([{"data":{}}])", "wrong type: expected an object (a Telnyx webhook), found an array");
}

TEST_CASE("Telnyx: duplicate keys, the last occurrence wins") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      R"({"data":{"event_type":"message.sent","payload":{"id":"a","to":[{"phone_number":"+1"},{"phone_number":"+2"}],"errors":[{"code":"40001"}]},"event_type":"message.finalized","payload":{"id":"b","to":[{"phone_number":"+3","status":"delivery_failed"}],"errors":[{"code":"40300"}],"errors":[{"code":"40012"}]}},"meta":{}})"));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].kind() == "message_finalized");
  CHECK((*batch)[0].id() == std::optional<std::string_view>("b"));
  CHECK((*batch)[0].code() == std::optional<std::int64_t>(40012));
}

TEST_CASE("Telnyx: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ' || json.back() == '\r')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      for (bool known : {false, true}) {
        const std::string_view prefix(json.data(), n);
        auto batch = known ? parser.parse(prefix, triage::provider::telnyx) : parser.parse(prefix);
        CHECK_FALSE(batch);
        if (!batch) CHECK_FALSE(batch.error().message().empty());
      }
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("Telnyx: more to[] entries than max_telnyx_recipients, or errors than max_telnyx_list_items") {
  triage::parser_options options;
  options.max_telnyx_recipients = 3;
  options.max_telnyx_list_items = 2;
  triage::parser parser(options);
  auto make = [](std::size_t recipients, std::size_t errors) {
    std::string to, errs;
    for (std::size_t i = 0; i < recipients; ++i)
      to += std::string(i ? "," : "") + R"({"phone_number":"+1","status":"sent"})";
    for (std::size_t i = 0; i < errors; ++i) errs += std::string(i ? "," : "") + R"({"code":"40008"})";
    return R"({"data":{"event_type":"message.sent","payload":{"id":"m","to":[)" + to + R"(],"errors":[)" + errs +
           R"(]}},"meta":{}})";
  };
  auto ok = parser.parse(std::string_view(make(3, 2)));
  REQUIRE(ok);
  CHECK(ok->size() == 3);
  for (const std::string& json : {make(4, 0), make(1, 3)}) {
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::too_many_items);
  }
}

TEST_CASE("Telnyx: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string group = triage_test::fixture("telnyx/constructed_finalized_group_delivered_and_40300.json");
  auto first = parser.parse(std::string_view(group));
  REQUIRE(first);
  const std::string expected = snapshot((*first)[1]);
  CHECK_FALSE(
      parser.parse(std::string_view(R"({"data":{"event_type":"message.sent"},"meta":{}})"), triage::provider::telnyx));
  auto again = parser.parse(std::string_view(group));
  REQUIRE(again);
  CHECK(snapshot((*again)[1]) == expected);
}

}  // namespace test_telnyx_mutations
