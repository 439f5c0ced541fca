// Plivo form bodies mutated: every key order, every value percent-encoded, unknown keys added, each
// optional key dropped, integer fields of the wrong form, truncation at every byte, malformed escapes and
// UTF-8, repeated keys, and the limits. Every fixture of tests/fixtures/plivo is the starting point.

#include <triage/triage.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_plivo_mutations {

namespace {

using triage::plivo::message_callback;
using pair_list = std::vector<std::pair<std::string, std::string>>;

std::vector<std::string> plivo_fixtures() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("plivo"))) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".form" || ext == ".query") out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The raw (still encoded) pairs of a body, in order.
pair_list raw_pairs(std::string body) {
  if (!body.empty() && body.front() == '?') body.erase(0, 1);
  pair_list out;
  std::size_t at = 0;
  while (at <= body.size()) {
    const std::size_t amp = std::min(body.find('&', at), body.size());
    const std::string piece = body.substr(at, amp - at);
    if (!piece.empty()) {
      const std::size_t eq = piece.find('=');
      out.emplace_back(piece.substr(0, eq), eq == std::string::npos ? "" : piece.substr(eq + 1));
    }
    at = amp + 1;
  }
  return out;
}

std::string join(const pair_list& pairs) {
  std::string out;
  for (const auto& [k, v] : pairs) {
    if (!out.empty()) out += '&';
    out += k + "=" + v;
  }
  return out;
}

/// Every byte of an encoded value as %XX of its decoded byte ('+' is a space).
std::string escape_all(const std::string& encoded) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(encoded[i]);
    if (b == '%') {
      out += encoded.substr(i, 3);
      i += 2;
      continue;
    }
    if (b == '+') b = ' ';
    out += '%';
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

/// Everything the parser read of a callback, as text, to compare two parses.
std::string summary(const message_callback& c) {
  std::string out;
  auto add = [&out](const char* name, const std::optional<std::string_view>& v) {
    out += name;
    out += v ? "=" + std::string(*v) : std::string("<absent>");
    out += '\n';
  };
  auto add_number = [&out](const char* name, const std::optional<std::int64_t>& v) {
    out += name;
    out += v ? "=" + std::to_string(*v) : std::string("<absent>");
    out += '\n';
  };
  auto add_time = [&](const char* name, const std::optional<triage::plivo::utc_timestamp>& t) {
    add(name, t ? std::optional<std::string_view>(t->raw) : std::nullopt);
  };
  add("MessageUUID", c.message_uuid);
  add("From", c.from);
  add("To", c.to);
  add("Type", c.type);
  add_number("Units", c.units);
  add("TotalRate", c.total_rate);
  add("TotalAmount", c.total_amount);
  add("PowerpackUUID", c.powerpack_uuid);
  add("ErrorCode", c.error_code_text);
  add_number("ErrorCode#", c.error_code);
  add("Status", c.status);
  add("ParentMessageUUID", c.parent_message_uuid);
  add("PartInfo", c.part ? std::optional<std::string_view>(c.part->raw) : std::nullopt);
  add_number("Sequence", c.sequence);
  add("MCC", c.mcc);
  add("MNC", c.mnc);
  add_time("MessageTime", c.message_time);
  add_time("QueuedTime", c.queued_time);
  add_time("SentTime", c.sent_time);
  add_time("DeliveryReportTime", c.delivery_report_time);
  add("requester_ip", c.requester_ip);
  add("ConversationID", c.conversation_id);
  add("ConversationOrigin", c.conversation_origin);
  add("ConversationExpirationTimestamp", c.conversation_expiration_timestamp);
  add("Text", c.text);
  add("Body", c.body);
  add("MessageIntent", c.message_intent);
  add_number("MediaCount", c.media_count);
  add("ContentType", c.content_type);
  add("MimeType", c.mime_type);
  for (std::string_view m : c.media) add("Media", m);
  out += "kind=" + std::string(triage::to_string(c.kind));
  return out;
}

std::string parsed_summary(triage::parser& parser, const std::string& body) {
  auto batch = parser.parse(std::string_view(body));
  if (!batch) return "error: " + batch.error().message();
  const auto* c = (*batch)[0].get_if<message_callback>();
  return c == nullptr ? std::string("not plivo") : summary(*c);
}

}  // namespace

