// Mutations of every valid Vonage fixture: the same callback must come out whatever the key order, escaping,
// unknown fields or white space, in JSON and in form and query bodies; missing optionals and nulls are fine;
// wrong types are errors that name the field path; truncation never crashes (a truncated JSON body is always
// an error); malformed forms are errors at their offset; the form limit holds.

#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_vonage_mutations {

namespace {

using triage::vonage::callback;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string show(const std::optional<triage::vonage::endpoint>& e) {
  return e ? "{" + show(e->value) + "," + show(e->type) + "}" : "null";
}

/// Everything the parser extracted from one callback, and its verdict, as text.
std::string snapshot(const triage::callback& cb) {
  const callback& c = *cb.get_if<callback>();
  const triage::vonage::sms_message& s = c.sms;
  std::string out = fmt::format("api={} kind={}", triage::to_string(c.api), triage::to_string(c.kind));
  out += " msisdn=" + show(s.msisdn) + " to=" + show(s.to) + " nc=" + show(s.network_code) +
         " id=" + show(s.message_id) + " price=" + show(s.price) + " status=" + show(s.status) +
         " scts=" + show(s.scts) + " err=" + show(s.err_code) + "/" + show(s.error_code) + " key=" + show(s.api_key) +
         " ref=" + show(s.client_ref) + " mts=" + show(s.message_timestamp) + " ts=" + show(s.timestamp) +
         " nonce=" + show(s.nonce) + " sig=" + show(s.sig) + " type=" + show(s.type) + " text=" + show(s.text) +
         " kw=" + show(s.keyword) + " data=" + show(s.data) + " udh=" + show(s.udh) + " concat=" + show(s.concat) +
         "/" + show(s.concat_ref) + "/" + show(s.concat_total) + "/" + show(s.concat_part);
  const triage::vonage::message_event& m = c.messages;
  out += " uuid=" + show(m.message_uuid) + " mto=" + show(m.to) + " mfrom=" + show(m.from) +
         " mts=" + (m.timestamp ? show(std::optional<std::string_view>(m.timestamp->raw)) : "null") +
         " mstatus=" + show(m.status) + " channel=" + show(m.channel) + " cref=" + show(m.client_ref) +
         " nc=" + show(m.network_code) + " count=" + show(m.sms_count_total) + "/" + show(m.sms_parts) +
         " kw=" + show(m.sms_keyword) + " mtype=" + show(m.message_type) + " mtext=" + show(m.text) +
         " pm=" + show(m.provider_message) + " ctx=" + std::string(m.context ? "yes" : "no") +
         " profile=" + std::string(m.profile ? "yes" : "no") + " wa=" + std::string(m.whatsapp ? "yes" : "no");
  if (m.error) {
    out += " error=" + show(m.error->type) + "/" + show(m.error->title) + "/" + show(m.error->detail) + "/" +
           show(m.error->instance) + "/" + show(m.error->code) + "/" + show(m.error->reason) + "/" +
           show(m.error->resolved_code);
  }
  if (m.usage) out += " usage=" + show(m.usage->currency) + "/" + show(m.usage->price);
  if (m.workflow) {
    out += " wf=" + show(m.workflow->id) + "/" + show(m.workflow->item_number) + "/" + show(m.workflow->items_total);
  }
  return out + " => " + fmt::format("{} {}", triage::classify(cb), triage::classify(cb).rule);
}

std::vector<std::string> fixtures_with(const std::string& extension) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("vonage"))) {
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string snapshot_of(triage::parser& parser, const std::string& body,
                        triage::body_format format = triage::body_format::json) {
  auto batch = parser.parse(std::string_view(body), format);
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  std::string s;
  for (const triage::callback& cb : *batch) s += snapshot(cb) + "\n";
  return s;
}

/// A form body's pairs, as written.
std::vector<std::string> pairs_of(const std::string& form) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= form.size()) {
    std::size_t end = form.find('&', start);
    if (end == std::string::npos) end = form.size();
    if (end > start) out.push_back(form.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& pairs) {
  std::string out;
  for (const std::string& p : pairs) out += (out.empty() ? "" : "&") + p;
  return out;
}

/// Every byte of a pair's key as %XX: the decoded key is the same.
std::string escape_key(const std::string& pair) {
  const std::size_t eq = pair.find('=');
  std::string out;
  for (std::size_t i = 0; i < eq; ++i) out += fmt::format("%{:02X}", static_cast<unsigned char>(pair[i]));
  return out + pair.substr(eq);
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

triage::body_format format_of(const std::string& file) {
  return file.size() > 6 && file.substr(file.size() - 6) == ".query" ? triage::body_format::query
                                                                     : triage::body_format::form;
}

}  // namespace

TEST_CASE("Vonage: key order, escapes, unknown fields and white space do not change a JSON callback") {
  triage::parser parser;
  const auto files = fixtures_with(".json");
  REQUIRE(files.size() >= 10);
  for (const std::string& file : files) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    const std::string expected = snapshot_of(parser, original);
    REQUIRE(expected.rfind("error", 0) != 0);
    for (const auto& [name, rewritten] : triage_test::equivalent_rewrites(original)) {
      CAPTURE(name);
      // Raw objects (context, profile, whatsapp) are kept as their text: only whether they are there compares.
      CHECK(snapshot_of(parser, rewritten) == expected);
    }
  }
}

