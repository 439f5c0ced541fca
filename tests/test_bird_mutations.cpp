// Mutations of every valid Bird doc payload: the same message must come out whatever the key order,
// escaping, unknown fields or white space; missing optionals are fine; wrong types are errors that name
// the field; truncations are errors, never crashes; pools and limits hold.

#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_bird_mutations {

namespace {

namespace bird = triage::bird;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
template <class T>
std::string show(const std::optional<T>& v) {
  return v ? std::to_string(*v) : "null";
}

std::string show(const std::optional<bird::connector>& c) {
  if (!c) return "null";
  return "{" + show(c->id) + " " + show(c->identifier_value) + " " + show(c->name) + "}";
}

std::string show(const bird::contact& c) {
  return "{" + show(c.id) + " " + show(c.identifier_key) + " " + show(c.identifier_value) + " " + show(c.type) + " " +
         show(c.platform_address) + " " + show(c.platform_address_selector) + " ids=" + (c.identifiers ? "yes" : "no") +
         "}";
}

/// Everything the parser extracted except the raw JSON views (whose text a rewrite changes), as text.
std::string snapshot(const triage::callback& cb) {
  const bird::message& m = *cb.get_if<bird::message>();
  std::string s = "env=" + std::string(m.in_envelope ? "yes" : "no") + " service=" + show(m.service) +
                  " event=" + show(m.event) + " id=" + show(m.id) + " channel=" + show(m.channel_id) +
                  " ref=" + show(m.reference) + " status=" + show(m.status) + " reason=" + show(m.reason) +
                  " details=" + show(m.details) + " direction=" + show(m.direction) +
                  " body=" + (m.body ? "yes" : "no") + " template=" + (m.template_ ? "yes" : "no") +
                  " meta=" + (m.meta ? "yes" : "no");
  for (const auto* t : {&m.last_status_at, &m.created_at, &m.updated_at}) {
    s += " t=" + (*t ? std::string((*t)->raw) : std::string("null"));
  }
  if (m.sender) {
    s += " sender.connector=" + show(m.sender->connector);
    s += " sender.contact=" + (m.sender->contact ? show(*m.sender->contact) : std::string("null"));
  }
  if (m.receiver) {
    s += " receiver.connector=" + show(m.receiver->connector) + " contacts=[";
    for (const bird::contact& c : m.receiver->contacts) s += show(c);
    s += "]";
  }
  s += " parts=[";
  for (const bird::part& p : m.parts) s += show(p.platform_reference);
  s += "]";
  if (m.failure) {
    s += " failure.code=" + show(m.failure->code) + " description=" + show(m.failure->description);
    if (m.failure->source) {
      s += " source=" + show(m.failure->source->name) + " " + show(m.failure->source->code) + " " +
           show(m.failure->source->code_number);
    }
  }
  const triage::callback_fields f = cb.fields();
  s += " | " + std::string(f.kind) + " " + show(f.reason) + " " + show(f.detail) + " " + show(f.code);
  const triage::verdict v = triage::classify(cb);
  s += " => " + fmt::format("{} {}", v, v.rule);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("bird"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  REQUIRE(batch->size() == 1);
  return snapshot((*batch)[0]);
}

/// The error of a payload parsed as a Bird one (constructed payloads lack keys that detection needs).
triage::error parse_error(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json), triage::provider::bird);
  REQUIRE_FALSE(batch);
  return batch.error();
}

/// Fields whose contents are not the library's to interpret: any type is fine inside them.
bool is_opaque(const std::string& path) {
  for (const char* prefix : {"body", "template.", "meta.", "payload.body", "payload.template.", "payload.meta."}) {
    if (path.rfind(prefix, 0) == 0) return true;
  }
  return path.find(".identifiers[") != std::string::npos;
}

}  // namespace

TEST_CASE("Bird: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 7);
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

TEST_CASE("Bird: every field can be missing or null; the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation dropped;
      dropped.drop = [&](const std::string& p) { return p == path; };
      std::string mutated = triage_test::json_mutator(dropped).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::bird);
      REQUIRE(batch);
      REQUIRE(batch->size() == 1);
      CHECK_FALSE(triage::classify((*batch)[0]).rule.empty());

      triage_test::mutation nulled;
      nulled.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      mutated = triage_test::json_mutator(nulled).rewrite(original);
      batch = parser.parse(std::string_view(mutated), triage::provider::bird);
      REQUIRE(batch);
      CHECK_FALSE(triage::classify((*batch)[0]).rule.empty());
    }
  }
}

TEST_CASE("Bird: a wrong type in a known field is an error naming the field; inside opaque fields it is ignored") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
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
        auto batch = parser.parse(std::string_view(mutated), triage::provider::bird);
        if (is_opaque(field.path)) {
          CHECK(batch);
          continue;
        }
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK((e.code() == triage::error_code::wrong_type || e.code() == triage::error_code::invalid_value));
        CHECK(e.path() == field.path);
        CHECK(e.has_offset());
        CHECK_FALSE(e.expected().empty());
      }
    }
  }
}

