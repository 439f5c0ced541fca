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
// The verdict's outcome is ours and follows the CSV's suggested outcome (`csv_outcome`) except where a comment
// on the row says why not.
//
// Rules (detail/table.hpp): "bird <field> <value>", the field being the message field the row is matched
// against. Where several CSV sources share a field, the source follows the field, so that the rule says
// which table decided (csv_fields below):
//   bird failure.code 11001, bird failure.code 11000-11999 (the CSV's "11XXX")
//   bird failure.source.code whatsapp 131026 (sms-messagebird's codes also match a structured reason's
//                                             `code:`, which the docs' examples give the same value)
//   bird details sms-messagebird-status-reason unknown_subscriber (and bird-v1-sms, bird-v1-whatsapp: the
//                                             slug of `details`, or the one inside `reason`)
//   bird status expired                      (messagebird-legacy-sms-status)
//   bird failure.source.name whatsapp, bird failure.source.code 400-499 (HTTP classes), bird status accepted
// Categories and retry advice are ours (the CSV has neither); DESIGN.md's "Bird: retry unavailable
// subscribers" is the retry_later advice on every unavailable-subscriber row.

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "triage/bird/message.hpp"
#include "triage/detail/table.hpp"
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
  triage::verdict verdict;
  /// CSV `our_suggested_outcome`: not a verdict field; differs from verdict.outcome only where a comment
  /// says why.
  triage::outcome csv_outcome;
  std::string_view meaning;     ///< CSV `meaning`
  std::string_view why;         ///< CSV `reason`: why that outcome
  std::string_view source_url;  ///< CSV `source_url` (several separated by " ; ")
};

