// Form-encoded bodies through the provider seam (detail/form_payload.hpp, body_format.hpp): which format a
// body is, which provider's form shapes it completes, and the parse entry of that provider. The seam runs
// here over a list with a test provider that posts forms (it stands at Bandwidth's place in the list and
// fills Bandwidth's callback type from a form), and over the real list, where Twilio, Vonage and Plivo post them
// (each has tests of its own).

#include <triage/triage.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_form_payload {

namespace td = triage::detail;
using triage_test::fixture_path;
using triage_test::read_file;
using triage_test::replace_once;

// Outside the anonymous namespace: the list machinery reads only some of the traits' names here, and clang
// warns of unused members of an internal class.
namespace triage_form_test {

struct form_test_traits {
  static constexpr triage::provider id = triage::provider::bandwidth;
  static constexpr std::string_view name = "form_test";
  using callback_type = triage::bandwidth::message_callback;
  struct storage {
    int resets = 0;
  };
  using limits = triage::bandwidth::limits;
  static constexpr bool posts_arrays = false;
  static constexpr td::shape shapes[] = {{"closest: never, in this test", {{"never_a_key"}, {"nor_this_one"}}}};
  static constexpr td::shape form_shapes[] = {
      {"closest: a test status form, which has MessageSid and MessageStatus", {{"MessageSid"}, {"MessageStatus"}}}};

  template <class Options>
  static void reset(storage& store, const Options&) noexcept {
    ++store.resets;
  }

  /// MessageStatus into type, To into to, MessageSid into description: enough to see every value arrive.
  template <class Sink>
  static bool parse_form(td::form_source& body, storage&, Sink& sink) noexcept {
    callback_type* out = sink.template add<callback_type>();
    if (out == nullptr) return body.fail(triage::error(triage::error_code::out_of_memory, 0));
    td::form_reader reader(body.text(), body.scratch(), body.limits());
    td::form_field field;
    while (reader.next(field)) {
      if (field.key == "MessageStatus") out->type = field.value;
      if (field.key == "To") out->to = field.value;
      if (field.key == "MessageSid") out->description = field.value;
    }
    return reader.failed() ? body.fail(reader.failure()) : true;
  }
};

}  // namespace triage_form_test

namespace {

using triage_form_test::form_test_traits;
using test_list = triage::provider_list<triage::vibes::traits, form_test_traits, triage::bird::traits>;
using test_storage = td::list_traits<test_list>::storage_tuple;
inline constexpr auto test_form_shapes = td::all_form_shapes(test_list{});

struct outcome_of_form {
  bool ok = false;
  triage::error failure;
  std::vector<triage::callback> callbacks;
};

/// Detects and parses `body` over the test list, as the parser does over the real one.
outcome_of_form parse_over_test_list(const std::string& body, std::vector<char>& scratch, test_storage& storage) {
  outcome_of_form out;
  td::form_source source(body, scratch, td::form_limits{});
  triage::provider which{};
  if (!td::detect_form_provider(source, {test_form_shapes.data(), test_form_shapes.size()}, which)) {
    out.failure = source.failure();
    return out;
  }
  triage::callback_sink sink(out.callbacks);
  out.ok = td::parse_form_as<test_list>(which, source, storage, triage::parser_options{}, sink);
  out.failure = source.failure();
  return out;
}

}  // namespace

TEST_CASE("a body is a form or a query string when it reads as key=value pairs, JSON otherwise") {
  using triage::body_format;
  CHECK(triage::detect_body_format(R"({"type":"message-sent"})") == body_format::json);
  CHECK(triage::detect_body_format("  [1] ") == body_format::json);
  CHECK(triage::detect_body_format("MessageSid=SM1&MessageStatus=delivered") == body_format::form);
  CHECK(triage::detect_body_format("\n?MessageSid=SM1&To=%2B15551234567\n") == body_format::query);
  // Not forms: free text, a key with a space, a bare word, a broken JSON document.
  for (const char* text : {"hello", "a b=1", "status: failed", R"({"a":)", "7"}) {
    CAPTURE(text);
    CHECK(triage::detect_body_format(text) == body_format::json);
  }
}

