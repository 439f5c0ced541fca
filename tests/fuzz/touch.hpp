#ifndef TRIAGE_FUZZ_TOUCH_HPP
#define TRIAGE_FUZZ_TOUCH_HPP

// Reads every byte of a view, so that a view into freed or foreign memory shows up under the sanitizers.

#include <triage/triage.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace triage_fuzz {

inline std::size_t touch(std::string_view s) noexcept {
  std::size_t sum = 0;
  for (char c : s) sum += static_cast<unsigned char>(c);
  return sum;
}
inline std::size_t touch(const std::optional<std::string_view>& s) noexcept { return s ? touch(*s) : 0; }

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_HPP
