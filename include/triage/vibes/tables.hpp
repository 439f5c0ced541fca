#ifndef TRIAGE_VIBES_TABLES_HPP
#define TRIAGE_VIBES_TABLES_HPP

// Every Vibes value the classifier knows, with its verdict: the single source of truth for
// vibes::classify(), the tests that check each row, and the README's tables.
//
// Sources:
//  - status_reason values: Vibes Platform "Event-Triggered Callbacks" (carrier and handset receipt tables),
//    https://developer-platform.vibes.com/reference/event-triggered-callbacks
//  - failure reasons and error texts: the same page's failure examples, and the old wiki
//    https://developer.vibes.com/display/APIs/Event-Triggered+Callbacks
//  - numeric codes: "Vibes Error Codes (1 - 20)",
//    https://developer-aggregation.vibes.com/reference/delivery-receipt-response-codes (17-20 not published)

#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/detail/text.hpp"
#include "triage/taxonomy.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage::vibes {

/// An `action.status_reason` or `action.failure.reason` value: the stage it belongs to and what it means for
/// the message. Rules (detail/table.hpp): "vibes action.status_reason <value>", "vibes action.failure.reason
/// <value>".
struct reason_row {
  std::string_view reason;
  vibes::kind kind;
  triage::verdict verdict;
  std::string_view meaning;  ///< Vibes' description, or the routing/processing doc text
};

