#ifndef TRIAGE_BANDWIDTH_TRACKER_KEY_HPP
#define TRIAGE_BANDWIDTH_TRACKER_KEY_HPP

// The tracker's key of a Bandwidth event: `message.id` + the event's `to`. A group message has one id and
// one event per recipient, each about its own `to` (Bandwidth also suggests deduplicating on
// (message.id, type, to)).
// A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <optional>
#include <string_view>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/tracker/observation.hpp"

namespace triage::bandwidth {

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
inline void fill_observation(const message_callback& c, observation& o) noexcept {
  if (c.message) o.id = c.message->key();
  if (c.to) {
    o.recipient = *c.to;
  } else if (c.message && c.message->to.size() == 1) {
    o.recipient = c.message->to[0];
  }
  if (!o.recipient.empty()) o.contact = o.recipient;
  if (c.time) o.time = c.time->time();
  o.phase = triage::detail::phase_of(
      o.verdict, c.kind == bandwidth::kind::message_failed || c.kind == bandwidth::kind::multichannel_failed);
  // Bandwidth's advice: dedupe on (message.id, type, to); the key holds the id and `to`. The error code
  // keeps two contradictory failures apart.
  triage::detail::fingerprint_hash h;
  h.add(c.type);
  h.add(c.error_code);
  o.fingerprint = h.value();
}

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_TRACKER_KEY_HPP
