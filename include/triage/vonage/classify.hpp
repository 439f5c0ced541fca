#ifndef TRIAGE_VONAGE_CLASSIFY_HPP
#define TRIAGE_VONAGE_CLASSIFY_HPP

// The verdict of a Vonage callback, from the tables in vonage/tables.hpp (the rules of vonage.md §12).

#include "triage/taxonomy.hpp"
#include "triage/vonage/callback.hpp"
#include "triage/vonage/tables.hpp"

namespace triage::vonage {

/// Whether a status row decides whatever code comes with it: an intermediate status (accepted, buffered,
/// submitted: a code on it means the carrier is still retrying), a success, or a read receipt.
constexpr bool status_decides_alone(const status_row& row) noexcept {
  const outcome o = row.verdict.outcome;
  return o == outcome::pending || o == outcome::delivered || o == outcome::none;
}

/// The verdict of the SMS API parameters. In order:
///  1. an inbound SMS (text or data): none;
///  2. a status of sms_statuses that decides alone (accepted, buffered, delivered): its row;
///  3. a non-zero err-code of sms_codes: its row (KB 204014733: "All Delivery Receipts with a non-zero error
///     code can be considered as indicating failed delivery"), whatever the other status;
///  4. a status of sms_statuses: its row (failed, rejected, expired, unknown: the fallbacks);
///  5. no status, or one the table does not know: unknown/unknown (`unknown_sms_status`).
constexpr verdict classify(const sms_message& s) noexcept {
  if (s.is_inbound()) return inbound_verdict;
  const status_row* row = s.status ? find_sms_status(*s.status) : nullptr;
  if (row != nullptr && status_decides_alone(*row)) return row->verdict;
  if (s.error_code && *s.error_code != 0) {
    if (const code_row* code = find_sms_code(*s.error_code)) return code->verdict;
  }
  return row != nullptr ? row->verdict : unknown_sms_status;
}

/// The verdict of a Messages API event. In order:
///  1. no status (an inbound message): none;
///  2. a status message_statuses does not know: unknown/unknown (`unknown_message_status`);
///  3. a status that decides alone (submitted, delivered, read): its row;
///  4. rejected or undeliverable with an error code of message_codes: the code's row;
///  5. otherwise the status row (the fallback of a failure without a known code).
constexpr verdict classify(const message_event& m) noexcept {
  if (!m.status) return inbound_verdict;
  const status_row* row = find_message_status(*m.status);
  if (row == nullptr) return unknown_message_status;
  if (status_decides_alone(*row)) return row->verdict;
  if (m.error && m.error->resolved_code) {
    if (const code_row* code = find_message_code(*m.error->resolved_code)) return code->verdict;
  }
  return row->verdict;
}

/// The verdict of a Vonage callback: by the API it comes from. Classifies the fields, not the parser's
/// `kind`, so a hand-built struct classifies the same way.
constexpr verdict classify(const callback& c) noexcept {
  return c.api == api::messages ? classify(c.messages) : classify(c.sms);
}

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_CLASSIFY_HPP