namespace detail {

/// True for a CSV range code such as "11XXX" (digits, then one or more X).
constexpr bool is_range_code(std::string_view code) noexcept {
  return !code.empty() && (code.back() == 'X' || code.back() == 'x');
}

/// The codes of a range written "11XXX" (the digits are the prefix, each X one decimal digit), as [first,
/// last]; false for anything else.
constexpr bool parse_range_code(std::string_view pattern, std::int64_t& first, std::int64_t& last) noexcept {
  std::size_t digits = 0;
  while (digits < pattern.size() && pattern[digits] >= '0' && pattern[digits] <= '9') ++digits;
  if (digits == 0 || digits == pattern.size()) return false;
  std::int64_t scale = 1;
  for (std::size_t i = digits; i < pattern.size(); ++i) {
    if (pattern[i] != 'X' && pattern[i] != 'x') return false;
    scale *= 10;
  }
  std::int64_t prefix = 0;
  if (!triage::detail::parse_integer(pattern.substr(0, digits), prefix)) return false;
  first = prefix * scale;
  last = (prefix + 1) * scale - 1;
  return true;
}

/// Whether `code` falls in a range written "11XXX".
constexpr bool range_contains(std::string_view pattern, std::int64_t code) noexcept {
  std::int64_t first = 0;
  std::int64_t last = 0;
  return parse_range_code(pattern, first, last) && code >= first && code <= last;
}

/// The field each CSV source's codes are matched against, as its rules name it (see the top of this file).
struct csv_field {
  std::string_view source;
  std::string_view field;
};

inline constexpr csv_field csv_fields[] = {
    {"bird-failure-code", "failure.code"},
    {"sms-messagebird", "failure.source.code sms-messagebird"},
    {"sms-messagebird-status-reason", "details sms-messagebird-status-reason"},
    {"messagebird-legacy-sms-status", "status"},
    {"whatsapp", "failure.source.code whatsapp"},
    {"facebook", "failure.source.code facebook"},
    {"line", "failure.source.code line"},
    {"bird-v1-sms", "details bird-v1-sms"},
    {"bird-v1-whatsapp", "details bird-v1-whatsapp"},
};

/// The field of a CSV source; empty for one csv_fields lacks (which rules_fit() then rejects).
constexpr std::string_view field_of(std::string_view source) noexcept {
  for (const csv_field& f : csv_fields) {
    if (f.source == source) return f.field;
  }
  return {};
}

inline constexpr std::string_view provider_prefix = "bird";

inline constexpr auto code_value = [](const code_row& row) {
  std::int64_t first = 0;
  std::int64_t last = 0;
  if (parse_range_code(row.code, first, last))
    return triage::detail::rule_value::range(first, last, field_of(row.source));
  return triage::detail::rule_value(row.code, field_of(row.source));
};

inline constexpr code_row code_literals[] = {
    // bird-failure-code
    {"bird-failure-code",
     "11XXX",
     "(range) Async Validation Errors",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Async validation failed, usually batch messages",
     "Bad input or config; resending unchanged fails again",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "11001",
     "INVALID_CHANNEL_CONFIGURATION",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Channel does not support the request (e.g. multiple receivers for SMS)",
     "Request shape is wrong for the channel",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "11002",
     "INVALID_INPUT",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Input contains an invalid configuration (doc excerpt cut off)",
     "Invalid input",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "12XXX",
     "(range) Service Errors",
     {outcome::unknown, category::platform, retry_advice::none},
     outcome::unknown,
     "Channels API service error not directly caused by the user (routing, template conversion, no price)",
     "Mixed: 12001 transient; 12002/12003 structural",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "12001",
     "DEPENDENCY_ERROR",
     {outcome::retryable, category::platform, retry_advice::retry},
     outcome::retryable,
     "Generic internal error from a Bird dependency",
     "Internal/transient per description",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "12002",
     "UNSUPPORTED_TYPE",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Message cannot be converted to a template the platform supports",
     "Content/type not supported by platform",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "12003",
     "UNSUPPORTED_DESTINATION",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Source number and destination combination not allowed",
     "Routing not permitted",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "14XXX",
     "(range) Customer Error",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Error caused by customer's actions (names not in available excerpt)",
     "Needs customer action before a resend can succeed; refine per code when the list is obtained",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "15XXX",
     "(range) Platform Errors",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Error from the downstream platform (names not in available excerpt)",
     "Range mixes permanent (15005 with unknown subscriber) and transient (15001 with system failure); decide on "
     "failure.source.code",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-codes"},
    {"bird-failure-code",
     "15001",
     "(name not in available excerpt)",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Seen in doc example with sms-messagebird code 34 / received_network_error",
     "Only an example; 34 itself is retryable",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"bird-failure-code",
     "15005",
     "(name not in available excerpt)",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Seen in doc example with sms-messagebird code 1 / unknown_subscriber",
     "Only an example; code 1 itself is permanent",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources"},
    // sms-messagebird
    {"sms-messagebird",
     "0",
     "EC_NO_ERROR",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Generic delivery failure; no detail from downstream supplier",
     "No information; safe default is limited retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "1",
     "EC_UNKNOWN_SUBSCRIBER",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "2",
     "EC_UNKNOWN_BASE_STATION",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "3",
     "EC_UNKOWN_MSC",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "5",
     "EC_UNIDENTIFIED_SUBSCRIBER",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "9",
     "EC_ILLEGAL_SUBSCRIBER",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "10",
     "EC_BEARERSERVICE_NOT_PROVISIONED",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "11",
     "EC_TELESERVICE_NOT_PROVISIONED",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber': number not associated with an active line",
     "Bird: remove number from database",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "12",
     "EC_CALL_BARRED",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Status reason 'unknown subscriber' (Bird maps 12 to CALL_BARRED; GSM MAP usually 12=ILLEGAL_EQUIPMENT, "
     "13=CALL_BARRED)",
     "Listed under unknown subscriber; barred/illegal either way",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "13",
     "EC_CALL_BARRED (GSM MAP numbering; not in Bird excerpt)",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Recipient barred from receiving SMS",
     "Defensive row for the standard MAP code; not confirmed by Bird page",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "8",
     "EC_ROAMING_NOT_ALLOWED",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Status reason 'unavailable subscriber': temporarily unavailable, number valid",
     "Bird: number valid, keep it; retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "26",
     "EC_SUBSEQUENT_HANDOVER_FAILURE",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Status reason 'unavailable subscriber': temporarily unavailable, number valid",
     "Bird: number valid, keep it; retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "31",
     "EC_SUBSCRIBER_BUSY_FOR_MT_SMS",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Status reason 'unavailable subscriber': temporarily unavailable, number valid",
     "Bird: number valid, keep it; retry",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "27",
     "EC_ABSE... (truncated; standard MAP EC_ABSENT_SUBSCRIBER)",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Status reason 'unavailable subscriber': handset absent/off",
     "Listed under unavailable subscriber",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird",
     "34",
     "(system failure)",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     outcome::retryable,
     "Example: details 'system failure', reason received_network_error",
     "Bird: received network error should resolve; deliver later",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes ; "
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    // sms-messagebird-status-reason
    {"sms-messagebird-status-reason",
     "unknown_subscriber",
     "unknown subscriber",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Receiver number not associated with an active line",
     "Bird: number does not exist, remove it",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses ; "
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird-status-reason",
     "unavailable_subscriber",
     "unavailable subscriber",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Handset off/out of coverage; temporary",
     "Bird: should resolve; deliver later",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason",
     "received_network_error",
     "received network error",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     outcome::retryable,
     "Receiving network failure",
     "Bird: probably being fixed by carrier; deliver later",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason",
     "capacity_limit_reached",
     "capacity limit reached",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Carrier/country traffic restrictions or registration required",
     "Not compliant; needs registration/content change",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason",
     "carrier_rejected",
     "carrier rejected",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Carrier rejected the SMS (restrictions/registration)",
     "Not compliant; needs registration/content change",
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason",
     "generic_delivery_failure",
     "generic delivery failure",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Negative DLR without detail",
     "No detail",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes"},
    {"sms-messagebird-status-reason",
     "dlr_not_received",
     "DLR not received",
     {outcome::unknown, category::unknown, retry_advice::none},
     outcome::unknown,
     "Sent downstream but no DLR before validity end",
     "May actually be delivered; do not blind-resend (duplicate risk)",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes ; "
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    {"sms-messagebird-status-reason",
     "expired",
     "expired",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Expired before it could be sent to operator/downstream",
     "Bird suggests longer validity; device not reachable in window",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources/"
     "sms-platform-extended-error-codes ; "
     "https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    // messagebird-legacy-sms-status
    {"messagebird-legacy-sms-status",
     "delivery_failed",
     "delivery_failed",
     {outcome::unknown, category::unknown, retry_advice::none},
     outcome::unknown,
     "Recipient delivery failed (see statusReason/statusErrorCode)",
     "Decide on statusReason/statusErrorCode",
     "https://github.com/messagebird/messagebird-nodejs/blob/2d8b7de16c6c4c24829bc009dfa29c59a68ab189/types/"
     "messages.d.ts"},
    // Disagrees with the CSV (retryable): an expired status alone does not say whether the message ever reached the
    // handset. Bird's own 'Expired SMS' group includes 'DLR not received', which the CSV marks unknown because it may
    // have been delivered; a blind resend risks a duplicate. With a details slug (unavailable_subscriber, expired) the
    // slug row decides first and is retryable.
    {"messagebird-legacy-sms-status",
     "expired",
     "expired",
     {outcome::unknown, category::unreachable, retry_advice::none},
     outcome::retryable,
     "Not delivered within validity period",
     "Typically unavailable subscriber / no DLR in validity",
     "https://github.com/messagebird/messagebird-nodejs/blob/2d8b7de16c6c4c24829bc009dfa29c59a68ab189/types/"
     "messages.d.ts ; https://docs.bird.com/connectivity-platform/sending-sms/sms-delivery-statuses"},
    // whatsapp
    {"whatsapp",
     "130429",
     "Rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Cloud API throughput reached (too many messages from this number in short period)",
     "Throttle and retry with backoff",
     "https://developers.secure.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/"
     "errors ; https://niswey.com/knowledge-base/error-codes-meta"},
    {"whatsapp",
     "131026",
     "Message undeliverable",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Recipient not on WhatsApp, hasn't accepted ToS, or outdated client",
     "Recipient-side; retrying same number fails (3rd-party restatement of Meta table)",
     "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered ; "
     "https://help.chakrahq.com/chat/faqs/whatsapp-api-error-code-troubleshooting/whatsapp-api-message-delivery-errors "
     "; https://docs.virtuo.in/vibot/sending/failed-sends"},
    {"whatsapp",
     "131047",
     "Re-engagement message",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Free-form message sent >24h after user's last reply",
     "Needs approved template instead; same message will fail again",
     "https://help.sanoflow.io/meta-messages-error-codes ; "
     "https://documentation.indigitall.com/docs/whatsapp-error-codes-guide-meta"},
    {"whatsapp",
     "131048",
     "Spam rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Number restricted because earlier messages were blocked/flagged as spam",
     "Quality-based limit; retry only with long backoff / after quality improves",
     "https://niswey.com/knowledge-base/error-codes-meta ; "
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp"},
    {"whatsapp",
     "131049",
     "Meta chose not to deliver",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Not delivered to maintain healthy ecosystem engagement (per-user marketing limit)",
     "Meta: retry in increasingly larger time increments, not immediately",
     "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered ; "
     "https://docs.virtuo.in/vibot/sending/failed-sends"},
    {"whatsapp",
     "131051",
     "Unsupported message type",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Message type not supported",
     "Fix message type",
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp ; "
     "https://dualhook.com/docs/api-errors ; "
     "https://documentation.indigitall.com/docs/whatsapp-error-codes-guide-meta"},
    {"whatsapp",
     "131053",
     "Media upload error",
     {outcome::unknown, category::content, retry_advice::none},
     outcome::unknown,
     "Meta could not download the media from the given URL",
     "Permanent if URL bad; transient if host overloaded",
     "https://documentation.indigitall.com/docs/whatsapp-error-codes-guide-meta"},
    {"whatsapp",
     "131056",
     "Pair rate limit hit",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Too many messages to the same recipient in short time",
     "Wait and retry to same number",
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp ; "
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp",
     "131042",
     "Business eligibility payment issue",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "WABA payment/billing problem",
     "Needs billing fix before any resend",
     "https://help.chakrahq.com/chat/faqs/message-delivery-failure-error-codes-rejected-by-whatsapp ; "
     "https://wolkvox.helpjuice.com/en_US/como-funciona-el-webhook-de-whatsapp"},
    {"whatsapp",
     "131031",
     "Account has been locked",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "WABA blocked for policy/verification issues",
     "Needs account remediation",
     "https://wolkvox.helpjuice.com/en_US/como-funciona-el-webhook-de-whatsapp"},
    {"whatsapp",
     "130472",
     "User's number is part of an experiment",
     {outcome::permanent, category::carrier, retry_advice::none},
     outcome::permanent,
     "Meta withheld message as part of an experiment",
     "Will not be delivered to this user",
     "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered"},
    {"whatsapp",
     "470",
     "Outside support window (On-Premises era)",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Free-form message outside 24h customer service window",
     "Send approved template first",
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp",
     "368",
     "Temporarily blocked for policies violations",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "WABA restricted/disabled for platform policy violation",
     "Needs policy remediation",
     "https://niswey.com/knowledge-base/error-codes-meta"},
    {"whatsapp",
     "100",
     "Invalid parameter",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Unsupported or misspelled request parameter",
     "Fix request",
     "https://niswey.com/knowledge-base/error-codes-meta ; https://dualhook.com/docs/api-errors"},
    {"whatsapp",
     "131008",
     "Required parameter is missing",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Required parameter missing",
     "Fix request",
     "https://dualhook.com/docs/api-errors ; "
     "https://help.rvops.com/spread.chat-help-center/management-dashboard/triggers"},
    {"whatsapp",
     "132000",
     "Template param count mismatch",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Template variables do not match approved template",
     "Fix template parameters",
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp",
     "132001",
     "Template does not exist",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Template name/language not found or not approved",
     "Fix template",
     "https://dualhook.com/docs/api-errors ; "
     "https://help.rvops.com/spread.chat-help-center/management-dashboard/triggers"},
    {"whatsapp",
     "131016",
     "Service unavailable",
     {outcome::retryable, category::carrier, retry_advice::retry},
     outcome::retryable,
     "Service temporarily unavailable",
     "Retry with backoff",
     "https://dualhook.com/docs/api-errors"},
    {"whatsapp",
     "1",
     "API Unknown",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Invalid request or possible server error",
     "Check status page / request",
     "https://niswey.com/knowledge-base/error-codes-meta"},
    {"whatsapp",
     "2",
     "API Service",
     {outcome::retryable, category::carrier, retry_advice::retry},
     outcome::retryable,
     "Temporary due to downtime or overload",
     "Transient",
     "https://niswey.com/knowledge-base/error-codes-meta ; https://dualhook.com/docs/api-errors"},
    {"whatsapp",
     "4",
     "API Too Many Calls",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "App-level Graph API call rate limit reached",
     "Back off with jitter",
     "https://help.chakrahq.com/chat/faqs/whatsapp-api-error-code-troubleshooting/whatsapp-api-throttling-errors ; "
     "https://developers.aivo.co/engage/"},
    {"whatsapp",
     "80007",
     "Rate limit issues",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "WABA reached its rate limit",
     "Back off",
     "https://developers.aivo.co/engage/"},
    {"whatsapp",
     "190",
     "Access token has expired",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "Access token expired/invalid",
     "Configuration/credentials problem; not message-specific",
     "https://developers.aivo.co/engage/"},
    {"whatsapp",
     "10",
     "Permission Denied",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Permission not granted or removed",
     "Configuration problem",
     "https://developers.aivo.co/engage/"},
    // facebook
    {"facebook",
     "551",
     "This person isn't available right now",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "User blocked the Page, deactivated account or turned off messages",
     "Recipient unreachable on Messenger",
     "https://en.help.firstline.cc/feature/channels/facebook-messenger/troubleshooting ; "
     "https://help.salesforce.com/s/articleView?id=000388784&language=en_US&type=1"},
    {"facebook",
     "2",
     "An unexpected error has occurred. Please retry your request later.",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     outcome::retryable,
     "Transient platform error (also possible if customer blocked business)",
     "Meta says retry later; cap retries since block also maps here",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook",
     "2/2018344",
     "Service temporarily unavailable / Privacy ToS not accepted",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Page admin must accept privacy ToS for labels API",
     "Config issue",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook",
     "4",
     "Rate Limit error",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Application request limit reached / too many send requests",
     "Pause until below limit",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook",
     "4/2018354",
     "Marketing Messages minimum delay",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Marketing message sent faster than notification_messages_frequency",
     "Retry after the frequency window",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes ; "
     "https://help.sleekflow.io/en_US/facebook_messenger/troubleshooting-your-facebook-messenger-channel"},
    {"facebook",
     "9/2018352",
     "User is performing too many actions",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Customer exceeded allowed marketing message limit",
     "Retry later",
     "https://help.sleekflow.io/en_US/facebook_messenger/troubleshooting-your-facebook-messenger-channel"},
    {"facebook",
     "1/99",
     "An unknown error occurred",
     {outcome::unknown, category::configuration, retry_advice::none},
     outcome::unknown,
     "Often missing permissions/advanced access",
     "Usually config",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook",
     "1/1357046",
     "Received invalid JSON reply",
     {outcome::unknown, category::carrier, retry_advice::none},
     outcome::unknown,
     "Endpoint returned error despite messages sent (system delay)",
     "May already be delivered; avoid blind resend",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes"},
    {"facebook",
     "190",
     "Invalid OAuth access token",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "Token invalid/expired",
     "Config/credentials",
     "https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes ; "
     "https://en.help.firstline.cc/feature/channels/facebook-messenger/troubleshooting"},
    // line
    {"line",
     "400",
     "Bad Request",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Problem with the request",
     "Fix request",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "401",
     "Unauthorized",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "No valid channel access token",
     "Config/credentials",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "403",
     "Forbidden",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "No permission for resource (plan/account)",
     "Config",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "404",
     "Not Found",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "User ID missing, not a friend, or blocked the account",
     "Recipient unreachable",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    // Disagrees with the CSV (permanent): a 409 means an earlier request with the same X-Line-Retry-Key was already
    // accepted, so the message has probably been delivered; calling it a permanent failure would count a delivered
    // message as failed. Unknown keeps the CSV's advice (do not resend) without that claim.
    {"line",
     "409",
     "Conflict",
     {outcome::unknown, category::unknown, retry_advice::none},
     outcome::permanent,
     "Request with same X-Line-Retry-Key already accepted",
     "Already accepted; do not resend (treat as duplicate)",
     "https://developers.line.biz/en/docs/messaging-api/retrying-api-request ; "
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "410",
     "Gone",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "Resource no longer available",
     "Resource gone; resend cannot succeed",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "413",
     "Payload Too Large",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Request exceeds 2MB",
     "Shrink request",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "415",
     "Unsupported Media Type",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Uploaded media type not supported",
     "Change media type",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {"line",
     "429",
     "Too Many Requests",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Monthly message quota exceeded, rate limit, or concurrency limit",
     "Rate/concurrency: retry later; monthly quota: not until quota resets",
     "https://autobiz.help/pro/kanri/line/archives/33997 ; "
     "https://developers.line.biz/en/reference/messaging-api/nojs"},
    {"line",
     "500",
     "Internal Server Error",
     {outcome::retryable, category::carrier, retry_advice::retry},
     outcome::retryable,
     "Server error or timeout; message may still have been delivered",
     "Retry with X-Line-Retry-Key to avoid duplicates",
     "https://developers.line.biz/en/docs/messaging-api/retrying-api-request"},
    // bird-v1-sms
    {"bird-v1-sms",
     "invalid_destination",
     "invalid_destination",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Number not assigned, ported out, or malformed",
     "Bad number",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "unreachable",
     "unreachable",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     outcome::retryable,
     "Handset off or out of coverage",
     "Temporary",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "blocked_by_carrier",
     "blocked_by_carrier",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Carrier filtered the message",
     "Same content will be filtered again",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "blocked_by_recipient",
     "blocked_by_recipient",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Recipient device blocked the sender",
     "Recipient choice",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "landline_unreachable",
     "landline_unreachable",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Destination is a landline that does not accept SMS",
     "Bad destination type",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "content_rejected",
     "content_rejected",
     {outcome::permanent, category::content, retry_advice::none},
     outcome::permanent,
     "Carrier rejected the content",
     "Change content",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "sender_unregistered",
     "sender_unregistered",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Sender not registered for destination",
     "Needs registration",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "recipient_opted_out",
     "recipient_opted_out",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Recipient on suppression list",
     "Opt-out",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "provider_unavailable",
     "provider_unavailable",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     outcome::retryable,
     "Upstream failure after retries",
     "Bird already retried; retry later with backoff",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "insufficient_balance",
     "insufficient_balance",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "Workspace wallet balance insufficient",
     "Needs top-up; not auto-retryable",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-sms",
     "unknown",
     "unknown",
     {outcome::unknown, category::unknown, retry_advice::none},
     outcome::unknown,
     "Unmapped failure",
     "No mapping published",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    // bird-v1-whatsapp
    {"bird-v1-whatsapp",
     "insufficient_balance",
     "insufficient_balance",
     {outcome::permanent, category::account, retry_advice::none},
     outcome::permanent,
     "Workspace could not afford the send",
     "Needs top-up",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp",
     "price_not_found",
     "price_not_found",
     {outcome::permanent, category::configuration, retry_advice::none},
     outcome::permanent,
     "No price configured for destination/template",
     "Config",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp",
     "internal_error",
     "internal_error",
     {outcome::retryable, category::platform, retry_advice::retry},
     outcome::retryable,
     "Unexpected Bird-side failure",
     "Transient",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp",
     "undeliverable",
     "undeliverable",
     {outcome::permanent, category::recipient, retry_advice::none},
     outcome::permanent,
     "Recipient not reachable (not on WhatsApp or invalid number)",
     "Recipient-side",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp",
     "service_window_expired",
     "service_window_expired",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "24h customer care window closed; send a template",
     "Needs template",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp",
     "rate_limited",
     "rate_limited",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     outcome::retryable,
     "Send was throttled",
     "Back off",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
    {"bird-v1-whatsapp",
     "recipient_suppressed",
     "recipient_suppressed",
     {outcome::permanent, category::compliance, retry_advice::none},
     outcome::permanent,
     "Recipient on workspace suppression list",
     "Suppressed",
     "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
     "oapi.gen.go"},
};

constexpr bool every_source_has_a_field() noexcept {
  for (const code_row& row : code_literals) {
    if (field_of(row.source).empty()) return false;
  }
  return true;
}
static_assert(every_source_has_a_field(), "a CSV source of bird::codes needs its line in csv_fields");

}  // namespace detail

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::provider_prefix, detail::code_literals, detail::code_value)>(detail::provider_prefix, detail::code_literals,
                                                                         detail::code_value);
static_assert(triage::detail::rules_fit(code_rules));
inline constexpr auto codes = triage::detail::with_rules(detail::code_literals, code_rules);

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

/// A row's code as an integer, when it is one ("34", not "11XXX" or "2/2018344"), or as the range it
/// writes ("11XXX": [11000, 11999]), parsed once at compile time.
struct code_number {
  bool is_integer = false;
  std::int64_t value = 0;
  bool is_range = false;
  std::int64_t first = 0;
  std::int64_t last = 0;
};

namespace detail {
constexpr std::array<code_number, std::size(codes)> parse_code_numbers() noexcept {
  std::array<code_number, std::size(codes)> numbers{};
  for (std::size_t i = 0; i < std::size(codes); ++i) {
    numbers[i].is_integer = triage::detail::parse_integer(codes[i].code, numbers[i].value);
    numbers[i].is_range = parse_range_code(codes[i].code, numbers[i].first, numbers[i].last);
  }
  return numbers;
}
}  // namespace detail

/// code_numbers[i] is codes[i].code as an integer.
inline constexpr auto code_numbers = detail::parse_code_numbers();

/// The number of a row of `codes`.
constexpr const code_number& number_of(const code_row& row) noexcept {
  return code_numbers[static_cast<std::size_t>(&row - codes.data())];
}

/// The rows of `codes` whose CSV source is `source` (none for a source the table does not have).
constexpr span<code_row> rows_of(std::string_view source) noexcept {
  for (const detail::code_block& block : code_blocks) {
    if (block.source == source) return {codes.data() + block.first, block.count};
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
  triage::verdict verdict;
  std::string_view meaning;  ///< the Bird docs' description, or what this library assumes and why
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view source_field = "bird failure.source.name";
inline constexpr auto source_value = [](const source_row& row) { return triage::detail::rule_value(row.name); };

inline constexpr source_row source_literals[] = {
    // Before the message reaches a third-party platform: Bird's own services.
    {"pre-processing",
     "",
     false,
     false,
     {outcome::unknown, category::platform, retry_advice::none},
     "fails during processing, before being sent to a third-party platform; whether a resend can succeed "
     "depends on failure.code (11xxx validation, 12xxx service)",
     failure_sources_url},
    {"accounting",
     "",
     false,
     true,
     {outcome::permanent, category::account, retry_advice::none},
     "fails due to an accounting/billing service error, before being sent; a resend fails until billing is "
     "fixed (as the CSV's insufficient_balance rows)",
     failure_sources_url},
    {"contact",
     "",
     false,
     true,
     {outcome::unknown, category::recipient, retry_advice::none},
     "fails due to an issue with the contacts service, before being sent",
     failure_sources_url},
    {"touchpoint",
     "",
     false,
     true,
     {outcome::unknown, category::content, retry_advice::none},
     "fails due to an issue with the touchpoints/templates service, before being sent",
     failure_sources_url},
    // Errors returned by a platform: failure.source.code carries the platform's own code.
    {"sms-messagebird",
     "sms-messagebird",
     false,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the SMS platform and/or a downstream SMS carrier",
     failure_sources_url},
    {"email-messagebird",
     "",
     false,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the email platform (no code table published)",
     failure_sources_url},
    {"whatsapp",
     "whatsapp",
     false,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the WhatsApp platform (WhatsApp Cloud API error codes)",
     failure_sources_url},
    {"facebook",
     "facebook",
     false,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the Facebook platform (Messenger platform error codes)",
     failure_sources_url},
    {"line",
     "line",
     true,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the LINE platform (LINE error responses)",
     failure_sources_url},
    {"apple-business-chat",
     "",
     true,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the Apple Messages platform; its response-code table is not available, so codes "
     "classify by HTTP class",
     failure_sources_url},
    {"voice",
     "",
     false,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the voice platform (no code table published)",
     failure_sources_url},
    // The seed: "Refer to Messenger platform error codes" for instagram, so the facebook rows apply.
    {"instagram",
     "facebook",
     false,
     false,
     {outcome::unknown, category::carrier, retry_advice::none},
     "error returned from the Instagram platform (Messenger platform error codes)",
     failure_sources_url},
};

}  // namespace detail

inline constexpr auto source_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::source_field, detail::source_literals, detail::source_value)>(detail::source_field, detail::source_literals,
                                                                          detail::source_value);
static_assert(triage::detail::rules_fit(source_rules));
inline constexpr auto sources = triage::detail::with_rules(detail::source_literals, source_rules);

/// The class of an HTTP status code, for the sources whose codes are HTTP statuses (LINE, Apple Messages)
/// when the exact code is not in a table. First matching row wins.
struct http_class_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view http_class_field = "bird failure.source.code";
inline constexpr auto http_class_value = [](const http_class_row& row) {
  return triage::detail::rule_value::range(row.first, row.last);
};

inline constexpr http_class_row http_class_literals[] = {
    {429,
     429,
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "too many requests: retry once below the limit",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {400,
     499,
     {outcome::permanent, category::carrier, retry_advice::none},
     "the platform refused the request; the same request fails again",
     "https://autobiz.help/pro/kanri/line/archives/33997"},
    {500,
     599,
     {outcome::retryable, category::carrier, retry_advice::retry},
     "server error or timeout at the platform; a retry may succeed (it may also have been delivered)",
     "https://developers.line.biz/en/docs/messaging-api/retrying-api-request"},
};

}  // namespace detail

inline constexpr auto http_class_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::http_class_field, detail::http_class_literals, detail::http_class_value)>(
    detail::http_class_field, detail::http_class_literals, detail::http_class_value);
static_assert(triage::detail::rules_fit(http_class_rules));
inline constexpr auto http_classes = triage::detail::with_rules(detail::http_class_literals, http_class_rules);

/// A Channels `status` the docs name, with its verdict when nothing more specific decides.
/// delivery_failed is not here: the CSV's messagebird-legacy-sms-status row of the same name decides it.
struct status_row {
  message_status status;
  triage::verdict verdict;
  std::string_view meaning;  ///< the Bird docs' words
  std::string_view source_url;
};

inline constexpr std::string_view message_status_url =
    "https://docs.bird.com/api/channels-api/supported-channels/programmable-email/message-status";

namespace detail {

inline constexpr std::string_view status_field = "bird status";
inline constexpr auto status_value = [](const status_row& row) {
  return triage::detail::rule_value(to_string(row.status));
};

inline constexpr status_row status_literals[] = {
    {message_status::accepted,
     {outcome::pending, category::none, retry_advice::none},
     "An outgoing message has been accepted by the Channels API",
     message_status_url},
    {message_status::processing,
     {outcome::pending, category::none, retry_advice::none},
     "The lifecycle order is accepted, processing, sent, and delivered.",
     "https://docs.bird.com/api/conversations-api/api-reference/conversations-messaging/update-conversation-message"},
    {message_status::sent,
     {outcome::pending, category::none, retry_advice::none},
     "Channels API has attempted to send an outgoing message to a platform",
     message_status_url},
    {message_status::delivered,
     {outcome::delivered, category::none, retry_advice::none},
     "the message was delivered (incoming messages are created with status delivered)",
     "https://docs.bird.com/api/channels-api/message-status-and-interactions"},
    {message_status::sending_failed,
     {outcome::unknown, category::unknown, retry_advice::none},
     "An outgoing message has failed to be sent to a platform (nothing says why)",
     message_status_url},
};

}  // namespace detail

inline constexpr auto status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::status_literals, detail::status_value)>(detail::status_field, detail::status_literals,
                                                                          detail::status_value);
static_assert(triage::detail::rules_fit(status_rules));
inline constexpr auto statuses = triage::detail::with_rules(detail::status_literals, status_rules);

/// The row of a failure.source.name, or nullptr.
constexpr const source_row* find_source(std::string_view name) noexcept {
  return triage::detail::find_row(sources, name, &source_row::name);
}

/// The row of a status, or nullptr (other, absent and delivery_failed have none).
constexpr const status_row* find_status(message_status status) noexcept {
  return triage::detail::find_row(statuses, status, &status_row::status);
}

/// The HTTP class of a code, or nullptr.
constexpr const http_class_row* find_http_class(std::int64_t code) noexcept {
  return triage::detail::find_range(http_classes, code);
}

/// An exact failure.code row, else the range row that contains the code, or nullptr.
constexpr const code_row* find_failure_code(std::int64_t code) noexcept {
  const span<code_row> rows = rows_of(failure_code_source);
  for (const code_row& row : rows) {
    if (number_of(row).is_integer && number_of(row).value == code) return &row;
  }
  for (const code_row& row : rows) {
    const code_number& number = number_of(row);
    if (number.is_range && code >= number.first && code <= number.last) return &row;
  }
  return nullptr;
}

namespace detail {

/// A table code matches a payload code when the texts are equal, or when both are integers of the same
/// value: a code sent as the number 34 or as the string "034" is the row "34".
constexpr bool code_equals(std::string_view row_code, std::string_view text) noexcept {
  text = triage::detail::trim_ascii_space(text);
  if (triage::detail::same_text(row_code, text)) return true;
  std::int64_t a = 0;
  std::int64_t b = 0;
  return triage::detail::parse_integer(row_code, a) && triage::detail::parse_integer(text, b) && a == b;
}

/// A slug matches text that spells it with spaces or hyphens for underscores, in any ASCII case: the
/// Channels `details` is "unknown_subscriber", the reason's human part and the legacy statusReason say
/// "unknown subscriber". `text` is already trimmed of white space (find_slug trims it once for all rows).
constexpr bool slug_equals(std::string_view text, std::string_view slug) noexcept {
  if (text.size() != slug.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = triage::detail::to_ascii_lower(text[i]);
    if (c == ' ' || c == '-') c = '_';
    if (c != slug[i]) return false;
  }
  return true;
}

/// The row of `table` whose code equals `text` in the sense of code_equals (the payload's text is trimmed and
/// parsed once, not once per row).
constexpr const code_row* find_code(std::string_view table, std::string_view text) noexcept {
  text = triage::detail::trim_ascii_space(text);
  std::int64_t value = 0;
  const bool numeric = triage::detail::parse_integer(text, value);
  for (const code_row& row : rows_of(table)) {
    if (triage::detail::same_text(row.code, text)) return &row;
    const code_number& number = number_of(row);
    if (numeric && number.is_integer && number.value == value) return &row;
  }
  return nullptr;
}

/// A row whose code is exactly `text` (for `status`, which the Channels API sends verbatim).
constexpr const code_row* find_exact(std::string_view table, std::string_view text) noexcept {
  for (const code_row& row : rows_of(table)) {
    if (triage::detail::same_text(row.code, text)) return &row;
  }
  return nullptr;
}

constexpr const code_row* find_slug(std::string_view table, std::string_view text) noexcept {
  text = triage::detail::trim_ascii_space(text);
  for (const code_row& row : rows_of(table)) {
    if (slug_equals(text, row.code)) return &row;
  }
  return nullptr;
}

}  // namespace detail

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_TABLES_HPP
