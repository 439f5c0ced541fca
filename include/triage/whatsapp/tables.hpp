#ifndef TRIAGE_WHATSAPP_TABLES_HPP
#define TRIAGE_WHATSAPP_TABLES_HPP

// Every WhatsApp value the classifier knows, with its verdict: the single source of truth for
// whatsapp::classify(), the tests that check each row, and the README's tables.
//
// Sources:
//  - status values: Meta's status webhook reference ("Values can be:"),
//    https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
//    and, for the two On-Premises values, courier (which ignores `deleted`) and a BSP's list (`warning`)
//    (shared/reference/whatsapp.md §4);
//  - error codes: every row of shared/reference/whatsapp_error_codes.csv (a copy is
//    tests/fixtures/whatsapp/whatsapp_error_codes.csv, which the tests compare with this table), which holds
//    all 83 entries of Meta's error-codes page
//    (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes, as fetched
//    2026-09-11) and 16 codes published elsewhere (the unsupported-messages reference; pywa's transcription of
//    Meta's tables, david-lev/pywa pywa/errors.py @ 0bcf2f19; On-Premises codes relayed by BSPs). The outcome,
//    category and retry hint of each row are the CSV's suggestion, unchanged; `webhook` is false for the rows
//    the CSV marks sync-only (management and registration endpoints: never in a statuses[] webhook);
//  - ranges: Meta's own range row (200-299, API permissions) and the families of Meta's page for codes not in
//    the table (shared/reference/whatsapp.md, suggested rule 4: 132xxx template errors, 133xxx registration).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"
#include "triage/whatsapp/update.hpp"

