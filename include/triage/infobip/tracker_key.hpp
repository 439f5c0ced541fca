#ifndef TRIAGE_INFOBIP_TRACKER_KEY_HPP
#define TRIAGE_INFOBIP_TRACKER_KEY_HPP

// The tracker's key of an Infobip callback (reference §6 and verdict rule 8):
//  - a delivery report: (messageId, channel). `messageId` names one message to one destination; the
//    `channel` (RCS failover only: RCS, SMS, MMS; the Messages API's channel) is the key's second part,
//    because the RCS leg and its SMS failover share the messageId (spec examples "RCS with failover ...",
//    both msg-abc123) and each leg has a fate of its own: the RCS leg may stay PENDING_ENROUTE with an error
//    while the SMS leg is delivered. Without a channel the second part is empty;
//  - a seen report: the same key, so it folds with that message's reports as information (phase info never
//    takes the last word from a delivery state);
//  - an inbound message: its messageId.
// No callback id exists (no event id, no delivery id, no header): a callback's identity, the fingerprint,
// is (kind, messageId, channel, status.id, error.id, doneAt) for a report, (messageId, "seen") for a seen
// report and messageId for an inbound message. The same messageId can repeat within one batch (an
// intermediate PENDING and the final report, courier's fixture) and both fold into the one state: the
// terminal one keeps the last word whatever the order (phase first, then rule 8's rank of final reports:
// terminal_rank_of, then doneAt).

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/infobip/classify.hpp"
#include "triage/infobip/event.hpp"
#include "triage/infobip/tables.hpp"
#include "triage/tracker/observation.hpp"

namespace triage::infobip {

/// Rule 8's ranking of final reports, before their times: delivered to the handset (status 5) 4 > failed
/// (UNDELIVERABLE, REJECTED) 3 > another delivery (DELIVERED_TO_OPERATOR 2, ...) 2 > expired 1; pending
/// and unknown groups 0 (they are not terminal, or rank nothing). A DELIVERED_TO_OPERATOR can thus turn into
/// a DELIVERED_TO_HANDSET later, never back, and a failure is not undone by an operator's acceptance.
constexpr std::uint8_t terminal_rank_of(const group_row& group, const status_object& status) noexcept {
  switch (group.group_id) {
    case 3: return status.id == std::optional<std::int64_t>(5) ? 4 : 2;
    case 2:
    case 5: return 3;
    case 4: return 1;
    default: return 0;
  }
}

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`).
///
/// Multipart messages: Infobip reports per message, not per part (reference §7): `o.part`/`o.parts` stay 0.
inline void fill_observation(const event& e, observation& o) noexcept {
  triage::detail::fingerprint_hash h;
  h.add_number(static_cast<std::uint64_t>(e.kind));
  bool ended = false;
  switch (e.kind) {
    case kind::delivery_report: {
      o.id = e.message_id;
      if (e.channel) o.recipient = *e.channel;
      o.contact = e.recipient();
      const std::optional<timestamp>& when = e.done_at ? e.done_at : e.sent_at;
      o.time = when ? when->time() : std::nullopt;
      const group_row* group = e.status ? group_of(*e.status) : nullptr;
      ended = group == nullptr || group->terminal;
      if (group != nullptr) o.terminal_rank = terminal_rank_of(*group, *e.status);
      h.add(e.message_id);
      h.add(e.channel);
      h.add(e.status ? e.status->id : std::nullopt);
      h.add(e.error ? e.error->id : std::nullopt);
      h.add(e.done_at ? std::optional<std::string_view>(e.done_at->raw) : std::nullopt);
      break;
    }
    case kind::seen_report:
      o.id = e.message_id;
      if (e.channel) o.recipient = *e.channel;
      o.contact = e.from;  // the end user; `to` is your sender here (§3.7)
      o.time = e.seen_at ? e.seen_at->time() : std::nullopt;
      h.add(e.message_id);
      h.add(std::optional<std::string_view>("seen"));
      break;
    case kind::inbound_message:
      o.id = e.message_id;
      o.contact = e.originator();
      o.time = e.received_at ? e.received_at->time() : std::nullopt;
      h.add(e.message_id);
      break;
    case kind::invalid_report:
      // Keyed on its fingerprint alone: an element that could not be read correlates with nothing.
      o.id = std::nullopt;
      h.add(e.message_id);
      h.add_number(e.index);
      h.add_number(e.problem.offset());
      break;
  }
  o.phase = triage::detail::phase_of(o.verdict, ended);
  o.fingerprint = h.value();
}

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_TRACKER_KEY_HPP
