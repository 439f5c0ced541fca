#ifndef TRIAGE_BIRD_CONVERSATIONS_PARSE_HPP
#define TRIAGE_BIRD_CONVERSATIONS_PARSE_HPP

// simdjson On-Demand walk of a legacy Conversations webhook's `contact`, `conversation` and `message`
// objects into bird::conversations_event (the root's `type` is read with the other root keys, in
// parse.hpp). Same rules as the message walk: any key order, unknown keys skipped, the last of duplicate
// keys wins, null reads as absent, a wrong type is an error naming the field.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/bird/conversations_event.hpp"
#include "triage/detail/json.hpp"

namespace triage::bird::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::walker;

TRIAGE_NOINLINE bool parse_conversations_contact(walker& w, od::value& value, field_path field,
                                                 std::optional<conversations_contact>& out) noexcept {
  const path_node at = field;
  return triage::detail::read_optional_object(
      w, value, at, out, [&](conversations_contact& c, field_key key, od::value& v) {
        using triage::detail::read_string;
        if (key == "id") return read_string(w, v, at.field("id"), c.id);
        if (key == "msisdn") {
          // A number in Bird's examples; its digits are what a caller compares, so the token text is kept.
          std::optional<std::int64_t> number;
          bool was_number = false;
          return triage::detail::read_string_or_integer(w, v, at.field("msisdn"), c.msisdn, number, was_number);
        }
        if (key == "displayName") return read_string(w, v, at.field("displayName"), c.display_name);
        return w.skip_field();
      });
}

TRIAGE_NOINLINE bool parse_conversations_conversation(walker& w, od::value& value, field_path field,
                                                      conversations_conversation& out, bool& present) noexcept {
  const path_node at = field;
  od::object object;
  if (!triage::detail::read_object(w, value, at, object, present)) return false;
  out = conversations_conversation{};  // a duplicate key: the last one wins, whole
  if (!present) return true;
  return triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "id") return read_string(w, v, at.field("id"), out.id);
    if (key == "contactId") return read_string(w, v, at.field("contactId"), out.contact_id);
    if (key == "status") return read_string(w, v, at.field("status"), out.status);
    if (key == "lastUsedChannelId") return read_string(w, v, at.field("lastUsedChannelId"), out.last_used_channel_id);
    if (key == "lastUsedPlatformId") {
      return read_string(w, v, at.field("lastUsedPlatformId"), out.last_used_platform_id);
    }
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_conversations_message(walker& w, od::value& value, field_path field,
                                                 std::optional<conversations_message>& out) noexcept {
  const path_node at = field;
  return triage::detail::read_optional_object(
      w, value, at, out, [&](conversations_message& m, field_key key, od::value& v) {
        using triage::detail::read_string;
        using triage::detail::read_timestamp;
        if (key == "id") return read_string(w, v, at.field("id"), m.id);
        if (key == "conversationId") return read_string(w, v, at.field("conversationId"), m.conversation_id);
        if (key == "channelId") return read_string(w, v, at.field("channelId"), m.channel_id);
        if (key == "platform") return read_string(w, v, at.field("platform"), m.platform);
        if (key == "to") return read_string(w, v, at.field("to"), m.to);
        if (key == "from") return read_string(w, v, at.field("from"), m.from);
        if (key == "direction") return read_string(w, v, at.field("direction"), m.direction);
        if (key == "status") return read_string(w, v, at.field("status"), m.status);
        if (key == "type") return read_string(w, v, at.field("type"), m.type);
        if (key == "content") return triage::detail::read_raw_value(w, v, at.field("content"), m.content);
        if (key == "tag") return read_string(w, v, at.field("tag"), m.tag);
        if (key == "createdDatetime") return read_timestamp(w, v, at.field("createdDatetime"), m.created_datetime);
        if (key == "updatedDatetime") return read_timestamp(w, v, at.field("updatedDatetime"), m.updated_datetime);
        return w.skip_field();
      });
}

}  // namespace triage::bird::detail

#endif  // TRIAGE_BIRD_CONVERSATIONS_PARSE_HPP
