// One check per row of the Twilio tables, generated from the tables the classifier itself uses, and a
// cross-check of the code table against the research CSV it was written from
// (tests/fixtures/twilio/twilio_error_codes.csv, a copy of shared/reference/twilio_error_codes.csv).

#include <triage/triage.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_twilio_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

/// A status callback of Twilio's shape (twilio.md section 3.1) with the given status and, if not empty, code.
std::string status_form(const std::string& status, const std::string& error_code) {
  std::string form =
      "MessageSid=SM1f0e8ae6ade43cb3c0ce4525424e404f&AccountSid=AC3cfc4b5a78368f2cdb70baf2c945aee7"
      "&From=%2B15017122661&To=%2B15558675310&ApiVersion=2010-04-01&MessageStatus=" +
      status + "&SmsStatus=" + status;
  if (!error_code.empty()) form += "&ErrorCode=" + error_code;
  return form;
}

triage::verdict classify_body(triage::parser& parser, const std::string& body,
                              triage::callback_fields* fields = nullptr) {
  auto batch = parser.parse(std::string_view(body));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  REQUIRE((*batch)[0].provider() == triage::provider::twilio);
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

TEST_CASE("every Twilio code row classifies a failed and an undelivered callback as the table says") {
  triage::parser parser;
  std::size_t checked = 0;
  for (const triage::twilio::code_row& row : triage::twilio::codes) {
    CAPTURE(row.code, row.name);
    for (const char* status : {"failed", "undelivered", "FAILED"}) {
      CAPTURE(status);
      triage::callback_fields fields;
      const triage::verdict v = classify_body(parser, status_form(status, std::to_string(row.code)), &fields);
      CHECK(v.outcome == row.verdict.outcome);
      CHECK(v.category == row.verdict.category);
      CHECK(v.retry == row.verdict.retry);
      CHECK(v.rule == "twilio ErrorCode " + std::to_string(row.code));
      CHECK(fields.code == std::optional<std::int64_t>(row.code));
      CHECK(fields.kind == "message_status");
      CHECK(fields.detail == std::optional<std::string_view>(row.name));
      ++checked;
    }
    // The same verdict without the parser: the classifier is constexpr data plus a lookup.
    CHECK(triage::twilio::classify_error_code(row.code) == row.verdict);
    CHECK(triage::twilio::classify_error_code(row.code).rule == row.verdict.rule);
  }
  CHECK(checked == 3 * std::size(triage::twilio::codes));
}

TEST_CASE("the Twilio code table is the research CSV: same codes, names, verdicts, reasons and sources") {
  const std::string csv = triage_test::fixture("twilio/twilio_error_codes.csv");
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
    REQUIRE(fields.size() == 9);
    if (header) {
      CHECK(fields[0] == "code");
      CHECK(fields[4] == "our_suggested_outcome");
      CHECK(fields[5] == "our_suggested_category");
      CHECK(fields[6] == "our_suggested_retry");
      CHECK(fields[8] == "source_url");
      header = false;
      continue;
    }
    rows[std::stoll(fields[0])] = fields;
  }
  CHECK(rows.size() == 127);
  CHECK(std::size(triage::twilio::codes) == rows.size());
  for (const triage::twilio::code_row& row : triage::twilio::codes) {
    CAPTURE(row.code);
    const auto it = rows.find(row.code);
    REQUIRE(it != rows.end());
    const std::vector<std::string>& f = it->second;
    CHECK(row.name == f[1]);
    CHECK(triage::to_string(row.verdict.outcome) == f[4]);
    CHECK(triage::to_string(row.verdict.category) == f[5]);
    CHECK(triage::to_string(row.verdict.retry) == f[6]);
    CHECK(row.reason == f[7]);
    const std::string sources =
        std::string(triage::twilio::error_page_prefix) + std::to_string(row.code) +
        " ; dictionary JSON 2025-02 snapshot: " + std::string(triage::twilio::dictionary_url(row.dictionary));
    CHECK(sources == f[8]);
  }
}

