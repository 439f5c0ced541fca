#ifndef TRIAGE_TWILIO_TABLES_HPP
#define TRIAGE_TWILIO_TABLES_HPP

// Every Twilio value the classifier knows, with its verdict: the single source of truth for
// twilio::classify(), the tests that check each row, and the README's tables.
//
// Sources:
//  - statuses: the Message resource's status values, https://www.twilio.com/docs/messaging/api/message-resource
//    ("Message Status values") and twilio-oai `message_enum_status` (spec/json/twilio_api_v2010.json at
//    d50069b44ea8cd23141385bdb6db48f16ff75bb5); verdicts from shared/reference/twilio.md section 4.
//  - error codes: every row of shared/reference/twilio_error_codes.csv (127 codes), verbatim: Twilio's name,
//    the CSV's suggested outcome, category and retry advice, and its reason. Each row's sources are Twilio's
//    page https://www.twilio.com/docs/api/errors/<code> and the Feb 2025 copy of Twilio's error dictionary
//    (twilio-error-codes.json) in AriaBagheri/twilio-error-rs at d7a2e260a35936a8f4ec20702e4060abc5f63594,
//    src/products/<product>/solutions.rs (the row's `dictionary`). Twilio's own retry statements behind the
//    retry advice are quoted in twilio.md section 9.2 (30001 "Try sending your message again after waiting
//    for some time", 30003 "Retry the message", 30022 "Slow down your rate", 30500 "Try sending the message
//    again", 63018 "Wait until 24 hours have passed", ...).
//  - ranges for a code not in the table: twilio.md section 12, rule 9 (this library's reading of the
//    families; Twilio publishes no range semantics).
//
// No row departs from the CSV.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::twilio {

inline constexpr std::string_view message_resource_url =
    "https://www.twilio.com/docs/messaging/api/message-resource ; "
    "https://github.com/twilio/twilio-oai/blob/d50069b44ea8cd23141385bdb6db48f16ff75bb5/spec/json/"
    "twilio_api_v2010.json (message_enum_status)";
inline constexpr std::string_view status_callback_url =
    "https://www.twilio.com/docs/messaging/guides/track-outbound-message-status";
inline constexpr std::string_view inbound_url = "https://www.twilio.com/docs/messaging/guides/webhook-request";

/// A value of `MessageStatus` (or `SmsStatus`) and what it means for the message. Compared without regard to
/// ASCII case. Rule: "twilio MessageStatus <status>".
struct status_row {
  std::string_view status;
  triage::verdict verdict;
  bool failure;  ///< failed or undelivered: the ErrorCode decides when there is one
  /// The delivery is over: a terminal state for the tracker. A read receipt is not one: after `delivered` it
  /// is history, and it must not take the last word from the delivery.
  bool ended;
  std::string_view meaning;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view status_field = "twilio MessageStatus";
inline constexpr std::string_view code_field = "twilio ErrorCode";

inline constexpr auto status_value = [](const status_row& row) { return triage::detail::rule_value(row.status); };

// failed/undelivered rows decide only without an ErrorCode: twilio.md section 12 rule 10 (this library's
// reading): `failed` never reached the carrier and `undelivered` has a receipt saying it was not delivered,
// so one resend cannot duplicate the message. canceled is the sender's own decision: nothing was sent.
inline constexpr status_row status_literals[] = {
    {"accepted",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     "[Messaging Service only] Twilio received the request and is selecting a sender",
     message_resource_url},
    {"scheduled",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     "[Messaging Service only] the message is scheduled to be sent",
     message_resource_url},
    {"queued",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     "queued to be sent out by a specific From sender",
     message_resource_url},
    {"sending",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     "being dispatched to the nearest upstream carrier",
     message_resource_url},
    {"sent",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     "the nearest upstream carrier accepted the message (a receipt may still come, or never)",
     message_resource_url},
    {"delivered",
     {outcome::delivered, category::none, retry_advice::none},
     false,
     true,
     "the carrier (and, where available, the handset) confirmed delivery; an ErrorCode with it is a warning",
     message_resource_url},
    {"undelivered",
     {outcome::retryable, category::unknown, retry_advice::retry_once},
     true,
     true,
     "a receipt said the message was not delivered (without ErrorCode: no reason known)",
     message_resource_url},
    {"failed",
     {outcome::retryable, category::unknown, retry_advice::retry_once},
     true,
     true,
     "the message could not be sent (without ErrorCode: no reason known)",
     message_resource_url},
    {"read",
     {outcome::none, category::none, retry_advice::none},
     false,
     false,
     "RCS and WhatsApp: the recipient opened the message (a read receipt)",
     message_resource_url},
    {"canceled",
     {outcome::none, category::none, retry_advice::none},
     false,
     true,
     "[Messaging Service only] the scheduled message was canceled: nothing was sent",
     message_resource_url},
    {"receiving",
     {outcome::none, category::none, retry_advice::none},
     false,
     false,
     "an inbound message Twilio is still processing",
     message_resource_url},
    {"received",
     {outcome::none, category::none, retry_advice::none},
     false,
     false,
     "an inbound message",
     message_resource_url},
    {"partially_delivered",
     {outcome::unknown, category::unknown, retry_advice::none},
     false,
     true,
     "[Deprecated] Twilio gives no definition",
     message_resource_url},
};

}  // namespace detail

