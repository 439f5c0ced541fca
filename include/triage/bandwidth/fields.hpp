#ifndef TRIAGE_BANDWIDTH_FIELDS_HPP
#define TRIAGE_BANDWIDTH_FIELDS_HPP

// The provider-neutral fields of a callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/callback_fields.hpp"

namespace triage::bandwidth {

constexpr std::string_view kind_of(const message_callback& c) noexcept { return to_string(c.kind); }

/// kind: the type with '-' as '_', multichannel_<status> for the 2025 multichannel types ("unknown" for a
/// type not in the table; status keeps it verbatim); id: message.id, else message.messageId; status: type; reason:
/// description; code: errorCode; detail: Bandwidth's name for the errorCode (e.g. "rejected-forbidden-country"), absent
/// for a code without a known name.
constexpr callback_fields fields_of(const message_callback& c) noexcept {
  callback_fields f{kind_of(c), {}, c.type, c.description, {}, c.error_code};
  if (c.message) f.id = c.message->key();
  if (c.error_code) {
    if (const code_row* row = find_code(*c.error_code); row != nullptr && !row->name.empty()) f.detail = row->name;
  }
  return f;
}

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_FIELDS_HPP
