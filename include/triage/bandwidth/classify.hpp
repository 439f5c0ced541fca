#ifndef TRIAGE_BANDWIDTH_CLASSIFY_HPP
#define TRIAGE_BANDWIDTH_CLASSIFY_HPP

// The verdict of a Bandwidth callback event, from the tables in bandwidth/tables.hpp.

#include <cstdint>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bandwidth {

/// The verdict of a message-failed `errorCode`: its row in `codes`, else its range in `code_ranges`, else
/// unknown/unknown.
constexpr verdict classify_error_code(std::int64_t code) noexcept {
  if (const code_row* row = find_code(code)) return row->verdict;
  return find_code_range(code).verdict;
}

/// The verdict of a Bandwidth event. The rule, in order:
///  1. `type` "message-failed" (or the multichannel FAILED) with an `errorCode`: classify_error_code() decides, by the
///  code alone
///     (Bandwidth: the description "is purely informative and should not be utilized in error handling");
///  2. a `type` of the `types` table: its row (message-failed without errorCode is unknown/unknown);
///  3. no `type`, or one the table does not know: unknown/unknown (`unknown_type`).
/// An errorCode on any other type is kept in the struct but decides nothing. `type` is the input, not the
/// parser's `kind`, so a hand-built struct classifies the same way.
constexpr verdict classify(const message_callback& event) noexcept {
  const type_row* row = event.type ? find_type(*event.type) : nullptr;
  if (row == nullptr) row = &unknown_type;
  const bool failed = row->kind == kind::message_failed || row->kind == kind::multichannel_failed;
  if (failed && event.error_code) return classify_error_code(*event.error_code);
  return row->verdict;
}

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_CLASSIFY_HPP
