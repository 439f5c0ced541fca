#ifndef TRIAGE_BIRD_FIELDS_HPP
#define TRIAGE_BIRD_FIELDS_HPP

// The provider-neutral fields of a callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/bird/message.hpp"
#include "triage/callback_fields.hpp"

namespace triage::bird {

constexpr std::string_view kind_of(const message& m) noexcept {
  if (m.conversations != nullptr) {
    return m.conversations->is_message_event() ? conversations_message_kind : conversations_conversation_kind;
  }
  if (m.platform != nullptr) return platform_kind(m.platform->channel);
  return m.is_interaction() ? interaction_kind : message_kind;
}

/// kind: "message"; id: the message id; status: verbatim; reason: the status-reason slug (`details`, else
/// the `reason:` part of a structured SMS reason); detail: the free text (the `details:` part of a structured
/// reason, else `reason`); code: the most specific integer code (failure.source.code, else the structured
/// reason's `code:`, else failure.code). See bird::message's members of the same names.
/// A platform v1 event: kind platform_<channel>; id the data's id (sms_id, whatsapp_id, ...); status the
/// event name after the channel ("delivered"); reason data.error.code; detail data.error.description; code
/// the carrier's or Meta's raw code when it is an integer.
/// An interaction: kind interaction; id the message's id (messageId: the tracker folds it into that message);
/// status the interaction type; reason `details` (e.g. initial_open, item_1_clicked).
/// A legacy Conversations webhook: kind conversations_message (conversations_conversation for a
/// conversation.* event); id the message's id (the conversation's); status the message's status (the
/// webhook type for a conversation event); no reason, detail or code (the API sends none).
constexpr callback_fields fields_of(const message& m) noexcept {
  if (const conversations_event* e = m.conversations) {
    if (e->message) return {kind_of(m), e->message->id, e->message->status, std::nullopt, std::nullopt, std::nullopt};
    const std::optional<std::string_view> type(e->type);
    return {kind_of(m), e->conversation.id, type, std::nullopt, std::nullopt, std::nullopt};
  }
  if (const platform_event* e = m.platform) {
    const std::optional<std::string_view> status(e->event_name);
    return {kind_of(m),
            e->id,
            status,
            e->error ? e->error->code : std::nullopt,
            e->error ? e->error->description : std::nullopt,
            e->raw_code()};
  }
  if (m.is_interaction()) return {kind_of(m), m.message_id, m.interaction_type, m.details, std::nullopt, std::nullopt};
  return {kind_of(m), m.id, m.status, m.reason_slug(), m.free_text(), m.most_specific_code()};
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_FIELDS_HPP
