// Twilio form bodies changed in every way a sender, a proxy or an archive may change them: key order,
// percent escapes, unknown and missing parameters, repeated keys, bad numbers, truncation at every byte, and
// malformed encoding. The answer is the same callback, or an error value with its key and offset.

#include <triage/triage.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_twilio_mutations {

namespace {

using triage::twilio::message_callback;

using pair_list = std::vector<std::pair<std::string, std::string>>;

/// The raw (still encoded) key=value pairs of a body, in order.
pair_list split_form(std::string body) {
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.pop_back();
  if (!body.empty() && body.front() == '?') body.erase(0, 1);
  pair_list out;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string::npos) end = body.size();
    const std::string pair = body.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    out.emplace_back(pair.substr(0, eq), eq == std::string::npos ? std::string() : pair.substr(eq + 1));
    start = end + 1;
  }
  return out;
}

std::string join_form(const pair_list& pairs) {
  std::string out;
  for (const auto& [key, value] : pairs) {
    if (!out.empty()) out += '&';
    out += key + "=" + value;
  }
  return out;
}

/// Decodes a form token as Twilio's SDKs would (the test's own decoder, independent of detail/form.hpp).
std::string decode(const std::string& token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '+') {
      out += ' ';
    } else if (token[i] == '%' && i + 2 < token.size()) {
      out += static_cast<char>(std::stoi(token.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += token[i];
    }
  }
  return out;
}

