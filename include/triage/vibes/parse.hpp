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
  /// The objects of another callback type, for the one callback of the payload; cleared when the payload
  /// first names one (an event_processed payload never pays for them).
  other_type_objects other;

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

/// Reads `mobile_phone` into the person's mdn and carrier code.
TRIAGE_NOINLINE bool parse_mobile_phone(walker& w, od::value& value, field_path field, person_ref& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "mdn") return triage::detail::read_string(w, v, at.field("mdn"), out.mdn);
    if (key == "carrier_code") return triage::detail::read_string(w, v, at.field("carrier_code"), out.carrier_code);
    return w.skip_field();
  });
}

/// A person of the other callback types. Vibes names its ids `id` or `person_id`, `external_id` or
/// `external_person_id`, by callback type: either fills the same field.
TRIAGE_NOINLINE bool parse_person_ref(walker& w, od::value& value, field_path field,
                                      std::optional<person_ref>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](person_ref& p, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "id") return read_string(w, v, at.field("id"), p.id);
    if (key == "person_id") return read_string(w, v, at.field("person_id"), p.id);
    if (key == "external_id") return read_string(w, v, at.field("external_id"), p.external_id);
    if (key == "external_person_id") return read_string(w, v, at.field("external_person_id"), p.external_id);
    if (key == "person_key") return read_string(w, v, at.field("person_key"), p.person_key);
    if (key == "mobile_phone") return parse_mobile_phone(w, v, at.field("mobile_phone"), p);
    if (key == "url") return read_string(w, v, at.field("url"), p.url);
    return w.skip_field();
  });
}

/// `{id, url}` of a subscription list or an acquisition campaign (with its keyword).
TRIAGE_NOINLINE bool parse_reference(walker& w, od::value& value, field_path field, std::optional<std::string_view>& id,
                                     std::optional<std::string_view>& url,
                                     std::optional<std::string_view>* keyword) noexcept {
  const path_node at = field;
  id.reset();
  url.reset();
  if (keyword != nullptr) keyword->reset();
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "id") return triage::detail::read_string(w, v, at.field("id"), id);
    if (key == "url") return triage::detail::read_string(w, v, at.field("url"), url);
    if (keyword != nullptr && key == "keyword") return triage::detail::read_string(w, v, at.field("keyword"), *keyword);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_subscription(walker& w, od::value& value, field_path field,
                                        std::optional<subscription>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](subscription& sub, field_key key, od::value& v) {
    using triage::detail::read_timestamp;
    if (key == "person") return parse_person_ref(w, v, at.field("person"), sub.person);
    if (key == "subscription_list") {
      return parse_reference(w, v, at.field("subscription_list"), sub.list_id, sub.list_url, nullptr);
    }
    if (key == "opt_in_date") return read_timestamp(w, v, at.field("opt_in_date"), sub.opt_in_date);
    if (key == "opt_out_date") return read_timestamp(w, v, at.field("opt_out_date"), sub.opt_out_date);
    if (key == "opt_out_reason") {
      return triage::detail::read_string(w, v, at.field("opt_out_reason"), sub.opt_out_reason);
    }
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_participant(walker& w, od::value& value, field_path field,
                                       std::optional<participant>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](participant& p, field_key key, od::value& v) {
    using triage::detail::read_string;
    using triage::detail::read_timestamp;
    if (key == "person") return parse_person_ref(w, v, at.field("person"), p.person);
    if (key == "acquisition_campaign") {
      return parse_reference(w, v, at.field("acquisition_campaign"), p.campaign_id, p.campaign_url,
                             &p.campaign_keyword);
    }
    if (key == "participation_date") return read_timestamp(w, v, at.field("participation_date"), p.participation_date);
    if (key == "expire_date") return read_timestamp(w, v, at.field("expire_date"), p.expire_date);
    if (key == "status") return read_string(w, v, at.field("status"), p.status);
    if (key == "mdn") return read_string(w, v, at.field("mdn"), p.mdn);
    if (key == "carrier_id") return read_string(w, v, at.field("carrier_id"), p.carrier_id);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_push_device(walker& w, od::value& value, field_path field,
                                       std::optional<push_device>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](push_device& d, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "app_id") return read_string(w, v, at.field("app_id"), d.app_id);
    if (key == "vibes_device_id") return read_string(w, v, at.field("vibes_device_id"), d.vibes_device_id);
    if (key == "push_token") return read_string(w, v, at.field("push_token"), d.push_token);
    if (key == "device_os") return read_string(w, v, at.field("device_os"), d.device_os);
    if (key == "url") return read_string(w, v, at.field("url"), d.url);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_source_code(walker& w, od::value& value, field_path field,
                                       std::optional<source_code>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](source_code& c, field_key key, od::value& v) {
    using triage::detail::read_string;
    if (key == "company_key") return read_string(w, v, at.field("company_key"), c.company_key);
    if (key == "code") return read_string(w, v, at.field("code"), c.code);
    if (key == "country_code") return read_string(w, v, at.field("country_code"), c.country_code);
    if (key == "code_type") return read_string(w, v, at.field("code_type"), c.code_type);
    if (key == "default_response") return read_string(w, v, at.field("default_response"), c.default_response);
    if (key == "response_sent") return triage::detail::read_boolean(w, v, at.field("response_sent"), c.response_sent);
    return w.skip_field();
  });
}

