// Mutations of every valid WhatsApp fixture: the same callbacks must come out whatever the key order,
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

namespace test_whatsapp_mutations {

namespace {

using triage::whatsapp::update;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string show(const std::optional<bool>& v) { return v ? (*v ? "true" : "false") : "null"; }
std::string show(const std::optional<triage::whatsapp::number_text>& t) {
  return t ? show(std::optional<std::string_view>(t->text)) + "=" + show(t->value) : "null";
}
std::string show(triage::span<triage::whatsapp::error_object> errors) {
  std::string s = "[";
  for (const auto& e : errors) {
    s += "{" + show(e.code) + " " + show(e.title) + " " + show(e.message) + " " + show(e.details) + " " + show(e.href) +
         "}";
  }
  return s + "]";
}

/// Everything the parser extracted from one callback, and its verdict, as text.
std::string snapshot(const triage::callback& cb) {
  const update& u = *cb.get_if<update>();
  const triage::whatsapp::envelope& env = u.envelope;
  std::string s = std::string(triage::to_string(u.kind)) + " waba=" + show(env.waba_id) + " field=" + show(env.field) +
                  " product=" + show(env.messaging_product) + " display=" + show(env.display_phone_number) +
                  " pnid=" + show(env.phone_number_id) + " contacts=";
  for (const auto& c : u.contacts) s += show(c.wa_id) + "/" + show(c.user_id) + "/" + show(c.name) + ",";
  if (u.kind == triage::whatsapp::kind::status) {
    const triage::whatsapp::status& st = u.status;
    s += " id=" + show(st.id) + " status=" + show(st.status) + " ts=" + show(st.timestamp) +
         " rcpt=" + show(st.recipient_id) + " rtype=" + show(st.recipient_type) +
         " part=" + show(st.recipient_participant_id) + " biz=" + show(st.biz_opaque_callback_data) +
         " errors=" + show(st.errors);
    if (st.conversation) {
      s += " conv=" + show(st.conversation->id) + "/" + show(st.conversation->origin_type) + "/" +
           show(st.conversation->expiration_timestamp);
    }
    if (st.pricing) {
      s += " pricing=" + show(st.pricing->billable) + "/" + show(st.pricing->pricing_model) + "/" +
           show(st.pricing->category) + "/" + show(st.pricing->type);
    }
  } else {
    const triage::whatsapp::message& m = u.message;
    s += " id=" + show(m.id) + " from=" + show(m.from) + " ts=" + show(m.timestamp) + " type=" + show(m.type) +
         " text=" + show(m.text) + " unsupported=" + show(m.unsupported_type) + " errors=" + show(m.errors);
    if (m.media) s += " media=" + show(m.media->id) + "/" + show(m.media->mime_type) + "/" + show(m.media->caption);
    if (m.reaction) s += " reaction=" + show(m.reaction->message_id) + "/" + show(m.reaction->emoji);
  }
  s += " => " + fmt::format("{} {}", triage::classify(cb), triage::classify(cb).rule);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("whatsapp"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  std::string s = "skipped=" + std::to_string(batch->skipped()) + "\n";
  for (const triage::provider_error& e : batch->errors()) {
    s += "batch error " + show(e.code) + " " + show(e.title) + " " + show(e.details) + "\n";
  }
  // Callbacks come in document order, and reversing a value's keys puts its messages[] before its
  // statuses[]: the lines are compared as a sorted list (test_whatsapp_fixtures.cpp holds the order).
  std::vector<std::string> lines;
  for (const triage::callback& cb : *batch) lines.push_back(snapshot(cb));
  std::sort(lines.begin(), lines.end());
  for (const std::string& line : lines) s += line + "\n";
  return s;
}

triage::error parse_error(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json), triage::provider::whatsapp);
  REQUIRE_FALSE(batch);
  return batch.error();
}

/// The envelope around one value object.
std::string with_value(const std::string& value) {
  return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":)" + value +
         R"(,"field":"messages"}]}]})";
}

}  // namespace

TEST_CASE("WhatsApp: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 8);
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

TEST_CASE("WhatsApp: every field but object and entry can be missing, and the payload still parses") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::whatsapp);
      if (path == "object" || path == "entry") {
        // Without them it is no WhatsApp Business Account webhook, even when named as one.
        REQUIRE_FALSE(batch);
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
        CHECK(batch.error().path() == path);
        continue;
      }
      REQUIRE(batch);
      for (const triage::callback& cb : *batch) CHECK_FALSE(triage::classify(cb).rule.empty());
    }
  }
}

TEST_CASE("WhatsApp: null reads as absent for every field but object and entry") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      if (path == "object" || path == "entry") continue;
      CAPTURE(file, path);
      triage_test::mutation m;
      m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      CHECK(parser.parse(std::string_view(mutated), triage::provider::whatsapp));
    }
  }
}

