#ifndef TRIAGE_BIRD_PARSE_HPP
#define TRIAGE_BIRD_PARSE_HPP

// simdjson On-Demand walk of a Bird Channels message (bare, or in its webhook envelope) into bird::message.
// One pass over each object, dispatching on the key: any key order, unknown keys skipped, the last of
// duplicate keys wins, null reads as absent, a wrong type is an error naming the field.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "triage/bird/conversations_event.hpp"
#include "triage/bird/conversations_parse.hpp"
#include "triage/bird/message.hpp"
#include "triage/bird/platform_event.hpp"
#include "triage/bird/platform_parse.hpp"
#include "triage/bird/sms_reason.hpp"
#include "triage/detail/append.hpp"
#include "triage/detail/json.hpp"

namespace triage::bird::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::read_optional_object;
using triage::detail::read_timestamp;
using triage::detail::walker;

/// Where the parser keeps what a message's spans point at, reused from payload to payload (cleared, not
/// freed, so a warmed-up parser does not allocate).
struct storage {
  std::vector<contact> contacts;
  std::vector<part> parts;
  message bare;  ///< scratch for the message keys at the root of a payload (see parse_document)
  /// The platform v1 event of the payload, when it is one (message::platform points here); overwritten,
  /// not cleared, by the next payload that is one.
  platform_event platform;
  /// The legacy Conversations webhook of the payload, when it is one (message::conversations points here);
  /// overwritten, not cleared, by the next payload that is one.
  conversations_event conversations;
  std::size_t max_contacts = 0;
  std::size_t max_parts = 0;

  /// Before each payload: empty pools (capacity kept), the limits in force.
  void reset(std::size_t contacts_limit, std::size_t parts_limit) noexcept {
    contacts.clear();
    parts.clear();
    max_contacts = contacts_limit;
    max_parts = parts_limit;
  }
};

/// Where a message's lists landed in the pools. Offsets, not pointers: a pool may still grow (and move)
/// while the rest of the payload is read, e.g. when both a bare message's fields and an envelope's payload
/// carry a list. They become spans only once the whole payload has been read (resolve()).
struct list_positions {
  triage::detail::pool_range contacts;
  triage::detail::pool_range parts;
};

/// Where the fields of one message object go: the message, the pools, and the positions of its lists there.
struct message_target {
  message& m;
  storage& store;
  list_positions& lists;
};

/// Reads `annotations` for the one key kept from it, `name`.
TRIAGE_NOINLINE bool parse_annotations(walker& w, od::value& value, field_path field,
                                       std::optional<std::string_view>& name) noexcept {
  const path_node at = field;
  name.reset();
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "name") return triage::detail::read_string(w, v, at.field("name"), name);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_connector(walker& w, od::value& value, field_path field,
                                     std::optional<connector>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](connector& c, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "id") return read_string(w, v, at.field("id"), c.id);
    if (key == "identifierValue") return read_string(w, v, at.field("identifierValue"), c.identifier_value);
    if (key == "annotations") return parse_annotations(w, v, at.field("annotations"), c.name);
    return w.skip_field();
  });
}

/// Parses one contact object; null reads as absent (present = false).
inline bool parse_contact(walker& w, od::value& value, const path_node& at, contact& out, bool& present) noexcept {
  od::object object;
  if (!triage::detail::read_object(w, value, at, object, present)) return false;
  if (!present) return true;
  return triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "id") return read_string(w, v, at.field("id"), out.id);
    if (key == "identifierKey") return read_string(w, v, at.field("identifierKey"), out.identifier_key);
    if (key == "identifierValue") return read_string(w, v, at.field("identifierValue"), out.identifier_value);
    if (key == "type") return read_string(w, v, at.field("type"), out.type);
    if (key == "platformAddress") return read_string(w, v, at.field("platformAddress"), out.platform_address);
    if (key == "platformAddressSelector") {
      return read_string(w, v, at.field("platformAddressSelector"), out.platform_address_selector);
    }
    if (key == "identifiers") return triage::detail::read_raw_array(w, v, at.field("identifiers"), out.identifiers);
    return w.skip_field();
  });
}

