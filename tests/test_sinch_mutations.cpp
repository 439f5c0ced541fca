// Mutations of every Sinch fixture: the same callbacks must come out whatever the key order (`type` first or
// last), escaping, unknown fields or white space; missing optionals and nulls are fine; wrong types are
// errors that name the field path (array indexes included); truncation is always an error; limits hold.

#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_sinch_mutations {

namespace {

using triage::sinch::event;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string show(const std::optional<triage::timestamp>& t) {
  return t ? show(std::optional<std::string_view>(t->raw)) : "null";
}

/// Everything the parser extracted from one callback, and its verdict, as text. Raw JSON fields (media,
/// channel_code) change with the rewrites, so they are left out; so is code_text, a number's token.
std::string snapshot(const triage::callback& cb) {
  const event& e = *cb.get_if<event>();
  const triage::sinch::sms_report& r = e.report;
  const triage::sinch::inbound_message& in = e.inbound;
  const triage::sinch::conversation_callback& c = e.conversation;
  std::string s = "kind=" + std::string(cb.kind()) + " type=" + show(e.type_text);
  s += " batch=" + show(r.batch_id) + " rcpt=" + show(r.recipient) + " status=" + show(r.status) +
       " code=" + show(r.code) + " at=" + show(r.at) + " op_at=" + show(r.operator_status_at) +
       " ref=" + show(r.client_reference) + " orig=" + show(r.applied_originator) + " enc=" + show(r.encoding) +
       " parts=" + show(r.number_of_message_parts) + " op=" + show(r.operator_) + " msg=" + show(r.status_message) +
       " total=" + show(r.total_message_count) + " count=" + show(r.count) +
       " bucket=" + std::to_string(r.bucket_index) + "/" + std::to_string(r.bucket_count) + " rcpts=";
  for (std::string_view x : r.recipients) s += std::string(x) + ";";
  s += " id=" + show(in.id) + " from=" + show(in.from) + " to=" + show(in.to) + " body=" + show(in.body) +
       " udh=" + show(in.udh) + " subject=" + show(in.subject) + " message=" + show(in.message) +
       " recv=" + show(in.received_at) + " sent=" + show(in.sent_at) + " opid=" + show(in.operator_id);
  s += " app=" + show(c.app_id) + " project=" + show(c.project_id) + " acc=" + show(c.accepted_time) +
       " ev=" + show(c.event_time) + " trigger=" + std::string(c.trigger) + " cid=" + show(c.id) +
       " conv=" + show(c.conversation_id) + " cstatus=" + show(c.status) + " channel=" + show(c.channel) +
       " identity=" + show(c.identity) + " contact=" + show(c.contact_id) + " reason=" + show(c.reason_code) + "/" +
       show(c.reason_description) + "/" + show(c.reason_sub_code) + " meta=" + show(c.metadata);
  s += " => " + fmt::format("{} {}", triage::classify(cb), triage::classify(cb).rule);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("sinch"))) {
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
  auto batch = parser.parse(std::string_view(json), triage::provider::sinch);
  REQUIRE_FALSE(batch);
  return batch.error();
}

/// The paths without which (or with null for which) a payload is no Sinch callback: the SMS `type`, the
/// Conversation `app_id` and trigger object.
bool is_required(const std::string& path) {
  return path == "type" || path == "app_id" || path == "message_delivery_report";
}

}  // namespace

TEST_CASE("Sinch: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 11);
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

TEST_CASE("Sinch: every field but the type (or app_id and the trigger) can be missing, and the payload parses") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::sinch);
      if (is_required(path)) {
        REQUIRE_FALSE(batch);
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
        continue;
      }
      REQUIRE(batch);
      // A batch report without statuses has no bucket, so no callback.
      if (path != "statuses") CHECK(batch->size() >= 1);
      for (const triage::callback& cb : *batch) CHECK_FALSE(triage::classify(cb).rule.empty());
    }
  }
}

TEST_CASE("Sinch: null reads as absent for every field but the type, app_id and the trigger") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(file, path);
      triage_test::mutation m;
      m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::sinch);
      if (is_required(path)) {
        REQUIRE_FALSE(batch);
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
      } else if (path.find("recipients[") != std::string::npos ||
                 (path.rfind("statuses[", 0) == 0 && path.find('.') == std::string::npos)) {
        // An element of an array of strings or objects is no optional field: null there is a wrong type.
        CHECK_FALSE(batch);
      } else {
        CHECK(batch);
      }
    }
  }
}

