#ifndef TRIAGE_BIRD_MESSAGE_HPP
#define TRIAGE_BIRD_MESSAGE_HPP

// The typed Bird (MessageBird) Channels API message, as posted to a webhook either bare or inside the
// notification envelope {"service": "channels", "event": "<channel>.outbound", "payload": {message}}.
// Fields:
//  - the Channels "Message status" object,
//    https://docs.bird.com/api/channels-api/supported-channels/programmable-email/message-status
//  - the failure snippets,
//    https://docs.bird.com/api/channels-api/message-status-and-interactions/message-failure-sources
//  - the send request (receiver, meta), https://docs.bird.com/api/channels-api/api-reference/messaging
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer, and every span (receiver.contacts, parts) into a pool owned by the same
// parser. All of them stay valid until that parser parses the next payload or is destroyed, provided the
// caller keeps the payload alive. Copy what must outlive that.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/bird/conversations_event.hpp"
#include "triage/bird/platform_event.hpp"
#include "triage/bird/sms_reason.hpp"
#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::bird {

/// The callback kind DESIGN.md fixes for every Bird callback: a Channels message object.
inline constexpr std::string_view message_kind = "message";
/// The kind of a message interaction (`<channel>.interaction`: opened, clicked, reported-as-spam, ...).
inline constexpr std::string_view interaction_kind = "interaction";

/// `status`. The Channels docs name these six; anything else is kept raw in message::status and reads as
/// `other` (it classifies as unknown, it is never an error).
enum class message_status : std::uint8_t {
  accepted,         ///< accepted by the Channels API
  processing,       ///< being processed (Conversations API lifecycle: accepted, processing, sent, delivered)
  sent,             ///< handed to the platform (SMS carrier, WhatsApp, e-mail, ...)
  delivered,        ///< delivered; also the status inbound messages are created with
  sending_failed,   ///< could not be sent to the platform
  delivery_failed,  ///< sent to the platform, but not delivered to the recipient
  other,            ///< a status string the docs do not name
  absent,           ///< no status (or null)
};

inline constexpr enum_name<message_status> message_status_names[] = {
    {message_status::accepted, "accepted"},
    {message_status::processing, "processing"},
    {message_status::sent, "sent"},
    {message_status::delivered, "delivered"},
    {message_status::sending_failed, "sending_failed"},
    {message_status::delivery_failed, "delivery_failed"},
    {message_status::other, "other"},
    {message_status::absent, "absent"}};
constexpr const auto& enum_table(message_status) noexcept { return message_status_names; }
inline constexpr auto all_message_statuses = all_values<message_status>();

/// The status a `status` string names: `other` for a string the docs do not name, `absent` for none.
constexpr message_status status_from_string(const std::optional<std::string_view>& text) noexcept {
  if (!text) return message_status::absent;
  for (message_status s : all_message_statuses) {
    if (s != message_status::other && s != message_status::absent && to_string(s) == *text) return s;
  }
  return message_status::other;
}

/// `direction`: "incoming" or "outgoing" in the docs.
enum class message_direction : std::uint8_t { incoming, outgoing, other, absent };

inline constexpr enum_name<message_direction> message_direction_names[] = {{message_direction::incoming, "incoming"},
                                                                           {message_direction::outgoing, "outgoing"},
                                                                           {message_direction::other, "other"},
                                                                           {message_direction::absent, "absent"}};
constexpr const auto& enum_table(message_direction) noexcept { return message_direction_names; }
inline constexpr auto all_message_directions = all_values<message_direction>();

constexpr message_direction direction_from_string(const std::optional<std::string_view>& text) noexcept {
  if (!text) return message_direction::absent;
  if (*text == "incoming") return message_direction::incoming;
  if (*text == "outgoing") return message_direction::outgoing;
  return message_direction::other;
}

/// `sender.connector` / `receiver.connector`: the Bird side of the conversation (your channel's number,
/// address or account).
struct connector {
  std::optional<std::string_view> id;
  std::optional<std::string_view> identifier_value;  ///< `identifierValue`, e.g. the sending number
  std::optional<std::string_view> name;              ///< `annotations.name`
};

/// One entry of `receiver.contacts[]`, or `sender.contact` on an inbound message.
struct contact {
  std::optional<std::string_view> id;
  std::optional<std::string_view> identifier_key;             ///< `identifierKey`, e.g. "phonenumber"
  std::optional<std::string_view> identifier_value;           ///< `identifierValue`, e.g. "+31612345678"
  std::optional<std::string_view> type;                       ///< e.g. "cc" / "bcc" for e-mail
  std::optional<std::string_view> platform_address;           ///< `platformAddress`
  std::optional<std::string_view> platform_address_selector;  ///< `platformAddressSelector`
  std::optional<std::string_view> identifiers;                ///< `identifiers`: raw JSON text of the array
};

/// `sender`: a connector on outbound messages, a contact on inbound ones.
struct sender {
  std::optional<bird::connector> connector;
  std::optional<bird::contact> contact;
};

/// `receiver`: contacts on outbound messages, a connector on inbound ones.
struct receiver {
  span<bird::contact> contacts;  ///< storage owned by the parser; empty when absent or null
  std::optional<bird::connector> connector;
};

/// One entry of `parts[]`.
struct part {
  std::optional<std::string_view> platform_reference;  ///< `platformReference`: the downstream platform's id
};

/// `failure.source`: where the failure arose and that platform's own code.
struct failure_source {
  std::optional<std::string_view> name;  ///< e.g. "sms-messagebird", "whatsapp", "pre-processing"
  /// `code` as sent: a string in the docs ("1", "34"); a JSON number is accepted and kept as its token text.
  std::optional<std::string_view> code;
  std::optional<std::int64_t> code_number;  ///< `code` when it is an integer, whichever JSON type it came as
  bool code_was_number = false;             ///< the payload sent `code` as a JSON number
};

