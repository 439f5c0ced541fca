#ifndef TRIAGE_PLIVO_TRACKER_KEY_HPP
#define TRIAGE_PLIVO_TRACKER_KEY_HPP

// The tracker's key of a Plivo callback: the message, ParentMessageUUID when it is there (legacy long
// messages had one MessageUUID per part, grouped by the first part's: plivo.md section 5; nyaruka/courier
// keys on it too), else MessageUUID. Each recipient of a multi-recipient send is a message of its own.

#include <cstdint>
#include <optional>

#include "triage/plivo/classify.hpp"
#include "triage/plivo/message_callback.hpp"
#include "triage/tracker/observation.hpp"

namespace triage::plivo {

/// The provider's time of a callback: the stage time of its status (the receipt's for delivered and
/// undelivered, the hand-over's for sent, the queueing's for queued), else the latest time it has.
constexpr std::optional<utc_time> time_of(const message_callback& c) noexcept {
  for (const std::optional<utc_timestamp>* t :
       {&c.delivery_report_time, &c.sent_time, &c.queued_time, &c.message_time}) {
    if (*t) {
      if (auto value = (*t)->time()) return value;
    }
  }
  return std::nullopt;
}

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
inline void fill_observation(const message_callback& c, observation& o) noexcept {
  o.id = c.message_key();
  // Who the message is for: the recipient of an outbound message, your number for an inbound one.
  if (c.to) o.contact = c.to;
  o.time = time_of(c);
  const bool ended = c.status && status_row_of(*c.status).ends_delivery;
  o.phase = triage::detail::phase_of(o.verdict, ended);
  // Plivo sends no event id: a callback is its part's MessageUUID, its place (PartInfo, Sequence), its
  // Status and its ErrorCode (plivo.md section 6). A retry carries the same form body, so the same values.
  triage::detail::fingerprint_hash h;
  h.add(c.message_uuid);
  h.add(c.part ? std::optional<std::string_view>(c.part->raw) : std::nullopt);
  h.add(c.sequence);
  h.add(c.status);
  h.add(c.error_code);
  o.fingerprint = h.value();
  // The tracker folds the parts of one key: failed if any part failed, delivered when every part is.
  if (c.part && c.part->parts > 0) {
    constexpr std::uint32_t most = 0xFFFF;  // observation's width; SMS concatenation stops at 255 anyway
    o.part = static_cast<std::uint16_t>(c.part->part > most ? most : c.part->part);
    o.parts = static_cast<std::uint16_t>(c.part->parts > most ? most : c.part->parts);
  }
}

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_TRACKER_KEY_HPP
