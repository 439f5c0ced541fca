#ifndef TRIAGE_FUZZ_TOUCH_BANDWIDTH_HPP
#define TRIAGE_FUZZ_TOUCH_BANDWIDTH_HPP

// What the fuzz targets read of a bandwidth callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_typed(const triage::bandwidth::message_callback& bw) noexcept {
  std::size_t sum = 0;
  if (bw.time) sum += touch(bw.time->raw);
  if (bw.message) {
    // Spans are resolved after the whole payload is parsed: read every element.
    for (std::string_view to : bw.message->to) sum += touch(to);
    for (std::string_view url : bw.message->media) sum += touch(url);
    sum += touch(bw.message->text) + touch(bw.message->tag) + touch(bw.message->message_id) + touch(bw.message->status);
  }
  sum += touch(bw.platform);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_BANDWIDTH_HPP
