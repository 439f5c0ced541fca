#ifndef TRIAGE_TELNYX_TABLES_HPP
#define TRIAGE_TELNYX_TABLES_HPP

// Every Telnyx value the classifier knows, with its verdict: the single source of truth for
// telnyx::classify(), the tests that check each row, and the README's tables.
//
// Sources (shared/reference/telnyx.md, "Suggested verdict rules"):
//  - event types: the messaging webhook guide, https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks
//    (team-telnyx/knowledge-base wiki/runbooks/receiving-webhooks-for-messaging.md @ 96101f56), the RCS guide
//    for message.read and the spend-limit page for messaging-profile.spend-limit-reached;
//  - `to[].status` values: the same guide's status table, Telnyx's OpenAPI spec (team-telnyx/openapi
//    openapi/spec3.yml @ 12de4dd0: OutboundMessagePayload, InboundMessagePayload, MessageDetailRecord) and the
//    group-messaging guide for `unknown`;
//  - error codes: every row of shared/reference/telnyx_error_codes.csv (a copy is
//    tests/fixtures/telnyx/telnyx_error_codes.csv, which the tests compare with this table, row for row): the
//    66 codes of Telnyx's API error table in the messaging ranges, the 8 1XXXX codes of its support article,
//    and 3 codes seen only in example tables of Telnyx's docs (`canonical` false). Outcome, category and retry
//    hint are the CSV's suggestion, unchanged; each row cites the first source of its CSV row;
//  - ranges: suggested rule 9 of the reference, for a code in no row.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"
#include "triage/telnyx/event.hpp"

