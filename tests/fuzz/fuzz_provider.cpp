// libFuzzer target: one provider's parser (provider given, no detection). Built once per provider of the
// list, as fuzz_<provider>, with TRIAGE_FUZZ_PROVIDER set to its name (tests/fuzz/CMakeLists.txt).
#include "fuzz_common.hpp"

namespace {
const triage::provider fuzzed = *triage::provider_from_string(TRIAGE_FUZZ_PROVIDER);
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static triage::parser parser;  // reused across inputs, as a service would
  triage_fuzz::exercise(parser, std::string_view(reinterpret_cast<const char*>(data), size), fuzzed);
  return 0;
}
