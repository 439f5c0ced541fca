#ifndef TRIAGE_FUZZ_TOUCH_SINCH_HPP
#define TRIAGE_FUZZ_TOUCH_SINCH_HPP

// What the fuzz targets read of a sinch callback besides its neutral fields: every view and span, so that a
// wrong one shows up under the sanitizers. tests/fuzz/CMakeLists.txt includes this file for the provider
// of the list whose name it bears; a provider without one does not build.

#include <cstddef>
#include <optional>
#include <string_view>

#include "touch.hpp"

namespace triage_fuzz {

/// Named apart from touch(): another provider's header may define that overload for timestamps too.
inline std::size_t touch_sinch_time(const std::optional<triage::timestamp>& t) noexcept {
  return t ? touch(t->raw) : 0;
}

inline std::size_t touch_typed(const triage::sinch::event& e) noexcept {
  const triage::sinch::sms_report& r = e.report;
  const triage::sinch::inbound_message& in = e.inbound;
  const triage::sinch::conversation_callback& c = e.conversation;
  std::size_t sum = touch(e.type_text);
  sum += touch(r.batch_id) + touch(r.recipient) + touch(r.status) + touch(r.code_text) + touch_sinch_time(r.at) +
         touch_sinch_time(r.operator_status_at) + touch(r.client_reference) + touch(r.applied_originator) +
         touch(r.encoding) + touch(r.operator_) + touch(r.status_message);
  // The span points into the parser's pool: read every element.
  for (std::string_view recipient : r.recipients) sum += touch(recipient);
  sum += touch(in.id) + touch(in.from) + touch(in.to) + touch(in.body) + touch(in.udh) + touch(in.subject) +
         touch(in.message) + touch(in.media) + touch_sinch_time(in.received_at) + touch_sinch_time(in.sent_at) +
         touch(in.operator_id) + touch(in.client_reference);
  sum += touch(c.app_id) + touch(c.project_id) + touch_sinch_time(c.accepted_time) + touch_sinch_time(c.event_time) +
         touch(c.message_metadata) + touch(c.correlation_id) + touch(c.trigger) + touch(c.id) +
         touch(c.conversation_id) + touch(c.status) + touch(c.channel) + touch(c.identity) + touch(c.contact_id) +
         touch(c.reason_code) + touch(c.reason_description) + touch(c.reason_sub_code) + touch(c.reason_channel_code) +
         touch(c.metadata) + touch(c.processing_mode);
  return sum;
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_TOUCH_SINCH_HPP
