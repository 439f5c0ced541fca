#ifndef TRIAGE_BIRD_PLATFORM_PARSE_HPP
#define TRIAGE_BIRD_PLATFORM_PARSE_HPP

// simdjson On-Demand walk of a platform v1 event's `data` object into bird::platform_event (the envelope's
// `type` and `timestamp` are read with the other root keys, in parse.hpp). Same rules as the message walk:
// any key order, unknown keys skipped, the last of duplicate keys wins, null reads as absent, a wrong type
// is an error naming the field.

#include <optional>
#include <string_view>

#include "triage/bird/platform_event.hpp"
#include "triage/detail/json.hpp"

namespace triage::bird::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::walker;

TRIAGE_NOINLINE bool parse_platform_error(walker& w, od::value& value, field_path field,
                                          std::optional<platform_error>& out) noexcept {
  const path_node at = field;
  return triage::detail::read_optional_object(w, value, at, out, [&](platform_error& e, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "code") return read_string(w, v, at.field("code"), e.code);
    if (key == "description") return read_string(w, v, at.field("description"), e.description);
    if (key == "carrier_error_code") return read_string(w, v, at.field("carrier_error_code"), e.carrier_error_code);
    if (key == "meta_error_code") return read_string(w, v, at.field("meta_error_code"), e.meta_error_code);
    if (key == "occurred_at") return triage::detail::read_timestamp(w, v, at.field("occurred_at"), e.occurred_at);
    return w.skip_field();
  });
}

/// `from` / `to`: a string on SMS events, a WhatsAppAddress object {phone_number, bsuid} on WhatsApp ones.
TRIAGE_NOINLINE bool parse_platform_address(walker& w, od::value& value, field_path field,
                                            platform_address& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  out = platform_address{};
  if (type != od::json_type::object) {
    if (type == od::json_type::string || type == od::json_type::null) {
      return triage::detail::read_string(w, value, field, out.number);
    }
    return w.wrong_type(&at, "a string or an object", triage::detail::to_json_type(type));
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "phone_number") return triage::detail::read_string(w, v, at.field("phone_number"), out.number);
    if (key == "bsuid") return triage::detail::read_string(w, v, at.field("bsuid"), out.bsuid);
    return w.skip_field();
  });
}

/// Whether `key` is one of the ids an event's data names what it is about by.
inline bool is_platform_id_key(field_key key) noexcept {
  return key == "sms_id" || key == "whatsapp_id" || key == "email_id" || key == "domain_id" || key == "call_id" ||
         key == "verification_id";
}

/// Reads `data` (an object: the shape says so, and null or another type is an error) into `out`.
TRIAGE_NOINLINE bool parse_platform_data(walker& w, od::object& object, const path_node& at,
                                         platform_event& out) noexcept {
  return triage::detail::for_each_field(w, object, at, [&](field_key key, od::value& v) {
    using triage::detail::read_raw_value;
    using triage::detail::read_string;
    if (is_platform_id_key(key)) {
      // The key's own name, for the path: field_key's text may live in a scratch buffer (escaped keys).
      const char* name = key == "sms_id"        ? "sms_id"
                         : key == "whatsapp_id" ? "whatsapp_id"
                         : key == "email_id"    ? "email_id"
                         : key == "domain_id"   ? "domain_id"
                         : key == "call_id"     ? "call_id"
                                                : "verification_id";
      return read_string(w, v, at.field(name), out.id);
    }
    if (key == "workspace_id") return read_string(w, v, at.field("workspace_id"), out.workspace_id);
    if (key == "direction") return read_string(w, v, at.field("direction"), out.direction);
    if (key == "to") return parse_platform_address(w, v, at.field("to"), out.to);
    if (key == "from") return parse_platform_address(w, v, at.field("from"), out.from);
    if (key == "recipient") return read_string(w, v, at.field("recipient"), out.recipient);
    if (key == "carrier") return read_string(w, v, at.field("carrier"), out.carrier);
    if (key == "mcc_mnc") return read_string(w, v, at.field("mcc_mnc"), out.mcc_mnc);
    if (key == "status") return read_string(w, v, at.field("status"), out.status);
    if (key == "error") return parse_platform_error(w, v, at.field("error"), out.error);
    if (key == "tags") return read_raw_value(w, v, at.field("tags"), out.tags);
    if (key == "metadata") return read_raw_value(w, v, at.field("metadata"), out.metadata);
    return w.skip_field();
  });
}

}  // namespace triage::bird::detail

#endif  // TRIAGE_BIRD_PLATFORM_PARSE_HPP
