// One check per row of the Infobip tables, through a parsed payload, generated from the tables the
// classifier itself uses, and a cross-check of every table against the research CSV they were written from
// (tests/fixtures/infobip/infobip_error_codes.csv, a copy of shared/reference/infobip_error_codes.csv).

#include <triage/triage.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_infobip_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;

/// One v3 SMS report; `error` (JSON) is left out when empty.
std::string report(std::int64_t group_id, const std::string& status_id, const std::string& error = {}) {
  std::string json = R"({"results":[{"bulkId":"BULK-1","messageId":"MSG-1","to":"41793026727","sender":"InfoSMS",)"
                     R"("sentAt":"2019-11-09T16:00:00.000+0000","doneAt":"2019-11-09T16:00:00.000+0000",)"
                     R"("messageCount":1,"status":{"groupId":)" +
                     std::to_string(group_id);
  if (!status_id.empty()) json += R"(,"id":)" + status_id;
  json += R"(,"name":"whatever"})";
  if (!error.empty()) json += R"(,"error":)" + error;
  return json + "}]}";
}

triage::verdict classify_payload(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].provider() == triage::provider::infobip);
  CHECK((*batch)[0].kind() == "delivery_report");
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

bool is_failure(const triage::verdict& v) {
  return v.outcome == outcome::retryable || v.outcome == outcome::permanent || v.outcome == outcome::unknown;
}

}  // namespace