/// Every byte as %XX (upper or lower hex): the most escaped encoding of the same value.
std::string escape_all(const std::string& decoded, bool lower) {
  static const char* upper_digits = "0123456789ABCDEF";
  static const char* lower_digits = "0123456789abcdef";
  const char* digits = lower ? lower_digits : upper_digits;
  std::string out;
  for (unsigned char c : decoded) {
    out += '%';
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

/// Every string parameter of a callback, by key, through the parser's own table, plus the media.
std::vector<std::pair<std::string, std::optional<std::string>>> snapshot(const message_callback& c) {
  std::vector<std::pair<std::string, std::optional<std::string>>> out;
  for (const auto& f : triage::twilio::detail::text_fields) {
    const auto& v = c.*f.member;
    out.emplace_back(std::string(f.key), v ? std::optional<std::string>(std::string(*v)) : std::nullopt);
  }
  for (const auto& f : triage::twilio::detail::number_fields) {
    const auto& v = c.*f.text;
    out.emplace_back(std::string(f.key), v ? std::optional<std::string>(std::string(*v)) : std::nullopt);
    const auto& n = c.*f.number;
    out.emplace_back(std::string(f.key) + "#", n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt);
  }
  for (std::size_t i = 0; i < c.media.size(); ++i) {
    const auto& m = c.media[i];
    out.emplace_back("MediaUrl" + std::to_string(i),
                     m.url ? std::optional<std::string>(std::string(*m.url)) : std::nullopt);
    out.emplace_back("MediaContentType" + std::to_string(i),
                     m.content_type ? std::optional<std::string>(std::string(*m.content_type)) : std::nullopt);
  }
  out.emplace_back("kind", std::string(triage::to_string(c.kind)));
  return out;
}

struct parsed {
  bool ok = false;
  triage::error failure;
  std::vector<std::pair<std::string, std::optional<std::string>>> fields;
  triage::verdict verdict;
};

parsed parse_form(triage::parser& parser, const std::string& body) {
  parsed out;
  auto batch = parser.parse(std::string_view(body));
  if (!batch) {
    out.failure = batch.error();
    return out;
  }
  REQUIRE(batch->size() == 1);
  const message_callback* c = (*batch)[0].get_if<message_callback>();
  REQUIRE(c != nullptr);
  out.ok = true;
  out.fields = snapshot(*c);
  out.verdict = triage::classify((*batch)[0]);
  return out;
}

const char* const fixture_files[] = {
    "twilio/constructed_status_sent.form",
    "twilio/constructed_status_undelivered_30003.form",
    "twilio/constructed_status_failed_30007.form",
    "twilio/constructed_whatsapp_status_read.form",
    "twilio/constructed_whatsapp_failed_63016.form",
    "twilio/constructed_inbound_sms.form",
    "twilio/constructed_inbound_mms_two_media.form",
    "twilio/constructed_inbound_whatsapp_location.query",
    "twilio/constructed_inbound_whatsapp_button.form",
    "form/constructed_twilio_status_delivered.form",
    "form/constructed_twilio_inbound_addons_media.form",
};

}  // namespace

TEST_CASE("Twilio: any key order, any escaping of keys and values, unknown keys: the same callback") {
  triage::parser parser;
  std::mt19937 rng(19);
  for (const char* file : fixture_files) {
    CAPTURE(file);
    const std::string body = triage_test::fixture(file);
    const parsed original = parse_form(parser, body);
    REQUIRE(original.ok);
    const pair_list pairs = split_form(body);

    pair_list reversed(pairs.rbegin(), pairs.rend());
    const parsed r = parse_form(parser, join_form(reversed));
    REQUIRE(r.ok);
    CHECK(r.fields == original.fields);
    CHECK(r.verdict == original.verdict);
    for (int round = 0; round < 5; ++round) {
      pair_list shuffled = pairs;
      std::shuffle(shuffled.begin(), shuffled.end(), rng);
      const parsed s = parse_form(parser, join_form(shuffled));
      REQUIRE(s.ok);
      CHECK(s.fields == original.fields);
    }
    for (bool lower : {false, true}) {
      pair_list escaped;
      for (const auto& [key, value] : pairs)
        escaped.emplace_back(escape_all(decode(key), lower), escape_all(decode(value), lower));
      const parsed e = parse_form(parser, join_form(escaped));
      REQUIRE(e.ok);
      CHECK(e.fields == original.fields);
      CHECK(e.verdict == original.verdict);
    }
    pair_list extra;
    for (const auto& pair : pairs) {
      extra.emplace_back("X-Unknown" + std::to_string(extra.size()), "%7B%22nested%22%3Atrue%7D");
      extra.push_back(pair);
    }
    extra.emplace_back("FutureParameter", "");
    extra.emplace_back("MediaUrlX", "not-an-index");
    const parsed u = parse_form(parser, "&&" + join_form(extra) + "&&\r\n");
    REQUIRE(u.ok);
    CHECK(u.fields == original.fields);
  }
}

TEST_CASE("Twilio: without any parameter but the id and the account, a body still parses") {
  triage::parser parser;
  for (const char* file : fixture_files) {
    CAPTURE(file);
    const pair_list pairs = split_form(triage_test::fixture(file));
    for (std::size_t drop = 0; drop < pairs.size(); ++drop) {
      if (pairs[drop].first == "MessageSid" || pairs[drop].first == "AccountSid") continue;
      CAPTURE(pairs[drop].first);
      pair_list fewer = pairs;
      fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(drop));
      const parsed p = parse_form(parser, join_form(fewer));
      REQUIRE(p.ok);
      for (const auto& [key, value] : p.fields) {
        if (key == pairs[drop].first) CHECK_FALSE(value);
      }
    }
    pair_list minimal;
    for (const auto& pair : pairs) {
      if (pair.first == "MessageSid" || pair.first == "AccountSid") minimal.push_back(pair);
    }
    const parsed m = parse_form(parser, join_form(minimal));
    REQUIRE(m.ok);
    // No status at all: an inbound message.
    CHECK(m.verdict == triage::twilio::inbound_without_status.verdict);
  }
}

