#ifndef TRIAGE_TELNYX_PARSE_HPP
#define TRIAGE_TELNYX_PARSE_HPP

// simdjson On-Demand walk of a Telnyx Messaging API v2 webhook body into telnyx::event callbacks: one per
// `data.payload.to[]` entry (one when `to` is a string, absent or empty), in `to[]` order. The envelope
// {"data": {...}, "meta": {...}} is the webhook; a bare `data` object ({event_type, payload, ...}, as Telnyx's
// spec examples are written) reads the same. One pass over each object, dispatching on the key: any key order
// (`to` may come before or after the rest of the payload, `meta` before `data`), unknown keys skipped, the
// last of duplicate keys wins, null reads as absent, a wrong type is an error naming the field path
// ("data.payload.errors[0].source.pointer").
//
// The recipients and errors go to pools while the document is read; the callbacks are made once it is read
// whole, each a copy of the event's fields with its own recipient. A `data` without `event_type` (a string)
// and `payload` (an object) is no Telnyx messaging event: unknown_provider (reference, verdict rule 11;
// URL-shortener link clicks have no event_type and are not read).

#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "triage/detail/append.hpp"
#include "triage/detail/json.hpp"
#include "triage/span.hpp"
#include "triage/telnyx/event.hpp"
#include "triage/telnyx/tables.hpp"

namespace triage::telnyx::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::read_optional_object;
using triage::detail::read_string;
using triage::detail::walker;

/// What the parser keeps for a payload besides the callbacks, which the caller owns. Reused from payload to
/// payload, so a warmed-up parser does not allocate: reset() keeps the capacity.
struct storage {
  event common;                   ///< the event's fields, every callback's copy but its recipient
  std::vector<party> recipients;  ///< `payload.to[]`
  std::vector<error_object> errors;
  std::size_t max_recipients = 0;
  std::size_t max_list_items = 0;
  bool saw_data = false;        ///< `data` was an object
  bool saw_meta = false;        ///< `meta` was an object
  bool saw_event_type = false;  ///< `event_type` was a string
  bool saw_payload = false;     ///< `payload` was an object
  bool read_payload = false;    ///< a `payload` key was read (common.payload is no longer as reset)

  void reset(std::size_t recipients_limit, std::size_t list_items_limit) noexcept {
    // Built in place: `common = event{}` built a temporary and copied it, 1.2 KB twice per payload.
    static_assert(std::is_trivially_destructible_v<event>, "reset() reuses the storage of `common`");
    ::new (static_cast<void*>(&common)) event();
    recipients.clear();
    errors.clear();
    max_recipients = recipients_limit;
    max_list_items = list_items_limit;
    saw_data = false;
    saw_meta = false;
    saw_event_type = false;
    saw_payload = false;
    read_payload = false;
  }
};

inline constexpr std::string_view too_many_items = "more elements than parser_options::max_telnyx_list_items";
inline constexpr std::string_view too_many_recipients = "more to[] entries than parser_options::max_telnyx_recipients";

/// An amount or a count Telnyx writes as a decimal string or a JSON number: the string, or the number's exact
/// token (no rounding).
TRIAGE_NOINLINE bool read_decimal(walker& w, od::value& value, field_path field,
                                  std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::number) {
    if (type == od::json_type::string || type == od::json_type::null) return read_string(w, value, field, out);
    return w.wrong_type(&at, "a number or a string", triage::detail::to_json_type(type));
  }
  double checked = 0;
  if (auto e = value.get_double().get(checked)) return w.fail(e, &at);
  out = triage::detail::trim_ascii_space(value.raw_json_token());
  return true;
}

TRIAGE_NOINLINE bool parse_money(walker& w, od::value& value, field_path field, std::optional<money>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](money& m, field_key key, od::value& v) {
    if (key == "amount") return read_decimal(w, v, at.field("amount"), m.amount);
    if (key == "currency") return read_string(w, v, at.field("currency"), m.currency);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_cost_breakdown(walker& w, od::value& value, field_path field, message& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "carrier_fee") return parse_money(w, v, at.field("carrier_fee"), out.carrier_fee);
    if (key == "rate") return parse_money(w, v, at.field("rate"), out.rate);
    return w.skip_field();
  });
}

