#ifndef TRIAGE_BIRD_PARSE_HPP
#define TRIAGE_BIRD_PARSE_HPP

// simdjson On-Demand walk of a Bird Channels message (bare, or in its webhook envelope) into bird::message.
// One pass over each object, dispatching on the key: any key order, unknown keys skipped, the last of
// duplicate keys wins, null reads as absent, a wrong type is an error naming the field.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "triage/bird/message.hpp"
#include "triage/bird/sms_reason.hpp"
#include "triage/detail/json.hpp"

namespace triage::bird::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
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

inline bool parse_connector(walker& w, od::value& value, const path_node& at, std::optional<connector>& out) noexcept {
  return read_optional_object(w, value, at, out, [&](connector& c, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "id") return read_string(w, v, at.field("id"), c.id);
    if (key == "identifierValue") return read_string(w, v, at.field("identifierValue"), c.identifier_value);
    if (key == "annotations") {
      const path_node annotations_at = at.field("annotations");
      od::object annotations;
      bool has_annotations = false;
      if (!triage::detail::read_object(w, v, annotations_at, annotations, has_annotations)) return false;
      c.name.reset();
      if (!has_annotations) return true;
      return triage::detail::for_each_field(w, annotations, annotations_at, [&](field_key k, od::value& a) {
        if (k == "name") return read_string(w, a, annotations_at.field("name"), c.name);
        return w.skip_field();
      });
    }
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
    if (key == "identifiers") {
      const path_node identifiers_at = at.field("identifiers");
      od::array array;
      bool has_array = false;
      if (!triage::detail::read_array(w, v, identifiers_at, array, has_array)) return false;
      if (!has_array) {
        out.identifiers.reset();
        return true;
      }
      std::string_view text;
      if (auto e = array.raw_json().get(text)) return w.fail(e, &identifiers_at);
      out.identifiers = text;
      return true;
    }
    return w.skip_field();
  });
}

inline bool parse_sender(walker& w, od::value& value, const path_node& at, std::optional<sender>& out) noexcept {
  return read_optional_object(w, value, at, out, [&](sender& s, field_key key, od::value& v) {
    if (key == "connector") return parse_connector(w, v, at.field("connector"), s.connector);
    if (key == "contact") {
      contact c;
      bool has_contact = false;
      if (!parse_contact(w, v, at.field("contact"), c, has_contact)) return false;
      s.contact = has_contact ? std::optional<contact>(c) : std::nullopt;
      return true;
    }
    return w.skip_field();
  });
}

inline bool parse_contacts(walker& w, od::value& value, const path_node& at, storage& store,
                           list_positions& lists) noexcept {
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  lists.contacts.first = store.contacts.size();
  lists.contacts.count = 0;
  if (!present) return true;
  for (auto element : array) {
    const path_node element_at = at.element(lists.contacts.count);
    od::value item;
    if (auto e = std::move(element).get(item)) return w.fail(e, &element_at);
    if (lists.contacts.count == store.max_contacts) {
      return w.fail(error_code::too_many_items, &at, "more entries than parser_options::max_bird_contacts");
    }
    contact c;
    bool has_contact = false;
    if (!parse_contact(w, item, element_at, c, has_contact)) return false;
    // A null entry keeps its place: indices in error paths and in the span stay the payload's own.
    store.contacts.push_back(c);
    ++lists.contacts.count;
  }
  return true;
}

inline bool parse_receiver(walker& w, od::value& value, const path_node& at, storage& store,
                           std::optional<receiver>& out, list_positions& lists) noexcept {
  od::object object;
  bool present = false;
  if (!triage::detail::read_object(w, value, at, object, present)) return false;
  lists.contacts.first = store.contacts.size();
  lists.contacts.count = 0;
  if (!present) {
    out.reset();
    return true;
  }
  receiver& r = out.emplace();
  return triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    if (key == "contacts") return parse_contacts(w, v, at.field("contacts"), store, lists);
    if (key == "connector") return parse_connector(w, v, at.field("connector"), r.connector);
    return w.skip_field();
  });
}

