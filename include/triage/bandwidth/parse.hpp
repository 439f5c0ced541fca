#ifndef TRIAGE_BANDWIDTH_PARSE_HPP
#define TRIAGE_BANDWIDTH_PARSE_HPP

// simdjson On-Demand walk of a Bandwidth webhook body into bandwidth::message_callback events.
// The body is a JSON array of events (Bandwidth's docs); a bare event object is accepted too (Bandwidth's
// OpenAPI spec models the body that way). One pass over each object, dispatching on the key: any key order,
// unknown keys skipped, the last of duplicate keys wins, null reads as absent, a wrong type is an error
// naming the field path, array indexes included ("[1].message.to[0]").

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/detail/append.hpp"
#include "triage/detail/json.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::bandwidth::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::pool_range;
using triage::detail::read_optional_object;
using triage::detail::read_timestamp;
using triage::detail::walker;

/// Where one event's `message.to` and `message.media` landed in storage::strings.
struct list_ranges {
  pool_range to;
  pool_range media;
};

/// What the parser keeps for a payload's events besides the events themselves, which the caller owns.
/// Reused from payload to payload, so a warmed-up parser does not allocate: reset() keeps the capacity.
///
/// to[] and media[] elements are string_views appended to one pool for the whole payload. The pool can
/// reallocate while later events are read, so events record offsets (`lists`, one entry per event, in
/// payload order) and their spans are set only once the whole payload is read (resolve_spans).
struct storage {
  std::vector<list_ranges> lists;
  std::vector<std::string_view> strings;
  std::size_t max_events = 0;
  std::size_t max_list_items = 0;

  void reset(std::size_t events_limit, std::size_t list_items_limit) noexcept {
    lists.clear();
    strings.clear();
    max_events = events_limit;
    max_list_items = list_items_limit;
  }
};

/// A coordinate: a string as the spec says, or a JSON number kept as its exact text.
TRIAGE_NOINLINE bool read_coordinate(walker& w, od::value& value, field_path field,
                                     std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::number) {
    if (type == od::json_type::string || type == od::json_type::null) {
      return triage::detail::read_string(w, value, field, out);
    }
    return w.wrong_type(&at, "a string or a number", triage::detail::to_json_type(type));
  }
  double checked = 0;
  if (auto e = value.get_double().get(checked)) return w.fail(e, &at);
  out = triage::detail::trim_ascii_space(value.raw_json_token());
  return true;
}

TRIAGE_NOINLINE bool parse_content_file(walker& w, od::value& value, field_path field,
                                        std::optional<content_file>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](content_file& file, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "fileUrl") return read_string(w, v, at.field("fileUrl"), file.file_url);
    if (key == "thumbnailUrl") return read_string(w, v, at.field("thumbnailUrl"), file.thumbnail_url);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_content(walker& w, od::value& value, field_path field,
                                   std::optional<content>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](content& c, field_key key, od::value& v) {
    if (key == "text") return triage::detail::read_string(w, v, at.field("text"), c.text);
    if (key == "media") return parse_content_file(w, v, at.field("media"), c.media);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_suggestion_response(walker& w, od::value& value, field_path field,
                                               std::optional<suggestion_response>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](suggestion_response& r, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "text") return read_string(w, v, at.field("text"), r.text);
    if (key == "postbackData") return read_string(w, v, at.field("postbackData"), r.postback_data);
    if (key == "pairedMessageId") return read_string(w, v, at.field("pairedMessageId"), r.paired_message_id);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_location_response(walker& w, od::value& value, field_path field,
                                             std::optional<location_response>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](location_response& r, field_key key, od::value& v) {
    if (key == "latitude") return read_coordinate(w, v, at.field("latitude"), r.latitude);
    if (key == "longitude") return read_coordinate(w, v, at.field("longitude"), r.longitude);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool read_list(walker& w, od::value& value, field_path field, storage& store,
                               pool_range& out) noexcept {
  const path_node at = field;
  bool present = false;
  return triage::detail::read_string_array(w, value, at, store.strings, store.max_list_items,
                                           "more elements than parser_options::max_bandwidth_list_items", out, present);
}

/// `message.to`: an array of numbers, or one number as a string (the multichannel callbacks of 2025).
TRIAGE_NOINLINE bool read_recipients(walker& w, od::value& value, field_path field, storage& store,
                                     pool_range& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::array || type == od::json_type::null) return read_list(w, value, field, store, out);
  if (type != od::json_type::string) {
    return w.wrong_type(&at, "an array or a string", triage::detail::to_json_type(type));
  }
  std::optional<std::string_view> one;
  if (!triage::detail::read_string(w, value, field, one)) return false;
  out = {store.strings.size(), 0};
  if (store.max_list_items == 0) {
    return w.fail_at(error_code::too_many_items, &at, w.offset_of(one->data()),
                     "more elements than parser_options::max_bandwidth_list_items");
  }
  if (triage::detail::append(store.strings, one->data(), one->size()) == nullptr) return w.out_of_memory(&at);
  out.count = 1;
  return true;
}

/// Reads an event's `message`; its to[] and media[] go to the event's entry of store.lists, the last one.
TRIAGE_NOINLINE bool parse_message(walker& w, od::value& value, field_path field, storage& store,
                                   std::optional<message>& out) noexcept {
  const path_node at = field;
  list_ranges& lists = store.lists.back();
  od::object object;
  bool present = false;
  if (!triage::detail::read_object(w, value, at, object, present)) return false;
  lists = {};
  if (!present) {
    out.reset();
    return true;
  }
  message& m = out.emplace();
  return triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "id") return read_string(w, v, at.field("id"), m.id);
    if (key == "owner") return read_string(w, v, at.field("owner"), m.owner);
    if (key == "applicationId") return read_string(w, v, at.field("applicationId"), m.application_id);
    if (key == "time") return read_timestamp(w, v, at.field("time"), m.time);
    if (key == "segmentCount") return triage::detail::read_integer(w, v, at.field("segmentCount"), m.segment_count);
    if (key == "direction") return read_string(w, v, at.field("direction"), m.direction);
    if (key == "to") return read_recipients(w, v, at.field("to"), store, lists.to);
    if (key == "messageId") return read_string(w, v, at.field("messageId"), m.message_id);
    if (key == "status") return read_string(w, v, at.field("status"), m.status);
    if (key == "from") return read_string(w, v, at.field("from"), m.from);
    if (key == "text") return read_string(w, v, at.field("text"), m.text);
    if (key == "tag") return read_string(w, v, at.field("tag"), m.tag);
    if (key == "media") return read_list(w, v, at.field("media"), store, lists.media);
    if (key == "priority") return read_string(w, v, at.field("priority"), m.priority);
    if (key == "channel") return read_string(w, v, at.field("channel"), m.channel);
    if (key == "content") return parse_content(w, v, at.field("content"), m.content);
    if (key == "suggestionResponse") {
      return parse_suggestion_response(w, v, at.field("suggestionResponse"), m.suggestion_response);
    }
    if (key == "locationResponse") {
      return parse_location_response(w, v, at.field("locationResponse"), m.location_response);
    }
    return w.skip_field();
  });
}

