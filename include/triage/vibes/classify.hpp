#ifndef TRIAGE_VIBES_CLASSIFY_HPP
#define TRIAGE_VIBES_CLASSIFY_HPP

// Stage (kind) and verdict of a Vibes callback, from the tables in vibes/tables.hpp.

#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>

#include "triage/taxonomy.hpp"
#include "triage/vibes/event_processed.hpp"
#include "triage/vibes/tables.hpp"

namespace triage::vibes {

namespace detail {

template <class Row>
constexpr const Row* find_by_reason(const Row* begin, const Row* end, std::string_view key) noexcept {
  for (const Row* row = begin; row != end; ++row) {
    if constexpr (std::is_same_v<Row, status_reason_row>) {
      if (row->status_reason == key) return row;
    } else {
      if (row->reason == key) return row;
    }
  }
  return nullptr;
}

constexpr const status_reason_row* find_status_reason(std::string_view value) noexcept {
  return find_by_reason(std::begin(status_reasons), std::end(status_reasons), value);
}

constexpr const failure_reason_row* find_failure_reason(std::string_view value) noexcept {
  return find_by_reason(std::begin(failure_reasons), std::end(failure_reasons), value);
}

constexpr const code_row* find_code(std::int64_t code) noexcept {
  for (const code_row& row : codes) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool contains_ignoring_case(std::string_view text, std::string_view needle) noexcept {
  if (needle.size() > text.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    std::size_t j = 0;
    while (j < needle.size() && ascii_lower(text[i + j]) == ascii_lower(needle[j])) ++j;
    if (j == needle.size()) return true;
  }
  return false;
}

constexpr const error_text_row* find_error_text(std::string_view text) noexcept {
  for (const error_text_row& row : routing_error_texts) {
    if (contains_ignoring_case(text, row.contains)) return &row;
  }
  return nullptr;
}

constexpr bool is_other_callback_type(const event_processed& callback) noexcept {
  return callback.callback_type && *callback.callback_type != "event_processed";
}

template <class Row>
constexpr verdict verdict_of(const Row& row) noexcept {
  return {row.outcome, row.category, row.retry, row.rule};
}

}  // namespace detail

/// The stage a callback reports on. The rule, in order:
///  1. a callback_type other than "event_processed", or no action: unknown;
///  2. action.type "routing": routing;
///  3. status_reason "queued": message_processing when status is "processing" (a generated message queued
///     for the carrier), carrier_dlr otherwise (the carrier receipt table's "queued");
///  4. a status_reason of the tables: its stage (message_processing, carrier_dlr, handset_dlr, or dlr for
///     rejected and expired, which both receipt tables have);
///  5. otherwise a failure with a `reason` (message-processing failures carry one, receipts never do):
///     message_processing;
///  6. otherwise unknown.
constexpr kind derive_kind(const event_processed& callback) noexcept {
  const action* a = callback.find_action();
  if (detail::is_other_callback_type(callback) || a == nullptr) return kind::unknown;
  if (a->type && *a->type == "routing") return kind::routing;
  if (a->status_reason) {
    if (*a->status_reason == queued_row.status_reason) {
      return a->status && *a->status == "processing" ? kind::message_processing : kind::carrier_dlr;
    }
    if (const status_reason_row* row = detail::find_status_reason(*a->status_reason)) {
      // A routing reason under a send_message action is not routing: only action.type says that.
      if (row->kind != kind::routing) return row->kind;
    }
  }
  if (a->failure && a->failure->reason) return kind::message_processing;
  return kind::unknown;
}

/// The verdict of a Vibes callback. The rule, in order:
///  1. a callback_type other than "event_processed": none (it reports no delivery);
///  2. no action: unknown;
///  3. a failure.reason of the table (routing and message processing): its row; for
///     no_routes_accepted_event the errors[].error text refines the category;
///  4. a delivery receipt (carrier_dlr, handset_dlr, dlr) whose status_reason is not a success or in-flight
///     state, with a numeric errors[].error_code of the Vibes code table: that code's row;
///  5. the status_reason row ("queued" is pending);
///  6. nothing known: pending when status is "processing", unknown otherwise.
constexpr verdict classify(const event_processed& callback) noexcept {
  if (detail::is_other_callback_type(callback)) {
    return {outcome::none, category::none, retry_advice::none, "vibes callback_type other than event_processed"};
  }
  const action* a = callback.find_action();
  if (a == nullptr) return {outcome::unknown, category::unknown, retry_advice::none, "vibes callback without action"};

  if (a->failure && a->failure->reason) {
    if (const failure_reason_row* row = detail::find_failure_reason(*a->failure->reason)) {
      verdict v = detail::verdict_of(*row);
      if (row->reason == "no_routes_accepted_event") {
        for (const failure_error& e : a->failure->errors) {
          if (!e.error) continue;
          if (const error_text_row* text = detail::find_error_text(*e.error)) {
            v.category = text->category;
            v.rule = text->rule;
            break;
          }
        }
      }
      return v;
    }
  }

  const status_reason_row* reason_row = nullptr;
  if (a->status_reason) {
    reason_row =
        *a->status_reason == queued_row.status_reason ? &queued_row : detail::find_status_reason(*a->status_reason);
  }
  const kind k = derive_kind(callback);
  const bool is_receipt = k == kind::carrier_dlr || k == kind::handset_dlr || k == kind::dlr;
  const bool settled_well =
      reason_row != nullptr && (reason_row->outcome == outcome::delivered || reason_row->outcome == outcome::pending);
  if (is_receipt && !settled_well) {
    if (const std::optional<std::int64_t> code = callback.first_error_code()) {
      if (const code_row* row = detail::find_code(*code)) {
        return {row->outcome, row->category, row->retry, row->meaning};
      }
    }
  }
  if (reason_row != nullptr) return detail::verdict_of(*reason_row);
  if (a->status && *a->status == "processing") {
    return {outcome::pending, category::none, retry_advice::none, "vibes status processing"};
  }
  return {outcome::unknown, category::unknown, retry_advice::none, "vibes status_reason not recognised"};
}

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_CLASSIFY_HPP
