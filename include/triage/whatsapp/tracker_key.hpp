#ifndef TRIAGE_WHATSAPP_TRACKER_KEY_HPP
#define TRIAGE_WHATSAPP_TRACKER_KEY_HPP

// The tracker's key of a WhatsApp callback: the status `id` (the wamid) + its recipient (a group send has
// one id and a status per participant, whatsapp.md §7); an inbound message is keyed on its own id and
// sender. A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <optional>
#include <string_view>

#include "triage/tracker/observation.hpp"
#include "triage/whatsapp/update.hpp"

namespace triage::whatsapp {

/// The unix seconds of a timestamp, when it is an integer (Meta sends seconds as a string).
constexpr std::optional<utc_time> unix_time(const std::optional<number_text>& t) noexcept {
  if (!t || !t->value) return std::nullopt;
  // Meta's timestamps are seconds; a value past 10^12 would be milliseconds (as Messenger sends them).
  constexpr std::int64_t max_seconds = 1000000000000;
  const std::int64_t v = *t->value;
  if (v < 0 || v >= max_seconds * 1000) return std::nullopt;
  const std::int64_t nanos = v >= max_seconds ? v * 1000000 : v * 1000000000;
  return utc_time{std::chrono::nanoseconds{nanos}};
}

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
inline void fill_observation(const update& u, observation& o) noexcept {
  triage::detail::fingerprint_hash h;
  if (u.kind == kind::message) {
    o.id = u.message.id;
    if (u.message.from) {
      o.recipient = *u.message.from;
    } else if (u.message.from_user_id) {
      o.recipient = *u.message.from_user_id;
    }
    o.time = unix_time(u.message.timestamp);
    o.phase = phase::info;
    h.add(u.message.type);
  } else {
    const status& s = u.status;
    o.id = s.id;
    if (const std::optional<std::string_view> who = s.recipient()) o.recipient = *who;
    o.time = unix_time(s.timestamp);
    // A status in the table is terminal past `sent`, so a late `sent` after `delivered` is history; a read
    // after a delivery is a newer terminal word that says the same (delivered). An unknown status is in flight.
    o.phase = triage::detail::phase_of(o.verdict, s.value == status_value::failed);
    // The same status can come twice (retries, several subscribed apps): status + timestamp (+ the error
    // code) identify it.
    h.add(s.status);
    h.add(s.timestamp ? std::optional<std::string_view>(s.timestamp->text) : std::nullopt);
    h.add(s.errors.empty() ? std::nullopt : s.errors[0].code);
  }
  if (!o.recipient.empty()) o.contact = o.recipient;
  o.fingerprint = h.value();
}

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_TRACKER_KEY_HPP
