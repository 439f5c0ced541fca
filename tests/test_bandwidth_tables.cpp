// One check per row of the Bandwidth tables, generated from the tables the classifier itself uses, and a
// cross-check of the code table against the research CSV it was written from
// (tests/fixtures/bandwidth/bandwidth_error_codes.csv, a copy of shared/reference/bandwidth_error_codes.csv).

#include <triage/triage.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_bandwidth_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
using triage::bandwidth::kind;

std::string failed_event(const std::string& error_code_json) {
  return R"([{"type":"message-failed","time":"2024-01-01T00:00:00Z","description":"free text that says nothing",)"
         R"("to":"+15550000001","errorCode":)" +
         error_code_json +
         R"(,"message":{"id":"m1","owner":"+15550000002","applicationId":"a","time":"2024-01-01T00:00:00Z",)"
         R"("segmentCount":1,"direction":"out","to":["+15550000001"],"from":"+15550000002","text":""}}])";
}

triage::verdict classify_payload(triage::parser& parser, const std::string& json,
                                 triage::callback_fields* fields = nullptr) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  if (fields != nullptr) *fields = (*batch)[0].fields();
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

TEST_CASE("every Bandwidth code row classifies a message-failed event as the table says, as a number or a string") {
  triage::parser parser;
  std::size_t checked = 0;
  for (const triage::bandwidth::code_row& row : triage::bandwidth::codes) {
    CAPTURE(row.code, row.name);
    for (const std::string& code : {std::to_string(row.code), "\"" + std::to_string(row.code) + "\""}) {
      CAPTURE(code);
      triage::callback_fields fields;
      const triage::verdict v = classify_payload(parser, failed_event(code), &fields);
      CHECK(v.outcome == row.verdict.outcome);
      CHECK(v.category == row.verdict.category);
      CHECK(v.retry == row.verdict.retry);
      CHECK(v.rule == "bandwidth errorCode " + std::to_string(row.code));
      CHECK(fields.code == std::optional<std::int64_t>(row.code));
      CHECK(fields.kind == "message_failed");
      if (row.name.empty()) {
        CHECK_FALSE(fields.detail);
      } else {
        CHECK(fields.detail == std::optional<std::string_view>(row.name));
      }
      ++checked;
    }
    // The same verdict without the parser: the classifier is constexpr data plus a lookup.
    CHECK(triage::bandwidth::classify_error_code(row.code) == row.verdict);
    CHECK(triage::bandwidth::classify_error_code(row.code).rule == row.verdict.rule);
  }
  CHECK(checked == 2 * std::size(triage::bandwidth::codes));
}

TEST_CASE("the code table is the research CSV: same codes, names, meanings, outcomes and sources") {
  const std::string csv = triage_test::fixture("bandwidth/bandwidth_error_codes.csv");
  REQUIRE_FALSE(csv.empty());
  std::map<std::int64_t, std::vector<std::string>> rows;
  std::size_t start = 0;
  bool header = true;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string::npos) end = csv.size();
    const std::string line = csv.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    std::vector<std::string> fields = csv_fields(line);
    REQUIRE(fields.size() == 8);
    if (header) {
      CHECK(fields[0] == "code");
      CHECK(fields[5] == "our_suggested_outcome");
      CHECK(fields[7] == "source_url");
      header = false;
      continue;
    }
    rows[std::stoll(fields[0])] = fields;
  }
  CHECK(rows.size() == 89);
  CHECK(std::size(triage::bandwidth::codes) == rows.size());
  for (const triage::bandwidth::code_row& row : triage::bandwidth::codes) {
    CAPTURE(row.code);
    const auto it = rows.find(row.code);
    REQUIRE(it != rows.end());
    const std::vector<std::string>& f = it->second;
    const bool unnamed = f[1].rfind("(no name given", 0) == 0;
    CHECK(row.name == (unnamed ? std::string() : f[1]));
    CHECK(row.meaning == f[2]);
    CHECK(triage::to_string(row.verdict.outcome) == f[5]);
    CHECK(row.source_url == f[7]);
    const bool unverified = f[2].rfind("(Unverified)", 0) == 0;
    const bool legacy = f[3].find("[legacy") != std::string::npos;
    CHECK(row.source == (unverified ? triage::bandwidth::source::third_party
                         : legacy   ? triage::bandwidth::source::legacy
                                    : triage::bandwidth::source::bandwidth_docs));
  }
}

