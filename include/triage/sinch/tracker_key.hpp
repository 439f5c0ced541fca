#ifndef TRIAGE_SINCH_TRACKER_KEY_HPP
#define TRIAGE_SINCH_TRACKER_KEY_HPP

// The tracker's key of a Sinch callback (reference §6, verdict rule 5):
//  - an SMS report: (batch_id, recipient), since Sinch's reports carry no message id and a batch is one body
//    to many recipients;
//  - a batch-report bucket: the same key when the bucket names exactly one recipient (a `full` report), so it
//    folds with that recipient's per-recipient reports; any other bucket stands for `count` messages it
//    cannot name, and is a state of its own, keyed on its fingerprint;
//  - an inbound message: its `id`; a Conversation callback: its `message_id`/`event_id` (or `id`).

#include <optional>
#include <string_view>

#include "triage/sinch/event.hpp"
#include "triage/sinch/tables.hpp"
#include "triage/tracker/observation.hpp"

namespace triage::sinch {

/// Fills what the tracker needs beyond the neutral fields and the verdict (already in `o`): the key, the
/// contact, the provider's time, the phase and the fingerprint.
///
/// Multipart messages: Sinch reports per recipient, not per part (reference §7), so `o.part`/`o.parts` stay 0.
inline void fill_observation(const event& e, observation& o) noexcept {
  triage::detail::fingerprint_hash h;
  bool ended = false;
  switch (e.family) {
    case family::recipient_report:
    case family::batch_report: {
      const sms_report& r = e.report;
      std::optional<std::string_view> recipient = r.recipient;
      if (e.family == family::batch_report)
        recipient = r.recipients.size() == 1 ? std::optional(r.recipients[0]) : std::nullopt;
      o.id = recipient ? r.batch_id : std::nullopt;
      if (recipient) {
        o.recipient = *recipient;
        o.contact = *recipient;
      }
      o.time = r.at ? r.at->time() : std::nullopt;
      const sms_status_row* row = r.status ? find_status(*r.status) : nullptr;
      ended = row == nullptr || row->terminal;
      // Retries of one report repeat it byte for byte: (batch_id, recipient, status, code, at) identify it;
      // a bucket is told from the batch's other buckets by its status, code and count.
      h.add(r.batch_id);
      h.add(recipient);
      h.add(r.status);
      h.add(r.code);
      h.add(r.at ? std::optional<std::string_view>(r.at->raw) : std::nullopt);
      if (e.family == family::batch_report) h.add(r.count);
      break;
    }
    case family::inbound:
      o.id = e.inbound.id;
      o.contact = e.inbound.from;
      o.time = e.inbound.received_at ? e.inbound.received_at->time() : std::nullopt;
      h.add(e.inbound.id);
      break;
    case family::conversation_report:
    case family::conversation_other: {
      const conversation_callback& c = e.conversation;
      o.id = c.id;
      o.contact = c.identity;
      const std::optional<timestamp>& when = c.event_time ? c.event_time : c.accepted_time;
      o.time = when ? when->time() : std::nullopt;
      const conversation_status_row* row = c.status ? find_conversation_status(*c.status) : nullptr;
      ended = row == nullptr || row->terminal;
      // Fallback and failover send one report per channel leg: (id, status, channel) identify one.
      h.add(std::optional<std::string_view>(c.trigger));
      h.add(c.id);
      h.add(c.status);
      h.add(c.channel);
      h.add(c.reason_code);
      break;
    }
  }
  o.phase = triage::detail::phase_of(o.verdict, ended);
  o.fingerprint = h.value();
}

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_TRACKER_KEY_HPP
