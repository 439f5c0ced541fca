#ifndef TRIAGE_FUZZ_TOUCH_BIRD_HPP
#define TRIAGE_FUZZ_TOUCH_BIRD_HPP

// What the fuzz targets read of a bird callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_typed(const triage::bird::message& bird) noexcept {
  std::size_t sum = 0;
  sum += touch(bird.body) + touch(bird.template_) + touch(bird.meta) + touch(bird.reason);
  for (const auto& part : bird.parts) sum += touch(part.platform_reference);
  if (bird.receiver) {
    for (const auto& contact : bird.receiver->contacts) sum += touch(contact.identifier_value);
  }
  if (bird.reason_parts) sum += touch(bird.reason_parts->details) + touch(bird.reason_parts->reason);
  if (const triage::bird::platform_event* e = bird.platform) {
    sum += touch(e->type) + touch(e->event_name) + touch(e->id) + touch(e->to.number) + touch(e->from.bsuid) +
           touch(e->recipient) + touch(e->tags) + touch(e->metadata);
    if (e->timestamp) sum += touch(e->timestamp->raw);
    if (e->error) sum += touch(e->error->code) + touch(e->error->description) + touch(e->error->meta_error_code);
  }
  sum +=
      touch(bird.message_id) + touch(bird.interaction_type) + touch(bird.platform_id) + touch(bird.message_reference);
  if (const triage::bird::conversations_event* c = bird.conversations) {
    sum += touch(c->type) + touch(c->conversation.id) + touch(c->conversation.last_used_platform_id);
    if (c->contact) sum += touch(c->contact->msisdn) + touch(c->contact->display_name);
    if (c->message) {
      sum += touch(c->message->id) + touch(c->message->status) + touch(c->message->content) + touch(c->message->to);
      if (c->message->updated_datetime) sum += touch(c->message->updated_datetime->raw);
    }
  }
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_BIRD_HPP
