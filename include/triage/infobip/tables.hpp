#ifndef TRIAGE_INFOBIP_TABLES_HPP
#define TRIAGE_INFOBIP_TABLES_HPP

// Every Infobip status id and error id the classifier knows, with its verdict: the single source of truth
// for infobip::classify(), the tests that check each row, and the README's tables.
//
// Sources: every row of shared/reference/infobip_error_codes.csv (316 rows; a copy is
// tests/fixtures/infobip/infobip_error_codes.csv, which the tests compare with these tables, row for row):
//  - 39 status ids (`status:<id>`): Infobip's general statuses of groups 0-5, the 2 MMS statuses (56, 77),
//    and the legacy ids 0, 1, 16, 22 of the 2015 docs copy;
//  - 277 error ids (`error:<id>`): 146 general errors (groups 0 OK, 1 HANDSET_ERRORS, 2 USER_ERRORS, 3
//    OPERATOR_ERRORS), 30 MMS errors, 49 chat errors (WhatsApp, Viber, RCS, ...), 51 India DLT errors, and
//    the legacy 72 and 511. The id ranges of the families do not overlap (reference §5), so one table keyed
//    on `error.id` alone serves them all: the group id is reused per product and never looked up.
// Outcome, category and retry hint are the CSV's suggestion, unchanged; each row cites the CSV row's source.
// Infobip's `permanent` flag is kept per row (`flag`) as Infobip published it: where it contradicts the
// description (628 EC_TEMPORARY_HANDSET_FAILURE, 51 EC_RESOURCE_LIMITATION, 630 EC_DEST_OVERLOADED, 7082
// EC_TEMPORARY_GATEWAY_ERROR: flag true, text temporary; expiry codes 4098/4100/4101/811/15006 kept
// `unknown` whatever the flag, since a late delivery may still have happened) the row's verdict is the CSV's
// call, marked "(our call)" in its meaning, and the flag only decides for an id in no row (verdict rule 3).
// Lookups are by id, never by name: names vary in case (EC_SM_DF_memoryCapacityExceeded) and two names do
// not match their descriptions (375, 2051; reference §5).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::infobip {

/// Where a row comes from (the CSV's source column, which is one of three texts).
inline constexpr std::string_view status_table_source =
    "https://www.infobip.com/docs/essentials/api-essentials/response-status-and-error-codes ; "
    "https://www.infobip.com/docs/developer-resources/errors-and-responses/response-codes ; full text via "
    "api-evangelist/infobip errors/infobip-error-codes.yml @ b3be77826a8f1d17ead20f2edb64a03ef343f929";
inline constexpr std::string_view error_table_source =
    "https://www.infobip.com/docs/essentials/api-essentials/response-status-and-error-codes ; "
    "https://www.infobip.com/docs/developer-resources/api-fundamentals/error-code-reference ; full text via "
    "api-evangelist/infobip errors/infobip-error-codes.yml @ b3be77826a8f1d17ead20f2edb64a03ef343f929";
inline constexpr std::string_view legacy_2015_source =
    "legacy table in a 2015 white-label copy of the Infobip SMS API docs (search-index file id 35668629128, "
    "base URL http://107.20.199.106); not in the current Infobip table";

/// Which of Infobip's tables a row is from (the families do not share ids).
enum class family : std::uint8_t { general_status, mms_status, general_error, mms_error, chat_error, dlt_error };

/// Infobip's `permanent` flag for an error id, as its table publishes it (DLT errors have none).
enum class flag : std::uint8_t { not_permanent, permanent, unpublished };

