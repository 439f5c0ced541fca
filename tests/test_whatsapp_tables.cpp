// One check per row of the WhatsApp tables, through a parsed payload, generated from the tables the classifier
// itself uses, and a cross-check of the code table against the research CSV it was written from
// (tests/fixtures/whatsapp/whatsapp_error_codes.csv, a copy of shared/reference/whatsapp_error_codes.csv).

#include <triage/triage.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_whatsapp_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

/// A webhook with one status; `errors` is the JSON of its errors[] or empty.
std::string status_payload(const std::string& status, const std::string& errors = {}) {
  std::string item =
      R"({"id":"wamid.T1","status":")" + status + R"(","timestamp":"1750000000","recipient_id":"15550001")";
  if (!errors.empty()) item += R"(,"errors":)" + errors;
  item += '}';
  return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messaging_product":"whatsapp",)"
         R"("metadata":{"display_phone_number":"15550000","phone_number_id":"2"},"statuses":[)" +
         item + R"(]},"field":"messages"}]}]})";
}

std::string failed_with(const std::string& code_json) {
  return status_payload("failed", R"([{"code":)" + code_json + R"(,"title":"a title that decides nothing"}])");
}

triage::verdict classify_payload(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  return triage::classify((*batch)[0]);
}

/// Splits one CSV record (RFC 4180 quoting; no embedded newlines in this file).
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("whatsapp: every status row classifies a parsed status as the row says") {
  triage::parser parser;
  for (const triage::whatsapp::status_row& row : triage::whatsapp::statuses) {
    CAPTURE(row.status);
    const triage::verdict v = classify_payload(parser, status_payload(std::string(row.status)));
    CHECK(v == row.verdict);
    CHECK(v.rule == "whatsapp statuses[].status " + std::string(row.status));
    CHECK(triage::whatsapp::status_value_of(row.status) == row.value);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
  }
}

TEST_CASE("whatsapp: every code row decides a failed status by the code alone, a number or a numeric string") {
  triage::parser parser;
  for (const triage::whatsapp::code_row& row : triage::whatsapp::codes) {
    CAPTURE(row.code);
    for (const std::string& code : {std::to_string(row.code), '"' + std::to_string(row.code) + '"'}) {
      const triage::verdict v = classify_payload(parser, failed_with(code));
      CHECK(v == row.verdict);
      CHECK(v.rule == "whatsapp statuses[].errors[].code " + std::to_string(row.code));
    }
    CHECK_FALSE(row.title.empty());
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    // A retry hint only on a retryable row, and every retryable row says when.
    CHECK((row.verdict.retry != retry_advice::none) == (row.verdict.outcome == outcome::retryable));
  }
}

TEST_CASE("whatsapp: a code in no row falls back by range, else unknown") {
  triage::parser parser;
  struct fallback {
    std::int64_t code;
    triage::verdict expected;
    const char* rule;
  };
  const std::vector<fallback> cases = {
      {250,
       {outcome::permanent, category::configuration, retry_advice::none},
       "whatsapp statuses[].errors[].code 200-299"},
      {299,
       {outcome::permanent, category::configuration, retry_advice::none},
       "whatsapp statuses[].errors[].code 200-299"},
      {132999,
       {outcome::permanent, category::content, retry_advice::none},
       "whatsapp statuses[].errors[].code 132000-132999"},
      {133001,
       {outcome::permanent, category::configuration, retry_advice::none},
       "whatsapp statuses[].errors[].code 133000-133999"},
      // 131014 is in no Meta table but seen in fixtures (courier error_status.json): no family, unknown.
      {131014,
       {outcome::unknown, category::unknown, retry_advice::none},
       "whatsapp statuses[].errors[].code not in Meta's tables"},
      {-1,
       {outcome::unknown, category::unknown, retry_advice::none},
       "whatsapp statuses[].errors[].code not in Meta's tables"},
  };
  for (const fallback& f : cases) {
    CAPTURE(f.code);
    const triage::verdict v = classify_payload(parser, failed_with(std::to_string(f.code)));
    CHECK(v == f.expected);
    CHECK(v.rule == f.rule);
  }
  // 200 itself has its own row, which wins over its range.
  CHECK(classify_payload(parser, failed_with("200")).category == category::account);
}

