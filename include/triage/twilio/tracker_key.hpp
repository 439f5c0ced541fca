#ifndef TRIAGE_TWILIO_TRACKER_KEY_HPP
#define TRIAGE_TWILIO_TRACKER_KEY_HPP

// The tracker's key of a Twilio callback: `MessageSid`. A Message has exactly one `To` (each recipient of a
// send is a Message of its own, twilio.md section 5), so the id alone is the key and no recipient part is
// needed. A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include "triage/tracker/observation.hpp"
#include "triage/twilio/classify.hpp"
#include "triage/twilio/message_callback.hpp"

namespace triage::twilio {

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the phase and the fingerprint. Twilio's forms carry no event time (twilio.md section 7;
/// RawDlrDoneDate has no time zone and minute precision), so the tracker orders them by arrival.
inline void fill_observation(const message_callback& c, observation& o) noexcept {
  o.id = c.id();
  // Who the message is for: the recipient of an outbound message, the sender of an inbound one.
  o.contact = c.kind == kind::inbound_message ? c.from : c.to;
  // delivered, undelivered, failed and canceled end the delivery; read does not (twilio.md section 12,
  // rule 13: a read after delivered is history, and a late sent or queued never undoes a final state).
  const status_row& row = status_row_of(c);
  o.phase = row.ended ? phase::terminal : triage::detail::phase_of(o.verdict, false);
  // The identity of a callback (twilio.md section 6): (MessageSid, status, EventType), with the ErrorCode,
  // so that two different failures of one message are two callbacks. The I-Twilio-Idempotency-Token header
  // identifies a transport retry only, and is not in the body.
  triage::detail::fingerprint_hash h;
  h.add(c.status());
  h.add(c.event_type);
  h.add(c.error_code);
  o.fingerprint = h.value();
}

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_TRACKER_KEY_HPP
