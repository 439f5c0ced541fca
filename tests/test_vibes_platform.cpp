// The Vibes Platform callback types other than event_processed (tests/fixtures/vibes/platform/README.md
// says where each payload comes from): each typed with its callback type as the kind, outcome none, and
// the two that a sender must act on (an opt-out, a declined double opt-in) in category compliance.

#include <triage/triage.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "catch.hpp"
#include "support.hpp"

namespace test_vibes_platform {

namespace {

using triage::category;
using triage::outcome;
using triage::vibes::kind;

std::optional<std::string_view> opt(const char* s) {
  return s != nullptr ? std::optional<std::string_view>(s) : std::nullopt;
}

/// Parses one fixture of the folder into its one callback.
struct parsed {
  triage::parser parser;
  std::string json;
  const triage::vibes::event_processed* typed = nullptr;
  triage::verdict verdict;
  triage::callback_fields fields;

  explicit parsed(const std::string& file) : json(triage_test::fixture("vibes/platform/" + file)) {
    REQUIRE(!json.empty());
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const triage::callback& cb = (*batch)[0];
    REQUIRE(cb.provider() == triage::provider::vibes);
    typed = cb.get_if<triage::vibes::event_processed>();
    REQUIRE(typed != nullptr);
    REQUIRE(typed->other != nullptr);  // every fixture of the folder has its type's object
    verdict = triage::classify(cb);
    fields = cb.fields();
    CHECK(fields.kind == triage::to_string(typed->kind));
  }
};

}  // namespace

TEST_CASE("Vibes subscription callbacks: typed, and an opt-out is a compliance signal") {
  parsed added("corrected_subscription_added.json");
  CHECK(added.typed->kind == kind::subscription_added);
  REQUIRE(added.typed->other->subscription);
  const triage::vibes::subscription& s = *added.typed->other->subscription;
  REQUIRE(s.person);
  CHECK(s.person->id == opt("ABC123"));
  CHECK(s.person->external_id == opt("ex1234"));  // external_person_id, the later of the two keys
  CHECK(s.person->person_key == opt("c5235a1-e243-42z7-979c-7f6234kl21b60"));
  CHECK(s.person->mdn == opt("+1999999999"));
  CHECK(s.person->url == opt("/companies/:company_key/mobiledb/persons/ABC123"));
  CHECK(s.list_id == opt("1234"));
  CHECK(s.list_url == opt("/companies/:company_key/mobiledb/subscription_lists/1234"));
  REQUIRE(s.opt_in_date);
  CHECK(s.opt_in_date->raw == "2017-01-15T15:34:52Z");
  CHECK(s.opt_in_date->time());
  CHECK_FALSE(s.opt_out_date);
  CHECK(added.verdict.outcome == outcome::none);
  CHECK(added.verdict.category == category::none);
  CHECK(added.verdict.rule == "vibes callback_type subscription_added");

  parsed removed("constructed_subscription_removed.json");
  CHECK(removed.typed->kind == kind::subscription_removed);
  REQUIRE(removed.typed->other->subscription);
  CHECK(removed.typed->other->subscription->opt_out_reason == opt("keyword_opt_out"));
  REQUIRE(removed.typed->other->subscription->opt_out_date);
  CHECK(removed.typed->other->subscription->opt_out_date->raw == "2017-04-02T09:11:58Z");
  CHECK(removed.verdict.outcome == outcome::none);
  CHECK(removed.verdict.category == category::compliance);
  CHECK(removed.verdict.rule == "vibes callback_type subscription_removed");
  CHECK(removed.fields.reason == opt("keyword_opt_out"));

  // The tracker keeps the person as the contact; the callback is informational.
  triage::tracker tracker;
  REQUIRE(tracker.observe_payload(std::string_view(removed.json)));
  const triage::message_state* state = tracker.find(triage::provider::vibes, "AB234SDFD235");
  REQUIRE(state != nullptr);
  CHECK(state->contact.view() == opt("c5235a1-e243-42z7-979c-7f6234kl21b60"));
  CHECK(state->phase == triage::phase::info);
  CHECK(state->verdict.category == category::compliance);
}

TEST_CASE("Vibes acquisition callbacks: the participant's status decides a decline") {
  parsed added("corrected_ack_participant_added.json");
  CHECK(added.typed->kind == kind::ack_participant_added);
  REQUIRE(added.typed->other->participant);
  const triage::vibes::participant& p = *added.typed->other->participant;
  REQUIRE(p.person);
  CHECK(p.person->id == opt("AB3423"));
  CHECK(p.person->mdn == opt("+12995551234"));
  CHECK(p.campaign_id == opt("C1323542"));
  CHECK(p.campaign_keyword == opt("SUBSCRIBED"));
  CHECK(p.campaign_url == opt("/companies/:company_key/campaigns/acquisition/ACQ1234"));
  REQUIRE(p.participation_date);
  CHECK(p.participation_date->raw == "2017-01-14T14:30Z");
  CHECK(p.status == opt("PENDING"));
  CHECK(added.fields.status == opt("PENDING"));
  CHECK(added.verdict.outcome == outcome::none);
  CHECK(added.verdict.category == category::none);
  CHECK(added.verdict.rule == "vibes participant.status PENDING");

  // Vibes' own ack_participant_changed example names the type in event_type only.
  parsed rejected("constructed_ack_participant_changed_rejected.json");
  CHECK(rejected.typed->kind == kind::ack_participant_changed);
  CHECK(rejected.verdict.outcome == outcome::none);
  CHECK(rejected.verdict.category == category::compliance);
  CHECK(rejected.verdict.rule == "vibes participant.status REJECTED");
}

TEST_CASE("Vibes person, push device, wallet and unmatched-message callbacks are typed") {
  parsed person("corrected_person_added.json");
  CHECK(person.typed->kind == kind::person_added);
  REQUIRE(person.typed->other->person);
  CHECK(person.typed->other->person->id == opt("12344566"));  // person_id
  CHECK(person.typed->other->person->external_id == opt("542342"));
  CHECK(person.typed->other->person->mdn == opt("+12995551234"));
  CHECK(person.typed->other->person->carrier_code == opt("104"));
  CHECK(person.typed->other->person->url == opt("/companies/:company_key/mobiledb/persons/:person_id"));
  CHECK(person.verdict.outcome == outcome::none);

  parsed device("corrected_device_added.json");
  CHECK(device.typed->kind == kind::device_added);
  REQUIRE(device.typed->other->push_device);
  CHECK(device.typed->other->push_device->app_id == opt("abe57f09-3126-4a7e-abc5-cac779710fd7"));
  CHECK(device.typed->other->push_device->vibes_device_id == opt("92e9d683-dd1e-4646-88d7-b89fc415a5c1"));
  CHECK(device.typed->other->push_device->device_os == opt("ANDROID"));
  REQUIRE(device.typed->other->person);
  CHECK(device.typed->other->person->id == opt("ABC123"));
  CHECK(device.verdict.rule == "vibes callback_type device_added");

  parsed wallet("constructed_wallet_item_install.json");
  CHECK(wallet.typed->kind == kind::wallet_item_install);
  REQUIRE(wallet.typed->other->wallet_item);
  CHECK_THAT(std::string(*wallet.typed->other->wallet_item), triage_test::contains("\"uuid\": \"item-uuid\""));
  REQUIRE(wallet.typed->other->wallet_instance);
  REQUIRE(wallet.typed->other->wallet_campaign);
  CHECK(wallet.verdict.outcome == outcome::none);

  parsed mo("corrected_unmatched_message_received.json");
  CHECK(mo.typed->kind == kind::unmatched_message_received);
  REQUIRE(mo.typed->other->participant);
  CHECK(mo.typed->other->participant->mdn == opt("+13123454567"));
  CHECK(mo.typed->other->participant->carrier_id == opt("104"));
  REQUIRE(mo.typed->other->source_code);
  CHECK(mo.typed->other->source_code->code == opt("52623"));
  CHECK(mo.typed->other->source_code->code_type == opt("SC"));
  CHECK(mo.typed->other->source_code->response_sent == std::optional<bool>(true));
  CHECK(mo.typed->other->message == opt("Hello, this is my message!"));
  CHECK(mo.typed->other->message_id == opt("9815e089-7f4c-4f98-9bfb-6e2b6e8e8e96"));
  CHECK(mo.typed->other->txn_id == opt("cfee05ea-fa82-4ee9-8d9c-704718822f38"));
  REQUIRE(mo.typed->other->receipt_date);
  CHECK(mo.typed->other->receipt_date->time());
  CHECK(mo.verdict.outcome == outcome::none);
  CHECK(mo.verdict.category == category::none);
}

TEST_CASE("every Vibes callback_type row classifies as its table says") {
  triage::parser parser;
  for (const triage::vibes::callback_type_row& row : triage::vibes::callback_types) {
    CAPTURE(row.type);
    const std::string json =
        fmt::format(R"({{"event_id":"e","callback_type":"{}","event_date":"2024-01-01T00:00:00Z"}})", row.type);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    const auto* typed = (*batch)[0].get_if<triage::vibes::event_processed>();
    REQUIRE(typed != nullptr);
    CHECK(typed->kind == row.kind);
    CHECK(triage::to_string(row.kind) == row.type);  // the kind is named as the callback type
    const triage::verdict v = triage::classify((*batch)[0]);
    CHECK(v == row.verdict);
    CHECK(v.rule == fmt::format("vibes callback_type {}", row.type));
    CHECK(row.verdict.outcome == outcome::none);
    CHECK_THAT(std::string(row.source), triage_test::contains("vibes.com"));
  }
  for (const triage::vibes::participant_status_row& row : triage::vibes::participant_statuses) {
    CAPTURE(row.status);
    for (std::string_view type : {"ack_participant_added", "ack_participant_changed", "company_participant_added"}) {
      const std::string json =
          fmt::format(R"({{"event_id":"e","callback_type":"{}","participant":{{"status":"{}"}}}})", type, row.status);
      auto batch = parser.parse(std::string_view(json));
      REQUIRE(batch);
      const triage::verdict v = triage::classify((*batch)[0]);
      CHECK(v == row.verdict);
      CHECK(v.rule == fmt::format("vibes participant.status {}", row.status));
    }
  }
  // A status outside the table leaves the callback type's row in charge; so does a status on another type.
  auto batch = parser.parse(std::string_view(
      R"({"event_id":"e","callback_type":"ack_participant_added","participant":{"status":"EXPIRED"}})"));
  REQUIRE(batch);
  CHECK(triage::classify((*batch)[0]).rule == "vibes callback_type ack_participant_added");
  batch = parser.parse(
      std::string_view(R"({"event_id":"e","callback_type":"person_updated","participant":{"status":"REJECTED"}})"));
  REQUIRE(batch);
  CHECK(triage::classify((*batch)[0]).category == category::none);
  // A callback type triage does not know is typed as unknown, reports nothing, and is no error.
  batch = parser.parse(std::string_view(R"({"event_id":"e","callback_type":"loyalty_points_added"})"));
  REQUIRE(batch);
  CHECK((*batch)[0].kind() == "unknown");
  CHECK(triage::classify((*batch)[0]).outcome == outcome::none);
  CHECK(triage::classify((*batch)[0]).rule == "vibes callback_type other than event_processed");
}

TEST_CASE("Vibes other-type objects: wrong types name their field, null reads as absent, keys in any order") {
  triage::parser parser;
  struct bad {
    const char* json;
    const char* path;
  };
  const bad cases[] = {
      {R"({"event_id":"e","callback_type":"subscription_removed","subscription":{"opt_out_reason":7}})",
       "subscription.opt_out_reason"},
      {R"({"event_id":"e","callback_type":"subscription_added","subscription":{"person":{"mobile_phone":{"mdn":1}}}})",
       "subscription.person.mobile_phone.mdn"},
      {R"({"event_id":"e","callback_type":"subscription_added","subscription":[]})", "subscription"},
      {R"({"event_id":"e","callback_type":"ack_participant_added","participant":{"status":true}})",
       "participant.status"},
      {R"({"event_id":"e","callback_type":"unmatched_message_received","source_code":{"response_sent":"yes"}})",
       "source_code.response_sent"},
      {R"({"event_id":"e","callback_type":"device_added","push_device":{"device_os":["IOS"]}})",
       "push_device.device_os"},
      {R"({"event_id":"e","callback_type":"wallet_item_install","wallet_item":"x"})", "wallet_item"},
      {R"({"event_id":"e","callback_type":"unmatched_message_received","receipt_date":5})", "receipt_date"},
  };
  for (const bad& c : cases) {
    CAPTURE(c.json);
    auto batch = parser.parse(std::string_view(c.json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::wrong_type);
    CHECK(batch.error().path() == c.path);
    CHECK(batch.error().offset() != triage::error::no_offset);
  }

  auto batch = parser.parse(std::string_view(
      R"({"subscription":{"opt_out_reason":null,"person":null,"unknown":{"a":[1]}},"callback_type":"subscription_removed",)"
      R"("event_id":"e","source_code":{"response_sent":null}})"));
  REQUIRE(batch);
  const auto* typed = (*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(typed != nullptr);
  REQUIRE(typed->other != nullptr);
  REQUIRE(typed->other->subscription);
  CHECK_FALSE(typed->other->subscription->opt_out_reason);
  CHECK_FALSE(typed->other->subscription->person);
  REQUIRE(typed->other->source_code);
  CHECK_FALSE(typed->other->source_code->response_sent);
  CHECK(typed->kind == kind::subscription_removed);
  CHECK(triage::classify((*batch)[0]).category == category::compliance);

  // Escaped keys and values read as their text.
  batch = parser.parse(std::string_view(
      R"({"event_id":"e","callback_type":"subscription_\u0072emoved","subscription":{"opt_out_\u0072eason":"user\u005fopt_out"}})"));
  REQUIRE(batch);
  typed = (*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(typed != nullptr);
  CHECK(typed->kind == kind::subscription_removed);
  REQUIRE(typed->other != nullptr);
  REQUIRE(typed->other->subscription);
  CHECK(typed->other->subscription->opt_out_reason == opt("user_opt_out"));
}

TEST_CASE("Vibes other-type fixtures: every truncation is an error, never a crash or a verdict") {
  triage::parser parser;
  for (const char* file : {"corrected_subscription_added.json", "corrected_unmatched_message_received.json",
                           "corrected_person_added.json", "constructed_wallet_item_install.json"}) {
    CAPTURE(file);
    const std::string json = triage_test::fixture(std::string("vibes/platform/") + file);
    const std::string_view whole = triage::detail::trim_ascii_space(json);
    for (std::size_t n = 0; n < whole.size(); ++n) {
      CAPTURE(n);
      auto batch = parser.parse(whole.substr(0, n));
      CHECK_FALSE(batch);
    }
  }
}

TEST_CASE("the as-published Vibes subscription example (with its //deprecated comment) is a clear error") {
  triage::parser parser;
  const std::string json = triage_test::fixture("vibes/platform/invalid/doc_subscription_added.json");
  REQUIRE(!json.empty());
  auto batch = parser.parse(std::string_view(json));
  REQUIRE_FALSE(batch);
  CHECK(batch.error().code() == triage::error_code::invalid_json);
  CHECK(batch.error().offset() != triage::error::no_offset);
}

TEST_CASE("an event_processed callback carries no other-type objects, even after a payload that had them") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      R"({"event_id":"a","callback_type":"subscription_removed","subscription":{"opt_out_reason":"disconnect"}})"));
  REQUIRE(batch);
  const auto* first = (*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(first != nullptr);
  REQUIRE(first->other != nullptr);
  CHECK(first->other->subscription->opt_out_reason == opt("disconnect"));
  // The next payload of the same parser: its own objects only, the earlier ones cleared.
  batch = parser.parse(std::string_view(
      R"({"event_id":"b","callback_type":"unmatched_message_received","message":"hi","participant":{"mdn":"+1"}})"));
  REQUIRE(batch);
  const auto* second = (*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(second != nullptr);
  REQUIRE(second->other != nullptr);
  CHECK_FALSE(second->other->subscription);
  CHECK(second->other->message == opt("hi"));
  batch = parser.parse(std::string_view(
      R"({"event_id":"c","callback_type":"event_processed","event_processed":{"event_id":"d","action":{"type":"routing"}}})"));
  REQUIRE(batch);
  const auto* third = (*batch)[0].get_if<triage::vibes::event_processed>();
  REQUIRE(third != nullptr);
  CHECK(third->other == nullptr);
  CHECK(third->kind == kind::routing);
}

}  // namespace test_vibes_platform