inline bool parse_parts(walker& w, od::value& value, const path_node& at, storage& store,
                        list_positions& lists) noexcept {
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  lists.parts.first = store.parts.size();
  lists.parts.count = 0;
  if (!present) return true;
  for (auto element : array) {
    const path_node element_at = at.element(lists.parts.count);
    od::value item;
    if (auto e = std::move(element).get(item)) return w.fail(e, &element_at);
    if (lists.parts.count == store.max_parts) {
      return w.fail(error_code::too_many_items, &at, "more entries than parser_options::max_bird_parts");
    }
    part p;
    od::object object;
    bool has_object = false;
    if (!triage::detail::read_object(w, item, element_at, object, has_object)) return false;
    if (has_object) {
      const bool ok = triage::detail::for_each_field(w, object, element_at, [&](field_key key, od::value& v) {
        if (key == "platformReference") {
          return triage::detail::read_string(w, v, element_at.field("platformReference"), p.platform_reference);
        }
        return w.skip_field();
      });
      if (!ok) return false;
    }
    store.parts.push_back(p);
    ++lists.parts.count;
  }
  return true;
}

inline bool parse_failure_source(walker& w, od::value& value, const path_node& at,
                                 std::optional<failure_source>& out) noexcept {
  return read_optional_object(w, value, at, out, [&](failure_source& s, field_key key, od::value& v) {
    if (key == "name") return triage::detail::read_string(w, v, at.field("name"), s.name);
    if (key == "code") {
      return triage::detail::read_string_or_integer(w, v, at.field("code"), s.code, s.code_number, s.code_was_number);
    }
    return w.skip_field();
  });
}

inline bool parse_failure(walker& w, od::value& value, const path_node& at, std::optional<failure>& out) noexcept {
  return read_optional_object(w, value, at, out, [&](failure& f, field_key key, od::value& v) {
    if (key == "code") return triage::detail::read_integer(w, v, at.field("code"), f.code);
    if (key == "source") return parse_failure_source(w, v, at.field("source"), f.source);
    if (key == "description") return triage::detail::read_string(w, v, at.field("description"), f.description);
    return w.skip_field();
  });
}

/// Reads one field of a message object into `m`; unknown keys are skipped.
inline bool parse_message_field(walker& w, field_key key, od::value& v, const path_node& at, storage& store, message& m,
                                list_positions& lists) noexcept {
  using triage::detail::read_raw_object;
  using triage::detail::read_string;
  if (key == "id") return read_string(w, v, at.field("id"), m.id);
  if (key == "channelId") return read_string(w, v, at.field("channelId"), m.channel_id);
  if (key == "sender") return parse_sender(w, v, at.field("sender"), m.sender);
  if (key == "receiver") return parse_receiver(w, v, at.field("receiver"), store, m.receiver, lists);
  if (key == "body") return triage::detail::read_raw_value(w, v, at.field("body"), m.body);
  if (key == "reference") return read_string(w, v, at.field("reference"), m.reference);
  if (key == "parts") return parse_parts(w, v, at.field("parts"), store, lists);
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
  const bool ok = triage::detail::for_each_field(w, root, at, [&](field_key key, od::value& v) {
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
        return parse_message_field(w, k, value, payload_at, store, out, inner_lists);
      });
    }
    if (!bare_touched) {
      store.bare = message{};
      bare_touched = true;
    }
    return parse_message_field(w, key, v, at, store, store.bare, bare_lists);
  });
  if (!ok) return false;
  if (has_payload) {
    resolve(out, inner_lists, store);
  } else {
    out = bare_touched ? store.bare : message{};
    resolve(out, bare_lists, store);
  }
  out.service = service;
  out.event = event;
  out.in_envelope = has_payload;
  derive(out);
  return true;
}

}  // namespace triage::bird::detail

#endif  // TRIAGE_BIRD_PARSE_HPP