/// Parses one event object into `out`, a default-constructed event (spans unresolved).
inline bool parse_event(walker& w, od::object& object, const path_node& at, storage& store,
                        message_callback& out) noexcept {
  if (triage::detail::append(store.lists) == nullptr) return w.out_of_memory(&at);
  const bool ok = triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "type") return read_string(w, v, at.field("type"), out.type);
    if (key == "time") return read_timestamp(w, v, at.field("time"), out.time);
    if (key == "description") return read_string(w, v, at.field("description"), out.description);
    if (key == "to") return read_string(w, v, at.field("to"), out.to);
    if (key == "errorCode") return triage::detail::read_integer(w, v, at.field("errorCode"), out.error_code);
    if (key == "carrierName") return read_string(w, v, at.field("carrierName"), out.carrier_name);
    if (key == "eventTime") return read_timestamp(w, v, at.field("eventTime"), out.event_time);
    if (key == "platform") return read_string(w, v, at.field("platform"), out.platform);
    if (key == "message") return parse_message(w, v, at.field("message"), store, out.message);
    return w.skip_field();
  });
  if (!ok) return false;
  out.kind = out.type ? kind_of_type(*out.type) : kind::unknown;
  return true;
}

/// Points the to[] and media[] of the payload's `index`-th event at the pool, once it no longer moves.
inline void resolve_spans(const storage& store, std::size_t index, message_callback& event) noexcept {
  if (!event.message) return;
  auto view = [&](const pool_range& r) {
    return r.count == 0 ? span<std::string_view>() : span<std::string_view>(store.strings.data() + r.first, r.count);
  };
  event.message->to = view(store.lists[index].to);
  event.message->media = view(store.lists[index].media);
}

/// Parses the document of `w` (an array of events, or one event object), in payload order: each event into
/// the default-constructed message_callback that `new_event()` points to (the caller's storage, so the events
/// are built in place). `store` must have been reset() for this payload; once this returns true, call
/// resolve_spans for every event.
template <class NewEvent>
bool parse_payload(walker& w, storage& store, NewEvent&& new_event) noexcept {
  constexpr std::string_view too_many = "more events than parser_options::max_bandwidth_events";
  const path_node root{};
  od::document& doc = w.document();
  od::json_type type{};
  if (auto e = doc.type().get(type)) return w.fail(e, &root);
  if (type == od::json_type::object) {
    od::object object;
    if (auto e = doc.get_object().get(object)) return w.fail(e, &root);
    if (store.max_events == 0) return w.fail(error_code::too_many_items, &root, too_many);
    message_callback* event = new_event();
    if (event == nullptr) return w.out_of_memory(&root);
    if (!parse_event(w, object, root, store, *event)) return false;
  } else if (type == od::json_type::array) {
    od::array array;
    if (auto e = doc.get_array().get(array)) return w.fail(e, &root);
    std::size_t index = 0;
    return triage::detail::for_each_element(
        w, array, root, store.max_events, too_many, index, [&](od::value& item, const path_node& element_at) {
          od::json_type item_type{};
          if (auto e = item.type().get(item_type)) return w.fail(e, &element_at);
          if (item_type != od::json_type::object) {
            return w.wrong_type(&element_at, "an object (a Bandwidth event)", triage::detail::to_json_type(item_type));
          }
          od::object object;
          if (auto e = item.get_object().get(object)) return w.fail(e, &element_at);
          message_callback* event = new_event();
          if (event == nullptr) return w.out_of_memory(&element_at);
          return parse_event(w, object, element_at, store, *event);
        });
  } else {
    return w.wrong_type(&root, "an array of Bandwidth events or one event object", triage::detail::to_json_type(type));
  }
  return true;
}

}  // namespace triage::bandwidth::detail

#endif  // TRIAGE_BANDWIDTH_PARSE_HPP
