#ifndef TRIAGE_BANDWIDTH_TABLES_HPP
#define TRIAGE_BANDWIDTH_TABLES_HPP

// Every Bandwidth value the classifier knows, with its verdict: the single source of truth for
// bandwidth::classify(), the tests that check each row, and the README's tables.
//
// Sources (per row in `source_url`, verbatim from shared/reference/bandwidth_error_codes.csv):
//  - event types: Bandwidth's OpenAPI spec, `callback` discriminator, `statusCallbackTypeEnum`,
//    `inboundCallbackTypeEnum`,
//    https://github.com/Bandwidth/java-sdk/blob/09c93ffcf6bc8982e6a070245c037c0486098c6d/bandwidth.yml
//  - error codes: Bandwidth's last public error table (api-docs errors.mdx, Sep 2023), codes removed from the
//    docs by 2021 (kept so archived payloads still classify), and six newer codes known only from a
//    third-party transcription of dev.bandwidth.com (flagged source::third_party)
//  - ranges: the code scheme of errors.mdx ("the most significant digit indicates whether the error is
//    client (customer) or server in nature while the second most significant indicates whether the error
//    was reported by Bandwidth or the downstream carrier")
//
// Outcomes follow the CSV's suggested outcome for every code. The CSV gives no category and retry advice
// column: those are this library's reading of each row's meaning and of Bandwidth's retry statement for the
// row's group (4xxx "Repeating the request will produce the same result"; 51xx/52xx/55xx/5999 "the customer
// can retry the request and expect a different result"; 56xx "limit to a single retry attempt").

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/detail/enum_table.hpp"
#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bandwidth {

/// A value of the event `type` and what it means for the message. Rule: "bandwidth type <type>".
struct type_row {
  std::string_view type;
  bandwidth::kind kind;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr std::string_view spec_url =
    "https://github.com/Bandwidth/java-sdk/blob/09c93ffcf6bc8982e6a070245c037c0486098c6d/bandwidth.yml";
/// The Message Queued event page Bandwidth published for MMS delivery receipts on 2020-07-28 and renamed
/// Message Sending on 2020-08-10 (bandwidth.github.io a3eb5dce): callbacks of those weeks sit in archives.
inline constexpr std::string_view queued_2020_url =
    "https://github.com/Bandwidth/bandwidth.github.io/blob/361428a3cefa8f91d5f0aa587fb136ad452ff8c8/messaging/"
    "callbacks/messageQueued.md";

/// The spec of May 2025, the last with the multichannel callbacks (`multiChannelCallbackData`,
/// `multiChannelStatusEnum`); the SDKs dropped them in Aug 2025 (python-sdk 5f83918).
inline constexpr std::string_view multichannel_2025_url =
    "https://github.com/Bandwidth/python-sdk/blob/c7b0321a39988fe4bfbaa5b3565aefc6320991ee/bandwidth.yml";

namespace detail {

inline constexpr std::string_view type_field = "bandwidth type";
inline constexpr std::string_view code_field = "bandwidth errorCode";

inline constexpr auto type_value = [](const type_row& row) { return triage::detail::rule_value(row.type); };

// message-read is `none` although it implies delivery: DESIGN.md lists a read receipt as a callback that
// reports no outbound delivery, and the RBM message's own delivered/failed event still comes.
inline constexpr type_row type_literals[] = {
    {"message-received",
     kind::message_received,
     {outcome::none, category::none, retry_advice::none},
     "an inbound message to one of your numbers",
     spec_url},
    {"message-queued",
     kind::message_queued,
     {outcome::pending, category::none, retry_advice::none},
     "Message queued for delivery: an MMS between received and sent (2020 docs; later message-sending)",
     queued_2020_url},
    {"message-sending",
     kind::message_sending,
     {outcome::pending, category::none, retry_advice::none},
     "Bandwidth is sending the message to the upstream provider",
     spec_url},
    {"message-sent",
     kind::message_sent,
     {outcome::pending, category::none, retry_advice::none},
     "the message has left the Bandwidth network and is in transit to the provider",
     spec_url},
    {"message-delivered",
     kind::message_delivered,
     {outcome::delivered, category::none, retry_advice::none},
     "delivered (to the handset for toll-free and short codes where the carrier says so, else to the carrier)",
     spec_url},
    // Used only when the event carries no errorCode: a failure with no reason to act on.
    {"message-failed",
     kind::message_failed,
     {outcome::unknown, category::unknown, retry_advice::none},
     "the message could not be sent to the intended recipient",
     spec_url},
    {"message-read",
     kind::message_read,
     {outcome::none, category::none, retry_advice::none},
     "the RBM message was read by the recipient",
     spec_url},
    {"suggestion-response",
     kind::suggestion_response,
     {outcome::none, category::none, retry_advice::none},
     "the recipient's response to an RBM suggestion",
     spec_url},
    {"requested-location-response",
     kind::requested_location_response,
     {outcome::none, category::none, retry_advice::none},
     "the recipient's response to an RBM location request",
     spec_url},
    {"QUEUED",
     kind::multichannel_queued,
     {outcome::pending, category::none, retry_advice::none},
     "multichannel (2025): the message is queued, not yet sent on a channel",
     multichannel_2025_url},
    {"SENDING",
     kind::multichannel_sending,
     {outcome::pending, category::none, retry_advice::none},
     "multichannel (2025): the message is being sent on a channel",
     multichannel_2025_url},
    {"DELIVERED",
     kind::multichannel_delivered,
     {outcome::delivered, category::none, retry_advice::none},
     "multichannel (2025): the message was delivered on one of its channels",
     multichannel_2025_url},
    // As message-failed: with an errorCode (none in the schema, but the same events carry it) the code decides.
    {"FAILED",
     kind::multichannel_failed,
     {outcome::unknown, category::unknown, retry_advice::none},
     "multichannel (2025): the message failed on every channel of its list",
     multichannel_2025_url},
};

}  // namespace detail

inline constexpr auto type_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::type_field, detail::type_literals, detail::type_value)>(detail::type_field, detail::type_literals,
                                                                    detail::type_value);
