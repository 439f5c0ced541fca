#ifndef TRIAGE_TWILIO_MESSAGE_CALLBACK_HPP
#define TRIAGE_TWILIO_MESSAGE_CALLBACK_HPP

// The typed Twilio Programmable Messaging webhook: a status callback (MessageStatus) or an inbound message
// (no MessageStatus), posted as an application/x-www-form-urlencoded body or sent as a GET query string.
// Field tables: https://www.twilio.com/docs/messaging/guides/track-outbound-message-status (status
// callbacks, including the RCS/WhatsApp `Channel*` and `EventType` parameters) and
// https://www.twilio.com/docs/messaging/guides/webhook-request (inbound messages, WhatsApp and rich
// messaging parameters); shared/reference/twilio.md, section 3.
//
// Every value of a form is a string: numbers (ErrorCode, NumMedia, NumSegments) are kept as their text and,
// where they are numbers, also read as one. Values Twilio nests as JSON inside a field (AddOns,
// InteractiveData, FlowData, ChannelMetadata) are kept raw, as a view, never parsed.
//
// Lifetime: every std::string_view points into the body given to triage::parser::parse (a value without
// '%' or '+') or into that parser's form scratch buffer (a decoded value), and `media` into the parser's
// storage. All of them stay valid until that parser parses the next payload or is destroyed, provided the
// caller keeps the body alive. Copy what must outlive that.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"

