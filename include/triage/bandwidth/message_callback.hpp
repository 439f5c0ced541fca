#ifndef TRIAGE_BANDWIDTH_MESSAGE_CALLBACK_HPP
#define TRIAGE_BANDWIDTH_MESSAGE_CALLBACK_HPP

// The typed Bandwidth Messaging API v2 callback event (one element of the webhook's JSON array).
// Field tables: Bandwidth's OpenAPI spec (`statusCallback`, `inboundCallback`, `statusCallbackMessage`,
// `inboundCallbackMessage`),
// https://github.com/Bandwidth/java-sdk/blob/09c93ffcf6bc8982e6a070245c037c0486098c6d/bandwidth.yml
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer, and every span (message.to, message.media) into a pool owned by the same
// parser. All of them stay valid until that parser parses the next payload or is destroyed, provided the
// caller keeps the payload alive. Copy what must outlive that.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::bandwidth {

/// The event `type`. Names are the type with '-' as '_' (DESIGN.md), multichannel_<status> for the 2025 multichannel
/// types. A type this library does not know (Bandwidth's enum grew from 4 to 8 values in two years) is kind::unknown,
/// its text kept in `type`.
enum class kind : std::uint8_t {
  message_received,             ///< inbound SMS/MMS to one of your numbers
  message_queued,               ///< MMS queued for delivery (the 2020 name of message-sending, in archives)
  message_sending,              ///< Bandwidth is handing the message to the upstream provider (MMS, RBM)
  message_sent,                 ///< the message left Bandwidth's network, in transit to the provider
  message_delivered,            ///< terminal success (carrier or handset level, see the README)
  message_failed,               ///< terminal failure; errorCode says why
  message_read,                 ///< RBM read receipt
  suggestion_response,          ///< RBM: the recipient tapped a suggestion
  requested_location_response,  ///< RBM: the recipient shared a location
  // The multichannel API's callbacks of Jan-Aug 2025 (`multiChannelCallbackData`, `type` of
  // `multiChannelStatusEnum`), replaced since by the types above; archives of those months hold them.
  multichannel_queued,     ///< QUEUED: accepted, not yet sent on any channel
  multichannel_sending,    ///< SENDING: being sent on a channel
  multichannel_delivered,  ///< DELIVERED
  multichannel_failed,     ///< FAILED (no errorCode in the schema)
  unknown,                 ///< absent, or a type this library does not know
};

