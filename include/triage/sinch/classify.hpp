#ifndef TRIAGE_SINCH_CLASSIFY_HPP
#define TRIAGE_SINCH_CLASSIFY_HPP

// The verdict of a Sinch callback (one recipient report, one batch-report bucket, an inbound message or a
// Conversation callback), from the tables in sinch/tables.hpp.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/sinch/event.hpp"
#include "triage/sinch/tables.hpp"
#include "triage/taxonomy.hpp"

namespace triage::sinch {

/// The verdict of an SMS delivery report's status and code (reference, verdict rules 1 and 2):
///  1. a status whose row decides alone (Queued, Dispatched, Delivered, Cancelled): its row, whatever the code;
///  2. a failure status (`by_code`), or a status of no row: the code's row, else its MMS range; but a code
///     whose row is no failure (0 "No error", 400 Queued, 401 Dispatched, 1000 Success) does not overrule a
///     failure status, and a code in no row or range falls back to the status row;
///  3. neither: `unknown_status`.
constexpr verdict classify_report(const std::optional<std::string_view>& status,
                                  const std::optional<std::int64_t>& code) noexcept {
  const sms_status_row* row = status ? find_status(*status) : nullptr;
  if (row != nullptr && !row->by_code) return row->verdict;
  if (code) {
    if (const sms_code_row* c = find_code(*code)) {
      const bool no_failure = c->verdict.outcome == outcome::pending || c->verdict.outcome == outcome::delivered;
      if (!(no_failure && row != nullptr)) return c->verdict;
    } else if (const sms_code_range_row* range = find_code_range(*code)) {
      if (!(range->verdict.outcome == outcome::pending && row != nullptr)) return range->verdict;
    }
  }
  return row != nullptr ? row->verdict : unknown_status;
}

/// The verdict of a Conversation delivery report (rule 3): the status row (an unknown one is
/// `unknown_conversation_status`); FAILED (`by_reason`) by its
/// `reason.code` row, and where the code is absent, "" or UNKNOWN by the `reason.sub_code` row when it has
/// one; a reason code of no row is `unknown_reason`. The description is never read.
constexpr verdict classify_conversation(const conversation_callback& c) noexcept {
  const conversation_status_row* row = c.status ? find_conversation_status(*c.status) : nullptr;
  if (row == nullptr) return unknown_conversation_status;
  if (!row->by_reason) return row->verdict;
  const bool code_says_nothing = !c.reason_code || c.reason_code->empty() || *c.reason_code == "UNKNOWN";
  if (code_says_nothing && c.reason_sub_code) {
    if (const reason_row* sub = find_sub_code(*c.reason_sub_code)) {
      if (sub->verdict.outcome != outcome::unknown) return sub->verdict;
    }
  }
  if (!c.reason_code || c.reason_code->empty()) return row->verdict;
  const reason_row* reason = find_reason(*c.reason_code);
  return reason != nullptr ? reason->verdict : unknown_reason;
}

/// The verdict of one Sinch callback. The texts are the input, not the parser's derived values, so a
/// hand-built struct classifies the same way.
constexpr verdict classify(const event& e) noexcept {
  if (e.type_text) {
    const type_row* type = find_type(*e.type_text);
    if (type == nullptr) return unknown_type;
    if (type->family == family::inbound) return type->verdict;
    if (!e.report.status && !e.report.code) return type->verdict;
    return classify_report(e.report.status, e.report.code);
  }
  const trigger_row* trigger = find_trigger(e.conversation.trigger);
  if (trigger == nullptr) return unknown_type;
  if (trigger->family != family::conversation_report || !e.conversation.status) return trigger->verdict;
  return classify_conversation(e.conversation);
}

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_CLASSIFY_HPP
