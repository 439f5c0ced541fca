// The Vonage tables against the research CSV (tests/fixtures/vonage/vonage_error_codes.csv, a copy of
// shared/reference/vonage_error_codes.csv), and every row through the parser and classify(): each err-code
// in a DLR of every failure status and in all three encodings, each Messages API code in every place Vonage
// puts it (an integer or string error.title, the #NNNN of error.type, v0.1's error.code, a doubled
// error.error), each status alone.

#include <triage/triage.hpp>

#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_vonage_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

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

/// The CSV's rows by their `code` column ("sms:12", "messages-status:read", ...).
std::map<std::string, std::vector<std::string>> csv_rows() {
  const std::string csv = triage_test::fixture("vonage/vonage_error_codes.csv");
  std::map<std::string, std::vector<std::string>> rows;
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
      CHECK(fields[8] == "source_url");
      header = false;
      continue;
    }
    rows[fields[0]] = fields;
  }
  return rows;
}

template <class Row>
void check_against_csv(const Row& row, const std::vector<std::string>& f) {
  CHECK(row.meaning == f[2]);
  CHECK(row.guidance == f[3]);
  CHECK(triage::to_string(row.verdict.outcome) == f[4]);
  CHECK(triage::to_string(row.verdict.category) == f[5]);
  CHECK(triage::to_string(row.verdict.retry) == f[6]);
  CHECK(row.note == f[7]);
  CHECK(row.source_url == f[8]);
}

/// The one callback of a body, classified.
triage::verdict verdict_of(triage::parser& parser, const std::string& body,
                           triage::body_format format = triage::body_format::json) {
  auto batch = parser.parse(std::string_view(body), format);
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  REQUIRE((*batch)[0].provider() == triage::provider::vonage);
  return triage::classify((*batch)[0]);
}

std::string dlr_json(const std::string& status, const std::string& err_code_json) {
  std::string out = R"({"msisdn":"447700900000","to":"Acme","network-code":"23410","messageId":"0B00000127FDBC63")";
  if (!status.empty()) out += R"(,"status":")" + status + "\"";
  if (!err_code_json.empty()) out += R"(,"err-code":)" + err_code_json;
  return out + "}";
}

std::string dlr_form(const std::string& status, const std::string& err_code) {
  std::string out = "msisdn=447700900000&to=Acme&network-code=23410&messageId=0B00000127FDBC63";
  if (!status.empty()) out += "&status=" + status;
  if (!err_code.empty()) out += "&err-code=" + err_code;
  return out;
}

std::string status_json(const std::string& status, const std::string& error_json) {
  std::string out = R"({"message_uuid":"aaaaaaaa-bbbb-cccc-dddd-0123456789ab","to":"447700900000",)"
                    R"("from":"Acme","timestamp":"2020-01-01T14:00:00.000Z","channel":"sms")";
  if (!status.empty()) out += R"(,"status":")" + status + "\"";
  if (!error_json.empty()) out += R"(,"error":)" + error_json;
  return out + "}";
}

void check_verdict(const triage::verdict& got, const triage::verdict& want) {
  CHECK(got.outcome == want.outcome);
  CHECK(got.category == want.category);
  CHECK(got.retry == want.retry);
  CHECK(got.rule == want.rule);
}

}  // namespace

TEST_CASE("Vonage: the tables are the research CSV, every row, with its verdict, words and sources") {
  const auto rows = csv_rows();
  CHECK(rows.size() == 99);
  std::size_t matched = 0;
  for (const auto& row : triage::vonage::sms_statuses) {
    CAPTURE(row.status);
    const auto it = rows.find("sms-status:" + std::string(row.status));
    REQUIRE(it != rows.end());
    check_against_csv(row, it->second);
    ++matched;
  }
  for (const auto& row : triage::vonage::sms_codes) {
    CAPTURE(row.code);
    const auto it = rows.find("sms:" + std::to_string(row.code));
    REQUIRE(it != rows.end());
    CHECK(row.name == it->second[1]);
    check_against_csv(row, it->second);
    ++matched;
  }
  for (const auto& row : triage::vonage::message_statuses) {
    CAPTURE(row.status);
    const auto it = rows.find("messages-status:" + std::string(row.status));
    REQUIRE(it != rows.end());
    check_against_csv(row, it->second);
    ++matched;
  }
  for (const auto& row : triage::vonage::message_codes) {
    CAPTURE(row.code);
    const auto it = rows.find("messages:" + std::to_string(row.code));
    REQUIRE(it != rows.end());
    CHECK(row.name == it->second[1]);
    check_against_csv(row, it->second);
    ++matched;
  }
  CHECK(matched == rows.size());
  CHECK(std::size(triage::vonage::sms_statuses) == 7);
  CHECK(std::size(triage::vonage::sms_codes) == 23);
  CHECK(std::size(triage::vonage::message_statuses) == 5);
  CHECK(std::size(triage::vonage::message_codes) == 64);
}

