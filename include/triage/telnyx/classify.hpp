#ifndef TRIAGE_TELNYX_CLASSIFY_HPP
#define TRIAGE_TELNYX_CLASSIFY_HPP

// The verdict of a Telnyx callback (one recipient of one event), from the tables in telnyx/tables.hpp.

#include <cstdint>

#include "triage/taxonomy.hpp"
#include "triage/telnyx/event.hpp"
#include "triage/telnyx/tables.hpp"

namespace triage::telnyx {

/// The verdict of an `errors[].code` of a failed recipient: its row in `codes`, else its range in
/// `code_ranges`, else unknown/unknown (`unknown_code`). By the code alone, never the title.
constexpr verdict classify_error_code(std::int64_t code) noexcept {
  if (const code_row* row = find_code(code)) return row->verdict;
  if (const code_range_row* range = find_code_range(code)) return range->verdict;
  return unknown_code;
}

/// The verdict of one recipient of a Telnyx event. The rule, in order (shared/reference/telnyx.md,
/// "Suggested verdict rules"):
///  1. an event type whose row decides alone (message.received, message.read, message.sent, the spend-limit
///     notice): its row, whatever the status says;
///  2. an event type of no row: unknown/unknown (`unknown_event_type`);
///  3. message.finalized: the recipient's status row; a failure status (`by_code`) whose error about this
///     recipient has a code: classify_error_code(); a status of no row, or none: `unknown_status`.
/// The texts are the input, not the parser's derived values, so a hand-built struct classifies the same way.
constexpr verdict classify(const event& e) noexcept {
  const event_row* type = e.event_type_text ? find_event_type(*e.event_type_text) : nullptr;
  if (type == nullptr) return unknown_event_type;
  if (!type->by_status) return type->verdict;
  if (!e.recipient.status) return type->verdict;
  const status_row* row = find_status(*e.recipient.status);
  if (row == nullptr) return unknown_status;
  if (row->by_code) {
    const error_object* error = e.error();
    if (error != nullptr && error->code) return classify_error_code(*error->code);
  }
  return row->verdict;
}

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_CLASSIFY_HPP