TEST_CASE("Twilio: a repeated key's last value wins; an empty value is an empty string") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      "MessageSid=SM1&AccountSid=AC1&MessageStatus=sent&MessageStatus=delivered&Body=&ErrorCode=30003&ErrorCode="));
  REQUIRE(batch);
  const auto& c = *(*batch)[0].get_if<message_callback>();
  CHECK(c.message_status == std::optional<std::string_view>("delivered"));
  CHECK(c.body == std::optional<std::string_view>(""));
  CHECK(c.error_code_text == std::optional<std::string_view>(""));
  CHECK_FALSE(c.error_code);
}

TEST_CASE("Twilio: a number parameter that is not decimal digits is invalid_value at its value, naming it") {
  triage::parser parser;
  const std::string prefix = "MessageSid=SM1&AccountSid=AC1&MessageStatus=failed&";
  for (const char* key : {"ErrorCode", "NumMedia", "NumSegments"}) {
    for (const char* value : {"abc", "-1", "1.5", "+1", "%2030003", "3000x", "1234567890123456789", "0x10"}) {
      CAPTURE(key, value);
      const std::string body = prefix + key + "=" + value;
      auto batch = parser.parse(std::string_view(body));
      REQUIRE_FALSE(batch);
      CHECK(batch.error().code() == triage::error_code::invalid_value);
      CHECK(batch.error().path() == key);
      CHECK(batch.error().offset() == prefix.size() + std::string(key).size() + 1);
      CHECK_THAT(batch.error().message(), triage_test::contains("decimal digits"));
    }
  }
  // 18 digits still fit.
  auto big = parser.parse(std::string_view(prefix + "ErrorCode=999999999999999999"));
  REQUIRE(big);
  CHECK((*big)[0].code() == std::optional<std::int64_t>(999999999999999999));
}

TEST_CASE("Twilio: media indexes past max_twilio_media are too_many_items at the key") {
  triage::parser_options options;
  options.max_twilio_media = 3;
  triage::parser parser(options);
  const std::string prefix = "MessageSid=MM1&AccountSid=AC1&";
  auto ok = parser.parse(std::string_view(prefix + "MediaUrl2=u2&MediaContentType0=image%2Fpng"));
  REQUIRE(ok);
  const auto& c = *(*ok)[0].get_if<message_callback>();
  REQUIRE(c.media.size() == 3);
  CHECK(c.media[0].content_type == std::optional<std::string_view>("image/png"));
  CHECK_FALSE(c.media[0].url);
  CHECK_FALSE(c.media[1].url);
  CHECK(c.media[2].url == std::optional<std::string_view>("u2"));
  for (const char* key : {"MediaUrl3", "MediaContentType3", "MediaUrl999999999999999999"}) {
    CAPTURE(key);
    auto over = parser.parse(std::string_view(prefix + key + "=x"));
    REQUIRE_FALSE(over);
    CHECK(over.error().code() == triage::error_code::too_many_items);
    CHECK(over.error().path() == key);
    CHECK(over.error().offset() == prefix.size());
  }
  // The next body starts with an empty media list.
  auto none = parser.parse(std::string_view(prefix + "Body=x"));
  REQUIRE(none);
  CHECK((*none)[0].get_if<message_callback>()->media.empty());
}

TEST_CASE("Twilio: malformed form encoding is an error value with its offset") {
  triage::parser parser;
  const std::string prefix = "MessageSid=SM1&AccountSid=AC1&Body=";
  struct sample {
    std::string tail;
    triage::error_code code;
    std::size_t offset;
  };
  const sample samples[] = {
      {"%zz", triage::error_code::invalid_value, prefix.size()},
      {"ok%2", triage::error_code::invalid_value, prefix.size() + 2},
      {"%FF", triage::error_code::invalid_utf8, prefix.size()},
      {"a%C3", triage::error_code::invalid_utf8, prefix.size() + 1},
      {"\xC3(", triage::error_code::invalid_utf8, prefix.size()},
  };
  for (const sample& s : samples) {
    CAPTURE(s.tail);
    auto batch = parser.parse(std::string_view(prefix + s.tail), triage::body_format::form);
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == s.code);
    CHECK(batch.error().offset() == s.offset);
    CHECK(batch.error().path() == "Body");
  }
  triage::parser_options small;
  small.max_form_fields = 3;
  small.max_string_length = 8;
  triage::parser limited(small);
  auto many = limited.parse(std::string_view("MessageSid=SM1&AccountSid=AC1&To=1&From=2"));
  REQUIRE_FALSE(many);
  CHECK(many.error().code() == triage::error_code::too_many_items);
  auto longer = limited.parse(std::string_view("MessageSid=SM123456789&AccountSid=AC1"));
  REQUIRE_FALSE(longer);
  CHECK(longer.error().code() == triage::error_code::string_too_long);
  CHECK(longer.error().path() == "MessageSid");
}

