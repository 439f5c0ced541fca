// The provider-neutral seams of a parsed batch: what a provider's parse entry can put beside its callbacks
// (batch-level errors, skipped parts) and take back (callbacks and errors of a part that turned out to hold
// none), through callback_sink.

#include <triage/triage.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

#include "catch.hpp"

namespace test_batch {

namespace {

using triage::bandwidth::message_callback;

}  // namespace

TEST_CASE("callback_sink: truncate drops only this payload's callbacks past the count") {
  std::vector<triage::callback> out;
  out.emplace_back(message_callback{});  // a callback of an earlier payload
  std::vector<triage::provider_error> errors;
  std::size_t skipped = 0;
  triage::callback_sink sink(out, &errors, &skipped);
  for (int i = 0; i < 3; ++i) REQUIRE(sink.add<message_callback>() != nullptr);
  sink.at<message_callback>(0).description = "kept";
  REQUIRE(sink.size() == 3);
  sink.truncate(1);
  CHECK(sink.size() == 1);
  CHECK(out.size() == 2);
  CHECK(sink.at<message_callback>(0).description == std::optional<std::string_view>("kept"));
  sink.truncate(5);  // past the end: nothing changes
  CHECK(sink.size() == 1);
}

TEST_CASE("callback_sink: batch-level errors and skipped parts, and a sink that keeps none") {
  std::vector<triage::callback> out;
  std::vector<triage::provider_error> errors(1);  // an earlier payload's error stays
  std::size_t skipped = 0;
  triage::callback_sink sink(out, &errors, &skipped);
  REQUIRE(sink.keeps_errors());
  triage::provider_error* e = sink.add_error();
  REQUIRE(e != nullptr);
  e->code = 130429;
  REQUIRE(sink.add_error() != nullptr);
  CHECK(sink.error_count() == 2);
  sink.truncate_errors(1);
  CHECK(sink.error_count() == 1);
  CHECK(errors.size() == 2);
  CHECK(errors[1].code == 130429);
  sink.skip();
  sink.skip(2);
  CHECK(skipped == 3);

  triage::callback_sink plain(out);
  CHECK_FALSE(plain.keeps_errors());
  CHECK(plain.add_error() == nullptr);
  CHECK(plain.error_count() == 0);
  plain.skip();  // counted nowhere, and no crash
  plain.truncate_errors(0);
}

TEST_CASE("a parsed batch names its provider, also without callbacks; a hand-made one none") {
  triage::parser parser;
  auto empty = parser.parse(std::string_view(R"({"object":"whatsapp_business_account","entry":[]})"));
  REQUIRE(empty);
  CHECK(empty->empty());
  CHECK(empty->provider() == triage::provider::whatsapp);
  auto bw = parser.parse(std::string_view(R"([{"type":"message-sent","message":{"id":"m"}}])"));
  REQUIRE(bw);
  CHECK(bw->provider() == triage::provider::bandwidth);
  CHECK(bw->errors().empty());
  CHECK(bw->skipped() == 0);
  const triage::batch hand_made;
  CHECK_FALSE(hand_made.provider());
}

}  // namespace test_batch
