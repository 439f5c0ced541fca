#ifndef TRIAGE_FUZZ_TARGET_HPP
#define TRIAGE_FUZZ_TARGET_HPP

// The body of the parsing fuzz targets, declared without triage's headers: fuzz_parse.cpp and
// fuzz_provider.cpp (once per provider) then compile in a moment, and the parser is compiled once, in
// fuzz_exercise.cpp.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace triage_fuzz {

/// Parses one input with a parser reused across inputs, as a service would, and reads everything:
/// as the provider named (no detection) or, when `provider_name` is empty, detecting it.
void exercise_input(const std::uint8_t* data, std::size_t size, std::string_view provider_name);

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TARGET_HPP