TEST_CASE("Vonage: key order, escaped keys, unknown fields, a '?' and white space do not change a form or query") {
  triage::parser parser;
  const auto forms = fixtures_with(".form");
  auto files = fixtures_with(".query");
  files.insert(files.end(), forms.begin(), forms.end());
  REQUIRE(files.size() == 4);
  for (const std::string& file : files) {
    CAPTURE(file);
    const std::string original = trimmed(triage_test::read_file(file));
    const triage::body_format format = format_of(file);
    const std::string expected = snapshot_of(parser, original, format);
    REQUIRE(expected.rfind("error", 0) != 0);
    std::vector<std::string> pairs = pairs_of(original);
    std::vector<std::string> reversed(pairs.rbegin(), pairs.rend());
    std::vector<std::string> escaped;
    for (const std::string& p : pairs) escaped.push_back(escape_key(p));
    std::vector<std::string> unknown;
    for (const std::string& p : pairs) {
      unknown.push_back("x-unknown=1");
      unknown.push_back(p);
    }
    for (const std::string& rewritten :
         {join(reversed), join(escaped), join(unknown), "?" + original, "\n " + original + "\r\n", original + "&&"}) {
      CAPTURE(rewritten);
      CHECK(snapshot_of(parser, rewritten, format) == expected);
      // Detected as a form or query without being told, too.
      CHECK(snapshot_of(parser, rewritten, triage::detect_body_format(rewritten)) == expected);
    }
    // The same parameters as a JSON object give the same callback.
    std::vector<char> scratch;
    triage::detail::form_reader reader(original, scratch);
    triage::detail::form_field field;
    std::string json = "{";
    while (reader.next(field)) {
      std::string value;
      for (char c : field.value) value += c == '\n' ? std::string("\\n") : std::string(1, c);
      json += (json.size() > 1 ? ",\"" : "\"") + std::string(field.key) + "\":\"" + value + "\"";
    }
    CHECK(snapshot_of(parser, json + "}") == expected);
  }
}

TEST_CASE("Vonage: every field can be missing, and the payload still parses and classifies") {
  triage::parser parser;
  for (const std::string& file : fixtures_with(".json")) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::vonage);
      REQUIRE(batch);
      REQUIRE(batch->size() == 1);
      CHECK_FALSE(triage::classify((*batch)[0]).rule.empty());
    }
  }
  for (const std::string& file : fixtures_with(".query")) {
    CAPTURE(file);
    const std::vector<std::string> pairs = pairs_of(trimmed(triage_test::read_file(file)));
    for (std::size_t drop = 0; drop < pairs.size(); ++drop) {
      std::vector<std::string> kept = pairs;
      kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(drop));
      CAPTURE(pairs[drop]);
      auto batch = parser.parse(std::string_view(join(kept)), triage::provider::vonage, triage::body_format::query);
      REQUIRE(batch);
      CHECK_FALSE(triage::classify((*batch)[0]).rule.empty());
    }
  }
}

TEST_CASE("Vonage: null reads as absent for every field") {
  triage::parser parser;
  for (const std::string& file : fixtures_with(".json")) {
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(file, path);
      triage_test::mutation m;
      m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::vonage);
      REQUIRE(batch);
      CHECK(batch->size() == 1);
    }
  }
}

