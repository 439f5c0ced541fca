#ifndef TRIAGE_BIRD_PLATFORM_EVENT_HPP
#define TRIAGE_BIRD_PLATFORM_EVENT_HPP

// The typed event of Bird's newer platform API (platform.bird.com v1, the API of Bird's 2026 SDKs): a
// Standard Webhooks envelope {"type": "<channel>.<event>", "timestamp": "<RFC3339>", "data": {...}}.
// Fields: messagebird/bird-sdk-go @ b948d63, internal/oapi/oapi.gen.go (EventSMS*, EventWhatsApp*,
// EventEmail*, EventDomain*, SMSError, WhatsAppError, WhatsAppAddress) and eventtypes.gen.go (the event
// types); messagebird/bird-sdk-python @ d74be48 src/bird/_event_types.py adds sms.received,
// whatsapp.received and the verify channel.
//
// Lifetime: as bird::message's (message.hpp): views into the payload or the parser's buffer, valid until
// the parser parses the next payload.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/detail/text.hpp"
#include "triage/timestamp.hpp"

namespace triage::bird {

/// The channel an event type names before its first dot. Only these make a Standard Webhooks envelope
/// Bird's: other vendors post the same envelope (the Standard Webhooks spec's own `contact.created`).
enum class platform_channel : std::uint8_t {
  sms,
  whatsapp,
  email,
  email_mailbox,
  email_suppression,
  domain,
  voice_call,
  realtime,
  verify,
};

inline constexpr enum_name<platform_channel> platform_channel_names[] = {
    {platform_channel::sms, "sms"},
    {platform_channel::whatsapp, "whatsapp"},
    {platform_channel::email, "email"},
    {platform_channel::email_mailbox, "email_mailbox"},
    {platform_channel::email_suppression, "email_suppression"},
    {platform_channel::domain, "domain"},
    {platform_channel::voice_call, "voice_call"},
    {platform_channel::realtime, "realtime"},
    {platform_channel::verify, "verify"}};
constexpr const auto& enum_table(platform_channel) noexcept { return platform_channel_names; }
inline constexpr auto all_platform_channels = all_values<platform_channel>();

/// The channel of an event type ("sms.delivered": sms), or nullopt when the part before the first dot
/// names no Bird channel or there is no dot, or nothing after it.
constexpr std::optional<platform_channel> channel_of_type(std::string_view type) noexcept {
  const std::size_t dot = type.find('.');
  if (dot == std::string_view::npos || dot + 1 == type.size()) return std::nullopt;
  const std::string_view prefix = type.substr(0, dot);
  for (platform_channel c : all_platform_channels) {
    if (to_string(c) == prefix) return c;
  }
  return std::nullopt;
}

/// The callback kind of a platform event: one per channel (DESIGN.md: the newer platform's events get
/// kinds of their own), so that a summary by kind keeps SMS apart from WhatsApp and from e-mail.
constexpr std::string_view platform_kind(platform_channel c) noexcept {
  switch (c) {
    case platform_channel::sms: return "platform_sms";
    case platform_channel::whatsapp: return "platform_whatsapp";
    case platform_channel::email: return "platform_email";
    case platform_channel::email_mailbox: return "platform_email_mailbox";
    case platform_channel::email_suppression: return "platform_email_suppression";
    case platform_channel::domain: return "platform_domain";
    case platform_channel::voice_call: return "platform_voice_call";
    case platform_channel::realtime: return "platform_realtime";
    case platform_channel::verify: return "platform_verify";
  }
  return "platform_event";
}

/// `data.error`: SMSError {code, description, carrier_error_code?, occurred_at} or WhatsAppError {code,
/// description?, meta_error_code?, occurred_at?}. Both codes are open enums: an unknown one is kept raw.
struct platform_error {
  std::optional<std::string_view> code;                ///< Bird's normalised reason, e.g. "invalid_destination"
  std::optional<std::string_view> description;         ///< human-readable
  std::optional<std::string_view> carrier_error_code;  ///< SMS: the carrier's raw code, as a string
  std::optional<std::string_view> meta_error_code;     ///< WhatsApp: the Cloud API's raw code, as a string
  std::optional<timestamp> occurred_at;
};

/// WhatsAppAddress: `from` / `to` of a WhatsApp event (SMS sends plain strings, kept in `number`).
struct platform_address {
  std::optional<std::string_view> number;  ///< an SMS `from`/`to` string, or a WhatsApp `phone_number`
  std::optional<std::string_view> bsuid;   ///< WhatsApp: Meta's business-scoped user id
};

/// One platform v1 event: `data`'s fields that say which message, whose and why it failed; others are skipped.
struct platform_event {
  std::string_view type;                       ///< verbatim, e.g. "sms.delivered"
  platform_channel channel{};                  ///< the part of `type` before its first dot
  std::string_view event_name;                 ///< the rest of `type`, e.g. "delivered", "tfn_verification.approved"
  std::optional<triage::timestamp> timestamp;  ///< the envelope's `timestamp`

  /// The id of what the event is about: `sms_id`, `whatsapp_id`, `email_id`, `domain_id`, `call_id` or
  /// `verification_id`, whichever the data has (the last one read when several: none of Bird's events has two).
  std::optional<std::string_view> id;
  std::optional<std::string_view> workspace_id;
  std::optional<std::string_view> direction;  ///< WhatsApp (and SMS messages): "outbound" or "inbound"
  platform_address to;
  platform_address from;
  std::optional<std::string_view> recipient;  ///< e-mail: the recipient's address
  std::optional<std::string_view> carrier;    ///< SMS sent/delivered
  std::optional<std::string_view> mcc_mnc;    ///< SMS sent/delivered
  std::optional<std::string_view> status;     ///< data.status where an event has one (sms.tfn_verification.*)
  std::optional<platform_error> error;
  std::optional<std::string_view> tags;      ///< raw JSON text of `tags`
  std::optional<std::string_view> metadata;  ///< raw JSON text of `metadata`

  constexpr bool is_inbound() const noexcept {
    return direction == std::optional<std::string_view>("inbound") || event_name == "received";
  }

  /// The most specific code: the carrier's (SMS) or Meta's (WhatsApp) raw code when it is an integer.
  constexpr std::optional<std::int64_t> raw_code() const noexcept {
    if (!error) return std::nullopt;
    const std::optional<std::string_view>& text =
        error->meta_error_code ? error->meta_error_code : error->carrier_error_code;
    std::int64_t value = 0;
    if (text && triage::detail::parse_integer(*text, value)) return value;
    return std::nullopt;
  }
};

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_PLATFORM_EVENT_HPP
