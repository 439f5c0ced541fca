#ifndef TRIAGE_VONAGE_PARSE_HPP
#define TRIAGE_VONAGE_PARSE_HPP

// The readers of a Vonage callback: the SMS API's parameters from a JSON object, a form body or a query
// string (one list of keys, sms_parameter(), for the three encodings), and the Messages API's JSON event.
// One pass over each object, dispatching on the key: any key order, unknown keys skipped, the last of
// duplicate keys wins, null reads as absent, a wrong type is an error naming the field path.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/form.hpp"
#include "triage/detail/form_payload.hpp"
#include "triage/detail/json.hpp"
#include "triage/detail/text.hpp"
#include "triage/error.hpp"
#include "triage/vonage/callback.hpp"

namespace triage::vonage::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::walker;

/// Nothing to keep besides the callback: Vonage sends no list that would need a pool.
struct storage {
  void reset() noexcept {}
};

/// One SMS API parameter: where it goes in sms_message, its name (for error paths), and whether a JSON
/// number is accepted for it (the values that are numbers in text; ids and numbers of phones stay strings,
/// so that detection by shape and the parse agree on them).
struct sms_parameter_slot {
  std::optional<std::string_view> sms_message::*member = nullptr;
  const char* name = nullptr;
  bool numeric = false;
};

/// The SMS API parameter `key` names, or an empty slot: the one list of keys for JSON, form and query
/// bodies. `Key` is a JSON field_key (compared as it stands in the input) or a decoded std::string_view.
template <class Key>
constexpr sms_parameter_slot sms_parameter(const Key& key) noexcept {
  using m = sms_message;
  if (key == "msisdn") return {&m::msisdn, "msisdn", false};
  if (key == "to") return {&m::to, "to", false};
  if (key == "network-code") return {&m::network_code, "network-code", false};
  if (key == "messageId") return {&m::message_id, "messageId", false};
  if (key == "price") return {&m::price, "price", true};
  if (key == "status") return {&m::status, "status", false};
  if (key == "scts") return {&m::scts, "scts", true};
  if (key == "err-code") return {&m::err_code, "err-code", true};
  if (key == "api-key") return {&m::api_key, "api-key", false};
  if (key == "client-ref") return {&m::client_ref, "client-ref", false};
  if (key == "message-timestamp") return {&m::message_timestamp, "message-timestamp", false};
  if (key == "timestamp") return {&m::timestamp, "timestamp", true};
  if (key == "nonce") return {&m::nonce, "nonce", false};
  if (key == "sig") return {&m::sig, "sig", false};
  if (key == "type") return {&m::type, "type", false};
  if (key == "text") return {&m::text, "text", false};
  if (key == "keyword") return {&m::keyword, "keyword", false};
  if (key == "data") return {&m::data, "data", false};
  if (key == "udh") return {&m::udh, "udh", false};
  if (key == "concat") return {&m::concat, "concat", false};
  if (key == "concat-ref") return {&m::concat_ref, "concat-ref", true};
  if (key == "concat-total") return {&m::concat_total, "concat-total", true};
  if (key == "concat-part") return {&m::concat_part, "concat-part", true};
  return {};
}

/// What the parser derives from the parameters once all are read, whatever the encoding.
constexpr void finish_sms(callback& c) noexcept {
  c.api = api::sms;
  c.kind = c.sms.is_inbound() ? kind::inbound_sms : kind::delivery_receipt;
  std::int64_t code = 0;
  c.sms.error_code =
      c.sms.err_code && triage::detail::parse_integer(triage::detail::trim_ascii_space(*c.sms.err_code), code)
          ? std::optional<std::int64_t>(code)
          : std::nullopt;
}

/// The code of a Messages API error: an integer `title`, else the digits after the last '#' of `type`, else
/// the v0.1 `code`.
constexpr std::optional<std::int64_t> resolve_error_code(const message_error& e) noexcept {
  std::int64_t n = 0;
  if (e.title && triage::detail::parse_integer(triage::detail::trim_ascii_space(*e.title), n)) return n;
  if (e.type) {
    const std::size_t hash = e.type->rfind('#');
    if (hash != std::string_view::npos && triage::detail::parse_integer(e.type->substr(hash + 1), n)) return n;
  }
  return e.code;
}

/// What the parser derives from a Messages API event once all of it is read.
constexpr void finish_messages(callback& c) noexcept {
  c.api = api::messages;
  c.kind = c.messages.status ? kind::message_status : kind::inbound_message;
  if (c.messages.error) c.messages.error->resolved_code = resolve_error_code(*c.messages.error);
  std::int64_t n = 0;
  c.messages.sms_parts = c.messages.sms_count_total && triage::detail::parse_integer(*c.messages.sms_count_total, n)
                             ? std::optional<std::int64_t>(n)
                             : std::nullopt;
}