TEST_CASE("the form shapes of a list come from the providers that post forms, in list order") {
  REQUIRE(test_form_shapes.size() == 1);
  CHECK(test_form_shapes[0].id == triage::provider::bandwidth);
  CHECK(test_form_shapes[0].what->size() == 2);
  CHECK(td::reads_forms<form_test_traits>::value);
  CHECK_FALSE(td::reads_forms<triage::vibes::traits>::value);
  // The real list: the form shapes are those of the providers that post forms; Plivo posts only forms.
  CHECK(td::reads_forms<triage::twilio::traits>::value);
  CHECK(td::reads_forms<triage::plivo::traits>::value);
  CHECK_FALSE(td::reads_json<triage::plivo::traits>::value);
  CHECK(td::reads_json<triage::bird::traits>::value);
  CHECK(td::reads_forms<triage::vonage::traits>::value);
  CHECK(td::reads_json<triage::vonage::traits>::value);
  REQUIRE(td::provider_form_shapes.size() == std::size(triage::twilio::traits::form_shapes) +
                                                 std::size(triage::vonage::traits::form_shapes) +
                                                 std::size(triage::plivo::traits::form_shapes));
  for (const td::provider_shape& s : td::provider_shapes) CHECK(s.id != triage::provider::plivo);
  // The real list's form shapes are those of the providers that post forms.
  for (const td::provider_shape& s : td::provider_form_shapes) {
    CAPTURE(s.id);
    CHECK(td::list_traits<triage::providers>::visit<bool>(
        s.id, [](auto face) { return td::reads_forms<decltype(face)>::value; }));
  }
}

TEST_CASE("a form that completes a provider's form shape goes through its parse entry, values decoded") {
  std::vector<char> scratch;
  test_storage storage;
  for (const std::string& body : {std::string("MessageSid=SM1&MessageStatus=delivered&To=%2B1+555"),
                                  std::string("?To=%2B1+555&Unknown=x&MessageStatus=delivered&MessageSid=SM1\n")}) {
    CAPTURE(body);
    const outcome_of_form out = parse_over_test_list(body, scratch, storage);
    REQUIRE(out.ok);
    REQUIRE(out.callbacks.size() == 1);
    const triage::callback& cb = out.callbacks[0];
    CHECK(cb.provider() == triage::provider::bandwidth);
    const auto& event = std::get<triage::bandwidth::message_callback>(cb.variant());
    CHECK(event.type == std::optional<std::string_view>("delivered"));
    CHECK(event.to == std::optional<std::string_view>("+1 555"));
    CHECK(event.description == std::optional<std::string_view>("SM1"));
  }
  CHECK(std::get<form_test_traits::storage>(storage).resets == 2);
}

TEST_CASE("a form that completes no form shape is unknown_provider, naming the closest and its missing key") {
  std::vector<char> scratch;
  test_storage storage;
  const outcome_of_form missing = parse_over_test_list("MessageSid=SM1&To=1", scratch, storage);
  REQUIRE_FALSE(missing.ok);
  CHECK(missing.failure.code() == triage::error_code::unknown_provider);
  CHECK(missing.failure.path() == "MessageStatus");
  CHECK_THAT(missing.failure.message(), triage_test::contains("closest: a test status form"));
  const outcome_of_form none = parse_over_test_list("a=1&b=2", scratch, storage);
  CHECK(none.failure.code() == triage::error_code::unknown_provider);
  CHECK(none.failure.path().empty());
  // A body the reader cannot read is its error, at its offset, whatever the keys.
  const outcome_of_form broken = parse_over_test_list("MessageSid=SM1&MessageStatus=%zz", scratch, storage);
  CHECK(broken.failure.code() == triage::error_code::invalid_value);
  CHECK(broken.failure.offset() == 29);
  CHECK(broken.failure.path() == "MessageStatus");
}

TEST_CASE("the parser takes form bodies: a provider that posts forms gets them, a JSON provider says it does not") {
  triage::parser parser;
  auto detected = parser.parse(std::string_view("MessageSid=SM1&MessageStatus=delivered&AccountSid=AC1"));
  REQUIRE(detected);
  CHECK((*detected)[0].provider() == triage::provider::twilio);
  auto undetected = parser.parse(std::string_view("MessageSid=SM1&MessageStatus=delivered"));
  REQUIRE_FALSE(undetected);
  CHECK(undetected.error().code() == triage::error_code::unknown_provider);
  CHECK(undetected.error().path() == "AccountSid");
  for (triage::provider p : triage::all_providers) {
    CAPTURE(p);
    const bool posts_forms = triage::detail::provider_traits::visit<bool>(
        p, [](auto face) { return td::reads_forms<decltype(face)>::value; });
    auto known = parser.parse(std::string_view("a=1"), p, triage::body_format::form);
    if (posts_forms) {
      // Told the provider, a provider that posts forms reads the body: it takes it (Vonage reads any body of
      // its keys) or says which key its forms always have (Twilio, Plivo), never that it takes no forms.
      if (!known) CHECK(known.error().code() != triage::error_code::wrong_type);
      continue;
    }
    // A JSON provider says it takes JSON.
    REQUIRE_FALSE(known);
    CHECK(known.error().offset() == 0);
    CHECK(known.error().code() == triage::error_code::wrong_type);
  }
  // Told it is JSON, a form body is invalid JSON; told it is a form, a JSON body is no form provider's.
  auto as_json = parser.parse(std::string_view("a=1"), triage::body_format::json);
  REQUIRE_FALSE(as_json);
  CHECK(as_json.error().code() == triage::error_code::invalid_json);
  auto json_as_form =
      parser.parse(std::string_view(R"({"event_id":"e","callback_type":"x"})"), triage::body_format::form);
  REQUIRE_FALSE(json_as_form);
  // A JSON body given to a provider that posts only forms is wrong_type at offset 0, saying so.
  auto json_as_plivo = parser.parse(std::string_view(R"({"MessageUUID":"u","Status":"sent"})"), triage::provider::plivo,
                                    triage::body_format::json);
  REQUIRE_FALSE(json_as_plivo);
  CHECK(json_as_plivo.error().code() == triage::error_code::wrong_type);
  CHECK(json_as_plivo.error().offset() == 0);
  CHECK_THAT(json_as_plivo.error().message(), triage_test::contains("callbacks are form-encoded"));
  // And JSON still parses as before, whichever overload is used.
  auto json = parser.parse(std::string_view(R"({"event_id":"e","callback_type":"x"})"), triage::body_format::json);
  REQUIRE(json);
  CHECK((*json)[0].provider() == triage::provider::vibes);
}