namespace detail {

inline constexpr std::string_view status_reason_field = "vibes action.status_reason";
inline constexpr std::string_view failure_reason_field = "vibes action.failure.reason";
inline constexpr std::string_view error_text_field = "vibes action.failure.errors[].error";
inline constexpr std::string_view error_code_field = "vibes action.failure.errors[].error_code";

inline constexpr auto reason_value = [](const reason_row& row) { return triage::detail::rule_value(row.reason); };

// "queued" is not here: its stage depends on action.status (see derive_kind), its verdict does not.
// "UnexpectedError" is not here either: Vibes sends it as both status_reason and failure.reason, and the
// failure_reasons row serves both lookups (find_status_reason).
inline constexpr reason_row status_reason_literals[] = {
    // Routing.
    {"accepted_by_event_triggered_message",
     kind::routing,
     {outcome::pending, category::none, retry_advice::none},
     "event routed to an event-triggered message"},
    {"event_routing_failed",
     kind::routing,
     {outcome::unknown, category::unknown, retry_advice::none},
     "the event could not be routed to an action"},
    // Message processing (failures carry failure.reason, which decides; see failure_reasons).
    {"event_message_action_failed",
     kind::message_processing,
     {outcome::unknown, category::unknown, retry_advice::none},
     "the message action failed"},
    // Carrier delivery receipts.
    {"sent",
     kind::carrier_dlr,
     {outcome::pending, category::none, retry_advice::none},
     "delivered to the carrier; a handset receipt may follow"},
    {"unroutable",
     kind::carrier_dlr,
     {outcome::permanent, category::configuration, retry_advice::none},
     "No delivery route could be determined for this message."},
    {"other_error",
     kind::carrier_dlr,
     {outcome::unknown, category::carrier, retry_advice::none},
     "A catch-all error state for specific errors/issues that could not get classified."},
    // Both receipt tables.
    {"rejected",
     kind::dlr,
     {outcome::permanent, category::carrier, retry_advice::none},
     "Message was rejected by the endpoint (carrier table); the message is in a rejected state (handset table)."},
    {"expired",
     kind::dlr,
     {outcome::unknown, category::unreachable, retry_advice::none},
     "The message was expired and not delivered (validity expired before delivery)."},
    // Handset delivery receipts.
    {"delivered",
     kind::handset_dlr,
     {outcome::delivered, category::none, retry_advice::none},
     "Message has delivered to the handset."},
    {"accepted",
     kind::handset_dlr,
     {outcome::delivered, category::none, retry_advice::none},
     "The message was accepted (i.e. has been manually read on behalf of the subscriber by customer service)."},
    {"enroute",
     kind::handset_dlr,
     {outcome::pending, category::none, retry_advice::none},
     "The message is in route to reach the customer."},
    {"queued_on_aggregator",
     kind::handset_dlr,
     {outcome::pending, category::none, retry_advice::none},
     "The message has been accepted by the aggregator and has been queued."},
    {"queued_on_carrier",
     kind::handset_dlr,
     {outcome::pending, category::none, retry_advice::none},
     "The message has been accepted by the carrier and queued for delivery to the phone."},
    {"pending",
     kind::handset_dlr,
     {outcome::pending, category::none, retry_advice::none},
     "Message is pending in VMP for submission. Verizon specific status."},
    {"submitted",
     kind::handset_dlr,
     {outcome::pending, category::none, retry_advice::none},
     "Message has been submitted to the SMSC."},
    {"deleted",
     kind::handset_dlr,
     {outcome::permanent, category::recipient, retry_advice::none},
     "Message was deleted on the SMSC."},
    {"undeliverable",
     kind::handset_dlr,
     {outcome::unknown, category::carrier, retry_advice::none},
     "The message is undeliverable."},
    {"not_optin",
     kind::handset_dlr,
     {outcome::permanent, category::compliance, retry_advice::none},
     "VMP does not have an opt-in for the MDN. Verizon specific status."},
    {"submission_error",
     kind::handset_dlr,
     {outcome::permanent, category::recipient, retry_advice::none},
     "Verizon specific status: not a Verizon subscriber, no SMS service, not opted in, or content blocked."},
    {"unknown",
     kind::handset_dlr,
     {outcome::unknown, category::unknown, retry_advice::none},
     "The message is in an invalid state."},
    {"default_vibes_unknown",
     kind::handset_dlr,
     {outcome::unknown, category::unknown, retry_advice::none},
     "Default unknown state of a delivery receipt."},
};

/// "queued": pending whatever the stage.
inline constexpr reason_row queued_literal[] = {
    {"queued",
     kind::message_processing,
     {outcome::pending, category::none, retry_advice::none},
     "queued to be sent to the carrier (message processing), or queued for delivery (carrier receipt)"}};

/// The `action.failure.reason` of a routing or message-processing failure.
inline constexpr reason_row failure_reason_literals[] = {
    {"no_route_rules_found_for_event",
     kind::routing,
     {outcome::permanent, category::configuration, retry_advice::none},
     "no action (such as an event-triggered message) is configured for the event type"},
    {"no_routes_accepted_event",
     kind::routing,
     {outcome::permanent, category::recipient, retry_advice::none},
     "no route accepted the event: person not found, not on the subscription list, or carrier not supported"},
    {"NoAvailableCodes",
     kind::message_processing,
     {outcome::permanent, category::configuration, retry_advice::none},
     "the incentive code pool is out of codes"},
    {"PermanentLookupFailureError",
     kind::message_processing,
     {outcome::permanent, category::recipient, retry_advice::none},
     "carrier lookup failed: not a mobile number, or its carrier is not supported"},
    {"ValidationError",
     kind::message_processing,
     {outcome::permanent, category::content, retry_advice::none},
     "the rendered message is invalid: blank media URL, disallowed content type, media too large"},
    {"UnexpectedError",
     kind::message_processing,
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "an unexpected error occurred on the Vibes side"},
};

}  // namespace detail

inline constexpr auto status_reason_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_reason_field, detail::status_reason_literals, detail::reason_value)>(
    detail::status_reason_field, detail::status_reason_literals, detail::reason_value);
static_assert(triage::detail::rules_fit(status_reason_rules));
inline constexpr auto status_reasons = triage::detail::with_rules(detail::status_reason_literals, status_reason_rules);

inline constexpr auto queued_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_reason_field, detail::queued_literal, detail::reason_value)>(
    detail::status_reason_field, detail::queued_literal, detail::reason_value);
static_assert(triage::detail::rules_fit(queued_rules));
inline constexpr auto queued_rows = triage::detail::with_rules(detail::queued_literal, queued_rules);
inline constexpr const reason_row& queued_row = queued_rows[0];

inline constexpr auto failure_reason_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::failure_reason_field, detail::failure_reason_literals, detail::reason_value)>(
    detail::failure_reason_field, detail::failure_reason_literals, detail::reason_value);
static_assert(triage::detail::rules_fit(failure_reason_rules));
inline constexpr auto failure_reasons =
    triage::detail::with_rules(detail::failure_reason_literals, failure_reason_rules);

