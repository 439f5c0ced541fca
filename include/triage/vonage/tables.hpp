#ifndef TRIAGE_VONAGE_TABLES_HPP
#define TRIAGE_VONAGE_TABLES_HPP

// Every Vonage value the classifier knows, with its verdict: the single source of truth for
// vonage::classify(), the tests that check each row, and the README's tables. The rows are those of
// shared/reference/vonage_error_codes.csv, every one, in its order: the verdict is the CSV's suggested
// outcome, category and retry; `meaning`, `guidance` (Vonage's own retry words), `note` (why the verdict)
// and `source_url` are its columns verbatim.
//
// Four tables, as the CSV's four code spaces (vonage.md §9.1):
//  - sms_statuses: the SMS API DLR `status` word. Rule "vonage status sms <status>".
//  - sms_codes: the SMS API DLR `err-code` (0-99). Rule "vonage err-code <code>".
//  - message_statuses: the Messages API `status`. Rule "vonage status messages <status>".
//  - message_codes: the Messages API error code (error.title, or the #NNNN of error.type; v0.1 error.code).
//    Rule "vonage error <code>".
//
// Where this library reads a row differently from the CSV's wording, it says so beside the row. Two rows
// never decide a verdict by themselves, as the CSV's own `reason` asks: err-code 0 ("Only with
// status=delivered ... so status decides") and the fallbacks of status rows that a code overrides.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::vonage {

/// A status word and what it means for the message.
struct status_row {
  std::string_view status;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view guidance;  ///< Vonage's retry guidance, as the CSV quotes it
  std::string_view note;      ///< why this verdict (the CSV's reason)
  std::string_view source_url;
};

/// An error code and what it means for the message.
struct code_row {
  std::int64_t code;
  std::string_view name;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view guidance;
  std::string_view note;
  std::string_view source_url;
};