TEST_CASE("Bird: specific wrong types say what was expected and what was found") {
  triage::parser parser;
  auto check = [&](const std::string& json, const std::string& message) {
    CAPTURE(json);
    CHECK(parse_error(parser, json).message() == message);
  };
  check(R"({"channelId":5})", "channelId: wrong type: expected a string, found a number");
  check(R"({"service":"channels","payload":"x"})", "payload: wrong type: expected an object, found a string");
  check(R"({"service":"channels","payload":{"failure":{"source":{"code":1.5}}}})",
        "payload.failure.source.code: invalid value: expected a string or an integer, found a number");
  check(R"({"service":"channels","payload":{"failure":{"source":{"code":true}}}})",
        "payload.failure.source.code: wrong type: expected a string or an integer, found a boolean");
  check(R"({"service":"channels","payload":{"failure":{"source":{"code":123456789012345678901}}}})",
        "payload.failure.source.code: number out of range (the integer does not fit in 64 bits)");
  check(R"({"channelId":"c","failure":{"code":"15xxx"}})",
        "failure.code: invalid value: expected an integer or a numeric string, found a string");
  check(R"({"channelId":"c","parts":[{"platformReference":"a"},{"platformReference":1}]})",
        "parts[1].platformReference: wrong type: expected a string, found a number");
  check(R"({"channelId":"c","parts":["a"]})", "parts[0]: wrong type: expected an object, found a string");
  check(R"({"channelId":"c","receiver":{"contacts":[{},{"identifierValue":true}]}})",
        "receiver.contacts[1].identifierValue: wrong type: expected a string, found a boolean");
  check(R"({"channelId":"c","receiver":{"contacts":{}}})",
        "receiver.contacts: wrong type: expected an array, found an object");
  check(R"({"channelId":"c","sender":{"connector":{"annotations":{"name":7}}}})",
        "sender.connector.annotations.name: wrong type: expected a string, found a number");
  check(R"({"channelId":"c","createdAt":1687535479})", "createdAt: wrong type: expected a string, found a number");
  check(R"({"channelId":"c","template":"t"})", "template: wrong type: expected an object, found a string");
  check(R"({"channelId":"c","body":"bad \q escape"})", "body: invalid JSON (invalid escape in a string)");
}

TEST_CASE("Bird: body is kept raw whatever JSON value it is") {
  triage::parser parser;
  struct raw_case {
    const char* body;
    const char* expected;
  };
  for (const raw_case& c : {raw_case{R"({"type":"text"})", R"({"type":"text"})"}, raw_case{R"("plain")", R"("plain")"},
                            raw_case{R"("esc\"aped")", R"("esc\"aped")"}, raw_case{"[1, 2]", "[1, 2]"},
                            raw_case{"42 ", "42"}, raw_case{"-1.5e3", "-1.5e3"}, raw_case{"true", "true"}}) {
    CAPTURE(c.body);
    auto batch = parser.parse(std::string_view(std::string(R"({"channelId":"c","body":)") + c.body + R"(,"id":"x"})"),
                              triage::provider::bird);
    REQUIRE(batch);
    const bird::message& m = *(*batch)[0].get_if<bird::message>();
    CHECK(m.body == std::optional<std::string_view>(c.expected));
    CHECK(m.id == std::optional<std::string_view>("x"));
  }
  auto batch = parser.parse(std::string_view(R"({"channelId":"c","body":null})"), triage::provider::bird);
  REQUIRE(batch);
  CHECK_FALSE((*batch)[0].get_if<bird::message>()->body);
}

TEST_CASE("Bird: duplicate keys: the last occurrence wins, lists included") {
  triage::parser parser;
  const std::string json =
      R"({"channelId":"c","id":"first","id":"second","status":"sent","status":"delivery_failed",)"
      R"("parts":[{"platformReference":"a"},{"platformReference":"b"}],"parts":[{"platformReference":"c"}],)"
      R"("receiver":{"contacts":[{"id":"x"}],"contacts":[{"id":"y"},{"id":"z"}]},)"
      R"("details":"unknown_subscriber","details":"unavailable_subscriber"})";
  auto batch = parser.parse(std::string_view(json), triage::provider::bird);
  REQUIRE(batch);
  const bird::message& m = *(*batch)[0].get_if<bird::message>();
  CHECK(m.id == std::optional<std::string_view>("second"));
  CHECK(m.status_value == bird::message_status::delivery_failed);
  REQUIRE(m.parts.size() == 1);
  CHECK(m.parts[0].platform_reference == std::optional<std::string_view>("c"));
  REQUIRE(m.receiver->contacts.size() == 2);
  CHECK(m.receiver->contacts[1].id == std::optional<std::string_view>("z"));
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::retryable);

  // A later null empties what came before.
  batch = parser.parse(
      std::string_view(
          R"({"channelId":"c","parts":[{"platformReference":"a"}],"parts":null,"receiver":{"contacts":[{}]},"receiver":null})"),
      triage::provider::bird);
  REQUIRE(batch);
  CHECK((*batch)[0].get_if<bird::message>()->parts.empty());
  CHECK_FALSE((*batch)[0].get_if<bird::message>()->receiver);
}