/// The one UnexpectedError row, of both lookups.
inline constexpr const reason_row& unexpected_error =
    *triage::detail::find_row(failure_reasons, std::string_view("UnexpectedError"), &reason_row::reason);

/// The verdict of a `no_routes_accepted_event` routing failure whose `failure.errors[].error` text says why
/// (matched case-insensitively as a substring; first row that matches wins): the failure's outcome, with a
/// finer category. Rule: "vibes action.failure.errors[].error <text>".
struct error_text_row {
  std::string_view contains;
  triage::verdict verdict;
};

namespace detail {

inline constexpr auto error_text_value = [](const error_text_row& row) {
  return triage::detail::rule_value(row.contains);
};

inline constexpr error_text_row routing_error_text_literals[] = {
    {"MMS is not supported by carrier", {outcome::permanent, category::content, retry_advice::none}},
    {"SMS is not supported by carrier", {outcome::permanent, category::recipient, retry_advice::none}},
    {"not a mobile phone number", {outcome::permanent, category::recipient, retry_advice::none}},
    {"subscription list", {outcome::permanent, category::compliance, retry_advice::none}},
    {"Person is not found", {outcome::permanent, category::recipient, retry_advice::none}},
};

}  // namespace detail

inline constexpr auto routing_error_text_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::error_text_field, detail::routing_error_text_literals, detail::error_text_value)>(
    detail::error_text_field, detail::routing_error_text_literals, detail::error_text_value);
static_assert(triage::detail::rules_fit(routing_error_text_rules));
inline constexpr auto routing_error_texts =
    triage::detail::with_rules(detail::routing_error_text_literals, routing_error_text_rules);

namespace detail {

constexpr bool contains_ignoring_case(std::string_view text, std::string_view needle) noexcept {
  using triage::detail::to_ascii_lower;
  if (needle.size() > text.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    std::size_t j = 0;
    while (j < needle.size() && to_ascii_lower(text[i + j]) == to_ascii_lower(needle[j])) ++j;
    if (j == needle.size()) return true;
  }
  return false;
}

constexpr bool error_texts_refine_only_the_category() noexcept {
  const reason_row* failure =
      triage::detail::find_row(failure_reasons, std::string_view("no_routes_accepted_event"), &reason_row::reason);
  for (const error_text_row& row : routing_error_texts) {
    if (row.verdict.outcome != failure->verdict.outcome || row.verdict.retry != failure->verdict.retry) return false;
  }
  return true;
}
static_assert(error_texts_refine_only_the_category(),
              "an errors[].error text row keeps no_routes_accepted_event's outcome and retry advice");
}  // namespace detail

/// A numeric `failure.errors[].error_code` of a delivery receipt. Rule: "vibes
/// action.failure.errors[].error_code <code>".
struct code_row {
  std::int64_t code;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source;
};

inline constexpr std::string_view vibes_codes_url =
    "https://developer-aggregation.vibes.com/reference/delivery-receipt-response-codes";