/// Reads `sender.contact` into `out`, whole: null leaves it empty, and a later duplicate key replaces it.
TRIAGE_NOINLINE bool parse_sender_contact(walker& w, od::value& value, field_path field,
                                          std::optional<contact>& out) noexcept {
  contact c;
  bool present = false;
  if (!parse_contact(w, value, field, c, present)) return false;
  out = present ? std::optional<contact>(c) : std::nullopt;
  return true;
}

TRIAGE_NOINLINE bool parse_sender(walker& w, od::value& value, field_path field, std::optional<sender>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](sender& s, field_key key, od::value& v) {
    if (key == "connector") return parse_connector(w, v, at.field("connector"), s.connector);
    if (key == "contact") return parse_sender_contact(w, v, at.field("contact"), s.contact);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_contacts(walker& w, od::value& value, field_path field, storage& store,
                                    list_positions& lists) noexcept {
  const path_node at = field;
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  lists.contacts.first = store.contacts.size();
  lists.contacts.count = 0;
  if (!present) return true;
  return triage::detail::for_each_element(w, array, at, store.max_contacts,
                                          "more entries than parser_options::max_bird_contacts", lists.contacts.count,
                                          [&](od::value& item, const path_node& element_at) {
                                            contact c;
                                            bool has_contact = false;
                                            if (!parse_contact(w, item, element_at, c, has_contact)) return false;
                                            // A null entry keeps its place: indices in error paths and in the span stay
                                            // the payload's own.
                                            if (triage::detail::append(store.contacts, c) == nullptr) {
                                              return w.out_of_memory(&element_at);
                                            }
                                            return true;
                                          });
}

TRIAGE_NOINLINE bool parse_receiver(walker& w, od::value& value, field_path field, message_target& target) noexcept {
  const path_node at = field;
  od::object object;
  bool present = false;
  if (!triage::detail::read_object(w, value, at, object, present)) return false;
  list_positions& lists = target.lists;
  lists.contacts.first = target.store.contacts.size();
  lists.contacts.count = 0;
  if (!present) {
    target.m.receiver.reset();
    return true;
  }
  receiver& r = target.m.receiver.emplace();
  return triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    if (key == "contacts") return parse_contacts(w, v, at.field("contacts"), target.store, lists);
    if (key == "connector") return parse_connector(w, v, at.field("connector"), r.connector);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_parts(walker& w, od::value& value, field_path field, storage& store,
                                 list_positions& lists) noexcept {
  const path_node at = field;
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  lists.parts.first = store.parts.size();
  lists.parts.count = 0;
  if (!present) return true;
  return triage::detail::for_each_element(
      w, array, at, store.max_parts, "more entries than parser_options::max_bird_parts", lists.parts.count,
      [&](od::value& item, const path_node& element_at) {
        part p;
        const bool ok = triage::detail::read_object_fields(w, item, element_at, [&](field_key key, od::value& v) {
          if (key == "platformReference") {
            return triage::detail::read_string(w, v, element_at.field("platformReference"), p.platform_reference);
          }
          return w.skip_field();
        });
        if (!ok) return false;
        if (triage::detail::append(store.parts, p) == nullptr) return w.out_of_memory(&element_at);
        return true;
      });
}

TRIAGE_NOINLINE bool parse_failure_source(walker& w, od::value& value, field_path field,
                                          std::optional<failure_source>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](failure_source& s, field_key key, od::value& v) {
    if (key == "name") return triage::detail::read_string(w, v, at.field("name"), s.name);
    if (key == "code") {
      return triage::detail::read_string_or_integer(w, v, at.field("code"), s.code, s.code_number, s.code_was_number);
    }
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_failure(walker& w, od::value& value, field_path field,
                                   std::optional<failure>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](failure& f, field_key key, od::value& v) {
    if (key == "code") return triage::detail::read_integer(w, v, at.field("code"), f.code);
    if (key == "source") return parse_failure_source(w, v, at.field("source"), f.source);
    if (key == "description") return triage::detail::read_string(w, v, at.field("description"), f.description);
    return w.skip_field();
  });
}

/// Reads one field of a message object (`at`) into `target`; unknown keys are skipped. Out of line: the
/// handlers of a bare message and of an envelope's payload share it.
TRIAGE_NOINLINE bool parse_message_field(walker& w, field_key key, od::value& v, const path_node& at,
                                         message_target& target) noexcept {
  using triage::detail::read_raw_object;
  using triage::detail::read_string;
  message& m = target.m;
  if (key == "id") return read_string(w, v, at.field("id"), m.id);
  if (key == "channelId") return read_string(w, v, at.field("channelId"), m.channel_id);
  if (key == "sender") return parse_sender(w, v, at.field("sender"), m.sender);
  if (key == "receiver") return parse_receiver(w, v, at.field("receiver"), target);
  if (key == "body") return triage::detail::read_raw_value(w, v, at.field("body"), m.body);
  if (key == "reference") return read_string(w, v, at.field("reference"), m.reference);
  if (key == "parts") return parse_parts(w, v, at.field("parts"), target.store, target.lists);
  if (key == "status") return read_string(w, v, at.field("status"), m.status);
  if (key == "reason") return read_string(w, v, at.field("reason"), m.reason);
  if (key == "details") return read_string(w, v, at.field("details"), m.details);
  if (key == "direction") return read_string(w, v, at.field("direction"), m.direction);
  if (key == "failure") return parse_failure(w, v, at.field("failure"), m.failure);
  if (key == "lastStatusAt") return read_timestamp(w, v, at.field("lastStatusAt"), m.last_status_at);
  if (key == "createdAt") return read_timestamp(w, v, at.field("createdAt"), m.created_at);
  if (key == "updatedAt") return read_timestamp(w, v, at.field("updatedAt"), m.updated_at);
  if (key == "template") return read_raw_object(w, v, at.field("template"), m.template_);
  if (key == "meta") return read_raw_object(w, v, at.field("meta"), m.meta);
  if (key == "messageId") return read_string(w, v, at.field("messageId"), m.message_id);
  if (key == "type") return read_string(w, v, at.field("type"), m.interaction_type);
  if (key == "platformId") return read_string(w, v, at.field("platformId"), m.platform_id);
  if (key == "messageReference") return read_string(w, v, at.field("messageReference"), m.message_reference);
  return w.skip_field();
}

/// The values derived from the fields, once all of them are read.
inline void derive(message& m) noexcept {
  m.status_value = status_from_string(m.status);
  m.direction_value = direction_from_string(m.direction);
  m.reason_parts = m.reason ? parse_sms_reason(*m.reason) : std::nullopt;
}

/// Turns pool positions into spans. Call only when nothing more will be added to the pools for this payload.
inline void resolve(message& m, const list_positions& lists, const storage& store) noexcept {
  m.parts = span<part>(store.parts.data() + lists.parts.first, lists.parts.count);
  if (m.receiver) {
    m.receiver->contacts = span<contact>(store.contacts.data() + lists.contacts.first, lists.contacts.count);
  }
}

/// Parses the root object of a Bird payload into `out` (which must be default-constructed).
///
/// The root is an envelope when it has a `payload` object: the message is then that object, and the root's
/// `service` and `event` are kept with it. Otherwise the root is the message itself. Message keys at the
/// root of an envelope are still read (and type-checked) but the payload's message is the one kept: a
/// single pass cannot know in advance which of the two the payload will turn out to be. The payload is
/// read straight into `out` (webhooks arrive in envelopes); root-level message keys go to store.bare, copied
/// into `out` only when there turns out to be no payload.
inline bool parse_document(walker& w, od::object& root, storage& store, message& out) noexcept {
  const path_node at{};
  std::optional<std::string_view> service;
  std::optional<std::string_view> event;
  list_positions bare_lists;
  list_positions inner_lists;
  bool has_payload = false;
  bool payload_seen = false;
  bool bare_touched = false;
  message_target payload_target{out, store, inner_lists};
  message_target bare_target{store.bare, store, bare_lists};
  // The platform v1 envelope's keys (platform_event.hpp). No Channels message has them at its root.
  std::optional<std::string_view> type;
  std::size_t type_offset = 0;
  std::optional<timestamp> event_time;
  bool has_data = false;
  // The legacy Conversations webhook's keys (conversations_event.hpp): a root `message` or `contact` is not
  // a Channels message key either. Read into store.conversations, kept only when a `conversation` came.
  bool has_conversation = false;
  bool conversations_touched = false;
  auto conversations = [&]() -> conversations_event& {
    if (!conversations_touched) {
      store.conversations = conversations_event{};
      conversations_touched = true;
    }
    return store.conversations;
  };
  const bool ok = triage::detail::for_each_field(w, root, at, [&](field_key key, od::value& v) {
    if (key == "type") {
      type_offset = w.offset_of(v.raw_json_token().data());
      return triage::detail::read_string(w, v, at.field("type"), type);
    }
    if (key == "timestamp") return read_timestamp(w, v, at.field("timestamp"), event_time);
    if (key == "data") {
      const path_node data_at = at.field("data");
      od::object object;
      if (!triage::detail::read_object(w, v, data_at, object, has_data)) return false;
      store.platform = platform_event{};  // a duplicate `data` key: the last one wins, whole
      return !has_data || parse_platform_data(w, object, data_at, store.platform);
    }
    if (key == "conversation") {
      return parse_conversations_conversation(w, v, at.field("conversation"), conversations().conversation,
                                              has_conversation);
    }
    if (key == "message") return parse_conversations_message(w, v, at.field("message"), conversations().message);
    if (key == "contact") return parse_conversations_contact(w, v, at.field("contact"), conversations().contact);
    if (key == "service") return triage::detail::read_string(w, v, at.field("service"), service);
    if (key == "event") return triage::detail::read_string(w, v, at.field("event"), event);
    if (key == "payload") {
      const path_node payload_at = at.field("payload");
      od::object object;
      if (!triage::detail::read_object(w, v, payload_at, object, has_payload)) return false;
      if (payload_seen) out = message{};  // a duplicate `payload` key: the last one wins, whole
      payload_seen = true;
      inner_lists = list_positions{};
      if (!has_payload) return true;
      return triage::detail::for_each_field(w, object, payload_at, [&](field_key k, od::value& value) {
        return parse_message_field(w, k, value, payload_at, payload_target);
      });
    }
    if (!bare_touched) {
      store.bare = message{};
      bare_touched = true;
    }
    return parse_message_field(w, key, v, at, bare_target);
  });
  if (!ok) return false;
  if (type && has_data) {
    // Other vendors post the same Standard Webhooks envelope: only a Bird channel makes it Bird's.
    const std::optional<platform_channel> channel = channel_of_type(*type);
    if (!channel) {
      const path_node type_at = at.field("type");
      return w.fail_at(error_code::unknown_provider, &type_at, type_offset,
                       "a Standard Webhooks event whose type names no Bird platform channel (sms., whatsapp., "
                       "email., domain., ...)");
    }
    store.platform.type = *type;
    store.platform.channel = *channel;
    store.platform.event_name = type->substr(type->find('.') + 1);
    store.platform.timestamp = event_time;
  }
  if (has_payload) {
    resolve(out, inner_lists, store);
  } else {
    out = bare_touched ? store.bare : message{};
    resolve(out, bare_lists, store);
    // A bare interaction's `type` was read with the root's keys (it names the event of a platform envelope).
    if (type && !has_data && !has_conversation) out.interaction_type = type;
  }
  out.service = service;
  out.event = event;
  out.in_envelope = has_payload;
  if (type && has_data) out.platform = &store.platform;
  if (type && has_conversation && !has_data) {
    store.conversations.type = *type;
    out.conversations = &store.conversations;
  }
  derive(out);
  return true;
}

}  // namespace triage::bird::detail

#endif  // TRIAGE_BIRD_PARSE_HPP