TEST_CASE("Sinch: a wrong type in a known field is an error naming the field path") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    std::size_t checked = 0;
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      const std::string& path = field.path;
      // Inside the raw media array nothing is read; channel_identity.app_id is skipped as unknown.
      if (path.find("media") != std::string::npos || path.find("channel_identity.app_id") != std::string::npos) {
        continue;
      }
      using simdjson::dom::element_type;
      if (field.type == element_type::NULL_VALUE) continue;
      std::vector<std::string> wrong;
      switch (field.type) {
        case element_type::STRING: wrong = {"true", "[1]", "{\"x\":1}"}; break;
        case element_type::OBJECT: wrong = {"\"x\"", "7", "[{}]"}; break;
        case element_type::ARRAY: wrong = {"{\"x\":1}", "\"x\"", "false"}; break;
        case element_type::BOOL: wrong = {"\"true\"", "1", "[]"}; break;
        default: wrong = {"true", "[1]", "{}"}; break;  // numbers
      }
      // `body` is a string or an object, `reason` an object or a string, `code` a number or a string.
      const bool either = path == "body" || (path.size() >= 6 && path.compare(path.size() - 6, 6, "reason") == 0) ||
                          (path.size() >= 4 && path.compare(path.size() - 4, 4, "code") == 0);
      for (const std::string& replacement : wrong) {
        if (either && (replacement.front() == '{' || replacement.front() == '"')) continue;
        CAPTURE(file, path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::sinch);
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK((e.code() == triage::error_code::wrong_type || e.code() == triage::error_code::invalid_value));
        CHECK(e.path() == path);
        CHECK(e.has_offset());
        CHECK_FALSE(e.expected().empty());
        ++checked;
      }
    }
    CHECK(checked > 10);
  }
}

TEST_CASE("Sinch: specific errors say where, what was expected and what was found") {
  triage::parser parser;
  auto check = [&](const std::string& json, const std::string& message) {
    CAPTURE(json);
    CHECK(parse_error(parser, json).message() == message);
  };
  check(R"({"batch_id":"b","statuses":[{"code":0,"recipients":["1",2]}],"type":"delivery_report_sms"})",
        "statuses[0].recipients[1]: wrong type: expected a string, found a number");
  check(R"({"batch_id":"b","statuses":[7],"type":"delivery_report_sms"})",
        "statuses[0]: wrong type: expected an object (a status bucket), found a number");
  check(R"({"batch_id":"b","code":4.5,"type":"recipient_delivery_report_sms"})",
        "code: invalid value: expected a string or an integer, found a number");
  check(R"({"type":5})", "type: wrong type: expected a string, found a number");
  check(R"({"app_id":"a","message_delivery_report":{"reason":7}})",
        "message_delivery_report.reason: wrong type: expected an object or a string (the reason), found a number");
  check(R"([{"type":"mo_text"}])", "wrong type: expected an object (a Sinch callback), found an array");
}

TEST_CASE("Sinch: duplicate keys, the last occurrence wins") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      R"({"type":"mo_text","batch_id":"a","statuses":[{"code":0,"status":"Delivered","recipients":["1","2"]}],"statuses":[{"code":11,"status":"Failed","recipients":["3"]}],"type":"delivery_report_sms","batch_id":"b"})"));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].kind() == "delivery_report_sms");
  CHECK((*batch)[0].id() == std::optional<std::string_view>("b"));
  CHECK((*batch)[0].code() == std::optional<std::int64_t>(11));
  const auto& recipients = (*batch)[0].get_if<event>()->report.recipients;
  REQUIRE(recipients.size() == 1);
  CHECK(recipients[0] == "3");
}

TEST_CASE("Sinch: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ' || json.back() == '\r')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      for (bool known : {false, true}) {
        const std::string_view prefix(json.data(), n);
        auto batch = known ? parser.parse(prefix, triage::provider::sinch) : parser.parse(prefix);
        CHECK_FALSE(batch);
        if (!batch) CHECK_FALSE(batch.error().message().empty());
      }
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("Sinch: more statuses[] than max_sinch_statuses, or recipients than max_sinch_recipients") {
  triage::parser_options options;
  options.max_sinch_statuses = 3;
  options.max_sinch_recipients = 4;
  triage::parser parser(options);
  auto make = [](std::size_t buckets, std::size_t recipients_each) {
    std::string statuses;
    for (std::size_t i = 0; i < buckets; ++i) {
      std::string recipients;
      for (std::size_t r = 0; r < recipients_each; ++r)
        recipients += std::string(r ? "," : "") + R"("4670000)" + std::to_string(r) + '"';
      statuses +=
          std::string(i ? "," : "") + R"({"code":0,"status":"Delivered","count":1,"recipients":[)" + recipients + "]}";
    }
    return R"({"type":"delivery_report_sms","batch_id":"b","statuses":[)" + statuses + "]}";
  };
  auto ok = parser.parse(std::string_view(make(2, 2)));
  REQUIRE(ok);
  CHECK(ok->size() == 2);
  for (const std::string& json : {make(4, 0), make(3, 2)}) {
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::too_many_items);
  }
}

TEST_CASE("Sinch: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string full = triage_test::fixture("sinch/constructed_full_report_mms.json");
  auto first = parser.parse(std::string_view(full));
  REQUIRE(first);
  const std::string expected = snapshot((*first)[0]);
  CHECK_FALSE(parser.parse(std::string_view(R"({"type":"delivery_report_sms","statuses":[{"recipients":[1]}]})")));
  auto again = parser.parse(std::string_view(full));
  REQUIRE(again);
  CHECK(snapshot((*again)[0]) == expected);
}

}  // namespace test_sinch_mutations