namespace detail {

inline constexpr auto code_value = [](const code_row& row) { return triage::detail::rule_value(row.code); };

inline constexpr code_row code_literals[] = {
    {1,
     {outcome::permanent, category::configuration, retry_advice::none},
     "No route found to carrier from source address",
     vibes_codes_url},
    {2,
     {outcome::permanent, category::configuration, retry_advice::none},
     "Premium product not found for price point and source address",
     vibes_codes_url},
    {3,
     {outcome::permanent, category::configuration, retry_advice::none},
     "Carrier not configured for premium processing (obsolete)",
     vibes_codes_url},
    {4,
     {outcome::permanent, category::account, retry_advice::none},
     "Message has negative premium charge (obsolete)",
     vibes_codes_url},
    {5,
     {outcome::retryable, category::configuration, retry_advice::retry_later},
     "Message not within delivery time window (obsolete)",
     vibes_codes_url},
    {6,
     {outcome::permanent, category::configuration, retry_advice::none},
     "Invalid delivery time window param (obsolete)",
     vibes_codes_url},
    {7,
     {outcome::permanent, category::configuration, retry_advice::none},
     "Message stopped (at the sender's request; bulk queue purge)",
     vibes_codes_url},
    {8,
     {outcome::permanent, category::configuration, retry_advice::none},
     "No carrier route found for code",
     vibes_codes_url},
    {9,
     {outcome::permanent, category::compliance, retry_advice::none},
     "MDN blocked (number on block list)",
     vibes_codes_url},
    {10,
     {outcome::retryable, category::platform, retry_advice::retry},
     "Multi-Part Message incomplete",
     vibes_codes_url},
    {11, {outcome::unknown, category::platform, retry_advice::none}, "Vibes Internal Use", vibes_codes_url},
    {12,
     {outcome::permanent, category::rate_limit, retry_advice::none},
     "Message capped (consumer's message allowance exceeded)",
     vibes_codes_url},
    {13,
     {outcome::retryable, category::platform, retry_advice::retry},
     "Multi-Part Message waiting for parts (expired waiting for the remaining parts)",
     vibes_codes_url},
    {14,
     {outcome::permanent, category::platform, retry_advice::none},
     "Duplicate Multipart message (duplicate segment ignored)",
     vibes_codes_url},
    {15,
     {outcome::permanent, category::compliance, retry_advice::none},
     "Subscription not found (MDN not subscribed to the list)",
     vibes_codes_url},
    {16,
     {outcome::permanent, category::configuration, retry_advice::none},
     "Code Lease not found (no code lease for the company)",
     vibes_codes_url},
};

}  // namespace detail

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::error_code_field, detail::code_literals, detail::code_value)>(detail::error_code_field,
                                                                          detail::code_literals, detail::code_value);
static_assert(triage::detail::rules_fit(code_rules));
// Sorted by code: find_code() bisects.
inline constexpr auto codes = triage::detail::with_rules(detail::code_literals, code_rules);
static_assert(triage::detail::sorted_and_unique(codes, &code_row::code), "vibes::codes must stay sorted by code");

/// A callback_type other than event_processed: its kind and verdict. None reports an outbound delivery, so
/// every outcome is none; the category says what a sender must act on. Rule "vibes callback_type <value>".
struct callback_type_row {
  std::string_view type;
  vibes::kind kind;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source;
};

/// An acquisition participant's `status`. Rule "vibes participant.status <value>".
struct participant_status_row {
  std::string_view status;
  triage::verdict verdict;
  std::string_view meaning;
};

namespace detail {

inline constexpr std::string_view callback_type_field = "vibes callback_type";
inline constexpr std::string_view participant_status_field = "vibes participant.status";
inline constexpr auto callback_type_value = [](const callback_type_row& row) {
  return triage::detail::rule_value(row.type);
};
inline constexpr auto participant_status_value = [](const participant_status_row& row) {
  return triage::detail::rule_value(row.status);
};

inline constexpr std::string_view subscription_doc =
    "https://developer-platform.vibes.com/reference/subscription-callbacks";
inline constexpr std::string_view list_doc =
    "https://developer-platform.vibes.com/reference/subscription-list-callbacks";
inline constexpr std::string_view person_doc = "https://developer-platform.vibes.com/reference/person-callbacks";
inline constexpr std::string_view acquisition_doc =
    "https://developer-platform.vibes.com/reference/acquisition-campaign-callbacks";
inline constexpr std::string_view device_doc = "https://developer-platform.vibes.com/reference/push-device-callbacks";
inline constexpr std::string_view wallet_doc = "https://developer-platform.vibes.com/reference/wallet-callbacks";
inline constexpr std::string_view unmatched_doc =
    "https://developer-platform.vibes.com/reference/unmatched-message-callbacks";

inline constexpr verdict informational{outcome::none, category::none, retry_advice::none};

inline constexpr callback_type_row callback_type_literals[] = {
    {"subscription_added", kind::subscription_added, informational, "a person joined a subscription list",
     subscription_doc},
    // An opt-out: the person (or the carrier, for disconnect, failed_at_carrier, obsolete_carrier) ended the
    // subscription, and texting the number again on that list breaks the consent rules.
    {"subscription_removed",
     kind::subscription_removed,
     {outcome::none, category::compliance, retry_advice::none},
     "a person left a subscription list (an opt-out; opt_out_reason says why): stop texting the number on it",
     subscription_doc},
    {"subscription_list_added", kind::subscription_list_added, informational, "a subscription list was created",
     list_doc},
    {"subscription_list_updated", kind::subscription_list_updated, informational, "a subscription list was changed",
     list_doc},
    {"person_added", kind::person_added, informational, "a person was added to the mobile database", person_doc},
    {"person_updated", kind::person_updated, informational,
     "a person's record changed, or an add matched an existing person", person_doc},
    {"ack_participant_added", kind::ack_participant_added, informational,
     "a person joined an acquisition campaign (participant.status decides a decline)", acquisition_doc},
    {"ack_participant_changed", kind::ack_participant_changed, informational,
     "a participant confirmed or declined (participant.status decides a decline)", acquisition_doc},
    {"company_participant_added", kind::company_participant_added, informational,
     "a person joined a company-level acquisition campaign", acquisition_doc},
    {"device_added", kind::device_added, informational, "a push device was registered", device_doc},
    {"device_updated", kind::device_updated, informational, "a push device changed", device_doc},
    {"device_removed", kind::device_removed, informational, "a push device was removed", device_doc},
    {"wallet_item_install", kind::wallet_item_install, informational, "a mobile wallet item was installed", wallet_doc},
    {"wallet_item_remove", kind::wallet_item_remove, informational, "a mobile wallet item was removed", wallet_doc},
    {"unmatched_message_received", kind::unmatched_message_received, informational,
     "an inbound message that matched no keyword or campaign", unmatched_doc},
};

inline constexpr participant_status_row participant_status_literals[] = {
    {"PENDING", informational, "added; awaiting the double opt-in reply"},
    {"CONFIRMED", informational, "confirmed (replied Y or the requested answer)"},
    // A decline of the double opt-in: the person did not consent to the campaign's messages.
    {"REJECTED",
     {outcome::none, category::compliance, retry_advice::none},
     "declined (replied N, No or STOP): do not text the number for the campaign"},
};

}  // namespace detail

