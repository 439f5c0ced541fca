#include <triage/triage.hpp>

int second_translation_unit() noexcept;

int main() {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(R"({"event_id":"a","callback_type":"event_processed"})"));
  if (!batch || batch->size() != 1) return 1;
  return second_translation_unit() == 1 ? 0 : 1;
}
