#ifndef TRIAGE_PLIVO_FIELDS_HPP
#define TRIAGE_PLIVO_FIELDS_HPP

// The provider-neutral fields of a Plivo callback (triage::callback_fields), and its kind.

#include "triage/callback_fields.hpp"
#include "triage/plivo/message_callback.hpp"
#include "triage/plivo/tables.hpp"

namespace triage::plivo {

constexpr std::string_view kind_of(const message_callback& c) noexcept { return to_string(c.kind); }

/// kind: "status" or "inbound"; id: MessageUUID; status: Status; reason: absent (Plivo sends no reason
/// text); code: ErrorCode; detail: Plivo's name of the ErrorCode ("Network Error"), absent for an empty
/// code and for a code without a known name.
constexpr callback_fields fields_of(const message_callback& c) noexcept {
  callback_fields f{kind_of(c), c.message_uuid, c.status, {}, {}, c.error_code};
  if (c.error_code) {
    if (const code_row* row = find_code(*c.error_code)) f.detail = row->name;
  }
  return f;
}

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_FIELDS_HPP