TEST_CASE("Twilio code rows: the research notes' counts, retry advice only on retryable rows") {
  std::size_t permanent = 0, retryable = 0, unknown = 0, none = 0;
  for (const triage::twilio::code_row& row : triage::twilio::codes) {
    CAPTURE(row.code);
    CHECK((row.verdict.outcome == outcome::retryable || row.verdict.outcome == outcome::unknown ||
           row.verdict.retry == retry_advice::none));
    CHECK((row.verdict.outcome == outcome::none) == (row.verdict.category == category::none));
    CHECK_FALSE(row.verdict.rule.empty());
    CHECK(triage::twilio::find_code(row.code) == &row);
    permanent += row.verdict.outcome == outcome::permanent;
    retryable += row.verdict.outcome == outcome::retryable;
    unknown += row.verdict.outcome == outcome::unknown;
    none += row.verdict.outcome == outcome::none;
  }
  // twilio.md section 12: "91 permanent, 28 retryable, 3 unknown (30008, 30410, 63023) and 5 none".
  CHECK(permanent == 91);
  CHECK(retryable == 28);
  CHECK(unknown == 3);
  CHECK(none == 5);
}

TEST_CASE("every Twilio status row classifies a callback of that status without an ErrorCode") {
  triage::parser parser;
  for (const triage::twilio::status_row& row : triage::twilio::statuses) {
    CAPTURE(row.status);
    triage::callback_fields fields;
    const triage::verdict v = classify_body(parser, status_form(std::string(row.status), ""), &fields);
    CHECK(v == row.verdict);
    CHECK(v.rule == "twilio MessageStatus " + std::string(row.status));
    CHECK(fields.status == std::optional<std::string_view>(row.status));
    CHECK_FALSE(fields.code);
    CHECK(triage::twilio::find_status(row.status) == &row);
  }
  CHECK(std::size(triage::twilio::statuses) == 13);  // twilio-oai message_enum_status has 13 values
}

TEST_CASE("a status is matched without regard to case: Event Streams and some archives write it in capitals") {
  CHECK(triage::twilio::find_status("DELIVERED") == triage::twilio::find_status("delivered"));
  CHECK(triage::twilio::find_status("Undelivered") == triage::twilio::find_status("undelivered"));
  CHECK(triage::twilio::find_status("delivere") == nullptr);
  CHECK(triage::twilio::find_status("") == nullptr);
}

TEST_CASE("an ErrorCode decides only a failure: a delivered callback with a warning code stays delivered") {
  triage::parser parser;
  for (const char* code : {"30018", "30025", "30026", "30003"}) {
    CAPTURE(code);
    const triage::verdict delivered = classify_body(parser, status_form("delivered", code));
    CHECK(delivered.outcome == outcome::delivered);
    CHECK(delivered.rule == "twilio MessageStatus delivered");
    const triage::verdict sent = classify_body(parser, status_form("sent", code));
    CHECK(sent.outcome == outcome::pending);
  }
}

TEST_CASE("Twilio codes not in the table fall back by family, else unknown") {
  triage::parser parser;
  struct sample {
    std::int64_t code;
    outcome expected_outcome;
    category expected_category;
    retry_advice expected_retry;
    const char* rule;
  };
  const sample samples[] = {
      {21000, outcome::permanent, category::configuration, retry_advice::none, "twilio ErrorCode 21000-21999"},
      {21602, outcome::permanent, category::configuration, retry_advice::none, "twilio ErrorCode 21000-21999"},
      {21999, outcome::permanent, category::configuration, retry_advice::none, "twilio ErrorCode 21000-21999"},
      {30001 + 98, outcome::retryable, category::unknown, retry_advice::retry_once, "twilio ErrorCode 30001-30099"},
      {30044, outcome::retryable, category::unknown, retry_advice::retry_once, "twilio ErrorCode 30001-30099"},
      {30400, outcome::retryable, category::compliance, retry_advice::retry_later, "twilio ErrorCode 30400-30699"},
      {30699, outcome::retryable, category::compliance, retry_advice::retry_later, "twilio ErrorCode 30400-30699"},
      {63000, outcome::permanent, category::unknown, retry_advice::none, "twilio ErrorCode 63000-63099"},
      {63099, outcome::permanent, category::unknown, retry_advice::none, "twilio ErrorCode 63000-63099"},
      {30000, outcome::unknown, category::unknown, retry_advice::none, "twilio ErrorCode outside the known families"},
      {30100, outcome::unknown, category::unknown, retry_advice::none, "twilio ErrorCode outside the known families"},
      {30399, outcome::unknown, category::unknown, retry_advice::none, "twilio ErrorCode outside the known families"},
      {63100, outcome::unknown, category::unknown, retry_advice::none, "twilio ErrorCode outside the known families"},
      {0, outcome::unknown, category::unknown, retry_advice::none, "twilio ErrorCode outside the known families"},
      {999999999999999999, outcome::unknown, category::unknown, retry_advice::none,
       "twilio ErrorCode outside the known families"},
  };
  for (const sample& s : samples) {
    CAPTURE(s.code);
    REQUIRE(triage::twilio::find_code(s.code) == nullptr);
    triage::callback_fields fields;
    const triage::verdict v = classify_body(parser, status_form("undelivered", std::to_string(s.code)), &fields);
    CHECK(v.outcome == s.expected_outcome);
    CHECK(v.category == s.expected_category);
    CHECK(v.retry == s.expected_retry);
    CHECK(v.rule == s.rule);
    CHECK(fields.code == std::optional<std::int64_t>(s.code));
    CHECK_FALSE(fields.detail);
  }
}

