#include <triage/triage.hpp>

int second_translation_unit() noexcept {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(R"({"event_id":"b","callback_type":"event_processed"})"));
  return batch ? static_cast<int>(batch->size()) : -1;
}
