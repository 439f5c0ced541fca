#ifndef TRIAGE_BIRD_CONVERSATIONS_CLASSIFY_HPP
#define TRIAGE_BIRD_CONVERSATIONS_CLASSIFY_HPP

// The verdict of a legacy Conversations webhook, from its status rows (conversations_tables.hpp).

#include "triage/bird/conversations_event.hpp"
#include "triage/bird/conversations_tables.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bird {

/// The verdict of a legacy Conversations webhook. In order:
///  1. a conversation.* event (no message): none, it reports no delivery (the event is still typed);
///  2. an inbound message (direction "received"): none;
///  3. the message status's row;
///  4. a status no row names, or none: unknown.
constexpr verdict classify(const conversations_event& e) noexcept {
  if (!e.is_message_event()) {
    return {outcome::none, category::none, retry_advice::none, "bird conversations event without a message"};
  }
  if (e.is_inbound()) return {outcome::none, category::none, retry_advice::none, "bird conversations inbound message"};
  if (e.message->status) {
    if (const conversations_status_row* row = find_conversations_status(*e.message->status)) return row->verdict;
    return {outcome::unknown, category::unknown, retry_advice::none, "bird conversations status not recognised"};
  }
  return {outcome::unknown, category::unknown, retry_advice::none, "bird conversations message without status"};
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_CONVERSATIONS_CLASSIFY_HPP
