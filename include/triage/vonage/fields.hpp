#ifndef TRIAGE_VONAGE_FIELDS_HPP
#define TRIAGE_VONAGE_FIELDS_HPP

// The provider-neutral fields of a Vonage callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/vonage/callback.hpp"
#include "triage/vonage/tables.hpp"

namespace triage::vonage {

constexpr std::string_view kind_of(const callback& c) noexcept { return to_string(c.kind); }

/// The error code a callback carries: the SMS API err-code, or the Messages API error's code.
constexpr std::optional<std::int64_t> error_code_of(const callback& c) noexcept {
  if (c.api == api::sms) return c.sms.error_code;
  return c.messages.error ? c.messages.error->resolved_code : std::nullopt;
}

/// kind: delivery_receipt, inbound_sms, message_status or inbound_message; id: messageId (SMS API, one per
/// part) or message_uuid (Messages API); status: verbatim; reason: the Messages API error's detail (the SMS
/// API sends no text); code: err-code or the Messages API error code; detail: Vonage's name for that code,
/// absent for a code without a known name.
constexpr callback_fields fields_of(const callback& c) noexcept {
  callback_fields f{kind_of(c), {}, {}, {}, {}, error_code_of(c)};
  if (c.api == api::sms) {
    f.id = c.sms.message_id;
    f.status = c.sms.status;
    if (f.code) {
      if (const code_row* row = find_sms_code(*f.code)) f.detail = row->name;
    }
  } else {
    f.id = c.messages.message_uuid;
    f.status = c.messages.status;
    if (c.messages.error) f.reason = c.messages.error->detail ? c.messages.error->detail : c.messages.error->reason;
    if (f.code) {
      if (const code_row* row = find_message_code(*f.code)) f.detail = row->name;
    }
  }
  return f;
}

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_FIELDS_HPP