TEST_CASE("infobip: every row of the research CSV is a table row with the CSV's verdict, and no row is extra") {
  std::ifstream csv(std::string(TRIAGE_FIXTURES_DIR) + "/infobip/infobip_error_codes.csv");
  REQUIRE(csv);
  std::string line;
  std::getline(csv, line);
  const std::vector<std::string> header = csv_fields(line);
  REQUIRE(header.size() == 9);
  REQUIRE(header[0] == "code");
  REQUIRE(header[3] == "retry_guidance_from_source");
  REQUIRE(header[4] == "our_suggested_outcome");
  std::size_t rows = 0, status_rows = 0, error_rows = 0;
  while (std::getline(csv, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> f = csv_fields(line);
    REQUIRE(f.size() == 9);
    ++rows;
    const std::string& key = f[0];
    const std::string expected = f[4] + "," + f[5] + "," + f[6];
    const bool legacy = f[3].find("legacy") != std::string::npos;
    CAPTURE(key);
    std::string got;
    std::string_view source;
    if (key.rfind("status:", 0) == 0) {
      ++status_rows;
      const auto* row = triage::infobip::find_status(std::stoll(key.substr(7)));
      REQUIRE(row != nullptr);
      CHECK(row->name == f[1]);
      CHECK(row->meaning == f[7]);
      CHECK(row->legacy == legacy);
      // The group the CSV names first ("group 4 EXPIRED").
      CHECK(f[3].find("group " + std::to_string(row->group_id) + " ") != std::string::npos);
      got = verdict_text(row->verdict);
      source = row->source_url;
    } else {
      REQUIRE(key.rfind("error:", 0) == 0);
      ++error_rows;
      const auto* row = triage::infobip::find_error(std::stoll(key.substr(6)));
      REQUIRE(row != nullptr);
      CHECK(row->name == f[1]);
      CHECK(row->meaning == f[7]);
      CHECK(row->legacy == legacy);
      // Infobip's flag as the CSV quotes it.
      const bool says_true = f[3].find("permanent=true") != std::string::npos;
      const bool says_false = f[3].find("permanent=false") != std::string::npos;
      CHECK(row->flag == (says_true    ? triage::infobip::flag::permanent
                          : says_false ? triage::infobip::flag::not_permanent
                                       : triage::infobip::flag::unpublished));
      got = verdict_text(row->verdict);
      source = row->source_url;
    }
    CHECK(got == expected);
    CHECK(source == f[8]);
  }
  CHECK(rows == 316);
  CHECK(status_rows == 39);
  CHECK(error_rows == 277);
  CHECK(status_rows == triage::infobip::statuses.size());
  CHECK(error_rows == triage::infobip::errors.size());
}

TEST_CASE("infobip: every status row decides a report of its group without an error as the row says") {
  triage::parser parser;
  for (const triage::infobip::status_row& row : triage::infobip::statuses) {
    CAPTURE(row.id, row.name);
    CHECK_FALSE(row.meaning.empty());
    CHECK_FALSE(row.source_url.empty());
    const triage::verdict v = classify_payload(parser, report(row.group_id, std::to_string(row.id)));
    CHECK(v == row.verdict);
    CHECK(v.rule == "infobip status.id " + std::to_string(row.id));
    // An error of NO_ERROR (id 0) says nothing: the same verdict (REJECTED with NO_ERROR, reference §10.6).
    const triage::verdict with_no_error = classify_payload(
        parser, report(row.group_id, std::to_string(row.id), R"({"groupId":0,"groupName":"Ok","id":0})"));
    CHECK(with_no_error == row.verdict);
  }
}

TEST_CASE("infobip: every error row decides an UNDELIVERABLE and a REJECTED report as the row says") {
  triage::parser parser;
  for (const triage::infobip::error_row& row : triage::infobip::errors) {
    CAPTURE(row.id, row.name);
    CHECK_FALSE(row.meaning.empty());
    CHECK_FALSE(row.source_url.empty());
    if (row.id == 0) {
      CHECK(row.verdict.outcome == outcome::none);
      continue;
    }
    // Infobip's flag set against the row: the row still decides (lookups by id, the flag is only evidence).
    const std::string flag = row.flag == triage::infobip::flag::permanent ? "false" : "true";
    const std::string error = R"({"groupId":1,"groupName":"HANDSET_ERRORS","id":)" + std::to_string(row.id) +
                              R"(,"name":"ec_any_case","permanent":)" + flag + "}";
    for (std::int64_t group : {2, 5}) {
      const triage::verdict v = classify_payload(parser, report(group, group == 2 ? "4" : "6", error));
      CHECK(v == row.verdict);
      CHECK(v.rule == "infobip error.id " + std::to_string(row.id));
    }
    // The group decides first: PENDING stays pending, DELIVERED delivered, whatever the error.
    CHECK(classify_payload(parser, report(1, "7", error)).outcome == outcome::pending);
    CHECK(classify_payload(parser, report(3, "5", error)).outcome == outcome::delivered);
  }
}

TEST_CASE("infobip: the group rows, for a status id of no row or none") {
  triage::parser parser;
  for (const triage::infobip::group_row& row : triage::infobip::groups) {
    CAPTURE(row.group_id);
    CHECK_FALSE(row.meaning.empty());
    for (const std::string& id : {std::string(), std::string("424242")}) {
      const triage::verdict v = classify_payload(parser, report(row.group_id, id));
      CHECK(v == row.verdict);
      CHECK(v.rule == "infobip status.groupId " + std::to_string(row.group_id));
    }
    CHECK(row.by_error == (row.group_id == 2 || row.group_id == 5));
    CHECK(row.terminal == (row.group_id >= 2));
  }
  // Failed groups follow the tables' rules with no status row: permanent/carrier and permanent/unknown.
  CHECK(triage::infobip::find_group(2)->verdict.category == category::carrier);
  CHECK(triage::infobip::find_group(5)->verdict.category == category::unknown);
  // No group id: the status row's group, then the groupName (any case).
  CHECK(classify_payload(parser, R"({"results":[{"messageId":"m","status":{"id":12}}]})").category ==
        category::account);
  CHECK(classify_payload(parser, R"({"results":[{"messageId":"m","status":{"groupName":"delivered"}}]})").outcome ==
        outcome::delivered);
  // A group outside 0-5 (courier's UNEXPECTED) is unknown, whatever the status id.
  const triage::verdict odd = classify_payload(parser, report(9, "5"));
  CHECK(odd == triage::infobip::unknown_status);
}

TEST_CASE("infobip: an error id of no row falls back to Infobip's permanent flag, then to the status") {
  triage::parser parser;
  const std::string permanent = R"({"id":99999,"permanent":true})";
  const std::string temporary = R"({"id":99999,"permanent":false})";
  const std::string no_flag = R"({"id":99999})";
  CHECK(classify_payload(parser, report(5, "6", permanent)) == triage::infobip::unknown_error_permanent);
  CHECK(classify_payload(parser, report(2, "9", temporary)) == triage::infobip::unknown_error_not_permanent);
  CHECK(classify_payload(parser, report(2, "9", temporary)).retry == retry_advice::retry_once);
  // No flag: rule 4, the status row.
  CHECK(classify_payload(parser, report(5, "20", no_flag)) == triage::infobip::find_status(20)->verdict);
  CHECK(classify_payload(parser, report(5, "20", no_flag)).retry == retry_advice::retry_later);
}

TEST_CASE("infobip: the rows the reference names, and the flags the CSV overrules") {
  using triage::infobip::find_error;
  using triage::infobip::find_status;
  // Reference rule 2 and 4 examples.
  CHECK(find_status(2)->verdict.outcome == outcome::delivered);
  CHECK(find_status(4)->verdict.category == category::carrier);
  CHECK(find_status(9)->verdict.retry == retry_advice::retry_once);
  CHECK(find_status(12)->verdict.category == category::account);
  CHECK(find_status(20)->verdict.category == category::rate_limit);
  CHECK(find_status(21)->verdict.retry == retry_advice::retry);
  CHECK(find_status(15)->verdict.outcome == outcome::unknown);
  CHECK(find_status(29)->verdict.category == category::unknown);
  CHECK(find_status(87)->verdict.category == category::compliance);
  CHECK(find_error(9)->verdict.outcome == outcome::permanent);
  CHECK(find_error(7002)->verdict.category == category::recipient);
  // Flag true, text temporary: the CSV's call is not permanent (reference §5).
  for (std::int64_t id : {628, 51, 630, 7082}) {
    CAPTURE(id);
    REQUIRE(find_error(id) != nullptr);
    CHECK(find_error(id)->flag == triage::infobip::flag::permanent);
    CHECK(find_error(id)->verdict.outcome != outcome::permanent);
  }
  // Expiry stays unknown whatever the flag.
  for (std::int64_t id : {4098, 4100, 4101, 811, 15006}) {
    CAPTURE(id);
    REQUIRE(find_error(id) != nullptr);
    CHECK(find_error(id)->verdict.outcome == outcome::unknown);
  }
  // The id ranges of the families do not overlap, so one table serves them all.
  for (const auto& row : triage::infobip::errors) {
    CAPTURE(row.id);
    switch (row.family) {
      case triage::infobip::family::chat_error: CHECK((row.id >= 7001 && row.id <= 7281)); break;
      case triage::infobip::family::mms_error: CHECK((row.id >= 15000 && row.id <= 15203)); break;
      case triage::infobip::family::dlt_error:
        CHECK((row.id >= 4106 && row.id <= 4158));
        CHECK(row.flag == triage::infobip::flag::unpublished);
        break;
      default: CHECK(row.id <= 5492); break;
    }
    if (row.id != 0) CHECK(is_failure(row.verdict));
  }
}

}  // namespace test_infobip_tables
