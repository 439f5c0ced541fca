#ifndef TRIAGE_SINCH_TABLES_HPP
#define TRIAGE_SINCH_TABLES_HPP

// Every Sinch value the classifier knows, with its verdict: the single source of truth for
// sinch::classify(), the tests that check each row, and the README's tables.
//
// Sources (shared/reference/sinch.md, "Suggested verdict rules"):
//  - SMS `type` values: the SMS API Webhooks and Delivery-reports pages
//    (https://developers.sinch.com/docs/sms/api-reference/sms/tag/Webhooks/) and the SDKs' one-of parsers;
//  - Conversation trigger keys: sinch/sinch-sdk-node @ affb35e5 packages/conversation/src/rest/v1/callbacks/
//    callbacks-webhook.ts;
//  - statuses, delivery-report codes, Conversation reason codes and sub codes: every row of
//    shared/reference/sinch_error_codes.csv (250 rows; a copy is tests/fixtures/sinch/sinch_error_codes.csv,
//    which the tests compare with these tables, row for row): the 10 SMS statuses, the 137 SMPP codes of
//    Sinch's status-report table, the 18 REST codes 400-418 and the legacy 409, the 43 MMS (MM7) codes, the
//    6 Conversation statuses, its 31 reason codes and 4 sub codes. Outcome, category and retry hint are the
//    CSV's suggestion, unchanged (we found no row to disagree with: its one departure from Sinch's own flag,
//    code 64 "blocked due to exceeded quota" as retryable/rate_limit rather than Sinch's Permanent, is ours
//    too, since a quota resets); each row cites the first source of its CSV row. Where Sinch's flag and
//    comment disagree (110, 160, 213 "Reject": "temporary problem" but "Treated as Permanent"), the flag wins;
//  - ranges: suggested rule 2 of the reference, for an MMS code in no row.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/sinch/event.hpp"
#include "triage/taxonomy.hpp"