namespace detail {

inline constexpr std::string_view status_field = "vonage status";
inline constexpr std::string_view sms_code_field = "vonage err-code";
inline constexpr std::string_view message_code_field = "vonage error";

inline constexpr auto sms_status_value = [](const status_row& row) {
  return triage::detail::rule_value(row.status, "sms");
};
inline constexpr auto message_status_value = [](const status_row& row) {
  return triage::detail::rule_value(row.status, "messages");
};
inline constexpr auto code_value = [](const code_row& row) { return triage::detail::rule_value(row.code); };

// accepted and buffered are pending whatever err-code says (the short-code docs: "If status is accepted
// ignore the value of err-code"; 7 with accepted is "in the retry scheme"). failed and rejected are the
// fallbacks of a DLR whose err-code is absent, 0 or not in sms_codes. expired stays unknown unless an
// err-code in sms_codes names a reason: Vonage also generates it itself after 72 h without a DLR.
inline constexpr status_row sms_status_literals[] = {
    {"accepted",
     {outcome::pending, category::none, retry_advice::none},
     "Accepted for delivery by the carrier, not yet delivered (intermediate DLR)",
     "KB 115007053127: intermediate. KB 204014863: US long codes/unregistered short codes usually get only ACCEPTED "
     "(\"the network has accepted the message and will attempt to deliver it\")",
     "Not terminal; may be the last DLR ever sent for US long codes, so a tracker needs a timeout",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "204014863-What-will-I-receive-if-a-network-or-country-does-not-support-delivery-receipts"},
    {"buffered",
     {outcome::pending, category::none, retry_advice::none},
     "Buffered for later delivery (in the carrier retry scheme)",
     "KB 115007053127: intermediate (\"This message is in the process of being delivered\")",
     "Not terminal",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return"},
    {"delivered",
     {outcome::delivered, category::none, retry_advice::none},
     "Delivered (carrier or handset DLR)",
     "guide: \"In most situations, a DLR is a reliable indicator ... not an absolute guarantee\"; \"Other delivery "
     "receipts are fakes\"",
     "Terminal success as far as Vonage can tell",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return"},
    {"expired",
     {outcome::unknown, category::unreachable, retry_advice::none},
     "Held in the downstream retry scheme and not delivered within the expiry time; ALSO generated by Vonage when no "
     "final DLR arrived within 72 h",
     "KB 115007053127: \"If the SMS has not received a final DLR after 72 hours ... the Vonage API platform will "
     "generate a final DLR with an expired status\"; later carrier DLRs \"will be ignored\". KB 204014863: for the "
     "Philippines \"we wait 72 hours and then we send a final status of EXPIRED\"",
     "Ambiguous: may be a real validity expiry (handset off) or just a missing DLR (message possibly delivered); do "
     "not resend blindly. Use err-code when it says more (2/7 -> retryable)",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "204014863-What-will-I-receive-if-a-network-or-country-does-not-support-delivery-receipts"},
    {"failed",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "Message not delivered",
     "ALL: KB 204014733: \"All Delivery Receipts with a non-zero error code can be considered as indicating failed "
     "delivery\" and \"Neither Vonage SMS APIs nor operators will perform further attempts to re-deliver a message "
     "unless another API call is performed.\"",
     "Fallback only when err-code is absent/0; a specific err-code overrides it",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions"},
    {"rejected",
     {outcome::permanent, category::carrier, retry_advice::none},
     "Downstream carrier refuses to deliver the message",
     "ALL: KB 204014733: \"All Delivery Receipts with a non-zero error code can be considered as indicating failed "
     "delivery\" and \"Neither Vonage SMS APIs nor operators will perform further attempts to re-deliver a message "
     "unless another API call is performed.\"",
     "Fallback only when err-code is absent/0; a specific err-code overrides it",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions"},
    {"unknown",
     {outcome::unknown, category::unknown, retry_advice::none},
     "No useful information available (carrier returned an undocumented status)",
     "none",
     "Final state not known",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/status.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "115007053127-What-kind-of-Delivery-Receipts-DLRs-does-the-Vonage-API-platform-return"},

};

// Sorted by code (checked below): find_sms_code() bisects. Row 0 decides nothing by itself: a DLR's status
// decides when err-code is 0 (the CSV's reason for it).
inline constexpr code_row sms_code_literals[] = {
    {0,
     "Delivered",
     {outcome::delivered, category::none, retry_advice::none},
     "Message was delivered successfully",
     "none needed",
     "Only with status=delivered; 0 also arrives with accepted/buffered/expired (courier fixture), so status decides",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {1,
     "Unknown",
     {outcome::retryable, category::unknown, retry_advice::retry_once},
     "Message was not delivered, and no reason could be determined",
     "US short-code table: \"When you see this error, and status is rejected, always check if to in your request was "
     "valid.\"",
     "Vonage says not delivered (non-zero err-code), so one resend does not risk a duplicate; cause unknown so only "
     "once (our call)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {2,
     "Absent Subscriber - Temporary",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "Handset temporarily unavailable (out of coverage / switched off)",
     "\"Message was not delivered because handset was temporarily unavailable - retry\"; short-code table: \"This is a "
     "temporary failure, retry later for a positive result.\"",
     "Vonage explicitly says retry; the number is valid",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {3,
     "Absent Subscriber - Permanent",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Number no longer active",
     "\"The number is no longer active and should be removed from your database\"",
     "Vonage says remove the number",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {4,
     "Call Barred by User",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Subscriber has barring on the line",
     "\"This is a permanent error: the number should be removed from your database and the user must contact their "
     "network operator to remove the bar\"",
     "Vonage calls it permanent",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {5,
     "Portability Error",
     {outcome::permanent, category::carrier, retry_advice::none},
     "Problem with the number after it was ported to another carrier",
     "\"There is an issue relating to portability of the number and you should contact the network operator to resolve "
     "it\"",
     "Fails until the carrier fixes the porting data; the number itself may be fine, so carrier not recipient (our "
     "call)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {6,
     "Anti-Spam Rejection",
     {outcome::permanent, category::content, retry_advice::none},
     "Blocked by a carrier anti-spam filter (sender ID or content)",
     "none (\"The message has been blocked by a carrier's anti-spam filter\"); short-code table: \"restrictions ... "
     "for example on SenderID or message content\"",
     "Same content/sender will be blocked again; resending hurts reputation",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {7,
     "Handset Busy",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "Handset not available at the time of sending",
     "\"The handset was not available at the time the message was sent - retry\"; short-code table: \"If status is "
     "Failed, this is a temporary failure; retry later ... If status is Accepted, this message has is in the retry "
     "scheme and will be resent until it expires in 24-48 hours.\"",
     "Vonage says retry; with status accepted the carrier is still retrying, so pending",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {8,
     "Network Error",
     {outcome::retryable, category::carrier, retry_advice::retry},
     "Network failure while sending",
     "\"The message failed due to a network error - retry\"; short-code table: \"This is a temporary failure, retry "
     "later for a positive result.\"",
     "Vonage says retry",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {9,
     "Illegal Number",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Recipient asked not to receive messages from this service (opt-out / blocklist)",
     "none (\"The user has specifically requested not to receive messages from a specific service\"); short-code "
     "table: \"the user has already sent a STOP opt-out message and no longer wishes to receive messages from you.\"",
     "Opt-out; must not resend",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {10,
     "Illegal Message",
     {outcome::permanent, category::content, retry_advice::none},
     "Error in a message parameter (e.g. wrong encoding flag, type, udh)",
     "none (\"There is an error in a message parameter, e.g. wrong encoding flag\")",
     "Request content must change",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {11,
     "Unroutable",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Vonage has no suitable route to the destination",
     "\"Vonage cannot find a suitable route to deliver the message - contact support\"",
     "Needs Vonage routing/provisioning change; resending fails the same way",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {12,
     "Destination Unreachable",
     {outcome::permanent, category::recipient, retry_advice::none},
     "No route to the number",
     "\"A route to the number cannot be found - confirm the recipient's number\"",
     "Vonage points at the number; seen on a DLR to a wrong number (vonage-php-sdk-core#416)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md ; https://github.com/Vonage/vonage-php-sdk-core/issues/416"},
    {13,
     "Subscriber Age Restriction",
     {outcome::permanent, category::content, retry_advice::none},
     "Content not allowed for the recipient's age",
     "none (\"The target cannot receive your message due to their age\")",
     "Same content fails again for this recipient (content rating; compliance is also defensible)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {14,
     "Number Blocked by Carrier",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Carrier blocks SMS for this subscriber (plan lacks SMS, account suspended)",
     "\"The recipient should ask their carrier to enable SMS on their plan\"",
     "Recipient-side change needed",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {15,
     "Prepaid Insufficient Funds",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "Recipient's prepaid account lacks credit to receive",
     "none (\"The recipient is on a prepaid plan and does not have enough credit to receive your message\")",
     "Valid number; may succeed after the recipient tops up (our call)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {16,
     "Gateway Quota Exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "Quota exceeded on the gateway",
     "none found in a Vonage-owned text",
     "UNVERIFIED: listed only by nyaruka/courier (its comment cites the Vonage DLR page); a nexmo-developer PR of "
     "2022-11-23 \"Added a new delivery receipt error code\" (Nexmo/nexmo-developer#4730) is probably this code but "
     "its text was not available",
     "https://github.com/nyaruka/courier/blob/350e935007fd7e7cab689feee5ce97e326d49099/handlers/nexmo/handler.go ; "
     "https://github.com/Nexmo/nexmo-developer/pull/4730"},
    {50,
     "Entity Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "entity-id incorrect or not provided (India DLT)",
     "none; \"More information on country specific regulations\"",
     "Regulatory registration must be fixed first (added 2020-12 for India DLT, Nexmo/nexmo-developer#3412)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md ; https://github.com/Nexmo/nexmo-developer/pull/3412"},
    {51,
     "Header Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "header ID (from) incorrect or missing (India DLT)",
     "none; \"More information on country specific regulations\"",
     "Regulatory registration must be fixed first (added 2020-12 for India DLT, Nexmo/nexmo-developer#3412)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md ; https://github.com/Nexmo/nexmo-developer/pull/3412"},
    {52,
     "Content Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "content-id incorrect or not provided (India DLT template)",
     "none; \"More information on country specific regulations\"",
     "Regulatory registration must be fixed first (added 2020-12 for India DLT, Nexmo/nexmo-developer#3412)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md ; https://github.com/Nexmo/nexmo-developer/pull/3412"},
    {53,
     "Consent Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "consent not authorized (India DLT)",
     "none; \"More information on country specific regulations\"",
     "Regulatory registration must be fixed first (added 2020-12 for India DLT, Nexmo/nexmo-developer#3412)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md ; https://github.com/Nexmo/nexmo-developer/pull/3412"},
    {54,
     "Regulation Error",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Unexpected regulation error",
     "\"Unexpected regulation error - contact support\"",
     "Needs support / regulatory fix before a resend can succeed (our call)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},
    {99,
     "General Error",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "Typically an error in the route",
     "\"Typically refers to an error in the route - contact support\"",
     "Route problem on the Vonage/carrier side; adaptive routing may pick another route, so at most one resend (our "
     "call)",
     "https://developer.vonage.com/en/messaging/sms/guides/delivery-receipts#dlr-error-codes ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/"
     "messaging/sms/guides/delivery-receipts.md ; "
     "https://api.support.vonage.com/hc/en-us/articles/204014733-Vonage-SMS-Delivery-Error-Codes-and-Descriptions ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_examples/api/"
     "us-short-codes/alerts/delivery-receipt/err-code.md"},

};

// submitted is pending even with an error object (1220: "If status is submitted, this message has is in
// the retry scheme"); read is none (a read receipt); rejected and undeliverable are the fallbacks of an
// event whose error code is absent or not in message_codes.
inline constexpr status_row message_status_literals[] = {
    {"submitted",
     {outcome::pending, category::none, retry_advice::none},
     "Messages API has passed the message on to the messaging provider",
     "none. Chargeable event for SMS/MMS is \"When submitted\"; \"Typical Final Status\" for SMS/MMS is delivered or "
     "rejected",
     "Not terminal; more callbacks follow (for SMS it may be the only one if the carrier sends no DLR)",
     "https://developer.vonage.com/en/messages/concepts/messages-status-callbacks ; "
     "https://github.com/Vonage/vonage-java-sdk/blob/609f524d58a00a8fa51569474689307e191b5da4/src/main/java/com/vonage/"
     "client/messages/MessageStatus.java"},
    {"delivered",
     {outcome::delivered, category::none, retry_advice::none},
     "Delivered to the recipient (provider or carrier DLR)",
     "none",
     "Terminal success for SMS/MMS; OTT channels may still send read",
     "https://developer.vonage.com/en/messages/concepts/messages-status-callbacks ; "
     "https://github.com/Vonage/vonage-java-sdk/blob/609f524d58a00a8fa51569474689307e191b5da4/src/main/java/com/vonage/"
     "client/messages/MessageStatus.java"},
    {"read",
     {outcome::none, category::none, retry_advice::none},
     "Provider says the end user read the message (WhatsApp, Viber, Messenger, RCS)",
     "none",
     "A read receipt reports no new delivery outcome (it implies delivered); taxonomy maps read receipts to none",
     "https://developer.vonage.com/en/messages/concepts/messages-status-callbacks ; "
     "https://github.com/Vonage/vonage-java-sdk/blob/609f524d58a00a8fa51569474689307e191b5da4/src/main/java/com/vonage/"
     "client/messages/MessageStatus.java"},
    {"rejected",
     {outcome::permanent, category::carrier, retry_advice::none},
     "Rejected by Vonage or the provider (invalid params, unsupported media, unsupported country, TTL expired); comes "
     "with an error object",
     "none beyond the error code",
     "Fallback when no error code is present; the error code overrides it",
     "https://developer.vonage.com/en/messages/concepts/messages-status-callbacks ; "
     "https://github.com/Vonage/vonage-java-sdk/blob/609f524d58a00a8fa51569474689307e191b5da4/src/main/java/com/vonage/"
     "client/messages/MessageStatus.java"},
    {"undeliverable",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     "Messages API was unable to connect to the messaging provider (\"messaging provider outage or other incident\")",
     "none",
     "Outage-type failure; an error code (e.g. 1260) overrides it",
     "https://developer.vonage.com/en/messages/concepts/messages-status-callbacks ; "
     "https://github.com/Vonage/vonage-java-sdk/blob/609f524d58a00a8fa51569474689307e191b5da4/src/main/java/com/vonage/"
     "client/messages/MessageStatus.java"},

};

// Sorted by code (checked below): find_message_code() bisects.
inline constexpr code_row message_code_literals[] = {
    {1000,
     "Throttled",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "Submission capacity of the account exceeded",
     "\"Please wait and retry\"",
     "Vonage says wait and retry",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1010,
     "Missing params",
     {outcome::permanent, category::content, retry_advice::none},
     "Request incomplete, mandatory parameters missing",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1020,
     "Invalid params",
     {outcome::permanent, category::content, retry_advice::none},
     "One or more parameter values invalid",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1021,
     "Invalid tag",
     {outcome::permanent, category::content, retry_advice::none},
     "The tag value is invalid",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1022,
     "Invalid template",
     {outcome::permanent, category::content, retry_advice::none},
     "Invalid template or template parameters (2021 text: \"Invalid template parameters\")",
     "none",
     "Template/params must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1030,
     "Internal error",
     {outcome::retryable, category::platform, retry_advice::retry_once},
     "Error processing the request in the Vonage platform",
     "none",
     "Vonage-internal; one resend reasonable (our call)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1040,
     "Invalid message",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Platform unable to process the request, e.g. unrecognised number prefix",
     "none",
     "Typical cause is the destination number",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1050,
     "Number barred",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Destination is on a blocklist and may not receive messages",
     "none",
     "Blocked destination",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1060,
     "Partner account barred",
     {outcome::permanent, category::account, retry_advice::none},
     "The api_key belongs to an account barred from submitting",
     "none",
     "Account problem",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1070,
     "Partner quota exceeded",
     {outcome::permanent, category::account, retry_advice::none},
     "Pre-paid account lacks credit",
     "none (SMS API analogue 9: \"Top-up and retry\")",
     "Fails until the balance is topped up",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1080,
     "Account not enabled for REST",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Account not provisioned for REST; use SMPP on the SMS API",
     "none",
     "Provisioning change needed",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1090,
     "Message too long",
     {outcome::permanent, category::content, retry_advice::none},
     "udh + body longer than 140 octets for binary SMS",
     "none",
     "Content must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1100,
     "Communication Failed",
     {outcome::retryable, category::carrier, retry_advice::retry_once},
     "Message was not submitted because of a communication failure",
     "none",
     "Not submitted, so a resend cannot duplicate (our call)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1110,
     "Invalid Signature",
     {outcome::permanent, category::account, retry_advice::none},
     "Signature verification of the submitted request failed",
     "none",
     "LEGACY: only in the 2020-2021 docs list, absent from the spec x-errors and the live list",
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md"},
    {1120,
     "Illegal Sender Address - rejected",
     {outcome::permanent, category::configuration, retry_advice::none},
     "SenderID not accepted under local regulations",
     "\"Please check the Global messaging section\"",
     "Sender must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1130,
     "Invalid TTL",
     {outcome::permanent, category::content, retry_advice::none},
     "ttl value invalid",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1140,
     "Facility not allowed",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Request uses a facility not enabled on the account",
     "none",
     "Account provisioning",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1150,
     "Invalid Message class",
     {outcome::permanent, category::content, retry_advice::none},
     "message-class out of range",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1160,
     "Non White-listed Destination",
     {outcome::permanent, category::account, retry_advice::none},
     "Destination not on the pre-approved list (trial/demo account)",
     "\"To send messages to this phone number, add it using Dashboard.\"",
     "Account in demo mode",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1170,
     "Invalid or Missing Msisdn Param",
     {outcome::permanent, category::recipient, retry_advice::none},
     "to missing or invalid",
     "none",
     "Bad recipient",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1180,
     "Absent Subscriber Temporary",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "Recipient temporarily unavailable (no coverage / switched off)",
     "\"This is a temporary failure, retry later for a positive result.\"",
     "Vonage says retry later",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1190,
     "Absent Subscriber Permanent",
     {outcome::permanent, category::recipient, retry_advice::none},
     "to is no longer active",
     "\"You should remove this phone number from your database.\"",
     "Vonage says remove",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1200,
     "Portability Error",
     {outcome::permanent, category::carrier, retry_advice::none},
     "Issue after the user changed carrier",
     "\"If the user wants to receive messages from you, they need to contact their carrier directly.\"",
     "Carrier data must be fixed",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1210,
     "Anti-Spam Rejection",
     {outcome::permanent, category::content, retry_advice::none},
     "Carrier restriction on SenderID or content",
     "none",
     "Same content/sender blocked again",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1220,
     "Handset Busy",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "Handset unavailable when sent",
     "\"If status is rejected, this is a temporary failure; retry later for a positive result. If status is submitted, "
     "this message has is in the retry scheme and will be resent until it expires in 24-48 hours.\"",
     "Vonage says retry later (pending if status is submitted)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1230,
     "Network Error",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     "Network failure while sending",
     "\"This is a temporary failure, retry later for a positive result.\"",
     "Vonage says retry later",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1240,
     "Illegal Number",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Recipient sent STOP and opted out",
     "none",
     "Opt-out",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1241,
     "Too many send requests",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "Too many send requests to phone numbers",
     "none",
     "Volume limit (our call)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1250,
     "Unroutable",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Chosen route unavailable (unsupported network, pre-paid/reseller account)",
     "\"email us at support@nexmo.com or create a helpdesk ticket\"",
     "Needs Vonage routing change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1251,
     "Unable to route traffic to a destination",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Blocked by routing rules for the destination network",
     "none",
     "Routing rule must change",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1260,
     "Destination unreachable",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Could not be delivered to the number; for Viber the account may not be enabled for the country",
     "none",
     "Points at the number (or channel/country enablement)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1270,
     "Subscriber Age Restriction",
     {outcome::permanent, category::content, retry_advice::none},
     "Carrier blocked: content not suitable for the recipient's age",
     "none",
     "Same content fails again",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1280,
     "Number Blocked by Carrier",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Carrier blocked (plan lacks SMS, account suspended)",
     "none",
     "Recipient-side change needed",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1282,
     "Message blocked by provider",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Provider chose to block the message (content or provider restrictions)",
     "none",
     "Provider policy block",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1290,
     "Pre-Paid - Insufficient funds",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "Recipient's pre-paid account cannot receive",
     "none",
     "May succeed after the recipient tops up (our call)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1300,
     "Not part of the provider network",
     {outcome::permanent, category::recipient, retry_advice::none},
     "Number or ID is not a user of the provider (e.g. not on WhatsApp)",
     "none",
     "Recipient not on the channel",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1310,
     "Not suitable device",
     {outcome::permanent, category::recipient, retry_advice::none},
     "User's device cannot receive the message",
     "none",
     "Device capability",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1320,
     "Message already sent",
     {outcome::permanent, category::content, retry_advice::none},
     "The message was already sent",
     "none",
     "Duplicate submission; do not resend",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1330,
     "Unknown",
     {outcome::retryable, category::unknown, retry_advice::retry_once},
     "Unknown error from the carrier; to may be unknown",
     "\"When you see this error, and status is rejected, always check if to in your request was valid.\"",
     "Same treatment as SMS err-code 1 (our call)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1331,
     "Provider error",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     "Provider not responding or unable to process",
     "\"Please try sending your message in a few minutes time.\"",
     "Vonage says retry in a few minutes",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1340,
     "Outside of the allowed window",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Sent outside the allowed response window (e.g. WhatsApp 24 h customer-care window)",
     "none",
     "Needs a template / user re-engagement",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1350,
     "Phone matching fee not paid",
     {outcome::permanent, category::account, retry_advice::none},
     "Facebook Page must pay the phone matching access fee",
     "none",
     "Billing/account change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1360,
     "TTL was activated",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "TTL activated or message expired before delivery (2021: \"TTL was activated, no callbacks and no charge will be "
     "issued\")",
     "none",
     "Not delivered in time; a later resend may succeed (sender-set TTL: resend is a new decision)",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1370,
     "Expired access Token",
     {outcome::permanent, category::account, retry_advice::none},
     "Facebook Page access token expired; re-authenticate the page (consent every 90 days)",
     "\"Please reauthenticate your Facebook Page with Vonage.\"",
     "Credentials must be renewed",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1380,
     "Invalid resource",
     {outcome::permanent, category::content, retry_advice::none},
     "Media URL not accessible or invalid",
     "\"Please check that the URL your provided to your resource is accessible and valid.\"",
     "Media must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1381,
     "Resource size is too large",
     {outcome::permanent, category::content, retry_advice::none},
     "Media file too large",
     "\"Please try sending a smaller media file.\"",
     "Media must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1382,
     "Resource type is invalid",
     {outcome::permanent, category::content, retry_advice::none},
     "Media file type invalid",
     "\"Please check that the file you are trying to send is valid.\"",
     "Media must change",
     "https://developer.vonage.com/en/api-errors/messages ; "
     "https://github.com/Nexmo/nexmo-developer/blob/4da2b396b208864739f65703f2e82b1681049276/_open_api/errors/"
     "messages-olympus.md ; "
     "https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/"
     "messages-olympus.yml (x-errors)"},
    {1400,
     "Unsupported channel",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Channel in the request not supported",
     "none",
     "Request/account change",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1410,
     "Invalid channel parameters",
     {outcome::permanent, category::content, retry_advice::none},
     "One or more channel parameters invalid",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1420,
     "Invalid sender",
     {outcome::permanent, category::configuration, retry_advice::none},
     "from invalid for the channel",
     "none",
     "Sender not provisioned",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1430,
     "Invalid recipient",
     {outcome::permanent, category::recipient, retry_advice::none},
     "to invalid for the channel",
     "none",
     "Bad recipient",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1440,
     "Invalid message type",
     {outcome::permanent, category::content, retry_advice::none},
     "message_type not supported for the channel",
     "none",
     "Unsupported type",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1450,
     "Invalid client reference",
     {outcome::permanent, category::content, retry_advice::none},
     "client_ref longer than 100 characters",
     "none",
     "Request must change",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1451,
     "Invalid context",
     {outcome::permanent, category::content, retry_advice::none},
     "Reference to the original message not found (invalid or no longer available)",
     "none",
     "Reply context must change",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1460,
     "Daily message limit exceeded",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "Daily limit reached",
     "\"Check compliance with regulations such as 10DLC.\"",
     "Volume cap; next day may succeed",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1461,
     "Auto-limiting of messages by Provider",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "Provider did not deliver to avoid excessive messages to the end user (WhatsApp per-user marketing limits)",
     "KB 17270698783516 linked",
     "Per-user provider limit; later may succeed (our call)",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1470,
     "Fraud Defender Traffic Rule",
     {outcome::permanent, category::configuration, retry_advice::none},
     "Rejected by a prefix block list (the account's own traffic rule)",
     "none",
     "Account rule must change; Vonage does not charge these (KB 14730069659804)",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage) ; "
     "https://api.support.vonage.com/hc/en-us/articles/"
     "14730069659804-Will-I-be-charged-for-an-SMS-rejected-by-Fraud-Defender-Traffic-Rules"},
    {1472,
     "Fraud Defender SMS Burst Protection",
     {outcome::retryable, category::rate_limit, retry_advice::retry_later},
     "Traffic limit reached",
     "none",
     "Burst limit per 10-minute window",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1473,
     "AIT Protection",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Rejected by Fraud Defender AIT (artificially inflated traffic) protection",
     "none",
     "Fraud block",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1480,
     "Entity Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "entity_id incorrect or not provided",
     "none (\"More information on country specific regulations\")",
     "Messages API twin of SMS err-code 50",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1481,
     "Header Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "header ID (from) incorrect or missing",
     "none (\"More information on country specific regulations\")",
     "Messages API twin of SMS err-code 51",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1482,
     "Content Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "content_id incorrect or not provided",
     "none (\"More information on country specific regulations\")",
     "Messages API twin of SMS err-code 52",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1483,
     "Consent Filter",
     {outcome::permanent, category::compliance, retry_advice::none},
     "consent not authorized",
     "none (\"More information on country specific regulations\")",
     "Messages API twin of SMS err-code 53",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},
    {1484,
     "Regulation Error",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Unexpected regulation error",
     "\"contact support\"",
     "Messages API twin of SMS err-code 54",
     "https://developer.vonage.com/en/api-errors/messages ; third-party extraction of the live list: search-index file "
     "id 57382721664 (TypeScript table, says it was taken from "
     "https://developer.vonage.com/api/v1/developer/api/docs/messages?vendorId=vonage)"},

};

}  // namespace detail

inline constexpr auto sms_status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::sms_status_literals, detail::sms_status_value)>(
    detail::status_field, detail::sms_status_literals, detail::sms_status_value);
static_assert(triage::detail::rules_fit(sms_status_rules));
inline constexpr auto sms_statuses = triage::detail::with_rules(detail::sms_status_literals, sms_status_rules);

inline constexpr auto sms_code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::sms_code_field, detail::sms_code_literals, detail::code_value)>(
    detail::sms_code_field, detail::sms_code_literals, detail::code_value);
static_assert(triage::detail::rules_fit(sms_code_rules));
inline constexpr auto sms_codes = triage::detail::with_rules(detail::sms_code_literals, sms_code_rules);
static_assert(triage::detail::sorted_and_unique(sms_codes, &code_row::code),
              "vonage::sms_codes must stay sorted by code for find_sms_code()");

inline constexpr auto message_status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::status_field, detail::message_status_literals, detail::message_status_value)>(
    detail::status_field, detail::message_status_literals, detail::message_status_value);
static_assert(triage::detail::rules_fit(message_status_rules));
inline constexpr auto message_statuses =
    triage::detail::with_rules(detail::message_status_literals, message_status_rules);

inline constexpr auto message_code_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::message_code_field, detail::message_code_literals, detail::code_value)>(
    detail::message_code_field, detail::message_code_literals, detail::code_value);
static_assert(triage::detail::rules_fit(message_code_rules));
inline constexpr auto message_codes = triage::detail::with_rules(detail::message_code_literals, message_code_rules);
static_assert(triage::detail::sorted_and_unique(message_codes, &code_row::code),
              "vonage::message_codes must stay sorted by code for find_message_code()");

/// The fallbacks no row decides, so their rules are written out.
inline constexpr triage::verdict unknown_sms_status{outcome::unknown, category::unknown, retry_advice::none,
                                                    "vonage status sms not recognised"};
inline constexpr triage::verdict unknown_message_status{outcome::unknown, category::unknown, retry_advice::none,
                                                        "vonage status messages not recognised"};
/// An inbound message (SMS API or Messages API) reports no outbound delivery.
inline constexpr triage::verdict inbound_verdict{outcome::none, category::none, retry_advice::none,
                                                 "vonage inbound message"};

constexpr const status_row* find_sms_status(std::string_view status) noexcept {
  return triage::detail::find_row(sms_statuses, status, &status_row::status);
}
constexpr const code_row* find_sms_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(sms_codes, code, &code_row::code);
}
constexpr const status_row* find_message_status(std::string_view status) noexcept {
  return triage::detail::find_row(message_statuses, status, &status_row::status);
}
constexpr const code_row* find_message_code(std::int64_t code) noexcept {
  return triage::detail::find_sorted(message_codes, code, &code_row::code);
}

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_TABLES_HPP
