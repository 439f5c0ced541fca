#ifndef TRIAGE_FUZZ_TOUCH_WHATSAPP_HPP
#define TRIAGE_FUZZ_TOUCH_WHATSAPP_HPP

// What the fuzz targets read of a whatsapp callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch(const triage::whatsapp::error_object& e) noexcept {
  return touch(e.title) + touch(e.message) + touch(e.details) + touch(e.href);
}

inline std::size_t touch_typed(const triage::whatsapp::update& u) noexcept {
  std::size_t sum = touch(u.envelope.waba_id) + touch(u.envelope.field) + touch(u.envelope.phone_number_id) +
                    touch(u.envelope.display_phone_number);
  // Spans are resolved after the whole payload is parsed: read every element.
  for (const triage::whatsapp::contact& c : u.contacts) sum += touch(c.wa_id) + touch(c.user_id) + touch(c.name);
  for (const triage::whatsapp::error_object& e : u.status.errors) sum += touch(e);
  for (const triage::whatsapp::error_object& e : u.message.errors) sum += touch(e);
  if (u.status.timestamp) sum += touch(u.status.timestamp->text);
  sum += touch(u.status.recipient()) + touch(u.status.biz_opaque_callback_data);
  if (u.status.conversation) sum += touch(u.status.conversation->id) + touch(u.status.conversation->origin_type);
  if (u.status.pricing) sum += touch(u.status.pricing->category) + touch(u.status.pricing->pricing_model);
  sum += touch(u.message.from) + touch(u.message.text) + touch(u.message.contacts) + touch(u.message.edit);
  if (u.message.media) sum += touch(u.message.media->id) + touch(u.message.media->caption);
  if (u.message.location) sum += touch(u.message.location->latitude) + touch(u.message.location->longitude);
  if (u.message.interactive) sum += touch(u.message.interactive->nfm_response_json);
  if (u.message.order) sum += touch(u.message.order->product_items);
  if (u.message.context) sum += touch(u.message.context->id);
  if (u.message.referral) sum += touch(u.message.referral->source_url);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_WHATSAPP_HPP
