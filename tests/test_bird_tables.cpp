// One check per row of the Bird tables, generated from the tables the classifier itself uses, plus the
// rules between the rows: classification order, ranges, source defaults, HTTP classes, statuses.

#include <triage/triage.hpp>

#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_bird_tables {

namespace {

using triage::category;
using triage::outcome;
using triage::retry_advice;
namespace bird = triage::bird;

std::string json_string(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool is_integer(std::string_view s) {
  std::int64_t n = 0;
  return triage::detail::parse_integer(s, n);
}

/// A bare message with the given fields (after an id and a channelId, which detect it as Bird).
std::string message(const std::string& fields) {
  return R"({"id":"m-1","channelId":"c-1")" + (fields.empty() ? std::string() : "," + fields) + "}";
}

std::string failure_source(std::string_view name, const std::string& code_json) {
  return R"("status":"delivery_failed","failure":{"source":{"name":)" + json_string(name) +
         (code_json.empty() ? std::string() : R"(,"code":)" + code_json) + "}}";
}

triage::verdict classify(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) FAIL(json << ": " << batch.error().message());
  REQUIRE(batch->size() == 1);
  REQUIRE((*batch)[0].provider() == triage::provider::bird);
  return triage::classify((*batch)[0]);
}

void check_row_verdict(const triage::verdict& v, const bird::code_row& row) {
  CHECK(v.outcome == row.verdict.outcome);
  CHECK(v.category == row.verdict.category);
  CHECK(v.retry == row.verdict.retry);
  CHECK(v.rule == row.verdict.rule);
}

/// Codes of a range row ("11XXX") that no exact row claims: its first, middle and last code.
std::vector<std::int64_t> codes_only_in_range(const bird::code_row& range) {
  const std::int64_t prefix = std::stoll(std::string(range.code.substr(0, range.code.find('X'))));
  std::int64_t scale = 1;
  for (char c : range.code) {
    if (c == 'X') scale *= 10;
  }
  std::vector<std::int64_t> out;
  for (std::int64_t code : {prefix * scale, prefix * scale + scale / 2 + 7, prefix * scale + scale - 1}) {
    bool exact = false;
    for (const auto& row : bird::codes) {
      exact = exact || (row.source == bird::failure_code_source && row.code == std::to_string(code));
    }
    if (!exact) out.push_back(code);
  }
  return out;
}

/// Every payload that must reach `row`, derived from the row's source and code only.
std::vector<std::string> payloads_for(const bird::code_row& row) {
  std::vector<std::string> out;
  const std::string code(row.code);
  if (row.source == bird::failure_code_source) {
    if (row.code.back() == 'X') {
      for (std::int64_t c : codes_only_in_range(row)) {
        out.push_back(message(R"("status":"delivery_failed","failure":{"code":)" + std::to_string(c) + "}"));
        out.push_back(message(R"("status":"sending_failed","failure":{"code":")" + std::to_string(c) + "\"}"));
      }
    } else {
      out.push_back(message(R"("status":"delivery_failed","failure":{"code":)" + code + "}"));
      out.push_back(message(R"("failure":{"code":")" + code + "\"}"));
    }
  } else if (row.source == bird::status_reason_source || row.source == bird::v1_sms_source ||
             row.source == bird::v1_whatsapp_source) {
    std::string spaced = code;
    for (char& c : spaced) c = c == '_' ? ' ' : c;
    if (row.source == bird::v1_whatsapp_source) {
      out.push_back(message(R"("status":"delivery_failed","details":)" + json_string(code) +
                            R"(,"failure":{"source":{"name":"whatsapp"}})"));
      out.push_back(R"({"service":"channels","event":"whatsapp.outbound","payload":{"id":"m","details":)" +
                    json_string(code) + "}}");
    } else {
      out.push_back(message(R"("status":"delivery_failed","details":)" + json_string(code)));
      out.push_back(message(R"("details":)" + json_string(spaced)));
      out.push_back(message(R"("reason":"details: )" + spaced + "; reason: " + code + R"(; code: 99999")"));
      out.push_back(message(R"("reason":)" + json_string(spaced)));
      // The slug decides before failure.code does.
      out.push_back(message(R"("details":)" + json_string(code) + R"(,"failure":{"code":15999})"));
    }
  } else if (row.source == bird::legacy_status_source) {
    out.push_back(message(R"("status":)" + json_string(code)));
    out.push_back(message(R"("status":)" + json_string(code) + R"(,"direction":"outgoing","details":"x")"));
  } else {
    // A real failure.source.name: through every source of the docs whose code table this is.
    for (const auto& source : bird::sources) {
      if (source.code_table != row.source) continue;
      out.push_back(message(failure_source(source.name, json_string(code))));
      if (is_integer(code)) {
        out.push_back(message(failure_source(source.name, code)));
        // The source code decides before the slug and failure.code do.
        out.push_back(message(failure_source(source.name, code) + R"(,"details":"unknown_subscriber")"));
      }
    }
    if (row.source == "sms-messagebird") {
      // The structured SMS reason's code stands in for a missing source code.
      out.push_back(message(R"("status":"delivery_failed","reason":"details: x; reason: zz; code: )" + code + "\""));
      out.push_back(message(R"("reason":"code: )" + code + R"(","failure":{"source":{"name":"sms-messagebird"}})"));
    }
  }
  return out;
}