TEST_CASE("whatsapp: the verdicts no row decides") {
  triage::parser parser;
  // failed without errors, or with an error without a code: the failed row.
  CHECK(classify_payload(parser, status_payload("failed")).rule == "whatsapp statuses[].status failed");
  CHECK(classify_payload(parser, status_payload("failed", R"([{"title":"no code"}])")).outcome == outcome::unknown);
  // An unknown status (courier has seen in_orbit): unknown, kept raw.
  auto batch = parser.parse(std::string_view(status_payload("in_orbit")));
  REQUIRE(batch);
  CHECK(triage::classify((*batch)[0]) == triage::whatsapp::unknown_status);
  CHECK((*batch)[0].status() == std::optional<std::string_view>("in_orbit"));
  CHECK((*batch)[0].get_if<triage::whatsapp::update>()->status.value == triage::whatsapp::status_value::unknown);
  // Errors on a delivered status decide nothing.
  CHECK(classify_payload(parser, status_payload("delivered", R"([{"code":131026}])")).outcome == outcome::delivered);
  // Only the first error decides.
  CHECK(classify_payload(parser, status_payload("failed", R"([{"code":131047},{"code":130429}])")).category ==
        category::compliance);
}

TEST_CASE("whatsapp: the code table is the research CSV, row for row") {
  const std::string csv = triage_test::fixture("whatsapp/whatsapp_error_codes.csv");
  REQUIRE_FALSE(csv.empty());
  std::size_t start = csv.find('\n') + 1;  // past the header
  std::size_t rows = 0, ranges = 0;
  std::map<std::int64_t, bool> seen;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string::npos) end = csv.size();
    const std::string line = csv.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    const std::vector<std::string> f = csv_fields(line);
    REQUIRE(f.size() == 9);
    CAPTURE(f[0]);
    const std::optional<outcome> o = triage::from_string<outcome>(f[4]);
    const std::optional<category> c = triage::from_string<category>(f[5]);
    const std::optional<retry_advice> r = triage::from_string<retry_advice>(f[6]);
    REQUIRE(o);
    REQUIRE(c);
    REQUIRE(r);
    const triage::verdict expected(*o, *c, *r);
    if (const auto dash = f[0].find('-'); dash != std::string::npos) {
      const triage::whatsapp::code_range_row* range = triage::whatsapp::find_code_range(std::stoll(f[0]));
      REQUIRE(range != nullptr);
      CHECK(range->first == std::stoll(f[0].substr(0, dash)));
      CHECK(range->last == std::stoll(f[0].substr(dash + 1)));
      CHECK(range->verdict == expected);
      ++ranges;
      continue;
    }
    const std::int64_t code = std::stoll(f[0]);
    const triage::whatsapp::code_row* row = triage::whatsapp::find_code(code);
    REQUIRE(row != nullptr);
    CHECK(row->verdict == expected);
    CHECK(row->title == f[1]);
    CHECK(row->meaning == f[2]);
    CHECK(row->webhook == (f[7].rfind("sync-only", 0) != 0));
    CHECK(f[8].find(std::string(row->source_url)) != std::string::npos);
    seen[code] = true;
    ++rows;
  }
  CHECK(rows == triage::whatsapp::codes.size());
  CHECK(seen.size() == rows);
  CHECK(ranges == 1);
  CHECK(rows + ranges == 99);
}

TEST_CASE("whatsapp: inbound messages are none whatever their type or errors") {
  triage::parser parser;
  for (const char* type : {"text", "image", "unsupported", "system", "reaction", "button", "interactive", "order"}) {
    CAPTURE(type);
    const std::string json =
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messages":[{"from":"1","id":"wamid.M","timestamp":"1","type":")" +
        std::string(type) + R"(","errors":[{"code":131051,"title":"Message type unknown"}]}]},"field":"messages"}]}]})";
    const triage::verdict v = classify_payload(parser, json);
    CHECK(v == triage::whatsapp::inbound_message);
    CHECK(v.rule == "whatsapp messages[] an inbound message");
  }
}

}  // namespace test_whatsapp_tables
