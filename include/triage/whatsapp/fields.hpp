#ifndef TRIAGE_WHATSAPP_FIELDS_HPP
#define TRIAGE_WHATSAPP_FIELDS_HPP

// The provider-neutral fields of a WhatsApp callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/whatsapp/update.hpp"

namespace triage::whatsapp {

constexpr std::string_view kind_of(const update& u) noexcept { return to_string(u.kind); }

/// kind: `status` or `message`; id: the status `id` (the wamid of the message sent) or the inbound
/// message's `id`; status: the status verbatim, or the inbound message's `type`; reason: the first error's
/// title; detail: its details (`error_data.details`), else its message; code: its code.
constexpr callback_fields fields_of(const update& u) noexcept {
  const bool is_status = u.kind == kind::status;
  callback_fields f{
      kind_of(u), is_status ? u.status.id : u.message.id, is_status ? u.status.status : u.message.type, {}, {}, {}};
  const span<error_object>& errors = is_status ? u.status.errors : u.message.errors;
  if (!errors.empty()) {
    const error_object& first = errors[0];
    f.reason = first.title;
    f.detail = first.details ? first.details : first.message;
    f.code = first.code;
  }
  return f;
}

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_FIELDS_HPP
