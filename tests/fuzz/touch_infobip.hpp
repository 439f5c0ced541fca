#ifndef TRIAGE_FUZZ_TOUCH_INFOBIP_HPP
#define TRIAGE_FUZZ_TOUCH_INFOBIP_HPP

// What the fuzz targets read of an infobip callback besides its neutral fields: every view, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <optional>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

/// Named apart from touch(): another provider's header may define that overload for timestamps too.
inline std::size_t touch_infobip_time(const std::optional<triage::timestamp>& t) noexcept {
  return t ? touch(t->raw) : 0;
}

inline std::size_t touch_typed(const triage::infobip::event& e) noexcept {
  std::size_t sum = touch(e.message_id) + touch(e.bulk_id) + touch(e.event) + touch(e.event_object) + touch(e.channel) +
                    touch(e.to) + touch(e.destination) + touch(e.sender) + touch(e.from) +
                    touch_infobip_time(e.sent_at) + touch_infobip_time(e.done_at) + touch_infobip_time(e.seen_at) +
                    touch_infobip_time(e.received_at) + touch(e.mcc_mnc) + touch(e.callback_data) + touch(e.entity_id) +
                    touch(e.application_id) + touch(e.campaign_reference_id) + touch(e.interaction_type) +
                    touch(e.conversation_id) + touch(e.contact_phone) + touch(e.contact_name) + touch(e.text) +
                    touch(e.clean_text) + touch(e.keyword) + touch(e.paired_message_id) + touch(e.integration_type) +
                    touch(e.message) + touch(e.content) + touch(e.problem_text());
  if (e.price) sum += touch(e.price->price_per_message) + touch(e.price->currency) + touch(e.price->traffic_type);
  if (e.status) {
    sum += touch(e.status->group_name) + touch(e.status->name) + touch(e.status->description) + touch(e.status->action);
  }
  if (e.error) sum += touch(e.error->group_name) + touch(e.error->name) + touch(e.error->description);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_INFOBIP_HPP
