#ifndef TRIAGE_VIBES_TRACKER_KEY_HPP
#define TRIAGE_VIBES_TRACKER_KEY_HPP

// The tracker's key of a Vibes callback: the customer's event id, `event_processed.event_id`, which every
// callback of the event carries (routing, message processing, carrier and handset receipts). The recipient
// is not part of the key: an event names exactly one person (Vibes' Event API), and the routing callbacks
// carry no person at all. The person_key is kept as `contact`. The top-level `event_id` is the id of each
// callback: the fingerprint. A callback without `event_processed` (another callback_type) is keyed on that id.
// A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <optional>
#include <string_view>

#include "triage/tracker/observation.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage::vibes {

namespace detail {

/// Who a person of the other callback types is: the person key when it is given, else the number.
constexpr std::optional<std::string_view> contact_of(const std::optional<person_ref>& p) noexcept {
  if (!p) return std::nullopt;
  return p->person_key ? p->person_key : p->mdn;
}

}  // namespace detail

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
inline void fill_observation(const event_processed& c, observation& o) noexcept {
  o.id = c.event && c.event->event_id ? c.event->event_id : c.event_id;
  if (const vibes::action* a = c.find_action()) {
    for (const std::optional<vibes::message_parts>* parts : {&a->sms, &a->mms}) {
      if (*parts && (*parts)->person.person_key) {
        o.contact = (*parts)->person.person_key;
        break;
      }
    }
  } else if (const other_type_objects* other = c.other) {
    if (other->subscription) {
      o.contact = detail::contact_of(other->subscription->person);
    } else if (other->participant) {
      o.contact = other->participant->person ? detail::contact_of(other->participant->person) : other->participant->mdn;
    } else if (other->person) {
      o.contact = detail::contact_of(other->person);
    }
  }
  if (c.event_date) o.time = c.event_date->time();
  // Every Vibes stage but an unplaceable one ends the action when it fails or is unknown: a routing or
  // processing failure ends the event, and every receipt but the pending ones is final ("All statuses
  // except ENROUTE are Final Delivery Notifications").
  o.phase = triage::detail::phase_of(o.verdict, c.kind != vibes::kind::unknown);
  triage::detail::fingerprint_hash h;
  if (c.event_id) {
    h.add(*c.event_id);  // Vibes: "Use top-level event_id as the dedupe key"
  } else {
    h.add(o.fields.kind);
    h.add(o.fields.status);
    h.add(o.fields.reason);
    h.add(o.fields.detail);
    h.add(o.fields.code);
    h.add(c.event_date ? std::optional<std::string_view>(c.event_date->raw) : std::nullopt);
  }
  o.fingerprint = h.value();
}

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_TRACKER_KEY_HPP
