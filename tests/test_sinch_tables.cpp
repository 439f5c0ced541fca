// One check per row of the Sinch tables, through a parsed payload, generated from the tables the classifier
// itself uses, and a cross-check of every table against the research CSV they were written from
// (tests/fixtures/sinch/sinch_error_codes.csv, a copy of shared/reference/sinch_error_codes.csv).

#include <triage/triage.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_sinch_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

/// A per-recipient report; `status` and `code` (JSON) are left out when empty. `type` comes last, as in the
/// signed SDK vector.
std::string recipient_report(const std::string& status, const std::string& code_json) {
  std::string json = R"({"at":"2025-01-13T09:22:40.914Z","batch_id":"01JHFFHQ0P99JPPNQPJDV7JTBP")";
  if (!code_json.empty()) json += R"(,"code":)" + code_json;
  json += R"(,"recipient":"33662162466")";
  if (!status.empty()) json += R"(,"status":")" + status + '"';
  return json + R"(,"type":"recipient_delivery_report_sms"})";
}

/// A Conversation MESSAGE_DELIVERY report; `reason` is the JSON of the reason or empty.
std::string conversation_report(const std::string& status, const std::string& reason = {}) {
  std::string report = R"({"message_id":"01EQBF0BT63J7S1FEKJZ0Z08VD","status":")" + status +
                       R"(","channel_identity":{"channel":"WHATSAPP","identity":"12345678910","app_id":""})";
  if (!reason.empty()) report += R"(,"reason":)" + reason;
  return R"({"app_id":"01EB37HMH1M6SV18BSNS3G135H","event_time":"2020-11-17T16:01:07Z","message_delivery_report":)" +
         report + "}}";
}

triage::verdict classify_payload(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].provider() == triage::provider::sinch);
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

std::string verdict_text(const triage::verdict& v) {
  return std::string(triage::to_string(v.outcome)) + "," + std::string(triage::to_string(v.category)) + "," +
         std::string(triage::to_string(v.retry));
}

bool is_no_failure(const triage::verdict& v) {
  return v.outcome == outcome::pending || v.outcome == outcome::delivered;
}

}  // namespace

TEST_CASE("sinch: every row of the research CSV is a table row with the CSV's verdict, and no row is extra") {
  std::ifstream csv(std::string(TRIAGE_FIXTURES_DIR) + "/sinch/sinch_error_codes.csv");
  REQUIRE(csv);
  std::string line;
  std::getline(csv, line);
  const std::vector<std::string> header = csv_fields(line);
  REQUIRE(header.size() == 9);
  REQUIRE(header[0] == "code");
  REQUIRE(header[4] == "our_suggested_outcome");
  std::size_t rows = 0;
  while (std::getline(csv, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> f = csv_fields(line);
    REQUIRE(f.size() == 9);
    ++rows;
    const std::string& key = f[0];
    const std::string expected = f[4] + "," + f[5] + "," + f[6];
    CAPTURE(key);
    std::string got;
    std::string_view source;
    if (key.rfind("sms:status.", 0) == 0) {
      const auto* row = triage::sinch::find_status(key.substr(11));
      REQUIRE(row != nullptr);
      CHECK(row->status == key.substr(11));
      got = verdict_text(row->verdict);
      source = row->source_url;
    } else if (key.rfind("sms:", 0) == 0) {
      const auto* row = triage::sinch::find_code(std::stoll(key.substr(4)));
      REQUIRE(row != nullptr);
      CHECK(row->name == f[1]);
      got = verdict_text(row->verdict);
      source = row->source_url;
    } else if (key.rfind("conversation:status.", 0) == 0) {
      const auto* row = triage::sinch::find_conversation_status(key.substr(20));
      REQUIRE(row != nullptr);
      got = verdict_text(row->verdict);
      source = row->source_url;
    } else if (key.rfind("conversation:sub_code.", 0) == 0) {
      const auto* row = triage::sinch::find_sub_code(key.substr(22));
      REQUIRE(row != nullptr);
      got = verdict_text(row->verdict);
      source = row->source_url;
    } else {
      REQUIRE(key.rfind("conversation:", 0) == 0);
      const auto* row = triage::sinch::find_reason(key.substr(13));
      REQUIRE(row != nullptr);
      got = verdict_text(row->verdict);
      source = row->source_url;
    }
    CHECK(got == expected);
    // Each row cites the first source of its CSV row.
    CHECK(f[8].rfind(std::string(source), 0) == 0);
  }
  CHECK(rows == 250);
  CHECK(rows == triage::sinch::statuses.size() + triage::sinch::codes.size() +
                    triage::sinch::conversation_statuses.size() + triage::sinch::reasons.size() +
                    triage::sinch::sub_codes.size());
}

TEST_CASE("sinch: every SMS type row decides as the row says") {
  triage::parser parser;
  for (const triage::sinch::type_row& row : triage::sinch::types) {
    CAPTURE(row.type);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    CHECK(triage::to_string(row.kind) == row.type);
    std::string json;
    switch (row.family) {
      case triage::sinch::family::recipient_report:
        json = R"({"batch_id":"b","recipient":"123","type":")" + std::string(row.type) + R"("})";
        break;
      case triage::sinch::family::batch_report:
        json = R"({"batch_id":"b","statuses":[{"count":1}],"type":")" + std::string(row.type) + R"("})";
        break;
      default:
        json = R"({"from":"123","to":"456","received_at":"2019-08-24T14:17:22Z","body":"hi","type":")" +
               std::string(row.type) + R"("})";
        break;
    }
    const triage::verdict v = classify_payload(parser, json);
    CHECK(v == row.verdict);
    CHECK(v.rule == "sinch type " + std::string(row.type));
  }
}