TEST_CASE("WhatsApp: a wrong type in a known field is an error naming the field path") {
  triage::parser parser;
  // Fixtures whose every field the parser reads (the mixed batch has a template event, whose fields it skips).
  for (const char* file :
       {"whatsapp/constructed_status_failed_131049.json", "whatsapp/constructed_status_sent_pmp.json",
        "whatsapp/sdk_pywa_signed_text_message.json", "whatsapp/constructed_inbound_unsupported_and_group.json"}) {
    const std::string original = triage_test::fixture(file);
    std::size_t checked = 0;
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      using simdjson::dom::element_type;
      std::vector<std::string> wrong;
      switch (field.type) {
        case element_type::STRING: wrong = {"true", "[1]", "{\"x\":1}"}; break;
        case element_type::OBJECT: wrong = {"\"x\"", "7", "[{}]"}; break;
        case element_type::ARRAY: wrong = {"{\"x\":1}", "\"x\"", "false"}; break;
        case element_type::BOOL: wrong = {"\"true\"", "1", "[]"}; break;
        default: wrong = {"true", "[1]", "{}"}; break;  // numbers
      }
      for (const std::string& replacement : wrong) {
        CAPTURE(file, field.path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == field.path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::whatsapp);
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

TEST_CASE("WhatsApp: specific errors say where, what was expected and what was found") {
  triage::parser parser;
  auto check = [&](const std::string& json, const std::string& message) {
    CAPTURE(json);
    CHECK(parse_error(parser, json).message() == message);
  };
  check(with_value(R"({"statuses":[{"id":"a","status":"sent"},{"id":"b","status":"failed","errors":[{"code":"x"}]}]})"),
        "entry[0].changes[0].value.statuses[1].errors[0].code: invalid value: expected an integer or a numeric "
        "string, found a string");
  check(with_value(R"({"statuses":[7]})"),
        "entry[0].changes[0].value.statuses[0]: wrong type: expected an object (a status), found a number");
  check(with_value(R"({"messages":[{"id":"m","timestamp":1.5}]})"),
        "entry[0].changes[0].value.messages[0].timestamp: invalid value: expected a string or an integer, found a "
        "number");
  check(with_value(R"({"messages":[{"id":"m","location":{"latitude":true}}]})"),
        "entry[0].changes[0].value.messages[0].location.latitude: wrong type: expected a number or a string, found a "
        "boolean");
  check(with_value(R"({"errors":[{"code":130429},"x"]})"),
        "entry[0].changes[0].value.errors[1]: wrong type: expected an object (an error), found a string");
  check(with_value(R"({"contacts":[{"profile":{"name":5}}]})"),
        "entry[0].changes[0].value.contacts[0].profile.name: wrong type: expected a string, found a number");
  check(R"({"object":"whatsapp_business_account","entry":[5]})",
        "entry[0]: wrong type: expected an object (an entry), found a number");
  check(R"({"object":"whatsapp_business_account","entry":[{"changes":[null]}]})",
        "entry[0].changes[0]: wrong type: expected an object (a change), found null");
  check(R"([{"object":"whatsapp_business_account","entry":[]}])",
        "wrong type: expected an object (a WhatsApp webhook), found an array");
  // A change of another field is still read: a malformed one is an error, not silently skipped.
  check(
      R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"account_update","value":{"statuses":5}}]}]})",
      "entry[0].changes[0].value.statuses: wrong type: expected an array, found a number");
}

TEST_CASE("WhatsApp: duplicate keys, the last occurrence wins") {
  triage::parser parser;
  const std::string json = with_value(
      R"({"statuses":[{"id":"first","status":"sent","status":"failed","errors":[{"code":131026}],"errors":[{"code":131047}],"id":"second"}]})");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].id() == std::optional<std::string_view>("second"));
  CHECK((*batch)[0].code() == std::optional<std::int64_t>(131047));
  CHECK(triage::classify((*batch)[0]).category == triage::category::compliance);
}

TEST_CASE("WhatsApp: a key matches only when all of it, decoded, is the known key") {
  triage::parser parser;
  const std::string json =
      with_value(R"({"statuses":[{"idx":"no","i":"no","\u0069\u0064":"wamid.1","statusX":"failed","statu":"failed",)"
                 R"("status":"delivered","recipient_id_":"no","recipient_id":"155"}]})");
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  const update& u = *(*batch)[0].get_if<update>();
  CHECK(u.status.id == std::optional<std::string_view>("wamid.1"));
  CHECK(u.status.status == std::optional<std::string_view>("delivered"));
  CHECK(u.status.recipient_id == std::optional<std::string_view>("155"));
}