/// `from` or a `to[]` entry: an object, or (2019 payloads, profiles of other formats) the number as a string.
inline bool parse_party(walker& w, od::value& value, const path_node& at, party& out, bool& present) noexcept {
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  present = type != od::json_type::null;
  if (type == od::json_type::null) return triage::detail::consume_null(w, value, at);
  if (type == od::json_type::string) {
    std::string_view number;
    if (!w.get_string(value, at, number)) return false;
    out.phone_number = number;
    return true;
  }
  if (type != od::json_type::object) {
    return w.wrong_type(&at, "an object or a string (a party)", triage::detail::to_json_type(type));
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "phone_number") return read_string(w, v, at.field("phone_number"), out.phone_number);
    if (key == "status") return read_string(w, v, at.field("status"), out.status);
    if (key == "carrier") return read_string(w, v, at.field("carrier"), out.carrier);
    if (key == "line_type") return read_string(w, v, at.field("line_type"), out.line_type);
    if (key == "agent_id") return read_string(w, v, at.field("agent_id"), out.agent_id);
    if (key == "agent_name") return read_string(w, v, at.field("agent_name"), out.agent_name);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_error_source(walker& w, od::value& value, field_path field, error_object& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "pointer") return read_string(w, v, at.field("pointer"), out.source_pointer);
    if (key == "parameter") return read_string(w, v, at.field("parameter"), out.source_parameter);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_error_meta(walker& w, od::value& value, field_path field, error_object& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "url") return read_string(w, v, at.field("url"), out.meta_url);
    return w.skip_field();
  });
}

/// One errors[] item. The code is a string in Telnyx's spec ("40300"); a number reads the same.
inline bool parse_error_object(walker& w, od::value& value, const path_node& at, error_object& out) noexcept {
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object) {
    return w.wrong_type(&at, "an object (an error)", triage::detail::to_json_type(type));
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "code") {
      bool was_number = false;
      return triage::detail::read_string_or_integer(w, v, at.field("code"), out.code_text, out.code, was_number);
    }
    if (key == "title") return read_string(w, v, at.field("title"), out.title);
    if (key == "detail") return read_string(w, v, at.field("detail"), out.detail);
    if (key == "source") return parse_error_source(w, v, at.field("source"), out);
    if (key == "meta") return parse_error_meta(w, v, at.field("meta"), out);
    return w.skip_field();
  });
}

/// `payload.errors[]` into the pool (the last of duplicate `errors` keys wins: the pool is emptied first).
TRIAGE_NOINLINE bool parse_errors(walker& w, od::value& value, field_path field, storage& store) noexcept {
  const path_node at = field;
  store.errors.clear();
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  if (!present) return true;
  std::size_t count = 0;
  return triage::detail::for_each_element(w, array, at, store.max_list_items, too_many_items, count,
                                          [&](od::value& item, const path_node& element_at) {
                                            error_object* e = triage::detail::append(store.errors);
                                            if (e == nullptr) return w.out_of_memory(&element_at);
                                            return parse_error_object(w, item, element_at, *e);
                                          });
}

/// `payload.to`: an array of recipients (objects, or numbers as strings), or one number as a string.
TRIAGE_NOINLINE bool parse_to(walker& w, od::value& value, field_path field, storage& store) noexcept {
  const path_node at = field;
  store.recipients.clear();
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::array) {
    if (type != od::json_type::string && type != od::json_type::null) {
      return w.wrong_type(&at, "an array or a string (the recipients)", triage::detail::to_json_type(type));
    }
    party one;
    bool present = false;
    if (!parse_party(w, value, at, one, present)) return false;
    if (present && triage::detail::append(store.recipients, one) == nullptr) return w.out_of_memory(&at);
    return true;
  }
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  std::size_t count = 0;
  return triage::detail::for_each_element(w, array, at, store.max_recipients, too_many_recipients, count,
                                          [&](od::value& item, const path_node& element_at) {
                                            party* p = triage::detail::append(store.recipients);
                                            if (p == nullptr) return w.out_of_memory(&element_at);
                                            bool entry_present = false;
                                            if (!parse_party(w, item, element_at, *p, entry_present)) return false;
                                            return true;
                                          });
}

