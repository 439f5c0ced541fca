// Mutations of every Infobip fixture: the same callbacks must come out whatever the key order, escaping,
// unknown fields or white space; missing optionals and nulls are fine; a wrong type inside a report makes
// that report an error record naming the field path (the rest of the batch kept), a wrong type outside the
// reports fails the payload; truncation is always an error; limits hold.

#include <triage/triage.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_mutator.hpp"
#include "support.hpp"

namespace test_infobip_mutations {

namespace {

using triage::infobip::event;

std::string show(const std::optional<std::string_view>& s) { return s ? "\"" + std::string(*s) + "\"" : "null"; }
std::string show(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string show(const std::optional<bool>& v) { return v ? (*v ? "true" : "false") : "null"; }
std::string show(const std::optional<triage::timestamp>& t) {
  return t ? show(std::optional<std::string_view>(t->raw)) : "null";
}

/// Everything the parser extracted from one callback, and its verdict, as text. Raw JSON fields (message,
/// content) and number tokens that the rewrites reformat (pricePerMessage) are left out.
std::string snapshot(const triage::callback& cb) {
  const event& e = *cb.get_if<event>();
  std::string s = "kind=" + std::string(cb.kind()) + " i=" + std::to_string(e.index) + "/" + std::to_string(e.count);
  // An error record keeps its messageId only when it came before the error: the key order decides that.
  if (e.kind == triage::infobip::kind::invalid_report) return s + " problem=" + std::string(e.problem.path());
  s += " id=" + show(e.message_id) + " bulk=" + show(e.bulk_id) + " event=" + show(e.event) +
       " channel=" + show(e.channel) + " to=" + show(e.to) + " dest=" + show(e.destination) +
       " sender=" + show(e.sender) + " from=" + show(e.from) + " sent=" + show(e.sent_at) + " done=" + show(e.done_at) +
       " seen=" + show(e.seen_at) + " recv=" + show(e.received_at) + " mc=" + show(e.message_count) +
       " sc=" + show(e.sms_count) + " mmc=" + show(e.mms_count) + " rc=" + show(e.rcs_count) +
       " mccmnc=" + show(e.mcc_mnc) + " net=" + show(e.network_id) + " cbd=" + show(e.callback_data) +
       " entity=" + show(e.entity_id) + " app=" + show(e.application_id) +
       " campaign=" + show(e.campaign_reference_id) + " interaction=" + show(e.interaction_type) +
       " conv=" + show(e.conversation_id) + " phone=" + show(e.contact_phone) + " cname=" + show(e.contact_name) +
       " text=" + show(e.text) + " clean=" + show(e.clean_text) + " kw=" + show(e.keyword) +
       " paired=" + show(e.paired_message_id) + " integ=" + show(e.integration_type) +
       " pending=" + show(e.pending_message_count);
  if (e.price) s += " currency=" + show(e.price->currency) + " traffic=" + show(e.price->traffic_type);
  if (e.status) {
    s += " status=" + show(e.status->group_id) + "/" + show(e.status->group_name) + "/" + show(e.status->id) + "/" +
         show(e.status->name) + "/" + show(e.status->description) + "/" + show(e.status->action);
  }
  if (e.error) {
    s += " error=" + show(e.error->group_id) + "/" + show(e.error->group_name) + "/" + show(e.error->id) + "/" +
         show(e.error->name) + "/" + show(e.error->description) + "/" + show(e.error->permanent);
  }
  s += " problem=" + std::string(e.problem.path());
  s += " => " + fmt::format("{} {}", triage::classify(cb), triage::classify(cb).rule);
  return s;
}

std::vector<std::string> valid_fixtures() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(triage_test::fixture_path("infobip"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string snapshot_of(triage::parser& parser, const std::string& json) {
  auto batch = parser.parse(std::string_view(json));
  if (!batch) return "error: " + fmt::format("{}", batch.error());
  std::string s;
  for (const triage::callback& cb : *batch) s += snapshot(cb) + "\n";
  return s;
}

/// The objects of a report the parser reads, and the keys it reads in each (everything else is skipped or
/// kept raw, so a wrong type there is no error).
const std::map<std::string, std::set<std::string>>& read_keys() {
  static const std::map<std::string, std::set<std::string>> keys = {
      {"",
       {"messageId",
        "bulkId",
        "event",
        "channel",
        "to",
        "destination",
        "sender",
        "from",
        "sentAt",
        "doneAt",
        "seenAt",
        "receivedAt",
        "messageCount",
        "smsCount",
        "mmsCount",
        "rcsCount",
        "mccMnc",
        "networkId",
        "callbackData",
        "price",
        "status",
        "error",
        "platform",
        "entityId",
        "applicationId",
        "campaignReferenceId",
        "interactionType",
        "conversation",
        "contact",
        "text",
        "cleanText",
        "keyword",
        "pairedMessageId",
        "integrationType"}},
      {"status", {"groupId", "groupName", "id", "name", "description", "action"}},
      {"error", {"groupId", "groupName", "id", "name", "description", "permanent"}},
      {"price", {"pricePerMessage", "currency", "trafficType"}},
      {"platform", {"entityId", "applicationId"}},
      {"contact", {"phoneNumber", "name"}},
      {"conversation", {"id"}},
  };
  return keys;
}

/// For a path "results[3].status.id": the element index, and whether the parser reads that field.
bool read_in_report(const std::string& path, std::size_t& index) {
  if (path.rfind("results[", 0) != 0) return false;
  const std::size_t close = path.find(']');
  index = std::stoul(path.substr(8, close - 8));
  if (close + 1 >= path.size()) return false;  // the element itself
  std::string rest = path.substr(close + 2);
  std::string parent;
  const std::size_t dot = rest.find('.');
  if (dot != std::string::npos) {
    parent = rest.substr(0, dot);
    rest = rest.substr(dot + 1);
    if (rest.find('.') != std::string::npos || rest.find('[') != std::string::npos) return false;
  }
  if (rest.find('[') != std::string::npos) return false;
  const auto it = read_keys().find(parent);
  return it != read_keys().end() && it->second.count(rest) != 0;
}

}  // namespace

TEST_CASE("Infobip: key order, escapes, unknown fields and white space do not change the result") {
  triage::parser parser;
  const auto files = valid_fixtures();
  REQUIRE(files.size() >= 23);
  for (const std::string& file : files) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    const std::string expected = snapshot_of(parser, original);
    REQUIRE(expected.rfind("error", 0) != 0);
    for (const auto& [name, rewritten] : triage_test::equivalent_rewrites(original)) {
      CAPTURE(name);
      // The odd report's byte offset moves with the rewrite; its path does not.
      CHECK(snapshot_of(parser, rewritten) == expected);
    }
  }
}

TEST_CASE("Infobip: every field can be missing, and without results or a report's messageId it is no Infobip body") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(path);
      triage_test::mutation m;
      m.drop = [&](const std::string& p) { return p == path; };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::infobip);
      if (!batch) {
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
        const bool claim_key = path == "results" || path == "pendingMessageCount" || path == "pendingEventCount" ||
                               (path.size() > 10 && path.compare(path.size() - 10, 10, ".messageId") == 0) ||
                               path.find("results[") == 0;
        CHECK(claim_key);
        continue;
      }
      CHECK(batch->size() >= 1);
      for (const triage::callback& cb : *batch) CHECK_FALSE(triage::classify(cb).rule.empty());
    }
  }
}