TEST_CASE("a Plivo body reads the same in any key order") {
  triage::parser parser;
  std::mt19937 rng(20261201);
  for (const std::string& file : plivo_fixtures()) {
    CAPTURE(file);
    const std::string body = triage_test::fixture("plivo/" + file);
    const std::string expected = parsed_summary(parser, body);
    REQUIRE(expected.rfind("error", 0) != 0);
    pair_list pairs = raw_pairs(body);
    std::reverse(pairs.begin(), pairs.end());
    CHECK(parsed_summary(parser, join(pairs)) == expected);
    for (int round = 0; round < 20; ++round) {
      std::shuffle(pairs.begin(), pairs.end(), rng);
      CHECK(parsed_summary(parser, join(pairs)) == expected);
    }
  }
}

TEST_CASE("a Plivo body reads the same with every key and value percent-encoded, and with stray '&'") {
  triage::parser parser;
  for (const std::string& file : plivo_fixtures()) {
    CAPTURE(file);
    const std::string body = triage_test::fixture("plivo/" + file);
    const std::string expected = parsed_summary(parser, body);
    pair_list pairs = raw_pairs(body);
    pair_list escaped;
    for (const auto& [k, v] : pairs) escaped.emplace_back(escape_all(k), escape_all(v));
    CHECK(parsed_summary(parser, join(escaped)) == expected);
    CHECK(parsed_summary(parser, "&&" + join(pairs) + "&\n") == expected);
  }
}

TEST_CASE("unknown keys anywhere in a Plivo body are skipped") {
  triage::parser parser;
  for (const std::string& file : plivo_fixtures()) {
    CAPTURE(file);
    const std::string body = triage_test::fixture("plivo/" + file);
    const std::string expected = parsed_summary(parser, body);
    pair_list pairs = raw_pairs(body);
    for (std::size_t at = 0; at <= pairs.size(); ++at) {
      pair_list more = pairs;
      more.insert(more.begin() + static_cast<std::ptrdiff_t>(at), {{"action", "status"},
                                                                   {"MediaUrl", "x"},
                                                                   {"status", "failed"},
                                                                   {"messageuuid", "other"},
                                                                   {"Media", "no-index"},
                                                                   {"MediaX1", "y"}});
      CHECK(parsed_summary(parser, join(more)) == expected);
    }
  }
}

TEST_CASE("each optional key of a Plivo body can be missing; MessageUUID and the kind's key cannot") {
  triage::parser parser;
  for (const std::string& file : plivo_fixtures()) {
    CAPTURE(file);
    const std::string body = triage_test::fixture("plivo/" + file);
    const pair_list pairs = raw_pairs(body);
    for (std::size_t drop = 0; drop < pairs.size(); ++drop) {
      pair_list fewer = pairs;
      const std::string key = fewer[drop].first;
      CAPTURE(key);
      fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(drop));
      auto batch = parser.parse(std::string_view(join(fewer)), triage::provider::plivo, triage::body_format::form);
      const bool inbound = body.find("Status=") == std::string::npos;
      const bool needed = key == "MessageUUID" || (!inbound && key == "Status") ||
                          (inbound && (key == "Text" || key == "Body") && body.find("Media0=") == std::string::npos &&
                           body.find("MediaCount=") == std::string::npos);
      if (needed) {
        REQUIRE_FALSE(batch);
        CHECK(batch.error().path() == (key == "MessageUUID" ? "MessageUUID" : "Status"));
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
        continue;
      }
      REQUIRE(batch);
      const auto* c = (*batch)[0].get_if<message_callback>();
      REQUIRE(c != nullptr);
      CHECK(("\n" + summary(*c)).find("\n" + key + "=") == std::string::npos);
    }
  }
}

