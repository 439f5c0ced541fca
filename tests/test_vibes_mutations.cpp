// Mutations of every valid Vibes doc payload: the same callback must come out whatever the key order,
// escaping, unknown fields or white space; missing optionals are fine; wrong types are errors that name
// the field.

#include <triage/triage.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_vibes_mutations {

namespace {

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
template <class T>
std::string show(const std::optional<T>& v) {
  return v ? std::to_string(*v) : "null";
}

/// Everything the parser extracted except the raw JSON views (whose text a rewrite changes), as text.
std::string snapshot(const triage::callback& cb) {
  const auto& c = *cb.get_if<triage::vibes::event_processed>();
  std::string s = "kind=" + std::string(triage::to_string(c.kind)) + " id=" + show(c.event_id) +
                  " ct=" + show(c.callback_type) + " et=" + show(c.event_type) +
                  " date=" + (c.event_date ? show(std::optional<std::string_view>(c.event_date->raw)) : "null") +
                  " attempt=" + show(c.delivery_attempt);
  if (c.event) {
    s += " ev.id=" + show(c.event->event_id) + " ev.type=" + show(c.event->event_type) +
         " data=" + (c.event->event_data ? "yes" : "no") + " debug=" + (c.event->debug_data ? "yes" : "no");
    if (const auto* a = c.find_action()) {
      s += " type=" + show(a->type) + " status=" + show(a->status) + " reason=" + show(a->status_reason) +
           " mt=" + show(a->message_type) + " url=" + show(a->resource_url);
      for (const auto* part : {&a->sms, &a->mms}) {
        if (*part) {
          s += " part.src=" + show((*part)->source_url) + " key=" + show((*part)->person.person_key) +
               " purl=" + show((*part)->person.resource_url);
        }
      }
      if (a->failure) {
        s += " f.reason=" + show(a->failure->reason);
        for (const auto& e : a->failure->errors) {
          s += " [" + show(e.error) + " " + show(e.resource_url) + " " + show(e.error_code) + "]";
        }
      }
    }
  }
  const triage::verdict v = triage::classify(cb);
  s += " => " + fmt::format("{}", v);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("vibes"))) {
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

}  // namespace

TEST_CASE("key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 30);
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

TEST_CASE("every field can be missing: the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      if (const std::string_view key = triage_test::shape_key_of(triage::provider::vibes, path); !key.empty()) {
        // A key detection needs: no longer a Vibes callback, unless the caller says it is one.
        auto detected = parser.parse(std::string_view(mutated));
        REQUIRE_FALSE(detected);
        CHECK(detected.error().code() == triage::error_code::unknown_provider);
        CHECK(detected.error().path() == key);
      }
      auto batch = parser.parse(std::string_view(mutated), triage::provider::vibes);
      REQUIRE(batch);
      REQUIRE(batch->size() == 1);
      (void)triage::classify((*batch)[0]);
    }
  }
}

TEST_CASE("null reads as absent for every field") {
  triage::parser parser;
  const std::string original = triage_test::fixture("vibes/s1_processing_carrier_lookup_failed.json");
  for (const std::string& path : triage_test::field_paths(original)) {
    CAPTURE(path);
    triage_test::mutation m;
    m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
    const std::string mutated = triage_test::json_mutator(m).rewrite(original);
    if (!triage_test::shape_key_of(triage::provider::vibes, path).empty()) {
      CHECK(parser.parse(std::string_view(mutated)).error().code() == triage::error_code::unknown_provider);
    }
    auto batch = parser.parse(std::string_view(mutated), triage::provider::vibes);
    REQUIRE(batch);
  }
}

TEST_CASE("a wrong type in a known field is an error naming the field; in unknown fields it is ignored") {
  triage::parser parser;
  for (const char* file : {"vibes/s1_handset_dlr_failure_corrected.json", "vibes/s0_processing_sms_queued.json",
                           "vibes/s0_routing_person_not_found.json"}) {
    const std::string original = triage_test::fixture(file);
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      // Fields inside event_data / debug_data are the customer's own: any type is fine there.
      const bool opaque =
          field.path.find("event_data.") != std::string::npos || field.path.find("debug_data.") != std::string::npos;
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
        auto batch = parser.parse(std::string_view(mutated));
        if (opaque) {
          CHECK(batch);
          continue;
        }
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK(e.path() == field.path);
        CHECK(e.has_offset());
        CHECK_FALSE(e.expected().empty());
        if (!triage_test::shape_key_of(triage::provider::vibes, field.path).empty()) {
          // A key detection needs, of the wrong type: no Vibes callback; named as Vibes, a wrong type.
          CHECK(e.code() == triage::error_code::unknown_provider);
          batch = parser.parse(std::string_view(mutated), triage::provider::vibes);
          REQUIRE_FALSE(batch);
          CHECK(batch.error().path() == field.path);
        }
        const triage::error_code code = batch.error().code();
        CHECK((code == triage::error_code::wrong_type || code == triage::error_code::invalid_value));
      }
    }
  }
}