/// A string, or a number kept as its text.
TRIAGE_NOINLINE bool read_text(walker& w, od::value& value, field_path field,
                               std::optional<std::string_view>& out) noexcept {
  std::optional<std::int64_t> number;
  bool was_number = false;
  return triage::detail::read_string_or_integer(w, value, field, out, number, was_number);
}

TRIAGE_NOINLINE bool read_sms_value(walker& w, od::value& value, field_path field, const sms_parameter_slot& slot,
                                    sms_message& out) noexcept {
  if (slot.numeric) return read_text(w, value, field, out.*slot.member);
  return triage::detail::read_string(w, value, field, out.*slot.member);
}

/// `to` / `from`: a string (v1) or an object {type, number} / {type, id} (v0.1).
TRIAGE_NOINLINE bool read_endpoint(walker& w, od::value& value, field_path field,
                                   std::optional<endpoint>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::object) {
    std::optional<std::string_view> number, id;
    if (!triage::detail::read_optional_object(w, value, at, out, [&](endpoint& ep, field_key key, od::value& v) {
          using triage::detail::read_string;
          if (key == "type") return read_string(w, v, at.field("type"), ep.type);
          if (key == "number") return read_string(w, v, at.field("number"), number);
          if (key == "id") return read_string(w, v, at.field("id"), id);
          return w.skip_field();
        })) {
      return false;
    }
    out->value = number ? number : id;
    return true;
  }
  std::optional<std::string_view> text;
  if (!triage::detail::read_string(w, value, field, text)) return false;
  if (text) {
    out.emplace().value = text;
  } else {
    out.reset();
  }
  return true;
}

TRIAGE_NOINLINE bool parse_error_fields(walker& w, od::value& value, const path_node& at, message_error& e,
                                        int depth) noexcept {
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "type") return read_string(w, v, at.field("type"), e.type);
    if (key == "title") return read_text(w, v, at.field("title"), e.title);
    if (key == "detail") return read_string(w, v, at.field("detail"), e.detail);
    if (key == "instance") return read_string(w, v, at.field("instance"), e.instance);
    if (key == "code") return triage::detail::read_integer(w, v, at.field("code"), e.code);
    if (key == "reason") return read_string(w, v, at.field("reason"), e.reason);
    // The doubled error: {error: {...}} of the Kotlin SDK's test: its fields are the error's.
    if (key == "error" && depth == 0) {
      const path_node inner = at.field("error");
      return parse_error_fields(w, v, inner, e, depth + 1);
    }
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_error(walker& w, od::value& value, field_path field,
                                 std::optional<message_error>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) {
    if (!triage::detail::consume_null(w, value, at)) return false;
    out.reset();
    return true;
  }
  if (type != od::json_type::object) return w.wrong_type(&at, "an object", triage::detail::to_json_type(type));
  return parse_error_fields(w, value, at, out.emplace(), 0);
}

TRIAGE_NOINLINE bool parse_usage(walker& w, od::value& value, field_path field,
                                 std::optional<message_usage>& out) noexcept {
  const path_node at = field;
  return triage::detail::read_optional_object(w, value, at, out, [&](message_usage& u, field_key key, od::value& v) {
    if (key == "currency") return triage::detail::read_string(w, v, at.field("currency"), u.currency);
    if (key == "price") return read_text(w, v, at.field("price"), u.price);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_workflow(walker& w, od::value& value, field_path field,
                                    std::optional<message_workflow>& out) noexcept {
  const path_node at = field;
  return triage::detail::read_optional_object(w, value, at, out, [&](message_workflow& f, field_key key, od::value& v) {
    if (key == "id") return read_text(w, v, at.field("id"), f.id);
    if (key == "workflow_id") return read_text(w, v, at.field("workflow_id"), f.id);
    if (key == "item_number") return read_text(w, v, at.field("item_number"), f.item_number);
    if (key == "items_number") return read_text(w, v, at.field("items_number"), f.item_number);
    if (key == "items_total") return read_text(w, v, at.field("items_total"), f.items_total);
    if (key == "total_items") return read_text(w, v, at.field("total_items"), f.items_total);
    return w.skip_field();
  });
}

/// `destination` / `origin`: their `network_code`.
TRIAGE_NOINLINE bool parse_network(walker& w, od::value& value, field_path field,
                                   std::optional<std::string_view>& network_code) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "network_code") return read_text(w, v, at.field("network_code"), network_code);
    return w.skip_field();
  });
}

/// `sms`: `count_total` on a status, `num_messages` (and `total_count`, `keyword`) on an inbound message.
TRIAGE_NOINLINE bool parse_sms_object(walker& w, od::value& value, field_path field, message_event& m) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "count_total") return read_text(w, v, at.field("count_total"), m.sms_count_total);
    if (key == "num_messages") return read_text(w, v, at.field("num_messages"), m.sms_count_total);
    if (key == "total_count") return read_text(w, v, at.field("total_count"), m.sms_count_total);
    if (key == "keyword") return triage::detail::read_string(w, v, at.field("keyword"), m.sms_keyword);
    return w.skip_field();
  });
}

