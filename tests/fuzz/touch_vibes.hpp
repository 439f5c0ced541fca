#ifndef TRIAGE_FUZZ_TOUCH_VIBES_HPP
#define TRIAGE_FUZZ_TOUCH_VIBES_HPP

// What the fuzz targets read of a vibes callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_typed(const triage::vibes::event_processed& vibes) noexcept {
  std::size_t sum = 0;
  if (vibes.event_date) sum += touch(vibes.event_date->raw);
  if (vibes.event) {
    sum += touch(vibes.event->event_data) + touch(vibes.event->debug_data);
    if (const auto* action = vibes.find_action(); action && action->failure) {
      for (const auto& err : action->failure->errors) sum += touch(err.error) + touch(err.resource_url);
    }
  }
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_VIBES_HPP