TEST_CASE("Vonage: a wrong type in a known field is an error naming the field path") {
  triage::parser parser;
  // Fixtures whose every field is one the parser reads (the others hold content objects it skips).
  for (const char* file :
       {"vonage/doc_dlr_delivered.json", "vonage/sdk_dotnet_dlr.json", "vonage/sdk_dotnet_inbound_sms.json",
        "vonage/sdk_php_issue416_dlr_failed.json", "vonage/constructed_message_rejected_1300.json",
        "vonage/constructed_message_undeliverable_v01.json"}) {
    const std::string original = triage_test::fixture(file);
    std::size_t checked = 0;
    const bool messages_api = original.find("message_uuid") != std::string::npos;
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
        // The Messages API's to and from are a string or (v0.1) an object, and a v0.1 one either.
        const bool endpoint = messages_api && (field.path == "to" || field.path == "from");
        if (endpoint && (replacement[0] == '{' || replacement[0] == '"')) continue;
        CAPTURE(file, field.path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == field.path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::vonage);
        REQUIRE_FALSE(batch);
        const triage::error& e = batch.error();
        CHECK((e.code() == triage::error_code::wrong_type || e.code() == triage::error_code::invalid_value));
        CHECK(e.path() == field.path);
        CHECK(e.has_offset());
        CHECK_FALSE(e.expected().empty());
        ++checked;
      }
    }
    CHECK(checked >= 15);
  }
}

TEST_CASE("Vonage: specific errors say where, what was expected and what was found") {
  triage::parser parser;
  const std::string json = R"({"msisdn":"1","messageId":"m","err-code":false})";
  auto batch = parser.parse(std::string_view(json));
  REQUIRE_FALSE(batch);
  CHECK(batch.error().code() == triage::error_code::wrong_type);
  CHECK(batch.error().path() == "err-code");
  CHECK(batch.error().offset() == json.find("false"));
  CHECK(batch.error().expected() == "a string or an integer");
  const std::string nested = R"({"message_uuid":"u","to":"1","status":"rejected","error":{"title":[1300]}})";
  auto inner = parser.parse(std::string_view(nested));
  REQUIRE_FALSE(inner);
  CHECK(inner.error().path() == "error.title");
  CHECK(inner.error().offset() == nested.find("[1300]"));
  const std::string v01 = R"({"message_uuid":"u","to":{"type":"sms","number":7}})";
  auto endpoint = parser.parse(std::string_view(v01));
  REQUIRE_FALSE(endpoint);
  CHECK(endpoint.error().path() == "to.number");
  // A root that is an array is not a Vonage callback when told the provider.
  auto array = parser.parse(std::string_view(R"([{"msisdn":"1","messageId":"m"}])"), triage::provider::vonage);
  REQUIRE_FALSE(array);
  CHECK(array.error().code() == triage::error_code::wrong_type);
}

TEST_CASE("Vonage: escaped keys and values are unescaped before they are compared") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      R"({"\u006dsisdn":"1","network\u002dcode":"2","messageId":"m","status":"fail\u0065d","err\u002dcode":"\u0039"})"));
  REQUIRE(batch);
  const callback& c = *(*batch)[0].get_if<callback>();
  CHECK(c.sms.network_code == std::optional<std::string_view>("2"));
  CHECK(triage::classify((*batch)[0]) == triage::vonage::find_sms_code(9)->verdict);
  auto form = parser.parse(std::string_view("%6Dsisdn=1&messageId=m&status=fail%65d&err%2Dcode=9&text"),
                           triage::body_format::form);
  REQUIRE(form);
  // A key without '=' has an empty value: text="" makes it an inbound message.
  CHECK((*form)[0].get_if<callback>()->kind == triage::vonage::kind::inbound_sms);
}

TEST_CASE("Vonage: duplicate keys, the last occurrence wins, in JSON and in forms") {
  triage::parser parser;
  auto json = parser.parse(std::string_view(R"({"msisdn":"1","messageId":"a","status":"failed","messageId":"b"})"));
  REQUIRE(json);
  CHECK((*json)[0].fields().id == std::optional<std::string_view>("b"));
  auto form = parser.parse(std::string_view("msisdn=1&messageId=a&status=failed&messageId=b"));
  REQUIRE(form);
  CHECK((*form)[0].fields().id == std::optional<std::string_view>("b"));
}

