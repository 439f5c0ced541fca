#ifndef TRIAGE_VIBES_CLASSIFY_HPP
#define TRIAGE_VIBES_CLASSIFY_HPP

// Stage (kind) and verdict of a Vibes callback, from the tables in vibes/tables.hpp.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/taxonomy.hpp"
#include "triage/vibes/event_processed.hpp"
#include "triage/vibes/tables.hpp"

namespace triage::vibes {

namespace detail {

constexpr bool is_other_callback_type(const event_processed& callback) noexcept {
  return callback.callback_type && *callback.callback_type != "event_processed";
}

/// The row of a callback type other than event_processed, or nullptr. Vibes' own ack_participant_changed
/// example says callback_type "ack_participant_added" with event_type "ack_participant_changed" (vibes.md
/// §2.4): the event_type then says which.
constexpr const callback_type_row* other_type_row(const event_processed& callback) noexcept {
  if (!callback.callback_type) return nullptr;
  if (*callback.callback_type == "ack_participant_added" && callback.event_type &&
      *callback.event_type == "ack_participant_changed") {
    return find_callback_type(*callback.event_type);
  }
  return find_callback_type(*callback.callback_type);
}

}  // namespace detail

/// The stage a callback reports on. The rule, in order:
///  1. a callback_type other than "event_processed": its row of callback_types (the type itself), unknown
///     for a type not in the table; no action: unknown;
///  2. action.type "routing": routing;
///  3. status_reason "queued": message_processing when status is "processing" (a generated message queued
///     for the carrier), carrier_dlr otherwise (the carrier receipt table's "queued");
///  4. a status_reason of the tables: its stage (message_processing, carrier_dlr, handset_dlr, or dlr for
///     rejected and expired, which both receipt tables have);
///  5. otherwise a failure with a `reason` (message-processing failures carry one, receipts never do):
///     message_processing;
///  6. otherwise unknown.
constexpr kind derive_kind(const event_processed& callback) noexcept {
  if (detail::is_other_callback_type(callback)) {
    const callback_type_row* row = detail::other_type_row(callback);
    return row != nullptr ? row->kind : kind::unknown;
  }
  const action* a = callback.find_action();
  if (a == nullptr) return kind::unknown;
  if (a->type && *a->type == "routing") return kind::routing;
  if (a->status_reason) {
    if (*a->status_reason == queued_row.reason) {
      return a->status && *a->status == "processing" ? kind::message_processing : kind::carrier_dlr;
    }
    if (const reason_row* row = find_status_reason(*a->status_reason)) {
      // A routing reason under a send_message action is not routing: only action.type says that.
      if (row->kind != kind::routing) return row->kind;
    }
  }
  if (a->failure && a->failure->reason) return kind::message_processing;
  return kind::unknown;
}

/// The verdict of a Vibes callback. The rule, in order:
///  1. a callback_type other than "event_processed" reports no delivery (outcome none): for an acquisition
///     callback a participant.status of the table decides (REJECTED is a compliance signal), otherwise its
///     callback_types row (subscription_removed, an opt-out, is compliance); a type not in the table is
///     none with no category;
///  2. no action: unknown;
///  3. a failure.reason of the table (routing and message processing): its row; for
///     no_routes_accepted_event the errors[].error text refines the category;
///  4. a delivery receipt (carrier_dlr, handset_dlr, dlr) whose status_reason is not a success or in-flight
///     state, with a numeric errors[].error_code of the Vibes code table: that code's row;
///  5. the status_reason row ("queued" is pending);
///  6. nothing known: pending when status is "processing", unknown otherwise.
constexpr verdict classify(const event_processed& callback) noexcept {
  if (detail::is_other_callback_type(callback)) {
    const callback_type_row* row = detail::other_type_row(callback);
    if (row == nullptr) {
      return {outcome::none, category::none, retry_advice::none, "vibes callback_type other than event_processed"};
    }
    const bool acquisition = row->kind == kind::ack_participant_added || row->kind == kind::ack_participant_changed ||
                             row->kind == kind::company_participant_added;
    if (acquisition && callback.other && callback.other->participant && callback.other->participant->status) {
      if (const participant_status_row* status = find_participant_status(*callback.other->participant->status)) {
        return status->verdict;
      }
    }
    return row->verdict;
  }
  const action* a = callback.find_action();
  if (a == nullptr) return {outcome::unknown, category::unknown, retry_advice::none, "vibes callback without action"};

  if (a->failure && a->failure->reason) {
    if (const reason_row* row = find_failure_reason(*a->failure->reason)) {
      if (row->reason == "no_routes_accepted_event") {
        for (const failure_error& e : a->failure->errors) {
          if (!e.error) continue;
          if (const error_text_row* text = find_error_text(*e.error)) return text->verdict;
        }
      }
      return row->verdict;
    }
  }

  const reason_row* status_row = nullptr;
  if (a->status_reason) {
    status_row = *a->status_reason == queued_row.reason ? &queued_row : find_status_reason(*a->status_reason);
  }
  const kind k = derive_kind(callback);
  const bool is_receipt = k == kind::carrier_dlr || k == kind::handset_dlr || k == kind::dlr;
  const bool settled_well = status_row != nullptr && (status_row->verdict.outcome == outcome::delivered ||
                                                      status_row->verdict.outcome == outcome::pending);
  if (is_receipt && !settled_well) {
    if (const std::optional<std::int64_t> code = callback.first_error_code()) {
      if (const code_row* row = find_code(*code)) return row->verdict;
    }
  }
  if (status_row != nullptr) return status_row->verdict;
  if (a->status && *a->status == "processing") {
    return {outcome::pending, category::none, retry_advice::none, "vibes action.status processing"};
  }
  return {outcome::unknown, category::unknown, retry_advice::none, "vibes action.status_reason not recognised"};
}

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_CLASSIFY_HPP
