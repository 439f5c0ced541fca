#ifndef TRIAGE_FUZZ_TOUCH_VONAGE_HPP
#define TRIAGE_FUZZ_TOUCH_VONAGE_HPP

// What the fuzz targets read of a vonage callback besides its neutral fields: every view, so that a wrong one
// shows up under the sanitizers (form values may point into the parser's form buffer). tests/fuzz/CMakeLists.txt
// includes this file for the provider of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <optional>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch_endpoint(const std::optional<triage::vonage::endpoint>& e) noexcept {
  return e ? touch(e->value) + touch(e->type) : 0;
}

inline std::size_t touch_typed(const triage::vonage::callback& c) noexcept {
  const triage::vonage::sms_message& s = c.sms;
  std::size_t sum = touch(s.msisdn) + touch(s.to) + touch(s.network_code) + touch(s.message_id) + touch(s.price) +
                    touch(s.status) + touch(s.scts) + touch(s.err_code) + touch(s.api_key) + touch(s.client_ref) +
                    touch(s.message_timestamp) + touch(s.timestamp) + touch(s.nonce) + touch(s.sig) + touch(s.type) +
                    touch(s.text) + touch(s.keyword) + touch(s.data) + touch(s.udh) + touch(s.concat) +
                    touch(s.concat_ref) + touch(s.concat_total) + touch(s.concat_part);
  const triage::vonage::message_event& m = c.messages;
  sum += touch(m.message_uuid) + touch_endpoint(m.to) + touch_endpoint(m.from) + touch(m.status) + touch(m.channel) +
         touch(m.client_ref) + touch(m.network_code) + touch(m.sms_count_total) + touch(m.sms_keyword) +
         touch(m.message_type) + touch(m.text) + touch(m.context) + touch(m.profile) + touch(m.whatsapp) +
         touch(m.provider_message);
  if (m.timestamp) sum += touch(m.timestamp->raw);
  if (m.error) {
    sum += touch(m.error->type) + touch(m.error->title) + touch(m.error->detail) + touch(m.error->instance) +
           touch(m.error->reason);
  }
  if (m.usage) sum += touch(m.usage->currency) + touch(m.usage->price);
  if (m.workflow) sum += touch(m.workflow->id) + touch(m.workflow->item_number) + touch(m.workflow->items_total);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_VONAGE_HPP