TEST_CASE("sinch: every Conversation trigger row decides as the row says") {
  triage::parser parser;
  for (const triage::sinch::trigger_row& row : triage::sinch::triggers) {
    CAPTURE(row.key);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    const std::string json = R"({"app_id":"a","project_id":"p",")" + std::string(row.key) + R"(":{"id":"x"}})";
    // Notifications have no shape of their own: the caller names Sinch.
    auto batch = parser.parse(std::string_view(json), triage::provider::sinch);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const auto& cb = (*batch)[0];
    CHECK(cb.kind() == triage::to_string(row.kind));
    const triage::verdict v = triage::classify(cb);
    CHECK(v == row.verdict);
    CHECK(v.rule == "sinch conversation " + std::string(row.key));
  }
}

TEST_CASE("sinch: every SMS status row classifies a report without a code as the row says") {
  triage::parser parser;
  for (const triage::sinch::sms_status_row& row : triage::sinch::statuses) {
    CAPTURE(row.status);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    for (const std::string& status : {std::string(row.status), triage::detail::to_ascii_lower(row.status.front()) +
                                                                   std::string(row.status.substr(1))}) {
      const triage::verdict v = classify_payload(parser, recipient_report(status, ""));
      CHECK(v == row.verdict);
      CHECK(v.rule == "sinch status " + std::string(row.status));
    }
    // Upper case, as the Python SDK mocks it.
    std::string upper(row.status);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    CHECK(classify_payload(parser, recipient_report(upper, "")) == row.verdict);
    // Code 0 ("No error") never overrules a status.
    CHECK(classify_payload(parser, recipient_report(std::string(row.status), "0")) == row.verdict);
    if (row.verdict.outcome == outcome::pending) CHECK_FALSE(row.terminal);
    if (row.verdict.outcome == outcome::delivered || row.verdict.outcome == outcome::permanent) CHECK(row.terminal);
  }
}

TEST_CASE("sinch: every code row decides a failed report, and a report without a status") {
  triage::parser parser;
  for (const triage::sinch::sms_code_row& row : triage::sinch::codes) {
    CAPTURE(row.code, row.name);
    CHECK_FALSE(row.meaning.empty());
    CHECK(row.source_url.rfind("https://", 0) == 0);
    const std::string code = std::to_string(row.code);
    const std::string expected_rule = "sinch code " + code;
    // Without a status the code decides.
    triage::verdict v = classify_payload(parser, recipient_report("", code));
    CHECK(v == row.verdict);
    CHECK(v.rule == expected_rule);
    // As a string, as Sinch's own docs example sends it.
    v = classify_payload(parser, recipient_report("", '"' + code + '"'));
    CHECK(v == row.verdict);
    for (const char* failure : {"Failed", "Aborted", "Rejected"}) {
      CAPTURE(failure);
      v = classify_payload(parser, recipient_report(failure, code));
      if (is_no_failure(row.verdict)) {
        // "No error", Queued, Dispatched and MMS Success say nothing about a failure: the status row decides.
        CHECK(v == triage::sinch::find_status(failure)->verdict);
        CHECK(v.rule == "sinch status " + std::string(failure));
      } else {
        CHECK(v == row.verdict);
        CHECK(v.rule == expected_rule);
      }
    }
    // A status that decides alone is not overruled by its code.
    CHECK(classify_payload(parser, recipient_report("Delivered", code)).outcome == outcome::delivered);
    CHECK(classify_payload(parser, recipient_report("Dispatched", code)).outcome == outcome::pending);
    CHECK((row.verdict.retry != retry_advice::none) ==
          (row.verdict.outcome == outcome::retryable ||
           (row.verdict.outcome == outcome::unknown && row.verdict.category == category::unreachable)));
  }
}