TEST_CASE("Infobip: null reads as absent") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    for (const std::string& path : triage_test::field_paths(original)) {
      CAPTURE(file, path);
      triage_test::mutation m;
      m.replace = [&](const std::string& p) { return p == path ? std::string("null") : std::string(); };
      const std::string mutated = triage_test::json_mutator(m).rewrite(original);
      auto batch = parser.parse(std::string_view(mutated), triage::provider::infobip);
      if (!batch) {
        // Only the claim can go: results, or the one report's messageId.
        CHECK(batch.error().code() == triage::error_code::unknown_provider);
        continue;
      }
      std::size_t index = 0;
      if (read_in_report(path, index)) {
        REQUIRE(index < batch->size());
        // A null field is absent, not an error (an invalid report of the fixture stays one).
        CHECK((*batch)[index].get_if<event>()->problem.path().find(path) == std::string_view::npos);
      }
    }
  }
}

TEST_CASE("Infobip: a wrong type in a report is that report's error record, naming the field path") {
  triage::parser parser;
  triage::parser clean_parser;  // the unmutated batch stays valid while `parser` parses the mutations
  std::size_t checked = 0;
  for (const std::string& file : valid_fixtures()) {
    const std::string original = triage_test::read_file(file);
    auto clean = clean_parser.parse(std::string_view(original));
    REQUIRE(clean);
    const std::size_t reports = clean->size();
    for (const triage_test::field_path& field : triage_test::typed_field_paths(original)) {
      const std::string& path = field.path;
      std::size_t index = 0;
      if (!read_in_report(path, index)) continue;
      using simdjson::dom::element_type;
      if (field.type == element_type::NULL_VALUE) continue;
      std::vector<std::string> wrong;
      switch (field.type) {
        case element_type::STRING: wrong = {"true", "[1]", "{\"x\":1}"}; break;
        case element_type::OBJECT: wrong = {"\"x\"", "7", "[{}]"}; break;
        case element_type::ARRAY: wrong = {"{\"x\":1}", "\"x\"", "false"}; break;
        case element_type::BOOL: wrong = {"1", "[]", "{}"}; break;
        default: wrong = {"true", "[1]", "{}"}; break;  // numbers
      }
      // `event` is a string (Messages API) or an object (RCS inbound events): either reads.
      const bool string_or_object = path.size() > 6 && path.compare(path.size() - 6, 6, ".event") == 0;
      for (const std::string& replacement : wrong) {
        if (string_or_object && (replacement.front() == '"' || replacement.front() == '{')) continue;
        CAPTURE(file, path, replacement);
        triage_test::mutation m;
        m.replace = [&](const std::string& p) { return p == path ? replacement : std::string(); };
        const std::string mutated = triage_test::json_mutator(m).rewrite(original);
        auto batch = parser.parse(std::string_view(mutated), triage::provider::infobip);
        if (!batch) {
          // The one report of the body lost its claim keys (messageId or the other key was the field).
          CHECK(batch.error().code() == triage::error_code::unknown_provider);
          continue;
        }
        REQUIRE(batch->size() == reports);
        // The fixture's own odd report is odd already.
        if ((*clean)[index].get_if<event>()->kind == triage::infobip::kind::invalid_report) continue;
        const event& e = *(*batch)[index].get_if<event>();
        CHECK(e.kind == triage::infobip::kind::invalid_report);
        CHECK(e.problem.path() == path);
        CHECK(e.problem.has_offset());
        CHECK_FALSE(e.problem.expected().empty());
        CHECK(triage::classify((*batch)[index]) == triage::infobip::invalid_verdict);
        // The other reports are as they were.
        for (std::size_t i = 0; i < reports; ++i) {
          if (i != index) CHECK(snapshot((*batch)[i]) == snapshot((*clean)[i]));
        }
        ++checked;
      }
    }
  }
  CHECK(checked > 500);
}

