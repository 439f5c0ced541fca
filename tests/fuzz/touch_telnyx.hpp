#ifndef TRIAGE_FUZZ_TOUCH_TELNYX_HPP
#define TRIAGE_FUZZ_TOUCH_TELNYX_HPP

// What the fuzz targets read of a telnyx callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <optional>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

inline std::size_t touch(const triage::telnyx::party& p) noexcept {
  return touch(p.phone_number) + touch(p.status) + touch(p.carrier) + touch(p.line_type) + touch(p.agent_id) +
         touch(p.agent_name);
}

inline std::size_t touch(const std::optional<triage::timestamp>& t) noexcept { return t ? touch(t->raw) : 0; }

inline std::size_t touch(const std::optional<triage::telnyx::money>& m) noexcept {
  return m ? touch(m->amount) + touch(m->currency) : 0;
}

inline std::size_t touch_typed(const triage::telnyx::event& e) noexcept {
  const triage::telnyx::message& m = e.payload;
  std::size_t sum = touch(e.event_type_text) + touch(e.id) + touch(e.occurred_at) + touch(e.record_type) +
                    touch(e.delivered_to) + touch(e.recipient);
  sum += touch(m.id) + touch(m.record_type) + touch(m.direction) + touch(m.type) + touch(m.messaging_profile_id) +
         touch(m.organization_id) + touch(m.text) + touch(m.body) + touch(m.subject) + touch(m.encoding) +
         touch(m.cost) + touch(m.carrier_fee) + touch(m.rate) + touch(m.received_at) + touch(m.sent_at) +
         touch(m.completed_at) + touch(m.valid_until) + touch(m.wait_seconds) + touch(m.webhook_url) +
         touch(m.webhook_failover_url) + touch(m.tcr_campaign_id) + touch(m.group_message_id) +
         touch(m.autoresponse_type) + touch(m.media) + touch(m.tags) + touch(m.cc);
  if (m.from) sum += touch(*m.from);
  // The span points into the parser's pool: read every element.
  for (const triage::telnyx::error_object& x : m.errors) {
    sum += touch(x.code_text) + touch(x.title) + touch(x.detail) + touch(x.source_pointer) + touch(x.source_parameter) +
           touch(x.meta_url);
  }
  if (const triage::telnyx::error_object* x = e.error()) sum += touch(x->title);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_TELNYX_HPP
