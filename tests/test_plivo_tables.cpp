// One check per row of the Plivo tables, generated from the tables the classifier itself uses, through a
// parsed form body; and a cross-check of the code table against the research CSV it was written from
// (tests/fixtures/plivo/plivo_error_codes.csv, a copy of shared/reference/plivo_error_codes.csv).

#include <triage/triage.hpp>

#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_plivo_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

std::string status_form(const std::string& status, const std::string& error_code) {
  return "MessageUUID=83876bdb-2033-4876-bfaf-0ff8693705af&Status=" + status + "&ErrorCode=" + error_code +
         "&From=13342031111&To=918553651111&Units=1&TotalRate=0.0025&TotalAmount=0.0025";
}

triage::verdict classify_body(triage::parser& parser, const std::string& body,
                              triage::callback_fields* fields = nullptr) {
  auto batch = parser.parse(std::string_view(body), triage::body_format::form);
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

TEST_CASE("every Plivo status row classifies a status callback as the table says, a code or none") {
  triage::parser parser;
  for (const triage::plivo::status_row& row : triage::plivo::statuses) {
    const std::string status(row.status);
    CAPTURE(status);
    for (const std::string& code : {std::string(), std::string("000"), std::string("999999")}) {
      CAPTURE(code);
      const triage::verdict v = classify_body(parser, status_form(status, code));
      CHECK(v == row.verdict);
      CHECK(v.rule == "plivo Status " + status);
    }
  }
  // A status this library does not know is a valid callback in an unmodelled state.
  const triage::verdict other = classify_body(parser, status_form("expired", "20"));
  CHECK(other == triage::plivo::unknown_status.verdict);
  CHECK(other.rule == "plivo Status not in the status table");
}

TEST_CASE("every Plivo code row decides an undelivered, failed or rejected callback; never the others") {
  triage::parser parser;
  std::size_t checked = 0;
  for (const triage::plivo::code_row& row : triage::plivo::codes) {
    const std::string code(row.text);
    CAPTURE(code);
    for (const triage::plivo::status_row& status : triage::plivo::statuses) {
      CAPTURE(status.status);
      triage::callback_fields fields;
      const triage::verdict v = classify_body(parser, status_form(std::string(status.status), code), &fields);
      CHECK(fields.code == std::optional<std::int64_t>(row.code));
      CHECK(fields.detail == std::optional<std::string_view>(row.name));
      // 000 is success: on a failure status it says nothing, so the status decides; `failed` keeps its own
      // verdict over a code whose outcome is unknown (1000: it never left Plivo).
      const bool code_decides = status.takes_code && row.code != 0 &&
                                !(status.overrides_unknown_code && row.verdict.outcome == outcome::unknown);
      if (code_decides) {
        CHECK(v == row.verdict);
        CHECK(v.rule == "plivo ErrorCode " + code);
        ++checked;
      } else {
        CHECK(v == status.verdict);
        CHECK(v.rule == "plivo Status " + std::string(status.status));
      }
    }
  }
  // 21 codes on undelivered and rejected, 20 on failed (1000 gives way).
  CHECK(checked == 21 + 21 + 20);
}

TEST_CASE("Plivo's named cases: failed 1000, undelivered without a code, rejected, a code on delivered") {
  triage::parser parser;
  // failed + 1000: retryable once, not the code's unknown (plivo.md 13.2).
  CHECK(classify_body(parser, status_form("failed", "1000")) ==
        triage::verdict{outcome::retryable, category::platform, retry_advice::retry_once});
  // undelivered + 1000 or no code: unknown (the carrier had it); courier maps undelivered to sent, wrongly.
  CHECK(classify_body(parser, status_form("undelivered", "1000")) ==
        triage::verdict{outcome::unknown, category::unknown, retry_advice::none});
  const triage::verdict undelivered = classify_body(parser, status_form("undelivered", ""));
  CHECK(undelivered.outcome == outcome::unknown);
  CHECK(undelivered.outcome != outcome::pending);
  // rejected is a failure (novu records it as a success), with or without a code.
  CHECK(classify_body(parser, status_form("rejected", "")).outcome == outcome::permanent);
  CHECK(classify_body(parser, status_form("rejected", "200")) ==
        triage::verdict{outcome::permanent, category::compliance, retry_advice::none});
  // A code never turns a delivery into a failure, nor a queued or sent into anything but pending.
  CHECK(classify_body(parser, status_form("delivered", "30")).outcome == outcome::delivered);
  CHECK(classify_body(parser, status_form("sent", "20")).outcome == outcome::pending);
  // A code outside the table: the status decides (Plivo documents no code families).
  CHECK(classify_body(parser, status_form("undelivered", "55")).rule == "plivo Status undelivered");
  CHECK(classify_body(parser, status_form("failed", "131026")).rule == "plivo Status failed");
  // Status is case-sensitive as Plivo's keys and values are: "Delivered" is not a known status.
  CHECK(classify_body(parser, status_form("Delivered", "")) == triage::plivo::unknown_status.verdict);
}

TEST_CASE("an inbound message is none, whatever its ErrorCode or MessageIntent") {
  triage::parser parser;
  for (const std::string& body :
       {std::string("MessageUUID=u&From=1&To=2&Text=hi"), std::string("MessageUUID=u&Type=mms&Body=&ErrorCode=120"),
        std::string("MessageUUID=u&Text=STOP&MessageIntent=optout"), std::string("MessageUUID=u&Status=&Text=x")}) {
    CAPTURE(body);
    const triage::verdict v = classify_body(parser, body);
    CHECK(v == triage::plivo::inbound_verdict);
    CHECK(v.rule == "plivo inbound message (no Status)");
  }
}

TEST_CASE("the Plivo code table holds every row of the research CSV, with its suggested verdict") {
  std::ifstream in(triage_test::fixture_path("plivo/plivo_error_codes.csv"));
  REQUIRE(in);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = csv_fields(line);
  REQUIRE(header.size() == 9);
  CHECK(header[0] == "code");
  CHECK(header[4] == "our_suggested_outcome");
  std::set<std::int64_t> in_csv;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> f = csv_fields(line);
    REQUIRE(f.size() == 9);
    CAPTURE(f[0], f[1]);
    const triage::plivo::code_row* row = triage::plivo::find_code(std::stoll(f[0]));
    REQUIRE(row != nullptr);
    CHECK(row->text == f[0]);
    CHECK(triage::to_string(row->verdict.outcome) == f[4]);
    CHECK(triage::to_string(row->verdict.category) == f[5]);
    CHECK(triage::to_string(row->verdict.retry) == f[6]);
    in_csv.insert(row->code);
  }
  CHECK(in_csv.size() == 22);
  CHECK(in_csv.size() == triage::plivo::codes.size());
}

}  // namespace test_plivo_tables
