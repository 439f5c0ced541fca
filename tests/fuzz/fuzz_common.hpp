#ifndef TRIAGE_FUZZ_COMMON_HPP
#define TRIAGE_FUZZ_COMMON_HPP

// What every fuzz target does with a parsed payload: read every public fact of every callback, so that a
// wrong view, span or variant access shows up under the sanitizers. Defined once, in fuzz_exercise.cpp,
// which every target links: it instantiates the whole parser, every provider of it, which costs a
// minute of compiling under the sanitizers; the targets themselves are then cheap.

#include <triage/triage.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace triage_fuzz {

/// Parses `data` (copied into padded memory by the parser) and reads everything; aborts on a broken
/// invariant so the fuzzer reports it.
void exercise(triage::parser& parser, std::string_view data, std::optional<triage::provider> known);

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_COMMON_HPP