/// A `status.id`. Rule: "infobip status.id <id>". `group_id`: Infobip's status group (0 ACCEPTED, 1 PENDING,
/// 2 UNDELIVERABLE, 3 DELIVERED, 4 EXPIRED, 5 REJECTED); 87 SIGNALS_BLOCKED is listed under 4 and 5 and
/// kept once, under 4 as the CSV does. `legacy`: only in the 2015 table.
struct status_row {
  std::int64_t id;
  std::string_view name;
  std::int64_t group_id;
  infobip::family family;
  bool legacy;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

/// An `error.id`. Rule: "infobip error.id <id>". `group_id` is the group of the family's table (-1: none
/// published); 4102 is listed under user and operator errors and kept once, under 2 as the CSV does.
struct error_row {
  std::int64_t id;
  std::string_view name;
  infobip::family family;
  std::int64_t group_id;
  infobip::flag flag;
  bool legacy;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view status_field = "infobip status.id";
inline constexpr std::string_view error_field = "infobip error.id";

inline constexpr auto status_key = [](const status_row& row) { return triage::detail::rule_value(row.id); };
inline constexpr auto error_key = [](const error_row& row) { return triage::detail::rule_value(row.id); };

// clang-format off
inline constexpr status_row status_literals[] = {
    {0, "MESSAGE_ACCEPTED", 0, family::general_status, true, {outcome::pending, category::none, retry_advice::none}, "legacy accepted state; still in the groupName enum of the current spec", legacy_2015_source},
    {1, "PENDING_TIME_VIOLATION", 1, family::general_status, true, {outcome::pending, category::none, retry_advice::none}, "legacy: waiting for the allowed time window", legacy_2015_source},
    {2, "DELIVERED_TO_OPERATOR", 3, family::general_status, false, {outcome::delivered, category::none, retry_advice::none}, "delivered to operator only; for most US/long-code traffic no handset DLR follows, so treat as final success (pending is also defensible)", status_table_source},
    {3, "PENDING_WAITING_DELIVERY", 1, family::general_status, false, {outcome::pending, category::none, retry_advice::none}, "in flight: sent to operator, awaiting DLR", status_table_source},
    {4, "UNDELIVERABLE_REJECTED_OPERATOR", 2, family::general_status, false, {outcome::permanent, category::carrier, retry_advice::none}, "operator rejected; use error object when present", status_table_source},
    {5, "DELIVERED_TO_HANDSET", 3, family::general_status, false, {outcome::delivered, category::none, retry_advice::none}, "final success", status_table_source},
    {6, "REJECTED_NETWORK", 5, family::general_status, false, {outcome::permanent, category::configuration, retry_advice::none}, "network not covered or not set up on the account", status_table_source},
    {7, "PENDING_ENROUTE", 1, family::general_status, false, {outcome::pending, category::none, retry_advice::none}, "in flight: forwarded to next instance", status_table_source},
    {8, "REJECTED_PREFIX_MISSING", 5, family::general_status, false, {outcome::permanent, category::recipient, retry_advice::none}, "number prefix or length invalid", status_table_source},
    {9, "UNDELIVERABLE_NOT_DELIVERED", 2, family::general_status, false, {outcome::retryable, category::unreachable, retry_advice::retry_once}, "not delivered; cause is in the error object; without one a single retry is reasonable (our call)", status_table_source},
    {10, "REJECTED_DND", 5, family::general_status, false, {outcome::permanent, category::compliance, retry_advice::none}, "recipient on a DND list", status_table_source},
    {11, "REJECTED_SOURCE", 5, family::general_status, false, {outcome::permanent, category::configuration, retry_advice::none}, "sender ID not registered on the account", status_table_source},
    {12, "REJECTED_NOT_ENOUGH_CREDITS", 5, family::general_status, false, {outcome::permanent, category::account, retry_advice::none}, "out of credits; resend after top-up", status_table_source},
    {13, "REJECTED_SENDER", 5, family::general_status, false, {outcome::permanent, category::compliance, retry_advice::none}, "sender ID blocklisted on the account", status_table_source},
    {14, "REJECTED_DESTINATION_BLOCKLISTED", 5, family::general_status, false, {outcome::permanent, category::compliance, retry_advice::none}, "destination blocklisted (operator request or account)", status_table_source},
    {15, "EXPIRED_EXPIRED", 4, family::general_status, false, {outcome::unknown, category::unreachable, retry_advice::retry_once}, "validity period ran out or operator returned EXPIRED; delivery not confirmed (expiry kept in unknown)", status_table_source},
    {16, "REJECTED_NOT_REACHABLE", 5, family::general_status, true, {outcome::permanent, category::configuration, retry_advice::none}, "legacy: network not reachable for the account", legacy_2015_source},
    {17, "REJECTED_PREPAID_PACKAGE_EXPIRED", 5, family::general_status, false, {outcome::permanent, category::account, retry_advice::none}, "prepaid credit validity expired", status_table_source},
    {18, "REJECTED_DESTINATION_NOT_REGISTERED", 5, family::general_status, false, {outcome::permanent, category::configuration, retry_advice::none}, "test account limited to one destination", status_table_source},
    {19, "REJECTED_ROUTE_NOT_AVAILABLE", 5, family::general_status, false, {outcome::permanent, category::configuration, retry_advice::none}, "no route on the account", status_table_source},
    {20, "REJECTED_FLOODING_FILTER", 5, family::general_status, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "anti-flooding filter (20 varied / 6 identical per hour per number); later resend can pass", status_table_source},
    {21, "REJECTED_SYSTEM_ERROR", 5, family::general_status, false, {outcome::retryable, category::platform, retry_advice::retry}, "Infobip system error; Infobip says retry", status_table_source},
    {22, "EXPIRED_UNKNOWN", 4, family::general_status, true, {outcome::unknown, category::unknown, retry_advice::none}, "legacy expired state with unknown reason", legacy_2015_source},
    {23, "REJECTED_DUPLICATE_MESSAGE_ID", 5, family::general_status, false, {outcome::permanent, category::configuration, retry_advice::none}, "duplicate messageId in the submit request; the earlier message with that id stands", status_table_source},
    {24, "REJECTED_INVALID_UDH", 5, family::general_status, false, {outcome::permanent, category::content, retry_advice::none}, "invalid UDH / ESM class", status_table_source},
    {25, "REJECTED_MESSAGE_TOO_LONG", 5, family::general_status, false, {outcome::permanent, category::content, retry_advice::none}, "over 25 parts or 4000 bytes", status_table_source},
    {26, "PENDING_ACCEPTED", 1, family::general_status, false, {outcome::pending, category::none, retry_advice::none}, "in flight: accepted by Infobip", status_table_source},
    {29, "EXPIRED_DLR_UNKNOWN", 4, family::general_status, false, {outcome::unknown, category::unknown, retry_advice::none}, "expired with no DLR: message may have been delivered, a resend risks a duplicate", status_table_source},
    {31, "UNDELIVERABLE_NOT_SENT", 2, family::general_status, false, {outcome::retryable, category::unknown, retry_advice::retry_once}, "not sent at all, so a resend cannot duplicate; cause unknown (our call)", status_table_source},
    {51, "MISSING_TO", 5, family::general_status, false, {outcome::permanent, category::recipient, retry_advice::none}, "to missing or empty", status_table_source},
    {52, "REJECTED_DESTINATION", 5, family::general_status, false, {outcome::permanent, category::recipient, retry_advice::none}, "destination prefix matches no operator", status_table_source},
    {56, "REJECTED_INVALID_NOTIFY_URL", 5, family::mms_status, false, {outcome::permanent, category::configuration, retry_advice::none}, "notifyUrl malformed (MMS)", status_table_source},
    {77, "REJECTED_MESSAGE_TEXT_TOO_LONG", 5, family::mms_status, false, {outcome::permanent, category::content, retry_advice::none}, "MMS text over 1600 characters", status_table_source},
    {87, "SIGNALS_BLOCKED", 4, family::general_status, false, {outcome::permanent, category::compliance, retry_advice::none}, "blocked by Infobip Signals anti-fraud; listed under both EXPIRED (charged) and REJECTED (not charged)", status_table_source},
    {96, "NO_ANSWER", 2, family::general_status, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "voice status (call not answered); listed in the general table", status_table_source},
    {97, "BUSY", 2, family::general_status, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "voice status (callee busy)", status_table_source},
    {98, "CANCELLED", 2, family::general_status, false, {outcome::permanent, category::unknown, retry_advice::none}, "voice status (call cancelled at origin)", status_table_source},
    {99, "REJECTED", 5, family::general_status, false, {outcome::permanent, category::recipient, retry_advice::none}, "voice status (call rejected by end user)", status_table_source},
    {100, "UNDELIVERABLE_REJECTED_PLATFORM", 5, family::general_status, false, {outcome::retryable, category::platform, retry_advice::retry_once}, "invalid/malformed request or service temporarily unavailable; Infobip says try again when accessible", status_table_source},
};

inline constexpr error_row error_literals[] = {
    {0, "NO_ERROR", family::general_error, 0, flag::not_permanent, false, {outcome::none, category::none, retry_advice::none}, "no error; use the status object", error_table_source},
    {1, "EC_UNKNOWN_SUBSCRIBER", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "unknown subscriber", error_table_source},
    {2, "EC_UNKNOWN_BASE_STATION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "unknown base station", error_table_source},
    {5, "EC_UNIDENTIFIED_SUBSCRIBER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::recipient, retry_advice::retry_once}, "unidentified subscriber (flag false); one retry, then treat as invalid", error_table_source},
    {6, "EC_ABSENT_SUBSCRIBER_SM", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "absent subscriber (off / no coverage)", error_table_source},
    {7, "EC_UNKNOWN_EQUIPMENT", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::recipient, retry_advice::retry_once}, "equipment not recognised by EIR (flag false)", error_table_source},
    {8, "EC_ROAMING_NOT_ALLOWED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "roaming not allowed", error_table_source},
    {9, "EC_ILLEGAL_SUBSCRIBER", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "illegal subscriber (failed authentication / blocklisted)", error_table_source},
    {10, "EC_BEARER_SERVICE_NOT_PROVISIONED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "bearer service not provisioned", error_table_source},
    {11, "EC_TELESERVICE_NOT_PROVISIONED", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "subscription has no SMS", error_table_source},
    {12, "EC_ILLEGAL_EQUIPMENT", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "IMEI blocklisted", error_table_source},
    {13, "EC_CALL_BARRED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "operator barred the subscriber (often unpaid bill); flag false", error_table_source},
    {15, "EC_CUG_REJECT", family::general_error, 3, flag::not_permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "closed user group reject (flag false; sender not authorised, our call)", error_table_source},
    {20, "EC_SS_INCOMPATIBILITY", family::general_error, 3, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS incompatibility", error_table_source},
    {21, "EC_FACILITY_NOT_SUPPORTED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "facility not supported by handset/network (often while roaming)", error_table_source},
    {24, "EC_NO_RADIO_RESOURCE_AVAILABLE", family::general_error, 3, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_later}, "no radio resource (congestion)", error_table_source},
    {27, "EC_ABSENT_SUBSCRIBER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "absent subscriber", error_table_source},
    {31, "EC_SUBSCRIBER_BUSY_FOR_MT_SMS", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "subscriber busy for MT SMS", error_table_source},
    {32, "EC_SM_DELIVERY_FAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "SM delivery failure (memory/temporary)", error_table_source},
    {33, "EC_MESSAGE_WAITING_LIST_FULL", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "message waiting list full", error_table_source},
    {34, "EC_SYSTEM_FAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "network system failure", error_table_source},
    {35, "EC_DATA_MISSING", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "data missing (MAP)", error_table_source},
    {36, "EC_UNEXPECTED_DATA_VALUE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "unexpected data value (MAP)", error_table_source},
    {51, "EC_RESOURCE_LIMITATION", family::general_error, 3, flag::permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_later}, "MAP resource limitation = network congestion; flag true contradicts the description (our call)", error_table_source},
    {71, "EC_UNKNOWN_ALPHABET", family::general_error, 3, flag::not_permanent, false, {outcome::permanent, category::content, retry_advice::none}, "unknown alphabet; content encoding (flag false, our call)", error_table_source},
    {72, "EC_USSD_BUSY", family::general_error, 1, flag::permanent, true, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "legacy MAP error (USSD busy); transient by nature despite the old flag", legacy_2015_source},
    {255, "EC_UNKNOWN_ERROR", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unknown, retry_advice::retry_once}, "unknown error; flag false", error_table_source},
    {256, "EC_SM_DF_MEMORYCAPACITYEXCEEDED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "handset inbox full", error_table_source},
    {257, "EC_SM_DF_EQUIPMENTPROTOCOLERROR", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "handset protocol error", error_table_source},
    {258, "EC_SM_DF_EQUIPMENTNOTSM_EQUIPPED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "handset not SMS-equipped (flag false)", error_table_source},
    {259, "EC_SM_DF_UNKNOWNSERVICECENTRE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "unknown service centre", error_table_source},
    {260, "EC_SM_DF_SC_CONGESTION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_later}, "service centre congestion", error_table_source},
    {261, "EC_SM_DF_INVALIDSME_ADDRESS", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "invalid SME address", error_table_source},
    {262, "EC_SM_DF_SUBSCRIBERNOTSC_SUBSCRIBER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "subscriber not SC subscriber", error_table_source},
    {323, "EC_INVALID_REQUEST_TYPE", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "invalid request type", error_table_source},
    {345, "EC_OPERATOR_NOT_FOUND", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "operator not found for destination", error_table_source},
    {351, "EC_INVALID_DESTINATION_ADDRESS", family::general_error, 2, flag::not_permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "invalid destination (not on network / deactivated); flag false because some listed causes are transient (our call)", error_table_source},
    {352, "EC_INVALID_REQUEST_DESTINATION", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "country code not recognised", error_table_source},
    {355, "EC_MSG_TEXT_TOO_LONG", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "text too long", error_table_source},
    {368, "EC_INVALID_SOURCE_ADDRESS", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "invalid source address for this operator", error_table_source},
    {375, "EC_SOURCE_ADDRESS_IS_BLOCKED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "source address blocked or not provisioned (description says recipient)", error_table_source},
    {433, "EC_ACCOUNT_ACCESS_DENIED", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "account access denied", error_table_source},
    {488, "EC_TF_NUMBER_NOT_VERIFIED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "toll-free number not verified", error_table_source},
    {500, "EC_PROVIDER_GENERAL_ERROR", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "provider general error", error_table_source},
    {501, "EC_INVALID_RESPONSE_RECEIVED", family::general_error, 3, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "invalid response received", error_table_source},
    {502, "EC_NO_RESPONSE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "no response from operator", error_table_source},
    {503, "EC_SERVICE_COMPLETION_FAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "service completion failure", error_table_source},
    {504, "EC_UNEXPECTED_RESPONSE_FROM_PEER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "unexpected response from peer", error_table_source},
    {507, "EC_MISTYPED_PARAMETER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "mistyped parameter", error_table_source},
    {508, "EC_NOT_SUPPORTED_SERVICE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "service not supported", error_table_source},
    {509, "EC_DUPLICATED_INVOKE_ID", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "duplicated invoke id", error_table_source},
    {511, "EC_INITIATING_RELEASE", family::general_error, 1, flag::not_permanent, true, {outcome::retryable, category::carrier, retry_advice::retry_once}, "legacy MAP protocol error", legacy_2015_source},
    {541, "EC_LIMIT_REACHED", family::general_error, 2, flag::not_permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "carrier TPS limit (AT&T)", error_table_source},
    {542, "EC_QUOTA_REACHED", family::general_error, 2, flag::not_permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "carrier daily brand quota (T-Mobile); resend next day", error_table_source},
    {560, "EC_SC_BLOCKED_FOR_END_USER", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "operator blocked end user from this short code", error_table_source},
    {561, "EC_CONTENT_BLOCKED_BY_OPERATOR", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "content blocked by operator for this user", error_table_source},
    {562, "EC_SC_NOT_PROVISIONED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "short code not provisioned", error_table_source},
    {563, "EC_SC_EXPIRED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "short code expired", error_table_source},
    {564, "EC_SC_BLOCKED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "short code blocked by operator", error_table_source},
    {565, "EC_CANNOT_RECEIVE_SC", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "MVNO subscriber cannot receive short-code messages", error_table_source},
    {566, "EC_DESTINATION_BLOCKED_BY_OPERATOR", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "destination barred from short codes (account suspended)", error_table_source},
    {568, "EC_DESTINATION_NOT_SMS_PROVISIONED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "destination not provisioned for SMS", error_table_source},
    {569, "EC_DEST_ADDRESS_SUSPENDED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "destination suspended", error_table_source},
    {571, "EC_CAMPAIGN_ID_REJECTED", family::general_error, 3, flag::not_permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "campaign ID rejected by operator (flag false; needs provisioning, our call)", error_table_source},
    {572, "EC_CAMPAIGNID_NOT_PROVISIONED", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "campaign/program ID not provisioned (10DLC)", error_table_source},
    {573, "EC_SC_BLOCKED_BY_END_USER", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "end user blocked the short code; must not resend until opt-in", error_table_source},
    {574, "EC_BLOCKED_NEW_SUBSCRIPTIONS_FOR_SC", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "new subscriptions blocked for short code", error_table_source},
    {577, "EC_ACC_NOT_PROVISIONED_TO_SMS_DEMO_SC", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "not provisioned for SMS demo short code", error_table_source},
    {578, "EC_EXCEEDED_THE_TIME_LIMIT_OF_SMS_DEMO", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "SMS demo time limit exceeded", error_table_source},
    {579, "EC_DEST_ADDRESS_NOT_IN_SMS_DEMO", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "destination not in SMS demo safelist", error_table_source},
    {580, "EC_EXCEEDED_THE_MAX_NUMBER", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "demo request limit exceeded", error_table_source},
    {581, "EC_USER_OUT_OF_CREDIT", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_later}, "prepaid end user out of credit; Infobip: retry every 24 h for up to 7 days", error_table_source},
    {592, "EC_ACCOUNT_NOT_PROVISIONED_FOR_CHANNEL", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "account not provisioned for this network", error_table_source},
    {594, "EC_INVALID_GLOBAL_CAMPAIGN_ID", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "invalid global campaign ID", error_table_source},
    {597, "EC_ACC_HAS_NO_ADRESS_FOR_DESR", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "no sender address that can reach the destination", error_table_source},
    {598, "EC_INTERACTION_NOT_SUPPORTED", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "interaction not supported for destination", error_table_source},
    {601, "EC_ACC_NOT_2_WAY", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "account not provisioned for two-way SMS", error_table_source},
    {603, "EC_CONTENT_BLOCKED", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "recipient opted out (STOP)", error_table_source},
    {604, "EC_BLOCKED_BY_CAMPAIGN_BLACKLIST", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "campaign blocklist", error_table_source},
    {607, "EC_REJECTED_SPAM_BY_OPERATOR", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "spam-filtered by operator", error_table_source},
    {608, "EC_SIGNALS_BLOCKED", family::general_error, 2, flag::not_permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "Signals anti-fraud block on the destination; flag false but an unchanged resend is blocked again until the number is trusted (our call)", error_table_source},
    {609, "EC_SIGNALS_HARD_LIMIT_REACHED", family::general_error, 2, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "Signals daily hard limit (UTC day); flag true, resets next day (our call)", error_table_source},
    {628, "EC_TEMPORARY_HANDSET_FAILURE", family::general_error, 1, flag::permanent, false, {outcome::retryable, category::unreachable, retry_advice::retry_once}, "name says temporary, flag says permanent: one bounded retry (our call)", error_table_source},
    {629, "EC_DEST_ADDRESS_UNABLE_TO_RECEIVE_SMS", family::general_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "destination cannot receive SMS (e.g. landline)", error_table_source},
    {630, "EC_DEST_OVERLOADED", family::general_error, 3, flag::permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_later}, "destination overloaded; flag true contradicts the transient meaning (our call)", error_table_source},
    {631, "EC_MOBILE_OPERATOR_NETWORK_ERROR", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::carrier, retry_advice::none}, "operator network error (Infobip flag true)", error_table_source},
    {632, "EC_SMS_REJECTED_BY_MOBILE_OPERATOR", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::carrier, retry_advice::none}, "SMS rejected by operator", error_table_source},
    {633, "EC_UNKNOWN_MOBILE_OPERATOR", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::carrier, retry_advice::none}, "unknown mobile operator error", error_table_source},
    {810, "EC_FAILED_MESSAGE_DELIVERY", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::carrier, retry_advice::none}, "failed message delivery", error_table_source},
    {811, "EC_MESSAGE_EXPIRED", family::general_error, 3, flag::permanent, false, {outcome::unknown, category::unreachable, retry_advice::retry_once}, "expired before reaching handset (flag true); expiry kept in unknown", error_table_source},
    {815, "EC_MESSAGE_SUBMITTED_NOT_ACKED", family::general_error, 3, flag::permanent, false, {outcome::unknown, category::carrier, retry_advice::none}, "submitted but not acknowledged by operator: it may still be delivered, resend risks a duplicate", error_table_source},
    {1024, "EC_OR_APPCONTEXTNOTSUPPORTED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1025, "EC_OR_INVALIDDESTINATIONREFERENCE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1026, "EC_OR_INVALIDORIGINATINGREFERENCE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1027, "EC_OR_ENCAPSULATEDAC_NOTSUPPORTED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1028, "EC_OR_TRANSPORTPROTECTIONNOTADEQUATE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1029, "EC_OR_NOREASONGIVEN", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1030, "EC_OR_POTENTIALVERSIONINCOMPATIBILITY", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1031, "EC_OR_REMOTENODENOTREACHABLE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1152, "EC_NNR_NOTRANSLATIONFORANADDRESSOFSUCHNATURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1153, "EC_NNR_NOTRANSLATIONFORTHISSPECIFICADDRESS", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1154, "EC_NNR_SUBSYSTEMCONGESTION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1155, "EC_NNR_SUBSYSTEMFAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1156, "EC_NNR_UNEQUIPPEDUSER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1157, "EC_NNR_MTPFAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1158, "EC_NNR_NETWORKCONGESTION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1159, "EC_NNR_UNQUALIFIED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1160, "EC_NNR_ERRORINMESSAGETRANSPORTXUDT", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1161, "EC_NNR_ERRORINLOCALPROCESSINGXUDT", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1162, "EC_NNR_DESTINATIONCANNOTPERFORMREASSEMBLYXUDT", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1163, "EC_NNR_SCCPFAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1164, "EC_NNR_HOPCOUNTERVIOLATION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1165, "EC_NNR_SEGMENTATIONNOTSUPPORTED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1166, "EC_NNR_SEGMENTATIONFAILURE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1281, "EC_UA_USERSPECIFICREASON", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1282, "EC_UA_USERRESOURCELIMITATION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1283, "EC_UA_RESOURCEUNAVAILABLE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1284, "EC_UA_APPLICATIONPROCEDURECANCELLATION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1536, "EC_PA_PROVIDERMALFUNCTION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1537, "EC_PA_SUPPORTINGDIALOGORTRANSACTIONREALEASED", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1538, "EC_PA_RESSOURCELIMITATION", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1539, "EC_PA_MAINTENANCEACTIVITY", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1540, "EC_PA_VERSIONINCOMPATIBILITY", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1541, "EC_PA_ABNORMALMAPDIALOG", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1792, "EC_NC_ABNORMALEVENTDETECTEDBYPEER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1793, "EC_NC_RESPONSEREJECTEDBYPEER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1794, "EC_NC_ABNORMALEVENTRECEIVEDFROMPEER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1795, "EC_NC_MESSAGECANNOTBEDELIVEREDTOPEER", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {1796, "EC_NC_PROVIDEROUTOFINVOKE", family::general_error, 1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "SS7/SCCP/TCAP/MAP transport error (flag false)", error_table_source},
    {2048, "EC_TIME_OUT", family::general_error, 3, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "time out", error_table_source},
    {2049, "EC_IMSI_BLACKLISTED", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "IMSI blocklisted", error_table_source},
    {2050, "EC_DEST_ADDRESS_BLACKLISTED", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "destination in operator DND database", error_table_source},
    {2051, "EC_INVALIDMSCADDRESS", family::general_error, 3, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "name says invalid MSC address (flag false); description says text blocklisted", error_table_source},
    {2052, "EC_BLACKLISTED_DESTINATIONADDRESS", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "destination blocklisted", error_table_source},
    {2053, "EC_BLACKLISTED_SENDERADDRESS", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "sender blocklisted", error_table_source},
    {3041, "EC_DEACTIVATED_LIST", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "number deactivated; do not resend", error_table_source},
    {4096, "EC_INVALID_PDU_FORMAT", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid PDU format", error_table_source},
    {4097, "EC_NOTSUBMITTEDTOGMSC", family::general_error, 3, flag::not_permanent, false, {outcome::retryable, category::platform, retry_advice::retry}, "failed at Infobip, never passed to an operator", error_table_source},
    {4098, "EC_VP_EXPIRED", family::general_error, 3, flag::not_permanent, false, {outcome::unknown, category::unreachable, retry_advice::retry_once}, "validity period expired (flag false); expiry kept in unknown", error_table_source},
    {4099, "EC_MONTHLY_LIMIT_REACHED", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "monthly credit limit reached", error_table_source},
    {4100, "EC_MESSAGE_CANCELED", family::general_error, 2, flag::permanent, false, {outcome::unknown, category::unreachable, retry_advice::retry_once}, "expired inside Infobip before reaching the next instance (flag true); expiry kept in unknown", error_table_source},
    {4101, "EC_VALIDITY_EXPIRED", family::general_error, 2, flag::permanent, false, {outcome::unknown, category::unreachable, retry_advice::retry_once}, "validity expired at the next instance (flag true); expiry kept in unknown", error_table_source},
    {4102, "EC_NOTSUBMITTEDTOSMPPCHANNEL", family::general_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "inbound SM could not be forwarded over SMPP (listed under both user and operator errors)", error_table_source},
    {4103, "EC_DESTINATION_FLOODING", family::general_error, 2, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "Infobip destination flooding filter (flag true; hourly window, our call)", error_table_source},
    {4104, "EC_DESTINATION_TXT_FLOODING", family::general_error, 2, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "identical-text flooding filter (flag true; hourly window, our call)", error_table_source},
    {4106, "EC_BLOCKED_BY_DLT", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4107, "EC_DLT_SCRUBBING_TIMEOUT", family::dlt_error, -1, flag::unpublished, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "DLT scrubbing timeout", error_table_source},
    {4108, "EC_SENDER_BLOCKED_BY_DLT", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4109, "EC_TELEMARKETER_BLOCKED_BY_DLT", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4110, "EC_ENTITY_BLOCKED_BY_DLT", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4111, "EC_TEMPLATE_BLOCKED_BY_DLT", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4112, "EC_ENTITY_NOT_FOUND", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4113, "EC_ENTITY_NOT_REGISTERED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4114, "EC_ENTITY_INACTIVE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4115, "EC_ENTITY_BLACKLISTED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4116, "EC_INVALID_ENTITY_ID", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4117, "EC_ENTITY_ID_NOT_ALLOWED_FOR_TM", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4118, "EC_TELEMARKETER_NOT_REGISTERED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4119, "EC_TELEMARKETER_INACTIVE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4120, "EC_TELEMARKETER_BLACKLISTED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4121, "EC_HEADER_NOT_FOUND", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4122, "EC_HEADER_INACTIVE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4123, "EC_HEADER_BLACKLISTED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4124, "EC_PEID_NOT_MATCHED_WITH_HEADER", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4125, "EC_HEADER_IN_FREEPOOL", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4126, "EC_TEMPLATE_NOT_FOUND", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4127, "EC_TEMPLATE_INACTIVE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4128, "EC_TEMPLATE_BLACKLISTED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4129, "EC_TEMPLATE_NOT_MATCHED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4130, "EC_HEADER_NOT_REGISTERED_FOR_TEMPLATE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4131, "EC_TEMPLATE_VARIABLE_EXCEEDED_MAX_LENGTH", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::content, retry_advice::none}, "template variable too long", error_table_source},
    {4132, "EC_ERROR_IDENTIFYING_TEMPLATE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4133, "EC_INVALID_TEMPLATE_ID", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4134, "EC_TEMPLATE_NOT_REGISTERED_TO_ENTITY", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4135, "EC_PROMOTIONAL_TEMPLATE_USED_ON_OTHERS_HEADER", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4136, "EC_INVALID_TEMPLATE_TYPE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4137, "EC_PREFERENCE_NOT_MATCHED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "end-user preference (DND category) does not allow it", error_table_source},
    {4138, "EC_INVALID_PROMO_TIME", family::dlt_error, -1, flag::unpublished, false, {outcome::retryable, category::compliance, retry_advice::retry_later}, "promotional send outside the allowed window (9 PM to 10 AM block)", error_table_source},
    {4139, "EC_SE_CATEGORY_BLOCK", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4140, "EC_CONSENT_FAILED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4141, "EC_SCRUBBING_FAILED", family::dlt_error, -1, flag::unpublished, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "DLT scrubbing general exception", error_table_source},
    {4142, "EC_TLV_PEID_NOT_FOUND", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4143, "EC_TLV_TMPID_NOT_FOUND", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4144, "EC_CONTENT_MULTIPART_INCOMPLETE_BY_DLT", family::dlt_error, -1, flag::unpublished, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "DLT did not receive all parts of a long SMS", error_table_source},
    {4146, "EC_HEADER_SUSPENDED_DUE_TO_VALIDITY", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4147, "EC_HEADER_SUSPENDED_DUE_TO_USAGE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4148, "EC_HEADER_SUSPENDED_DUE_TO_CUSTOMER", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4149, "EC_TEMPLATE_SUSPENDED_DUE_TO_VALIDITY", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4150, "EC_TEMPLATE_SUSPENDED_DUE_TO_USAGE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4151, "EC_TEMPLATE_SUSPENDED_DUE_TO_CUSTOMER", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4153, "EC_CTA_NOT_WHITELISTED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4154, "EC_PE_TM_HASH_NOT_RECEIVED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4155, "EC_PE_TM_HASH_NOT_REGISTERED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4156, "EC_PE_TM_HASH_INACTIVE", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4157, "EC_PE_TM_HASH_BLACKLISTED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4158, "EC_PE_TM_HASH_SUSPENDED", family::dlt_error, -1, flag::unpublished, false, {outcome::permanent, category::compliance, retry_advice::none}, "India DLT registration/scrubbing rejection (entity, header, template, telemarketer or consent)", error_table_source},
    {4202, "EC_10DLC_LIMIT_REACHED", family::general_error, 2, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "10DLC operator limit (flag true; daily cap, our call)", error_table_source},
    {5492, "EC_DUPLICATE_MESSAGE", family::general_error, 3, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "same message already sent to this destination; the earlier one stands", error_table_source},
    {7001, "EC_UNKNOWN_APPLICATION", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "unknown application", error_table_source},
    {7002, "EC_UNKNOWN_USER", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "unknown user (not on the channel / RCS not enabled)", error_table_source},
    {7003, "EC_BLOCKED_USER", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "user blocked the sender / opted out", error_table_source},
    {7004, "EC_UNAUTHORIZED_ACCESS", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "unauthorised access (credentials)", error_table_source},
    {7005, "EC_FORBIDDEN_ACCESS", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "forbidden (e.g. unlaunched RCS agent)", error_table_source},
    {7006, "EC_BAD_REQUEST", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "bad request / unsupported content", error_table_source},
    {7007, "EC_ILLEGAL_TRAFFIC_TYPE", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "content does not match the registered traffic type", error_table_source},
    {7008, "EC_INVALID_TEMPLATE_ARGS", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid template arguments", error_table_source},
    {7009, "EC_INVALID_TEMPLATE", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid template", error_table_source},
    {7010, "EC_NO_SESSION", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "no open session (e.g. WhatsApp 24 h window closed): send a template instead", error_table_source},
    {7011, "EC_ACCOUNT_ISSUE", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "account issue", error_table_source},
    {7012, "EC_DEPLOYMENT_CONFIGURATION_ERROR", family::chat_error, 1, flag::not_permanent, false, {outcome::retryable, category::platform, retry_advice::retry_once}, "deployment/configuration error (flag false)", error_table_source},
    {7013, "EC_MEDIA_HOSTING_ERROR", family::chat_error, 1, flag::not_permanent, false, {outcome::retryable, category::content, retry_advice::retry_once}, "media hosting error (flag false)", error_table_source},
    {7014, "EC_MEDIA_UPLOAD_ERROR", family::chat_error, 1, flag::not_permanent, false, {outcome::retryable, category::content, retry_advice::retry_once}, "media upload error (flag false)", error_table_source},
    {7015, "EC_MEDIA_METADATA_ERROR", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "media metadata error", error_table_source},
    {7016, "EC_SPAM_RATE", family::chat_error, 1, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "sender quality-rating limit on unique users per period; flag true (our call)", error_table_source},
    {7017, "EC_TOO_MANY_REQUESTS", family::chat_error, 1, flag::not_permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "too many requests", error_table_source},
    {7018, "EC_INTERNAL_BAD_MAPPING", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "internal bad mapping / invalid request", error_table_source},
    {7019, "EC_PROVIDER_BILLING_ERROR", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "provider billing error", error_table_source},
    {7020, "EC_DEVICE_REPRODUCTION_ERROR", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "content cannot be displayed on the device", error_table_source},
    {7021, "EC_LIMITED_FUNCTIONALITY", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::account, retry_advice::none}, "limited functionality on the Meta side", error_table_source},
    {7022, "EC_MEDIA_UNSUPPORTED", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "media type not supported", error_table_source},
    {7023, "EC_DATA_MISMATCH", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "data mismatch", error_table_source},
    {7024, "EC_NOT_ALLOWED_SENDING_TIME", family::chat_error, 1, flag::not_permanent, false, {outcome::retryable, category::compliance, retry_advice::retry_later}, "sending time not allowed (flag false)", error_table_source},
    {7025, "EC_UNSUPPORTED_MOBILE_APP_VERSION", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "recipient app version unsupported", error_table_source},
    {7026, "EC_MESSAGE_TYPE_EXHAUSTED", family::chat_error, 1, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "message type exhausted / supplier API limit; flag true (our call)", error_table_source},
    {7027, "EC_BLOCKED_CONTENT", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "content blocked by policy", error_table_source},
    {7029, "EC_USER_IDENTITY_CHANGED", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "user identity changed (needs acknowledgement)", error_table_source},
    {7030, "EC_TEMPLATE_BLOCKED_BY_USER", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "user blocked this template", error_table_source},
    {7031, "EC_INVALID_WA_FLOW", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid WhatsApp Flow", error_table_source},
    {7032, "EC_FREQUENCY_CAPPING", family::chat_error, 1, flag::permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "Meta marketing frequency cap per person; flag true (our call)", error_table_source},
    {7033, "EC_MARKETING_OPT_OUT", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "marketing opt-out", error_table_source},
    {7034, "EC_SENDER_NOT_REGISTERED", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "sender not registered on WhatsApp Business Platform", error_table_source},
    {7035, "EC_CALL_PERMISSION_REQUEST_FAILED", family::chat_error, 1, flag::not_permanent, false, {outcome::retryable, category::rate_limit, retry_advice::retry_later}, "call-permission request limit reached (flag false)", error_table_source},
    {7036, "EC_TEMPLATE_NOT_SYNCED", family::chat_error, 2, flag::not_permanent, false, {outcome::retryable, category::configuration, retry_advice::retry_later}, "template not yet synced; Infobip: wait up to 10 minutes", error_table_source},
    {7037, "EC_TEMPLATE_NOT_AVAILABLE", family::chat_error, 2, flag::not_permanent, false, {outcome::retryable, category::configuration, retry_advice::retry_later}, "template ad sync not completed / not eligible (flag false)", error_table_source},
    {7038, "EC_INVALID_WA_ACCOUNT_TYPE", family::chat_error, 2, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "OBO WhatsApp Business Account not supported", error_table_source},
    {7050, "EC_PROVIDER_INTERNAL_ERROR", family::chat_error, 2, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "channel provider (e.g. Meta) internal error", error_table_source},
    {7051, "EC_PROVIDER_TIMEOUT", family::chat_error, 2, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "channel provider timeout", error_table_source},
    {7052, "EC_PROVIDER_DR_ERROR", family::chat_error, 2, flag::permanent, false, {outcome::unknown, category::carrier, retry_advice::none}, "provider delivery-report error: final state unknown", error_table_source},
    {7080, "EC_INTERNAL_ERROR", family::chat_error, 3, flag::permanent, false, {outcome::retryable, category::platform, retry_advice::retry_once}, "Infobip internal error; flag true (our call)", error_table_source},
    {7081, "EC_CONFIGURATION_ERROR", family::chat_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "sender configuration error / not registered for country", error_table_source},
    {7082, "EC_TEMPORARY_GATEWAY_ERROR", family::chat_error, 3, flag::permanent, false, {outcome::retryable, category::platform, retry_advice::retry_later}, "temporary gateway error; flag true contradicts the name (our call)", error_table_source},
    {7083, "EC_SERVICE_NOT_ACTIVATED", family::chat_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "service not activated", error_table_source},
    {7084, "EC_MISSING_SENDER_METADATA", family::chat_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "missing sender metadata", error_table_source},
    {7102, "EC_PHONE_MATCHING_DISABLED", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "phone matching disabled", error_table_source},
    {7201, "EC_UNSUPPORTED_DEVICE", family::chat_error, 1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "unsupported device", error_table_source},
    {7280, "EC_DUPLICATE_REQUEST", family::chat_error, 3, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "duplicate request; the earlier one stands", error_table_source},
    {7281, "EC_BAD_ORIGIN", family::chat_error, 3, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "bad origin", error_table_source},
    {15000, "EC_MMS_GENERAL_ERROR", family::mms_error, -1, flag::not_permanent, false, {outcome::retryable, category::carrier, retry_advice::retry_once}, "MMS provider general error", error_table_source},
    {15002, "EC_SYSTEM_ERROR", family::mms_error, -1, flag::permanent, false, {outcome::retryable, category::platform, retry_advice::retry_once}, "system error; flag true (our call: bounded retry)", error_table_source},
    {15003, "EC_MSISDN_NOT_REGISTERED", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "MSISDN not registered", error_table_source},
    {15004, "EC_DEFERRED", family::mms_error, -1, flag::not_permanent, false, {outcome::unknown, category::unreachable, retry_advice::none}, "deferred: header retrieved, body not; may still be retrieved", error_table_source},
    {15005, "EC_MMS_FORWARDED", family::mms_error, -1, flag::permanent, false, {outcome::unknown, category::unknown, retry_advice::none}, "forwarded without retrieval; final state unclear", error_table_source},
    {15006, "EC_VALIDITY_EXPIRED", family::mms_error, -1, flag::permanent, false, {outcome::unknown, category::unreachable, retry_advice::retry_once}, "validity expired before handset was reached; expiry kept in unknown", error_table_source},
    {15007, "EC_CONTENT_CANNOT_BE_DOWNLOADED_ON_HANDSET", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "content cannot be downloaded on handset", error_table_source},
    {15008, "EC_PROVIDER_DELIVERY_ERROR", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::carrier, retry_advice::none}, "provider delivery error", error_table_source},
    {15009, "EC_RECIPIENT_NOT_FOUND", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "recipient not found", error_table_source},
    {15010, "EC_SOURCE_ADDRESS_NOT_REGISTERED", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "source address not provisioned", error_table_source},
    {15011, "EC_RECIPIENT_BLOCKED_BY_OPERATOR", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "recipient blocked from MMS by operator", error_table_source},
    {15012, "EC_DRM_NOT_SUPPORTED", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "DRM not supported", error_table_source},
    {15013, "EC_MMS_CONTENT_BLOCKED_BY_OPERATOR", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "content blocked or unsupported by operator", error_table_source},
    {15014, "EC_MMS_INVALID_SUBJECT", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid subject", error_table_source},
    {15015, "EC_MMS_SC_BLOCKED_BY_END_USER", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "end user blocked this short code", error_table_source},
    {15016, "EC_UNKNOWN_CARRIER", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "operator cannot be determined", error_table_source},
    {15017, "EC_RECIPIENT_DEACTIVATED", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "recipient deactivated", error_table_source},
    {15018, "EC_RECIPIENT_SUSPENDED", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "recipient suspended", error_table_source},
    {15019, "EC_HANDSET_DOES_NOT_SUPPORT_MMS", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "handset does not support MMS", error_table_source},
    {15020, "EC_CAMPAIGN_BLOCKED_BY_OPERATOR", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "campaign blocked by operator", error_table_source},
    {15021, "EC_CAMPAIGN_INFO_NOT_PROVISIONED", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::compliance, retry_advice::none}, "campaign info not provisioned", error_table_source},
    {15022, "EC_URL_ATTACHMENT_TOO_LARGE", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "URL attachment too large", error_table_source},
    {15023, "EC_FAILED_TO_ROUTE_MESSAGE", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "message could not be routed", error_table_source},
    {15024, "EC_REMOTE_CONTENT_FAILURE", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "remote content (media URL) could not be retrieved", error_table_source},
    {15025, "EC_REMOTE_CONTENT_INTERNAL_FAILURE", family::mms_error, -1, flag::permanent, false, {outcome::retryable, category::platform, retry_advice::retry_once}, "internal error fetching remote content; flag true (our call)", error_table_source},
    {15026, "EC_TOO_BIG_CONTENT", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "content exceeds operator limits", error_table_source},
    {15200, "EC_INVALID_MSG_TYPE", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid MMS message type", error_table_source},
    {15201, "EC_MMS_INVALID_DESTINATION_ADDRESS", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::recipient, retry_advice::none}, "invalid destination address", error_table_source},
    {15202, "EC_MMS_INVALID_SOURCE_ADDRESS", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::configuration, retry_advice::none}, "invalid source address", error_table_source},
    {15203, "EC_INVALID_SUBJECT", family::mms_error, -1, flag::permanent, false, {outcome::permanent, category::content, retry_advice::none}, "invalid subject parameter", error_table_source},
};
// clang-format on

}  // namespace detail

inline constexpr auto status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::status_literals, detail::status_key)>(detail::status_field, detail::status_literals,
                                                                        detail::status_key);
static_assert(triage::detail::rules_fit(status_rules));
inline constexpr auto statuses = triage::detail::with_rules(detail::status_literals, status_rules);
static_assert(triage::detail::sorted_and_unique(statuses, &status_row::id),
              "infobip::statuses must stay sorted by id for find_status()");

inline constexpr auto error_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::error_field, detail::error_literals, detail::error_key)>(detail::error_field, detail::error_literals,
                                                                     detail::error_key);
static_assert(triage::detail::rules_fit(error_rules));
inline constexpr auto errors = triage::detail::with_rules(detail::error_literals, error_rules);
static_assert(triage::detail::sorted_and_unique(errors, &error_row::id),
              "infobip::errors must stay sorted by id for find_error()");

/// The status groups, for a report whose status id is in no row (verdict rule 2), or has none.
/// Rule: "infobip status.groupId <id>".
struct group_row {
  std::int64_t group_id;
  std::string_view name;  ///< Infobip's groupName, for the README (never compared)
  bool by_error;          ///< UNDELIVERABLE and REJECTED: the error id decides first (rule 3)
  bool terminal;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr std::string_view groups_page =
    "https://www.infobip.com/docs/developer-resources/errors-and-responses/response-codes";

namespace detail {
inline constexpr std::string_view group_field = "infobip status.groupId";
inline constexpr auto group_key = [](const group_row& row) { return triage::detail::rule_value(row.group_id); };
/// Rule 2 and 4 of the reference: with no status row, the group alone. UNDELIVERABLE without an id is
/// permanent/carrier (the reference's "careful engineer could also say retryable" is noted, not taken: a
/// resend of an undeliverable message with no cause known most often fails the same way); REJECTED without
/// an id is permanent/unknown.
inline constexpr group_row group_literals[] = {
    {0,
     "ACCEPTED",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "accepted by Infobip (legacy group; still in the spec's groupName enum)",
     groups_page},
    {1,
     "PENDING",
     false,
     false,
     {outcome::pending, category::none, retry_advice::none},
     "in flight, even when an error is already set (RCS failover leg, reference §10 item 7)",
     groups_page},
    {2,
     "UNDELIVERABLE",
     true,
     true,
     {outcome::permanent, category::carrier, retry_advice::none},
     "not delivered, no status or error row says why",
     groups_page},
    {3,
     "DELIVERED",
     false,
     true,
     {outcome::delivered, category::none, retry_advice::none},
     "delivered (to the handset, or to the operator: id 2)",
     groups_page},
    {4,
     "EXPIRED",
     false,
     true,
     {outcome::unknown, category::unreachable, retry_advice::none},
     "expired before delivery was confirmed; the message may still have been delivered",
     groups_page},
    {5,
     "REJECTED",
     true,
     true,
     {outcome::permanent, category::unknown, retry_advice::none},
     "rejected by Infobip or the operator, no status or error row says why",
     groups_page},
};
}  // namespace detail

inline constexpr auto group_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::group_field, detail::group_literals, detail::group_key)>(detail::group_field, detail::group_literals,
                                                                     detail::group_key);
static_assert(triage::detail::rules_fit(group_rules));
inline constexpr auto groups = triage::detail::with_rules(detail::group_literals, group_rules);

/// The fallbacks no row decides, so their rules are written out.
/// A report whose status has no group and no id of a row (courier's `UNEXPECTED` group, rule 2).
inline constexpr triage::verdict unknown_status = {outcome::unknown, category::unknown, retry_advice::none,
                                                   "infobip status not recognised"};
/// A failed report whose error id is in no row, with Infobip's flag `permanent: true` (rule 3).
inline constexpr triage::verdict unknown_error_permanent = {outcome::permanent, category::carrier, retry_advice::none,
                                                            "infobip error.id not in Infobip's tables, permanent=true"};
/// The same with `permanent: false`.
inline constexpr triage::verdict unknown_error_not_permanent = {
    outcome::retryable, category::carrier, retry_advice::retry_once,
    "infobip error.id not in Infobip's tables, permanent=false"};
/// Seen reports and inbound messages report no outbound delivery (rule 1).
inline constexpr triage::verdict seen_verdict = {outcome::none, category::none, retry_advice::none,
                                                 "infobip seen report"};
inline constexpr triage::verdict inbound_verdict = {outcome::none, category::none, retry_advice::none,
                                                    "infobip inbound message"};
/// An element of results[] that could not be read (its error record).
inline constexpr triage::verdict invalid_verdict = {outcome::unknown, category::unknown, retry_advice::none,
                                                    "infobip report not readable"};

/// The row of a status id, or nullptr.
constexpr const status_row* find_status(std::int64_t id) noexcept {
  return triage::detail::find_sorted(statuses, id, &status_row::id);
}

/// The row of an error id, or nullptr.
constexpr const error_row* find_error(std::int64_t id) noexcept {
  return triage::detail::find_sorted(errors, id, &error_row::id);
}

/// The row of a status group id, or nullptr.
constexpr const group_row* find_group(std::int64_t group_id) noexcept {
  return triage::detail::find_sorted(groups, group_id, &group_row::group_id);
}

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_TABLES_HPP