TEST_CASE("specific wrong types say what was expected and what was found") {
  triage::parser parser;
  // Named as Vibes, these minimal payloads are parsed whatever keys they lack for detection.
  auto check = [&](const std::string& json, const std::string& message) {
    auto batch = parser.parse(std::string_view(json), triage::provider::vibes);
    REQUIRE_FALSE(batch);
    CHECK(batch.error().message() == message);
  };
  check(R"({"event_id":5})", "event_id: wrong type: expected a string, found a number");
  check(R"({"callback_type":"event_processed","event_processed":{"action":{"status":["failed"]}}})",
        "event_processed.action.status: wrong type: expected a string, found an array");
  check(R"({"event_processed":{"action":{"failure":{"errors":{"error":"x"}}}}})",
        "event_processed.action.failure.errors: wrong type: expected an array, found an object");
  check(R"({"event_processed":{"action":{"failure":{"errors":[{},{"error_code":"abc"}]}}}})",
        "event_processed.action.failure.errors[1].error_code: invalid value: expected an integer or a numeric "
        "string, found a string");
  check(R"({"event_processed":{"action":{"failure":{"errors":[{"error_code":1.5}]}}}})",
        "event_processed.action.failure.errors[0].error_code: invalid value: expected an integer, found a number");
  check(R"({"event_processed":{"action":{"failure":{"errors":[{"error_code":1e400}]}}}})",
        "event_processed.action.failure.errors[0].error_code: invalid value: expected an integer, found a number");
  check(R"({"event_processed":{"action":{"failure":{"errors":[{"error_code":123456789012345678901}]}}}})",
        "event_processed.action.failure.errors[0].error_code: number out of range (the integer does not fit in 64 "
        "bits)");
  check(R"({"event_processed":{"event_data":"not an object"}})",
        "event_processed.event_data: wrong type: expected an object, found a string");
  check(R"({"event_processed":{"action":{"sms":{"person":{"url":false}}}}})",
        "event_processed.action.sms.person.url: wrong type: expected a string, found a boolean");
  // Detected, a key detection needs is named with what it should hold.
  auto detected = parser.parse(std::string_view(R"({"event_id":5,"callback_type":"event_processed"})"));
  REQUIRE_FALSE(detected);
  CHECK(detected.error().message() ==
        "event_id: not a callback of any known provider: expected a string, found a number (closest: a Vibes "
        "callback, which has event_id and callback_type (strings))");
  CHECK(detected.error().offset() == 12);
}

TEST_CASE("duplicate keys: the last occurrence wins") {
  triage::parser parser;
  const std::string json = R"({"event_id":"first","event_id":"second","event_processed":{"action":{"status":"failed",)"
                           R"("status_reason":"rejected","status_reason":"delivered"}}})";
  auto batch = parser.parse(std::string_view(json), triage::provider::vibes);
  REQUIRE(batch);
  CHECK((*batch)[0].id() == std::optional<std::string_view>("second"));
  CHECK((*batch)[0].reason() == std::optional<std::string_view>("delivered"));
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::delivered);
}

TEST_CASE("a duplicate nested object replaces the first one whole, and null empties it") {
  triage::parser parser;
  auto sms_of = [&](const std::string& sms) -> const triage::vibes::message_parts& {
    const std::string json = R"({"event_processed":{"action":{"sms":)" + sms + "}}}";
    auto batch = parser.parse(std::string_view(json), triage::provider::vibes);
    REQUIRE(batch);
    return *(*batch)[0].get_if<triage::vibes::event_processed>()->find_action()->sms;
  };
  const auto& replaced = sms_of(R"({"source":{"url":"a"},"person":{"person_key":"k","url":"p"},)"
                                R"("source":{"other":1},"person":{"url":"q"}})");
  CHECK_FALSE(replaced.source_url);
  CHECK_FALSE(replaced.person.person_key);
  CHECK(replaced.person.resource_url == std::optional<std::string_view>("q"));
  const auto& nulled =
      sms_of(R"({"source":{"resource_url":"a"},"person":{"person_key":"k"},"source":null,"person":null})");
  CHECK_FALSE(nulled.source_url);
  CHECK_FALSE(nulled.person.person_key);
  const auto& kept = sms_of(R"({"source":{"url":"a","resource_url":"b"}})");
  CHECK(kept.source_url == std::optional<std::string_view>("b"));
}

TEST_CASE("escaped values are unescaped before they are compared") {
  triage::parser parser;
  const std::string json =
      R"({"callback_type":"event_pro\u0063essed","event_processed":{"action":{"type":"send_message",)"
      R"("st\u0061tus":"fail\u0065d","status_reason":"not\u005foptin","failure":{"errors":[{"error":"a\"b\\c\u00e9"}]}}}})";
  auto batch = parser.parse(std::string_view(json), triage::provider::vibes);
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<triage::vibes::event_processed>();
  CHECK(c.callback_type == std::optional<std::string_view>("event_processed"));
  CHECK(c.find_action()->status == std::optional<std::string_view>("failed"));
  CHECK(c.kind == triage::vibes::kind::handset_dlr);
  CHECK(*c.find_action()->failure->errors[0].error == "a\"b\\c\xc3\xa9");
  const triage::verdict v = triage::classify((*batch)[0]);
  CHECK(v.outcome == triage::outcome::permanent);
  CHECK(v.category == triage::category::compliance);
}

TEST_CASE("views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string good = triage_test::fixture("vibes/s1_handset_dlr_success.json");
  for (int round = 0; round < 3; ++round) {
    auto bad = parser.parse(std::string_view("{\"event_id\":"));
    REQUIRE_FALSE(bad);
    auto batch = parser.parse(std::string_view(good));
    REQUIRE(batch);
    CHECK((*batch)[0].id() == std::optional<std::string_view>("d8897bd0-2f49-4817-866d-cde73182860e"));
  }
}

}  // namespace test_vibes_mutations