TRIAGE_NOINLINE bool parse_from(walker& w, od::value& value, field_path field, std::optional<party>& out) noexcept {
  const path_node at = field;
  party p;
  bool present = false;
  if (!parse_party(w, value, at, p, present)) return false;
  out = present ? std::optional<party>(p) : std::nullopt;
  return true;
}

/// `data.payload`: the message record.
TRIAGE_NOINLINE bool parse_message(walker& w, od::value& value, field_path field, storage& store) noexcept {
  const path_node at = field;
  message& out = store.common.payload;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), out.id);
    if (key == "to") return parse_to(w, v, at.field("to"), store);
    if (key == "errors") return parse_errors(w, v, at.field("errors"), store);
    if (key == "from") return parse_from(w, v, at.field("from"), out.from);
    if (key == "record_type") return read_string(w, v, at.field("record_type"), out.record_type);
    if (key == "direction") return read_string(w, v, at.field("direction"), out.direction);
    if (key == "type") return read_string(w, v, at.field("type"), out.type);
    if (key == "text") return read_string(w, v, at.field("text"), out.text);
    if (key == "body") return triage::detail::read_raw_value(w, v, at.field("body"), out.body);
    if (key == "subject") return read_string(w, v, at.field("subject"), out.subject);
    if (key == "encoding") return read_string(w, v, at.field("encoding"), out.encoding);
    if (key == "parts") return triage::detail::read_integer(w, v, at.field("parts"), out.parts);
    if (key == "num_chars") return triage::detail::read_integer(w, v, at.field("num_chars"), out.num_chars);
    if (key == "smart_encoding_applied") {
      return triage::detail::read_boolean(w, v, at.field("smart_encoding_applied"), out.smart_encoding_applied);
    }
    if (key == "cost") return parse_money(w, v, at.field("cost"), out.cost);
    if (key == "cost_breakdown") return parse_cost_breakdown(w, v, at.field("cost_breakdown"), out);
    if (key == "received_at") return triage::detail::read_timestamp(w, v, at.field("received_at"), out.received_at);
    if (key == "sent_at") return triage::detail::read_timestamp(w, v, at.field("sent_at"), out.sent_at);
    if (key == "completed_at") return triage::detail::read_timestamp(w, v, at.field("completed_at"), out.completed_at);
    if (key == "valid_until") return triage::detail::read_timestamp(w, v, at.field("valid_until"), out.valid_until);
    if (key == "wait_seconds") return read_decimal(w, v, at.field("wait_seconds"), out.wait_seconds);
    if (key == "webhook_url") return read_string(w, v, at.field("webhook_url"), out.webhook_url);
    if (key == "webhook_failover_url") {
      return read_string(w, v, at.field("webhook_failover_url"), out.webhook_failover_url);
    }
    if (key == "messaging_profile_id") {
      return read_string(w, v, at.field("messaging_profile_id"), out.messaging_profile_id);
    }
    if (key == "organization_id") return read_string(w, v, at.field("organization_id"), out.organization_id);
    if (key == "tcr_campaign_id") return read_string(w, v, at.field("tcr_campaign_id"), out.tcr_campaign_id);
    if (key == "group_message_id") return read_string(w, v, at.field("group_message_id"), out.group_message_id);
    if (key == "autoresponse_type") return read_string(w, v, at.field("autoresponse_type"), out.autoresponse_type);
    if (key == "is_spam") return triage::detail::read_boolean(w, v, at.field("is_spam"), out.is_spam);
    if (key == "media") return triage::detail::read_raw_array(w, v, at.field("media"), out.media);
    if (key == "tags") return triage::detail::read_raw_array(w, v, at.field("tags"), out.tags);
    if (key == "cc") return triage::detail::read_raw_value(w, v, at.field("cc"), out.cc);
    return w.skip_field();
  });
}

