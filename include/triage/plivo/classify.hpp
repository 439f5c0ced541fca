#ifndef TRIAGE_PLIVO_CLASSIFY_HPP
#define TRIAGE_PLIVO_CLASSIFY_HPP

// The verdict of a Plivo callback, from the tables in plivo/tables.hpp.

#include "triage/plivo/message_callback.hpp"
#include "triage/plivo/tables.hpp"
#include "triage/taxonomy.hpp"

namespace triage::plivo {

/// The status row that decides a Status: its row in `statuses`, else `unknown_status`.
constexpr const status_row& status_row_of(std::string_view status) noexcept {
  const status_row* row = find_status(status);
  return row != nullptr ? *row : unknown_status;
}

/// The verdict of a Plivo callback. The rule, in order (plivo.md 13.2, 13.3):
///  1. no `Status` (or an empty one): an inbound message, `inbound_verdict`;
///  2. a failure Status (undelivered, failed, rejected) with an ErrorCode of the code table other than 000:
///     the code's row, except that `failed` keeps its own verdict over a code whose outcome is unknown (1000);
///  3. the Status's row (a code on queued, sent, delivered or read decides nothing), or `unknown_status`.
/// Status first, code second: a code never turns a delivery into a failure. `status` and `error_code` are
/// the inputs, not the parser's `kind`, so a hand-built struct classifies the same way.
constexpr verdict classify(const message_callback& c) noexcept {
  if (!c.status || c.status->empty()) return inbound_verdict;
  const status_row& row = status_row_of(*c.status);
  if (row.takes_code && c.error_code && *c.error_code != 0) {
    if (const code_row* code = find_code(*c.error_code)) {
      if (!(row.overrides_unknown_code && code->verdict.outcome == outcome::unknown)) return code->verdict;
    }
  }
  return row.verdict;
}

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_CLASSIFY_HPP
