#ifndef TRIAGE_TWILIO_CLASSIFY_HPP
#define TRIAGE_TWILIO_CLASSIFY_HPP

// The verdict of a Twilio messaging webhook, from the tables in twilio/tables.hpp.

#include <cstddef>
#include <cstdint>

#include "triage/detail/text.hpp"
#include "triage/taxonomy.hpp"
#include "triage/twilio/message_callback.hpp"
#include "triage/twilio/tables.hpp"

namespace triage::twilio {

/// The verdict of a failure's `ErrorCode`: its row in `codes`, else its family in `code_ranges`, else
/// unknown/unknown.
constexpr verdict classify_error_code(std::int64_t code) noexcept {
  const std::size_t at = triage::detail::sorted_index(codes, code, &code_row::code);
  if (at < codes.size()) return codes[at].verdict;
  return find_code_range(code).verdict;
}

/// The row that decides a callback's status: `EventType=READ` (a read receipt, whatever the status says);
/// else the status (MessageStatus, else SmsStatus) in `statuses`; else, for a body without any status, an
/// inbound message when it has no MessageStatus; else `unknown_status`.
constexpr const status_row& status_row_of(const message_callback& c) noexcept {
  if (c.event_type && triage::detail::equals_ignoring_ascii_case(*c.event_type, "read")) return read_event;
  const std::optional<std::string_view> status = c.status();
  if (!status) return c.message_status ? unknown_status : inbound_without_status;
  const status_row* row = find_status(*status);
  return row != nullptr ? *row : unknown_status;
}

/// The verdict of a Twilio callback (twilio.md section 12): a failed or undelivered status with an
/// ErrorCode is decided by the code (classify_error_code); any other status by its row, so that a
/// `delivered` with an ErrorCode (30018, 30025, 30026 are warnings) stays delivered. The input is the raw
/// fields, not the parser's `kind`, so a hand-built struct classifies the same way.
constexpr verdict classify(const message_callback& c) noexcept {
  const status_row& row = status_row_of(c);
  if (row.failure && c.error_code) return classify_error_code(*c.error_code);
  return row.verdict;
}

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_CLASSIFY_HPP