TEST_CASE("code rows are consistent: retry advice only on retryable rows, a category on every failure") {
  std::size_t permanent = 0, retryable = 0, unknown = 0;
  for (const triage::bandwidth::code_row& row : triage::bandwidth::codes) {
    CAPTURE(row.code);
    CHECK(row.code >= 4000);
    CHECK(row.code <= 9999);
    CHECK(row.verdict.category != category::none);
    CHECK((row.verdict.outcome == outcome::permanent || row.verdict.outcome == outcome::retryable ||
           row.verdict.outcome == outcome::unknown));
    CHECK((row.verdict.outcome == outcome::retryable) == (row.verdict.retry != retry_advice::none));
    CHECK_FALSE(row.verdict.rule.empty());
    CHECK_FALSE(row.source_url.empty());
    CHECK(triage::bandwidth::find_code(row.code) == &row);
    permanent += row.verdict.outcome == outcome::permanent;
    retryable += row.verdict.outcome == outcome::retryable;
    unknown += row.verdict.outcome == outcome::unknown;
    // Bandwidth: carrier-reported service failures (56xx) get at most one retry.
    if (row.code >= 5600 && row.code <= 5699 && row.verdict.outcome == outcome::retryable) {
      CHECK(row.verdict.retry == retry_advice::retry_once);
    }
  }
  // The research notes' own count (bandwidth.md, "Completeness of the CSV").
  CHECK(permanent == 59);
  CHECK(retryable == 25);
  CHECK(unknown == 5);
}

TEST_CASE("9902 and 9999 are unknown outcomes, never a resend trigger") {
  triage::parser parser;
  for (std::int64_t code : {9902, 9999}) {
    CAPTURE(code);
    const triage::verdict v = classify_payload(parser, failed_event(std::to_string(code)));
    CHECK(v.outcome == outcome::unknown);
    CHECK(v.retry == retry_advice::none);
  }
}

TEST_CASE("codes not in the table fall back by range, first range first") {
  triage::parser parser;
  struct sample {
    std::int64_t code;
    outcome expected_outcome;
    category expected_category;
    retry_advice expected_retry;
  };
  const sample samples[] = {
      {4000, outcome::permanent, category::unknown, retry_advice::none},
      {4999, outcome::permanent, category::unknown, retry_advice::none},
      {4444, outcome::permanent, category::unknown, retry_advice::none},
      {4703, outcome::permanent, category::carrier, retry_advice::none},
      {4799, outcome::permanent, category::carrier, retry_advice::none},
      {5000, outcome::retryable, category::platform, retry_advice::retry_once},
      {5102, outcome::retryable, category::platform, retry_advice::retry_once},
      {5599, outcome::retryable, category::platform, retry_advice::retry_once},
      {5601, outcome::retryable, category::carrier, retry_advice::retry_once},
      {5699, outcome::retryable, category::carrier, retry_advice::retry_once},
      {5700, outcome::retryable, category::platform, retry_advice::retry_once},
      {9000, outcome::unknown, category::unknown, retry_advice::none},
      {9901, outcome::unknown, category::unknown, retry_advice::none},
      {0, outcome::unknown, category::unknown, retry_advice::none},
      {-4432, outcome::unknown, category::unknown, retry_advice::none},
      {3999, outcome::unknown, category::unknown, retry_advice::none},
      {6000, outcome::unknown, category::unknown, retry_advice::none},
      {10000, outcome::unknown, category::unknown, retry_advice::none},
      {902, outcome::unknown, category::unknown, retry_advice::none},
  };
  for (const sample& s : samples) {
    CAPTURE(s.code);
    REQUIRE(triage::bandwidth::find_code(s.code) == nullptr);
    triage::callback_fields fields;
    const triage::verdict v = classify_payload(parser, failed_event(std::to_string(s.code)), &fields);
    CHECK(v.outcome == s.expected_outcome);
    CHECK(v.category == s.expected_category);
    CHECK(v.retry == s.expected_retry);
    CHECK(v.rule == triage::bandwidth::find_code_range(s.code).verdict.rule);
    CHECK(fields.code == std::optional<std::int64_t>(s.code));
    CHECK_FALSE(fields.detail);
  }
}