TEST_CASE("Vonage: rows are consistent: retry advice only on retryable rows, a category on every failure") {
  auto check_row = [](const triage::verdict& v) {
    if (v.outcome == outcome::retryable) {
      CHECK(v.retry != retry_advice::none);
    } else {
      CHECK(v.retry == retry_advice::none);
    }
    const bool failed = v.outcome == outcome::retryable || v.outcome == outcome::permanent;
    CHECK((v.category != category::none) == (failed || v.outcome == outcome::unknown));
    CHECK_FALSE(v.rule.empty());
  };
  for (const auto& row : triage::vonage::sms_statuses) check_row(row.verdict);
  for (const auto& row : triage::vonage::sms_codes) check_row(row.verdict);
  for (const auto& row : triage::vonage::message_statuses) check_row(row.verdict);
  for (const auto& row : triage::vonage::message_codes) check_row(row.verdict);
  CHECK(triage::vonage::sms_code_rules[0].view() == "vonage err-code 0");
  CHECK(triage::vonage::sms_status_rules[0].view() == "vonage status sms accepted");
  CHECK(triage::vonage::message_status_rules[0].view() == "vonage status messages submitted");
  CHECK(triage::vonage::message_code_rules[0].view() == "vonage error 1000");
}

TEST_CASE("Vonage: every DLR status row decides a receipt without err-code, in JSON, form and query") {
  triage::parser parser;
  for (const auto& row : triage::vonage::sms_statuses) {
    const std::string status(row.status);
    CAPTURE(status);
    check_verdict(verdict_of(parser, dlr_json(status, "")), row.verdict);
    check_verdict(verdict_of(parser, dlr_json(status, "\"0\"")), row.verdict);
    check_verdict(verdict_of(parser, dlr_form(status, ""), triage::body_format::form), row.verdict);
    check_verdict(verdict_of(parser, "?" + dlr_form(status, "0"), triage::body_format::query), row.verdict);
  }
}

TEST_CASE("Vonage: every non-zero err-code row decides a failed, rejected, expired, unknown or statusless DLR") {
  triage::parser parser;
  const triage::verdict& accepted = triage::vonage::find_sms_status("accepted")->verdict;
  const triage::verdict& delivered = triage::vonage::find_sms_status("delivered")->verdict;
  std::size_t rows = 0;
  for (const auto& row : triage::vonage::sms_codes) {
    if (row.code == 0) continue;
    const std::string code = std::to_string(row.code);
    CAPTURE(code);
    for (const char* status : {"failed", "rejected", "expired", "unknown", "", "undelivered"}) {
      CAPTURE(status);
      check_verdict(verdict_of(parser, dlr_json(status, "\"" + code + "\"")), row.verdict);
      check_verdict(verdict_of(parser, dlr_json(status, code)), row.verdict);  // a JSON number
      check_verdict(verdict_of(parser, dlr_form(status, code), triage::body_format::form), row.verdict);
    }
    // An intermediate status or a delivery decides alone, whatever the code ("ignore the value of err-code").
    check_verdict(verdict_of(parser, dlr_json("accepted", code)), accepted);
    check_verdict(verdict_of(parser, dlr_form("buffered", code), triage::body_format::query),
                  triage::vonage::find_sms_status("buffered")->verdict);
    check_verdict(verdict_of(parser, dlr_json("delivered", code)), delivered);
    ++rows;
  }
  CHECK(rows == 22);
}

TEST_CASE("Vonage: err-code 0, a code not in the table and a non-numeric code leave the DLR to its status") {
  triage::parser parser;
  for (const char* status : {"failed", "rejected", "expired", "unknown"}) {
    CAPTURE(status);
    const triage::verdict& want = triage::vonage::find_sms_status(status)->verdict;
    for (const char* code : {"0", "77", "100", "-1", "x1"}) {
      CAPTURE(code);
      check_verdict(verdict_of(parser, dlr_form(status, code), triage::body_format::form), want);
    }
  }
  // Row 0 says delivered, but only a delivered status decides so (the CSV's reason for the row).
  CHECK(triage::vonage::find_sms_code(0)->verdict.outcome == outcome::delivered);
  const triage::verdict none_status = verdict_of(parser, dlr_json("", "\"0\""));
  check_verdict(none_status, triage::vonage::unknown_sms_status);
  const triage::verdict other = verdict_of(parser, dlr_json("DELIVRD", "\"77\""));
  check_verdict(other, triage::vonage::unknown_sms_status);
  CHECK(other.rule == "vonage status sms not recognised");
}