namespace triage::telnyx {

inline constexpr std::string_view webhooks_guide =
    "https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks";
inline constexpr std::string_view rcs_guide = "https://developers.telnyx.com/docs/messaging/rcs/receiving-rcs-webhooks";
inline constexpr std::string_view spend_limits_page =
    "https://developers.telnyx.com/docs/messaging/messages/configurable-spend-limits";
inline constexpr std::string_view group_messaging_guide =
    "https://developers.telnyx.com/docs/messaging/messages/group-messaging";
inline constexpr std::string_view openapi_spec =
    "https://github.com/team-telnyx/openapi/blob/12de4dd039fd867f7a81c8ec415e6fb6477d5687/openapi/spec3.yml";
inline constexpr std::string_view mdr_page =
    "https://developers.telnyx.com/docs/messaging/messages/message-detail-records";
inline constexpr std::string_view error_codes_page =
    "https://developers.telnyx.com/docs/messaging/messages/error-codes";
inline constexpr std::string_view api_errors_page =
    "https://developers.telnyx.com/development/api-fundamentals/api-errors";

/// A `data.event_type`. Rule: "telnyx data.event_type <type>". `by_status` rows leave the verdict to the
/// recipient's status; their verdict is for a recipient without one.
struct event_row {
  std::string_view event_type;
  telnyx::event_type value;
  bool by_status;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// A `payload.to[].status`. Rule: "telnyx payload.to[].status <status>". `by_code` rows (failures) leave
/// the verdict to the recipient's error code when there is one; their verdict is for a failure without one.
/// `terminal`: Telnyx's final word on the recipient (reference §4), also when the outcome is unknown.
struct status_row {
  std::string_view status;
  status_value value;
  bool by_code;
  bool terminal;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// An `errors[].code` of a failed recipient. Rule: "telnyx payload.errors[].code <code>".
struct code_row {
  std::int64_t code;
  std::string_view name;  ///< the source's title; never classified on (Telnyx's doc tables mistitle codes)
  triage::verdict verdict;
  bool canonical;  ///< false: seen only in an example table of Telnyx's docs, not in its error list
  std::string_view meaning;
  std::string_view source_url;
};

/// The range of a code in no row. Rule: "telnyx payload.errors[].code <first>-<last>".
struct code_range_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view event_field = "telnyx data.event_type";
inline constexpr std::string_view status_field = "telnyx payload.to[].status";
inline constexpr std::string_view code_field = "telnyx payload.errors[].code";

inline constexpr auto event_key = [](const event_row& row) { return triage::detail::rule_value(row.event_type); };
inline constexpr auto status_key = [](const status_row& row) { return triage::detail::rule_value(row.status); };
inline constexpr auto code_key = [](const code_row& row) { return triage::detail::rule_value(row.code); };
inline constexpr auto code_range_key = [](const code_range_row& row) {
  return triage::detail::rule_value::range(row.first, row.last);
};

// Rules 1-3 and 10 of the reference: the event type decides before any status. message.finalized (and an
// event type of no row) leaves it to the status.
inline constexpr event_row event_literals[] = {
    {"message.received",
     event_type::message_received,
     false,
     {outcome::none, category::none, retry_advice::none},
     "an inbound SMS/MMS/RCS message arrived at your number; reports no outbound delivery (also an inbound STOP)",
     webhooks_guide},
    {"message.read",
     event_type::message_read,
     false,
     {outcome::none, category::none, retry_advice::none},
     "RCS: the recipient read the message (a read receipt, after its delivery)",
     rcs_guide},
    {"message.sent",
     event_type::message_sent,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "accepted and sent to the downstream carrier; message.finalized follows",
     webhooks_guide},
    {"message.finalized",
     event_type::message_finalized,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "the message reached a terminal state: each recipient's to[].status says which (this verdict: no status)",
     webhooks_guide},
    {"messaging-profile.spend-limit-reached",
     event_type::other,
     false,
     {outcome::none, category::account, retry_advice::none},
     "the messaging profile reached its spend limit (later sends fail with 40333); reports no message",
     spend_limits_page},
};

// Rules 3-8 of the reference. A failure status with an error code is decided by the code (rule 5).
inline constexpr status_row status_literals[] = {
    {"scheduled",
     status_value::scheduled,
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "a scheduled send not yet due",
     openapi_spec},
    {"queued",
     status_value::queued,
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "queued on Telnyx's side",
     webhooks_guide},
    {"sending",
     status_value::sending,
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "being sent to an upstream carrier",
     webhooks_guide},
    {"sent",
     status_value::sent,
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "sent to the upstream carrier",
     webhooks_guide},
    {"delivered",
     status_value::delivered,
     false,
     true,
     {outcome::delivered, category::none, retry_advice::none},
     "the carrier confirmed delivery to the recipient",
     webhooks_guide},
    {"sending_failed",
     status_value::sending_failed,
     true,
     true,
     {outcome::retryable, category::unknown, retry_advice::retry_once},
     "Telnyx failed to send it to the carrier (also when valid_until passed in the queue); without a code: it never "
     "left Telnyx, so one resend risks no duplicate",
     webhooks_guide},
    {"delivery_failed",
     status_value::delivery_failed,
     true,
     true,
     {outcome::permanent, category::unknown, retry_advice::none},
     "the carrier failed to deliver it; without a code still a definite failure (Telnyx: most delivery errors need "
     "a change before a resend)",
     webhooks_guide},
    {"expired",
     status_value::expired,
     true,
     true,
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "its validity period passed before delivery; without a code: resend later",
     openapi_spec},
    {"failed",
     status_value::failed,
     true,
     true,
     {outcome::permanent, category::unknown, retry_advice::none},
     "API v1 / MDR final failure; without a code read like delivery_failed",
     mdr_page},
    {"gw_reject",
     status_value::gw_reject,
     true,
     true,
     {outcome::permanent, category::carrier, retry_advice::none},
     "API v1 / MDR: the gateway rejected it; without a code a carrier rejection",
     mdr_page},
    {"delivery_unconfirmed",
     status_value::delivery_unconfirmed,
     false,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "no delivery confirmation came from the carrier; resending risks a duplicate",
     webhooks_guide},
    {"unknown",
     status_value::unknown,
     false,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "group MMS to a non-Telnyx recipient: no handset confirmation exists",
     group_messaging_guide},
    {"gw_timeout",
     status_value::gw_timeout,
     false,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "API v1 / MDR: the gateway timed out; the outcome is not known",
     mdr_page},
    {"dlr_timeout",
     status_value::dlr_timeout,
     false,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "API v1 / MDR: no delivery receipt in time",
     mdr_page},
    {"dlr_unconfirmed",
     status_value::dlr_unconfirmed,
     false,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "API v1 / MDR: the receipt did not confirm delivery",
     mdr_page},
    {"cancelled",
     status_value::cancelled,
     false,
     true,
     {outcome::none, category::none, retry_advice::none},
     "the sender cancelled a scheduled message; nothing was attempted",
     openapi_spec},
    {"read",
     status_value::read,
     false,
     true,
     {outcome::delivered, category::none, retry_advice::none},
     "RCS: read on the device, which implies delivered",
     rcs_guide},
    {"webhook_delivered",
     status_value::webhook_delivered,
     false,
     false,
     {outcome::none, category::none, retry_advice::none},
     "inbound: delivered to your webhook",
     openapi_spec},
    {"received",
     status_value::received,
     false,
     false,
     {outcome::none, category::none, retry_advice::none},
     "inbound: received by Telnyx",
     openapi_spec},
};

// Sorted by code (checked below): find_code() bisects. Generated from the CSV, row for row.
inline constexpr code_row code_literals[] = {
    {10001,
     "Inactive phone number",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "The phone number in the request is inactive",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10002,
     "Invalid phone number",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "The phone number in the request is invalid",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10003,
     "Invalid URL",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "URL invalid, malformed, or over 2000 characters",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10004,
     "Missing required parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "A required parameter was missing",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10005,
     "Resource not found",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Requested resource or URL not found",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10006,
     "Invalid ID",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The resource ID provided was invalid",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10007,
     "Unexpected error",
     {outcome::retryable, category::platform, retry_advice::retry},
     true,
     "An unexpected error occurred",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {10009,
     "Authentication failed",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "Authentication headers invalid or missing",
     "https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes"},
    {40001,
     "Not routable",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "Destination is a landline or a non-routable wireless number",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40002,
     "Blocked as spam - temporary",
     {outcome::retryable, category::content, retry_advice::retry_later},
     true,
     "Flagged by a SPAM filter and not delivered; detail: 'This is a temporary condition'",
     "https://developers.telnyx.com/api/errors/40002"},
    {40003,
     "Blocked as spam - permanent",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Flagged by a SPAM filter; the originating phone number is permanently blocked",
     "https://developers.telnyx.com/api/errors/40003"},
    {40004,
     "Rejected by destination",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     true,
     "Recipient server rejects the message for an unknown reason",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40005,
     "Message expired during transmission",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     true,
     "Expired before it could be fully delivered; happened after the message left Telnyx and was en route",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40006,
     "Recipient server unavailable",
     {outcome::retryable, category::carrier, retry_advice::retry},
     true,
     "Recipient server unavailable or not responding; 'This may be a temporary issue' (v1 docs)",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40007,
     "Loop detected",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Infinite loop detected",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40008,
     "Undeliverable",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     true,
     "Recipient carrier did not accept the message; general-purpose undeliverable",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40009,
     "Invalid message body",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Message body invalid; the destination carrier's rules may be stricter than Telnyx's",
     "https://developers.telnyx.com/api/errors/40009"},
    {40010,
     "Not 10DLC registered",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "Sending number is not 10DLC-registered but the carrier requires it",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40011,
     "Too many requests",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Exceeded upstream rate limit; flagged by a SPAM filter; 'This is a temporary condition'",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40012,
     "Invalid messaging destination number",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "Destination number deemed invalid by the carrier and rejected",
     "https://developers.telnyx.com/api/errors/40012"},
    {40013,
     "Invalid messaging source number",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Source number deemed invalid by the carrier",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40014,
     "Message expired in queue",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Not sent by Telnyx because its validity period expired in the queue; not billed",
     "https://developers.telnyx.com/api/errors/40014"},
    {40015,
     "Blocked as spam - internal",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Flagged by an internal Telnyx SPAM filter",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40016,
     "T-Mobile 10DLC Sending Limit Reached",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Exceeded T-Mobile's throughput limit for the campaign of this number",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40017,
     "AT&T 10DLC Spam Message Rejected",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "AT&T rejected the message for spam on the 10DLC route",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40018,
     "AT&T 10DLC Sending Limit Reached",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Exceeded AT&T's throughput limit for the campaign of this number",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40019,
     "AT&T 10DLC Invalid Tag Data",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "AT&T rejected the message because the tagging information is incorrect",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40020,
     "Blocked as potentially artificial inflation of traffic",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     true,
     "Sending of 2FA traffic has been blocked for 24 hours",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40100,
     "Number not messaging enabled.",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The number is not currently messaging enabled",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40150,
     "Toll free number not in registry",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Messaging cannot be enabled because the number is not in the voice registry",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40151,
     "Message enablement pending with other provider",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Messaging is being enabled with another messaging provider",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40152,
     "Invalid OSR parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "A parameter sent to the OSR was missing or invalid",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40153,
     "Cannot access OSR",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Telnyx is not authorized to access the OSR",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40154,
     "Unauthorized NNID",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Telnyx is not authorized to use this NNID",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40155,
     "LOA required",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "An LOA is required to text-enable this number",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40156,
     "Unauthorized property name/value",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Telnyx is not authorized to provision this property name or value",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40157,
     "Temporarily blocked",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     true,
     "Telnyx is temporarily unable to make changes to the OSR",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40158,
     "Delete failed",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Record not found or NNID invalid, so it could not be deleted",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40159,
     "Unknown OSR error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     true,
     "An error occurred while updating the OSR",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40300,
     "Blocked due to STOP message",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "Messages cannot be sent from {src} to {dst} due to an existing block rule (the recipient sent STOP/END/QUIT...)",
     "https://developers.telnyx.com/api/errors/40300"},
    {40301,
     "Unsupported message type for the 'to' address",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Sending messages from {src} to {dst} is currently unsupported",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40302,
     "Message too large",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "The SMS would be divided into more parts than the maximum",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40303,
     "Message not found",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The message with the given ID was not found",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40304,
     "Invalid combination of message content arguments",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Must contain exclusively text for SMS, or subject and/or media_urls for MMS",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40305,
     "Invalid 'from' address",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "From must be a valid number or alphanumeric sender ID associated with the sending messaging profile",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40306,
     "Alpha sender not configured",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The messaging profile has no alphanumeric sender ID",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40307,
     "Alpha sender mismatch",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The alphanumeric sender ID does not match the one configured on the profile",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40308,
     "Invalid 'from' address for MMS",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "MMS can only be sent from US long codes and MMS-configured short codes",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40309,
     "Invalid destination region",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Destination region not in the messaging profile's whitelisted destinations",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40310,
     "Invalid 'to' address",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "The 'to' address should be a single valid number",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40311,
     "Invalid messaging profile secret",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "The X-Profile-Secret header was invalid",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40312,
     "Messaging profile is disabled",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "The specified messaging profile is disabled",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40313,
     "Missing messaging profile secret",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "The X-Profile-Secret header is missing",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40314,
     "Messaging disabled on account",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "Messaging has been disabled on your account; contact Telnyx support",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40315,
     "Unhealthy 'from' address",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Sending number (success rate, spam rejection rate) did not pass the health check",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40316,
     "No content provided for message",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Either text and/or media_urls must be provided",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40317,
     "Invalid MMS content",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "MMS can contain up to 10 items and total size must be less than 1 MB",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40318,
     "Message queue full",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Queue limits the rate per account and per number; 'Message queue is full. Wait before resending.'",
     "https://developers.telnyx.com/api/errors/40318"},
    {40319,
     "Incompatible message type for the 'to' address",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Sending messages from {src} to {dst} is not possible",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40320,
     "Temporarily unusable 'from' address",
     {outcome::retryable, category::configuration, retry_advice::retry_later},
     true,
     "The sending number is in a temporarily unusable or pending state",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40321,
     "No usable numbers on messaging profile",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Number Pool not enabled or no usable number on the profile",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40322,
     "Blocked due to content",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Message contains invalid (prohibited) content",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40323,
     "Messaging activation failed",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Could not enable messaging on the number",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40324,
     "Messaging product type change failed",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Could not change product types for the number",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40325,
     "Invalid alphanumeric sender ID",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The alphanumeric sender ID value is invalid",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40326,
     "Cannot assign alphanumeric sender ID",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The alphanumeric sender ID could not be assigned to the profile",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40327,
     "Invalid Domain",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Domain not listed as valid for the URL shortener",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40328,
     "SMS exceeds recommended size",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "SMS would be split into too many parts; send by MMS or set auto_detect=False",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40329,
     "Tollfree number is not verified",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "Toll-free number has not passed verification",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40330,
     "Tollfree number is not provisioned",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The TFN is not yet fully provisioned for messaging",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40331,
     "Missing whitelisted destinations",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Messaging profile is missing whitelisted destinations",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40332,
     "Brand cannot be deleted",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Brand cannot be deleted due to an associated active campaign",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {40333,
     "Messaging profile spend limit reached",
     {outcome::retryable, category::account, retry_advice::retry_later},
     true,
     "Request refused because it would exceed the profile's spend limit",
     "https://developers.telnyx.com/docs/messaging/messages/error-codes"},
    {40400,
     "Sender not registered (only in an MDR-page example table)",
     {outcome::permanent, category::compliance, retry_advice::none},
     false,
     "'Register for 10DLC or toll-free verification' — code absent from the canonical API error table",
     "https://developers.telnyx.com/docs/messaging/messages/message-detail-records"},
    {40500,
     "Rate limit exceeded (only in an MDR-page example table)",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     false,
     "Code absent from the canonical API error table",
     "https://developers.telnyx.com/docs/messaging/messages/message-detail-records"},
    {41000,
     "WhatsApp Error",
     {outcome::unknown, category::unknown, retry_advice::none},
     true,
     "Generic WhatsApp error (detail published as '-')",
     "https://developers.telnyx.com/development/api-fundamentals/api-errors"},
    {47000,
     "10DLC campaign required (only in a webhooks-page example table)",
     {outcome::permanent, category::compliance, retry_advice::none},
     false,
     "Code absent from the canonical API error table",
     "https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks"},
};

// Rule 9 of the reference, for a code in no row. 10007, the one retryable 1XXXX code, has its own row.
inline constexpr code_range_row code_range_literals[] = {
    {10000,
     19999,
     {outcome::permanent, category::configuration, retry_advice::none},
     "an unlisted 1XXXX code: a synchronous request error, the request must change",
     api_errors_page},
    {40000,
     40099,
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "an unlisted 400xx delivery code (e.g. a future 40021): carrier-reported, one resend",
     error_codes_page},
    {40100,
     40199,
     {outcome::permanent, category::configuration, retry_advice::none},
     "an unlisted 401xx number-enablement code",
     api_errors_page},
    {40300,
     40399,
     {outcome::permanent, category::configuration, retry_advice::none},
     "an unlisted 403xx request or profile code",
     api_errors_page},
    {41000,
     41999,
     {outcome::unknown, category::unknown, retry_advice::none},
     "an unlisted 41xxx (WhatsApp) code: no meaning published",
     api_errors_page},
};

}  // namespace detail

inline constexpr auto event_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::event_field, detail::event_literals, detail::event_key)>(detail::event_field, detail::event_literals,
                                                                     detail::event_key);
static_assert(triage::detail::rules_fit(event_rules));
inline constexpr auto event_types = triage::detail::with_rules(detail::event_literals, event_rules);

inline constexpr auto status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::status_literals, detail::status_key)>(detail::status_field, detail::status_literals,
                                                                        detail::status_key);
static_assert(triage::detail::rules_fit(status_rules));
inline constexpr auto statuses = triage::detail::with_rules(detail::status_literals, status_rules);

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_literals, detail::code_key)>(detail::code_field, detail::code_literals,
                                                                  detail::code_key);
