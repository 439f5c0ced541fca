// libFuzzer target: the vibes parser (provider given, no detection).
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static triage::parser parser;  // reused across inputs, as a service would
  triage_fuzz::exercise(parser, std::string_view(reinterpret_cast<const char*>(data), size), triage::provider::vibes);
  return 0;
}