TEST_CASE("Vonage: every Messages API status row decides an event without an error") {
  triage::parser parser;
  for (const auto& row : triage::vonage::message_statuses) {
    const std::string status(row.status);
    CAPTURE(status);
    check_verdict(verdict_of(parser, status_json(status, "")), row.verdict);
    check_verdict(verdict_of(parser, status_json(status, "null")), row.verdict);
    check_verdict(verdict_of(parser, status_json(status, R"({"detail":"no code here"})")), row.verdict);
  }
  check_verdict(verdict_of(parser, status_json("deleted", "")), triage::vonage::unknown_message_status);
  check_verdict(verdict_of(parser, status_json("", "")), triage::vonage::inbound_verdict);
}

TEST_CASE("Vonage: every Messages API code row decides a rejected or undeliverable event, wherever the code is") {
  triage::parser parser;
  std::size_t rows = 0;
  for (const auto& row : triage::vonage::message_codes) {
    const std::string code = std::to_string(row.code);
    CAPTURE(code);
    const std::vector<std::string> errors = {
        R"({"type":"https://developer.vonage.com/api-errors/messages#)" + code + R"(","title":")" + code +
            R"(","detail":"d","instance":"i"})",
        R"({"type":"https://developer.nexmo.com/api-errors/messages-olympus#)" + code + R"(","title":)" + code + "}",
        R"({"type":"https://developer.vonage.com/api-errors/messages#)" + code + R"(","title":"Some title"})",
        R"({"code":)" + code + R"(,"reason":"r"})",
        R"({"error":{"title":")" + code + R"("}})",
    };
    for (const char* status : {"rejected", "undeliverable"}) {
      for (const std::string& error : errors) {
        CAPTURE(status, error);
        check_verdict(verdict_of(parser, status_json(status, error)), row.verdict);
      }
    }
    // submitted carries a code while Vonage retries; delivered and read are what they say.
    for (const char* status : {"submitted", "delivered", "read"}) {
      CAPTURE(status);
      check_verdict(verdict_of(parser, status_json(status, errors[0])),
                    triage::vonage::find_message_status(status)->verdict);
    }
    ++rows;
  }
  CHECK(rows == 64);
}

TEST_CASE("Vonage: a Messages API code not in the table leaves the event to its status") {
  triage::parser parser;
  for (const char* status : {"rejected", "undeliverable"}) {
    CAPTURE(status);
    const triage::verdict& want = triage::vonage::find_message_status(status)->verdict;
    for (const char* error : {R"({"title":"9999"})", R"({"type":"https://developer.vonage.com/api-errors/messages"})",
                              R"({"type":"x#abc","title":"Throttled"})", R"({"code":42})"}) {
      CAPTURE(error);
      check_verdict(verdict_of(parser, status_json(status, error)), want);
    }
  }
}

TEST_CASE("Vonage: inbound messages of both APIs are none, whatever else they carry") {
  triage::parser parser;
  check_verdict(verdict_of(parser, "msisdn=447700900001&to=447700900000&messageId=1&text=STOP&type=text",
                           triage::body_format::form),
                triage::vonage::inbound_verdict);
  // A binary message has data instead of text; a text message with a status is still inbound.
  check_verdict(verdict_of(parser, R"({"msisdn":"1","messageId":"m","type":"binary","data":"00"})"),
                triage::vonage::inbound_verdict);
  check_verdict(verdict_of(parser, R"({"msisdn":"1","messageId":"m","text":"hi","status":"failed","err-code":"1"})"),
                triage::vonage::inbound_verdict);
  check_verdict(verdict_of(parser, R"({"message_uuid":"u","to":"1","from":"2","message_type":"text","text":"hi"})"),
                triage::vonage::inbound_verdict);
}

TEST_CASE("Vonage: a hand-built callback classifies by its fields, not by the parser's kind") {
  triage::vonage::callback c;
  c.api = triage::vonage::api::sms;
  c.kind = triage::vonage::kind::inbound_sms;  // wrong on purpose: classify reads the fields
  c.sms.status = "failed";
  c.sms.error_code = 9;
  CHECK(triage::vonage::classify(c) == triage::vonage::find_sms_code(9)->verdict);
  c.api = triage::vonage::api::messages;
  c.messages.status = "rejected";
  c.messages.error.emplace().resolved_code = 1240;
  CHECK(triage::vonage::classify(c) == triage::vonage::find_message_code(1240)->verdict);
  static_assert(triage::vonage::classify(triage::vonage::sms_message{}).rule == "vonage status sms not recognised");
}

}  // namespace test_vonage_tables
