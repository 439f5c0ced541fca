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

#include "triage/taxonomy.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage::vibes {

/// A `action.status_reason` value: the stage it belongs to and what it means for the message.
struct status_reason_row {
  std::string_view status_reason;
  vibes::kind kind;
  triage::outcome outcome;
  triage::category category;
  retry_advice retry;
  std::string_view rule;     ///< the verdict's rule text
  std::string_view meaning;  ///< Vibes' description, or the routing/processing doc text
};

// "queued" is not here: its stage depends on action.status (see derive_kind), its verdict does not.
inline constexpr status_reason_row status_reasons[] = {
    // Routing.
    {"accepted_by_event_triggered_message", kind::routing, outcome::pending, category::none, retry_advice::none,
     "vibes routing accepted_by_event_triggered_message", "event routed to an event-triggered message"},
    {"event_routing_failed", kind::routing, outcome::unknown, category::unknown, retry_advice::none,
     "vibes routing failed without a known failure.reason", "the event could not be routed to an action"},
    // Message processing (failures carry failure.reason, which decides; see failure_reasons).
    {"event_message_action_failed", kind::message_processing, outcome::unknown, category::unknown, retry_advice::none,
     "vibes message processing failed without a known failure.reason", "the message action failed"},
    {"UnexpectedError", kind::message_processing, outcome::retryable, category::platform, retry_advice::retry_once,
     "vibes status_reason UnexpectedError", "an unexpected error occurred while processing the event"},
    // Carrier delivery receipts.
    {"sent", kind::carrier_dlr, outcome::pending, category::none, retry_advice::none, "vibes carrier_dlr sent",
     "delivered to the carrier; a handset receipt may follow"},
    {"unroutable", kind::carrier_dlr, outcome::permanent, category::configuration, retry_advice::none,
     "vibes carrier_dlr unroutable", "No delivery route could be determined for this message."},
    {"other_error", kind::carrier_dlr, outcome::unknown, category::carrier, retry_advice::none,
     "vibes carrier_dlr other_error",
     "A catch-all error state for specific errors/issues that could not get classified."},
    // Both receipt tables.
    {"rejected", kind::dlr, outcome::permanent, category::carrier, retry_advice::none, "vibes dlr rejected",
     "Message was rejected by the endpoint (carrier table); the message is in a rejected state (handset table)."},
    {"expired", kind::dlr, outcome::unknown, category::unreachable, retry_advice::none, "vibes dlr expired",
     "The message was expired and not delivered (validity expired before delivery)."},
    // Handset delivery receipts.
    {"delivered", kind::handset_dlr, outcome::delivered, category::none, retry_advice::none,
     "vibes handset_dlr delivered", "Message has delivered to the handset."},
    {"accepted", kind::handset_dlr, outcome::delivered, category::none, retry_advice::none,
     "vibes handset_dlr accepted",
     "The message was accepted (i.e. has been manually read on behalf of the subscriber by customer service)."},
    {"enroute", kind::handset_dlr, outcome::pending, category::none, retry_advice::none, "vibes handset_dlr enroute",
     "The message is in route to reach the customer."},
    {"queued_on_aggregator", kind::handset_dlr, outcome::pending, category::none, retry_advice::none,
     "vibes handset_dlr queued_on_aggregator", "The message has been accepted by the aggregator and has been queued."},
    {"queued_on_carrier", kind::handset_dlr, outcome::pending, category::none, retry_advice::none,
     "vibes handset_dlr queued_on_carrier",
     "The message has been accepted by the carrier and queued for delivery to the phone."},
    {"pending", kind::handset_dlr, outcome::pending, category::none, retry_advice::none, "vibes handset_dlr pending",
     "Message is pending in VMP for submission. Verizon specific status."},
    {"submitted", kind::handset_dlr, outcome::pending, category::none, retry_advice::none,
     "vibes handset_dlr submitted", "Message has been submitted to the SMSC."},
    {"deleted", kind::handset_dlr, outcome::permanent, category::recipient, retry_advice::none,
     "vibes handset_dlr deleted", "Message was deleted on the SMSC."},
    {"undeliverable", kind::handset_dlr, outcome::unknown, category::carrier, retry_advice::none,
     "vibes handset_dlr undeliverable", "The message is undeliverable."},
    {"not_optin", kind::handset_dlr, outcome::permanent, category::compliance, retry_advice::none,
     "vibes handset_dlr not_optin", "VMP does not have an opt-in for the MDN. Verizon specific status."},
    {"submission_error", kind::handset_dlr, outcome::permanent, category::recipient, retry_advice::none,
     "vibes handset_dlr submission_error",
     "Verizon specific status: not a Verizon subscriber, no SMS service, not opted in, or content blocked."},
    {"unknown", kind::handset_dlr, outcome::unknown, category::unknown, retry_advice::none, "vibes handset_dlr unknown",
     "The message is in an invalid state."},
    {"default_vibes_unknown", kind::handset_dlr, outcome::unknown, category::unknown, retry_advice::none,
     "vibes handset_dlr default_vibes_unknown", "Default unknown state of a delivery receipt."},
};

/// "queued": pending whatever the stage.
inline constexpr status_reason_row queued_row = {
    "queued",
    kind::message_processing,
    outcome::pending,
    category::none,
    retry_advice::none,
    "vibes queued",
    "queued to be sent to the carrier (message processing), or queued for delivery (carrier receipt)"};

