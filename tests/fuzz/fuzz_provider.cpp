// libFuzzer target: one provider's parser (provider given, no detection). Built once per provider of the
// list, as fuzz_<provider>, with TRIAGE_FUZZ_PROVIDER set to its name (tests/fuzz/CMakeLists.txt).
#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  triage_fuzz::exercise_input(data, size, TRIAGE_FUZZ_PROVIDER);
  return 0;
}