TEST_CASE("every range row decides the codes at its bounds that no code row claims") {
  triage::parser parser;
  for (const triage::bandwidth::code_range_row& range : triage::bandwidth::code_ranges) {
    CAPTURE(range.first, range.last);
    CHECK(range.first <= range.last);
    std::size_t tried = 0;
    for (std::int64_t code : {range.first, range.last, range.first + (range.last - range.first) / 2}) {
      if (triage::bandwidth::find_code(code) != nullptr) continue;
      if (&triage::bandwidth::find_code_range(code) != &range) continue;  // an earlier, narrower range wins
      CAPTURE(code);
      const triage::verdict v = classify_payload(parser, failed_event(std::to_string(code)));
      CHECK(v.outcome == range.verdict.outcome);
      CHECK(v.category == range.verdict.category);
      CHECK(v.retry == range.verdict.retry);
      CHECK(v.rule == "bandwidth errorCode " + std::to_string(range.first) + "-" + std::to_string(range.last));
      ++tried;
    }
    CHECK(tried > 0);
  }
}

TEST_CASE("every type row gives its kind and verdict, whatever errorCode or description says") {
  triage::parser parser;
  for (const triage::bandwidth::type_row& row : triage::bandwidth::types) {
    CAPTURE(row.type);
    for (const char* extra : {"", R"(,"errorCode":4720)"}) {
      CAPTURE(extra);
      const std::string json = R"([{"type":")" + std::string(row.type) + R"(","description":"rejected, failed")" +
                               extra + R"(,"message":{"id":"m"}}])";
      auto batch = parser.parse(std::string_view(json));
      REQUIRE(batch);
      REQUIRE(batch->size() == 1);
      const auto* event = (*batch)[0].get_if<triage::bandwidth::message_callback>();
      REQUIRE(event != nullptr);
      CHECK(event->kind == row.kind);
      CHECK((*batch)[0].kind() == triage::to_string(row.kind));
      const triage::verdict v = triage::classify((*batch)[0]);
      const bool failed = row.kind == kind::message_failed || row.kind == kind::multichannel_failed;
      if (failed && extra[0] != '\0') {
        CHECK(v == triage::bandwidth::classify_error_code(4720));  // errorCode decides a failure
        continue;
      }
      CHECK(v.outcome == row.verdict.outcome);
      CHECK(v.category == row.verdict.category);
      CHECK(v.retry == row.verdict.retry);
      CHECK(v.rule == "bandwidth type " + std::string(row.type));
    }
  }
  CHECK(std::size(triage::bandwidth::types) == 13);
}

TEST_CASE("an unknown or missing type is kept raw and classified unknown, not an error") {
  triage::parser parser;
  for (const std::string& type : {std::string(R"("type":"message-scheduled",)"), std::string(R"("type":"queued",)"),
                                  std::string(R"("type":"",)"), std::string(R"("type":null,)"), std::string()}) {
    CAPTURE(type);
    const std::string json = "[{" + type + R"("errorCode":4720,"message":{"id":"m"}}])";
    auto batch = parser.parse(std::string_view(json), triage::provider::bandwidth);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const auto* event = (*batch)[0].get_if<triage::bandwidth::message_callback>();
    REQUIRE(event != nullptr);
    CHECK(event->kind == kind::unknown);
    CHECK((*batch)[0].kind() == "unknown");
    CHECK((*batch)[0].status() == event->type);
    const triage::verdict v = triage::classify((*batch)[0]);
    CHECK(v.outcome == outcome::unknown);
    CHECK(v.category == category::unknown);
    CHECK(v.rule == triage::bandwidth::unknown_type.verdict.rule);
  }
}

TEST_CASE("message-failed without errorCode is unknown, and its description is never read") {
  triage::parser parser;
  for (const char* description : {"forbidden to country", "delivery-receipt-expired", "ok"}) {
    CAPTURE(description);
    const std::string json = std::string(R"([{"type":"message-failed","description":")") + description +
                             R"(","errorCode":null,"message":{"id":"m"}}])";
    const triage::verdict v = classify_payload(parser, json);
    CHECK(v.outcome == outcome::unknown);
    CHECK(v.category == category::unknown);
    CHECK(v.rule == "bandwidth type message-failed");
  }
}

TEST_CASE("a hand-built event classifies by its type, not by the parser's kind") {
  triage::bandwidth::message_callback event;
  event.type = "message-failed";
  event.error_code = 4775;
  CHECK(event.kind == kind::unknown);
  const triage::verdict v = triage::bandwidth::classify(event);
  CHECK(v.outcome == outcome::permanent);
  CHECK(v.category == category::compliance);
  // Run-time checks, not static_asserts: under g++'s -fsanitize=undefined the null check of the table
  // lookup's pointer is not a constant expression, and the suite must build under it.
  CHECK(triage::bandwidth::classify_error_code(9902).outcome == outcome::unknown);
  CHECK(triage::bandwidth::classify_error_code(5650).retry == retry_advice::retry_once);
}

}  // namespace test_bandwidth_tables