TEST_CASE("Vonage: every truncation of every fixture is an error or a callback, never a crash") {
  triage::parser parser;
  for (const std::string& file : fixtures_with(".json")) {
    CAPTURE(file);
    const std::string json = trimmed(triage_test::read_file(file));
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      for (bool known : {false, true}) {
        const std::string_view prefix(json.data(), n);
        auto batch = known ? parser.parse(prefix, triage::provider::vonage) : parser.parse(prefix);
        CHECK_FALSE(batch);
        if (!batch) CHECK_FALSE(batch.error().message().empty());
      }
    }
    CHECK(parser.parse(std::string_view(json)));
  }
  // A prefix of a form is a form with fewer fields, or a cut escape: an error, or a callback whose fields are
  // the ones that came whole.
  auto forms = fixtures_with(".query");
  const auto posted = fixtures_with(".form");
  forms.insert(forms.end(), posted.begin(), posted.end());
  for (const std::string& file : forms) {
    CAPTURE(file);
    const std::string body = trimmed(triage_test::read_file(file));
    std::size_t errors = 0;
    for (std::size_t n = 0; n < body.size(); ++n) {
      CAPTURE(n);
      auto batch = parser.parse(std::string_view(body.data(), n), triage::provider::vonage, format_of(file));
      if (!batch && n == 0) {
        CHECK(batch.error().code() == triage::error_code::empty_input);
        continue;
      }
      if (!batch) {
        ++errors;
        CHECK(batch.error().code() == triage::error_code::invalid_value);
        CHECK(batch.error().offset() < n);
        continue;
      }
      REQUIRE(batch->size() == 1);
      const triage::callback_fields f = (*batch)[0].fields();
      if (f.id) CHECK(body.find("messageId=" + std::string(*f.id)) != std::string::npos);
    }
    // Cutting inside a %XX escape is the one way to break a form by truncation.
    if (body.find('%') != std::string::npos) CHECK(errors > 0);
  }
}

TEST_CASE("Vonage: malformed forms are errors at their offset, naming the field") {
  triage::parser parser;
  const std::string bad_escape = "msisdn=1&messageId=m&status=%zzfailed";
  auto e1 = parser.parse(std::string_view(bad_escape), triage::body_format::form);
  REQUIRE_FALSE(e1);
  CHECK(e1.error().code() == triage::error_code::invalid_value);
  CHECK(e1.error().offset() == bad_escape.find('%'));
  CHECK(e1.error().path() == "status");
  const std::string bad_utf8 = "msisdn=1&messageId=m&text=%C3%28";
  auto e2 = parser.parse(std::string_view(bad_utf8), triage::body_format::form);
  REQUIRE_FALSE(e2);
  CHECK(e2.error().code() == triage::error_code::invalid_utf8);
  CHECK(e2.error().path() == "text");
  // A form of no provider's keys is unknown, naming the closest shape and its missing key.
  auto e3 = parser.parse(std::string_view("msisdn=1&status=failed"), triage::body_format::form);
  REQUIRE_FALSE(e3);
  CHECK(e3.error().code() == triage::error_code::unknown_provider);
  CHECK_THAT(e3.error().message(), triage_test::contains("Vonage SMS API"));
  CHECK((e3.error().path() == "network-code" || e3.error().path() == "messageId"));
}

TEST_CASE("Vonage: more form fields than parser_options::max_form_fields is an error") {
  triage::parser_options options;
  options.max_form_fields = 4;
  triage::parser parser(options);
  const std::string body = "msisdn=1&messageId=m&status=failed&err-code=6&price=0";
  auto batch = parser.parse(std::string_view(body), triage::body_format::form);
  REQUIRE_FALSE(batch);
  CHECK(batch.error().code() == triage::error_code::too_many_items);
  CHECK(parser.parse(std::string_view("msisdn=1&messageId=m&status=failed&err-code=6"), triage::body_format::form));
}

TEST_CASE("Vonage: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string form = "msisdn=1&messageId=m%2D1&status=failed&err-code=6";
  auto first = parser.parse(std::string_view(form), triage::body_format::form);
  REQUIRE(first);
  CHECK((*first)[0].fields().id == std::optional<std::string_view>("m-1"));
  CHECK_FALSE(parser.parse(std::string_view("msisdn=1&messageId=%"), triage::body_format::form));
  CHECK_FALSE(parser.parse(std::string_view(R"({"msisdn":"1","messageId":)")));
  auto again = parser.parse(std::string_view(form), triage::body_format::form);
  REQUIRE(again);
  CHECK((*again)[0].fields().id == std::optional<std::string_view>("m-1"));
}

}  // namespace test_vonage_mutations