TEST_CASE("an integer field that is not a decimal integer is an error naming it, at its value") {
  triage::parser parser;
  const std::string body = triage_test::fixture("plivo/constructed_status_undelivered_80.form");
  for (const char* key : {"ErrorCode", "Units", "Sequence"}) {
    for (const char* bad : {"abc", "8+0", "-1", "1.5", "0x10", "%2B1"}) {
      CAPTURE(key, bad);
      const std::string prefix = std::string(key) + "=";
      const std::size_t at = body.find(prefix);
      REQUIRE(at != std::string::npos);
      const std::size_t end = body.find('&', at);
      const std::string mutated = body.substr(0, at) + prefix + bad + body.substr(end);
      auto batch = parser.parse(std::string_view(mutated));
      REQUIRE_FALSE(batch);
      CHECK(batch.error().code() == triage::error_code::invalid_value);
      CHECK(batch.error().path() == key);
      CHECK(batch.error().offset() == at + prefix.size());
      CHECK(batch.error().expected() == "a decimal integer");
    }
  }
  // Too many digits for any Plivo field: out of range, not invalid.
  auto huge = parser.parse(std::string_view("MessageUUID=u&Status=failed&ErrorCode=1234567890123456789012"));
  REQUIRE_FALSE(huge);
  CHECK(huge.error().code() == triage::error_code::number_out_of_range);
  CHECK(huge.error().offset() == 38);
  // Empty is absent (ErrorCode= on success), and so is an empty Units or Sequence.
  auto empty = parser.parse(std::string_view("MessageUUID=u&Status=sent&ErrorCode=&Units=&Sequence="));
  REQUIRE(empty);
  const auto* c = (*empty)[0].get_if<message_callback>();
  CHECK_FALSE(c->error_code);
  CHECK(c->error_code_text == std::optional<std::string_view>(""));
  CHECK_FALSE(c->units);
  CHECK_FALSE(c->sequence);
}

TEST_CASE("an empty MessageUUID, an empty Status without inbound keys, and a PartInfo that is not n of m") {
  triage::parser parser;
  auto no_id = parser.parse(std::string_view("MessageUUID=&Status=sent"));
  REQUIRE_FALSE(no_id);
  CHECK(no_id.error().code() == triage::error_code::invalid_value);
  CHECK(no_id.error().path() == "MessageUUID");
  CHECK(no_id.error().offset() == 12);
  auto no_status = parser.parse(std::string_view("MessageUUID=u&Status=&To=1"));
  REQUIRE_FALSE(no_status);
  CHECK(no_status.error().code() == triage::error_code::invalid_value);
  CHECK(no_status.error().path() == "Status");
  CHECK(no_status.error().offset() == 21);
  for (const char* part : {"", "1", "1+of", "of+3", "0+of+3", "4+of+3", "1+of+3+", "a+of+b", "1+of+99999999999"}) {
    CAPTURE(part);
    auto batch = parser.parse(std::string_view(std::string("MessageUUID=u&Status=sent&PartInfo=") + part));
    REQUIRE(batch);
    const auto* c = (*batch)[0].get_if<message_callback>();
    REQUIRE(c->part);
    CHECK(c->part->part == 0);
    CHECK(c->part->parts == 0);
  }
  auto good = parser.parse(std::string_view("MessageUUID=u&Status=sent&PartInfo=3%20of%203"));
  REQUIRE(good);
  CHECK((*good)[0].get_if<message_callback>()->part->part == 3);
  CHECK((*good)[0].get_if<message_callback>()->part->parts == 3);
}

TEST_CASE("a repeated Plivo key keeps its first value and is counted") {
  triage::parser parser;
  auto batch = parser.parse(
      std::string_view("MessageUUID=first&Status=delivered&Status=failed&ErrorCode=&ErrorCode=30&MessageUUID=second"));
  REQUIRE(batch);
  const auto* c = (*batch)[0].get_if<message_callback>();
  CHECK(c->message_uuid == std::optional<std::string_view>("first"));
  CHECK(c->status == std::optional<std::string_view>("delivered"));
  CHECK_FALSE(c->error_code);
  CHECK(c->repeated_keys == 3);
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::delivered);
}

TEST_CASE("a Plivo body truncated at every byte parses or fails with an offset inside it, never crashes") {
  triage::parser parser;
  for (const std::string& file : plivo_fixtures()) {
    CAPTURE(file);
    const std::string body = triage_test::fixture("plivo/" + file);
    std::size_t parsed = 0;
    for (std::size_t n = 0; n <= body.size(); ++n) {
      CAPTURE(n);
      const std::string_view prefix(body.data(), n);
      auto batch = parser.parse(prefix, triage::provider::plivo, triage::body_format::form);
      if (batch) {
        ++parsed;
        REQUIRE(batch->size() == 1);
        const auto* c = (*batch)[0].get_if<message_callback>();
        REQUIRE(c != nullptr);
        // Every view lies inside the prefix or the parser's scratch: what it says was in the prefix.
        REQUIRE(c->message_uuid);
        CHECK(prefix.find("MessageUUID=") != std::string_view::npos);
        (void)triage::classify((*batch)[0]);
        continue;
      }
      const triage::error& e = batch.error();
      CHECK(!e.message().empty());
      if (e.has_offset()) CHECK(e.offset() <= n);
    }
    // The whole body parses; a prefix that cuts MessageUUID's value short parses too (it is still a value).
    CHECK(parsed >= 1);
  }
}