static_assert(triage::detail::rules_fit(type_rules));
inline constexpr auto types = triage::detail::with_rules(detail::type_literals, type_rules);

/// The fallback of an event whose `type` is absent or not in `types` (no row decides, so its rule is written
/// out).
inline constexpr type_row unknown_type = {
    "",
    kind::unknown,
    {outcome::unknown, category::unknown, retry_advice::none, "bandwidth type not recognised"},
    "a type this library does not know (kept raw), or no type",
    spec_url};

/// Where a code row comes from.
enum class source : std::uint8_t {
  bandwidth_docs,  ///< Bandwidth's own public error table (or, for 9902, its callback docs)
  legacy,          ///< Bandwidth's older tables; removed from the docs by 2021
  third_party,     ///< only a third-party transcription of dev.bandwidth.com; not confirmed by Bandwidth
};

inline constexpr enum_name<source> source_names[] = {
    {source::bandwidth_docs, "bandwidth_docs"}, {source::legacy, "legacy"}, {source::third_party, "third_party"}};
constexpr const auto& enum_table(source) noexcept { return source_names; }

/// An `errorCode` of a message-failed event. Rule: "bandwidth errorCode <code>".
struct code_row {
  std::int64_t code;
  std::string_view name;  ///< Bandwidth's name, verbatim with its typos; empty when the source gives none
  triage::verdict verdict;
  bandwidth::source source;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr std::string_view errors_page =
    "https://github.com/Bandwidth/api-docs/blob/2fcdf57ea73fcd205641a46a10ae402bd6a9cd91/site/docs/messaging/"
    "errors.mdx ; https://dev.bandwidth.com/docs/messaging/errors/";
inline constexpr std::string_view legacy_2020_table =
    "https://github.com/Bandwidth/bandwidth.github.io/blob/b8265954720a45378319bab3f2288c03916a8862/messaging/"
    "errors/codes.md";
inline constexpr std::string_view third_party_table =
    "third-party only: Go table in module github.com/spoked/mcpd (search-index file id 58895805103) that says it "
    "was transcribed from https://dev.bandwidth.com/docs/messaging/errors/ on 2026-08-31; NOT confirmed in any "
    "Bandwidth-owned text available here";

namespace detail {

inline constexpr auto code_value = [](const code_row& row) { return triage::detail::rule_value(row.code); };

// Sorted by code (checked below): find_code() bisects.
inline constexpr code_row code_literals[] = {
    {4001,
     "service-not-allowed",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Catch-all: the service is not allowed for this account/number/format",
     errors_page},
    {4121,
     "",
     {outcome::permanent, category::content, retry_advice::none},
     source::legacy,
     "Legacy: rejected as spam",
     legacy_2020_table},
    {4301,
     "malformed-invalid-encoding",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Text has characters Bandwidth cannot re-encode for the destination",
     errors_page},
    {4302,
     "malformed-invalid-from-number",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "From number is not a routable/valid number",
     errors_page},
    {4303,
     "malformed-invalid-to-number",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "To number is not a routable/valid number",
     errors_page},
    {4350,
     "malformed-for-destination",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Passed intake validation but failed at send; usually an invalid To number",
     errors_page},
    // The sender's own expiration passed while the message waited: configuration (the deadline it set), not
    // unreachable (the recipient was never tried).
    {4360,
     "message-not-sent-expiration-date-passed",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Sender-set expiration passed before Bandwidth could send",
     errors_page},
    {4401,
     "rejected-routing-error",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Bandwidth cannot route it, e.g. from == to or a message loop",
     errors_page},
    {4403,
     "rejected-forbidden-from-number",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Messaging forbidden on the From number (not yours, not enabled, disconnected, invalid)",
     errors_page},
    {4404,
     "rejected-forbidden-to-number",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Messaging forbidden on the To number (inactive, not messaging-enabled, invalid)",
     errors_page},
    {4405,
     "rejected-unallocated-from-number",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "From number not active/allocated in the industry",
     errors_page},
    {4406,
     "rejected-unallocated-to-number",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "To number is valid NANP but not assigned to any carrier",
     errors_page},
    {4407,
     "rejected-account-not-defined-from-number",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "From number not tied to this account / not configured to send",
     errors_page},
    {4408,
     "rejected-account-not-defined-to-number",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "To number not tied to an account / not configured to receive",
     errors_page},
    // "usually destination does not support MMS": the message type is the problem (content), as for 4700.
    {4409,
     "rejected-invalid-from-profile",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Could not build destination profile; usually destination does not support MMS",
     errors_page},
    {4410,
     "media-unavailable",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Bandwidth could not download the media from the media URL",
     errors_page},
    {4411,
     "rejected-message-size-limit-exceeded",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Total MMS attachment size over the limit",
     errors_page},
    {4412,
     "media-content-invalid",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Media Content-Type not supported/parseable",
     errors_page},
    {4420,
     "rejected-carrier-does-not-exist",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Upstream carrier for the message not in Bandwidth config",
     errors_page},
    {4421,
     "rejected-forbidden-no-destination",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Account not provisioned to send to this destination",
     errors_page},
    {4431,
     "rejected-forbidden-shortcode",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Account not provisioned for short code messaging",
     errors_page},
    {4432,
     "rejected-forbidden-country",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Account not enabled for this country/zone (or MMS out of reach)",
     errors_page},
    {4433,
     "rejected-forbidden-tollfree",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Account not enabled for toll-free messaging",
     errors_page},
    {4434,
     "rejected-forbidden-tollfree-for-recipient",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Messaging to this toll-free number not allowed (not enabled/inactive)",
     errors_page},
    // The request must be split: the message as sent is invalid (content).
    {4435,
     "forbidden-too-many-recipients",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Group message over the 10-participant limit",
     errors_page},
    {4451,
     "rejected-wrong-user-id",
     {outcome::permanent, category::account, retry_advice::none},
     source::bandwidth_docs,
     "User id is not valid",
     errors_page},
    {4452,
     "rejected-wrong-application-id",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Application id invalid or not on this account",
     errors_page},
    {4470,
     "rejected-spam-detected",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Blocked as spam by Bandwidth's own filtering (volume, content, SHAFT...)",
     errors_page},
    {4475,
     "destination-rejected-due-to-user-opt-out",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::third_party,
     "(Unverified) Bandwidth-side opt-out block; 44xx twin of 4775",
     third_party_table},
    {4476,
     "blocked-unregistered",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::third_party,
     "(Unverified) Blocked: sending number not on a registered 10DLC campaign",
     "third-party only: Go table in module github.com/spoked/mcpd (search-index file id 58895805103) that says it was "
     "transcribed from https://dev.bandwidth.com/docs/messaging/errors/ on 2026-08-31; NOT confirmed in any "
     "Bandwidth-owned text available here ; also named in two unrelated third-party notes (index ids 58997715169, "
     "58605925821) and a React dashboard (11158318902)"},
    {4481,
     "rejected-from-number-in-blacklist",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "From number flagged by Bandwidth as prohibited (spam/P2P violations)",
     errors_page},
    {4482,
     "rejected-to-number-in-blacklist",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "Recipient number is blocked from receiving",
     errors_page},
    {4492,
     "reject-emergency",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Messaging to an emergency number is forbidden",
     errors_page},
    {4493,
     "rejected-unauthorized",
     {outcome::permanent, category::account, retry_advice::none},
     source::bandwidth_docs,
     "Sender not authorized to send from this account",
     errors_page},
    // SMS/MMS not supported for this destination: sending another message type may work (content).
    {4700,
     "invalid-service-type",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: SMS/MMS not supported by carrier or handset",
     errors_page},
    // The CSV's own call (Bandwidth gives no retry advice for 47xx): at most one delayed retry.
    {4701,
     "destination-service-unavailable",
     {outcome::retryable, category::unreachable, retry_advice::retry_once},
     source::bandwidth_docs,
     "Carrier: destination unreachable or SMS service not available",
     errors_page},
    // Unknown, not retryable: the carrier may still deliver it by store-and-forward; a resend may duplicate.
    {4702,
     "destination-subscriber-unavailable",
     {outcome::unknown, category::unreachable, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: subscriber unavailable (handset off, SIM/voicemail full, barred); carrier may have available it for "
     "Store & Forward retry",
     errors_page},
    {4710,
     "media-unavailable",
     {outcome::permanent, category::content, retry_advice::none},
     source::third_party,
     "(Unverified) Carrier could not fetch the media; 47xx twin of 4410",
     third_party_table},
    {4711,
     "rejected-message-size-limit-exceeded",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier/vendor could not take the MMS: attachment too large",
     errors_page},
    {4712,
     "media-content-invalid",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: media content type not supported",
     errors_page},
    {4720,
     "invalid-destination-address",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: invalid destination (not in numbering plan, landline, or T-Mobile user blocks TF/short code)",
     errors_page},
    {4721,
     "destination-tn-deactivated",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Recipient number is on the deactivation list",
     errors_page},
    // No route at the carrier, no better cause known (carrier); Bandwidth files it as a client error.
    {4730,
     "no-route-to-destination-carrier",
     {outcome::permanent, category::carrier, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: no route (incl. no roaming route / SS7 route / routing denied)",
     errors_page},
    {4735,
     "too-many-recipients",
     {outcome::permanent, category::content, retry_advice::none},
     source::third_party,
     "(Unverified) Carrier: too many recipients; 47xx twin of 4435",
     third_party_table},
    {4740,
     "invalid-source-address-address",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: invalid source address (not in numbering plan, not authorized, unsupported type)",
     errors_page},
    {4750,
     "destination-rejected-message",
     {outcome::permanent, category::carrier, retry_advice::none},
     source::bandwidth_docs,
     "Carrier rejected without a specific reason (e.g. AT&T prepaid out of funds, subscriber blocks type, spam)",
     errors_page},
    {4751,
     "destination-rejected-message-size-invalid",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: message too long / invalid length",
     errors_page},
    {4752,
     "destination-rejected-malformed",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: malformed message (blank, bad encoding/TLV/PDU, too long for SMSC...)",
     errors_page},
    {4753,
     "destination-rejected-handset",
     {outcome::permanent, category::recipient, retry_advice::none},
     source::bandwidth_docs,
     "Handset rejected the message",
     errors_page},
    {4754,
     "unsupported-channel",
     {outcome::permanent, category::content, retry_advice::none},
     source::third_party,
     "(Unverified) Channel not supported for this destination (likely RBM/multichannel)",
     third_party_table},
    {4770,
     "destination-spam-detected",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier blocked as spam (content, SHAFT, flagged sender)",
     errors_page},
    {4771,
     "rejected-shortened-url",
     {outcome::permanent, category::content, retry_advice::none},
     source::bandwidth_docs,
     "Carrier rejected because of a (public) shortened URL",
     errors_page},
    {4772,
     "rejected-tn-blocked",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "Sender or receiver blocked on the downstream platform",
     errors_page},
    {4773,
     "inactive-campaign",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "10DLC campaign for this TN not active for destination (pending/rejected/suspended)",
     errors_page},
    {4774,
     "provisioning-issue",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "TN provisioning in the industry database is wrong/incomplete (10DLC)",
     errors_page},
    {4775,
     "destination-rejected-due-to-user-opt-out",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "Carrier: recipient has opted out of this sender",
     errors_page},
    // 4780/4781/4785: a quota or throttle must pass first, hence retry_later rather than retry.
    {4780,
     "volume-violation-tmo",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     source::bandwidth_docs,
     "T-Mobile: 10DLC brand daily volume limit exceeded",
     errors_page},
    {4781,
     "volume-violation-att",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     source::bandwidth_docs,
     "AT&T: 10DLC campaign rate limit exceeded or other AT&T throttling (incl. high spam rates)",
     errors_page},
    {4785,
     "volumetric-violation",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     source::bandwidth_docs,
     "Carrier volumetric violation: over allotted limit",
     errors_page},
    {4790,
     "destination-rejected-sc-not-allowed",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "Short code blocked for this destination by the operator",
     errors_page},
    {4791,
     "destination-rejected-campaign-not-allowed",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "Short code campaign not allowed / blocked by operator",
     errors_page},
    {4792,
     "destination-rejected-sc-not-provisioned",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Short code not provisioned on the operator network",
     errors_page},
    {4793,
     "destination-rejected-sc-expired",
     {outcome::permanent, category::configuration, retry_advice::none},
     source::bandwidth_docs,
     "Short code expired with the operator",
     errors_page},
    // Meaning unconfirmed; "expired" reads as the validity period running out (unreachable), outcome unknown.
    {4794,
     "destination-rejected-expired",
     {outcome::unknown, category::unreachable, retry_advice::none},
     source::third_party,
     "(Unverified) Carrier rejected as expired; exact meaning not found",
     third_party_table},
    {4795,
     "tfn-not-verified",
     {outcome::permanent, category::compliance, retry_advice::none},
     source::bandwidth_docs,
     "Toll-free number not verified (or spam on unverified TFN)",
     errors_page},
    {5100,
     "temporary-app-error",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::bandwidth_docs,
     "Temporary error in a Bandwidth application",
     errors_page},
    // Bandwidth's text for 5101: "Sender should send this messages later".
    {5101,
     "temporary-app-shutdown",
     {outcome::retryable, category::platform, retry_advice::retry_later},
     source::bandwidth_docs,
     "Bandwidth app going down; message not received",
     errors_page},
    // 5106 and 5201: Bandwidth already retried delivery itself, so one more attempt at most (CSV: cap attempts).
    {5106,
     "impossible-to-route",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     source::bandwidth_docs,
     "Impossible to route / delivery retries already failed",
     errors_page},
    {5111,
     "temporary-app-connection-closed",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::bandwidth_docs,
     "Message arrived for a connection already removed",
     errors_page},
    {5112,
     "",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::legacy,
     "Legacy: Bandwidth application error",
     legacy_2020_table},
    {5143,
     "",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::legacy,
     "Legacy: Bandwidth application error",
     legacy_2020_table},
    {5144,
     "",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::legacy,
     "Legacy: Bandwidth application error",
     legacy_2020_table},
    {5146,
     "",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::legacy,
     "Legacy: Bandwidth application error",
     legacy_2020_table},
    {5201,
     "temporary-rout-error-retries-exceeded",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     source::bandwidth_docs,
     "Bandwidth expired the message after its own delivery retries failed",
     errors_page},
    {5211,
     "temporary-app-error-app-busy",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::bandwidth_docs,
     "Bandwidth application temporarily busy",
     errors_page},
    {5220,
     "temporary-store-error",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::bandwidth_docs,
     "Could not save message to store; not received",
     errors_page},
    {5231,
     "discarded-concatenation-timeout",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::bandwidth_docs,
     "Not all parts of a multipart message arrived",
     errors_page},
    // 5500/5501: failures reported by the destination carrier, filed by Bandwidth as its own (CSV: single retry).
    {5500,
     "message-send-failed",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     source::bandwidth_docs,
     "General send failure reported by destination carrier",
     errors_page},
    {5501,
     "message-send-failed",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     source::bandwidth_docs,
     "Unable to send: no destination available",
     errors_page},
    {5503,
     "",
     {outcome::retryable, category::platform, retry_advice::retry},
     source::legacy,
     "Legacy: service unavailable",
     legacy_2020_table},
    // Queue full / congestion is a throughput problem (rate_limit); 56xx: "limit to a single retry attempt".
    {5600,
     "destination-carrier-queue-full",
     {outcome::retryable, category::rate_limit, retry_advice::retry_once},
     source::bandwidth_docs,
     "Carrier unavailable: congestion, vendor queue full, throttling",
     errors_page},
    {5610,
     "submit_ sm-or-submit_ multi-failed",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     source::bandwidth_docs,
     "Carrier application error: submit (or cancel) failed",
     errors_page},
    {5611,
     "temporary-route-error-retries-exceeded",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     source::legacy,
     "Legacy: carrier expired the message after its own retries failed",
     "https://github.com/Bandwidth/bandwidth.github.io/blob/eb056c370481c47f88ecf086d10ffc9687259aef/messaging/errors/"
     "codes.md"},
    {5620,
     "destination-app-error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     source::bandwidth_docs,
     "General carrier application error",
     errors_page},
    // No acknowledgement: the carrier may or may not have the message; a resend may duplicate.
    {5630,
     "message-not-acknowle",
     {outcome::unknown, category::carrier, retry_advice::none},
     source::bandwidth_docs,
     "NACK: no response/acknowledgement received from the carrier",
     errors_page},
    {5650,
     "destination-failed",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     source::bandwidth_docs,
     "Carrier reports failure to send to the operator or handset",
     errors_page},
    // Unknown error inside Bandwidth's core: non-billable, but unexplained, so one retry (CSV: single retry).
    {5999,
     "unknown-error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     source::bandwidth_docs,
     "Unknown error inside Bandwidth core",
     errors_page},
    // Not a failure: no receipt within Bandwidth's two-hour window; often delivered. Never a resend trigger.
    {9902,
     "delivery-receipt-expired",
     {outcome::unknown, category::unknown, retry_advice::none},
     source::bandwidth_docs,
     "No delivery receipt within Bandwidth's DLR window (two hours); reason unknown",
     "https://github.com/Bandwidth/api-docs/blob/2fcdf57ea73fcd205641a46a10ae402bd6a9cd91/site/docs/messaging/"
     "errors.mdx ; https://dev.bandwidth.com/docs/messaging/errors/ ; "
     "https://support.bandwidth.com/hc/en-us/articles/16862065380887-Why-did-I-get-a-9902-or-902-error-for-SMS ; "
     "https://github.com/Bandwidth/bandwidth.github.io/blob/7ed4d49b82214657ade7621d3f4841bdbea56121/messaging/"
     "callbacks/messageFailed.md"},
    // A carrier failure code Bandwidth has not mapped (carrier); cause unknown, do not resend blindly.
    {9999,
     "unknown-error",
     {outcome::unknown, category::carrier, retry_advice::none},
     source::bandwidth_docs,
     "Carrier returned a failure code Bandwidth has not mapped",
     errors_page},
};

}  // namespace detail

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_literals, detail::code_value)>(detail::code_field, detail::code_literals,
                                                                    detail::code_value);
static_assert(triage::detail::rules_fit(code_rules));
inline constexpr auto codes = triage::detail::with_rules(detail::code_literals, code_rules);
static_assert(triage::detail::sorted_and_unique(codes, &code_row::code),
              "bandwidth::codes must stay sorted by code for find_code()");

/// The verdict of a code that is not in `codes`, by its place in Bandwidth's code scheme. The first row whose
/// [first, last] holds the code decides; a code in no row is unknown/unknown (`unknown_code`). Rule:
/// "bandwidth errorCode <first>-<last>".
struct code_range_row {
  std::int64_t first;
  std::int64_t last;
  triage::verdict verdict;
  std::string_view meaning;  ///< Bandwidth's statement for the group
  std::string_view source_url;
};

namespace detail {

inline constexpr auto code_range_value = [](const code_range_row& row) {
  return triage::detail::rule_value::range(row.first, row.last);
};

// An unrecognised 5xxx code gets retry_once even where Bandwidth's group allows unlimited retries: the code
// is new to this library, and one retry bounds the cost of being wrong about it.
inline constexpr code_range_row code_range_literals[] = {
    {4700,
     4799,
     {outcome::permanent, category::carrier, retry_advice::none},
     "4xxx client errors, second digit 7: rejected by the carrier; \"Repeating the request will produce the same "
     "result.\"",
     errors_page},
    {4000,
     4999,
     {outcome::permanent, category::unknown, retry_advice::none},
     "4xxx client errors detected by Bandwidth: \"Repeating the request will produce the same result.\"",
     errors_page},
    {5600,
     5699,
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "56xx carrier reported service failures: \"a retry may also yield a different result however the customer "
     "should limit to a single retry attempt\"",
     errors_page},
    {5000,
     5999,
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "5xxx server errors at Bandwidth: \"For Bandwidth failures, the customer can retry the request and expect a "
     "different result.\"",
     errors_page},
    {9000,
     9999,
     {outcome::unknown, category::unknown, retry_advice::none},
     "9xxx: \"related to downstream failures, but the specific reason for failure is unclear\"",
     errors_page},
};

}  // namespace detail

inline constexpr auto code_range_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_range_literals, detail::code_range_value)>(
    detail::code_field, detail::code_range_literals, detail::code_range_value);
static_assert(triage::detail::rules_fit(code_range_rules));
inline constexpr auto code_ranges = triage::detail::with_rules(detail::code_range_literals, code_range_rules);

/// The fallback of a code outside Bandwidth's 4xxx/5xxx/9xxx scheme (no row decides, so its rule is written
/// out).
inline constexpr code_range_row unknown_code = {0,
                                                0,
                                                {outcome::unknown, category::unknown, retry_advice::none,
                                                 "bandwidth errorCode outside Bandwidth's 4xxx/5xxx/9xxx scheme"},
                                                "not a Bandwidth messaging error code",
                                                errors_page};

/// The row of a known event type, or nullptr.
constexpr const type_row* find_type(std::string_view type) noexcept {
  return triage::detail::find_row(types, type, &type_row::type);
}

/// The kind of an event type: kind::unknown for a type not in `types`.
constexpr kind kind_of_type(std::string_view type) noexcept {
  const type_row* row = find_type(type);
  return row != nullptr ? row->kind : kind::unknown;
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

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_TABLES_HPP
