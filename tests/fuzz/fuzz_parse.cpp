// libFuzzer target: the auto-detecting entry point (any provider).
#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  triage_fuzz::exercise_input(data, size, {});
  return 0;
}