/// A `action.failure.reason` of a routing or message-processing failure.
struct failure_reason_row {
  std::string_view reason;
  vibes::kind kind;
  triage::outcome outcome;
  triage::category category;
  retry_advice retry;
  std::string_view rule;
  std::string_view meaning;
};

inline constexpr failure_reason_row failure_reasons[] = {
    {"no_route_rules_found_for_event", kind::routing, outcome::permanent, category::configuration, retry_advice::none,
     "vibes routing no_route_rules_found_for_event",
     "no action (such as an event-triggered message) is configured for the event type"},
    {"no_routes_accepted_event", kind::routing, outcome::permanent, category::recipient, retry_advice::none,
     "vibes routing no_routes_accepted_event",
     "no route accepted the event: person not found, not on the subscription list, or carrier not supported"},
    {"NoAvailableCodes", kind::message_processing, outcome::permanent, category::configuration, retry_advice::none,
     "vibes message processing NoAvailableCodes", "the incentive code pool is out of codes"},
    {"PermanentLookupFailureError", kind::message_processing, outcome::permanent, category::recipient,
     retry_advice::none, "vibes message processing PermanentLookupFailureError",
     "carrier lookup failed: not a mobile number, or its carrier is not supported"},
    {"ValidationError", kind::message_processing, outcome::permanent, category::content, retry_advice::none,
     "vibes message processing ValidationError",
     "the rendered message is invalid: blank media URL, disallowed content type, media too large"},
    {"UnexpectedError", kind::message_processing, outcome::retryable, category::platform, retry_advice::retry_once,
     "vibes message processing UnexpectedError", "an unexpected error occurred on the Vibes side"},
};

/// Refines the category of a `no_routes_accepted_event` routing failure from `failure.errors[].error` text
/// (matched case-insensitively as a substring; first row that matches wins).
struct error_text_row {
  std::string_view contains;
  triage::category category;
  std::string_view rule;
};

inline constexpr error_text_row routing_error_texts[] = {
    {"MMS is not supported by carrier", category::content,
     "vibes routing: MMS not supported by the recipient's carrier (send SMS instead)"},
    {"SMS is not supported by carrier", category::recipient,
     "vibes routing: SMS not supported by the recipient's carrier"},
    {"not a mobile phone number", category::recipient, "vibes routing: not a mobile number"},
    {"subscription list", category::compliance, "vibes routing: person not on the subscription list"},
    {"Person is not found", category::recipient, "vibes routing: person not found"},
};

/// A numeric `failure.errors[].error_code` of a delivery receipt.
struct code_row {
  std::int64_t code;
  triage::outcome outcome;
  triage::category category;
  retry_advice retry;
  std::string_view meaning;
  std::string_view source;
};

inline constexpr std::string_view vibes_codes_url =
    "https://developer-aggregation.vibes.com/reference/delivery-receipt-response-codes";

inline constexpr code_row codes[] = {
    {1, outcome::permanent, category::configuration, retry_advice::none,
     "No route found to carrier from source address", vibes_codes_url},
    {2, outcome::permanent, category::configuration, retry_advice::none,
     "Premium product not found for price point and source address", vibes_codes_url},
    {3, outcome::permanent, category::configuration, retry_advice::none,
     "Carrier not configured for premium processing (obsolete)", vibes_codes_url},
    {4, outcome::permanent, category::account, retry_advice::none, "Message has negative premium charge (obsolete)",
     vibes_codes_url},
    {5, outcome::retryable, category::configuration, retry_advice::retry_later,
     "Message not within delivery time window (obsolete)", vibes_codes_url},
    {6, outcome::permanent, category::configuration, retry_advice::none,
     "Invalid delivery time window param (obsolete)", vibes_codes_url},
    {7, outcome::permanent, category::configuration, retry_advice::none,
     "Message stopped (at the sender's request; bulk queue purge)", vibes_codes_url},
    {8, outcome::permanent, category::configuration, retry_advice::none, "No carrier route found for code",
     vibes_codes_url},
    {9, outcome::permanent, category::compliance, retry_advice::none, "MDN blocked (number on block list)",
     vibes_codes_url},
    {10, outcome::retryable, category::platform, retry_advice::retry, "Multi-Part Message incomplete", vibes_codes_url},
    {11, outcome::unknown, category::platform, retry_advice::none, "Vibes Internal Use", vibes_codes_url},
    {12, outcome::permanent, category::rate_limit, retry_advice::none,
     "Message capped (consumer's message allowance exceeded)", vibes_codes_url},
    {13, outcome::retryable, category::platform, retry_advice::retry,
     "Multi-Part Message waiting for parts (expired waiting for the remaining parts)", vibes_codes_url},
    {14, outcome::permanent, category::platform, retry_advice::none,
     "Duplicate Multipart message (duplicate segment ignored)", vibes_codes_url},
    {15, outcome::permanent, category::compliance, retry_advice::none,
     "Subscription not found (MDN not subscribed to the list)", vibes_codes_url},
    {16, outcome::permanent, category::configuration, retry_advice::none,
     "Code Lease not found (no code lease for the company)", vibes_codes_url},
};

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_TABLES_HPP
