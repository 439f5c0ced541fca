// The README's usage example, compiled and run by the build so that it cannot drift.
#include <triage/triage.hpp>

#include <string>

int main() {
  const std::string json = R"({"event_id":"2f497bd0","callback_type":"event_processed",
    "event_date":"2023-05-05T16:15:40Z","event_processed":{"event_type":"day_of_delivery",
    "action":{"type":"send_message","status":"success","status_reason":"delivered","message_type":"sms"}}})";

  triage::parser parser;                              // reuse it: one per thread
  auto batch = parser.parse(std::string_view(json));  // copies into a padded buffer; see parse(padded_string_view)
  if (!batch) {
    fmt::print(stderr, "bad payload: {}\n", batch.error());  // message, field path, byte offset
    return 1;
  }
  for (const triage::callback& cb : *batch) {
    const triage::verdict v = triage::classify(cb);
    fmt::print("{} {} {} {} ({})\n", cb.provider(), cb.kind(), v.outcome, v.category, v.rule);
  }
  fmt::print("{}\n", triage::to_string(triage::outcome::permanent));
  return 0;
}