inline constexpr auto status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::status_literals, detail::status_value)>(detail::status_field, detail::status_literals,
                                                                          detail::status_value);
static_assert(triage::detail::rules_fit(status_rules));
inline constexpr auto statuses = triage::detail::with_rules(detail::status_literals, status_rules);

/// A status this library does not know, or none on a callback that has MessageStatus empty (no row decides).
inline constexpr status_row unknown_status = {
    "",
    {outcome::unknown, category::unknown, retry_advice::none, "twilio MessageStatus not recognised"},
    false,
    false,
    "a status this library does not know (kept raw)",
    message_resource_url};

/// An inbound message that says no status at all (no MessageStatus, no SmsStatus): still an inbound message.
inline constexpr status_row inbound_without_status = {
    "",
    {outcome::none, category::none, retry_advice::none, "twilio inbound message without SmsStatus"},
    false,
    false,
    "an inbound message (no MessageStatus)",
    inbound_url};

/// `EventType=READ`: a read receipt, whatever the status says (track-outbound-message-status: "this property's
/// value is READ after the recipient has read the message").
inline constexpr status_row read_event = {"",
                                          {outcome::none, category::none, retry_advice::none, "twilio EventType READ"},
                                          false,
                                          false,
                                          "a read receipt (RCS, WhatsApp)",
                                          status_callback_url};

/// Which product of Twilio's error dictionary a code's solutions file is in.
enum class dictionary : std::uint8_t { programmable_sms, programmable_messaging, miscellaneous };

inline constexpr enum_name<dictionary> dictionary_names[] = {
    {dictionary::programmable_sms, "programmable_sms"},
    {dictionary::programmable_messaging, "programmable_messaging"},
    {dictionary::miscellaneous, "miscellaneous"}};
constexpr const auto& enum_table(dictionary) noexcept { return dictionary_names; }

/// An `ErrorCode` of a failed or undelivered message. Rule: "twilio ErrorCode <code>".
struct code_row {
  std::int64_t code;
  std::string_view name;  ///< Twilio's name of the code, verbatim
  triage::verdict verdict;
  twilio::dictionary dictionary;  ///< where in the Feb 2025 dictionary copy (see source_of)
  std::string_view reason;        ///< why the verdict (the CSV's reason column)
};

/// The page of Twilio's docs every code has.
inline constexpr std::string_view error_page_prefix = "https://www.twilio.com/docs/api/errors/";

/// The dictionary file a row was read from.
constexpr std::string_view dictionary_url(dictionary d) noexcept {
  switch (d) {
    case dictionary::programmable_sms:
      return "https://github.com/AriaBagheri/twilio-error-rs/blob/d7a2e260a35936a8f4ec20702e4060abc5f63594/src/"
             "products/programmable_sms/solutions.rs";
    case dictionary::programmable_messaging:
      return "https://github.com/AriaBagheri/twilio-error-rs/blob/d7a2e260a35936a8f4ec20702e4060abc5f63594/src/"
             "products/programmable_messaging/solutions.rs";
    case dictionary::miscellaneous:
      return "https://github.com/AriaBagheri/twilio-error-rs/blob/d7a2e260a35936a8f4ec20702e4060abc5f63594/src/"
             "products/miscellaneous/solutions.rs";
  }
  return {};
}

