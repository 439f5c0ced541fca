// A downstream program: compiles against the installed / added / fetched triage and uses it.
#include <triage/triage.hpp>

#include <cstdio>

int main() {
  static_assert(triage::to_string(triage::outcome::permanent) == "permanent");
  triage::parser parser;
  auto batch = parser.parse(std::string_view(
      R"({"event_id":"e","callback_type":"event_processed","event_processed":{"action":{"type":"send_message",)"
      R"("status":"success","status_reason":"delivered"}}})"));
  if (!batch || batch->size() != 1) return 1;
  const triage::verdict v = triage::classify((*batch)[0]);
  fmt::print("{} {}\n", triage::to_string(triage::outcome::permanent), v.outcome);
  return v.outcome == triage::outcome::delivered ? 0 : 1;
}
