#ifndef TRIAGE_FUZZ_TOUCH_TWILIO_HPP
#define TRIAGE_FUZZ_TOUCH_TWILIO_HPP

// What the fuzz targets read of a twilio callback besides its neutral fields: every view and the media span,
// so that a wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the
// provider of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_typed(const triage::twilio::message_callback& tw) noexcept {
  std::size_t sum = 0;
  // The parser's own table of string parameters names every string member.
  for (const auto& field : triage::twilio::detail::text_fields) sum += touch(tw.*field.member);
  for (const auto& field : triage::twilio::detail::number_fields) sum += touch(tw.*field.text);
  for (const triage::twilio::media_item& item : tw.media) sum += touch(item.url) + touch(item.content_type);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_TWILIO_HPP