static_assert(triage::detail::rules_fit(code_rules));
inline constexpr auto codes = triage::detail::with_rules(detail::code_literals, code_rules);
static_assert(triage::detail::sorted_and_unique(codes, &code_row::code),
              "telnyx::codes must stay sorted by code for find_code()");

inline constexpr auto code_range_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_range_literals, detail::code_range_key)>(
    detail::code_field, detail::code_range_literals, detail::code_range_key);
static_assert(triage::detail::rules_fit(code_range_rules));
inline constexpr auto code_ranges = triage::detail::with_rules(detail::code_range_literals, code_range_rules);

/// The fallbacks no row decides, so their rules are written out.
/// An event type of no row (an unknown one, or the non-existent message.delivered): kept raw (rule 10).
inline constexpr triage::verdict unknown_event_type = {outcome::unknown, category::unknown, retry_advice::none,
                                                       "telnyx data.event_type not recognised"};
/// A status this library does not know, or none, on an event that leaves it to the status: kept raw.
inline constexpr triage::verdict unknown_status = {outcome::unknown, category::unknown, retry_advice::none,
                                                   "telnyx payload.to[].status not recognised"};
/// A failure's code in no row and no range.
inline constexpr triage::verdict unknown_code = {outcome::unknown, category::unknown, retry_advice::none,
                                                 "telnyx payload.errors[].code not in Telnyx's tables"};

/// The row of a known event type, or nullptr.
constexpr const event_row* find_event_type(std::string_view type) noexcept {
  return triage::detail::find_row(event_types, type, &event_row::event_type);
}

/// The event_type value of an event type text: event_type::other for one without its own value.
constexpr telnyx::event_type event_type_of(std::string_view type) noexcept {
  const event_row* row = find_event_type(type);
  return row != nullptr ? row->value : event_type::other;
}

/// The row of a known status value, or nullptr.
constexpr const status_row* find_status(std::string_view status) noexcept {
  return triage::detail::find_row(statuses, status, &status_row::status);
}

/// The status value of a status text: status_value::unknown_value for one not in `statuses`.
constexpr status_value status_value_of(std::string_view status) noexcept {
  const status_row* row = find_status(status);
  return row != nullptr ? row->value : status_value::unknown_value;
}

/// The row of a known error code, or nullptr.
constexpr const code_row* find_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(codes, code, &code_row::code);
}

/// The range row that holds a code, or nullptr.
constexpr const code_range_row* find_code_range(std::int64_t code) noexcept {
  return triage::detail::find_range(code_ranges, code);
}

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_TABLES_HPP
