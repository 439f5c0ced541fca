#ifndef TRIAGE_BIRD_TABLES_HPP
#define TRIAGE_BIRD_TABLES_HPP

// Every Bird value the classifier knows, with its verdict: the single source of truth for
// bird::classify(), the tests that check each row, and the README's tables.
//
// `codes` holds one row per row of the research table shared/reference/messagebird_error_codes.csv, in its
// order, with the CSV's source, code, name, meaning, reason and source URL verbatim. The CSV's `source`
// column names either a real `failure.source.name` (sms-messagebird, whatsapp, facebook, line) or a
// pseudo-source that says which message field the code is matched against:
//   bird-failure-code              failure.code (exact, or a range written "11XXX")
//   sms-messagebird-status-reason  the `details` slug, or the slug inside `reason`
//   messagebird-legacy-sms-status  `status`
//   bird-v1-sms, bird-v1-whatsapp  the `details` slug, or the slug inside `reason` (the v1 API's error codes
//                                  are the same kind of snake_case slug; see classify.hpp)
// `outcome` is ours and follows the CSV's `suggested` outcome except where a comment on the row says why not.
// Categories and retry advice are ours (the CSV has neither); DESIGN.md's "Bird: retry unavailable
// subscribers" is the retry_later advice on every unavailable-subscriber row.

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "triage/bird/message.hpp"
#include "triage/detail/text.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bird {

/// The CSV's pseudo-sources (see above).
inline constexpr std::string_view failure_code_source = "bird-failure-code";
inline constexpr std::string_view status_reason_source = "sms-messagebird-status-reason";
inline constexpr std::string_view legacy_status_source = "messagebird-legacy-sms-status";
inline constexpr std::string_view v1_sms_source = "bird-v1-sms";
inline constexpr std::string_view v1_whatsapp_source = "bird-v1-whatsapp";

/// The SMS platform's failure source, whose codes a structured SMS reason also carries.
inline constexpr std::string_view sms_source = "sms-messagebird";

/// One row of messagebird_error_codes.csv.
struct code_row {
  std::string_view source;  ///< CSV `source`
  std::string_view code;    ///< CSV `code`, verbatim ("1", "2/2018344", "11XXX", "unknown_subscriber")
  std::string_view name;    ///< CSV `name`
  triage::outcome outcome;
  triage::outcome suggested;  ///< CSV `our_suggested_outcome`; differs from `outcome` only where a comment says why
  triage::category category;
  retry_advice retry;
  std::string_view rule;        ///< the verdict's rule text
  std::string_view meaning;     ///< CSV `meaning`
  std::string_view why;         ///< CSV `reason`: why that outcome
  std::string_view source_url;  ///< CSV `source_url` (several separated by " ; ")
};

