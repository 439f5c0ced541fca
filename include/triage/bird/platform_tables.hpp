#ifndef TRIAGE_BIRD_PLATFORM_TABLES_HPP
#define TRIAGE_BIRD_PLATFORM_TABLES_HPP

// The verdict of each platform v1 event type when its `data.error` decides nothing (or it has none): the
// event rows classify.hpp falls back to. The meanings are the SDK's own doc comments, verbatim (bird-sdk-go
// @ b948d63 internal/oapi/oapi.gen.go, bird-sdk-python @ d74be48 src/bird/_generated.py for the events the Go
// SDK lacks); the outcomes and categories are ours. Rules read "bird type <event type>".
//
// Channels triage does not classify (e-mail, domain, voice, ...) have rows only where the event is a
// compliance signal the sender must act on (a spam complaint, an unsubscribe, a suppression entry: outcome
// none, category compliance) or an interaction worth naming (opened, clicked: none); every other event of
// theirs is none by classify.hpp's channel rule.

#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bird {

/// One event type with its verdict.
struct platform_event_row {
  std::string_view type;  ///< e.g. "sms.delivered"
  triage::verdict verdict;
  std::string_view meaning;  ///< the SDK's doc comment of the event
  std::string_view source_url;
};

inline constexpr std::string_view platform_go_sdk_url =
    "https://github.com/messagebird/bird-sdk-go/blob/b948d63bc1323e5edf7a031dbe181075c1640e29/internal/oapi/"
    "oapi.gen.go";
inline constexpr std::string_view platform_python_sdk_url =
    "https://github.com/messagebird/bird-sdk-python/blob/d74be48/src/bird/_generated.py";

namespace detail {

inline constexpr std::string_view platform_event_field = "bird type";
inline constexpr auto platform_event_value = [](const platform_event_row& row) {
  return triage::detail::rule_value(row.type);
};

inline constexpr platform_event_row platform_event_literals[] = {
    // sms
    {"sms.accepted",
     {outcome::pending, category::none, retry_advice::none},
     "Bird accepted the SMS send request and queued it for processing.",
     platform_go_sdk_url},
    {"sms.sent",
     {outcome::pending, category::none, retry_advice::none},
     "Bird handed the message to the carrier for delivery.",
     platform_go_sdk_url},
    {"sms.delivered",
     {outcome::delivered, category::none, retry_advice::none},
     "The carrier confirmed delivery of the message to the recipient handset.",
     platform_go_sdk_url},
    // "Non-permanent": Bird's own word, so the same message may get through later.
    {"sms.undelivered",
     {outcome::retryable, category::carrier, retry_advice::retry_later},
     "The carrier reported a non-permanent failure to deliver the message.",
     platform_go_sdk_url},
    {"sms.failed",
     {outcome::permanent, category::unknown, retry_advice::none},
     "The message terminally failed and will not be delivered.",
     platform_go_sdk_url},
    {"sms.rejected",
     {outcome::permanent, category::unknown, retry_advice::none},
     "Bird rejected the message before sending it to the carrier (invalid destination, suppression, or a "
     "content/policy guard).",
     platform_go_sdk_url},
    // Unlike the legacy `expired` status (unknown: a late receipt was possible), the v1 event says the
    // message was not delivered; the number is valid, its handset was away for the validity period.
    {"sms.expired",
     {outcome::retryable, category::unreachable, retry_advice::retry_later},
     "The message's validity period elapsed before it could be delivered.",
     platform_go_sdk_url},
    {"sms.received",
     {outcome::none, category::none, retry_advice::none},
     "Payload of the sms.received event.",
     platform_python_sdk_url},
    // A rejected toll-free verification stops every send from that number: a compliance signal, no delivery.
    {"sms.tfn_verification.rejected",
     {outcome::none, category::compliance, retry_advice::none},
     "The carrier rejected a toll-free number verification; the number cannot send until an accepted "
     "verification is approved.",
     platform_go_sdk_url},
    // whatsapp
    {"whatsapp.accepted",
     {outcome::pending, category::none, retry_advice::none},
     "Bird accepted and charged the send request.",
     platform_go_sdk_url},
    {"whatsapp.sent",
     {outcome::pending, category::none, retry_advice::none},
     "Bird handed the message to Meta for delivery.",
     platform_go_sdk_url},
    {"whatsapp.delivered",
     {outcome::delivered, category::none, retry_advice::none},
     "The message was delivered to the recipient's device.",
     platform_go_sdk_url},
    // As the WhatsApp provider's `read` status: reading implies delivery (Meta may skip the delivered event).
    {"whatsapp.read",
     {outcome::delivered, category::none, retry_advice::none},
     "The recipient read the message.",
     platform_go_sdk_url},
    {"whatsapp.failed",
     {outcome::permanent, category::unknown, retry_advice::none},
     "The message terminally failed and will not be delivered.",
     platform_go_sdk_url},
    {"whatsapp.rejected",
     {outcome::permanent, category::compliance, retry_advice::none},
     "Bird rejected the message before sending it to WhatsApp (the recipient is on the workspace suppression "
     "list).",
     platform_go_sdk_url},
    {"whatsapp.received",
     {outcome::none, category::none, retry_advice::none},
     "Payload of the whatsapp.received event.",
     platform_python_sdk_url},
    // e-mail interactions: no delivery to report, but a complaint or an unsubscribe must stop the sends.
    {"email.opened",
     {outcome::none, category::none, retry_advice::none},
     "The recipient opened the email (the tracking pixel was loaded). May fire more than once per recipient.",
     platform_go_sdk_url},
    {"email.clicked",
     {outcome::none, category::none, retry_advice::none},
     "The recipient clicked a tracked link in the email. May fire more than once per recipient.",
     platform_go_sdk_url},
    {"email.complained",
     {outcome::none, category::compliance, retry_advice::none},
     "The recipient marked the email as spam through their mailbox provider's feedback loop. Fires once per "
     "recipient.",
     platform_go_sdk_url},
    {"email.unsubscribed",
     {outcome::none, category::compliance, retry_advice::none},
     "Recipient unsubscribed by clicking a tracked unsubscribe link in the email. Fires once per recipient.",
     platform_go_sdk_url},
    {"email.list_unsubscribed",
     {outcome::none, category::compliance, retry_advice::none},
     "Recipient unsubscribed via the RFC 8058 one-click List-Unsubscribe mechanism. Fires once per recipient.",
     platform_go_sdk_url},
    {"email_suppression.created",
     {outcome::none, category::compliance, retry_advice::none},
     "An email address was added to the workspace's suppression list (manually, via complaint, or via hard "
     "bounce).",
     platform_go_sdk_url},
};

}  // namespace detail

inline constexpr auto platform_event_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::platform_event_field, detail::platform_event_literals, detail::platform_event_value)>(
    detail::platform_event_field, detail::platform_event_literals, detail::platform_event_value);
static_assert(triage::detail::rules_fit(platform_event_rules));
inline constexpr auto platform_events =
    triage::detail::with_rules(detail::platform_event_literals, platform_event_rules);

/// The row of an event type, or nullptr.
constexpr const platform_event_row* find_platform_event(std::string_view type) noexcept {
  return triage::detail::find_row(platform_events, type, &platform_event_row::type);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_PLATFORM_TABLES_HPP