inline constexpr enum_name<kind> kind_names[] = {{kind::message_received, "message_received"},
                                                 {kind::message_queued, "message_queued"},
                                                 {kind::message_sending, "message_sending"},
                                                 {kind::message_sent, "message_sent"},
                                                 {kind::message_delivered, "message_delivered"},
                                                 {kind::message_failed, "message_failed"},
                                                 {kind::message_read, "message_read"},
                                                 {kind::suggestion_response, "suggestion_response"},
                                                 {kind::requested_location_response, "requested_location_response"},
                                                 {kind::multichannel_queued, "multichannel_queued"},
                                                 {kind::multichannel_sending, "multichannel_sending"},
                                                 {kind::multichannel_delivered, "multichannel_delivered"},
                                                 {kind::multichannel_failed, "multichannel_failed"},
                                                 {kind::unknown, "unknown"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// `message.content.media` (`rbmMessageContentFile`).
struct content_file {
  std::optional<std::string_view> file_url;       ///< `fileUrl`
  std::optional<std::string_view> thumbnail_url;  ///< `thumbnailUrl` (video only)
};

/// `message.content` (`multiChannelMessageContent`), on multichannel inbound messages.
struct content {
  std::optional<std::string_view> text;
  std::optional<content_file> media;
};

/// `message.suggestionResponse` (`rbmSuggestionResponse`).
struct suggestion_response {
  std::optional<std::string_view> text;
  std::optional<std::string_view> postback_data;      ///< `postbackData`, base64 as sent (not decoded)
  std::optional<std::string_view> paired_message_id;  ///< `pairedMessageId`; null reads as absent
};

/// `message.locationResponse` (`rbmLocationResponse`). The spec sends the coordinates as strings
/// (`format: double`); a JSON number is accepted too and kept as its text, so nothing is lost to rounding.
struct location_response {
  std::optional<std::string_view> latitude;
  std::optional<std::string_view> longitude;
};

/// The `message` object: the message the event is about.
struct message {
  std::optional<std::string_view> id;  ///< the dedupe / correlation key, with type and `to`
  /// `messageId`: the id in the multichannel callbacks of 2025 (`multiChannelMessageCallbackData`), which
  /// have no `id`; key() gives whichever came.
  std::optional<std::string_view> message_id;
  std::optional<std::string_view> status;          ///< multichannel: QUEUED, SENDING, DELIVERED or FAILED, as `type`
  std::optional<std::string_view> owner;           ///< not reliably the sender: the docs' own examples differ
  std::optional<std::string_view> application_id;  ///< `applicationId`
  std::optional<timestamp> time;                   ///< when the message was created
  std::optional<std::int64_t> segment_count;       ///< `segmentCount`: SMS parts (always 1 for MMS)
  std::optional<std::string_view> direction;       ///< "in" or "out", as sent
  span<std::string_view> to;                       ///< every recipient (several for a group message)
  std::optional<std::string_view> from;            ///< phone number or alphanumeric sender id
  std::optional<std::string_view> text;            ///< "" on status callbacks, the text on inbound ones
  std::optional<std::string_view> tag;             ///< the sender's tag, echoed back; may be ""
  span<std::string_view> media;                    ///< media URLs; empty when absent or null
  std::optional<std::string_view> priority;        ///< "default" or "high"
  std::optional<std::string_view> channel;         ///< "RBM", "SMS" or "MMS"
  std::optional<bandwidth::content> content;
  std::optional<bandwidth::suggestion_response> suggestion_response;  ///< `suggestionResponse`
  std::optional<bandwidth::location_response> location_response;      ///< `locationResponse`

  /// "in"/"out", or the multichannel callbacks' INBOUND/OUTBOUND.
  constexpr bool is_inbound() const noexcept { return direction && (*direction == "in" || *direction == "INBOUND"); }
  constexpr bool is_outbound() const noexcept { return direction && (*direction == "out" || *direction == "OUTBOUND"); }

  /// The message's id: `id`, else the multichannel `messageId`.
  constexpr std::optional<std::string_view> key() const noexcept { return id ? id : message_id; }
};

/// One event of a Bandwidth messaging webhook (status or inbound callback).
struct message_callback {
  std::optional<std::string_view> type;         ///< verbatim, also when this library does not know it
  std::optional<timestamp> time;                ///< when the event happened
  std::optional<std::string_view> description;  ///< free text; never classified (Bandwidth: use errorCode only)
  /// The number this event is about: for a status callback the one recipient the receipt is for (a group
  /// message gets one event per recipient), for an inbound callback your Bandwidth number.
  std::optional<std::string_view> to;
  std::optional<std::int64_t> error_code;        ///< `errorCode`: a number, or a numeric string in older SDKs
  std::optional<std::string_view> carrier_name;  ///< `carrierName`, when the account feature is on
  std::optional<timestamp> event_time;           ///< `eventTime`: when an RBM message was read
  /// `platform`: the 2FA (MFA) API's messages carry which of Bandwidth's platforms sent them, e.g.
  /// "NorthAmericaSMS" or "GlobalSMS"; their international error codes fall outside the 4xxx/5xxx/9xxx scheme.
  std::optional<std::string_view> platform;
  std::optional<bandwidth::message> message;
  bandwidth::kind kind = kind::unknown;  ///< derived from `type` by the parser
};

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_MESSAGE_CALLBACK_HPP