TEST_CASE("the parser's form detection (keys only, indexed) answers as the detection that reads every value") {
  namespace fs = std::filesystem;
  std::vector<std::string> bodies;
  for (const char* provider : {"twilio", "plivo", "vonage"}) {
    for (const auto& entry : fs::directory_iterator(fixture_path(provider))) {
      const std::string ext = entry.path().extension().string();
      if (ext == ".form" || ext == ".query") bodies.push_back(read_file(entry.path().string()));
    }
  }
  REQUIRE(bodies.size() >= 10);
  const std::size_t fixtures = bodies.size();
  for (std::size_t i = 0; i < fixtures; ++i) {
    const std::string b = bodies[i];      // a copy: push_back may move the vector's strings
    bodies.push_back(b + "&Extra=%ZZ");   // a malformed value after the shape keys
    bodies.push_back("Extra=%ZZ&" + b);   // and before them
    bodies.push_back("Ext%ZZra=1&" + b);  // a malformed key first
    bodies.push_back(b + "&K%C3=1");      // a key that is not UTF-8, last
    bodies.push_back("V=%FF&" + b);       // a value that is not UTF-8
    // A shape key written with an escape (still that key), or in another case (not that key).
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"Message", "Messag%65"},
                                   {"AccountSid", "AccountSiD"},
                                   {"MessageUUID", "MessageUuid"},
                                   {"msisdn", "MSISDN"}}) {
      if (b.find(from) != std::string::npos) bodies.push_back(replace_once(b, from, to));
    }
  }
  for (const char* odd : {"", "&&&", "a=1", "=x&MessageSid=SM1&AccountSid=AC1", "MessageSid=SM1&AccountSid",
                          "MessageSid&AccountSid=", "msisdn=1&network-code=2", "MessageUUID=&Status="}) {
    bodies.emplace_back(odd);
  }
  std::string many;
  for (int i = 0; i < 1001; ++i) many += "k" + std::to_string(i) + "=v&";
  bodies.push_back(many + "MessageSid=SM1&AccountSid=AC1");

  std::vector<char> scratch;
  triage::parser parser;
  std::size_t detected = 0, differing = 0;
  for (const std::string& body : bodies) {
    CAPTURE(body);
    td::form_source fast(body, scratch, td::form_limits{});
    triage::provider by_index{};
    const bool indexed = td::detect_form_provider(fast, td::provider_form_catalog, by_index);
    const triage::error indexed_failure = fast.failure();
    td::form_source full(body, scratch, td::form_limits{});
    triage::provider by_reading{};
    const bool read =
        td::detect_form_provider(full, {td::provider_form_shapes.data(), td::provider_form_shapes.size()}, by_reading);
    if (indexed == read) {
      if (read) {
        ++detected;
        CHECK(by_index == by_reading);
      } else {
        CHECK(indexed_failure.code() == full.failure().code());
        CHECK(indexed_failure.offset() == full.failure().offset());
        CHECK(indexed_failure.message() == full.failure().message());
      }
      continue;
    }
    // The one difference allowed: the keys complete a shape and a value is bad. The indexed detection
    // names the provider, whose parse then reads the value and fails.
    ++differing;
    REQUIRE(indexed);
    CHECK_FALSE(full.failure().path().empty());
    CHECK_FALSE(parser.parse(body, triage::body_format::form));
  }
  CHECK(detected >= fixtures);
  CHECK(differing >= fixtures);  // each fixture's "&Extra=%ZZ" and "Extra=%ZZ&" at least
}

}  // namespace test_form_payload