TEST_CASE("sinch: an MMS code in no row falls back by range; any other unknown code to its status row") {
  triage::parser parser;
  for (const triage::sinch::sms_code_range_row& range : triage::sinch::code_ranges) {
    CAPTURE(range.first, range.last);
    for (std::int64_t code = range.first; code <= range.last; code += 37) {
      if (triage::sinch::find_code(code) != nullptr) continue;
      CAPTURE(code);
      const triage::verdict v = classify_payload(parser, recipient_report("", std::to_string(code)));
      CHECK(v == range.verdict);
      CHECK(v.rule == "sinch code " + std::to_string(range.first) + "-" + std::to_string(range.last));
    }
  }
  // A new 4xx REST code, with its status: the status row.
  CHECK(classify_payload(parser, recipient_report("Aborted", "419")) == triage::sinch::find_status("Aborted")->verdict);
  CHECK(classify_payload(parser, recipient_report("Failed", "99999")).rule == "sinch status Failed");
  const triage::verdict none = classify_payload(parser, recipient_report("", "99999"));
  CHECK(none == triage::sinch::unknown_status);
  CHECK(none.rule == "sinch status not recognised");
  const triage::verdict odd = classify_payload(parser, recipient_report("Whatever", ""));
  CHECK(odd == triage::sinch::unknown_status);
}

TEST_CASE("sinch: every Conversation status row, and FAILED by each reason code and sub code") {
  triage::parser parser;
  for (const triage::sinch::conversation_status_row& row : triage::sinch::conversation_statuses) {
    CAPTURE(row.status);
    CHECK_FALSE(row.meaning.empty());
    const triage::verdict v = classify_payload(parser, conversation_report(std::string(row.status)));
    CHECK(v == row.verdict);
    CHECK(v.rule == "sinch conversation status " + std::string(row.status));
    // DELIVERED ignores any reason (SDK fixtures attach one); only FAILED reads it.
    const triage::verdict with_reason =
        classify_payload(parser, conversation_report(std::string(row.status), R"({"code":"RECIPIENT_NOT_OPTED_IN"})"));
    if (row.by_reason) {
      CHECK(with_reason.rule == "sinch reason.code RECIPIENT_NOT_OPTED_IN");
    } else {
      CHECK(with_reason == row.verdict);
    }
  }
  for (const triage::sinch::reason_row& row : triage::sinch::reasons) {
    CAPTURE(row.code);
    CHECK_FALSE(row.meaning.empty());
    const triage::verdict v = classify_payload(
        parser, conversation_report(
                    "FAILED", R"({"code":")" + std::string(row.code) +
                                  R"(","description":"text that decides nothing","sub_code":"UNSPECIFIED_SUB_CODE"})"));
    CHECK(v == row.verdict);
    CHECK(v.rule == "sinch reason.code " + std::string(row.code));
  }
  for (const triage::sinch::reason_row& row : triage::sinch::sub_codes) {
    CAPTURE(row.code);
    const triage::verdict v = classify_payload(
        parser, conversation_report("FAILED", R"({"code":"UNKNOWN","sub_code":")" + std::string(row.code) + R"("})"));
    if (row.verdict.outcome == outcome::unknown) {
      // No refinement: the UNKNOWN reason row decides.
      CHECK(v == triage::sinch::find_reason("UNKNOWN")->verdict);
    } else {
      CHECK(v == row.verdict);
      CHECK(v.rule == "sinch reason.sub_code " + std::string(row.code));
    }
    // A reason code that says something is not overruled by its sub code.
    CHECK(classify_payload(parser, conversation_report("FAILED", R"({"code":"RATE_LIMITED","sub_code":")" +
                                                                     std::string(row.code) + R"("})"))
              .rule == "sinch reason.code RATE_LIMITED");
  }
  // The 2020 examples' "reason": "" says nothing: the FAILED row.
  CHECK(classify_payload(parser, conversation_report("FAILED", R"("")")).rule == "sinch conversation status FAILED");
  CHECK(classify_payload(parser, conversation_report("FAILED", R"({"code":"SOMETHING_NEW"})")) ==
        triage::sinch::unknown_reason);
  CHECK(classify_payload(parser, conversation_report("SOMETHING_NEW")) == triage::sinch::unknown_conversation_status);
  CHECK(classify_payload(parser, conversation_report("delivered")).outcome == outcome::delivered);
}

}  // namespace test_sinch_tables
