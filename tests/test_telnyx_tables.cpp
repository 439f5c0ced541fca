// One check per row of the Telnyx tables, through a parsed payload, generated from the tables the classifier
// itself uses, and a cross-check of the code table against the research CSV it was written from
// (tests/fixtures/telnyx/telnyx_error_codes.csv, a copy of shared/reference/telnyx_error_codes.csv).

#include <triage/triage.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_telnyx_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

/// A webhook of one event with one recipient; `errors` is the JSON of payload.errors or empty.
std::string event_payload(const std::string& event_type, const std::string& status, const std::string& errors = {}) {
  std::string to = status.empty() ? R"({"phone_number":"+13125550101"})"
                                  : R"({"phone_number":"+13125550101","status":")" + status + R"("})";
  std::string payload = R"({"id":"40385f64-0000-0000-0000-000000000001","direction":"outbound","to":[)" + to + "]";
  if (!errors.empty()) payload += R"(,"errors":)" + errors;
  payload += '}';
  return R"({"data":{"event_type":")" + event_type +
         R"(","id":"ev-1","occurred_at":"2026-01-01T00:00:00Z","payload":)" + payload +
         R"(,"record_type":"event"},"meta":{"attempt":1}})";
}

std::string failed_with(const std::string& code_json, const std::string& status = "delivery_failed") {
  return event_payload("message.finalized", status,
                       R"([{"code":)" + code_json + R"(,"title":"a title that decides nothing"}])");
}

triage::verdict classify_payload(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].provider() == triage::provider::telnyx);
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

TEST_CASE("telnyx: every event type row decides as the row says, whatever the status") {
  triage::parser parser;
  for (const triage::telnyx::event_row& row : triage::telnyx::event_types) {
    CAPTURE(row.event_type);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    CHECK(triage::telnyx::event_type_of(row.event_type) == row.value);
    if (row.by_status) {
      // Without a status the row's own verdict; with one the status row decides (next test).
      const triage::verdict v = classify_payload(parser, event_payload(std::string(row.event_type), ""));
      CHECK(v == row.verdict);
      CHECK(v.rule == "telnyx data.event_type " + std::string(row.event_type));
      continue;
    }
    for (const char* status : {"", "delivered", "delivery_failed", "webhook_delivered", "queued"}) {
      CAPTURE(status);
      const triage::verdict v = classify_payload(parser, event_payload(std::string(row.event_type), status));
      CHECK(v == row.verdict);
      CHECK(v.rule == "telnyx data.event_type " + std::string(row.event_type));
    }
  }
}

TEST_CASE("telnyx: every status row classifies a finalized recipient as the row says") {
  triage::parser parser;
  for (const triage::telnyx::status_row& row : triage::telnyx::statuses) {
    CAPTURE(row.status);
    auto batch = parser.parse(std::string_view(event_payload("message.finalized", std::string(row.status))));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::verdict v = triage::classify((*batch)[0]);
    CHECK(v == row.verdict);
    CHECK(v.rule == "telnyx payload.to[].status " + std::string(row.status));
    CHECK((*batch)[0].get_if<triage::telnyx::event>()->status == row.value);
    CHECK(triage::telnyx::status_value_of(row.status) == row.value);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    // A pending status is never terminal; a delivery or failure always is.
    if (row.verdict.outcome == outcome::pending) CHECK_FALSE(row.terminal);
    if (row.verdict.outcome == outcome::delivered || row.verdict.outcome == outcome::permanent ||
        row.verdict.outcome == outcome::retryable) {
      CHECK(row.terminal);
    }
    CHECK((row.verdict.retry != retry_advice::none) == (row.verdict.outcome == outcome::retryable));
  }
}

TEST_CASE("telnyx: every code row decides a failed recipient by the code alone, a string or a number") {
  triage::parser parser;
  for (const triage::telnyx::code_row& row : triage::telnyx::codes) {
    CAPTURE(row.code);
    for (const std::string& code : {'"' + std::to_string(row.code) + '"', std::to_string(row.code)}) {
      for (const char* status : {"delivery_failed", "sending_failed", "expired", "failed", "gw_reject"}) {
        CAPTURE(code, status);
        const triage::verdict v = classify_payload(parser, failed_with(code, status));
        CHECK(v == row.verdict);
        CHECK(v.rule == "telnyx payload.errors[].code " + std::to_string(row.code));
      }
    }
    CHECK_FALSE(row.name.empty());
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    CHECK((row.verdict.retry != retry_advice::none) == (row.verdict.outcome == outcome::retryable));
  }
}