namespace triage::whatsapp {

inline constexpr std::string_view status_reference =
    "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status";
inline constexpr std::string_view messages_reference =
    "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages";
inline constexpr std::string_view error_codes_page =
    "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes";
inline constexpr std::string_view pywa_errors =
    "https://github.com/david-lev/pywa/blob/0bcf2f192ff3cf8ae24a425d85f4295e3cca7a62/pywa/errors.py";
inline constexpr std::string_view courier_whatsapp =
    "https://github.com/nyaruka/courier/blob/350e935007fd7e7cab689feee5ce97e326d49099/handlers/meta/whatsapp/api.go";
inline constexpr std::string_view alibaba_chatapp = "https://alibabacloud.com/help/en/chatapp/webhook-parameters";

/// A `statuses[].status` value. Rule: "whatsapp statuses[].status <status>".
struct status_row {
  std::string_view status;
  status_value value;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// An `errors[].code` of a failed status. Rule: "whatsapp statuses[].errors[].code <code>".
struct code_row {
  std::int64_t code;
  std::string_view title;  ///< Meta's title (or the source's); never classified on (Meta: titles will go)
  triage::verdict verdict;
  bool webhook;  ///< false: a sync-only code (management or registration endpoints), never in a status
  std::string_view meaning;
  std::string_view source_url;
};

/// A range of codes for a code not in `codes`. Rule: "whatsapp statuses[].errors[].code <first>-<last>".
struct code_range_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view status_field = "whatsapp statuses[].status";
inline constexpr std::string_view code_field = "whatsapp statuses[].errors[].code";

inline constexpr auto status_key = [](const status_row& row) { return triage::detail::rule_value(row.status); };
inline constexpr auto code_key = [](const code_row& row) { return triage::detail::rule_value(row.code); };
inline constexpr auto code_range_key = [](const code_range_row& row) {
  return triage::detail::rule_value::range(row.first, row.last);
};

// read and played are deliveries, not "none": Meta may skip `delivered` when `read` comes ("the 'delivered'
// webhook is not sent because it's implied"), so a read status is the proof of delivery (whatsapp.md rule 3).
// `failed` decides by its errors[0].code; this row is only for a failed status without one.
inline constexpr status_row status_literals[] = {
    {"sent",
     status_value::sent,
     {outcome::pending, category::none, retry_advice::none},
     "sent from Meta's servers (one check mark); may stay so when the phone is offline",
     status_reference},
    {"delivered",
     status_value::delivered,
     {outcome::delivered, category::none, retry_advice::none},
     "delivered to the user's device (two check marks)",
     status_reference},
    {"read",
     status_value::read,
     {outcome::delivered, category::none, retry_advice::none},
     "displayed in an open chat (two blue check marks); implies delivered",
     status_reference},
    {"played",
     status_value::played,
     {outcome::delivered, category::none, retry_advice::none},
     "a voice message was played for the first time; implies delivered",
     status_reference},
    {"failed",
     status_value::failed,
     {outcome::unknown, category::unknown, retry_advice::none},
     "failed to send or deliver, and no errors[] say why",
     status_reference},
    {"deleted",
     status_value::deleted,
     {outcome::none, category::none, retry_advice::none},
     "On-Premises: the user deleted a delivered message; reports no delivery (courier ignores it)",
     courier_whatsapp},
    {"warning",
     status_value::warning,
     {outcome::unknown, category::unknown, retry_advice::none},
     "On-Premises: sent with a catalog item that is unavailable",
     alibaba_chatapp},
};

// Sorted by code (checked below): find_code() bisects. Generated from the CSV, row for row.
inline constexpr code_row code_literals[] = {
    {0,
     "AuthException",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "We were unable to authenticate the app user.",
     error_codes_page},
    {1,
     "API Unknown",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     true,
     "Invalid request or possible server error.",
     error_codes_page},
    {2,
     "API Service",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     true,
     "Temporary due to downtime or due to being overloaded.",
     error_codes_page},
    {3,
     "API Method",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Capability or permissions issue.",
     error_codes_page},
    {4,
     "API Too Many Calls",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "The app has reached its API call rate limit.",
     error_codes_page},
    {10,
     "Permission Denied",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Permission is either not granted or has been removed.",
     error_codes_page},
    {33,
     "Parameter value is not valid (business phone number deleted)",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The business phone number has been deleted.",
     error_codes_page},
    {100,
     "Invalid parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The request included one or more unsupported or misspelled parameters.",
     error_codes_page},
    {190,
     "Access token has expired",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "Your access token has expired.",
     error_codes_page},
    {200,
     "API Permission (no access token)",
     {outcome::permanent, category::account, retry_advice::none},
     false,
     "No access token was provided; the API returns 'Provide valid app ID'.",
     error_codes_page},
    {368,
     "Temporarily blocked for policies violations",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "The WhatsApp Business Account associated with the app has been restricted or disabled for violating a platform "
     "policy.",
     error_codes_page},
    {470,
     "Re-engagement message (On-Premises)",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "Free-form message outside the 24-hour customer service window (On-Premises API equivalent of 131047).",
     "https://dualhook.com/docs/api-errors ; https://www.twilio.com/docs/whatsapp/tutorial/error-codes"},
    {1013,
     "On-Premises 1013 (invalid recipient)",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "On-Premises API error; Twilio maps 1013 to its 63003 'Channel could not find To address' (an unregistered or "
     "inactive WhatsApp number).",
     "https://www.twilio.com/docs/whatsapp/tutorial/error-codes ; https://www.twilio.com/docs/api/errors/63003"},
    {1026,
     "Receiver Incapable (On-Premises)",
     {outcome::unknown, category::recipient, retry_advice::none},
     true,
     "On-Premises status error; Meta's per-user marketing limit page names it as the On-Premises equivalent of 131049. "
     "Twilio maps 1026 to 63024 (invalid message recipient).",
     "https://developers.facebook.com/docs/whatsapp/api/messages/template/limits ; "
     "https://www.twilio.com/docs/whatsapp/tutorial/error-codes ; "
     "https://github.com/barokatu/wacloudapi-docs/blob/03d08fc9b3d6afaeb7d5cbad0bf1de87e51e729f/README.md (title "
     "'Receiver Incapable')"},
    {80007,
     "Rate limit issues",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "The WhatsApp Business Account has reached its rate limit.",
     error_codes_page},
    {130403,
     "Business blocked the user",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "Unable to deliver the message. This business has blocked the end user on WhatsApp",
     error_codes_page},
    {130429,
     "Rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Cloud API message throughput has been reached.",
     error_codes_page},
    {130472,
     "User's number is part of an experiment",
     {outcome::permanent, category::carrier, retry_advice::none},
     true,
     "Message was not sent as part of an experiment.",
     error_codes_page},
    {130497,
     "Business account is restricted from messaging users in this country",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "The WhatsApp Business Account is restricted from messaging to users in certain countries.",
     error_codes_page},
    {131000,
     "Something went wrong",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     true,
     "Message failed to send due to an unknown error.",
     error_codes_page},
    {131005,
     "Access denied",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Permission is either not granted or has been removed.",
     error_codes_page},
    {131008,
     "Required parameter is missing",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The request is missing a required parameter.",
     error_codes_page},
    {131009,
     "Parameter value is not valid",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "One or more parameter values are invalid.",
     error_codes_page},
    {131016,
     "Service unavailable",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     true,
     "A service is temporarily unavailable.",
     error_codes_page},
    {131020,
     "Bad group (single member)",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "Cannot send messages to single member groups.",
     pywa_errors},
    {131021,
     "Recipient cannot be sender",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "Sender and recipient phone number is the same.",
     error_codes_page},
    {131026,
     "Message Undeliverable",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number; "
     "recipient has not accepted the new Terms of Service and Privacy Policy; recipient using an old WhatsApp version "
     "(Android 2.21.15.15, SMBA 2.21.15.15, iOS 2.21.170.4, SMBI 2.21.170.4, KaiOS 2.2130.10, Web 2.2132.6).",
     error_codes_page},
    {131030,
     "Recipient phone number not in allowed list",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Recipient's phone number is not whitelisted: add the recipient's phone number to a recipient list, then try "
     "again.",
     "https://github.com/david-lev/pywa/blob/0bcf2f192ff3cf8ae24a425d85f4295e3cca7a62/pywa/errors.py ; "
     "https://github.com/Neurotech-HQ/heyoo/issues/40"},
    {131031,
     "Account has been locked",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "The WhatsApp Business Account associated with the app has been restricted or disabled for violating a platform "
     "policy, or we were unable to verify data included in the request against data set on the WhatsApp Business "
     "Account (e.g, the two-step pin included in the request is incorrect).",
     error_codes_page},
    {131037,
     "WhatsApp provided number needs display name approval",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The 555 business phone number used to send the request does not have an approved display name.",
     error_codes_page},
    {131041,
     "Group unknown",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "The group was not found, either because it doesn't exist or you are not a member.",
     pywa_errors},
    {131042,
     "Business eligibility payment issue",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "There was an error related to your payment method.",
     error_codes_page},
    {131044,
     "Business eligibility payment issue (calling)",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "Message failed to send because there were one or more errors related to your payment method.",
     pywa_errors},
    {131045,
     "Incorrect certificate",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Message failed to send due to a phone number registration error.",
     error_codes_page},
    {131047,
     "Re-engagement message",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "More than 24 hours have passed since the recipient last replied to the sender number.",
     error_codes_page},
    {131048,
     "Spam rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Message failed to send because there are restrictions on how many messages can be sent from this phone number. "
     "This may be because too many previous messages were blocked or flagged as spam.",
     error_codes_page},
    {131049,
     "This message was not delivered to maintain healthy ecosystem engagement.",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "This message was not delivered to maintain healthy ecosystem engagement.",
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes ; "
     "https://developers.facebook.com/docs/whatsapp/api/messages/template/limits"},
    {131050,
     "Unable to deliver marketing message (user opted out)",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from "
     "your business.",
     error_codes_page},
    {131051,
     "Unsupported message type",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Unsupported message type.",
     error_codes_page},
    {131052,
     "Media download error",
     {outcome::unknown, category::unknown, retry_advice::none},
     true,
     "Unable to download the media sent by the user.",
     error_codes_page},
    {131053,
     "Media upload error",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Unable to upload the media used in the message.",
     error_codes_page},
    {131055,
     "Method not allowed",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "(#131055) Method not allowed / Only marketing template messages are supported",
     error_codes_page},
    {131056,
     "(Business Account, Consumer Account) pair rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Too many messages sent from the sender phone number to the same recipient phone number in a short period of "
     "time.",
     error_codes_page},
    {131057,
     "Account in maintenance mode",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     true,
     "Business Account is in maintenance mode",
     error_codes_page},
    {131059,
     "Group invalid cursor",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "The cursor has either expired or become corrupted. Start pagination from the beginning again.",
     pywa_errors},
    {131060,
     "This message is currently unavailable.",
     {outcome::unknown, category::unknown, retry_advice::none},
     true,
     "The message is currently unavailable. This typically occurs when a WhatsApp user messages a business onboarded "
     "with a WhatsApp Business app phone number, for the first time.",
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/"
     "unsupported"},
    {131062,
     "BSUID recipients not supported",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Business-scoped User ID (BSUID) recipients are not supported for this message.",
     pywa_errors},
    {131063,
     "Marketing templates disabled for Cloud API",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Your template is categorized as Marketing, but marketing templates are currently disabled for your Cloud API "
     "configuration.",
     error_codes_page},
    {131064,
     "Messaging limit reached (template classification violations)",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Message failed to send because this account has reached its messaging limit due to template classification "
     "violations. This applies to both template messages and direct send messages.",
     error_codes_page},
    {131201,
     "Group request partially succeeded",
     {outcome::unknown, category::unknown, retry_advice::none},
     false,
     "Not all participant-level operations in the request succeeded.",
     pywa_errors},
    {131202,
     "Group duplicate participant",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Duplicate participants in the participant array input.",
     pywa_errors},
    {131204,
     "Group participant over limit",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Group participant size exceeds limit.",
     pywa_errors},
    {131207,
     "Group suspended",
     {outcome::permanent, category::compliance, retry_advice::none},
     true,
     "The group violates platform policies.",
     pywa_errors},
    {131208,
     "Group rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Group operation failed because there were too many group operations from this phone number in a short period.",
     pywa_errors},
    {132000,
     "Template Param Count Mismatch",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "The number of variable parameter values included in the request did not match the number of variable parameters "
     "defined in the template.",
     error_codes_page},
    {132001,
     "Template does not exist",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "The template does not exist in the specified language or the template has not been approved.",
     error_codes_page},
    {132005,
     "Template Hydrated Text Too Long",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Translated text is too long.",
     error_codes_page},
    {132007,
     "Template Format Character Policy Violated",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Template content violates a WhatsApp policy.",
     error_codes_page},
    {132012,
     "Template Parameter Format Mismatch",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Variable parameter values formatted incorrectly.",
     error_codes_page},
    {132015,
     "Template is Paused",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Template is paused due to low quality so it cannot be sent in a template message.",
     error_codes_page},
    {132016,
     "Template is Disabled",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "Template has been paused too many times due to low quality and is now permanently disabled.",
     error_codes_page},
    {132018,
     "Template validation error",
     {outcome::permanent, category::content, retry_advice::none},
     true,
     "There's an issue with the parameters in your template.",
     error_codes_page},
    {132068,
     "Flow is blocked",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Flow is in blocked state.",
     error_codes_page},
    {132069,
     "Flow is throttled",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     true,
     "Flow is in throttled state and 10 messages using this flow were already sent in the last hour.",
     error_codes_page},
    {133000,
     "Incomplete Deregistration",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "A previous deregistration attempt failed.",
     error_codes_page},
    {133004,
     "Server Temporarily Unavailable",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     false,
     "Server is temporarily unavailable.",
     error_codes_page},
    {133005,
     "Two step verification PIN Mismatch",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Two-step verification PIN incorrect.",
     error_codes_page},
    {133006,
     "Phone number re-verification needed",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Phone number needs to be verified before registering.",
     error_codes_page},
    {133008,
     "Too Many two step verification PIN Guesses",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     false,
     "Too many two-step verification PIN guesses for this phone number.",
     error_codes_page},
    {133009,
     "Two step verification PIN Guessed Too Fast",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     false,
     "Two-step verification PIN was entered too quickly.",
     error_codes_page},
    {133010,
     "Phone number Not Registered",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Phone number not registered on the WhatsApp Business Platform.",
     error_codes_page},
    {133015,
     "Please wait a few minutes before attempting to register this phone number",
     {outcome::retryable, category::configuration, retry_advice::retry_later},
     false,
     "The phone number you are attempting to register was recently deleted, and deletion has not yet completed.",
     error_codes_page},
    {133016,
     "Account register deregister rate limit exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     false,
     "Registration or Deregistration failed because there were too many attempts for this phone number in a short "
     "period of time",
     error_codes_page},
    {134011,
     "WhatsApp Payments terms of service pending",
     {outcome::permanent, category::account, retry_advice::none},
     true,
     "Message failed to send because WhatsApp Payments terms of service acceptance is pending for this WhatsApp "
     "Business Account.",
     error_codes_page},
    {134100,
     "Only marketing messages supported",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "You're only able to send marketing messages on this API.",
     error_codes_page},
    {134101,
     "Your template is still syncing",
     {outcome::retryable, category::configuration, retry_advice::retry_later},
     true,
     "When you send a message from a template, the template syncing process can take up to 10 minutes to complete. "
     "Wait a few minutes, and then try sending your message again.",
     error_codes_page},
    {134102,
     "Template unavailable for use",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Please check your eligibility status to ensure you are onboarded or contact Meta's customer support.",
     error_codes_page},
    {135000,
     "Generic user error",
     {outcome::permanent, category::configuration, retry_advice::none},
     true,
     "Message failed to send because of an unknown error with your request parameters.",
     error_codes_page},
    {137000,
     "Recipient identity key mismatch",
     {outcome::permanent, category::recipient, retry_advice::none},
     true,
     "The recipient's identity key hash does not match the one on record. This can happen if the user has reinstalled "
     "WhatsApp or changed devices.",
     pywa_errors},
    {200005,
     "Template insights unavailable",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Template insights are not available yet for this WhatsApp Business account.",
     error_codes_page},
    {200006,
     "Cannot disable template insights",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Invalid operation. Template Insights cannot be disabled once enabled.",
     error_codes_page},
    {200007,
     "Template Insights not enabled",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Template Insights have not been enabled for this WhatsApp Business Account",
     error_codes_page},
    {1752041,
     "Duplicate Request",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Duplicate Request is thrown when a client has already been invited to onboard by any partner.",
     error_codes_page},
    {2388012,
     "This phone number already exists in your list of phone numbers",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "The phone number you are trying to migrate is already present in your WhatsApp account.",
     error_codes_page},
    {2388019,
     "Message Template Limit Exceeded",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "You have exceeded the maximum number of message templates you can have for this WhatsApp business account.",
     error_codes_page},
    {2388039,
     "Message template status can't be changed",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "The status for this message template can't be changed. You can only delete or add templates.",
     error_codes_page},
    {2388040,
     "Character limit exceeded",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "A field in your template has exceeded the maximum character limit allowed.",
     error_codes_page},
    {2388047,
     "Message header format is incorrect",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "Your message header contains invalid formatting.",
     error_codes_page},
    {2388072,
     "Message body format is incorrect",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "Your message body contains invalid formatting.",
     error_codes_page},
    {2388073,
     "Message footer format is incorrect",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "Your message footer contains invalid formatting.",
     error_codes_page},
    {2388091,
     "Phone number not eligible to receive/verify a registration code (not being migrated)",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Phone ownership verification APIs are not available for this use case.",
     error_codes_page},
    {2388093,
     "Phone number not eligible to receive/verify a registration code (not being migrated)",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Phone ownership verification APIs are not available for this use case.",
     error_codes_page},
    {2388103,
     "Cannot migrate phone number (9 published variants)",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "One code, nine published causes: webhooks not set up on the destination WABA; number can be added directly; "
     "display name not approved; source WABA not set up correctly; no payment account; 'There was an error migrating "
     "this phone number'; different Business Manager; destination WABA not approved; 'Messaging For' not approved.",
     error_codes_page},
    {2388293,
     "Parameters words ratio exceeds limit",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "This template has too many variables for its length. Reduce the number of variables or increase the message "
     "length.",
     error_codes_page},
    {2388299,
     "Leading or trailing parameters not allowed",
     {outcome::permanent, category::content, retry_advice::none},
     false,
     "Variables cannot be at the start or end of the template.",
     error_codes_page},
    {2494100,
     "Account is in maintenance mode",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     false,
     "The business phone number is in maintenance mode.",
     error_codes_page},
    {2593107,
     "Synchronization API call limit exceeded",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "You have exceeded the maximum number of times to call the synchronization api for this phone number.",
     error_codes_page},
    {2593108,
     "Synchronization window passed",
     {outcome::permanent, category::configuration, retry_advice::none},
     false,
     "Synchronization request can only be made within 24 hours of onboarding",
     error_codes_page},
};

// Meta's 200-299 row first, then the families of whatsapp.md's rule 4. A code in none is unknown/unknown.
inline constexpr code_range_row code_range_literals[] = {
    {200,
     299,
     {outcome::permanent, category::configuration, retry_advice::none},
     "API Permission: permission is either not granted or has been removed (Meta's range row)",
     error_codes_page},
    {132000,
     132999,
     {outcome::permanent, category::content, retry_advice::none},
     "an unlisted template error (132xxx, Meta's template group): the template or its parameters must change",
     error_codes_page},
    {133000,
     133999,
     {outcome::permanent, category::configuration, retry_advice::none},
     "an unlisted registration error (133xxx, Meta's registration group): the business number must be fixed",
     error_codes_page},
};

}  // namespace detail

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
              "whatsapp::codes must stay sorted by code for find_code()");

