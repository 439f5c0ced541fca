#ifndef TRIAGE_WHATSAPP_CLASSIFY_HPP
#define TRIAGE_WHATSAPP_CLASSIFY_HPP

// The verdict of a WhatsApp callback, from the tables in whatsapp/tables.hpp.

#include <cstdint>

#include "triage/taxonomy.hpp"
#include "triage/whatsapp/tables.hpp"
#include "triage/whatsapp/update.hpp"

namespace triage::whatsapp {

/// The verdict of an `errors[].code` of a failed status: its row in `codes`, else its range in
/// `code_ranges`, else unknown/unknown (`unknown_code`). By the code alone: Meta says to build handling on
/// code and details, "do not rely on titles" (error-codes page).
constexpr verdict classify_error_code(std::int64_t code) noexcept {
  if (const code_row* row = find_code(code)) return row->verdict;
  if (const code_range_row* range = find_code_range(code)) return range->verdict;
  return unknown_code;
}

/// The verdict of a WhatsApp callback. The rule, in order:
///  1. an inbound message (`messages[]`): none/none (`inbound_message`), whatever its type or errors;
///  2. status `failed` whose first error has a code: classify_error_code() decides (Meta sends one error);
///  3. a status of the `statuses` table: its row (failed without a code is unknown/unknown);
///  4. any other status, or none: unknown/unknown (`unknown_status`), the text kept raw.
/// Errors on a status other than failed are kept in the struct but decide nothing. The `status` text is
/// the input, not the parser's `value`, so a hand-built struct classifies the same way.
constexpr verdict classify(const update& u) noexcept {
  if (u.kind == kind::message) return inbound_message;
  const status_row* row = u.status.status ? find_status(*u.status.status) : nullptr;
  if (row == nullptr) return unknown_status;
  if (row->value == status_value::failed && !u.status.errors.empty() && u.status.errors[0].code) {
    return classify_error_code(*u.status.errors[0].code);
  }
  return row->verdict;
}

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_CLASSIFY_HPP
