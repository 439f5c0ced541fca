#ifndef TRIAGE_BIRD_CONVERSATIONS_TABLES_HPP
#define TRIAGE_BIRD_CONVERSATIONS_TABLES_HPP

// The verdict of each message status of the legacy MessageBird Conversations API (conversations_event.hpp).
// The statuses are the Go SDK's MessageStatus constants: the 2022 list (messagebird/go-rest-api @ e0a41ed
// conversation/message.go, from commit 3cd78f2 "extend message statuses and types") and the two of the
// 2018 list that it dropped, `delivered` and `unsupported` (957b332 conversation/api.go): archives from
// before 2022 hold them, and `delivered` is the status a delivered message has. The SDK gives names only;
// the meanings and the verdicts are ours, and no legacy SDK models an error field, so the status is all
// there is to classify. Rules read "bird conversations status <status>".
//
// A read receipt is none (DESIGN.md), and so are the e-mail interactions, as the platform's e-mail events
// have them (platform_tables.hpp: opened, clicked): history of a delivered message; a spam complaint or an unsubscribe
// is a compliance signal (outcome none, category compliance: stop sending to the address) rather than a delivery
// outcome.

#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bird {

/// One message status with its verdict.
struct conversations_status_row {
  std::string_view status;
  triage::verdict verdict;
  std::string_view meaning;  ///< ours: the SDK names the constant only
  std::string_view source_url;
};

inline constexpr std::string_view conversations_statuses_url =
    "https://github.com/messagebird/go-rest-api/blob/e0a41ed5af761d3bf62a0cafb918cd90b5834d02/conversation/"
    "message.go";
inline constexpr std::string_view conversations_statuses_2018_url =
    "https://github.com/messagebird/go-rest-api/blob/957b332/conversation/api.go";

namespace detail {

inline constexpr std::string_view conversations_status_field = "bird conversations status";
inline constexpr auto conversations_status_value = [](const conversations_status_row& row) {
  return triage::detail::rule_value(row.status);
};

inline constexpr conversations_status_row conversations_status_literals[] = {
    {"accepted",
     {outcome::pending, category::none, retry_advice::none},
     "accepted by the Conversations API, not yet sent to the channel",
     conversations_statuses_url},
    {"pending",
     {outcome::pending, category::none, retry_advice::none},
     "waiting to be sent to the channel",
     conversations_statuses_url},
    {"sent",
     {outcome::pending, category::none, retry_advice::none},
     "sent to the channel (SMS carrier, WhatsApp, ...); no delivery report yet",
     conversations_statuses_url},
    {"transmitted",
     {outcome::pending, category::none, retry_advice::none},
     "transmitted to the channel; no delivery report yet",
     conversations_statuses_url},
    {"dispatched",
     {outcome::pending, category::none, retry_advice::none},
     "dispatched to the channel; no delivery report yet",
     conversations_statuses_url},
    {"buffered",
     {outcome::pending, category::none, retry_advice::none},
     "held by the channel until the recipient can be reached",
     conversations_statuses_url},
    {"delayed",
     {outcome::pending, category::none, retry_advice::none},
     "delivery delayed (an e-mail server deferred it); the channel keeps trying",
     conversations_statuses_url},
    {"delivered",
     {outcome::delivered, category::none, retry_advice::none},
     "delivered to the recipient",
     conversations_statuses_2018_url},
    {"read",
     {outcome::none, category::none, retry_advice::none},
     "read by the recipient: a read receipt (DESIGN.md: none), after its delivery",
     conversations_statuses_url},
    {"opened",
     {outcome::none, category::none, retry_advice::none},
     "an e-mail opened by the recipient: an interaction, after its delivery",
     conversations_statuses_url},
    {"clicked",
     {outcome::none, category::none, retry_advice::none},
     "a link in the message clicked by the recipient: an interaction, after its delivery",
     conversations_statuses_url},
    // Inbound messages are created with it; classify.hpp decides them by direction first.
    {"received",
     {outcome::none, category::none, retry_advice::none},
     "a message received from the customer",
     conversations_statuses_url},
    // Refused outright (content, sender or recipient not accepted): the same message would be refused again.
    {"rejected",
     {outcome::permanent, category::unknown, retry_advice::none},
     "rejected by the channel before sending; the status names no cause",
     conversations_statuses_url},
    // As the Channels API's sending_failed (tables.hpp): it says that it failed, not why, nor whether a
    // resend can help.
    {"failed",
     {outcome::unknown, category::unknown, retry_advice::none},
     "could not be sent; the status names no cause",
     conversations_statuses_url},
    // As the Channels API's delivery_failed (the CSV's messagebird-legacy-sms-status row): no cause given.
    {"delivery_failed",
     {outcome::unknown, category::unknown, retry_advice::none},
     "sent, but the channel reported it undelivered; the status names no cause",
     conversations_statuses_url},
    // As the legacy SMS API's expired (the CSV's messagebird-legacy-sms-status row).
    {"expired",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "not delivered within its validity period (typically an unreachable recipient)",
     conversations_statuses_url},
    {"bounce",
     {outcome::permanent, category::recipient, retry_advice::none},
     "an e-mail bounced: the address does not accept mail",
     conversations_statuses_url},
    {"unsupported",
     {outcome::permanent, category::content, retry_advice::none},
     "the channel does not support the message's content type",
     conversations_statuses_2018_url},
    {"spam_complaint",
     {outcome::none, category::compliance, retry_advice::none},
     "the recipient reported the e-mail as spam: stop sending to the address",
     conversations_statuses_url},
    {"list_unsubscribe",
     {outcome::none, category::compliance, retry_advice::none},
     "the recipient unsubscribed through the List-Unsubscribe header: stop sending to the address",
     conversations_statuses_url},
    {"deleted",
     {outcome::unknown, category::unknown, retry_advice::none},
     "the message was deleted; whether it had been delivered is not said",
     conversations_statuses_url},
    // Not explained anywhere public; unknown rather than a guess.
    {"out_of_bounded",
     {outcome::unknown, category::unknown, retry_advice::none},
     "not documented beyond its name",
     conversations_statuses_url},
    {"unknown",
     {outcome::unknown, category::unknown, retry_advice::none},
     "the API does not know the message's status",
     conversations_statuses_url},
};

}  // namespace detail

inline constexpr auto conversations_status_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::conversations_status_field, detail::conversations_status_literals, detail::conversations_status_value)>(
    detail::conversations_status_field, detail::conversations_status_literals, detail::conversations_status_value);
static_assert(triage::detail::rules_fit(conversations_status_rules));
inline constexpr auto conversations_statuses =
    triage::detail::with_rules(detail::conversations_status_literals, conversations_status_rules);

/// The row of a message status, or nullptr.
constexpr const conversations_status_row* find_conversations_status(std::string_view status) noexcept {
  return triage::detail::find_row(conversations_statuses, status, &conversations_status_row::status);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_CONVERSATIONS_TABLES_HPP