namespace detail {

inline constexpr auto code_value = [](const code_row& row) { return triage::detail::rule_value(row.code); };

// Sorted by code (checked below): find_code() bisects. Generated from the CSV, one row per line of it.
inline constexpr code_row code_literals[] = {
    {11200,
     "HTTP retrieval failure",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::miscellaneous,
     "HTTP retrieval failure (for a message: the MediaUrl could not be fetched); same URL fails again unless the host "
     "was briefly down [Twilio log_type APPLICATION in 2023 dictionary]"},
    {11751,
     "Media Message - Media exceeds messaging provider size limit",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "media exceeds the channel's size limit (MMS 5 MB, WhatsApp 16 MB) [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {12300,
     "Invalid Content-Type",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::miscellaneous,
     "media URL returned an unsupported Content-Type [Twilio log_type APPLICATION in 2023 dictionary]"},
    {14107,
     "SMS send rate limit exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "TwiML reply loop protection: >30 replies between two numbers in 30 s [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {21211,
     "Invalid 'To' Phone Number",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::miscellaneous,
     "invalid 'To' number (format/E.164) [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21212,
     "Invalid 'From' Number",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::miscellaneous,
     "invalid 'From' number / sender [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21265,
     "'To' number cannot be a Short Code",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_messaging,
     "'To' is a short code; Twilio numbers cannot message short codes"},
    {21266,
     "'To' and 'From' numbers cannot be the same",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_messaging,
     "'To' equals 'From'"},
    {21267,
     "Alphanumeric Sender ID cannot be used as the 'From' number on trial accounts",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::programmable_messaging,
     "alphanumeric sender ID not allowed on trial accounts"},
    {21268,
     "Sending to Premium rate or Information Service numbers is not allowed",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_messaging,
     "premium-rate / information-service destination not allowed"},
    {21408,
     "Permission to send an SMS or MMS has not been enabled for the region indicated by the 'To' number",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "Messaging Geo-Permissions not enabled for the destination country [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {21606,
     "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "'From' is not a message-capable Twilio number for this destination [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {21607,
     "The 'from' phone number must be the sandbox phone number for trial accounts.",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::miscellaneous,
     "trial account must send from its trial/sandbox number"},
    {21608,
     "The 'to' phone number provided is not yet verified for this account.",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::miscellaneous,
     "trial account: 'To' not verified"},
    {21610,
     "Attempt to send to unsubscribed recipient",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "recipient replied STOP; no sending until START [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21611,
     "This 'From' number has exceeded the maximum number of queued messages",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "'From' queue exceeded the maximum queued messages; slow down [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21612,
     "Message cannot be sent with the current combination of \"To\" and/or \"From\" parameters",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "message cannot be sent with this To/From combination (capability/route)"},
    {21614,
     "'To' number is not a valid mobile number",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_sms,
     "'To' is not a valid mobile number (landline or invalid) [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21617,
     "The concatenated message body exceeds the 1600 character limit",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::miscellaneous,
     "body exceeds 1600 characters"},
    {21618,
     "The message body cannot be sent",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::miscellaneous,
     "body filtered by all carriers"},
    {21621,
     "The 'From' number has not been enabled for MMS",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::miscellaneous,
     "'From' number not MMS-enabled"},
    {21622,
     "MMS has not been enabled for your account",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::miscellaneous,
     "MMS not enabled for the account"},
    {21635,
     "'To' number cannot be a landline",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_messaging,
     "'To' is a landline"},
    {21657,
     "The Sender ID is invalid",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "sender ID invalid for the destination [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21659,
     "'From' is not a Twilio phone number or Short Code country mismatch",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_messaging,
     "'From' not a Twilio number, or short code country mismatch"},
    {21660,
     "Mismatch between the 'From' number and the account",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_messaging,
     "'From' number does not belong to the account"},
    {21661,
     "'From' number is not SMS-capable",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_messaging,
     "'From' number not SMS-capable"},
    {21703,
     "The Messaging Service does not have a phone number available to send a message",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_messaging,
     "Messaging Service has no sender able to send this message to this recipient [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {21704,
     "The Messaging Service contains no phone numbers",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "Messaging Service contains no senders [Twilio log_type APPLICATION in 2023 dictionary]"},
    {21910,
     "Invalid 'From' and 'To' pair. 'From' and 'To' should be of the same channel",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "'From' and 'To' are on different channels [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30001,
     "Queue overflow",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "sender queue overflowed (queued >10 h or past ValidityPeriod); never left Twilio, so resend at a lower rate or "
     "with more senders [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30002,
     "Account suspended",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::programmable_sms,
     "account suspended after queueing; fix the account with Twilio support first [Twilio log_type TWILIO in 2023 "
     "dictionary]"},
    {30003,
     "Unreachable destination handset",
     {outcome::retryable, category::unreachable, retry_advice::retry_once},
     dictionary::programmable_sms,
     "handset off/no signal/roaming; Twilio says one failure may be transient and to send another test message; "
     "repeated 30003 = treat as unreachable/landline/filtered [Twilio log_type CARRIER in 2023 dictionary]"},
    {30004,
     "Message blocked",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "destination blocked receiving (recipient/carrier block, STOP on toll-free, DND); do not resend [Twilio log_type "
     "CARRIER in 2023 dictionary]"},
    {30005,
     "Unknown destination handset",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_sms,
     "number unknown / may no longer exist"},
    {30006,
     "Landline or unreachable carrier",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_sms,
     "landline or carrier cannot receive this message; verify with Lookup [Twilio log_type CARRIER in 2023 "
     "dictionary]"},
    {30007,
     "Message filtered",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "filtered as spam/policy by Twilio or carrier; change content/registration before resending [Twilio log_type "
     "CARRIER in 2023 dictionary]"},
    {30008,
     "Unknown error",
     {outcome::unknown, category::unknown, retry_advice::retry_once},
     dictionary::programmable_sms,
     "carrier returned a generic error Twilio cannot explain; our call: at most one resend (duplicate risk)"},
    {30009,
     "Missing inbound segment",
     {outcome::none, category::none, retry_advice::none},
     dictionary::programmable_sms,
     "inbound-only: a segment of an inbound multipart message was not received; never an outbound outcome [Twilio "
     "log_type CARRIER in 2023 dictionary]"},
    {30010,
     "Message price exceeds max price",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "price exceeded the MaxPrice request parameter (parameter obsolete since 2024-06-03); fix the request [Twilio "
     "log_type APPLICATION in 2023 dictionary]"},
    {30011,
     "MMS not supported by the receiving phone number in this region",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "recipient/region cannot receive MMS; resend as SMS or not at all [Twilio log_type CARRIER in 2023 dictionary]"},
    {30012,
     "TTL is too small",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::miscellaneous,
     "request TTL too small"},
    {30013,
     "TTL is too big",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::miscellaneous,
     "request TTL too big"},
    {30014,
     "'To' attributes are Invalid",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::miscellaneous,
     "'To' attribute list invalid or empty"},
    {30015,
     "Non-supported channel type is used",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::miscellaneous,
     "unsupported channel prefix on To/From"},
    {30016,
     "'To' and 'From' channel types are incompatible",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::miscellaneous,
     "To and From channel prefixes incompatible"},
    {30017,
     "Carrier network congestion",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     dictionary::programmable_sms,
     "carrier congested; Twilio already retried; spread sending over time [Twilio log_type CARRIER in 2023 "
     "dictionary]"},
    {30018,
     "Destination carrier requires sender ID pre-registration",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "alphanumeric sender ID not pre-registered for the destination country; may also appear on delivered messages as "
     "a warning, so classify on status first [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30019,
     "Content size exceeds carrier limit",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "content size exceeds carrier limit [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30020,
     "Internal Failure with Message Scheduling",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     dictionary::programmable_sms,
     "Twilio internal failure in Message Scheduling [Twilio log_type TWILIO in 2023 dictionary]"},
    {30021,
     "Internal Failure with messaging service orchestrator",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     dictionary::programmable_sms,
     "Twilio internal failure in the Messaging Service orchestrator [Twilio log_type TWILIO in 2023 dictionary]"},
    {30022,
     "US A2P 10DLC - Rate Limits Exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "US A2P 10DLC campaign throughput exceeded; slow down [Twilio log_type CARRIER in 2023 dictionary]"},
    {30023,
     "US A2P 10DLC - Daily Message Cap Reached",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "US A2P 10DLC brand daily cap reached; resumes after 00:00 US Pacific [Twilio log_type CARRIER in 2023 "
     "dictionary]"},
    {30024,
     "Numeric Sender ID Not Provisioned on Carrier",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "numeric sender ID not provisioned on the carrier [Twilio log_type CARRIER in 2023 dictionary]"},
    {30025,
     "US A2P 10DLC - 50% T-Mobile Daily Message Limit Consumed",
     {outcome::none, category::none, retry_advice::none},
     dictionary::programmable_sms,
     "warning only (50% of T-Mobile daily limit used); not a delivery outcome, classify by MessageStatus [Twilio "
     "log_type CARRIER in 2023 dictionary]"},
    {30026,
     "US A2P 10DLC - 70% T-Mobile Daily Message Limit Consumed",
     {outcome::none, category::none, retry_advice::none},
     dictionary::programmable_sms,
     "warning only (70% of T-Mobile daily limit used); not a delivery outcome, classify by MessageStatus [Twilio "
     "log_type CARRIER in 2023 dictionary]"},
    {30027,
     "US A2P 10DLC - T-Mobile Daily Message Limit Reached",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "T-Mobile daily limit reached; later messages filtered until midnight PT [Twilio log_type CARRIER in 2023 "
     "dictionary]"},
    {30028,
     "Invalid API version",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "invalid API version in request [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30029,
     "Invalid ContentRetention",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "invalid ContentRetention value [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30030,
     "Invalid AddressRetention",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "invalid AddressRetention value [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30031,
     "Invalid MaxRate",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "invalid MaxRate value [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30032,
     "Toll-Free Number Has Not Been Verified",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "toll-free number not verified (US/CA); blocked until verification [Twilio log_type CARRIER in 2023 dictionary]"},
    {30033,
     "US A2P 10DLC - Campaign Suspended",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "US A2P 10DLC campaign suspended [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30034,
     "US A2P 10DLC - Message from an Unregistered Number",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "US A2P 10DLC: sender number not on an approved campaign [Twilio log_type APPLICATION in 2023 dictionary]"},
    {30035,
     "US A2P 10DLC - Message from a number still being configured",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     dictionary::programmable_sms,
     "10DLC number registration still in progress (usually minutes); resend once registered [Twilio log_type "
     "APPLICATION in 2023 dictionary]"},
    {30036,
     "Validity Period Expired",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "ValidityPeriod elapsed while queued at Twilio (never sent); resend with longer validity or slower pace"},
    {30037,
     "Outbound Messaging Disabled",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::programmable_sms,
     "outbound messaging disabled for the account"},
    {30038,
     "OTP Message Body Filtered",
     {outcome::none, category::none, retry_advice::none},
     dictionary::programmable_sms,
     "inbound-only: OTP message to a Twilio number redacted and failed"},
    {30039,
     "Filtered to Prevent Message Loops",
     {outcome::none, category::none, retry_advice::none},
     dictionary::programmable_sms,
     "inbound-only: machine-generated inbound message failed to prevent loops (arrives as a failed status callback)"},
    {30040,
     "Destination carrier requires Sender ID pre-registration",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "sender ID used is not registered to this account for the destination"},
    {30041,
     "Message from an unregistered number sent to a United Kingdom number",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "UK protected sender ID / unregistered number (LOA required)"},
    {30042,
     "The Sender ID is blocked as generic or it contains special characters",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "sender ID blocked as generic or non-compliant characters"},
    {30043,
     "International SMS via Domestic Gateway",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "international message misrouted via a domestic gateway; needs support to re-route"},
    {30410,
     "Provider Timeout Error",
     {outcome::unknown, category::carrier, retry_advice::retry_later},
     dictionary::programmable_sms,
     "provider timeout; Twilio fails the message and does not retry 'to avoid duplicate message delivery', so a resend "
     "may duplicate [Twilio log_type CARRIER in 2023 dictionary]"},
    {30450,
     "Message delivery blocked",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     dictionary::programmable_sms,
     "destination temporarily blocked by Twilio fraud protection; Twilio: usually resolves in a couple of hours "
     "[Twilio log_type APPLICATION in 2023 dictionary]"},
    {30453,
     "Message couldn't be delivered",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     dictionary::programmable_sms,
     "temporarily undeliverable (fraud-protection block); Twilio: usually resolves in a couple of hours"},
    {30454,
     "Account exceeded the messages limit",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::programmable_sms,
     "account message limit exceeded; upgrade the account, then retry"},
    {30485,
     "Message couldn't be delivered",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     dictionary::programmable_sms,
     "temporarily undeliverable (fraud-protection block); Twilio: usually resolves in a couple of hours"},
    {30500,
     "Twilio Internal Error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     dictionary::programmable_sms,
     "Twilio internal error; Twilio: try again, contact support if it fails again"},
    {30610,
     "Message couldn't be delivered",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     dictionary::programmable_messaging,
     "local regulatory quiet hours; resend inside 8 a.m.-9 p.m. recipient local time"},
    {30615,
     "Message couldn't be delivered",
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     dictionary::programmable_messaging,
     "local regulatory quiet hours; resend inside 8 a.m.-9 p.m. recipient local time"},
    {30620,
     "Message couldn't be delivered",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_messaging,
     "message intent does not match the sender ID's registered use case"},
    {30630,
     "Attempt to send to unsubscribed recipient",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_messaging,
     "recipient unsubscribed (STOP) from this sender or Messaging Service"},
    {63001,
     "Channel could not authenticate the request. Please see Channel specific error message for more information",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "channel (WhatsApp/Messenger/RCS) rejected Twilio's credentials for the sender [Twilio log_type CARRIER in 2023 "
     "dictionary]"},
    {63002,
     "Channel could not find the From address",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "channel could not find the From address"},
    {63003,
     "Channel could not find To address",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_sms,
     "channel To address inactive or invalid [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63005,
     "Channel did not accept given content. Please see Channel specific error message for more information",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "channel did not accept the content (media, template, or invalid WhatsApp user)"},
    {63006,
     "Could not format given content for the channel. Please see Channel specific error message for more information",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "content could not be formatted for the channel"},
    {63007,
     "Twilio could not find a Channel with the specified 'From' address",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "no channel sender with this From address (or pending approval / wrong account)"},
    {63008,
     "Could not execute the request because the channel module has been misconfigured. Please check the Channel "
     "configuration in Twilio",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "channel module misconfigured"},
    {63009,
     "Channel provider returned an internal service error (HTTP 5xx). Please see Channel specific error message for "
     "more information",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     dictionary::programmable_sms,
     "channel provider returned HTTP 5xx"},
    {63010,
     "Twilio's platform encountered an internal error processing this message",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     dictionary::programmable_sms,
     "Twilio channels internal error"},
    {63011,
     "Invalid Request: Twilio encountered an error while processing your request",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "channel provider rejected the request as invalid (capabilities); our call"},
    {63012,
     "Channel provider returned an internal service error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     dictionary::programmable_sms,
     "channel provider internal service error"},
    {63013,
     "Channel policy violation",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "violates the channel provider's policy (e.g. WhatsApp content rules) [Twilio log_type TWILIO in 2023 "
     "dictionary]"},
    {63014,
     "Channel message blocked by user action",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "recipient blocked the business on the channel"},
    {63015,
     "Channel Sandbox can only send messages to phone numbers that have joined the Sandbox",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "sandbox: recipient has not joined the sandbox [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63016,
     "Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please "
     "use a Message Template.",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "outside the WhatsApp 24-hour customer-service window; send an approved template instead [Twilio log_type TWILIO "
     "in 2023 dictionary]"},
    {63017,
     "Rate limit exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "account-wide channel rate limit exceeded"},
    {63018,
     "Rate limit exceeded for Channel",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "channel/WhatsApp sender messaging limit exceeded"},
    {63019,
     "Media failed to download",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "media failed to download (or returned 0 bytes); fix the media first [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {63020,
     "Twilio encountered a Business Manager account error",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::programmable_sms,
     "Meta Business Manager account error (invitation/billing)"},
    {63021,
     "Channel invalid content error",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "content rejected or unsupported by the channel"},
    {63022,
     "Invalid vname certificate",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "invalid vname certificate for the business account"},
    {63023,
     "Channel generic error",
     {outcome::unknown, category::unknown, retry_advice::none},
     dictionary::programmable_sms,
     "generic channel error with no further detail"},
    {63024,
     "Invalid message recipient",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_messaging,
     "not a valid WhatsApp user / Meta restriction on the recipient"},
    {63025,
     "Media already exists",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "media upload conflict (media already exists); our call"},
    {63026,
     "Channel sender content flagged as spam",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "sender content flagged as spam by the channel"},
    {63027,
     "Template does not exist for a language and locale",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "template does not exist for the language/locale or body mismatch"},
    {63028,
     "Number of parameters provided does not match the expected number of parameters",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "template parameter count mismatch"},
    {63029,
     "The receiver failed to download the template",
     {outcome::retryable, category::unreachable, retry_advice::retry_once},
     dictionary::programmable_sms,
     "receiver failed to download the template; Twilio: check the handset and retry [Twilio log_type TWILIO in 2023 "
     "dictionary]"},
    {63030,
     "Unsupported parameter for type of channels message",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "parameter unsupported for this channel message type [Twilio log_type TWILIO in 2023 dictionary]"},
    {63031,
     "Channels message cannot have same 'From' and 'To'",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "channel message with identical From and To [Twilio log_type TWILIO in 2023 dictionary]"},
    {63032,
     "We cannot send this message to this user because of a WhatsApp limitation.",
     {outcome::permanent, category::recipient, retry_advice::none},
     dictionary::programmable_sms,
     "WhatsApp limitation for this user (experiment); Twilio: skip this user [Twilio log_type CARRIER in 2023 "
     "dictionary]"},
    {63033,
     "Recipient opted out to receive message",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "recipient opted out of marketing messages from this business (marked deprecated in Twilio's WhatsApp mapping) "
     "[Twilio log_type APPLICATION in 2023 dictionary]"},
    {63034,
     "Media exceeds size limit",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_sms,
     "media exceeds the channel size limit (5 MB) [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63035,
     "This operation is blocked because the RCS agent has not launched, the recipient has not accepted the invitation "
     "to become a tester, or the RCS sender only works in certain regions.",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_sms,
     "RCS agent not launched / recipient not an accepted tester / region restricted [Twilio log_type APPLICATION in "
     "2023 dictionary]"},
    {63036,
     "The specified phone number cannot be reached using RCS at this time.",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     dictionary::programmable_messaging,
     "RCS device off, offline or not RBM capable right now [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63037,
     "Channel Media Upload Error",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     dictionary::programmable_sms,
     "media upload to the channel provider failed; Twilio says it retries the upload itself [Twilio log_type CARRIER "
     "in 2023 dictionary]"},
    {63038,
     "Account exceeded the daily messages limit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_sms,
     "account daily message limit exceeded; Twilio: wait for the next day [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {63039,
     "Warning! Facebook says your page is engaging in behavior that may be considered bothersome or abusive by users. "
     "To avoid messaging restrictions being placed on your Page, Facebook requires you to immediately decrease the "
     "rate at which you are sending messages outside the 24-hour window to this person.",
     {outcome::permanent, category::compliance, retry_advice::none},
     dictionary::programmable_sms,
     "Facebook flags the Page's messaging as abusive; soften content and rate [Twilio log_type APPLICATION in 2023 "
     "dictionary]"},
    {63040,
     "Template Rejected",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_messaging,
     "template rejected by WhatsApp [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63041,
     "Template paused",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_messaging,
     "template paused by WhatsApp after negative feedback [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63042,
     "Template disabled",
     {outcome::permanent, category::content, retry_advice::none},
     dictionary::programmable_messaging,
     "template permanently disabled by WhatsApp [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63049,
     "Meta chose not to deliver this WhatsApp marketing message",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     dictionary::programmable_messaging,
     "Meta per-user marketing template limit; later or inside an open conversation"},
    {63051,
     "WhatsApp Business Account is Locked",
     {outcome::permanent, category::account, retry_advice::none},
     dictionary::programmable_messaging,
     "WhatsApp Business Account locked by Meta (integrity policy) [Twilio log_type APPLICATION in 2023 dictionary]"},
    {63052,
     "Legacy WhatsApp Template Used",
     {outcome::permanent, category::configuration, retry_advice::none},
     dictionary::programmable_messaging,
     "legacy WhatsApp template mechanism used (EOL 2025-04-01); send with ContentSid"},
};

}  // namespace detail

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_literals, detail::code_value)>(detail::code_field, detail::code_literals,
                                                                    detail::code_value);
static_assert(triage::detail::rules_fit(code_rules));
inline constexpr auto codes = triage::detail::with_rules(detail::code_literals, code_rules);
static_assert(triage::detail::sorted_and_unique(codes, &code_row::code),
              "twilio::codes must stay sorted by code for find_code()");
static_assert(codes.size() == 127, "every row of twilio_error_codes.csv");

/// The verdict of a failure code that is not in `codes`, by its family. The first row whose [first, last]
/// holds the code decides; a code in no row is unknown/unknown (`unknown_code`). Rule:
/// "twilio ErrorCode <first>-<last>".
struct code_range_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr std::string_view range_reading =
    "shared/reference/twilio.md section 12, rule 9 (this library's reading)";

namespace detail {

inline constexpr auto code_range_value = [](const code_range_row& row) {
  return triage::detail::rule_value::range(row.first, row.last);
};

inline constexpr code_range_row code_range_literals[] = {
    {21000,
     21999,
     {outcome::permanent, category::configuration, retry_advice::none},
     "21xxx: the request's parameters, sender or recipient were refused; the same request fails again",
     range_reading},
    {30001,
     30099,
     {outcome::retryable, category::unknown, retry_advice::retry_once},
     "30001-30099 \"Message Delivery\": carrier and handset delivery failures, many of them transient",
     range_reading},
    {30400,
     30699,
     {outcome::retryable, category::compliance, retry_advice::retry_later},
     "30400-30699: the known codes are temporary fraud blocks, quiet hours and opt-outs: check the number, later",
     range_reading},
    {63000,
     63099,
     {outcome::permanent, category::unknown, retry_advice::none},
     "63xxx: channel (WhatsApp, RCS, Messenger) errors, mostly about the sender, template or recipient",
     range_reading},
};

}  // namespace detail

inline constexpr auto code_range_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_range_literals, detail::code_range_value)>(
    detail::code_field, detail::code_range_literals, detail::code_range_value);
static_assert(triage::detail::rules_fit(code_range_rules));
inline constexpr auto code_ranges = triage::detail::with_rules(detail::code_range_literals, code_range_rules);

/// The fallback of a code outside every family above (no row decides, so its rule is written out).
inline constexpr code_range_row unknown_code = {
    0,
    0,
    {outcome::unknown, category::unknown, retry_advice::none, "twilio ErrorCode outside the known families"},
    "a code outside 21xxx, 30001-30099, 30400-30699 and 63xxx",
    range_reading};

/// The row of a known status (any ASCII case: Event Streams and some consumers write statuses in upper
/// case), or nullptr.
constexpr const status_row* find_status(std::string_view status) noexcept {
  return triage::detail::find_row_ignoring_case(statuses, status, &status_row::status);
}

/// The row of a known error code, or nullptr.
constexpr const code_row* find_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(codes, code, &code_row::code);
}

/// The range row that decides a code not in `codes`: the first of `code_ranges` that holds it, else
/// `unknown_code`.
constexpr const code_range_row& find_code_range(std::int64_t code) noexcept {
  const code_range_row* row = triage::detail::find_range(code_ranges, code);
  return row != nullptr ? *row : unknown_code;
}

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_TABLES_HPP