inline constexpr auto callback_type_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::callback_type_field, detail::callback_type_literals, detail::callback_type_value)>(
    detail::callback_type_field, detail::callback_type_literals, detail::callback_type_value);
static_assert(triage::detail::rules_fit(callback_type_rules));
inline constexpr auto callback_types = triage::detail::with_rules(detail::callback_type_literals, callback_type_rules);

inline constexpr auto participant_status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::participant_status_field, detail::participant_status_literals, detail::participant_status_value)>(
    detail::participant_status_field, detail::participant_status_literals, detail::participant_status_value);
static_assert(triage::detail::rules_fit(participant_status_rules));
inline constexpr auto participant_statuses =
    triage::detail::with_rules(detail::participant_status_literals, participant_status_rules);

/// The row of a callback_type other than event_processed, or nullptr.
constexpr const callback_type_row* find_callback_type(std::string_view value) noexcept {
  return triage::detail::find_row(callback_types, value, &callback_type_row::type);
}

/// The row of an acquisition participant's status, or nullptr.
constexpr const participant_status_row* find_participant_status(std::string_view value) noexcept {
  return triage::detail::find_row(participant_statuses, value, &participant_status_row::status);
}

/// The row of a status_reason (UnexpectedError's is the failure_reasons row), or nullptr. "queued" is
/// queued_row, which the caller picks by the stage.
constexpr const reason_row* find_status_reason(std::string_view value) noexcept {
  if (const reason_row* row = triage::detail::find_row(status_reasons, value, &reason_row::reason)) return row;
  return triage::detail::same_text(value, unexpected_error.reason) ? &unexpected_error : nullptr;
}

/// The first routing_error_texts row whose text `text` contains (ignoring ASCII case), or nullptr.
constexpr const error_text_row* find_error_text(std::string_view text) noexcept {
  for (const error_text_row& row : routing_error_texts) {
    if (detail::contains_ignoring_case(text, row.contains)) return &row;
  }
  return nullptr;
}

/// The row of a failure.reason, or nullptr.
constexpr const reason_row* find_failure_reason(std::string_view value) noexcept {
  return triage::detail::find_row(failure_reasons, value, &reason_row::reason);
}

/// The row of an error code, or nullptr.
constexpr const code_row* find_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(codes, code, &code_row::code);
}

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_TABLES_HPP