TEST_CASE("WhatsApp: spans stay right when the pools grow during a payload") {
  triage::parser parser;
  std::string statuses;
  for (int i = 0; i < 400; ++i) {
    statuses +=
        std::string(i ? "," : "") + R"({"id":"wamid.)" + std::to_string(i) + R"(","status":"failed","errors":[)";
    for (int k = 0; k <= i % 3; ++k)
      statuses += std::string(k ? "," : "") + R"({"code":)" + std::to_string(131000 + k) + "}";
    statuses += "]}";
  }
  std::string contacts;
  for (int i = 0; i < 50; ++i) contacts += std::string(i ? "," : "") + R"({"wa_id":")" + std::to_string(i) + R"("})";
  // Three changes: each with its own contacts, so that the contact pool grows too.
  const std::string change =
      R"({"value":{"contacts":[)" + contacts + R"(],"statuses":[)" + statuses + R"(]},"field":"messages"})";
  const std::string json = R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[)" + change + "," +
                           change + "," + change + "]}]}";
  triage::parser_options options;
  options.max_whatsapp_updates = 1200;
  triage::parser big(options);
  for (int round = 0; round < 2; ++round) {
    auto batch = big.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1200);
    for (std::size_t n = 0; n < batch->size(); ++n) {
      const update& u = *(*batch)[n].get_if<update>();
      const int i = static_cast<int>(n % 400);
      CAPTURE(n);
      REQUIRE(u.status.errors.size() == static_cast<std::size_t>(i % 3 + 1));
      for (int k = 0; k <= i % 3; ++k) CHECK(u.status.errors[static_cast<std::size_t>(k)].code == 131000 + k);
      REQUIRE(u.contacts.size() == 50);
      CHECK(u.contacts[49].wa_id == std::optional<std::string_view>("49"));
    }
  }
  (void)parser;
}

TEST_CASE("WhatsApp: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      for (bool known : {false, true}) {
        const std::string_view prefix(json.data(), n);
        auto batch = known ? parser.parse(prefix, triage::provider::whatsapp) : parser.parse(prefix);
        CHECK_FALSE(batch);
        if (!batch) CHECK_FALSE(batch.error().message().empty());
      }
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("WhatsApp: more items than max_whatsapp_updates, or list elements than max_whatsapp_list_items") {
  triage::parser_options options;
  options.max_whatsapp_updates = 3;
  options.max_whatsapp_list_items = 2;
  triage::parser parser(options);
  const std::string item = R"({"id":"m","status":"sent"})";
  const triage::error four = parse_error(
      parser, with_value(R"({"statuses":[)" + item + "," + item + R"(],"messages":[{"id":"a"},{"id":"b"}]})"));
  CHECK(four.code() == triage::error_code::too_many_items);
  CHECK(four.path() == "entry[0].changes[0].value.messages[1]");
  CHECK_THAT(four.message(), triage_test::contains("max_whatsapp_updates"));
  auto three = parser.parse(std::string_view(with_value(R"({"statuses":[)" + item + "," + item + "," + item + "]}")));
  REQUIRE(three);
  CHECK(three->size() == 3);

  const triage::error errors = parse_error(parser, with_value(R"({"statuses":[{"errors":[{},{},{}]}]})"));
  CHECK(errors.code() == triage::error_code::too_many_items);
  CHECK(errors.path() == "entry[0].changes[0].value.statuses[0].errors");
  CHECK_THAT(errors.message(), triage_test::contains("max_whatsapp_list_items"));
  const triage::error entries = parse_error(parser, R"({"object":"whatsapp_business_account","entry":[{},{},{}]})");
  CHECK(entries.path() == "entry");
  const triage::error contacts = parse_error(parser, with_value(R"({"contacts":[{},{},{}]})"));
  CHECK(contacts.path() == "entry[0].changes[0].value.contacts");
  const triage::error value_errors = parse_error(parser, with_value(R"({"errors":[{},{},{}]})"));
  CHECK(value_errors.path() == "entry[0].changes[0].value.errors");
}

TEST_CASE("WhatsApp: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string good = triage_test::fixture("whatsapp/constructed_mixed_batch.json");
  const std::string errors = triage_test::fixture("whatsapp/constructed_value_errors_130429.json");
  for (int round = 0; round < 3; ++round) {
    REQUIRE_FALSE(parser.parse(std::string_view(R"({"object":"whatsapp_business_account","entry":[{"changes":[)")));
    auto batch = parser.parse(std::string_view(good));
    REQUIRE(batch);
    REQUIRE(batch->size() == 5);
    CHECK(batch->errors().empty());
    CHECK((*batch)[4].code() == std::optional<std::int64_t>(131047));
    auto only_errors = parser.parse(std::string_view(errors));
    REQUIRE(only_errors);
    CHECK(only_errors->empty());
    REQUIRE(only_errors->errors().size() == 1);
    CHECK(only_errors->errors()[0].code == 130429);
  }
}

}  // namespace test_whatsapp_mutations
