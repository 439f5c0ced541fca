#ifndef TRIAGE_PLIVO_TABLES_HPP
#define TRIAGE_PLIVO_TABLES_HPP

// Every Plivo value the classifier knows, with its verdict: the single source of truth for
// plivo::classify(), the tests that check each row, and the README's tables.
//
// Sources (per row in `source_url`):
//  - statuses: https://plivo.com/docs/messaging/api/message/message-status-callbacks (queued, sent, failed,
//    delivered, undelivered, read), their meanings from https://plivo.com/docs/faq/messaging/sms; the
//    legacy `rejected` from the old SMS docs; `deleted` from a plivo-php docstring only. Verdicts are
//    shared/reference/plivo.md section 13.2.
//  - error codes: every row of shared/reference/plivo_error_codes.csv, with its suggested outcome, category
//    and retry advice; `retry_guidance` is Plivo's own statement where the CSV quotes one. Plivo documents
//    no grouping of its codes (no ranges as Bandwidth's 4xxx/5xxx), so a code outside the table is decided
//    by the status alone.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::plivo {

/// A value of `Status` and what it means for the message when no ErrorCode decides. Rule: "plivo Status
/// <status>".
struct status_row {
  std::string_view status;
  triage::verdict verdict;
  /// Whether an ErrorCode may decide instead (the failure statuses); queued, sent, delivered and read
  /// ignore a code (plivo.md 13.2: never turn a code on delivered into a failure).
  bool takes_code;
  /// Whether a code whose own verdict is unknown gives way to this status's verdict: a `failed` message never
  /// left Plivo, so the duplicate risk that makes 1000 unknown does not apply (plivo.md 13.2).
  bool overrides_unknown_code;
  /// Whether the status ends the delivery (the tracker's terminal phase for an unknown outcome).
  bool ends_delivery;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr std::string_view status_page = "https://plivo.com/docs/messaging/api/message/message-status-callbacks";
inline constexpr std::string_view sms_faq = "https://plivo.com/docs/faq/messaging/sms";
inline constexpr std::string_view legacy_status_page =
    "http://staging.web.plivops.com/docs/sms/api/message/message-status-callbacks/";
inline constexpr std::string_view php_docstring =
    "https://github.com/plivo/plivo-php/blob/40a821fb43f78f29805a5b811f047daf080a60b7/src/Plivo/Resources/Message/"
    "MessageInterface.php";
inline constexpr std::string_view incoming_page = "https://plivo.com/docs/messaging/api/message/handling-incoming";
inline constexpr std::string_view blog_2017 =
    "https://www.plivo.com/blog/introducing-sms-error-codes/ (source text: baibhavplivo/plivodotcom-design2 "
    "src/content/blog/introducing-sms-error-codes.md @ dca6f56ec4d14f3505a11a6935c42bcc5d84b58b)";
inline constexpr std::string_view error_codes_page = "https://plivo.com/docs/messaging/troubleshooting/error-codes";
inline constexpr std::string_view old_api_reference =
    "names from the old API reference https://api-reference.plivo.com/latest/curl/resources/message/sms-error-codes "
    "as copied into a third-party Elixir module (search-index file id 7814256584)";

namespace detail {

inline constexpr std::string_view status_field = "plivo Status";
inline constexpr std::string_view code_field = "plivo ErrorCode";

inline constexpr auto status_value = [](const status_row& row) { return triage::detail::rule_value(row.status); };

// `undelivered` without a code is unknown, not sent (nyaruka/courier maps it to Sent): the carrier had the
// message and gave no usable reason, so a blind resend may duplicate. `rejected` is a failure (novu records it
// as a success). `read` is none: a read receipt reports no new delivery outcome (DESIGN.md), and the message's
// delivered callback came before it.
inline constexpr status_row status_literals[] = {
    {"queued",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     false,
     "\"Message accepted, waiting to send\"",
     sms_faq},
    {"sent",
     {outcome::pending, category::none, retry_advice::none},
     false,
     false,
     false,
     "\"Successfully passed to downstream carrier (charged)\"; it may stay the last status when no receipt comes",
     sms_faq},
    {"delivered",
     {outcome::delivered, category::none, retry_advice::none},
     false,
     false,
     true,
     "\"Confirmed delivery to recipient device\"",
     sms_faq},
    {"undelivered",
     {outcome::unknown, category::unknown, retry_advice::none},
     true,
     false,
     true,
     "\"Carrier could not deliver to recipient\"; without a known ErrorCode the carrier gave no usable reason",
     sms_faq},
    {"failed",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     true,
     true,
     true,
     "\"Internal error before reaching carrier (not charged)\"; without a known ErrorCode one resend cannot "
     "duplicate",
     sms_faq},
    {"rejected",
     {outcome::permanent, category::carrier, retry_advice::none},
     true,
     false,
     true,
     "legacy failure status; without a known ErrorCode a rejection with no better cause",
     legacy_status_page},
    {"read",
     {outcome::none, category::none, retry_advice::none},
     false,
     false,
     false,
     "WhatsApp only: the recipient read the message (delivered earlier)",
     status_page},
    {"deleted",
     {outcome::unknown, category::unknown, retry_advice::none},
     false,
     false,
     false,
     "undocumented state, listed only in a plivo-php docstring",
     php_docstring},
};

}  // namespace detail

inline constexpr auto status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::status_literals, detail::status_value)>(detail::status_field, detail::status_literals,
                                                                          detail::status_value);
