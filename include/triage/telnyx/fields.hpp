#ifndef TRIAGE_TELNYX_FIELDS_HPP
#define TRIAGE_TELNYX_FIELDS_HPP

// The provider-neutral fields of a Telnyx callback (triage::callback_fields), and its kind.

#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/telnyx/event.hpp"

namespace triage::telnyx {

/// `data.event_type` with `.` as `_` for the types this library knows (message_sent, message_finalized,
/// message_received, message_read); any other type is `other` (its text is in event_type_text).
constexpr std::string_view kind_of(const event& e) noexcept { return to_string(e.type); }

/// id: `payload.id`, the message id (the event id `data.id` is the event's own, for deduplication);
/// status: this recipient's `to[].status`; reason: the title of the error about it; detail: its detail;
/// code: its code.
constexpr callback_fields fields_of(const event& e) noexcept {
  callback_fields f{kind_of(e), e.payload.id, e.recipient.status, {}, {}, {}};
  if (const error_object* error = e.error()) {
    f.reason = error->title;
    f.detail = error->detail;
    f.code = error->code;
  }
  return f;
}

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_FIELDS_HPP
