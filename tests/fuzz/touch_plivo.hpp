#ifndef TRIAGE_FUZZ_TOUCH_PLIVO_HPP
#define TRIAGE_FUZZ_TOUCH_PLIVO_HPP

// What the fuzz targets read of a plivo callback besides its neutral fields: every view and the media span,
// so that a view into the wrong buffer shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes
// this file for the provider of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_typed(const triage::plivo::message_callback& c) noexcept {
  std::size_t sum = 0;
  for (const auto* text :
       {&c.from, &c.to, &c.type, &c.total_rate, &c.total_amount, &c.powerpack_uuid, &c.error_code_text,
        &c.parent_message_uuid, &c.mcc, &c.mnc, &c.requester_ip, &c.conversation_id, &c.conversation_origin,
        &c.conversation_expiration_timestamp, &c.text, &c.body, &c.message_intent, &c.content_type, &c.mime_type}) {
    sum += touch(*text);
  }
  if (c.part) sum += touch(c.part->raw) + c.part->part + c.part->parts;
  for (const auto* t : {&c.message_time, &c.queued_time, &c.sent_time, &c.delivery_report_time}) {
    if (*t) sum += touch((*t)->raw) + ((*t)->time() ? 1 : 0);
  }
  // The span is set after the whole body is read: read every element.
  for (std::string_view url : c.media) sum += touch(url);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_PLIVO_HPP