TEST_CASE("telnyx: a code in no row falls back by range, else unknown") {
  triage::parser parser;
  struct fallback {
    std::int64_t code;
    triage::verdict expected;
    const char* rule;
  };
  const std::vector<fallback> cases = {
      {40021,
       {outcome::retryable, category::carrier, retry_advice::retry_once},
       "telnyx payload.errors[].code 40000-40099"},
      {40199,
       {outcome::permanent, category::configuration, retry_advice::none},
       "telnyx payload.errors[].code 40100-40199"},
      {40399,
       {outcome::permanent, category::configuration, retry_advice::none},
       "telnyx payload.errors[].code 40300-40399"},
      {41001, {outcome::unknown, category::unknown, retry_advice::none}, "telnyx payload.errors[].code 41000-41999"},
      {10008,
       {outcome::permanent, category::configuration, retry_advice::none},
       "telnyx payload.errors[].code 10000-19999"},
      {40200,
       {outcome::unknown, category::unknown, retry_advice::none},
       "telnyx payload.errors[].code not in Telnyx's tables"},
      {-1,
       {outcome::unknown, category::unknown, retry_advice::none},
       "telnyx payload.errors[].code not in Telnyx's tables"},
  };
  for (const fallback& f : cases) {
    CAPTURE(f.code);
    const triage::verdict v = classify_payload(parser, failed_with('"' + std::to_string(f.code) + '"'));
    CHECK(v == f.expected);
    CHECK(v.rule == f.rule);
  }
  // 10007 has its own row (retryable, platform), which wins over its range.
  CHECK(classify_payload(parser, failed_with("\"10007\"")).outcome == outcome::retryable);
}

TEST_CASE("telnyx: the verdicts no row decides, and which error is a recipient's") {
  triage::parser parser;
  // An unknown event type (Telnyx has no message.delivered), or none at all with --provider: unknown.
  CHECK(classify_payload(parser, event_payload("message.delivered", "delivered")) ==
        triage::telnyx::unknown_event_type);
  // An unknown status on a finalized event: unknown, kept raw.
  auto batch = parser.parse(std::string_view(event_payload("message.finalized", "in_orbit")));
  REQUIRE(batch);
  CHECK(triage::classify((*batch)[0]) == triage::telnyx::unknown_status);
  CHECK((*batch)[0].status() == std::optional<std::string_view>("in_orbit"));
  CHECK((*batch)[0].get_if<triage::telnyx::event>()->status == triage::telnyx::status_value::unknown_value);
  // A code on a delivered or pending recipient decides nothing; a non-numeric code is no code.
  CHECK(classify_payload(parser, failed_with("\"40300\"", "delivered")).outcome == outcome::delivered);
  CHECK(classify_payload(parser, failed_with("\"40300\"", "sending")).outcome == outcome::pending);
  CHECK(classify_payload(parser, failed_with("\"E40300\"")).rule == "telnyx payload.to[].status delivery_failed");
  // The error whose source.pointer names the recipient, else the first.
  const std::string two =
      R"({"data":{"event_type":"message.finalized","id":"e","payload":{"id":"m","to":[{"phone_number":"+1","status":"delivery_failed"},{"phone_number":"+2","status":"delivery_failed"},{"phone_number":"+3","status":"delivery_failed"}],)"
      R"("errors":[{"code":"40001","source":{"pointer":"/to/02"}},{"code":"40300","source":{"pointer":"/to/1/phone_number"}},{"code":"40012","source":{"pointer":"/to/2"}}]}},"meta":{}})";
  batch = parser.parse(std::string_view(two));
  REQUIRE(batch);
  REQUIRE(batch->size() == 3);
  CHECK(triage::classify((*batch)[0]).rule == "telnyx payload.errors[].code 40001");  // no pointer names /to/0
  CHECK(triage::classify((*batch)[1]).rule == "telnyx payload.errors[].code 40300");
  CHECK(triage::classify((*batch)[2]).rule == "telnyx payload.errors[].code 40012");
  CHECK((*batch)[1].code() == std::optional<std::int64_t>(40300));
}

TEST_CASE("telnyx: the code table is the research CSV, row for row") {
  const std::string csv = triage_test::fixture("telnyx/telnyx_error_codes.csv");
  REQUIRE_FALSE(csv.empty());
  std::size_t start = csv.find('\n') + 1;  // past the header
  std::size_t rows = 0;
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
    const std::int64_t code = std::stoll(f[0]);
    const triage::telnyx::code_row* row = triage::telnyx::find_code(code);
    REQUIRE(row != nullptr);
    CHECK(row->verdict == triage::verdict(*o, *c, *r));
    CHECK(row->name == f[1]);
    CHECK(row->meaning == f[2]);
    CHECK(row->canonical == (f[1].find("(only in") == std::string::npos));
    CHECK(f[8].rfind(std::string(row->source_url), 0) == 0);
    seen[code] = true;
    ++rows;
  }
  CHECK(rows == triage::telnyx::codes.size());
  CHECK(seen.size() == rows);
  CHECK(rows == 77);
}

}  // namespace test_telnyx_tables