TEST_CASE("Twilio: a body that is no Twilio webhook says what it missed") {
  triage::parser parser;
  // AccountSid without a message id: the shape's missing key.
  auto no_sid = parser.parse(std::string_view("AccountSid=AC1&MessageStatus=sent"));
  REQUIRE_FALSE(no_sid);
  CHECK(no_sid.error().code() == triage::error_code::unknown_provider);
  CHECK(no_sid.error().path() == "MessageSid");
  CHECK_THAT(no_sid.error().message(), triage_test::contains("closest: a Twilio messaging webhook"));
  // Named as Twilio's, a body without any id is no Twilio messaging webhook either.
  auto named =
      parser.parse(std::string_view("MyVariableOne=x&To=1"), triage::provider::twilio, triage::body_format::form);
  REQUIRE_FALSE(named);
  CHECK(named.error().code() == triage::error_code::unknown_provider);
  CHECK(named.error().path() == "MessageSid");
  // A JSON document named as Twilio's: Twilio posts forms.
  auto json = parser.parse(std::string_view(R"({"MessageSid":"SM1","AccountSid":"AC1"})"), triage::provider::twilio);
  REQUIRE_FALSE(json);
  CHECK(json.error().code() == triage::error_code::wrong_type);
  CHECK(json.error().offset() == 0);
  // JSON with Twilio's parameter names is not claimed by detection (Twilio's shapes are form shapes only).
  auto detected = parser.parse(std::string_view(R"({"MessageSid":"SM1","AccountSid":"AC1"})"));
  REQUIRE_FALSE(detected);
  CHECK(detected.error().code() == triage::error_code::unknown_provider);
}

TEST_CASE("Twilio: every prefix of every fixture parses or fails with an error value inside the body") {
  triage::parser parser;
  std::size_t parsed_prefixes = 0;
  std::size_t failed_prefixes = 0;
  for (const char* file : fixture_files) {
    CAPTURE(file);
    const std::string body = triage_test::fixture(file);
    const parsed whole = parse_form(parser, body);
    REQUIRE(whole.ok);
    for (std::size_t n = 0; n <= body.size(); ++n) {
      CAPTURE(n);
      const std::string prefix = body.substr(0, n);
      auto batch = parser.parse(std::string_view(prefix));
      if (batch) {
        REQUIRE(batch->size() == 1);
        const triage::callback& cb = (*batch)[0];
        CHECK(cb.provider() == triage::provider::twilio);
        // Whatever was cut, the id that survived is a prefix of the real one.
        REQUIRE(cb.id());
        (void)triage::classify(cb);
        ++parsed_prefixes;
        continue;
      }
      ++failed_prefixes;
      const triage::error& e = batch.error();
      CHECK((e.code() == triage::error_code::empty_input || e.code() == triage::error_code::invalid_json ||
             e.code() == triage::error_code::unknown_provider || e.code() == triage::error_code::invalid_value ||
             e.code() == triage::error_code::invalid_utf8));
      if (e.has_offset()) CHECK(e.offset() <= n);
      CHECK_FALSE(e.message().empty());
    }
  }
  CHECK(parsed_prefixes > 0);
  CHECK(failed_prefixes > 0);
}

}  // namespace test_twilio_mutations