inline constexpr auto code_range_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_range_literals, detail::code_range_key)>(
    detail::code_field, detail::code_range_literals, detail::code_range_key);
static_assert(triage::detail::rules_fit(code_range_rules));
inline constexpr auto code_ranges = triage::detail::with_rules(detail::code_range_literals, code_range_rules);

/// The fallbacks no row decides, so their rules are written out.
/// A status this library does not know (courier has seen `in_orbit`), or none: kept raw.
inline constexpr triage::verdict unknown_status = {outcome::unknown, category::unknown, retry_advice::none,
                                                   "whatsapp statuses[].status not recognised"};
/// A code in no row and no range.
inline constexpr triage::verdict unknown_code = {outcome::unknown, category::unknown, retry_advice::none,
                                                 "whatsapp statuses[].errors[].code not in Meta's tables"};
/// An inbound message reports nothing about an outbound delivery, whatever its type or errors (its
/// 131051/131052/131060 describe the user's message, not ours).
inline constexpr triage::verdict inbound_message = {outcome::none, category::none, retry_advice::none,
                                                    "whatsapp messages[] an inbound message"};

/// The row of a known status value, or nullptr.
constexpr const status_row* find_status(std::string_view status) noexcept {
  return triage::detail::find_row(statuses, status, &status_row::status);
}

/// The status value of a status text: status_value::unknown for one not in `statuses`.
constexpr status_value status_value_of(std::string_view status) noexcept {
  const status_row* row = find_status(status);
  return row != nullptr ? row->value : status_value::unknown;
}

/// The row of a known error code, or nullptr.
constexpr const code_row* find_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(codes, code, &code_row::code);
}

/// The range row that holds a code, or nullptr.
constexpr const code_range_row* find_code_range(std::int64_t code) noexcept {
  return triage::detail::find_range(code_ranges, code);
}

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_TABLES_HPP