TEST_CASE("Infobip: a wrong type outside the reports fails the payload, naming the field path") {
  triage::parser parser;
  auto check = [&](const std::string& json, const std::string& message) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json), triage::provider::infobip);
    REQUIRE_FALSE(batch);
    CHECK(batch.error().message() == message);
  };
  check(R"({"results":{"messageId":"m"}})", "results: wrong type: expected an array, found an object");
  check(R"({"results":[{"messageId":"m","receivedAt":"x"}],"pendingMessageCount":"many"})",
        "pendingMessageCount: invalid value: expected an integer or a numeric string, found a string");
  check(R"([{"results":[]}])", "wrong type: expected an object (an Infobip {\"results\": [...]} body), found an array");
}

TEST_CASE("Infobip: duplicate keys, the last occurrence wins") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      R"({"results":[{"messageId":"a","status":{"groupId":1}}],"results":[{"messageId":"b","status":{"groupId":3,"id":2},"status":{"groupId":5,"id":12}}]})"));
  REQUIRE(batch);
  REQUIRE(batch->size() == 1);
  CHECK((*batch)[0].id() == std::optional<std::string_view>("b"));
  CHECK(triage::classify((*batch)[0]).category == triage::category::account);
}

TEST_CASE("Infobip: every truncation of every fixture is an error, never a crash") {
  triage::parser parser;
  for (const std::string& file : valid_fixtures()) {
    CAPTURE(file);
    std::string json = triage_test::read_file(file);
    while (!json.empty() && (json.back() == '\n' || json.back() == ' ' || json.back() == '\r')) json.pop_back();
    for (std::size_t n = 0; n < json.size(); ++n) {
      CAPTURE(n);
      for (bool known : {false, true}) {
        const std::string_view prefix(json.data(), n);
        auto batch = known ? parser.parse(prefix, triage::provider::infobip) : parser.parse(prefix);
        CHECK_FALSE(batch);
        if (!batch) CHECK_FALSE(batch.error().message().empty());
      }
    }
    CHECK(parser.parse(std::string_view(json)));
  }
}

TEST_CASE("Infobip: views stay valid until the next parse, and the parser is reusable after errors") {
  triage::parser parser;
  const std::string mixed = triage_test::fixture("infobip/constructed_mixed_batch_one_odd_report.json");
  auto first = parser.parse(std::string_view(mixed));
  REQUIRE(first);
  const std::string expected = snapshot((*first)[1]) + std::string((*first)[1].fields().detail.value_or(""));
  CHECK_FALSE(parser.parse(std::string_view(R"({"results":[{"messageId":"m","status":{"groupId":tru}}]})")));
  auto again = parser.parse(std::string_view(mixed));
  REQUIRE(again);
  CHECK(snapshot((*again)[1]) + std::string((*again)[1].fields().detail.value_or("")) == expected);
}

}  // namespace test_infobip_mutations