namespace triage::twilio {

/// What the callback is. Twilio has no type field: the kind follows from which parameters are there.
enum class kind : std::uint8_t {
  message_status,   ///< a status callback of an outbound message: MessageStatus, or an SmsStatus not received
  inbound_message,  ///< an inbound message (or its fallback request): no MessageStatus, SmsStatus received
};

inline constexpr enum_name<kind> kind_names[] = {{kind::message_status, "message_status"},
                                                 {kind::inbound_message, "inbound_message"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// One attachment of an inbound MMS or channel message: `MediaUrl{N}` and `MediaContentType{N}`, N from 0.
struct media_item {
  std::optional<std::string_view> url;           ///< `MediaUrl{N}`
  std::optional<std::string_view> content_type;  ///< `MediaContentType{N}`
};

/// One Twilio messaging webhook. Every documented parameter has its member; a parameter this library does
/// not know is skipped (Twilio "occasionally adds new properties without advance notice").
struct message_callback {
  // Identity.
  std::optional<std::string_view> message_sid;            ///< `MessageSid`: SM... or MM... (34 characters)
  std::optional<std::string_view> sms_sid;                ///< `SmsSid`: the same value, deprecated name
  std::optional<std::string_view> sms_message_sid;        ///< `SmsMessageSid`: the same value, deprecated name
  std::optional<std::string_view> account_sid;            ///< `AccountSid`: AC... (the sub-account's own)
  std::optional<std::string_view> messaging_service_sid;  ///< `MessagingServiceSid`: MG...
  std::optional<std::string_view> api_version;            ///< `ApiVersion`: "2010-04-01"

  // Status.
  std::optional<std::string_view> message_status;     ///< `MessageStatus`, verbatim (also when unknown)
  std::optional<std::string_view> sms_status;         ///< `SmsStatus`: the old name; "received" on inbound messages
  std::optional<std::string_view> error_code_text;    ///< `ErrorCode` as sent (may be empty)
  std::optional<std::int64_t> error_code;             ///< `ErrorCode` read as a number (absent when empty)
  std::optional<std::string_view> error_message;      ///< `ErrorMessage`: undocumented, seen in some callbacks
  std::optional<std::string_view> error_url;          ///< `ErrorUrl`: the failed URL, on a fallback request
  std::optional<std::string_view> raw_dlr_done_date;  ///< `RawDlrDoneDate`: YYMMDDhhmm, no time zone
  std::optional<std::string_view> event_type;         ///< `EventType`: "READ" (also seen: "DELIVERED")

  // Addresses.
  std::optional<std::string_view> from;  ///< `From`: E.164, short code, alphanumeric, or "whatsapp:+..."
  std::optional<std::string_view> to;    ///< `To`: likewise

  // Channels (RCS, WhatsApp, ...).
  std::optional<std::string_view> channel_install_sid;     ///< `ChannelInstallSid`: XE...
  std::optional<std::string_view> channel_status_message;  ///< `ChannelStatusMessage`: the channel's error text
  std::optional<std::string_view> channel_prefix;          ///< `ChannelPrefix`: "whatsapp", "rcs", ...
  std::optional<std::string_view> channel_to_address;      ///< `ChannelToAddress`: the recipient without prefix
  std::optional<std::string_view> channel_metadata;        ///< `ChannelMetadata`: JSON, raw
  std::optional<std::string_view> structured_message;      ///< `StructuredMessage`: "true"/"false"

  // Inbound content.
  std::optional<std::string_view> body;               ///< `Body`: up to 1600 characters
  std::optional<std::string_view> num_media_text;     ///< `NumMedia` as sent
  std::optional<std::int64_t> num_media;              ///< `NumMedia` read as a number
  std::optional<std::string_view> num_segments_text;  ///< `NumSegments` as sent
  std::optional<std::int64_t> num_segments;           ///< `NumSegments` read as a number
  span<media_item> media;  ///< MediaUrl{N}/MediaContentType{N} in index order (gaps are empty items)

  // Rich messaging and location.
  std::optional<std::string_view> button_text;       ///< `ButtonText`
  std::optional<std::string_view> button_payload;    ///< `ButtonPayload`
  std::optional<std::string_view> button_type;       ///< `ButtonType`: "REPLY" or "ACTION"
  std::optional<std::string_view> interactive_data;  ///< `InteractiveData`: JSON, raw
  std::optional<std::string_view> flow_data;         ///< `FlowData`: stringified JSON, raw
  std::optional<std::string_view> latitude;          ///< `Latitude`, as sent
  std::optional<std::string_view> longitude;         ///< `Longitude`, as sent
  std::optional<std::string_view> address;           ///< `Address`
  std::optional<std::string_view> label;             ///< `Label`

  // Geographic data of the numbers ("when available"; often present and empty).
  std::optional<std::string_view> from_city;
  std::optional<std::string_view> from_state;
  std::optional<std::string_view> from_zip;
  std::optional<std::string_view> from_country;
  std::optional<std::string_view> to_city;
  std::optional<std::string_view> to_state;
  std::optional<std::string_view> to_zip;
  std::optional<std::string_view> to_country;

  // WhatsApp.
  std::optional<std::string_view> profile_name;          ///< `ProfileName`
  std::optional<std::string_view> wa_id;                 ///< `WaId`
  std::optional<std::string_view> external_user_id;      ///< `ExternalUserId`: a business-scoped user id
  std::optional<std::string_view> forwarded;             ///< `Forwarded`
  std::optional<std::string_view> frequently_forwarded;  ///< `FrequentlyForwarded`
  std::optional<std::string_view> referral_body;         ///< `ReferralBody` (Click-to-WhatsApp ads)
  std::optional<std::string_view> referral_headline;
  std::optional<std::string_view> referral_source_id;
  std::optional<std::string_view> referral_source_type;
  std::optional<std::string_view> referral_source_url;
  std::optional<std::string_view> referral_media_id;
  std::optional<std::string_view> referral_media_content_type;
  std::optional<std::string_view> referral_media_url;
  std::optional<std::string_view> referral_num_media;
  std::optional<std::string_view> referral_ctwa_clid;
  std::optional<std::string_view> original_replied_message_sender;  ///< `OriginalRepliedMessageSender`
  std::optional<std::string_view> original_replied_message_sid;     ///< `OriginalRepliedMessageSid`

  std::optional<std::string_view> add_ons;  ///< `AddOns`: the Add-ons' results, JSON, raw

  twilio::kind kind = kind::inbound_message;  ///< derived by the parser: message_status when MessageStatus is there

  /// The message id: `MessageSid`, else the deprecated `SmsSid` or `SmsMessageSid` (twilio.md section 6).
  constexpr std::optional<std::string_view> id() const noexcept {
    if (message_sid) return message_sid;
    if (sms_sid) return sms_sid;
    return sms_message_sid;
  }
  /// The status: `MessageStatus`, else `SmsStatus` (twilio.md section 11: "fall back to SmsStatus only when
  /// the first is absent").
  constexpr std::optional<std::string_view> status() const noexcept {
    return message_status ? message_status : sms_status;
  }
};

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_MESSAGE_CALLBACK_HPP