/// A field of `data` (or of a bare data object at the root): false with the error set on failure.
inline bool parse_data_field(walker& w, field_key key, od::value& v, const path_node& at, storage& store,
                             bool& handled) noexcept {
  handled = true;
  event& e = store.common;
  if (key == "event_type") {
    if (!read_string(w, v, at.field("event_type"), e.event_type_text)) return false;
    store.saw_event_type = e.event_type_text.has_value();
    return true;
  }
  if (key == "payload") {
    od::json_type type{};
    const path_node payload_at = at.field("payload");
    if (auto err = v.type().get(type)) return w.fail(err, &payload_at);
    if (type != od::json_type::object && type != od::json_type::null) {
      return w.wrong_type(&payload_at, "an object (the message)", triage::detail::to_json_type(type));
    }
    store.saw_payload = type == od::json_type::object;
    // The last of duplicate keys wins; the first finds the payload as reset() left it.
    if (store.read_payload) ::new (static_cast<void*>(&store.common.payload)) message();
    store.read_payload = true;
    store.recipients.clear();
    store.errors.clear();
    return parse_message(w, v, at.field("payload"), store);
  }
  if (key == "id") return read_string(w, v, at.field("id"), e.id);
  if (key == "occurred_at") return triage::detail::read_timestamp(w, v, at.field("occurred_at"), e.occurred_at);
  if (key == "record_type") return read_string(w, v, at.field("record_type"), e.record_type);
  handled = false;
  return true;
}

TRIAGE_NOINLINE bool parse_data(walker& w, od::value& value, field_path field, storage& store) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) return triage::detail::consume_null(w, value, at);
  if (type != od::json_type::object) {
    return w.wrong_type(&at, "an object (the event)", triage::detail::to_json_type(type));
  }
  store.saw_data = true;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    bool handled = false;
    if (!parse_data_field(w, key, v, at, store, handled)) return false;
    return handled || w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_meta(walker& w, od::value& value, field_path field, storage& store) noexcept {
  const path_node at = field;
  event& out = store.common;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  store.saw_meta = type == od::json_type::object;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "attempt") return triage::detail::read_integer(w, v, at.field("attempt"), out.attempt);
    if (key == "delivered_to") return read_string(w, v, at.field("delivered_to"), out.delivered_to);
    return w.skip_field();
  });
}

/// Parses the document of `w` (a {data, meta} envelope or a bare data object) into callbacks added to
/// `sink`, one per recipient. `store` must have been reset() for this payload.
template <class Sink>
bool parse_payload(walker& w, storage& store, Sink& sink) noexcept {
  const path_node root{};
  od::object object;
  if (!triage::detail::read_root_object(w, object, "an object (a Telnyx webhook)")) return false;
  const bool ok = triage::detail::for_each_field(w, object, root, [&](field_key key, od::value& v) {
    if (key == "data") return parse_data(w, v, root.field("data"), store);
    if (key == "meta") return parse_meta(w, v, root.field("meta"), store);
    bool handled = false;
    if (!parse_data_field(w, key, v, root, store, handled)) return false;
    return handled || w.skip_field();
  });
  if (!ok) return false;
  const bool envelope = store.saw_data;
  const path_node data_at = root.field("data");
  const path_node* event_at = envelope ? &data_at : &root;
  if (!store.saw_event_type || !store.saw_payload) {
    const path_node missing_at = event_at->field(store.saw_event_type ? "payload" : "event_type");
    return w.fail_at(error_code::unknown_provider, &missing_at, 0,
                     envelope ? "closest: a Telnyx webhook, whose data has event_type (a string) and payload (an "
                                "object)"
                              : "closest: a Telnyx event, which has event_type (a string) and payload (an object)");
  }
  store.common.type = event_type_of(*store.common.event_type_text);
  store.common.payload.errors =
      store.errors.empty() ? span<error_object>() : span<error_object>(store.errors.data(), store.errors.size());
  const std::size_t n = store.recipients.size();
  const std::size_t callbacks = n == 0 ? 1 : n;
  for (std::size_t i = 0; i < callbacks; ++i) {
    event* e = sink.add(store.common);
    if (e == nullptr) return w.out_of_memory(event_at);
    e->recipient_count = n;
    if (n != 0) {
      e->recipient = store.recipients[i];
      e->recipient_index = i;
    }
    e->status = e->recipient.status ? status_value_of(*e->recipient.status) : status_value::unknown_value;
  }
  return true;
}

}  // namespace triage::telnyx::detail

#endif  // TRIAGE_TELNYX_PARSE_HPP
