#ifndef TRIAGE_VIBES_PARSE_HPP
#define TRIAGE_VIBES_PARSE_HPP

// simdjson On-Demand walk of a Vibes callback body into vibes::event_processed.
// One pass over each object, dispatching on the key: any key order, unknown keys skipped, the last of
// duplicate keys wins, null reads as absent, a wrong type is an error naming the field.

#include <cstddef>
#include <string_view>
#include <vector>

#include "triage/detail/append.hpp"
#include "triage/detail/json.hpp"
#include "triage/vibes/classify.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage::vibes::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::read_optional_object;
using triage::detail::walker;

/// Where the parser keeps what a callback's views point at, reused from payload to payload.
struct storage {
  std::vector<failure_error> errors;
  std::size_t max_errors = 0;

  /// Before each payload: empty pools (capacity kept), the limit in force.
  void reset(std::size_t errors_limit) noexcept {
    errors.clear();
    max_errors = errors_limit;
  }
};

/// Reads `person` into `out`, whole: null leaves it empty, and a later duplicate key replaces it.
TRIAGE_NOINLINE bool parse_person(walker& w, od::value& value, field_path field, person& out) noexcept {
  const path_node at = field;
  out = person{};
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "person_key") return triage::detail::read_string(w, v, at.field("person_key"), out.person_key);
    if (key == "resource_url") return triage::detail::read_string(w, v, at.field("resource_url"), out.resource_url);
    if (key == "url") return triage::detail::read_string(w, v, at.field("url"), out.resource_url);
    return w.skip_field();
  });
}

/// Reads `source` for its URL: null leaves it empty, and a later duplicate key replaces it.
TRIAGE_NOINLINE bool parse_source(walker& w, od::value& value, field_path field,
                                  std::optional<std::string_view>& url) noexcept {
  const path_node at = field;
  url.reset();
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "resource_url") return triage::detail::read_string(w, v, at.field("resource_url"), url);
    if (key == "url") return triage::detail::read_string(w, v, at.field("url"), url);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_message_parts(walker& w, od::value& value, field_path field,
                                         std::optional<message_parts>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](message_parts& parts, field_key key, od::value& v) {
    if (key == "source") return parse_source(w, v, at.field("source"), parts.source_url);
    if (key == "person") return parse_person(w, v, at.field("person"), parts.person);
    return w.skip_field();
  });
}

/// Reads one entry of `errors` into `out`, default-constructed: a null entry carries nothing.
inline bool parse_failure_error(walker& w, od::value& value, const path_node& at, failure_error& out) noexcept {
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "error") return triage::detail::read_string(w, v, at.field("error"), out.error);
    if (key == "resource_url") return triage::detail::read_string(w, v, at.field("resource_url"), out.resource_url);
    if (key == "error_code") return triage::detail::read_integer(w, v, at.field("error_code"), out.error_code);
    return w.skip_field();
  });
}

/// Reads `failure.errors` into the pool, and `errors` as the span of its entries there.
TRIAGE_NOINLINE bool parse_errors(walker& w, od::value& value, field_path field, storage& store,
                                  span<failure_error>& errors) noexcept {
  const path_node at = field;
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  errors = {};
  if (!present) return true;
  const std::size_t first = store.errors.size();
  std::size_t index = 0;
  const bool ok = triage::detail::for_each_element(w, array, at, store.max_errors,
                                                   "more entries than parser_options::max_vibes_errors", index,
                                                   [&](od::value& item, const path_node& element_at) {
                                                     failure_error* entry = triage::detail::append(store.errors);
                                                     if (entry == nullptr) return w.out_of_memory(&element_at);
                                                     return parse_failure_error(w, item, element_at, *entry);
                                                   });
  if (!ok) return false;
  // Only now is the pool's address final for this list.
  errors = span<failure_error>(store.errors.data() + first, index);
  return true;
}

TRIAGE_NOINLINE bool parse_failure(walker& w, od::value& value, field_path field, storage& store,
                                   std::optional<failure>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](failure& f, field_key key, od::value& v) {
    if (key == "reason") return triage::detail::read_string(w, v, at.field("reason"), f.reason);
    if (key == "errors") return parse_errors(w, v, at.field("errors"), store, f.errors);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_action(walker& w, od::value& value, field_path field, storage& store,
                                  std::optional<action>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](action& a, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "type") return read_string(w, v, at.field("type"), a.type);
    if (key == "status") return read_string(w, v, at.field("status"), a.status);
    if (key == "status_reason") return read_string(w, v, at.field("status_reason"), a.status_reason);
    if (key == "message_type") return read_string(w, v, at.field("message_type"), a.message_type);
    if (key == "resource_url") return read_string(w, v, at.field("resource_url"), a.resource_url);
    if (key == "sms") return parse_message_parts(w, v, at.field("sms"), a.sms);
    if (key == "mms") return parse_message_parts(w, v, at.field("mms"), a.mms);
    if (key == "failure") return parse_failure(w, v, at.field("failure"), store, a.failure);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_processed_event(walker& w, od::value& value, field_path field, storage& store,
                                           std::optional<processed_event>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](processed_event& event, field_key key, od::value& v) {
    using triage::detail::read_raw_object;
    using triage::detail::read_string;
    if (key == "event_id") return read_string(w, v, at.field("event_id"), event.event_id);
    if (key == "event_type") return read_string(w, v, at.field("event_type"), event.event_type);
    if (key == "event_data") return read_raw_object(w, v, at.field("event_data"), event.event_data);
    if (key == "debug_data") return read_raw_object(w, v, at.field("debug_data"), event.debug_data);
    if (key == "action") return parse_action(w, v, at.field("action"), store, event.action);
    return w.skip_field();
  });
}

/// Parses the root object of a Vibes callback into `out` (which must be default-constructed).
inline bool parse_callback(walker& w, od::object& root, storage& store, event_processed& out) noexcept {
  const path_node at{};
  const bool ok = triage::detail::for_each_field(w, root, at, [&](field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "event_id") return read_string(w, v, at.field("event_id"), out.event_id);
    if (key == "callback_type") return read_string(w, v, at.field("callback_type"), out.callback_type);
    if (key == "event_type") return read_string(w, v, at.field("event_type"), out.event_type);
    if (key == "event_date") return triage::detail::read_timestamp(w, v, at.field("event_date"), out.event_date);
    if (key == "delivery_attempt") {
      return triage::detail::read_integer(w, v, at.field("delivery_attempt"), out.delivery_attempt);
    }
    if (key == "event_processed") return parse_processed_event(w, v, at.field("event_processed"), store, out.event);
    return w.skip_field();
  });
  if (!ok) return false;
  out.kind = derive_kind(out);
  return true;
}

}  // namespace triage::vibes::detail

#endif  // TRIAGE_VIBES_PARSE_HPP