TEST_CASE("Twilio callbacks that no status row decides: a read event, an inbound message, an unknown status") {
  triage::parser parser;
  // EventType=READ decides whatever the status says (a WhatsApp read receipt may come with MessageStatus=read).
  const triage::verdict read = classify_body(parser, status_form("delivered", "") + "&EventType=READ");
  CHECK(read == triage::twilio::read_event.verdict);
  CHECK(read.rule == "twilio EventType READ");
  // An inbound message without any status parameter.
  const triage::verdict inbound =
      classify_body(parser, "MessageSid=SM1&AccountSid=AC1&From=%2B15558675310&Body=hi&NumMedia=0");
  CHECK(inbound == triage::twilio::inbound_without_status.verdict);
  CHECK(inbound.rule == "twilio inbound message without SmsStatus");
  // A status this library does not know is kept raw and classified unknown; so is an empty MessageStatus.
  triage::callback_fields fields;
  const triage::verdict later = classify_body(parser, status_form("delivery_unknown", ""), &fields);
  CHECK(later == triage::twilio::unknown_status.verdict);
  CHECK(later.rule == "twilio MessageStatus not recognised");
  CHECK(fields.status == std::optional<std::string_view>("delivery_unknown"));
  const triage::verdict empty = classify_body(parser, "MessageSid=SM1&AccountSid=AC1&MessageStatus=");
  CHECK(empty.rule == "twilio MessageStatus not recognised");
  // MessageStatus wins over SmsStatus; SmsStatus decides when MessageStatus is absent.
  CHECK(classify_body(parser, "MessageSid=SM1&AccountSid=AC1&SmsStatus=sent&MessageStatus=delivered").outcome ==
        outcome::delivered);
  CHECK(classify_body(parser, "MessageSid=SM1&AccountSid=AC1&SmsStatus=sent").outcome == outcome::pending);
  // failed/undelivered without a code: one resend, the reason unknown.
  for (const char* status : {"failed", "undelivered"}) {
    const triage::verdict v = classify_body(parser, status_form(status, ""));
    CHECK(v.outcome == outcome::retryable);
    CHECK(v.category == category::unknown);
    CHECK(v.retry == retry_advice::retry_once);
  }
  // An empty ErrorCode is no code.
  CHECK(classify_body(parser, status_form("failed", "") + "&ErrorCode=").rule == "twilio MessageStatus failed");
}

TEST_CASE("a hand-built Twilio callback classifies as the parsed one: classify reads the fields, not the kind") {
  triage::twilio::message_callback c;
  c.message_status = "undelivered";
  c.error_code = 30003;
  c.kind = triage::twilio::kind::inbound_message;  // wrong on purpose: the kind decides nothing
  CHECK(triage::twilio::classify(c).rule == "twilio ErrorCode 30003");
  static_assert(triage::twilio::classify_error_code(21610).outcome == outcome::permanent);
  static_assert(triage::twilio::classify_error_code(30003).retry == retry_advice::retry_once);
}

}  // namespace test_twilio_tables
