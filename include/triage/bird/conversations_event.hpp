#ifndef TRIAGE_BIRD_CONVERSATIONS_EVENT_HPP
#define TRIAGE_BIRD_CONVERSATIONS_EVENT_HPP

// The typed webhook of the legacy MessageBird Conversations API (conversations.messagebird.com/v1,
// messagebird.md §5): {"type": "message.created" | "message.updated" | "conversation.created" |
// "conversation.updated", "contact": {...}, "conversation": {...}, "message": {...}}; the conversation.*
// events have no message. Fields: messagebird/go-rest-api @ e0a41ed conversation/message.go (Message,
// MessageStatus, MessageDirection), conversation/conversation.go (Conversation) and conversation/contact.go;
// the payloads LiveHelperChat's MessageBird integration documents (LiveHelperChat/doc @ 1af4461
// docs/integrating/messagebird-whatsapp.md). No legacy SDK models an error field: a failure is its status.
//
// Lifetime: as bird::message's (message.hpp): views into the payload or the parser's buffer, valid until
// the parser parses the next payload.

#include <optional>
#include <string_view>

#include "triage/timestamp.hpp"

namespace triage::bird {

/// The callback kinds of the legacy webhooks: one for a message's events, one for a conversation's.
inline constexpr std::string_view conversations_message_kind = "conversations_message";
inline constexpr std::string_view conversations_conversation_kind = "conversations_conversation";

/// `contact`: the customer the conversation is with.
struct conversations_contact {
  std::optional<std::string_view> id;
  /// `msisdn`: a JSON number in every example (31612345678), kept as its token text; a string is kept too.
  std::optional<std::string_view> msisdn;
  std::optional<std::string_view> display_name;  ///< `displayName`
};

/// `conversation`.
struct conversations_conversation {
  std::optional<std::string_view> id;
  std::optional<std::string_view> contact_id;             ///< `contactId`
  std::optional<std::string_view> status;                 ///< "active" or "archived"
  std::optional<std::string_view> last_used_channel_id;   ///< `lastUsedChannelId`
  std::optional<std::string_view> last_used_platform_id;  ///< `lastUsedPlatformId`, e.g. "whatsapp"
};

/// `message`.
struct conversations_message {
  std::optional<std::string_view> id;
  std::optional<std::string_view> conversation_id;  ///< `conversationId`
  std::optional<std::string_view> channel_id;       ///< `channelId`
  std::optional<std::string_view> platform;         ///< "sms", "whatsapp", "facebook", "telegram", ...
  std::optional<std::string_view> to;
  std::optional<std::string_view> from;
  std::optional<std::string_view> direction;  ///< "sent" (outbound) or "received" (inbound)
  std::optional<std::string_view> status;     ///< verbatim: accepted, pending, sent, delivered, ... (tables)
  std::optional<std::string_view> type;       ///< content type: "text", "image", "hsm", ...
  std::optional<std::string_view> content;    ///< raw JSON text of `content`
  std::optional<std::string_view> tag;        ///< the message tag (e.g. a WhatsApp HSM tag)
  std::optional<timestamp> created_datetime;  ///< `createdDatetime`
  std::optional<timestamp> updated_datetime;  ///< `updatedDatetime`: the time of its latest status
};

/// One legacy Conversations webhook.
struct conversations_event {
  std::string_view type;  ///< verbatim, e.g. "message.updated"
  std::optional<conversations_contact> contact;
  conversations_conversation conversation;
  std::optional<conversations_message> message;  ///< absent on conversation.* events

  /// A message event (message.created / message.updated, or any webhook that carries a message).
  constexpr bool is_message_event() const noexcept { return message.has_value(); }

  /// An inbound message: direction "received" (the SDK's MessageDirectionReceived).
  constexpr bool is_inbound() const noexcept {
    return message && message->direction == std::optional<std::string_view>("received");
  }
};

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_CONVERSATIONS_EVENT_HPP
