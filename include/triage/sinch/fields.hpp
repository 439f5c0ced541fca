#ifndef TRIAGE_SINCH_FIELDS_HPP
#define TRIAGE_SINCH_FIELDS_HPP

// The provider-neutral fields of a Sinch callback (triage::callback_fields), and its kind.

#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/sinch/event.hpp"
#include "triage/sinch/tables.hpp"

namespace triage::sinch {

/// The SMS `type` (recipient_delivery_report_sms, delivery_report_sms, mo_text, ...), the Conversation
/// trigger (message_delivery_report, event_delivery_report, message_inbound, event_inbound, notification),
/// or `other` for an SMS type this library does not know (its text is in type_text).
constexpr std::string_view kind_of(const event& e) noexcept { return to_string(e.kind); }

/// id: the SMS `batch_id` (with the recipient, in the tracker key: Sinch has no message id, reference §6),
/// the inbound message's `id`, or the Conversation `message_id`/`event_id`; status: the report's (or the
/// bucket's) status; code: its delivery-report code, reason: that code's name in Sinch's table; for
/// Conversation, reason: `reason.code`, detail: `reason.description` (never classified on).
constexpr callback_fields fields_of(const event& e) noexcept {
  callback_fields f{kind_of(e), {}, {}, {}, {}, {}};
  switch (e.family) {
    case family::recipient_report:
    case family::batch_report:
      f.id = e.report.batch_id;
      f.status = e.report.status;
      f.code = e.report.code;
      f.detail = e.report.status_message;
      if (e.report.code) {
        if (const sms_code_row* row = find_code(*e.report.code)) f.reason = row->name;
      }
      break;
    case family::inbound: f.id = e.inbound.id; break;
    case family::conversation_report:
    case family::conversation_other:
      f.id = e.conversation.id;
      f.status = e.conversation.status;
      f.reason = e.conversation.reason_code;
      f.detail = e.conversation.reason_description;
      break;
  }
  return f;
}

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_FIELDS_HPP