struct csv_row {
  std::vector<std::string> cells;
};

std::vector<csv_row> read_csv(const std::string& text) {
  std::vector<csv_row> rows;
  csv_row row;
  std::string cell;
  bool quoted_cell = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted_cell) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted_cell = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted_cell = true;
    } else if (c == ',') {
      row.cells.push_back(cell);
      cell.clear();
    } else if (c == '\n') {
      row.cells.push_back(cell);
      cell.clear();
      rows.push_back(row);
      row.cells.clear();
    } else if (c != '\r') {
      cell += c;
    }
  }
  if (!cell.empty() || !row.cells.empty()) {
    row.cells.push_back(cell);
    rows.push_back(row);
  }
  return rows;
}

std::optional<outcome> outcome_named(const std::string& name) {
  for (outcome o : triage::all_outcomes) {
    if (triage::to_string(o) == name) return o;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("every row of the Bird code table classifies as the table says") {
  triage::parser parser;
  std::size_t rows = 0;
  std::size_t payloads = 0;
  for (const auto& row : bird::codes) {
    CAPTURE(row.source, row.code);
    const std::vector<std::string> jsons = payloads_for(row);
    REQUIRE_FALSE(jsons.empty());
    for (const std::string& json : jsons) {
      CAPTURE(json);
      check_row_verdict(classify(parser, json), row);
      ++payloads;
    }
    ++rows;
  }
  CHECK(rows == 97);
  CHECK(payloads > 3 * rows);
}

TEST_CASE("the Bird code table is messagebird_error_codes.csv, row for row") {
  const std::vector<csv_row> csv = read_csv(triage_test::fixture("bird/reference/messagebird_error_codes.csv"));
  REQUIRE(csv.size() == 98);
  const std::vector<std::string> header = {"source", "code",      "name", "meaning", "our_suggested_outcome",
                                           "reason", "source_url"};
  CHECK(csv[0].cells == header);
  REQUIRE(std::size(bird::codes) == csv.size() - 1);
  for (std::size_t i = 1; i < csv.size(); ++i) {
    const auto& cells = csv[i].cells;
    const auto& row = bird::codes[i - 1];
    CAPTURE(i, row.source, row.code);
    REQUIRE(cells.size() == 7);
    CHECK(row.source == cells[0]);
    CHECK(row.code == cells[1]);
    CHECK(row.name == cells[2]);
    CHECK(row.meaning == cells[3]);
    CHECK(row.csv_outcome == outcome_named(cells[4]));
    CHECK(row.why == cells[5]);
    CHECK(row.source_url == cells[6]);
  }
}

TEST_CASE("the table follows the CSV's suggested outcome except where a comment says why not") {
  std::set<std::string> disagreements;
  for (const auto& row : bird::codes) {
    if (row.verdict.outcome != row.csv_outcome)
      disagreements.insert(std::string(row.source) + " " + std::string(row.code));
  }
  CHECK(disagreements == std::set<std::string>{"messagebird-legacy-sms-status expired", "line 409"});
}

TEST_CASE("every Bird rule is 'bird <field> <value>', the field the row is matched against") {
  // Written out here rather than taken from csv_fields, so that a changed field shows in this test.
  const std::map<std::string_view, std::string> field = {
      {"bird-failure-code", "failure.code"},
      {"sms-messagebird", "failure.source.code sms-messagebird"},
      {"sms-messagebird-status-reason", "details sms-messagebird-status-reason"},
      {"messagebird-legacy-sms-status", "status"},
      {"whatsapp", "failure.source.code whatsapp"},
      {"facebook", "failure.source.code facebook"},
      {"line", "failure.source.code line"},
      {"bird-v1-sms", "details bird-v1-sms"},
      {"bird-v1-whatsapp", "details bird-v1-whatsapp"}};
  for (const auto& row : bird::codes) {
    CAPTURE(row.source, row.code);
    REQUIRE(field.count(row.source) == 1);
    std::string value(row.code);
    if (bird::detail::is_range_code(row.code)) {
      // "11XXX" is written as the codes it holds.
      const std::string prefix(row.code.substr(0, row.code.find_first_of("Xx")));
      const std::string zeros(row.code.size() - prefix.size(), '0');
      const std::string nines(row.code.size() - prefix.size(), '9');
      value = prefix + zeros + "-" + prefix + nines;
    }
    CHECK(row.verdict.rule == "bird " + field.at(row.source) + " " + value);
  }
  for (const auto& row : bird::sources) CHECK(row.verdict.rule == "bird failure.source.name " + std::string(row.name));
  for (const auto& row : bird::statuses) {
    CHECK(row.verdict.rule == "bird status " + std::string(triage::to_string(row.status)));
  }
  for (const auto& row : bird::http_classes) {
    const std::string range =
        row.first == row.last ? std::to_string(row.first) : std::to_string(row.first) + "-" + std::to_string(row.last);
    CHECK(row.verdict.rule == "bird failure.source.code " + range);
  }
}

TEST_CASE("every Bird table row is well formed") {
  std::set<std::string_view> rules;
  for (const auto& row : bird::codes) {
    CAPTURE(row.source, row.code);
    CHECK(row.source_url.substr(0, 8) == "https://");
    CHECK_FALSE(row.verdict.rule.empty());
    CHECK(rules.insert(row.verdict.rule).second);
    // Retry advice exactly on retryable outcomes; a failure always has a category.
    CHECK((row.verdict.outcome == outcome::retryable) == (row.verdict.retry != retry_advice::none));
    CHECK(row.verdict.category != category::none);
    if (row.verdict.outcome == outcome::permanent || row.verdict.outcome == outcome::retryable)
      CHECK(row.verdict.category != category::unknown);
  }
  for (const auto& row : bird::sources) {
    CAPTURE(row.name);
    CHECK(row.source_url.substr(0, 8) == "https://");
    CHECK((row.verdict.outcome == outcome::retryable) == (row.verdict.retry != retry_advice::none));
    CHECK(row.verdict.category != category::none);
    bool table_exists = row.code_table.empty();
    for (const auto& code : bird::codes) table_exists = table_exists || code.source == row.code_table;
    CHECK(table_exists);
  }
  for (const auto& row : bird::statuses) {
    CAPTURE(std::string(triage::to_string(row.status)));
    CHECK(row.source_url.substr(0, 8) == "https://");
  }
  for (const auto& row : bird::http_classes) {
    CAPTURE(row.verdict.rule);
    CHECK(row.first <= row.last);
    CHECK(row.source_url.substr(0, 8) == "https://");
  }
}

TEST_CASE("DESIGN.md's 'Bird: retry unavailable subscribers' is the verdict's retry advice") {
  triage::parser parser;
  for (const std::string& json :
       {message(failure_source("sms-messagebird", "\"27\"")), message(R"("details":"unavailable_subscriber")"),
        message(R"("reason":"details: unavailable subscriber; reason: unavailable_subscriber; code: 31")")}) {
    CAPTURE(json);
    const triage::verdict v = classify(parser, json);
    CHECK(v.outcome == outcome::retryable);
    CHECK(v.category == category::unreachable);
    CHECK(v.retry == retry_advice::retry_later);
  }
}

TEST_CASE("failure.code ranges: exact rows first, then the range; codes outside every range fall through") {
  triage::parser parser;
  triage::verdict v = classify(parser, message(R"("status":"delivery_failed","failure":{"code":12001})"));
  CHECK(v.outcome == outcome::retryable);
  CHECK(v.rule == "bird failure.code 12001");
  v = classify(parser, message(R"("status":"delivery_failed","failure":{"code":12004})"));
  CHECK(v.outcome == outcome::unknown);
  CHECK(v.rule == "bird failure.code 12000-12999");
  v = classify(parser, message(R"("status":"delivery_failed","failure":{"code":14002})"));
  CHECK(v.outcome == outcome::permanent);
  CHECK(v.category == category::configuration);
  for (int code : {10999, 13000, 13999, 16000, 0, -11001, 110000}) {
    CAPTURE(code);
    v = classify(parser, message(R"("status":"delivery_failed","failure":{"code":)" + std::to_string(code) + "}"));
    CHECK(v.outcome == outcome::unknown);
    CHECK(v.category == category::unknown);
    CHECK(v.rule == "bird status delivery_failed");
  }
}

TEST_CASE("a range row takes its category from a failure source that names a Bird service") {
  triage::parser parser;
  for (const auto& source : bird::sources) {
    CAPTURE(source.name);
    const triage::verdict v =
        classify(parser, message(R"("status":"sending_failed","failure":{"code":14100,"source":{"name":)" +
                                 json_string(source.name) + "}}"));
    CHECK(v.outcome == outcome::permanent);
    CHECK(v.rule == "bird failure.code 14000-14999");
    CHECK(v.category == (source.names_cause ? source.verdict.category : category::configuration));
  }
  // An exact failure.code row keeps its own category.
  const triage::verdict v =
      classify(parser, message(R"("status":"sending_failed","failure":{"code":12001,"source":{"name":"accounting"}})"));
  CHECK(v.category == category::platform);
  CHECK(v.outcome == outcome::retryable);
}

TEST_CASE("every failure source of the docs has a verdict when its code says nothing") {
  triage::parser parser;
  for (const auto& source : bird::sources) {
    CAPTURE(source.name);
    for (const std::string& code : {std::string(), std::string("\"no-such-code\""), std::string("999999")}) {
      CAPTURE(code);
      const triage::verdict v = classify(parser, message(failure_source(source.name, code)));
      CHECK(v.outcome == source.verdict.outcome);
      CHECK(v.category == source.verdict.category);
      CHECK(v.retry == source.verdict.retry);
      CHECK(v.rule == source.verdict.rule);
    }
  }
  CHECK(std::size(bird::sources) == 12);
}

TEST_CASE("HTTP-status sources classify codes outside their table by class") {
  triage::parser parser;
  struct expectation {
    const char* source;
    int code;
    const char* rule;
  };
  const expectation cases[] = {
      {"apple-business-chat", 429, "bird failure.source.code 429"},
      {"apple-business-chat", 400, "bird failure.source.code 400-499"},
      {"apple-business-chat", 418, "bird failure.source.code 400-499"},
      {"apple-business-chat", 499, "bird failure.source.code 400-499"},
      {"apple-business-chat", 500, "bird failure.source.code 500-599"},
      {"apple-business-chat", 599, "bird failure.source.code 500-599"},
      {"line", 418, "bird failure.source.code 400-499"},
      {"line", 502, "bird failure.source.code 500-599"},
      {"line", 503, "bird failure.source.code 500-599"},
      {"line", 409, "bird failure.source.code line 409"},
  };
  for (const expectation& e : cases) {
    CAPTURE(e.source, e.code);
    for (const std::string& code : {std::to_string(e.code), json_string(std::to_string(e.code))}) {
      const triage::verdict v = classify(parser, message(failure_source(e.source, code)));
      CHECK(v.rule == e.rule);
      bool row_found = false;
      for (const auto& row : bird::http_classes) {
        if (row.verdict.rule == e.rule) {
          row_found = true;
          CHECK(v.outcome == row.verdict.outcome);
          CHECK(v.category == row.verdict.category);
          CHECK(v.retry == row.verdict.retry);
        }
      }
      for (const auto& row : bird::codes) {
        if (row.verdict.rule == e.rule) {
          row_found = true;
          CHECK(v.outcome == row.verdict.outcome);
        }
      }
      CHECK(row_found);
    }
  }
  // Codes outside 4xx/5xx, and sources whose codes are not HTTP statuses, do not use the classes.
  CHECK(classify(parser, message(failure_source("apple-business-chat", "\"200\""))).rule ==
        "bird failure.source.name apple-business-chat");
  CHECK(classify(parser, message(failure_source("whatsapp", "\"503\""))).rule == "bird failure.source.name whatsapp");
}

TEST_CASE("Messenger codes: code/subcode exactly, else the code alone; instagram uses the Messenger rows") {
  triage::parser parser;
  CHECK(classify(parser, message(failure_source("facebook", "\"2/2018344\""))).rule ==
        "bird failure.source.code facebook 2/2018344");
  CHECK(classify(parser, message(failure_source("facebook", "\"4/1234\""))).rule ==
        "bird failure.source.code facebook 4");
  CHECK(classify(parser, message(failure_source("facebook", "\"77/2018344\""))).rule ==
        "bird failure.source.name facebook");
  const triage::verdict v = classify(parser, message(failure_source("instagram", "551")));
  CHECK(v.rule == "bird failure.source.code facebook 551");
  CHECK(v.outcome == outcome::permanent);
  CHECK(v.category == category::recipient);
}

TEST_CASE("a numeric code matches its row however it is written") {
  triage::parser parser;
  for (const std::string& code :
       {std::string("34"), std::string("\"34\""), std::string("\"034\""), std::string("\" 34 \"")}) {
    CAPTURE(code);
    CHECK(classify(parser, message(failure_source("sms-messagebird", code))).rule ==
          "bird failure.source.code sms-messagebird 34");
  }
}

TEST_CASE("classification order: source code, then slugs, then failure.code, then source, then status") {
  triage::parser parser;
  // Source code beats a contradicting details slug and failure.code.
  triage::verdict v =
      classify(parser, message(R"("status":"delivery_failed","details":"unknown_subscriber",)"
                               R"("failure":{"code":12001,"source":{"name":"sms-messagebird","code":"34"}})"));
  CHECK(v.rule == "bird failure.source.code sms-messagebird 34");
  // details beats the reason's slug, which beats the reason's human text.
  v = classify(parser, message(R"("details":"unknown_subscriber",)"
                               R"("reason":"details: dlr not received; reason: unavailable_subscriber; code: x")"));
  CHECK(v.rule == "bird details sms-messagebird-status-reason unknown_subscriber");
  v = classify(parser, message(R"("reason":"details: dlr not received; reason: unavailable_subscriber")"));
  CHECK(v.rule == "bird details sms-messagebird-status-reason unavailable_subscriber");
  v = classify(parser, message(R"("reason":"details: DLR not received; reason: brand_new_slug")"));
  CHECK(v.rule == "bird details sms-messagebird-status-reason dlr_not_received");
  // A source code no table knows leaves the decision to the slug.
  v = classify(parser,
               message(R"("details":"carrier_rejected","failure":{"source":{"name":"sms-messagebird","code":"777"}})"));
  CHECK(v.rule == "bird details sms-messagebird-status-reason carrier_rejected");
  // The structured reason's code is only a stand-in for the SMS source.
  v = classify(parser, message(R"("status":"delivery_failed","reason":"details: x; reason: y; code: 1",)"
                               R"("failure":{"source":{"name":"whatsapp"}})"));
  CHECK(v.rule == "bird failure.source.name whatsapp");
  // failure.code beats the source's own verdict, the source beats the status.
  v = classify(parser, message(R"("status":"delivery_failed","failure":{"code":12002,"source":{"name":"voice"}})"));
  CHECK(v.rule == "bird failure.code 12002");
  v = classify(parser, message(R"("status":"delivery_failed","failure":{"source":{"name":"voice"}})"));
  CHECK(v.rule == "bird failure.source.name voice");
}

TEST_CASE("v1 slugs are looked up for the message's own channel first") {
  triage::parser parser;
  CHECK(classify(parser, message(R"("details":"insufficient_balance")")).rule ==
        "bird details bird-v1-sms insufficient_balance");
  CHECK(
      classify(parser, message(R"("details":"insufficient_balance","failure":{"source":{"name":"whatsapp"}})")).rule ==
      "bird details bird-v1-whatsapp insufficient_balance");
  CHECK(classify(parser,
                 R"({"service":"channels","event":"whatsapp.outbound","payload":{"details":"insufficient_balance"}})")
            .rule == "bird details bird-v1-whatsapp insufficient_balance");
  // A slug of the other channel still decides when the message's own channel has none.
  CHECK(classify(parser, message(R"("details":"price_not_found")")).rule ==
        "bird details bird-v1-whatsapp price_not_found");
}

TEST_CASE("every Bird status gives its verdict; success and progress win over failure fields") {
  triage::parser parser;
  for (const auto& row : bird::statuses) {
    CAPTURE(std::string(triage::to_string(row.status)));
    const std::string status = json_string(triage::to_string(row.status));
    triage::verdict v = classify(parser, message(R"("status":)" + status + R"(,"direction":"outgoing")"));
    CHECK(v.outcome == row.verdict.outcome);
    CHECK(v.category == row.verdict.category);
    CHECK(v.retry == row.verdict.retry);
    CHECK(v.rule == row.verdict.rule);
    v = classify(parser,
                 message(R"("status":)" + status + R"(,"failure":{"source":{"name":"sms-messagebird","code":"1"}})"));
    if (row.verdict.outcome == outcome::delivered || row.verdict.outcome == outcome::pending) {
      CHECK(v.rule == row.verdict.rule);
    } else {
      CHECK(v.rule == "bird failure.source.code sms-messagebird 1");
    }
  }
  // Every named status has a verdict: from the status table or from the CSV's status rows.
  for (bird::message_status s : bird::all_message_statuses) {
    if (s == bird::message_status::other || s == bird::message_status::absent) continue;
    CAPTURE(std::string(triage::to_string(s)));
    const triage::verdict v = classify(parser, message(R"("status":)" + json_string(triage::to_string(s))));
    CHECK(v.rule != "bird status not recognised");
  }
  const triage::verdict v = classify(parser, message(R"("status":"delivery_failed")"));
  CHECK(v.outcome == outcome::unknown);
  CHECK(v.rule == "bird status delivery_failed");
}

TEST_CASE("unknown statuses and unknown failure sources classify as unknown, never as errors") {
  triage::parser parser;
  for (const char* status : {"read", "failed", "scheduled", "buffered", "DELIVERED", ""}) {
    CAPTURE(status);
    const triage::verdict v = classify(parser, message(R"("status":)" + json_string(status)));
    CHECK(v.outcome == outcome::unknown);
    CHECK(v.category == category::unknown);
    CHECK(v.rule == "bird status not recognised");
  }
  triage::verdict v =
      classify(parser, message(R"("status":"failed","failure":{"source":{"name":"telegram","code":"1"}})"));
  CHECK(v.outcome == outcome::unknown);
  CHECK(v.category == category::unknown);
  v = classify(parser, message(""));
  CHECK(v.outcome == outcome::unknown);
  CHECK(v.rule == "bird message without status or known failure");
  v = classify(parser, message(R"("details":"some_new_slug","reason":"Something new went wrong")"));
  CHECK(v.outcome == outcome::unknown);
}

TEST_CASE("inbound messages report no delivery") {
  triage::parser parser;
  for (
      const std::string& json :
      {message(R"("status":"delivered","direction":"incoming")"),
       message(
           R"("status":"delivery_failed","direction":"incoming","failure":{"source":{"name":"sms-messagebird","code":"1"}})"),
       std::string(R"({"service":"channels","event":"sms.inbound","payload":{"id":"m","status":"delivered"}})")}) {
    CAPTURE(json);
    const triage::verdict v = classify(parser, json);
    CHECK(v.outcome == outcome::none);
    CHECK(v.category == category::none);
    CHECK(v.rule == "bird inbound message");
  }
  // An explicit direction wins over the event name.
  const triage::verdict v = classify(
      parser,
      R"({"service":"channels","event":"sms.inbound","payload":{"id":"m","status":"sent","direction":"outgoing"}})");
  CHECK(v.outcome == outcome::pending);
}

TEST_CASE("the range and slug helpers behave at their edges") {
  using bird::detail::range_contains;
  using bird::detail::slug_equals;
  static_assert(range_contains("11XXX", 11000) && range_contains("11XXX", 11999));
  static_assert(!range_contains("11XXX", 10999) && !range_contains("11XXX", 12000) && !range_contains("11XXX", 1100));
  static_assert(!range_contains("XXX", 1) && !range_contains("11", 11) && !range_contains("1X1", 101));
  static_assert(slug_equals("Unknown Subscriber", "unknown_subscriber"));
  // White space around the text is trimmed once by the lookup, not by slug_equals.
  static_assert(bird::detail::find_slug(bird::status_reason_source, " Unknown Subscriber ")->code ==
                "unknown_subscriber");
  static_assert(slug_equals("dlr-not-received", "dlr_not_received"));
  static_assert(!slug_equals("unknown subscribers", "unknown_subscriber"));
  CHECK(bird::detail::code_equals("34", "034"));
  CHECK_FALSE(bird::detail::code_equals("34", "34a"));
  CHECK(bird::detail::code_equals("2/2018344", "2/2018344"));
  // The lookups are constexpr, like the tables.
  static_assert(bird::find_failure_code(11001)->verdict.outcome == outcome::permanent);
  static_assert(bird::find_failure_code(11777)->code == "11XXX");
  static_assert(bird::find_failure_code(11777)->verdict.rule == "bird failure.code 11000-11999");
  static_assert(bird::detail::find_code(bird::sms_source, "27")->verdict.retry == retry_advice::retry_later);
  static_assert(bird::find_source("instagram")->code_table == "facebook");
  static_assert(bird::find_http_class(503)->verdict.outcome == outcome::retryable);
}

TEST_CASE("the per-source index of the code table covers every row once, with its number") {
  // rows_of() lets a lookup scan one source's rows: every row must be in the block of its own source.
  std::size_t covered = 0;
  for (const bird::detail::code_block& block : bird::code_blocks) {
    CAPTURE(block.source);
    const triage::span<bird::code_row> rows = bird::rows_of(block.source);
    CHECK(rows.size() == block.count);
    for (const bird::code_row& row : rows) {
      CHECK(row.source == block.source);
      std::int64_t value = 0;
      const bool is_integer = triage::detail::parse_integer(row.code, value);
      CHECK(bird::number_of(row).is_integer == is_integer);
      if (is_integer) CHECK(bird::number_of(row).value == value);
      const bool is_range = bird::detail::is_range_code(row.code);
      CHECK(bird::number_of(row).is_range == is_range);
      if (is_range) {
        CHECK(bird::number_of(row).last - bird::number_of(row).first + 1 == 1000);
        CHECK(std::to_string(bird::number_of(row).first).substr(0, 2) == row.code.substr(0, 2));
      }
      ++covered;
    }
  }
  CHECK(covered == std::size(bird::codes));
  CHECK(bird::rows_of("no-such-source").empty());
  CHECK(bird::rows_of(bird::failure_code_source).size() >= 4);  // the four ranges at least
}

TEST_CASE("Bird enums have names, also through fmt") {
  for (bird::message_status s : bird::all_message_statuses) {
    CHECK(fmt::format("{}", s) == triage::to_string(s));
    if (s != bird::message_status::absent) {
      const std::optional<std::string_view> name = triage::to_string(s);
      CHECK(bird::status_from_string(name) == s);
    }
  }
  CHECK(bird::status_from_string(std::nullopt) == bird::message_status::absent);
  CHECK(bird::status_from_string(std::optional<std::string_view>("read")) == bird::message_status::other);
  for (bird::message_direction d : bird::all_message_directions) {
    CHECK(fmt::format("{:>9}", d) == fmt::format("{:>9}", triage::to_string(d)));
  }
  CHECK(bird::direction_from_string(std::optional<std::string_view>("incoming")) == bird::message_direction::incoming);
  CHECK(bird::direction_from_string(std::optional<std::string_view>("in")) == bird::message_direction::other);
}

}  // namespace test_bird_tables
