#ifndef TRIAGE_TWILIO_FIELDS_HPP
#define TRIAGE_TWILIO_FIELDS_HPP

// The provider-neutral fields of a Twilio callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/twilio/message_callback.hpp"
#include "triage/twilio/tables.hpp"

namespace triage::twilio {

constexpr std::string_view kind_of(const message_callback& c) noexcept { return to_string(c.kind); }

/// kind: message_status or inbound_message; id: MessageSid (else SmsSid, SmsMessageSid); status:
/// MessageStatus (else SmsStatus), verbatim; reason: the channel's error text (ChannelStatusMessage), else
/// ErrorMessage; code: ErrorCode; detail: Twilio's name for the ErrorCode (e.g. "Unreachable destination
/// handset"), absent for a code without a row.
constexpr callback_fields fields_of(const message_callback& c) noexcept {
  callback_fields f{kind_of(c), c.id(), c.status(), {}, {}, c.error_code};
  f.reason = c.channel_status_message ? c.channel_status_message : c.error_message;
  if (c.error_code) {
    if (const code_row* row = find_code(*c.error_code)) f.detail = row->name;
  }
  return f;
}

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_FIELDS_HPP