/// Reads the root object of a JSON callback into `out`: the SMS API parameters and the Messages API fields
/// in one pass (the keys that tell the two apart may come last), then keeps the API the payload is from:
/// the Messages API when it has a message_uuid (or v0.1's `to` object without an msisdn), the SMS API
/// otherwise.
inline bool parse_object(walker& w, od::object& object, callback& out) noexcept {
  const path_node root{};
  message_event& m = out.messages;
  sms_message& s = out.sms;
  // A v0.1 `to` object is the Messages API's; in an SMS API callback it is a wrong type, known only once
  // every key is read.
  std::size_t to_object_at = error::no_offset;
  const bool ok = triage::detail::for_each_field(w, object, root, [&](field_key key, od::value& v) {
    using triage::detail::read_raw_value;
    using triage::detail::read_string;
    // Keys both APIs send, with the types each gives them.
    if (key == "to") {
      const std::size_t where = w.offset();
      od::json_type type{};
      if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::object) {
        to_object_at = where;
      } else {
        to_object_at = error::no_offset;
      }
      if (!read_endpoint(w, v, root.field("to"), m.to)) return false;
      s.to = m.to && !m.to->type ? m.to->value : std::nullopt;
      return true;
    }
    if (key == "timestamp") {
      if (!read_text(w, v, root.field("timestamp"), s.timestamp)) return false;
      m.timestamp =
          s.timestamp ? std::optional<triage::timestamp>(triage::timestamp::from(*s.timestamp)) : std::nullopt;
      return true;
    }
    if (key == "status") {
      if (!read_string(w, v, root.field("status"), s.status)) return false;
      m.status = s.status;
      return true;
    }
    if (key == "text") {
      if (!read_string(w, v, root.field("text"), s.text)) return false;
      m.text = s.text;
      return true;
    }
    if (const sms_parameter_slot slot = sms_parameter(key); slot.member != nullptr) {
      return read_sms_value(w, v, root.field(slot.name), slot, s);
    }
    // The Messages API's own.
    if (key == "message_uuid") return read_string(w, v, root.field("message_uuid"), m.message_uuid);
    if (key == "from") return read_endpoint(w, v, root.field("from"), m.from);
    if (key == "channel") return read_string(w, v, root.field("channel"), m.channel);
    if (key == "client_ref") return read_string(w, v, root.field("client_ref"), m.client_ref);
    if (key == "error") return parse_error(w, v, root.field("error"), m.error);
    if (key == "usage") return parse_usage(w, v, root.field("usage"), m.usage);
    if (key == "workflow") return parse_workflow(w, v, root.field("workflow"), m.workflow);
    if (key == "destination") return parse_network(w, v, root.field("destination"), m.network_code);
    if (key == "origin") return parse_network(w, v, root.field("origin"), m.network_code);
    if (key == "sms") return parse_sms_object(w, v, root.field("sms"), m);
    if (key == "message_type") return read_string(w, v, root.field("message_type"), m.message_type);
    if (key == "context") return read_raw_value(w, v, root.field("context"), m.context);
    if (key == "profile") return read_raw_value(w, v, root.field("profile"), m.profile);
    if (key == "whatsapp") return read_raw_value(w, v, root.field("whatsapp"), m.whatsapp);
    if (key == "provider_message") return read_text(w, v, root.field("provider_message"), m.provider_message);
    return w.skip_field();
  });
  if (!ok) return false;
  // The Messages API's when it has its id, or (v0.1, without the id) a `to` object and no msisdn; with
  // msisdn it is the SMS API's, whose `to` is a string.
  const bool messages_api = m.message_uuid || (to_object_at != error::no_offset && !s.msisdn);
  if (!messages_api && to_object_at != error::no_offset) {
    const path_node to_node = root.field("to");
    return w.mismatch_at(&to_node, "a string", json_type::object, error_code::wrong_type, to_object_at);
  }
  if (messages_api) {
    out.sms = {};
    finish_messages(out);
  } else {
    out.messages = {};
    finish_sms(out);
  }
  return true;
}

/// Reads a form body or query string (the SMS API only) into `out`; the last of repeated keys wins, as in
/// the JSON path. Unknown keys are skipped.
inline bool parse_form_body(triage::detail::form_source& body, callback& out) noexcept {
  triage::detail::form_reader reader(body.text(), body.scratch(), body.limits());
  triage::detail::form_field field;
  while (reader.next(field)) {
    if (const sms_parameter_slot slot = sms_parameter(field.key); slot.member != nullptr) {
      out.sms.*slot.member = field.value;
    }
  }
  if (reader.failed()) return body.fail(reader.failure());
  finish_sms(out);
  return true;
}

}  // namespace triage::vonage::detail

#endif  // TRIAGE_VONAGE_PARSE_HPP
