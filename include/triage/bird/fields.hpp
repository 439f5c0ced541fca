#ifndef TRIAGE_BIRD_FIELDS_HPP
#define TRIAGE_BIRD_FIELDS_HPP

// The provider-neutral fields of a callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/bird/message.hpp"
#include "triage/callback_fields.hpp"

namespace triage::bird {

constexpr std::string_view kind_of(const message&) noexcept { return message_kind; }

/// kind: "message"; id: the message id; status: verbatim; reason: the status-reason slug (`details`, else
/// the `reason:` part of a structured SMS reason); detail: the free text (the `details:` part of a structured
/// reason, else `reason`); code: the most specific integer code (failure.source.code, else the structured
/// reason's `code:`, else failure.code). See bird::message's members of the same names.
constexpr callback_fields fields_of(const message& m) noexcept {
  return {kind_of(m), m.id, m.status, m.reason_slug(), m.free_text(), m.most_specific_code()};
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_FIELDS_HPP
