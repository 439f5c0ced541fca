#ifndef TRIAGE_VONAGE_TRACKER_KEY_HPP
#define TRIAGE_VONAGE_TRACKER_KEY_HPP

// The tracker's key of a Vonage callback: `messageId` for the SMS API, `message_uuid` for the Messages API.
//
// The SMS API gives every part of a concatenated SMS its own messageId (the send response lists one per
// part) and the DLR does not say which part it is or how many there are (vonage.md §5), so a DLR's state is
// the state of its part. Folding the parts into the message would need the part ids of the send response,
// which no callback carries: a caller that has them can feed the tracker the message's id instead. The
// Messages API has one message_uuid per message, so its parts are one state already.
// A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <cstddef>
#include <optional>
#include <string_view>

#include "triage/timestamp.hpp"
#include "triage/tracker/observation.hpp"
#include "triage/vonage/callback.hpp"

namespace triage::vonage {

/// The time of an SMS API `message-timestamp`, "YYYY-MM-DD HH:MM:SS" in UTC without a zone (vonage.md §7); a
/// value that carries its own zone (the .NET fixture's "2020-01-01T12:00:00.000+00:00") is read as it is.
inline std::optional<utc_time> sms_time(std::string_view text) noexcept {
  if (auto with_zone = parse_iso8601(text)) return with_zone;
  char buffer[40] = {};
  if (text.size() + 1 > sizeof buffer) return std::nullopt;
  for (std::size_t i = 0; i < text.size(); ++i) buffer[i] = text[i];
  buffer[text.size()] = 'Z';
  return parse_iso8601(std::string_view(buffer, text.size() + 1));
}

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
inline void fill_observation(const callback& c, observation& o) noexcept {
  triage::detail::fingerprint_hash h;
  if (c.api == api::sms) {
    const sms_message& s = c.sms;
    o.id = s.message_id;
    // In a DLR `msisdn` is the recipient; in an inbound SMS the sender, the person it is from.
    if (s.msisdn) o.contact = *s.msisdn;
    if (s.message_timestamp) o.time = sms_time(*s.message_timestamp);
    // expired and unknown are Vonage's final word even though nobody knows what became of the message.
    const bool ended = s.status && (*s.status == "expired" || *s.status == "unknown");
    o.phase = triage::detail::phase_of(o.verdict, ended);
    // vonage.md §6: a DLR is (messageId, status, err-code); message-timestamp, timestamp, nonce and sig may
    // change on a redelivery.
    h.add(s.status);
    h.add(s.err_code);
  } else {
    const message_event& m = c.messages;
    o.id = m.message_uuid;
    const std::optional<endpoint>& contact = m.status ? m.to : m.from;
    if (contact && contact->value) o.contact = *contact->value;
    if (m.timestamp) o.time = m.timestamp->time();
    o.phase = triage::detail::phase_of(o.verdict, false);
    // vonage.md §6: (message_uuid, status, timestamp); the JWT's jti names the delivery attempt, not the event.
    h.add(m.status);
    h.add(m.timestamp ? std::optional<std::string_view>(m.timestamp->raw) : std::nullopt);
    h.add(m.error ? m.error->resolved_code : std::nullopt);
  }
  o.fingerprint = h.value();
}

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_TRACKER_KEY_HPP