/// The key of a root object of the callback types other than event_processed.
inline bool is_other_type_key(field_key key) noexcept {
  return key == "subscription" || key == "participant" || key == "person" || key == "push_device" ||
         key == "source_code" || key == "message" || key == "message_id" || key == "txn_id" || key == "receipt_date" ||
         key == "subscription_list" || key == "wallet_instance" || key == "wallet_item" || key == "wallet_campaign";
}

/// Reads a root key of the callback types other than event_processed into the storage's objects, which
/// the callback then points at; `handled` is false when `key` is none of them.
TRIAGE_NOINLINE bool parse_other_type_field(walker& w, field_key key, od::value& v, const path_node& at, storage& store,
                                            event_processed& callback, bool& handled) noexcept {
  using triage::detail::read_raw_object;
  using triage::detail::read_string;
  handled = is_other_type_key(key);
  if (!handled) return true;
  if (callback.other == nullptr) {
    store.other = other_type_objects{};
    callback.other = &store.other;
  }
  other_type_objects& out = store.other;
  if (key == "subscription") return parse_subscription(w, v, at.field("subscription"), out.subscription);
  if (key == "participant") return parse_participant(w, v, at.field("participant"), out.participant);
  if (key == "person") return parse_person_ref(w, v, at.field("person"), out.person);
  if (key == "push_device") return parse_push_device(w, v, at.field("push_device"), out.push_device);
  if (key == "source_code") return parse_source_code(w, v, at.field("source_code"), out.source_code);
  if (key == "message") return read_string(w, v, at.field("message"), out.message);
  if (key == "message_id") return read_string(w, v, at.field("message_id"), out.message_id);
  if (key == "txn_id") return read_string(w, v, at.field("txn_id"), out.txn_id);
  if (key == "receipt_date") return triage::detail::read_timestamp(w, v, at.field("receipt_date"), out.receipt_date);
  if (key == "subscription_list") {
    return read_raw_object(w, v, at.field("subscription_list"), out.subscription_list);
  }
  if (key == "wallet_instance") return read_raw_object(w, v, at.field("wallet_instance"), out.wallet_instance);
  if (key == "wallet_item") return read_raw_object(w, v, at.field("wallet_item"), out.wallet_item);
  return read_raw_object(w, v, at.field("wallet_campaign"), out.wallet_campaign);
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
    bool handled = false;
    if (!parse_other_type_field(w, key, v, at, store, out, handled)) return false;
    return handled || w.skip_field();
  });
  if (!ok) return false;
  out.kind = derive_kind(out);
  return true;
}

}  // namespace triage::vibes::detail

#endif  // TRIAGE_VIBES_PARSE_HPP