namespace triage::sinch {

inline constexpr std::string_view webhooks_page =
    "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Webhooks/";
inline constexpr std::string_view delivery_reports_page =
    "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/";
inline constexpr std::string_view conversation_triggers_source =
    "https://github.com/sinch/sinch-sdk-node/blob/affb35e5164993b316915bd780165d704e44689b/packages/conversation/src/"
    "rest/v1/callbacks/callbacks-webhook.ts";
inline constexpr std::string_view mms_status_codes_page =
    "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
    "mm7-service-mms-status-codes.md";

/// An SMS `type`. Rule: "sinch type <type>". Reports leave the verdict to their status and code (`verdict`
/// is for a report without a status); inbound messages are decided by the row.
struct type_row {
  std::string_view type;
  sinch::kind kind;
  sinch::family family;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// A Conversation trigger key (the top-level key that names the callback). Rule: "sinch conversation <key>".
/// Delivery reports leave the verdict to their status; the others are decided by the row.
struct trigger_row {
  std::string_view key;
  sinch::kind kind;
  sinch::family family;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// An SMS delivery-report `status`, compared ignoring ASCII case (the Python SDK writes DELIVERED). Rule:
/// "sinch status <status>". `by_code` rows (failures) leave the verdict to the code when it has a row that
/// says more; `terminal`: Sinch's type Final.
struct sms_status_row {
  std::string_view status;
  bool by_code;
  bool terminal;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// A delivery-report `code` (SMPP 1-399, REST 400-418, MMS 1000-4007). Rule: "sinch code <code>".
struct sms_code_row {
  std::int64_t code;
  std::string_view name;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// The range of an MMS code in no row. Rule: "sinch code <first>-<last>".
struct sms_code_range_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// A Conversation delivery-report `status`, compared ignoring ASCII case. Rule: "sinch conversation status
/// <status>". `by_reason`: FAILED, decided by `reason.code` (then `reason.sub_code`).
struct conversation_status_row {
  std::string_view status;
  bool by_reason;
  bool terminal;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// A Conversation `reason.code` (rule "sinch reason.code <code>") or `reason.sub_code` (rule
/// "sinch reason.sub_code <code>").
struct reason_row {
  std::string_view code;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view type_field = "sinch type";
inline constexpr std::string_view trigger_field = "sinch conversation";
inline constexpr std::string_view status_field = "sinch status";
inline constexpr std::string_view code_field = "sinch code";
inline constexpr std::string_view conversation_status_field = "sinch conversation status";
inline constexpr std::string_view reason_field = "sinch reason.code";
inline constexpr std::string_view sub_code_field = "sinch reason.sub_code";

inline constexpr auto type_key = [](const type_row& row) { return triage::detail::rule_value(row.type); };
inline constexpr auto trigger_key = [](const trigger_row& row) { return triage::detail::rule_value(row.key); };
inline constexpr auto status_key = [](const sms_status_row& row) { return triage::detail::rule_value(row.status); };
inline constexpr auto code_key = [](const sms_code_row& row) { return triage::detail::rule_value(row.code); };
inline constexpr auto code_range_key = [](const sms_code_range_row& row) {
  return triage::detail::rule_value::range(row.first, row.last);
};
inline constexpr auto conversation_status_key = [](const conversation_status_row& row) {
  return triage::detail::rule_value(row.status);
};
inline constexpr auto reason_key = [](const reason_row& row) { return triage::detail::rule_value(row.code); };

inline constexpr triage::verdict nothing_sent = {outcome::none, category::none, retry_advice::none};
inline constexpr triage::verdict by_status_unknown = {outcome::unknown, category::unknown, retry_advice::none};

// Rule 0 of the reference: the seven types the SDKs know. A report without a status is unknown.
inline constexpr type_row type_literals[] = {
    {"recipient_delivery_report_sms", kind::recipient_delivery_report_sms, family::recipient_report, by_status_unknown,
     "per-recipient SMS delivery report (delivery_report per_recipient or per_recipient_final)", delivery_reports_page},
    {"recipient_delivery_report_mms", kind::recipient_delivery_report_mms, family::recipient_report, by_status_unknown,
     "per-recipient MMS delivery report", delivery_reports_page},
    {"delivery_report_sms", kind::delivery_report_sms, family::batch_report, by_status_unknown,
     "batch SMS delivery report (summary or full): one callback per statuses[] bucket", delivery_reports_page},
    {"delivery_report_mms", kind::delivery_report_mms, family::batch_report, by_status_unknown,
     "batch MMS delivery report (summary or full): one callback per statuses[] bucket", delivery_reports_page},
    {"mo_text", kind::mo_text, family::inbound, nothing_sent, "an inbound text SMS: reports no outbound delivery",
     webhooks_page},
    {"mo_binary", kind::mo_binary, family::inbound, nothing_sent,
     "an inbound binary SMS (body Base64, udh hex): reports no outbound delivery", webhooks_page},
    {"mo_media", kind::mo_media, family::inbound, nothing_sent, "an inbound MMS: reports no outbound delivery",
     webhooks_page},
};

// Rule 0 of the reference, Conversation: the trigger key is the kind. Every trigger but the two delivery
// reports reports no outbound delivery.
inline constexpr trigger_row trigger_literals[] = {
    {"message_delivery_report", kind::message_delivery_report, family::conversation_report, by_status_unknown,
     "MESSAGE_DELIVERY: delivery receipt of an app message", conversation_triggers_source},
    {"event_delivery_report", kind::event_delivery_report, family::conversation_report, by_status_unknown,
     "EVENT_DELIVERY: delivery receipt of an app event (composing, ...)", conversation_triggers_source},
    {"message", kind::message_inbound, family::conversation_other, nothing_sent, "MESSAGE_INBOUND: a contact's message",
     conversation_triggers_source},
    {"event", kind::event_inbound, family::conversation_other, nothing_sent, "EVENT_INBOUND: a contact's event",
     conversation_triggers_source},
    {"message_submit_notification", kind::notification, family::conversation_other, nothing_sent,
     "MESSAGE_SUBMIT: the message was submitted to the channel", conversation_triggers_source},
    {"contact_create_notification", kind::notification, family::conversation_other, nothing_sent, "CONTACT_CREATE",
     conversation_triggers_source},
    {"contact_delete_notification", kind::notification, family::conversation_other, nothing_sent, "CONTACT_DELETE",
     conversation_triggers_source},
    {"contact_merge_notification", kind::notification, family::conversation_other, nothing_sent, "CONTACT_MERGE",
     conversation_triggers_source},
    {"contact_update_notification", kind::notification, family::conversation_other, nothing_sent, "CONTACT_UPDATE",
     conversation_triggers_source},
    {"conversation_start_notification", kind::notification, family::conversation_other, nothing_sent,
     "CONVERSATION_START", conversation_triggers_source},
    {"conversation_stop_notification", kind::notification, family::conversation_other, nothing_sent,
     "CONVERSATION_STOP", conversation_triggers_source},
    {"conversation_delete_notification", kind::notification, family::conversation_other, nothing_sent,
     "CONVERSATION_DELETE", conversation_triggers_source},
    {"duplicated_identities", kind::notification, family::conversation_other, nothing_sent,
     "CONTACT_IDENTITIES_DUPLICATION", conversation_triggers_source},
    {"capability_notification", kind::notification, family::conversation_other, nothing_sent, "CAPABILITY",
     conversation_triggers_source},
    {"opt_in_notification", kind::notification, family::conversation_other, nothing_sent, "OPT_IN",
     conversation_triggers_source},
    {"opt_out_notification", kind::notification, family::conversation_other, nothing_sent, "OPT_OUT",
     conversation_triggers_source},
    {"channel_event_notification", kind::notification, family::conversation_other, nothing_sent, "CHANNEL_EVENT",
     conversation_triggers_source},
    {"unsupported_callback", kind::notification, family::conversation_other, nothing_sent, "UNSUPPORTED",
     conversation_triggers_source},
    {"smart_conversation_notification", kind::notification, family::conversation_other, nothing_sent,
     "SMART_CONVERSATIONS", conversation_triggers_source},
    {"message_redaction", kind::notification, family::conversation_other, nothing_sent,
     "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION", conversation_triggers_source},
};

// Generated from sinch_error_codes.csv (one row per CSV row; the codes sorted for find_sms_code()).
inline constexpr sms_status_row sms_status_literals[] = {
    {"Queued",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "in flight; more reports follow (only sent with per_recipient)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Dispatched",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "accepted by the SMSC, no final receipt yet",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Aborted",
     true,
     true,
     {outcome::permanent, category::unknown, retry_advice::none},
     "never left Sinch; the 4xx code decides the category and whether a resend can help (403/404/406 are retryable)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Cancelled",
     false,
     true,
     {outcome::none, category::none, retry_advice::none},
     "the sender cancelled it; nothing was sent (same as code 407)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Rejected",
     true,
     true,
     {outcome::permanent, category::carrier, retry_advice::none},
     "SMSC refused it; the code refines the category",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Deleted",
     true,
     true,
     {outcome::permanent, category::recipient, retry_advice::none},
     "invalid MSISDN or opted-out subscriber per Sinch; compliance is the other reading",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Delivered",
     false,
     true,
     {outcome::delivered, category::none, retry_advice::none},
     "final success",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Failed",
     true,
     true,
     {outcome::permanent, category::carrier, retry_advice::none},
     "final failure; the code decides; with no known code: a failure with no better cause",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Expired",
     true,
     true,
     {outcome::unknown, category::unreachable, retry_advice::retry_once},
     "validity ran out; for an SMSC-side expiry the handset may simply have been off; do not resend in a loop",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {"Unknown",
     true,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "may well have been delivered; resending risks a duplicate",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
};

inline constexpr sms_code_row sms_code_literals[] = {
    {0,
     "NO ERROR: No error / Unknown error",
     {outcome::delivered, category::none, retry_advice::none},
     "\"No error\"; carried by Delivered reports. With any other status, classify by the status row instead (our call)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {1,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {2,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {3,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {4,
     "ROUTING ERROR: Internal routing error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch-internal routing error flagged Temporary; \"Report to Sinch\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {5,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {6,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {7,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {8,
     "ROUTING ERROR: Internal routing error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Sinch-internal routing error flagged Permanent (\"Report to Sinch\"): no route for this traffic until Sinch "
     "fixes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {9,
     "ROUTING ERROR: Unsupported number plan",
     {outcome::permanent, category::recipient, retry_advice::none},
     "destination numbering plan not supported",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {10,
     "ROUTING ERROR: Unsupported type of number",
     {outcome::permanent, category::recipient, retry_advice::none},
     "destination type of number not supported",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {11,
     "ROUTING ERROR: Message not delivered",
     {outcome::permanent, category::carrier, retry_advice::none},
     "not delivered, no better cause given",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {12,
     "ROUTING ERROR: Dialing zone not found",
     {outcome::permanent, category::recipient, retry_advice::none},
     "no dialling zone for the number: not a routable number",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {13,
     "ROUTING ERROR: Not home zone and IMSI not allowed",
     {outcome::permanent, category::unreachable, retry_advice::none},
     "subscriber outside home zone (roaming) and IMSI not allowed",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {14,
     "ROUTING ERROR: Not home zone and IMSI fetch failed",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "roaming subscriber and IMSI fetch failed; Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {15,
     "SCREENING ERROR: Screening block",
     {outcome::permanent, category::content, retry_advice::none},
     "screening block; Sinch 10DLC page: spam detected (compliance is the other reading)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {16,
     "SCREENING ERROR: Terminating IMSI blocked",
     {outcome::permanent, category::recipient, retry_advice::none},
     "the destination SIM (IMSI) is blocked",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {17,
     "ROUTING ERROR: Destination network type unknown",
     {outcome::permanent, category::recipient, retry_advice::none},
     "destination network type unknown",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {18,
     "ESME ERROR: ESME error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "ESME error flagged Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {19,
     "SCREENING ERROR: Originating location mismatch",
     {outcome::permanent, category::configuration, retry_advice::none},
     "originating location mismatch (sender not allowed from this origin)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {40,
     "INTERNAL ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {50,
     "INTERNAL ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {51,
     "INTERNAL ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {52,
     "INTERNAL ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {53,
     "INTERNAL ERROR: Internal error",
     {outcome::permanent, category::platform, retry_advice::none},
     "Sinch internal error flagged Permanent (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {54,
     "INTERNAL ERROR: Internal error",
     {outcome::permanent, category::platform, retry_advice::none},
     "Sinch internal error flagged Permanent (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {55,
     "INTERNAL ERROR: Internal error",
     {outcome::permanent, category::platform, retry_advice::none},
     "Sinch internal error flagged Permanent (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {56,
     "INTERNAL ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {60,
     "SCREENING ERROR: Error, originator blocked",
     {outcome::permanent, category::compliance, retry_advice::none},
     "originator blocked; US 10DLC: campaign not active",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {61,
     "SCREENING ERROR: Error, destination blocked",
     {outcome::permanent, category::compliance, retry_advice::none},
     "destination blocked (blocklist/opt-out)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {62,
     "SCREENING ERROR: Error, keyword blocked",
     {outcome::permanent, category::content, retry_advice::none},
     "keyword blocked; US 10DLC: internal spam filtering",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {63,
     "SCREENING ERROR: Error, SC address blocked",
     {outcome::permanent, category::configuration, retry_advice::none},
     "SC address blocked",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {64,
     "SCREENING ERROR: Error, blocked due to exceeded quota",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "quota exceeded (US 10DLC: sending limit reached). Sinch flags Permanent: an immediate resend fails the same way; "
     "retry only after the quota window resets (our call: differs from Sinch's Permanent flag)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {65,
     "SCREENING ERROR: Error, loop detected",
     {outcome::permanent, category::configuration, retry_advice::none},
     "message loop detected",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {66,
     "SCREENING ERROR: Error, data coding scheme blocked",
     {outcome::permanent, category::content, retry_advice::none},
     "data coding scheme blocked",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {67,
     "SCREENING ERROR: Error, information element identifier blocked",
     {outcome::permanent, category::content, retry_advice::none},
     "information element (UDH) blocked",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {70,
     "ESME ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch ESME internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {71,
     "ESME ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch ESME internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {72,
     "ESME ERROR: Internal error",
     {outcome::permanent, category::platform, retry_advice::none},
     "Sinch ESME internal error flagged Permanent (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {73,
     "ESME ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch ESME internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {74,
     "ESME ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch ESME internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {75,
     "ESME ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch ESME internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {76,
     "ESME ERROR: Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch ESME internal error flagged Temporary (\"Report to Sinch\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {77,
     "ESME ERROR: IMSI lookup blocked",
     {outcome::permanent, category::carrier, retry_advice::none},
     "IMSI (HLR) lookup blocked",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {100,
     "SMSC ERROR: Unidentified Subscriber",
     {outcome::permanent, category::recipient, retry_advice::none},
     "unidentified subscriber",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {101,
     "SMSC ERROR: Facility not supported",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "facility not supported, flagged Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {102,
     "SMSC ERROR: System failure",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "SMSC system failure, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {103,
     "SMSC ERROR: Unexpected data value",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {104,
     "SMSC ERROR: Data missing",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {105,
     "SMSC ERROR: Equipment protocol error",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {106,
     "SMSC ERROR: Unknown service centre address",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "unknown service centre address, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {107,
     "SMSC ERROR: Service centre congestion",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     "service centre congestion; retry after congestion clears",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {108,
     "SMSC ERROR: Invalid short message entity address",
     {outcome::permanent, category::recipient, retry_advice::none},
     "invalid short message entity address",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {109,
     "SMSC ERROR: Subscriber not service centre subscriber",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "subscriber not service-centre subscriber, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {110,
     "SMSC ERROR: Reject",
     {outcome::permanent, category::carrier, retry_advice::none},
     "SMSC reject. Sinch comment says \"temporary problem or lost reach\" but treats it as Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {111,
     "SMSC ERROR: Local Cancel",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "local cancel/abort: \"Indicates temporary problem or lost reach\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {112,
     "SMSC ERROR: Abort",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "local cancel/abort: \"Indicates temporary problem or lost reach\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {113,
     "SMSC ERROR: Exception (internal)",
     {outcome::permanent, category::platform, retry_advice::none},
     "SMSC internal exception; \"Report to Sinch\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {114,
     "SMSC ERROR: Unknown error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "SMSC unknown error, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {150,
     "HLR ERROR: Unknown subscriber",
     {outcome::permanent, category::recipient, retry_advice::none},
     "unknown subscriber: \"no directory number for the mobile subscriber\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {151,
     "HLR ERROR: Call barred",
     {outcome::permanent, category::recipient, retry_advice::none},
     "subscriber barred by the operator",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {152,
     "HLR ERROR: Teleservice not provisioned",
     {outcome::permanent, category::recipient, retry_advice::none},
     "no SMS subscription (e.g. landline/data-only); US 10DLC: service not available to subscriber",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {153,
     "HLR ERROR: Absent subscriber",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "absent subscriber (phone off / out of coverage)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {154,
     "HLR ERROR: Facility not supported",
     {outcome::permanent, category::unreachable, retry_advice::none},
     "SMS not provisioned in the visited network (roaming)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {155,
     "HLR ERROR: System failure",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "HLR system failure, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {156,
     "HLR ERROR: Unexpected data value",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {157,
     "HLR ERROR: Data missing",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {158,
     "HLR ERROR: Memory capacity exceeded",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "handset memory full",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {159,
     "HLR ERROR: Mobile subscriber not reachable",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "mobile subscriber not reachable",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {160,
     "HLR ERROR: Reject",
     {outcome::permanent, category::carrier, retry_advice::none},
     "HLR reject. Comment says \"temporary problem or lost reach\" but Sinch treats it as Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {161,
     "HLR ERROR: Local Cancel",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "local cancel/abort: \"Indicates temporary problem or lost reach\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {162,
     "HLR ERROR: Abort",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "local cancel/abort: \"Indicates temporary problem or lost reach\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {163,
     "HLR ERROR: Exception (internal)",
     {outcome::permanent, category::platform, retry_advice::none},
     "HLR internal exception; \"Report to Sinch (Local error)\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {164,
     "HLR ERROR: Unknown error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "HLR unknown error, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {200,
     "MSC ERROR: Unidentified subscriber",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "unidentified subscriber at the MSC (usually detached); Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {201,
     "MSC ERROR: Absent subscriber, IMSI detached",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "absent subscriber, IMSI detached",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {202,
     "MSC ERROR: Absent subscriber, no page response",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "absent subscriber, no paging response",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {203,
     "MSC ERROR: Subscriber busy for MT SMS",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "subscriber busy for MT SMS (congestion at visited MSC)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {204,
     "MSC ERROR: Facility not supported",
     {outcome::permanent, category::recipient, retry_advice::none},
     "SMS not provisioned on the destination SIM",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {205,
     "MSC ERROR: Illegal subscriber",
     {outcome::permanent, category::recipient, retry_advice::none},
     "illegal subscriber (failed authentication)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {206,
     "MSC ERROR: Illegal equipment",
     {outcome::permanent, category::recipient, retry_advice::none},
     "illegal equipment (handset blocklisted)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {207,
     "MSC ERROR: System failure",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "MSC system failure, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {208,
     "MSC ERROR: Unexpected data value",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {209,
     "MSC ERROR: Data missing",
     {outcome::permanent, category::carrier, retry_advice::none},
     "malformed/missing data in the network signalling, flagged Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {210,
     "MSC ERROR: Memory capacity exceeded",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "handset memory full",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {211,
     "MSC ERROR: Equipment protocol error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "equipment protocol error, flagged Temporary at the MSC",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {212,
     "MSC ERROR: Equipment not short message equipped",
     {outcome::retryable, category::recipient, retry_advice::retry_once},
     "equipment not SMS-capable; Sinch flags Temporary, so at most one retry",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {213,
     "MSC ERROR: Reject",
     {outcome::permanent, category::carrier, retry_advice::none},
     "MSC reject, treated as Permanent",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {214,
     "MSC ERROR: Local Cancel",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "local cancel/abort: \"Indicates temporary problem or lost reach\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {215,
     "MSC ERROR: Abort",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "local cancel/abort: \"Indicates temporary problem or lost reach\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {216,
     "MSC ERROR: Exception (internal)",
     {outcome::permanent, category::platform, retry_advice::none},
     "MSC internal exception; \"Report to Sinch\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {217,
     "MSC ERROR: Unknown error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "MSC unknown error, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {250,
     "SCREENING ERROR: Error, personal service barring, MO Personal Determined Barring White List",
     {outcome::permanent, category::compliance, retry_advice::none},
     "personal determined barring (the subscriber's own barring list)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {251,
     "SCREENING ERROR: Error, personal service barring, MO Personal Determined Barring Black List",
     {outcome::permanent, category::compliance, retry_advice::none},
     "personal determined barring (the subscriber's own barring list)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {252,
     "SCREENING ERROR: Error, personal service barring, MO Operator Determined Barring White List",
     {outcome::permanent, category::recipient, retry_advice::none},
     "operator determined barring of the subscriber",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {253,
     "SCREENING ERROR: Error, personal service barring, MO Operator Determined Barring Black List",
     {outcome::permanent, category::recipient, retry_advice::none},
     "operator determined barring of the subscriber",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {254,
     "SCREENING ERROR: Error, personal service barring, MT Personal Determined Barring White List",
     {outcome::permanent, category::compliance, retry_advice::none},
     "personal determined barring (the subscriber's own barring list)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {255,
     "SCREENING ERROR: Error, personal service barring, MT Personal Determined Barring Black List",
     {outcome::permanent, category::compliance, retry_advice::none},
     "personal determined barring (the subscriber's own barring list)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {256,
     "SCREENING ERROR: Error, personal service barring, MT Operator Determined Barring White List",
     {outcome::permanent, category::recipient, retry_advice::none},
     "operator determined barring of the subscriber",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {257,
     "SCREENING ERROR: Error, personal service barring, MT Operator Determined Barring Black List",
     {outcome::permanent, category::recipient, retry_advice::none},
     "operator determined barring of the subscriber",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {300,
     "ESME EXTERNAL ERROR: Invalid destination address",
     {outcome::permanent, category::recipient, retry_advice::none},
     "invalid destination address",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {301,
     "ESME EXTERNAL ERROR: Invalid destination numbering plan",
     {outcome::permanent, category::recipient, retry_advice::none},
     "invalid destination numbering plan",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {302,
     "ESME EXTERNAL ERROR: Invalid destination type of number",
     {outcome::permanent, category::recipient, retry_advice::none},
     "invalid destination type of number",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {303,
     "ESME EXTERNAL ERROR: Invalid destination flag",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid destination flag (request)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {304,
     "ESME EXTERNAL ERROR: Invalid number of destinations",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid number of destinations (request)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {310,
     "ESME EXTERNAL ERROR: Invalid source address",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid source address (sender)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {311,
     "ESME EXTERNAL ERROR: Invalid source numbering plan",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid source numbering plan",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {312,
     "ESME EXTERNAL ERROR: Invalid source type of number",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid source type of number",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {320,
     "ESME EXTERNAL ERROR: ESME Receiver permanent error",
     {outcome::permanent, category::carrier, retry_advice::none},
     "downstream receiver permanent error",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {321,
     "ESME EXTERNAL ERROR: ESME Receiver reject error",
     {outcome::permanent, category::carrier, retry_advice::none},
     "downstream receiver rejected",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {322,
     "ESME EXTERNAL ERROR: ESME Receiver temporary error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "downstream receiver temporary error; Sinch left \"Treated as\" blank, the name says temporary (our call)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {330,
     "ESME EXTERNAL ERROR: Invalid command length",
     {outcome::permanent, category::content, retry_advice::none},
     "invalid command length",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {331,
     "ESME EXTERNAL ERROR: Invalid service type",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid service type",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {332,
     "ESME EXTERNAL ERROR: Invalid operation",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid operation (US 10DLC: invalid bind mode)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {333,
     "ESME EXTERNAL ERROR: Operation not allowed",
     {outcome::permanent, category::configuration, retry_advice::none},
     "operation not allowed",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {334,
     "ESME EXTERNAL ERROR: Invalid parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid parameter (US 10DLC: invalid sub-address / tag data)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {335,
     "ESME EXTERNAL ERROR: Parameter not allowed",
     {outcome::permanent, category::configuration, retry_advice::none},
     "parameter not allowed",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {336,
     "ESME EXTERNAL ERROR: Invalid parameter length",
     {outcome::permanent, category::content, retry_advice::none},
     "invalid parameter length",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {337,
     "ESME EXTERNAL ERROR: Invalid optional parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid optional parameter",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {338,
     "ESME EXTERNAL ERROR: Optional parameter missing",
     {outcome::permanent, category::configuration, retry_advice::none},
     "optional parameter missing",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {339,
     "ESME EXTERNAL ERROR: Invalid validity parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid validity parameter",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {340,
     "ESME EXTERNAL ERROR: Invalid scheduled delivery parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid scheduled delivery parameter",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {341,
     "ESME EXTERNAL ERROR: Invalid distribution list",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid distribution list",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {342,
     "ESME EXTERNAL ERROR: Invalid message class",
     {outcome::permanent, category::content, retry_advice::none},
     "invalid message class",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {343,
     "ESME EXTERNAL ERROR: Invalid message length",
     {outcome::permanent, category::content, retry_advice::none},
     "invalid message length",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {344,
     "ESME EXTERNAL ERROR: Invalid message reference",
     {outcome::permanent, category::content, retry_advice::none},
     "invalid message reference",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {345,
     "ESME EXTERNAL ERROR: Invalid number of messages",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid number of messages",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {346,
     "ESME EXTERNAL ERROR: Invalid predefined message",
     {outcome::permanent, category::content, retry_advice::none},
     "invalid predefined message",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {347,
     "ESME EXTERNAL ERROR: Invalid priority",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid priority",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {348,
     "ESME EXTERNAL ERROR: Invalid replace flag",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid replace flag",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {349,
     "ESME EXTERNAL ERROR: Request failed",
     {outcome::permanent, category::carrier, retry_advice::none},
     "request failed downstream (US 10DLC: routing failure, possibly blocked on AT&T)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {350,
     "ESME EXTERNAL ERROR: Invalid delivery report request",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "invalid delivery report request, flagged Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {360,
     "ESME EXTERNAL ERROR: Message queue full",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "downstream message queue full; back off",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {361,
     "ESME EXTERNAL ERROR: External error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "external error, Temporary; \"Report to Sinch\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {362,
     "ESME EXTERNAL ERROR: External error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "external error, Temporary; \"Report to Sinch\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {370,
     "ESME EXTERNAL ERROR: Cannot find information",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "cannot find information, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {399,
     "ESME EXTERNAL ERROR: Unknown",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "unknown external error, Temporary",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/sms/sms-smpp/"
     "sms-smpp-error-specification.md"},
    {400,
     "Queued",
     {outcome::pending, category::none, retry_advice::none},
     "in flight",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {401,
     "Dispatched",
     {outcome::pending, category::none, retry_advice::none},
     "accepted by SMSC, no receipt yet",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {402,
     "Message unroutable",
     {outcome::permanent, category::configuration, retry_advice::none},
     "no usable route for this destination on the account",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {403,
     "Internal error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch-side failure before the SMSC; nothing was sent, so a resend cannot duplicate",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {404,
     "Temporary delivery failure",
     {outcome::retryable, category::carrier, retry_advice::retry},
     "Sinch says it can be retried",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {405,
     "Unmatched Parameter",
     {outcome::permanent, category::content, retry_advice::none},
     "parameterised body cannot be rendered for this recipient (no default value); fix the parameters",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {406,
     "Internal Expiry",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "expired in Sinch's own queue (dispatched at the account's rate) before reaching the SMSC; never sent, so a "
     "resend with a longer expire_at or lower volume is safe (our call)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {407,
     "Cancelled",
     {outcome::none, category::none, retry_advice::none},
     "the sender cancelled it; nothing was sent; not a delivery failure (permanent is the other reading)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {408,
     "Internal Reject",
     {outcome::permanent, category::carrier, retry_advice::none},
     "rejected; Sinch says retrying gives the same error",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {409,
     "Price threshold exceeded",
     {outcome::permanent, category::configuration, retry_advice::none},
     "the sender's own max-price threshold blocks it; raise the threshold first",
     "https://github.com/sinch/docs/blob/05c9f7683ff27001f7f17945ad4cff64c2236a8d/docs/sms/sms-rest/"
     "sms-rest-delivery-reports.md"},
    {410,
     "Unmatched default originator",
     {outcome::permanent, category::configuration, retry_advice::none},
     "sender not configured",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {411,
     "Exceeded parts limit",
     {outcome::permanent, category::content, retry_advice::none},
     "message too long for max_number_of_message_parts",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {412,
     "Unprovisioned region",
     {outcome::permanent, category::configuration, retry_advice::none},
     "destination region not enabled on the account",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {413,
     "Blocked",
     {outcome::permanent, category::account, retry_advice::none},
     "account blocked / out of credit",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {414,
     "Bad Media",
     {outcome::permanent, category::content, retry_advice::none},
     "same media URL fails again; fix the URL or host first (a transient host outage is possible)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {415,
     "Delivery report Rejected",
     {outcome::permanent, category::carrier, retry_advice::none},
     "MMS gateway or network rejected it",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {416,
     "Delivery report Not Supported",
     {outcome::permanent, category::content, retry_advice::none},
     "MMS (or this content) not supported at the destination",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {417,
     "Delivery report Unreachable",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "subscriber/network unreachable, a later attempt may reach them (our call)",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {418,
     "Delivery report Unrecognized",
     {outcome::permanent, category::content, retry_advice::none},
     "handset cannot render the content",
     "https://developers.sinch.com/docs/sms/api-reference/sms/tag/Delivery-reports/"},
    {1000,
     "Success",
     {outcome::pending, category::none, retry_advice::none},
     "submission accepted by the MMS gateway; not a delivery result",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2000,
     "Client error",
     {outcome::permanent, category::configuration, retry_advice::none},
     "client error: invalid IP address or protocol",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2002,
     "Address Error",
     {outcome::permanent, category::recipient, retry_advice::none},
     "invalid address",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2004,
     "Multimedia refused",
     {outcome::permanent, category::content, retry_advice::none},
     "carrier refuses the content",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2007,
     "Unable to parse request",
     {outcome::permanent, category::content, retry_advice::none},
     "message format corrupt",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2500,
     "Missing or Invalid HTTP header Content-Length or Content-Type",
     {outcome::permanent, category::configuration, retry_advice::none},
     "request headers wrong",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2502,
     "Missing destination address",
     {outcome::permanent, category::configuration, retry_advice::none},
     "request had no destination",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2503,
     "Multiple destination addresses not supported",
     {outcome::permanent, category::configuration, retry_advice::none},
     "multiple recipients not supported in one request",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2504,
     "Missing source address",
     {outcome::permanent, category::configuration, retry_advice::none},
     "request had no source address",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2505,
     "Missing or unsupported MM7 Version",
     {outcome::permanent, category::configuration, retry_advice::none},
     "MM7 version",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2506,
     "Missing XML element - Content",
     {outcome::permanent, category::content, retry_advice::none},
     "content element missing",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2507,
     "Unsupported namespace",
     {outcome::permanent, category::configuration, retry_advice::none},
     "namespace",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2510,
     "Missing or Invalid SOAP header",
     {outcome::permanent, category::configuration, retry_advice::none},
     "SOAP header",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2511,
     "Missing or Invalid SOAP body",
     {outcome::permanent, category::configuration, retry_advice::none},
     "SOAP body",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2512,
     "Unsupported operation",
     {outcome::permanent, category::configuration, retry_advice::none},
     "only SubmitReq is supported",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2513,
     "Unable to parse attachment",
     {outcome::permanent, category::content, retry_advice::none},
     "attachment cannot be parsed",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2514,
     "Invalid SOAP attachment header Content-Type",
     {outcome::permanent, category::content, retry_advice::none},
     "attachment Content-Type",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2515,
     "Invalid SOAP body part Content-Type",
     {outcome::permanent, category::content, retry_advice::none},
     "SOAP body part Content-Type",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2550,
     "Account disabled",
     {outcome::permanent, category::account, retry_advice::none},
     "account no longer provisioned for MMS",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2551,
     "Account not Provisioned for MM7",
     {outcome::permanent, category::configuration, retry_advice::none},
     "account not provisioned for the MM7 API",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2560,
     "Content length exceeded maximum supported request size",
     {outcome::permanent, category::content, retry_advice::none},
     "content too large",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2561,
     "Invalid sender identification",
     {outcome::permanent, category::configuration, retry_advice::none},
     "sender identification invalid or missing",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2562,
     "Invalid VASID",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid VASID (service id)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2563,
     "Invalid source address",
     {outcome::permanent, category::configuration, retry_advice::none},
     "short code incorrect or not provisioned",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2564,
     "Invalid VASPID",
     {outcome::permanent, category::account, retry_advice::none},
     "invalid VASPID (API key): credentials",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2565,
     "Message rejected, reply charging not supported",
     {outcome::permanent, category::configuration, retry_advice::none},
     "reply charging not supported",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2566,
     "Invalid carrier",
     {outcome::permanent, category::configuration, retry_advice::none},
     "invalid carrier id",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2567,
     "Missing carrier ID",
     {outcome::permanent, category::configuration, retry_advice::none},
     "carrier id required",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2568,
     "Unable to authenticate",
     {outcome::permanent, category::account, retry_advice::none},
     "authentication failed: credentials",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {2569,
     "Carrier Lookup Service is down. Please retry.",
     {outcome::retryable, category::platform, retry_advice::retry},
     "Sinch says \"Please retry\": carrier lookup service down",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3000,
     "System error",
     {outcome::retryable, category::platform, retry_advice::retry},
     "internal system/service error",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3001,
     "Number blacklisted",
     {outcome::permanent, category::compliance, retry_advice::none},
     "number blacklisted; Sinch says \"do not retry\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3002,
     "Charged party not supported",
     {outcome::permanent, category::configuration, retry_advice::none},
     "charged party not supported",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3003,
     "Multimedia download failed",
     {outcome::permanent, category::content, retry_advice::none},
     "content fetch from the URL failed or took too long; fix the media host (a transient outage is possible)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3500,
     "Timeout",
     {outcome::unknown, category::carrier, retry_advice::none},
     "carrier gateway timeout: the MMS may or may not have been taken; resending risks a duplicate",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3510,
     "Throughput exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "\"Throughput exceeded please retry later\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {3520,
     "Provisioning issue",
     {outcome::permanent, category::configuration, retry_advice::none},
     "provisioning problem; contact the account manager",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {4000,
     "General service error",
     {outcome::permanent, category::carrier, retry_advice::none},
     "carrier general service error",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {4002,
     "Unsuported MM7 version",
     {outcome::permanent, category::configuration, retry_advice::none},
     "carrier does not support this MM7 version",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {4003,
     "Unsupported operation",
     {outcome::permanent, category::content, retry_advice::none},
     "carrier rejects the operation or format",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {4004,
     "Validation error",
     {outcome::permanent, category::content, retry_advice::none},
     "validation error",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {4006,
     "Service unavailable",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "\"Carrier capacity reached. Retry later\"",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
    {4007,
     "Service denied",
     {outcome::permanent, category::recipient, retry_advice::none},
     "carrier denies service for the recipient address",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/mms/mm7-service/"
     "mm7-service-mms-status-codes.md"},
};

inline constexpr conversation_status_row conversation_status_literals[] = {
    {"QUEUED",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "known from the send response",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"QUEUED_ON_CHANNEL",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "handed to the channel; DELIVERED/READ/FAILED may follow. Telegram never sends more (\"the positive status ... "
     "will be QUEUED_ON_CHANNEL\")",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"DELIVERED",
     false,
     true,
     {outcome::delivered, category::none, retry_advice::none},
     "final success (READ may follow)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"READ",
     false,
     true,
     {outcome::none, category::none, retry_advice::none},
     "read receipt; implies delivered (\"In such cases the DELIVERED status is implicit\"). none per our read-receipt "
     "convention, delivered is the other reading",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"FAILED",
     true,
     true,
     {outcome::unknown, category::unknown, retry_advice::none},
     "terminal; reason.code decides",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"SWITCHING_CHANNEL",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "this channel failed but another will be tried; not terminal; reason explains the failed leg",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
};

inline constexpr reason_row reason_literals[] = {
    {"UNKNOWN",
     {outcome::unknown, category::unknown, retry_advice::none},
     "no cause given",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"INTERNAL_ERROR",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Sinch-side error",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"RATE_LIMITED",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "back off and resend",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"RECIPIENT_INVALID_CHANNEL_IDENTITY",
     {outcome::permanent, category::recipient, retry_advice::none},
     "bad identity",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"RECIPIENT_NOT_REACHABLE",
     {outcome::permanent, category::recipient, retry_advice::none},
     "the identity is not reachable on this channel (docs example: no RCS support for the recipient); another channel "
     "may work",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"RECIPIENT_NOT_OPTED_IN",
     {outcome::permanent, category::compliance, retry_advice::none},
     "needs opt-in first",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"OUTSIDE_ALLOWED_SENDING_WINDOW",
     {outcome::permanent, category::compliance, retry_advice::none},
     "e.g. WhatsApp 24 h window: only a template (or a contact reply) changes it",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"CHANNEL_FAILURE",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "Sinch already retried transient failures; at most one more attempt later",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"CHANNEL_BAD_CONFIGURATION",
     {outcome::permanent, category::configuration, retry_advice::none},
     "fix the app channel configuration",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"CHANNEL_CONFIGURATION_MISSING",
     {outcome::permanent, category::configuration, retry_advice::none},
     "channel not configured on the app",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"MEDIA_TYPE_UNSUPPORTED",
     {outcome::permanent, category::content, retry_advice::none},
     "change the media",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"MEDIA_TOO_LARGE",
     {outcome::permanent, category::content, retry_advice::none},
     "change the media",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"MEDIA_NOT_REACHABLE",
     {outcome::permanent, category::content, retry_advice::none},
     "fix the media URL/host first",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"NO_CHANNELS_LEFT",
     {outcome::permanent, category::recipient, retry_advice::none},
     "every channel for the contact was tried or none exists",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"TEMPLATE_NOT_FOUND",
     {outcome::permanent, category::content, retry_advice::none},
     "template",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"TEMPLATE_INSUFFICIENT_PARAMETERS",
     {outcome::permanent, category::content, retry_advice::none},
     "template parameters",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"TEMPLATE_NON_EXISTING_LANGUAGE_OR_VERSION",
     {outcome::permanent, category::content, retry_advice::none},
     "template language/version",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"DELIVERY_TIMED_OUT",
     {outcome::unknown, category::unreachable, retry_advice::retry_once},
     "like an expiry: the contact was not reached in time",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"DELIVERY_REJECTED_DUE_TO_POLICY",
     {outcome::permanent, category::compliance, retry_advice::none},
     "channel policy",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"CONTACT_NOT_FOUND",
     {outcome::permanent, category::configuration, retry_advice::none},
     "caller data error (contact id)",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"BAD_REQUEST",
     {outcome::permanent, category::content, retry_advice::none},
     "request does not fit the channel rules",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"UNKNOWN_APP",
     {outcome::permanent, category::configuration, retry_advice::none},
     "app removed",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"NO_CHANNEL_IDENTITY_FOR_CONTACT",
     {outcome::permanent, category::recipient, retry_advice::none},
     "contact has no identity on the channel",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"CHANNEL_REJECT",
     {outcome::permanent, category::carrier, retry_advice::none},
     "permanent channel rejection",
     "https://github.com/sinch/docs/blob/a7e241c5a8cbe2eee4a5511a6d43f7de8d295e50/docs/conversation/"
     "conversation-callbacks.md"},
    {"NO_PERMISSION",
     {outcome::permanent, category::account, retry_advice::none},
     "permissions",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonCode.java"},
    {"NO_PROFILE_AVAILABLE",
     {outcome::permanent, category::recipient, retry_advice::none},
     "profile lookups, not message delivery",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonCode.java"},
    {"UNSUPPORTED_OPERATION",
     {outcome::permanent, category::content, retry_advice::none},
     "the channel cannot do this",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonCode.java"},
    {"INACTIVE_CREDENTIAL",
     {outcome::permanent, category::account, retry_advice::none},
     "channel credential inactive (cf. sub code INACTIVE_SENDER)",
     "https://github.com/sinch/sinch-sdk-node/blob/affb35e5164993b316915bd780165d704e44689b/packages/conversation/src/"
     "models/v1/reason/reason.ts"},
    {"MESSAGE_EXPIRED",
     {outcome::unknown, category::unreachable, retry_advice::retry_once},
     "expiry: not delivered in time",
     "https://github.com/sinch/sinch-sdk-node/blob/affb35e5164993b316915bd780165d704e44689b/packages/conversation/src/"
     "models/v1/reason/reason.ts"},
    {"MESSAGE_SPLIT_REQUIRED",
     {outcome::permanent, category::content, retry_advice::none},
     "content must be split/shortened for the channel",
     "https://github.com/sinch/sinch-sdk-node/blob/affb35e5164993b316915bd780165d704e44689b/packages/conversation/src/"
     "models/v1/reason/reason.ts"},
    {"DELIVERY_REPORT_TIME_OUT",
     {outcome::unknown, category::unknown, retry_advice::none},
     "no delivery report in time: like a missing DLR; the message may have been delivered",
     "https://github.com/sinch/sinch-sdk-node/blob/affb35e5164993b316915bd780165d704e44689b/packages/conversation/src/"
     "models/v1/reason/reason.ts"},
};

inline constexpr reason_row sub_code_literals[] = {
    {"UNSPECIFIED_SUB_CODE",
     {outcome::unknown, category::unknown, retry_advice::none},
     "no refinement: use reason.code",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonSubCode.java"},
    {"ATTACHMENT_REJECTED",
     {outcome::permanent, category::content, retry_advice::none},
     "attachment policy",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonSubCode.java"},
    {"MEDIA_TYPE_UNDETERMINED",
     {outcome::permanent, category::content, retry_advice::none},
     "media type",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonSubCode.java"},
    {"INACTIVE_SENDER",
     {outcome::permanent, category::account, retry_advice::none},
     "sender credentials inactive",
     "https://github.com/sinch/sinch-sdk-java/blob/d747cc303ef2f06b0f221f01017ebddad346df9f/openapi-contracts/src/main/"
     "com/sinch/sdk/domains/conversation/models/v1/ReasonSubCode.java"},
};

// Rule 2 of the reference, for an MMS code in no row (a new 4xx REST code falls back to its status row).
inline constexpr sms_code_range_row code_range_literals[] = {
    {1000,
     1999,
     {outcome::pending, category::none, retry_advice::none},
     "an unlisted MMS 1xxx code: a success class, not a delivery result",
     mms_status_codes_page},
    {2000,
     2999,
     {outcome::permanent, category::configuration, retry_advice::none},
     "an unlisted MMS 2xxx code: a client (request) error",
     mms_status_codes_page},
    {3000,
     3999,
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "an unlisted MMS 3xxx code: a server error",
     mms_status_codes_page},
    {4000,
     4999,
     {outcome::permanent, category::carrier, retry_advice::none},
     "an unlisted MMS 4xxx code: a carrier (service) error",
     mms_status_codes_page},
};

}  // namespace detail

inline constexpr auto type_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::type_field, detail::type_literals, detail::type_key)>(detail::type_field, detail::type_literals,
                                                                  detail::type_key);
static_assert(triage::detail::rules_fit(type_rules));
inline constexpr auto types = triage::detail::with_rules(detail::type_literals, type_rules);

inline constexpr auto trigger_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::trigger_field, detail::trigger_literals, detail::trigger_key)>(
    detail::trigger_field, detail::trigger_literals, detail::trigger_key);
static_assert(triage::detail::rules_fit(trigger_rules));
inline constexpr auto triggers = triage::detail::with_rules(detail::trigger_literals, trigger_rules);

inline constexpr auto status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::sms_status_literals, detail::status_key)>(
    detail::status_field, detail::sms_status_literals, detail::status_key);
static_assert(triage::detail::rules_fit(status_rules));
inline constexpr auto statuses = triage::detail::with_rules(detail::sms_status_literals, status_rules);

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::sms_code_literals, detail::code_key)>(detail::code_field, detail::sms_code_literals,
                                                                      detail::code_key);
static_assert(triage::detail::rules_fit(code_rules));
inline constexpr auto codes = triage::detail::with_rules(detail::sms_code_literals, code_rules);
static_assert(triage::detail::sorted_and_unique(codes, &sms_code_row::code),
              "sinch::codes must stay sorted by code for find_code()");

inline constexpr auto code_range_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_range_literals, detail::code_range_key)>(
    detail::code_field, detail::code_range_literals, detail::code_range_key);
static_assert(triage::detail::rules_fit(code_range_rules));
inline constexpr auto code_ranges = triage::detail::with_rules(detail::code_range_literals, code_range_rules);

inline constexpr auto conversation_status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::conversation_status_field, detail::conversation_status_literals, detail::conversation_status_key)>(
    detail::conversation_status_field, detail::conversation_status_literals, detail::conversation_status_key);
static_assert(triage::detail::rules_fit(conversation_status_rules));
inline constexpr auto conversation_statuses =
    triage::detail::with_rules(detail::conversation_status_literals, conversation_status_rules);

inline constexpr auto reason_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::reason_field, detail::reason_literals, detail::reason_key)>(detail::reason_field, detail::reason_literals,
                                                                        detail::reason_key);
static_assert(triage::detail::rules_fit(reason_rules));
inline constexpr auto reasons = triage::detail::with_rules(detail::reason_literals, reason_rules);

inline constexpr auto sub_code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::sub_code_field, detail::sub_code_literals, detail::reason_key)>(
    detail::sub_code_field, detail::sub_code_literals, detail::reason_key);
static_assert(triage::detail::rules_fit(sub_code_rules));
inline constexpr auto sub_codes = triage::detail::with_rules(detail::sub_code_literals, sub_code_rules);

/// The fallbacks no row decides, so their rules are written out.
/// An SMS `type` of no row: kept raw (reference §2.1: rejecting it would make Sinch drop the callback).
inline constexpr triage::verdict unknown_type = {outcome::unknown, category::unknown, retry_advice::none,
                                                 "sinch type not recognised"};
/// An SMS status this library does not know (or none) with no code of a row.
inline constexpr triage::verdict unknown_status = {outcome::unknown, category::unknown, retry_advice::none,
                                                   "sinch status not recognised"};
/// A Conversation status this library does not know, or none.
inline constexpr triage::verdict unknown_conversation_status = {outcome::unknown, category::unknown, retry_advice::none,
                                                                "sinch conversation status not recognised"};
/// A FAILED report whose reason code is in no row.
inline constexpr triage::verdict unknown_reason = {outcome::unknown, category::unknown, retry_advice::none,
                                                   "sinch reason.code not in Sinch's tables"};

/// The row of an SMS `type` (exact: the SDKs compare it exactly), or nullptr.
constexpr const type_row* find_type(std::string_view type) noexcept {
  return triage::detail::find_row(types, type, &type_row::type);
}

/// The row of a Conversation trigger key, or nullptr.
constexpr const trigger_row* find_trigger(std::string_view key) noexcept {
  return triage::detail::find_row(triggers, key, &trigger_row::key);
}

/// The row of an SMS status (ignoring ASCII case), or nullptr.
constexpr const sms_status_row* find_status(std::string_view status) noexcept {
  return triage::detail::find_row_ignoring_case(statuses, status, &sms_status_row::status);
}

/// The row of a delivery-report code, or nullptr.
constexpr const sms_code_row* find_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(codes, code, &sms_code_row::code);
}

/// The range row that holds a code, or nullptr.
constexpr const sms_code_range_row* find_code_range(std::int64_t code) noexcept {
  return triage::detail::find_range(code_ranges, code);
}

/// The row of a Conversation status (ignoring ASCII case), or nullptr.
constexpr const conversation_status_row* find_conversation_status(std::string_view status) noexcept {
  return triage::detail::find_row_ignoring_case(conversation_statuses, status, &conversation_status_row::status);
}

/// The row of a `reason.code` (exact: an enum in upper case), or nullptr.
constexpr const reason_row* find_reason(std::string_view code) noexcept {
  return triage::detail::find_row(reasons, code, &reason_row::code);
}

/// The row of a `reason.sub_code`, or nullptr.
constexpr const reason_row* find_sub_code(std::string_view code) noexcept {
  return triage::detail::find_row(sub_codes, code, &reason_row::code);
}

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_TABLES_HPP