TEST_CASE("malformed Plivo bodies are errors with the key and the offset") {
  triage::parser parser;
  struct bad_case {
    const char* body;
    triage::error_code code;
    const char* path;
    std::size_t offset;
  };
  const bad_case cases[] = {
      {"MessageUUID=u&Status=sent&To=%2", triage::error_code::invalid_value, "To", 29},
      {"MessageUUID=u&Status=sent&Text=%zz", triage::error_code::invalid_value, "Text", 31},
      {"MessageUUID=u&Status=sent&From=%C3%28", triage::error_code::invalid_utf8, "From", 31},
      {"MessageUUID=u&Status=sent&From=\xC3(", triage::error_code::invalid_utf8, "From", 31},
      {"MessageUUID=u&Status=%FF", triage::error_code::invalid_utf8, "Status", 21},
  };
  for (const bad_case& c : cases) {
    CAPTURE(c.body);
    auto batch = parser.parse(std::string_view(c.body), triage::body_format::form);
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == c.code);
    CHECK(batch.error().path() == c.path);
    CHECK(batch.error().offset() == c.offset);
  }
  // Not a form at all, told it is Plivo's: JSON, and free text.
  auto json = parser.parse(std::string_view(R"({"MessageUUID":"u"})"), triage::provider::plivo);
  REQUIRE_FALSE(json);
  CHECK(json.error().code() == triage::error_code::wrong_type);
  auto text = parser.parse(std::string_view("hello world"), triage::provider::plivo, triage::body_format::form);
  REQUIRE_FALSE(text);
  CHECK(text.error().code() == triage::error_code::unknown_provider);
}

TEST_CASE("Plivo's limits: media URLs, form fields and value length are bounded, with an error each") {
  triage::parser_options options;
  options.max_plivo_media = 3;
  options.max_form_fields = 40;
  options.max_string_length = 64;
  triage::parser parser(options);
  std::string media = "MessageUUID=u&Type=mms&MediaCount=4";
  for (int i = 0; i < 3; ++i) media += "&Media" + std::to_string(i) + "=https%3A%2F%2Fm%2F" + std::to_string(i);
  REQUIRE(parser.parse(std::string_view(media)));
  const std::string one_more = media + "&Media3=x";
  auto too_many = parser.parse(std::string_view(one_more));
  REQUIRE_FALSE(too_many);
  CHECK(too_many.error().code() == triage::error_code::too_many_items);
  CHECK(too_many.error().path() == "Media3");
  CHECK(too_many.error().offset() == media.size() + 1);

  std::string fields = "MessageUUID=u&Status=sent";
  for (int i = 0; i < 40; ++i) fields += "&k" + std::to_string(i) + "=v";
  auto wide = parser.parse(std::string_view(fields));
  REQUIRE_FALSE(wide);
  CHECK(wide.error().code() == triage::error_code::too_many_items);

  auto long_text = parser.parse(std::string_view("MessageUUID=u&Text=" + std::string(65, 'a')));
  REQUIRE_FALSE(long_text);
  CHECK(long_text.error().code() == triage::error_code::string_too_long);
  CHECK(long_text.error().path() == "Text");
  CHECK(long_text.error().offset() == 19);
}

TEST_CASE("Plivo media URLs are in the order of their index, whatever the key order") {
  triage::parser parser;
  auto batch = parser.parse(
      std::string_view("MessageUUID=u&MediaCount=6&Media10=j&Media2=b&Type=mms&Media0=z&Media1=a&Media2=c&Media007=g"));
  REQUIRE(batch);
  const auto* c = (*batch)[0].get_if<message_callback>();
  REQUIRE(c->media.size() == 6);
  const std::vector<std::string> urls(c->media.begin(), c->media.end());
  CHECK(urls == std::vector<std::string>{"z", "a", "b", "c", "g", "j"});
}

}  // namespace test_plivo_mutations