/// `failure`.
struct failure {
  /// Bird's channel-agnostic failure code, e.g. 15005 (a number; a numeric string is accepted).
  std::optional<std::int64_t> code;
  std::optional<failure_source> source;
  /// Not in any Bird example; read because the research notes ask to accept it if it ever appears.
  std::optional<std::string_view> description;
};

/// A Bird Channels message, with the envelope's fields when it came inside one.
struct message {
  // The notification envelope; absent for a bare message.
  std::optional<std::string_view> service;  ///< "channels"
  std::optional<std::string_view> event;    ///< "<channel>.outbound", "<channel>.inbound", ...
  bool in_envelope = false;                 ///< the message was the envelope's `payload` object

  std::optional<std::string_view> id;          ///< the message id: the dedupe key (with status and lastStatusAt)
  std::optional<std::string_view> channel_id;  ///< `channelId`
  std::optional<bird::sender> sender;
  std::optional<bird::receiver> receiver;
  std::optional<std::string_view> body;       ///< raw JSON text of `body` (an object in the docs; any value kept)
  std::optional<std::string_view> reference;  ///< the sender's own correlation id
  span<bird::part> parts;                     ///< storage owned by the parser; empty when absent or null
  std::optional<std::string_view> status;     ///< verbatim, also when the docs do not name it
  std::optional<std::string_view> reason;     ///< free text; for SMS structured, see reason_parts
  std::optional<sms_reason> reason_parts;     ///< `reason` parsed, when it has the SMS structure
  std::optional<std::string_view> details;    ///< the SMS status-reason slug, e.g. "unknown_subscriber"
  std::optional<std::string_view> direction;  ///< verbatim: "incoming" or "outgoing" in the docs
  std::optional<bird::failure> failure;
  std::optional<timestamp> last_status_at;    ///< `lastStatusAt`
  std::optional<timestamp> created_at;        ///< `createdAt`
  std::optional<timestamp> updated_at;        ///< `updatedAt`
  std::optional<std::string_view> template_;  ///< `template`: raw JSON text of the object
  std::optional<std::string_view> meta;       ///< raw JSON text of the object

  // A message interaction (interaction_tables.hpp), posted as `<channel>.interaction`: the Channels API's
  // MessageInteraction object {id, messageId, channelId, platformId, type, details, messageReference,
  // createdAt, ...} in the envelope, `id` being the interaction's own.
  std::optional<std::string_view> message_id;         ///< `messageId`: the message interacted with
  std::optional<std::string_view> interaction_type;   ///< `type`: opened, clicked, reported-as-spam, ...
  std::optional<std::string_view> platform_id;        ///< `platformId`, e.g. "email"
  std::optional<std::string_view> message_reference;  ///< `messageReference`: the sender's reference

  /// The platform v1 event, when the payload is one ({type, timestamp, data}: platform_event.hpp), else
  /// nullptr; the Channels fields above are then all absent. It lives in the parser's storage, with the
  /// lifetime of the other views, so the callback itself stays small.
  const platform_event* platform = nullptr;
  /// The legacy Conversations webhook, when the payload is one ({type, conversation, message?}:
  /// conversations_event.hpp), else nullptr; the Channels fields above are then all absent. Storage as
  /// for `platform`.
  const conversations_event* conversations = nullptr;

  message_status status_value = message_status::absent;           ///< derived from `status` by the parser
  message_direction direction_value = message_direction::absent;  ///< derived from `direction` by the parser

  /// A message interaction: an `<channel>.interaction` event, or an object with a messageId and an
  /// interaction type and no status of its own.
  constexpr bool is_interaction() const noexcept {
    constexpr std::string_view suffix = ".interaction";
    if (event && event->size() >= suffix.size() && event->substr(event->size() - suffix.size()) == suffix) {
      return true;
    }
    return message_id && interaction_type && !status;
  }

  /// An inbound message: direction "incoming", or no direction inside an `<channel>.inbound` event.
  constexpr bool is_inbound() const noexcept {
    if (direction_value == message_direction::incoming) return true;
    constexpr std::string_view inbound = ".inbound";
    return direction_value == message_direction::absent && event && event->size() >= inbound.size() &&
           event->substr(event->size() - inbound.size()) == inbound;
  }

  /// The status-reason slug: `details`, else the `reason:` part of a structured reason.
  constexpr std::optional<std::string_view> reason_slug() const noexcept {
    if (details && !details->empty()) return details;
    if (reason_parts && reason_parts->reason) return reason_parts->reason;
    return std::nullopt;
  }

  /// The most specific free text: the `details:` part of a structured reason, else `reason`, else
  /// `failure.description`.
  constexpr std::optional<std::string_view> free_text() const noexcept {
    if (reason_parts && reason_parts->details) return reason_parts->details;
    if (reason) return reason;
    if (failure && failure->description) return failure->description;
    return std::nullopt;
  }

  /// The most specific numeric code: the platform's own `failure.source.code` (a GSM MAP code for SMS, a
  /// Meta code for WhatsApp, ...) when it is an integer, else the `code:` of a structured reason, else
  /// Bird's channel-agnostic `failure.code`.
  constexpr std::optional<std::int64_t> most_specific_code() const noexcept {
    if (failure && failure->source && failure->source->code_number) return failure->source->code_number;
    if (reason_parts && reason_parts->code) return reason_parts->code;
    if (failure) return failure->code;
    return std::nullopt;
  }
};

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_MESSAGE_HPP
