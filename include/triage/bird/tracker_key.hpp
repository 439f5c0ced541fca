#ifndef TRIAGE_BIRD_TRACKER_KEY_HPP
#define TRIAGE_BIRD_TRACKER_KEY_HPP

// The tracker's key of a Bird message: the message `id`. Bird reports one status per message object, so a
// message with several contacts (e-mail cc) is one state; the first contact is kept as `contact`.
// A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <optional>
#include <string_view>

#include "triage/bird/message.hpp"
#include "triage/tracker/observation.hpp"

namespace triage::bird {

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
/// A platform v1 event: keyed on its data's id (sms_id, whatsapp_id, ...), the recipient as contact, the
/// envelope's timestamp as time; Standard Webhooks redeliveries repeat type, timestamp and error.
inline void fill_platform_observation(const platform_event& e, observation& o) noexcept {
  o.id = e.id;
  const platform_address& who = e.is_inbound() ? e.from : e.to;
  o.contact = who.number ? who.number : who.bsuid ? who.bsuid : e.recipient;
  if (e.timestamp) o.time = e.timestamp->time();
  const std::string_view name = e.event_name;
  o.phase = triage::detail::phase_of(
      o.verdict, name == "failed" || name == "rejected" || name == "undelivered" || name == "expired");
  triage::detail::fingerprint_hash h;
  h.add(e.type);
  h.add(e.timestamp ? std::optional<std::string_view>(e.timestamp->raw) : std::nullopt);
  h.add(e.error ? e.error->code : std::nullopt);
  h.add(e.error && e.error->occurred_at ? std::optional<std::string_view>(e.error->occurred_at->raw) : std::nullopt);
  o.fingerprint = h.value();
}

/// A legacy Conversations webhook: keyed on the message id (a conversation event on the conversation's id),
/// the customer (the contact's msisdn, else the message's to or from) as contact, updatedDatetime as time
/// (createdDatetime is the same on every status); a redelivery repeats type, status and updatedDatetime.
inline void fill_conversations_observation(const conversations_event& e, observation& o) noexcept {
  triage::detail::fingerprint_hash h;
  h.add(e.type);
  if (!e.message) {
    o.id = e.conversation.id;
    o.contact = e.contact ? e.contact->msisdn : std::nullopt;
    h.add(e.conversation.status);
    o.phase = triage::detail::phase_of(o.verdict, false);
    o.fingerprint = h.value();
    return;
  }
  const conversations_message& m = *e.message;
  o.id = m.id;
  o.contact = e.contact && e.contact->msisdn ? e.contact->msisdn : e.is_inbound() ? m.from : m.to;
  if (m.updated_datetime) o.time = m.updated_datetime->time();
  const bool failed = m.status == std::optional<std::string_view>("failed") ||
                      m.status == std::optional<std::string_view>("delivery_failed") ||
                      m.status == std::optional<std::string_view>("rejected");
  o.phase = triage::detail::phase_of(o.verdict, failed);
  h.add(m.status);
  h.add(m.updated_datetime ? std::optional<std::string_view>(m.updated_datetime->raw) : std::nullopt);
  o.fingerprint = h.value();
}

inline void fill_observation(const message& m, observation& o) noexcept {
  if (m.platform != nullptr) {
    fill_platform_observation(*m.platform, o);
    return;
  }
  if (m.conversations != nullptr) {
    fill_conversations_observation(*m.conversations, o);
    return;
  }
  if (m.is_interaction()) {
    // Keyed on the message it is about; a redelivery repeats the interaction's own id.
    o.id = m.message_id;
    if (m.receiver && !m.receiver->contacts.empty()) o.contact = m.receiver->contacts[0].identifier_value;
    if (m.created_at) o.time = m.created_at->time();
    o.phase = triage::detail::phase_of(o.verdict, false);
    triage::detail::fingerprint_hash h;
    h.add(m.interaction_type);
    h.add(m.id);
    h.add(m.created_at ? std::optional<std::string_view>(m.created_at->raw) : std::nullopt);
    o.fingerprint = h.value();
    return;
  }
  o.id = m.id;
  if (m.is_inbound() && m.sender && m.sender->contact && m.sender->contact->identifier_value) {
    o.contact = m.sender->contact->identifier_value;
  } else if (m.receiver && !m.receiver->contacts.empty()) {
    o.contact = m.receiver->contacts[0].identifier_value;
  }
  // createdAt is the same on every status of a message, so it orders nothing.
  const std::optional<timestamp>& when = m.last_status_at ? m.last_status_at : m.updated_at;
  if (when) o.time = when->time();
  o.phase = triage::detail::phase_of(o.verdict, m.status_value == bird::message_status::sending_failed ||
                                                    m.status_value == bird::message_status::delivery_failed);
  // Bird's advice: dedupe on message id + status + lastStatusAt/updatedAt; the failure codes keep two
  // failures stamped in the same millisecond apart, and identify a timeless status.
  triage::detail::fingerprint_hash h;
  h.add(m.status);
  h.add(when ? std::optional<std::string_view>(when->raw) : std::nullopt);
  h.add(m.failure ? m.failure->code : std::nullopt);
  h.add(m.failure && m.failure->source ? m.failure->source->code : std::nullopt);
  if (!when) {
    h.add(m.reason);
    h.add(m.details);
  }
  o.fingerprint = h.value();
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_TRACKER_KEY_HPP