TEST_CASE("Bird: an envelope's payload is the message, even with message keys at the root around it") {
  triage::parser parser;
  // Lists at the root before and after the payload grow the same pools: the payload's spans must still
  // point at the payload's entries once everything is read (enough entries to make the pools reallocate).
  std::string many_parts;
  std::string many_contacts;
  for (int i = 0; i < 200; ++i) {
    many_parts += std::string(i ? "," : "") + R"({"platformReference":"root-)" + std::to_string(i) + "\"}";
    many_contacts += std::string(i ? "," : "") + R"({"id":"root-)" + std::to_string(i) + "\"}";
  }
  const std::string json = R"({"parts":[)" + many_parts + R"(],"service":"channels","event":"sms.outbound",)" +
                           R"("payload":{"id":"inner","status":"sent","parts":[{"platformReference":"p0"},)" +
                           R"({"platformReference":"p1"}],"receiver":{"contacts":[{"id":"c0"}]}},)" +
                           R"("id":"root","receiver":{"contacts":[)" + many_contacts + R"(]},"parts":[)" + many_parts +
                           "]}";
  auto batch = parser.parse(std::string_view(json), triage::provider::bird);
  REQUIRE(batch);
  const bird::message& m = *(*batch)[0].get_if<bird::message>();
  CHECK(m.in_envelope);
  CHECK(m.id == std::optional<std::string_view>("inner"));
  REQUIRE(m.parts.size() == 2);
  CHECK(m.parts[0].platform_reference == std::optional<std::string_view>("p0"));
  CHECK(m.parts[1].platform_reference == std::optional<std::string_view>("p1"));
  REQUIRE(m.receiver);
  REQUIRE(m.receiver->contacts.size() == 1);
  CHECK(m.receiver->contacts[0].id == std::optional<std::string_view>("c0"));
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::pending);

  // Without a payload object the root is the message; service and event are kept.
  batch = parser.parse(std::string_view(R"({"service":"channels","event":"sms.outbound","payload":null,"id":"root"})"),
                       triage::provider::bird);
  REQUIRE(batch);
  CHECK_FALSE((*batch)[0].get_if<bird::message>()->in_envelope);
  CHECK((*batch)[0].id() == std::optional<std::string_view>("root"));
  CHECK((*batch)[0].get_if<bird::message>()->event == std::optional<std::string_view>("sms.outbound"));
}

TEST_CASE("Bird: more contacts or parts than the limits is an error naming the list") {
  triage::parser_options options;
  options.max_bird_contacts = 2;
  options.max_bird_parts = 3;
  triage::parser parser(options);
  triage::error e = parse_error(parser, R"({"channelId":"c","receiver":{"contacts":[{},{},{}]}})");
  CHECK(e.code() == triage::error_code::too_many_items);
  CHECK(e.path() == "receiver.contacts");
  CHECK_THAT(e.message(), triage_test::contains("max_bird_contacts"));
  e = parse_error(parser, R"({"service":"channels","payload":{"parts":[{},{},{},{}]}})");
  CHECK(e.code() == triage::error_code::too_many_items);
  CHECK(e.path() == "payload.parts");
  CHECK_THAT(e.message(), triage_test::contains("max_bird_parts"));
  CHECK(parser.parse(std::string_view(R"({"channelId":"c","receiver":{"contacts":[{},{}]},"parts":[{},{},{}]})"),
                     triage::provider::bird));
}

TEST_CASE("Bird: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      auto batch = parser.parse(std::string_view(json.data(), n));
      CHECK_FALSE(batch);
      if (!batch) CHECK_FALSE(batch.error().message().empty());
      auto known = parser.parse(std::string_view(json.data(), n), triage::provider::bird);
      CHECK_FALSE(known);
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("Bird: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string good = triage_test::fixture("bird/envelope_sms_outbound_delivered.json");
  for (int round = 0; round < 3; ++round) {
    REQUIRE_FALSE(parser.parse(std::string_view(R"({"channelId":"c","parts":[{"platformReference":)")));
    auto batch = parser.parse(std::string_view(good));
    REQUIRE(batch);
    const bird::message& m = *(*batch)[0].get_if<bird::message>();
    CHECK(m.id == std::optional<std::string_view>("7c4e1b52-3c1f-4b8e-9f0a-5e2d6a1b0c04"));
    REQUIRE(m.parts.size() == 2);
    CHECK(m.parts[1].platform_reference == std::optional<std::string_view>("6fe65f90454aa61536e6a88b88972671"));
  }
  // --provider bird refuses what cannot be a Bird payload.
  auto array = parser.parse(std::string_view("[]"), triage::provider::bird);
  REQUIRE_FALSE(array);
  CHECK(array.error().code() == triage::error_code::wrong_type);
  CHECK_THAT(array.error().message(), triage_test::contains("Bird"));
}

}  // namespace test_bird_mutations
