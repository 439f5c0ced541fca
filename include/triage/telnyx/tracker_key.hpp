#ifndef TRIAGE_TELNYX_TRACKER_KEY_HPP
#define TRIAGE_TELNYX_TRACKER_KEY_HPP

// The tracker's key of a Telnyx callback: the message id (`payload.id`, shared by message.sent and
// message.finalized) + the recipient's number, since one event reports every recipient with its own status
// (reference §5, §6). An event without a message id cannot be correlated: it is a state of its own, keyed on
// its fingerprint.

#include <optional>
#include <string_view>

#include "triage/telnyx/event.hpp"
#include "triage/telnyx/tables.hpp"
#include "triage/tracker/observation.hpp"

namespace triage::telnyx {

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
///
/// Multipart messages: Telnyx sends one event per message whatever its `parts` (reference §5), so a callback
/// is about every part at once and `o.part`/`o.parts` stay 0 (no folding of parts).
inline void fill_observation(const event& e, observation& o) noexcept {
  o.id = e.payload.id;
  if (e.recipient.phone_number) {
    o.recipient = *e.recipient.phone_number;
  } else if (e.recipient.agent_id) {
    o.recipient = *e.recipient.agent_id;
  }
  if (e.type == event_type::message_received) {
    // An inbound message is about its sender, not our number in to[].
    if (e.payload.from && e.payload.from->phone_number) o.contact = *e.payload.from->phone_number;
  } else if (!o.recipient.empty()) {
    o.contact = o.recipient;
  }
  // Telnyx does not keep order ("message.finalized may arrive before message.sent"): occurred_at orders,
  // and the phase keeps a late message.sent from undoing a finalized status.
  o.time = e.occurred_at ? e.occurred_at->time() : std::nullopt;
  const status_row* row = e.recipient.status ? find_status(*e.recipient.status) : nullptr;
  const bool ended = e.type == event_type::message_finalized && (row == nullptr || row->terminal);
  o.phase = triage::detail::phase_of(o.verdict, ended);
  // A retry of an event keeps data.id (meta.attempt grows): the event id, the recipient's status and its
  // error code identify one delivery of one callback.
  triage::detail::fingerprint_hash h;
  h.add(e.id);
  h.add(e.event_type_text);
  h.add(e.recipient.status);
  const error_object* error = e.error();
  h.add(error != nullptr ? error->code : std::nullopt);
  o.fingerprint = h.value();
}

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_TRACKER_KEY_HPP