inline constexpr code_row codes[] = {
    // bird-failure-code
    {"bird-failure-code", "11XXX", "(range) Async Validation Errors", outcome::permanent, outcome::permanent,
     category::configuration, retry_advice::none, "bird failure.code 11XXX",
     "Async validation failed, usually batch messages", "Bad input or config; resending unchanged fails again",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "11001", "INVALID_CHANNEL_CONFIGURATION", outcome::permanent, outcome::permanent,
     category::configuration, retry_advice::none, "bird failure.code 11001",
     "Channel does not support the request (e.g. multiple receivers for SMS)", "Request shape is wrong for the channel",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "11002", "INVALID_INPUT", outcome::permanent, outcome::permanent, category::configuration,
     retry_advice::none, "bird failure.code 11002", "Input contains an invalid configuration (doc excerpt cut off)",
     "Invalid input", "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "12XXX", "(range) Service Errors", outcome::unknown, outcome::unknown, category::platform,
     retry_advice::none, "bird failure.code 12XXX",
     "Channels API service error not directly caused by the user (routing, template conversion, no price)",
     "Mixed: 12001 transient; 12002/12003 structural",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "12001", "DEPENDENCY_ERROR", outcome::retryable, outcome::retryable, category::platform,
     retry_advice::retry, "bird failure.code 12001", "Generic internal error from a Bird dependency",
     "Internal/transient per description",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "12002", "UNSUPPORTED_TYPE", outcome::permanent, outcome::permanent, category::content,
     retry_advice::none, "bird failure.code 12002", "Message cannot be converted to a template the platform supports",
     "Content/type not supported by platform",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "12003", "UNSUPPORTED_DESTINATION", outcome::permanent, outcome::permanent,
     category::configuration, retry_advice::none, "bird failure.code 12003",
     "Source number and destination combination not allowed", "Routing not permitted",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "14XXX", "(range) Customer Error", outcome::permanent, outcome::permanent,
     category::configuration, retry_advice::none, "bird failure.code 14XXX",
     "Error caused by customer's actions (names not in available excerpt)",
     "Needs customer action before a resend can succeed; refine per code when the list is obtained",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "15XXX", "(range) Platform Errors", outcome::unknown, outcome::unknown, category::carrier,
     retry_advice::none, "bird failure.code 15XXX",
     "Error from the downstream platform (names not in available excerpt)",
     "Range mixes permanent (15005 with unknown subscriber) and transient (15001 with system failure); decide on "
     "failure.source.code",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code", "15001", "(name not in available excerpt)", outcome::unknown, outcome::unknown,
     category::carrier, retry_advice::none, "bird failure.code 15001",
     "Seen in doc example with sms-messagebird code 34 / received_network_error",
     "Only an example; 34 itself is retryable",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"bird-failure-code", "15005", "(name not in available excerpt)", outcome::unknown, outcome::unknown,
     category::carrier, retry_advice::none, "bird failure.code 15005",
     "Seen in doc example with sms-messagebird code 1 / unknown_subscriber",
     "Only an example; code 1 itself is permanent",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources"},
    // sms-messagebird
    {"sms-messagebird", "0", "EC_NO_ERROR", outcome::unknown, outcome::unknown, category::carrier, retry_advice::none,
     "bird sms-messagebird code 0", "Generic delivery failure; no detail from downstream supplier",
     "No information; safe default is limited retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "1", "EC_UNKNOWN_SUBSCRIBER", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird sms-messagebird code 1",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "2", "EC_UNKNOWN_BASE_STATION", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird sms-messagebird code 2",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "3", "EC_UNKOWN_MSC", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird sms-messagebird code 3",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "5", "EC_UNIDENTIFIED_SUBSCRIBER", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird sms-messagebird code 5",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "9", "EC_ILLEGAL_SUBSCRIBER", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird sms-messagebird code 9",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "10", "EC_BEARERSERVICE_NOT_PROVISIONED", outcome::permanent, outcome::permanent,
     category::recipient, retry_advice::none, "bird sms-messagebird code 10",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "11", "EC_TELESERVICE_NOT_PROVISIONED", outcome::permanent, outcome::permanent,
     category::recipient, retry_advice::none, "bird sms-messagebird code 11",
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "12", "EC_CALL_BARRED", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird sms-messagebird code 12",
     "Status reason 'unknown subscriber' (Bird maps 12 to CALL_BARRED; GSM MAP usually 12=ILLEGAL_EQUIPMENT, "
     "13=CALL_BARRED)",
     "Listed under unknown subscriber; barred/illegal either way",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "13", "EC_CALL_BARRED (GSM MAP numbering; not in Bird excerpt)", outcome::permanent,
     outcome::permanent, category::recipient, retry_advice::none, "bird sms-messagebird code 13",
     "Recipient barred from receiving SMS", "Defensive row for the standard MAP code; not confirmed by Bird page",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "8", "EC_ROAMING_NOT_ALLOWED", outcome::retryable, outcome::retryable, category::unreachable,
     retry_advice::retry_later, "bird sms-messagebird code 8",
     "Status reason 'unavailable subscriber': temporarily unavailable, number valid",
     "Bird: number valid, keep it; retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "26", "EC_SUBSEQUENT_HANDOVER_FAILURE", outcome::retryable, outcome::retryable,
     category::unreachable, retry_advice::retry_later, "bird sms-messagebird code 26",
     "Status reason 'unavailable subscriber': temporarily unavailable, number valid",
     "Bird: number valid, keep it; retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "31", "EC_SUBSCRIBER_BUSY_FOR_MT_SMS", outcome::retryable, outcome::retryable,
     category::unreachable, retry_advice::retry_later, "bird sms-messagebird code 31",
     "Status reason 'unavailable subscriber': temporarily unavailable, number valid",
     "Bird: number valid, keep it; retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "27", "EC_ABSE... (truncated; standard MAP EC_ABSENT_SUBSCRIBER)", outcome::retryable,
     outcome::retryable, category::unreachable, retry_advice::retry_later, "bird sms-messagebird code 27",
     "Status reason 'unavailable subscriber': handset absent/off", "Listed under unavailable subscriber",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird", "34", "(system failure)", outcome::retryable, outcome::retryable, category::carrier,
     retry_advice::retry_later, "bird sms-messagebird code 34",
     "Example: details 'system failure', reason received_network_error",
     "Bird: received network error should resolve; deliver later",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes ; "
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    // sms-messagebird-status-reason
    {"sms-messagebird-status-reason", "unknown_subscriber", "unknown subscriber", outcome::permanent,
     outcome::permanent, category::recipient, retry_advice::none, "bird SMS status reason unknown_subscriber",
     "Receiver number not associated with an active line", "Bird: number does not exist, remove it",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses ; "
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird-status-reason", "unavailable_subscriber", "unavailable subscriber", outcome::retryable,
     outcome::retryable, category::unreachable, retry_advice::retry_later,
     "bird SMS status reason unavailable_subscriber", "Handset off/out of coverage; temporary",
     "Bird: should resolve; deliver later",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason", "received_network_error", "received network error", outcome::retryable,
     outcome::retryable, category::carrier, retry_advice::retry_later, "bird SMS status reason received_network_error",
     "Receiving network failure", "Bird: probably being fixed by carrier; deliver later",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason", "capacity_limit_reached", "capacity limit reached", outcome::permanent,
     outcome::permanent, category::compliance, retry_advice::none, "bird SMS status reason capacity_limit_reached",
     "Carrier/country traffic restrictions or registration required",
     "Not compliant; needs registration/content change",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason", "carrier_rejected", "carrier rejected", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird SMS status reason carrier_rejected",
     "Carrier rejected the SMS (restrictions/registration)", "Not compliant; needs registration/content change",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason", "generic_delivery_failure", "generic delivery failure", outcome::unknown,
     outcome::unknown, category::carrier, retry_advice::none, "bird SMS status reason generic_delivery_failure",
     "Negative DLR without detail", "No detail",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird-status-reason", "dlr_not_received", "DLR not received", outcome::unknown, outcome::unknown,
     category::unknown, retry_advice::none, "bird SMS status reason dlr_not_received",
     "Sent downstream but no DLR before validity end",
     "May actually be delivered; do not blind-resend (duplicate risk)",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes ; "
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason", "expired", "expired", outcome::retryable, outcome::retryable,
     category::unreachable, retry_advice::retry_later, "bird SMS status reason expired",
     "Expired before it could be sent to operator/downstream",
     "Bird suggests longer validity; device not reachable in window",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes ; "
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    // messagebird-legacy-sms-status
    {"messagebird-legacy-sms-status", "delivery_failed", "delivery_failed", outcome::unknown, outcome::unknown,
     category::unknown, retry_advice::none, "bird status delivery_failed",
     "Recipient delivery failed (see statusReason/statusErrorCode)", "Decide on statusReason/statusErrorCode",
     "https://github.com/messagebird/messagebird-nodejs/blob/2d8b7de16c6c4c24829bc009dfa29c59a68ab189/types/"
     "messages.d.ts"},
    // Disagrees with the CSV (retryable): an expired status alone does not say whether the message ever reached the
    // handset. Bird's own 'Expired SMS' group includes 'DLR not received', which the CSV marks unknown because it may
    // have been delivered; a blind resend risks a duplicate. With a details slug (unavailable_subscriber, expired) the
    // slug row decides first and is retryable.
    {"messagebird-legacy-sms-status", "expired", "expired", outcome::unknown, outcome::retryable, category::unreachable,
     retry_advice::none, "bird status expired", "Not delivered within validity period",
     "Typically unavailable subscriber / no DLR in validity",
     "https://github.com/messagebird/messagebird-nodejs/blob/2d8b7de16c6c4c24829bc009dfa29c59a68ab189/types/"
     "messages.d.ts ; https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    // whatsapp
    {"whatsapp", "130429", "Rate limit hit", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird whatsapp code 130429",
     "Cloud API throughput reached (too many messages from this number in short period)",
     "Throttle and retry with backoff",
     "https://developers.secure.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/"
     "errors ; https://niswey.com/knowledge-base/error-codes-meta"},
    {"whatsapp", "131026", "Message undeliverable", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird whatsapp code 131026",
     "Recipient not on WhatsApp, hasn't accepted ToS, or outdated client",
     "Recipient-side; retrying same number fails (3rd-party restatement of Meta table)",
     "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered ; "
     "https://help.chakrahq.com/chat/faqs/whatsapp-api-error-code-troubleshooting/whatsapp-api-message-delivery-errors "
     "; https://docs.virtuo.in/vibot/sending/failed-sends"},
    {"whatsapp", "131047", "Re-engagement message", outcome::permanent, outcome::permanent, category::compliance,
     retry_advice::none, "bird whatsapp code 131047", "Free-form message sent >24h after user's last reply",
     "Needs approved template instead; same message will fail again",
     "https://help.sanoflow.io/meta-messages-error-codes ; "
     "https://documentation.indigitall.com/docs/whatsapp-error-codes-guide-meta"},
    {"whatsapp", "131048", "Spam rate limit hit", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird whatsapp code 131048",
     "Number restricted because earlier messages were blocked/flagged as spam",
     "Quality-based limit; retry only with long backoff / after quality improves",
     "https://niswey.com/knowledge-base/error-codes-meta ; "
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp"},
    {"whatsapp", "131049", "Meta chose not to deliver", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird whatsapp code 131049",
     "Not delivered to maintain healthy ecosystem engagement (per-user marketing limit)",
     "Meta: retry in increasingly larger time increments, not immediately",
     "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered ; "
     "https://docs.virtuo.in/vibot/sending/failed-sends"},
    {"whatsapp", "131051", "Unsupported message type", outcome::permanent, outcome::permanent, category::content,
     retry_advice::none, "bird whatsapp code 131051", "Message type not supported", "Fix message type",
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp ; "
     "https://dualhook.com/docs/api-errors ; "
     "https://documentation.indigitall.com/docs/whatsapp-error-codes-guide-meta"},
    {"whatsapp", "131053", "Media upload error", outcome::unknown, outcome::unknown, category::content,
     retry_advice::none, "bird whatsapp code 131053", "Meta could not download the media from the given URL",
     "Permanent if URL bad; transient if host overloaded",
     "https://documentation.indigitall.com/docs/whatsapp-error-codes-guide-meta"},
    {"whatsapp", "131056", "Pair rate limit hit", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird whatsapp code 131056", "Too many messages to the same recipient in short time",
     "Wait and retry to same number",
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp ; "
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp", "131042", "Business eligibility payment issue", outcome::permanent, outcome::permanent,
     category::account, retry_advice::none, "bird whatsapp code 131042", "WABA payment/billing problem",
     "Needs billing fix before any resend",
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp ; "
     "https://wolkvox.helpjuice.com/en_US/como-funciona-el-webhook-de-whatsapp"},
    {"whatsapp", "131031", "Account has been locked", outcome::permanent, outcome::permanent, category::account,
     retry_advice::none, "bird whatsapp code 131031", "WABA blocked for policy/verification issues",
     "Needs account remediation", "https://wolkvox.helpjuice.com/en_US/como-funciona-el-webhook-de-whatsapp"},
    {"whatsapp", "130472", "User's number is part of an experiment", outcome::permanent, outcome::permanent,
     category::carrier, retry_advice::none, "bird whatsapp code 130472",
     "Meta withheld message as part of an experiment", "Will not be delivered to this user",
     "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered"},
    {"whatsapp", "470", "Outside support window (On-Premises era)", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird whatsapp code 470",
     "Free-form message outside 24h customer service window", "Send approved template first",
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp", "368", "Temporarily blocked for policies violations", outcome::permanent, outcome::permanent,
     category::account, retry_advice::none, "bird whatsapp code 368",
     "WABA restricted/disabled for platform policy violation", "Needs policy remediation",
     "https://niswey.com/knowledge-base/error-codes-meta"},
    {"whatsapp", "100", "Invalid parameter", outcome::permanent, outcome::permanent, category::configuration,
     retry_advice::none, "bird whatsapp code 100", "Unsupported or misspelled request parameter", "Fix request",
     "https://niswey.com/knowledge-base/error-codes-meta ; https://dualhook.com/docs/api-errors"},
    {"whatsapp", "131008", "Required parameter is missing", outcome::permanent, outcome::permanent,
     category::configuration, retry_advice::none, "bird whatsapp code 131008", "Required parameter missing",
     "Fix request",
     "https://dualhook.com/docs/api-errors ; "
     "https://help.rvops.com/spread.chat-help-center/management-dashboard/triggers"},
    {"whatsapp", "132000", "Template param count mismatch", outcome::permanent, outcome::permanent, category::content,
     retry_advice::none, "bird whatsapp code 132000", "Template variables do not match approved template",
     "Fix template parameters", "https://dualhook.com/docs/api-errors"},
    {"whatsapp", "132001", "Template does not exist", outcome::permanent, outcome::permanent, category::configuration,
     retry_advice::none, "bird whatsapp code 132001", "Template name/language not found or not approved",
     "Fix template",
     "https://dualhook.com/docs/api-errors ; "
     "https://help.rvops.com/spread.chat-help-center/management-dashboard/triggers"},
    {"whatsapp", "131016", "Service unavailable", outcome::retryable, outcome::retryable, category::carrier,
     retry_advice::retry, "bird whatsapp code 131016", "Service temporarily unavailable", "Retry with backoff",
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp", "1", "API Unknown", outcome::unknown, outcome::unknown, category::carrier, retry_advice::none,
     "bird whatsapp code 1", "Invalid request or possible server error", "Check status page / request",
     "https://niswey.com/knowledge-base/error-codes-meta"},
    {"whatsapp", "2", "API Service", outcome::retryable, outcome::retryable, category::carrier, retry_advice::retry,
     "bird whatsapp code 2", "Temporary due to downtime or overload", "Transient",
     "https://niswey.com/knowledge-base/error-codes-meta ; https://dualhook.com/docs/api-errors"},
    {"whatsapp", "4", "API Too Many Calls", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird whatsapp code 4", "App-level Graph API call rate limit reached",
     "Back off with jitter",
     "https://help.chakrahq.com/chat/faqs/whatsapp-api-error-code-troubleshooting/whatsapp-api-throttling-errors ; "
     "https://developers.aivo.co/engage/"},
    {"whatsapp", "80007", "Rate limit issues", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird whatsapp code 80007", "WABA reached its rate limit", "Back off",
     "https://developers.aivo.co/engage/"},
    {"whatsapp", "190", "Access token has expired", outcome::permanent, outcome::permanent, category::account,
     retry_advice::none, "bird whatsapp code 190", "Access token expired/invalid",
     "Configuration/credentials problem; not message-specific", "https://developers.aivo.co/engage/"},
    {"whatsapp", "10", "Permission Denied", outcome::permanent, outcome::permanent, category::configuration,
     retry_advice::none, "bird whatsapp code 10", "Permission not granted or removed", "Configuration problem",
     "https://developers.aivo.co/engage/"},
    // facebook
    {"facebook", "551", "This person isn't available right now", outcome::permanent, outcome::permanent,
     category::recipient, retry_advice::none, "bird facebook code 551",
     "User blocked the Page, deactivated account or turned off messages", "Recipient unreachable on Messenger",
     "https://en.help.firstline.cc/feature/channels/facebook-messenger/troubleshooting ; "
     "https://help.salesforce.com/s/articleView?id=000388784&language=en_US&type=1"},
    {"facebook", "2", "An unexpected error has occurred. Please retry your request later.", outcome::retryable,
     outcome::retryable, category::carrier, retry_advice::retry_once, "bird facebook code 2",
     "Transient platform error (also possible if customer blocked business)",
     "Meta says retry later; cap retries since block also maps here",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook", "2/2018344", "Service temporarily unavailable / Privacy ToS not accepted", outcome::permanent,
     outcome::permanent, category::configuration, retry_advice::none, "bird facebook code 2/2018344",
     "Page admin must accept privacy ToS for labels API", "Config issue",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook", "4", "Rate Limit error", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird facebook code 4", "Application request limit reached / too many send requests",
     "Pause until below limit",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook", "4/2018354", "Marketing Messages minimum delay", outcome::retryable, outcome::retryable,
     category::rate_limit, retry_advice::retry_later, "bird facebook code 4/2018354",
     "Marketing message sent faster than notification_messages_frequency", "Retry after the frequency window",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes ; "
     "https://help.sleekflow.io/en_US/facebook_messenger/troubleshooting-your-facebook-messenger-channel"},
    {"facebook", "9/2018352", "User is performing too many actions", outcome::retryable, outcome::retryable,
     category::rate_limit, retry_advice::retry_later, "bird facebook code 9/2018352",
     "Customer exceeded allowed marketing message limit", "Retry later",
     "https://help.sleekflow.io/en_US/facebook_messenger/troubleshooting-your-facebook-messenger-channel"},
    {"facebook", "1/99", "An unknown error occurred", outcome::unknown, outcome::unknown, category::configuration,
     retry_advice::none, "bird facebook code 1/99", "Often missing permissions/advanced access", "Usually config",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook", "1/1357046", "Received invalid JSON reply", outcome::unknown, outcome::unknown, category::carrier,
     retry_advice::none, "bird facebook code 1/1357046", "Endpoint returned error despite messages sent (system delay)",
     "May already be delivered; avoid blind resend",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook", "190", "Invalid OAuth access token", outcome::permanent, outcome::permanent, category::account,
     retry_advice::none, "bird facebook code 190", "Token invalid/expired", "Config/credentials",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes ; "
     "https://en.help.firstline.cc/feature/channels/facebook-messenger/troubleshooting"},
    // line
    {"line", "400", "Bad Request", outcome::permanent, outcome::permanent, category::configuration, retry_advice::none,
     "bird line code 400", "Problem with the request", "Fix request",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "401", "Unauthorized", outcome::permanent, outcome::permanent, category::account, retry_advice::none,
     "bird line code 401", "No valid channel access token", "Config/credentials",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "403", "Forbidden", outcome::permanent, outcome::permanent, category::account, retry_advice::none,
     "bird line code 403", "No permission for resource (plan/account)", "Config",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "404", "Not Found", outcome::permanent, outcome::permanent, category::recipient, retry_advice::none,
     "bird line code 404", "User ID missing, not a friend, or blocked the account", "Recipient unreachable",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    // Disagrees with the CSV (permanent): a 409 means an earlier request with the same X-Line-Retry-Key was already
    // accepted, so the message has probably been delivered; calling it a permanent failure would count a delivered
    // message as failed. Unknown keeps the CSV's advice (do not resend) without that claim.
    {"line", "409", "Conflict", outcome::unknown, outcome::permanent, category::unknown, retry_advice::none,
     "bird line code 409", "Request with same X-Line-Retry-Key already accepted",
     "Already accepted; do not resend (treat as duplicate)",
     "https://developers.line.biz/en/docs/messaging-api/retrying-api-request ; "
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "410", "Gone", outcome::permanent, outcome::permanent, category::configuration, retry_advice::none,
     "bird line code 410", "Resource no longer available", "Resource gone; resend cannot succeed",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "413", "Payload Too Large", outcome::permanent, outcome::permanent, category::content, retry_advice::none,
     "bird line code 413", "Request exceeds 2MB", "Shrink request",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "415", "Unsupported Media Type", outcome::permanent, outcome::permanent, category::content,
     retry_advice::none, "bird line code 415", "Uploaded media type not supported", "Change media type",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line", "429", "Too Many Requests", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird line code 429",
     "Monthly message quota exceeded, rate limit, or concurrency limit",
     "Rate/concurrency: retry later; monthly quota: not until quota resets",
     "https://autobiz.help/pro/kanri/line/archives/33997 ; "
     "https://developers.line.biz/en/reference/messaging-api/nojs"},
    {"line", "500", "Internal Server Error", outcome::retryable, outcome::retryable, category::carrier,
     retry_advice::retry, "bird line code 500", "Server error or timeout; message may still have been delivered",
     "Retry with X-Line-Retry-Key to avoid duplicates",
     "https://developers.line.biz/en/docs/messaging-api/retrying-api-request"},
    // bird-v1-sms
    {"bird-v1-sms", "invalid_destination", "invalid_destination", outcome::permanent, outcome::permanent,
     category::recipient, retry_advice::none, "bird v1 SMS error invalid_destination",
     "Number not assigned, ported out, or malformed", "Bad number",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "unreachable", "unreachable", outcome::retryable, outcome::retryable, category::unreachable,
     retry_advice::retry_later, "bird v1 SMS error unreachable", "Handset off or out of coverage", "Temporary",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "blocked_by_carrier", "blocked_by_carrier", outcome::permanent, outcome::permanent,
     category::content, retry_advice::none, "bird v1 SMS error blocked_by_carrier", "Carrier filtered the message",
     "Same content will be filtered again",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "blocked_by_recipient", "blocked_by_recipient", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird v1 SMS error blocked_by_recipient",
     "Recipient device blocked the sender", "Recipient choice",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "landline_unreachable", "landline_unreachable", outcome::permanent, outcome::permanent,
     category::recipient, retry_advice::none, "bird v1 SMS error landline_unreachable",
     "Destination is a landline that does not accept SMS", "Bad destination type",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "content_rejected", "content_rejected", outcome::permanent, outcome::permanent, category::content,
     retry_advice::none, "bird v1 SMS error content_rejected", "Carrier rejected the content", "Change content",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "sender_unregistered", "sender_unregistered", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird v1 SMS error sender_unregistered",
     "Sender not registered for destination", "Needs registration",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "recipient_opted_out", "recipient_opted_out", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird v1 SMS error recipient_opted_out", "Recipient on suppression list",
     "Opt-out",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "provider_unavailable", "provider_unavailable", outcome::retryable, outcome::retryable,
     category::carrier, retry_advice::retry_later, "bird v1 SMS error provider_unavailable",
     "Upstream failure after retries", "Bird already retried; retry later with backoff",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "insufficient_balance", "insufficient_balance", outcome::permanent, outcome::permanent,
     category::account, retry_advice::none, "bird v1 SMS error insufficient_balance",
     "Workspace wallet balance insufficient", "Needs top-up; not auto-retryable",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms", "unknown", "unknown", outcome::unknown, outcome::unknown, category::unknown, retry_advice::none,
     "bird v1 SMS error unknown", "Unmapped failure", "No mapping published",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    // bird-v1-whatsapp
    {"bird-v1-whatsapp", "insufficient_balance", "insufficient_balance", outcome::permanent, outcome::permanent,
     category::account, retry_advice::none, "bird v1 WhatsApp error insufficient_balance",
     "Workspace could not afford the send", "Needs top-up",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp", "price_not_found", "price_not_found", outcome::permanent, outcome::permanent,
     category::configuration, retry_advice::none, "bird v1 WhatsApp error price_not_found",
     "No price configured for destination/template", "Config",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp", "internal_error", "internal_error", outcome::retryable, outcome::retryable, category::platform,
     retry_advice::retry, "bird v1 WhatsApp error internal_error", "Unexpected Bird-side failure", "Transient",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp", "undeliverable", "undeliverable", outcome::permanent, outcome::permanent, category::recipient,
     retry_advice::none, "bird v1 WhatsApp error undeliverable",
     "Recipient not reachable (not on WhatsApp or invalid number)", "Recipient-side",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp", "service_window_expired", "service_window_expired", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird v1 WhatsApp error service_window_expired",
     "24h customer care window closed; send a template", "Needs template",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp", "rate_limited", "rate_limited", outcome::retryable, outcome::retryable, category::rate_limit,
     retry_advice::retry_later, "bird v1 WhatsApp error rate_limited", "Send was throttled", "Back off",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp", "recipient_suppressed", "recipient_suppressed", outcome::permanent, outcome::permanent,
     category::compliance, retry_advice::none, "bird v1 WhatsApp error recipient_suppressed",
     "Recipient on workspace suppression list", "Suppressed",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
};

namespace detail {

/// Where one CSV source's rows sit in `codes` (each source's rows are contiguous: checked below).
struct code_block {
  std::string_view source;
  std::size_t first = 0;
  std::size_t count = 0;
};

constexpr std::size_t count_code_blocks() noexcept {
  std::size_t blocks = 0;
  for (std::size_t i = 0; i < std::size(codes); ++i) blocks += i == 0 || codes[i].source != codes[i - 1].source;
  return blocks;
}

constexpr std::array<code_block, count_code_blocks()> index_code_blocks() noexcept {
  std::array<code_block, count_code_blocks()> blocks{};
  std::size_t b = 0;
  for (std::size_t i = 0; i < std::size(codes); ++i) {
    if (i != 0 && codes[i].source != codes[i - 1].source) ++b;
    if (blocks[b].count == 0) blocks[b] = {codes[i].source, i, 0};
    ++blocks[b].count;
  }
  return blocks;
}

}  // namespace detail

/// The rows of each CSV source, so that a lookup scans its own table only.
inline constexpr auto code_blocks = detail::index_code_blocks();

namespace detail {
constexpr bool code_blocks_are_distinct() noexcept {
  for (std::size_t i = 0; i < code_blocks.size(); ++i) {
    for (std::size_t j = i + 1; j < code_blocks.size(); ++j) {
      if (code_blocks[i].source == code_blocks[j].source) return false;
    }
  }
  return true;
}
static_assert(code_blocks_are_distinct(), "bird::codes must keep each source's rows together");
}  // namespace detail

/// A row's code as an integer, when it is one ("34", not "11XXX" or "2/2018344"), parsed once at compile time.
struct code_number {
  bool is_integer = false;
  std::int64_t value = 0;
};

namespace detail {
constexpr std::array<code_number, std::size(codes)> parse_code_numbers() noexcept {
  std::array<code_number, std::size(codes)> numbers{};
  for (std::size_t i = 0; i < std::size(codes); ++i) {
    numbers[i].is_integer = triage::detail::parse_integer(codes[i].code, numbers[i].value);
  }
  return numbers;
}
}  // namespace detail

/// code_numbers[i] is codes[i].code as an integer.
inline constexpr auto code_numbers = detail::parse_code_numbers();

/// The number of a row of `codes`.
constexpr const code_number& number_of(const code_row& row) noexcept {
  return code_numbers[static_cast<std::size_t>(&row - codes)];
}

/// The rows of `codes` whose CSV source is `source` (none for a source the table does not have).
constexpr span<code_row> rows_of(std::string_view source) noexcept {
  for (const detail::code_block& block : code_blocks) {
    if (block.source == source) return {codes + block.first, block.count};
  }
  return {};
}

inline constexpr std::string_view failure_sources_url =
    "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources";

/// A `failure.source.name` of the Channels docs: where its codes are looked up, and the verdict when its
/// code says nothing the tables know.
struct source_row {
  std::string_view name;
  /// The CSV source whose rows hold this source's codes; empty when no code table is published.
  std::string_view code_table;
  /// Its codes are HTTP statuses: one that is not in the code table classifies by its class (http_classes).
  bool http_status_codes;
  /// A Bird service that failed before sending: the source itself says why, so its category replaces the
  /// generic category of a failure.code range row.
  bool names_cause;
  triage::outcome outcome;
  triage::category category;
  retry_advice retry;
  std::string_view rule;
  std::string_view meaning;  ///< the Bird docs' description, or what this library assumes and why
  std::string_view source_url;
};

inline constexpr source_row sources[] = {
    // Before the message reaches a third-party platform: Bird's own services.
    {"pre-processing", "", false, false, outcome::unknown, category::platform, retry_advice::none,
     "bird failure source pre-processing",
     "fails during processing, before being sent to a third-party platform; whether a resend can succeed "
     "depends on failure.code (11xxx validation, 12xxx service)",
     failure_sources_url},
    {"accounting", "", false, true, outcome::permanent, category::account, retry_advice::none,
     "bird failure source accounting",
     "fails due to an accounting/billing service error, before being sent; a resend fails until billing is "
     "fixed (as the CSV's insufficient_balance rows)",
     failure_sources_url},
    {"contact", "", false, true, outcome::unknown, category::recipient, retry_advice::none,
     "bird failure source contact", "fails due to an issue with the contacts service, before being sent",
     failure_sources_url},
    {"touchpoint", "", false, true, outcome::unknown, category::content, retry_advice::none,
     "bird failure source touchpoint",
     "fails due to an issue with the touchpoints/templates service, before being sent", failure_sources_url},
    // Errors returned by a platform: failure.source.code carries the platform's own code.
    {"sms-messagebird", "sms-messagebird", false, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source sms-messagebird, code not in the table",
     "error returned from the SMS platform and/or a downstream SMS carrier", failure_sources_url},
    {"email-messagebird", "", false, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source email-messagebird", "error returned from the email platform (no code table published)",
     failure_sources_url},
    {"whatsapp", "whatsapp", false, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source whatsapp, code not in the table",
     "error returned from the WhatsApp platform (WhatsApp Cloud API error codes)", failure_sources_url},
    {"facebook", "facebook", false, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source facebook, code not in the table",
     "error returned from the Facebook platform (Messenger platform error codes)", failure_sources_url},
    {"line", "line", true, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source line, code not in the table", "error returned from the LINE platform (LINE error responses)",
     failure_sources_url},
    {"apple-business-chat", "", true, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source apple-business-chat",
     "error returned from the Apple Messages platform; its response-code table is not available, so codes "
     "classify by HTTP class",
     failure_sources_url},
    {"voice", "", false, false, outcome::unknown, category::carrier, retry_advice::none, "bird failure source voice",
     "error returned from the voice platform (no code table published)", failure_sources_url},
    // The seed: "Refer to Messenger platform error codes" for instagram, so the facebook rows apply.
    {"instagram", "facebook", false, false, outcome::unknown, category::carrier, retry_advice::none,
     "bird failure source instagram, code not in the table",
     "error returned from the Instagram platform (Messenger platform error codes)", failure_sources_url},
};

/// The class of an HTTP status code, for the sources whose codes are HTTP statuses (LINE, Apple Messages)
/// when the exact code is not in a table. First matching row wins.
struct http_class_row {
  std::int64_t first;
  std::int64_t last;
  triage::outcome outcome;
  triage::category category;
  retry_advice retry;
  std::string_view rule;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr http_class_row http_classes[] = {
    {429, 429, outcome::retryable, category::rate_limit, retry_advice::retry_later, "bird HTTP 429",
     "too many requests: retry once below the limit", "https://autobiz.help/pro/kanri/line/archives/33997"},
    {400, 499, outcome::permanent, category::carrier, retry_advice::none, "bird HTTP 4xx",
     "the platform refused the request; the same request fails again",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {500, 599, outcome::retryable, category::carrier, retry_advice::retry, "bird HTTP 5xx",
     "server error or timeout at the platform; a retry may succeed (it may also have been delivered)",
     "https://developers.line.biz/en/docs/messaging-api/retrying-api-request"},
};

/// A Channels `status` the docs name, with its verdict when nothing more specific decides.
/// delivery_failed is not here: the CSV's messagebird-legacy-sms-status row of the same name decides it.
struct status_row {
  message_status status;
  triage::outcome outcome;
  triage::category category;
  retry_advice retry;
  std::string_view rule;
  std::string_view meaning;  ///< the Bird docs' words
  std::string_view source_url;
};

inline constexpr std::string_view message_status_url =
    "https://docs.bird.com/api/channels-api/supported-channels/programmable-email/message-status";

inline constexpr status_row statuses[] = {
    {message_status::accepted, outcome::pending, category::none, retry_advice::none, "bird status accepted",
     "An outgoing message has been accepted by the Channels API", message_status_url},
    {message_status::processing, outcome::pending, category::none, retry_advice::none, "bird status processing",
     "The lifecycle order is accepted, processing, sent, and delivered.",
     "https://docs.bird.com/api/conversations-api/api-reference/conversations-messaging/update-conversation-message"},
    {message_status::sent, outcome::pending, category::none, retry_advice::none, "bird status sent",
     "Channels API has attempted to send an outgoing message to a platform", message_status_url},
    {message_status::delivered, outcome::delivered, category::none, retry_advice::none, "bird status delivered",
     "the message was delivered (incoming messages are created with status delivered)",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions"},
    {message_status::sending_failed, outcome::unknown, category::unknown, retry_advice::none,
     "bird status sending_failed without a known failure",
     "An outgoing message has failed to be sent to a platform (nothing says why)", message_status_url},
};

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_TABLES_HPP