static_assert(triage::detail::rules_fit(status_rules));
inline constexpr auto statuses = triage::detail::with_rules(detail::status_literals, status_rules);

/// The fallback of a Status this library does not know: a valid callback in an unmodelled state, not an
/// error (plivo.md 13.2).
inline constexpr status_row unknown_status = {
    "",         {outcome::unknown, category::unknown, retry_advice::none, "plivo Status not in the status table"},
    false,      false,
    false,      "a status this library does not know",
    status_page};

/// The verdict of an inbound message (no Status): it reports no outbound delivery, whatever else it holds
/// (an ErrorCode on an inbound MMS or WhatsApp message is about fetching its media; MessageIntent=optout
/// is still an inbound message; plivo.md 13.3).
inline constexpr verdict inbound_verdict = {outcome::none, category::none, retry_advice::none,
                                            "plivo inbound message (no Status)"};

/// A Plivo ErrorCode. Rule: "plivo ErrorCode <code as Plivo writes it>".
struct code_row {
  std::int64_t code;
  std::string_view text;  ///< the code as Plivo writes it ("000" for success)
  std::string_view name;  ///< Plivo's name of the code
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view retry_guidance;  ///< Plivo's own retry statement, where the CSV quotes one
  std::string_view source_url;
};

namespace detail {

inline constexpr auto code_value = [](const code_row& row) { return triage::detail::rule_value(row.text); };

// Every row of plivo_error_codes.csv, in code order, outcome/category/retry as the CSV suggests. The CSV's
// "our call" rows (Plivo gives no retry statement of its own): 30, 60, 90, 300, 420 and 1000.
inline constexpr code_row code_literals[] = {
    {0,
     "000",
     "(success)",
     {outcome::delivered, category::none, retry_advice::none},
     "no error: the message record's error_code for a successful delivery; callbacks send ErrorCode= instead",
     "",
     "https://www.plivo.com/docs/messaging/api/messages"},
    {10,
     "10",
     "Invalid Message",
     {outcome::permanent, category::content, retry_advice::none},
     "the downstream carrier rejected the content as invalid (blank, or over 1,600 GSM / 737 Unicode characters)",
     "Please contact Plivo support if you encounter this error frequently.",
     error_codes_page},
    {20,
     "20",
     "Network Error",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     "the carrier delivering the message had network issues",
     "This is a temporary error. You can retry later when the carrier network is unaffected.",
     error_codes_page},
    {30,
     "30",
     "Spam Detected",
     {outcome::permanent, category::content, retry_advice::none},
     "a carrier spam filter blocked the message (also too many messages on US/CA long codes); our call: an "
     "unchanged resend meets the same filter",
     "If you're confident that your message content is compliant, retry sending the message.",
     error_codes_page},
    {40,
     "40",
     "Invalid Source Number",
     {outcome::permanent, category::configuration, retry_advice::none},
     "src is wrongly formatted, not SMS-enabled, or not assigned to the account",
     "Check the src phone number in your application to ensure that it's in the correct format and has the "
     "ability to send text messages.",
     error_codes_page},
    {50,
     "50",
     "Invalid Destination Number",
     {outcome::permanent, category::recipient, retry_advice::none},
     "dst is wrong, not SMS-enabled, or a PSTN landline",
     "Check the dst phone number in your application to ensure that it can receive text messages.",
     error_codes_page},
    {60,
     "60",
     "Loop Detected",
     {outcome::permanent, category::configuration, retry_advice::none},
     "the carrier dropped a message looping between auto-responders; our call: resending feeds the loop",
     "create loop filters in your applications, because not all carriers have loop detection",
     blog_2017},
    {70,
     "70",
     "Destination Permanently Unavailable",
     {outcome::permanent, category::recipient, retry_advice::none},
     "dst is not active and there is no indication when it will be",
     "Check the dst phone number to ensure that it's correct.",
     blog_2017},
    {80,
     "80",
     "Destination Temporarily Unavailable",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "dst is not reachable, e.g. the handset is off or out of coverage",
     "To resolve this error, retry your messages at a later time.",
     blog_2017},
    {90,
     "90",
     "No Route Available",
     {outcome::permanent, category::configuration, retry_advice::none},
     "neither the carrier nor its fallbacks had a route; our call: resending fails until routing changes",
     "contact us to find out on your behalf. Include the message UUIDs of the SMS messages affected.",
     blog_2017},
    {100,
     "100",
     "Prohibited by Carrier",
     {outcome::permanent, category::carrier, retry_advice::none},
     "the carrier refused the message, e.g. the destination network does not support SMS",
     "",
     blog_2017},
    {110,
     "110",
     "Message Too Long",
     {outcome::permanent, category::content, retry_advice::none},
     "content over 1,600 GSM / 737 UTF characters",
     "",
     blog_2017},
    {120,
     "120",
     "MMS payload over 5MB",
     {outcome::permanent, category::content, retry_advice::none},
     "MMS body text plus media larger than 5 MB (no name in the available source)",
     "",
     "https://support.plivo.com/hc/en-us/articles/"
     "360041855032-What-file-types-does-the-Plivo-SMS-API-support-for-MMS-media-messages"},
    {200,
     "200",
     "Source number blocked by STOP from destination number",
     {outcome::permanent, category::compliance, retry_advice::none},
     "the recipient opted out of this sender; Plivo blocks further messages",
     "All messages to destinations that have opted out are blocked until the destination opts in with another "
     "response.",
     blog_2017},
    {201,
     "201",
     "Outbound messages from US toll-free numbers to Canadian destination numbers are blocked",
     {outcome::permanent, category::configuration, retry_advice::none},
     "a US toll-free sender to a Canadian destination (a 2017 carrier rule, may be obsolete)",
     "",
     blog_2017},
    {300,
     "300",
     "Failed to dispatch message",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Plivo could not dispatch the message to a carrier; our call: it never left Plivo, so one resend cannot "
     "duplicate",
     "",
     old_api_reference},
    {420,
     "420",
     "Message expired",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "the message sat in Plivo's queue longer than message_expiry (3 h by default); our call: not charged and never "
     "left Plivo, resend only if still useful and after reducing the send rate",
     "By default, Plivo expires messages that remain in the messaging queues after three hours. These messages are "
     "marked failed with error code 420 and are not charged to customers.",
     "https://support.plivo.com/hc/en-us/articles/14814454609561-Message-Expiry"},
    {450,
     "450",
     "destination country barred",
     {outcome::permanent, category::configuration, retry_advice::none},
     "the destination country is not enabled in the account's Messaging Geo Permissions (FAQ wording)",
     "You can change the default permissions at any time from the Plivo console.",
     "https://docs.plivo.com/docs/faq/messaging/sms"},
    {451,
     "451",
     "Geo Permissions MPH threshold exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "messages per hour to a country went over the threshold set to Block & Alert (no name in the available "
     "source)",
     "If the number of messages exceeds the set threshold, traffic will be blocked asynchronously with error code "
     "451. You can configure the blocking period for up to 24 hours.",
     "https://plivo.com/docs/messaging/concepts/geo-permissions"},
    {900,
     "900",
     "Insufficient credit",
     {outcome::permanent, category::account, retry_advice::none},
     "the account balance is too low; the message is failed and not forwarded to carriers",
     "Outbound messages will go into a Failed state with Plivo error code 900 and are not forwarded to our "
     "downstream carriers.",
     "https://support.plivo.com/support/solutions/articles/"
     "17000088423-what-happens-to-my-outbound-messages-if-i-don-t-have-sufficient-balance-in-my-plivo-account-"},
    {910,
     "910",
     "Account disabled",
     {outcome::permanent, category::account, retry_advice::none},
     "the account (or subaccount) is disabled",
     "",
     old_api_reference},
    {1000,
     "1000",
     "Unknown Error",
     {outcome::unknown, category::unknown, retry_advice::none},
     "delivery failed for reasons unknown to Plivo and its carriers; after an undelivered the carrier had the "
     "message, so a blind resend may duplicate",
     "If you notice too many of these, please open a support ticket with us",
     blog_2017},
};

}  // namespace detail

inline constexpr auto code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::code_field, detail::code_literals, detail::code_value)>(detail::code_field, detail::code_literals,
                                                                    detail::code_value);
static_assert(triage::detail::rules_fit(code_rules));
inline constexpr auto codes = triage::detail::with_rules(detail::code_literals, code_rules);
static_assert(triage::detail::sorted_and_unique(codes, &code_row::code),
              "find_code bisects: the code table must be in rising code order");

/// The row of a known Status, or nullptr.
constexpr const status_row* find_status(std::string_view status) noexcept {
  return triage::detail::find_row(statuses, status, &status_row::status);
}

/// The row of a known ErrorCode, or nullptr.
constexpr const code_row* find_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(codes, code, &code_row::code);
}

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_TABLES_HPP
