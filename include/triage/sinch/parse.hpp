#ifndef TRIAGE_SINCH_PARSE_HPP
#define TRIAGE_SINCH_PARSE_HPP

// simdjson On-Demand walk of a Sinch callback body into sinch::event callbacks. Sinch posts one JSON object
// per callback, of three families (event.hpp). What the object is comes from a key that may stand anywhere
// (the signed SDK vector has its keys in alphabetical order, so `type` is last, reference §13.2): the object
// is read once, every field of every family kept where it belongs, and the family is decided once it is read
// whole. Any key order, unknown keys skipped, the last of duplicate keys wins, null reads as absent, a wrong
// type is an error naming the field path ("statuses[1].recipients[0]").
//
// Which object is Sinch's (reference, verdict rule 0):
//  - a `type` of the seven SMS documents; or any other `type` beside a `batch_id` (a report of a type this
//    library does not know: kind `other`, classified unknown);
//  - no `type`, an `app_id` and a Conversation trigger key whose value is an object;
// anything else is unknown_provider (a `GET /delivery_reports` page, another vendor's `type`).
//
// A batch report makes one callback per `statuses[]` entry (none for an empty or absent `statuses`); the
// buckets and their recipients go to pools while the document is read, so a `full` report of a large batch
// is not copied.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "triage/detail/append.hpp"
#include "triage/detail/json.hpp"
#include "triage/sinch/event.hpp"
#include "triage/sinch/tables.hpp"
#include "triage/span.hpp"

namespace triage::sinch::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::read_string;
using triage::detail::walker;

/// One `statuses[]` entry as read, its recipients an offset range into the pool (the pool may still move).
struct bucket {
  std::optional<std::string_view> code_text;
  std::optional<std::int64_t> code;
  std::optional<std::string_view> status;
  std::optional<std::int64_t> count;
  triage::detail::pool_range recipients;
};

/// What the parser keeps for a payload besides the callbacks, which the caller owns. Reused from payload to
/// payload, so a warmed-up parser does not allocate: reset() keeps the capacity.
struct storage {
  event common;
  std::vector<bucket> buckets;
  std::vector<std::string_view> recipients;  ///< every bucket's recipients, one after the other
  std::size_t max_buckets = 0;
  std::size_t max_recipients = 0;
  // What was seen with the type a shape (provider.hpp) asks for.
  bool saw_type = false;         ///< `type` was a string
  bool saw_batch_id = false;     ///< `batch_id` was a string
  bool saw_recipient = false;    ///< `recipient` was a string
  bool saw_statuses = false;     ///< `statuses` was an array
  bool saw_from = false;         ///< `from` was a string
  bool saw_received_at = false;  ///< `received_at` was a string
  bool saw_app_id = false;       ///< `app_id` was a string
  bool saw_trigger = false;      ///< a trigger key's value was an object

  void reset(std::size_t buckets_limit, std::size_t recipients_limit) noexcept {
    common = event{};
    buckets.clear();
    recipients.clear();
    max_buckets = buckets_limit;
    max_recipients = recipients_limit;
    saw_type = saw_batch_id = saw_recipient = saw_statuses = false;
    saw_from = saw_received_at = saw_app_id = saw_trigger = false;
  }
};

inline constexpr std::string_view too_many_buckets = "more statuses[] entries than parser_options::max_sinch_statuses";
inline constexpr std::string_view too_many_recipients =
    "more recipients in the statuses[] of one report than parser_options::max_sinch_recipients";

/// A string field that a shape names: `seen` tells whether it was a string (not null).
TRIAGE_NOINLINE bool read_shape_string(walker& w, od::value& value, field_path field,
                                       std::optional<std::string_view>& out, bool& seen) noexcept {
  if (!read_string(w, value, field, out)) return false;
  seen = out.has_value();
  return true;
}

/// A delivery-report code: an integer, or Sinch's docs example's numeric string ("0").
TRIAGE_NOINLINE bool read_code(walker& w, od::value& value, field_path field, std::optional<std::string_view>& text,
                               std::optional<std::int64_t>& number) noexcept {
  bool was_number = false;
  return triage::detail::read_string_or_integer(w, value, field, text, number, was_number);
}

/// One `statuses[]` entry: {code, status, count, recipients}.
inline bool parse_bucket(walker& w, od::value& value, const path_node& at, storage& store, bucket& out) noexcept {
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object) {
    return w.wrong_type(&at, "an object (a status bucket)", triage::detail::to_json_type(type));
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "code") return read_code(w, v, at.field("code"), out.code_text, out.code);
    if (key == "status") return read_string(w, v, at.field("status"), out.status);
    if (key == "count") return triage::detail::read_integer(w, v, at.field("count"), out.count);
    if (key == "recipients") {
      const path_node recipients_at = at.field("recipients");
      // The last of duplicate keys wins; the earlier one's entries stay in the pool, unreferenced.
      const std::size_t room = store.max_recipients - store.recipients.size();
      bool present = false;
      return triage::detail::read_string_array(w, v, recipients_at, store.recipients, room, too_many_recipients,
                                               out.recipients, present);
    }
    return w.skip_field();
  });
}

/// `statuses`: the buckets of a batch report (the last of duplicate keys wins: the pools are emptied first).
TRIAGE_NOINLINE bool parse_statuses(walker& w, od::value& value, field_path field, storage& store) noexcept {
  const path_node at = field;
  store.buckets.clear();
  store.recipients.clear();
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  store.saw_statuses = present;
  if (!present) return true;
  std::size_t count = 0;
  return triage::detail::for_each_element(w, array, at, store.max_buckets, too_many_buckets, count,
                                          [&](od::value& item, const path_node& element_at) {
                                            bucket* b = triage::detail::append(store.buckets);
                                            if (b == nullptr) return w.out_of_memory(&element_at);
                                            return parse_bucket(w, item, element_at, store, *b);
                                          });
}

/// `body`: a string (mo_text, mo_binary) or an object {subject, message, media} (mo_media).
TRIAGE_NOINLINE bool parse_body(walker& w, od::value& value, field_path field, inbound_message& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  out.body.reset();
  out.subject.reset();
  out.message.reset();
  out.media.reset();
  if (type != od::json_type::object) {
    if (type != od::json_type::string && type != od::json_type::null) {
      return w.wrong_type(&at, "a string or an object (the message body)", triage::detail::to_json_type(type));
    }
    return read_string(w, value, field, out.body);
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "subject") return read_string(w, v, at.field("subject"), out.subject);
    if (key == "message") return read_string(w, v, at.field("message"), out.message);
    if (key == "media") return triage::detail::read_raw_array(w, v, at.field("media"), out.media);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_channel_identity(walker& w, od::value& value, field_path field,
                                            conversation_callback& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "channel") return read_string(w, v, at.field("channel"), out.channel);
    if (key == "identity") return read_string(w, v, at.field("identity"), out.identity);
    return w.skip_field();
  });
}

/// `reason`: an object {code, description, sub_code, channel_code}, or "" in the 2020 SMS/MMS/VIBERBM
/// examples (reference §11.2), which says nothing.
TRIAGE_NOINLINE bool parse_reason(walker& w, od::value& value, field_path field, conversation_callback& out) noexcept {
  const path_node at = field;
  out.reason_code.reset();
  out.reason_description.reset();
  out.reason_sub_code.reset();
  out.reason_channel_code.reset();
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::string) {
    std::optional<std::string_view> text;
    if (!read_string(w, value, field, text)) return false;
    if (text && !text->empty()) out.reason_description = text;
    return true;
  }
  if (type != od::json_type::object && type != od::json_type::null) {
    return w.wrong_type(&at, "an object or a string (the reason)", triage::detail::to_json_type(type));
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "code") return read_string(w, v, at.field("code"), out.reason_code);
    if (key == "description") return read_string(w, v, at.field("description"), out.reason_description);
    if (key == "sub_code") return read_string(w, v, at.field("sub_code"), out.reason_sub_code);
    if (key == "channel_code")
      return triage::detail::read_raw_value(w, v, at.field("channel_code"), out.reason_channel_code);
    return w.skip_field();
  });
}

/// The trigger object of a Conversation callback: a delivery report's fields, an inbound message's or
/// event's id and contact; a notification's value is not read.
TRIAGE_NOINLINE bool parse_trigger(walker& w, od::value& value, field_path field, const trigger_row& row,
                                   storage& store) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object) {
    if (type == od::json_type::null) return triage::detail::consume_null(w, value, at);
    return w.wrong_type(&at, "an object (the callback)", triage::detail::to_json_type(type));
  }
  conversation_callback& out = store.common.conversation;
  const std::optional<std::string_view> app_id = out.app_id;
  const std::optional<std::string_view> project_id = out.project_id;
  const std::optional<timestamp> accepted_time = out.accepted_time;
  const std::optional<timestamp> event_time = out.event_time;
  const std::optional<std::string_view> message_metadata = out.message_metadata;
  const std::optional<std::string_view> correlation_id = out.correlation_id;
  // A second trigger key replaces the first (the last of the object's keys wins, as for duplicates).
  out = conversation_callback{};
  out.app_id = app_id;
  out.project_id = project_id;
  out.accepted_time = accepted_time;
  out.event_time = event_time;
  out.message_metadata = message_metadata;
  out.correlation_id = correlation_id;
  out.trigger = row.key;
  store.saw_trigger = true;
  store.common.kind = row.kind;
  store.common.family = row.family;
  if (row.family != family::conversation_report && row.kind != kind::message_inbound &&
      row.kind != kind::event_inbound) {
    od::object object;
    bool present = false;
    return triage::detail::read_object(w, value, at, object, present);
  }
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "message_id") return read_string(w, v, at.field("message_id"), out.id);
    if (key == "event_id") return read_string(w, v, at.field("event_id"), out.id);
    if (key == "id") return read_string(w, v, at.field("id"), out.id);
    if (key == "status") return read_string(w, v, at.field("status"), out.status);
    if (key == "conversation_id") return read_string(w, v, at.field("conversation_id"), out.conversation_id);
    if (key == "channel_identity") return parse_channel_identity(w, v, at.field("channel_identity"), out);
    if (key == "channel") return read_string(w, v, at.field("channel"), out.channel);
    if (key == "contact_id") return read_string(w, v, at.field("contact_id"), out.contact_id);
    if (key == "reason") return parse_reason(w, v, at.field("reason"), out);
    if (key == "metadata") return read_string(w, v, at.field("metadata"), out.metadata);
    if (key == "processing_mode") return read_string(w, v, at.field("processing_mode"), out.processing_mode);
    return w.skip_field();
  });
}

/// The row of a Conversation trigger key, or nullptr: compared as literals (field_key compares no runtime text).
inline const trigger_row* trigger_of(field_key key) noexcept {
  constexpr std::size_t none = triggers.size();
  std::size_t i = none;
  if (key == "message_delivery_report")
    i = 0;
  else if (key == "event_delivery_report")
    i = 1;
  else if (key == "message")
    i = 2;
  else if (key == "event")
    i = 3;
  else if (key == "message_submit_notification")
    i = 4;
  else if (key == "contact_create_notification")
    i = 5;
  else if (key == "contact_delete_notification")
    i = 6;
  else if (key == "contact_merge_notification")
    i = 7;
  else if (key == "contact_update_notification")
    i = 8;
  else if (key == "conversation_start_notification")
    i = 9;
  else if (key == "conversation_stop_notification")
    i = 10;
  else if (key == "conversation_delete_notification")
    i = 11;
  else if (key == "duplicated_identities")
    i = 12;
  else if (key == "capability_notification")
    i = 13;
  else if (key == "opt_in_notification")
    i = 14;
  else if (key == "opt_out_notification")
    i = 15;
  else if (key == "channel_event_notification")
    i = 16;
  else if (key == "unsupported_callback")
    i = 17;
  else if (key == "smart_conversation_notification")
    i = 18;
  else if (key == "message_redaction")
    i = 19;
  return i < none ? &triggers[i] : nullptr;
}
static_assert(triggers.size() == 20, "trigger_of() names every trigger key, in the table's order");

/// A top-level field of the SMS families: false with the error set on failure; `handled` false for a key
/// of none of them.
inline bool parse_sms_field(walker& w, field_key key, od::value& v, const path_node& root, storage& store,
                            bool& handled) noexcept {
  handled = true;
  sms_report& r = store.common.report;
  inbound_message& in = store.common.inbound;
  if (key == "type") return read_shape_string(w, v, root.field("type"), store.common.type_text, store.saw_type);
  if (key == "batch_id") return read_shape_string(w, v, root.field("batch_id"), r.batch_id, store.saw_batch_id);
  if (key == "recipient") return read_shape_string(w, v, root.field("recipient"), r.recipient, store.saw_recipient);
  if (key == "code") return read_code(w, v, root.field("code"), r.code_text, r.code);
  if (key == "status") return read_string(w, v, root.field("status"), r.status);
  if (key == "at") return triage::detail::read_timestamp(w, v, root.field("at"), r.at);
  if (key == "operator_status_at") {
    return triage::detail::read_timestamp(w, v, root.field("operator_status_at"), r.operator_status_at);
  }
  if (key == "statuses") return parse_statuses(w, v, root.field("statuses"), store);
  if (key == "total_message_count") {
    return triage::detail::read_integer(w, v, root.field("total_message_count"), r.total_message_count);
  }
  if (key == "client_reference") {
    if (!read_string(w, v, root.field("client_reference"), r.client_reference)) return false;
    in.client_reference = r.client_reference;
    return true;
  }
  if (key == "applied_originator") return read_string(w, v, root.field("applied_originator"), r.applied_originator);
  if (key == "encoding") return read_string(w, v, root.field("encoding"), r.encoding);
  if (key == "number_of_message_parts") {
    return triage::detail::read_integer(w, v, root.field("number_of_message_parts"), r.number_of_message_parts);
  }
  if (key == "operator") return read_string(w, v, root.field("operator"), r.operator_);
  if (key == "status_message") return read_string(w, v, root.field("status_message"), r.status_message);
  if (key == "id") return read_string(w, v, root.field("id"), in.id);
  if (key == "from") return read_shape_string(w, v, root.field("from"), in.from, store.saw_from);
  if (key == "to") return read_string(w, v, root.field("to"), in.to);
  if (key == "body") return parse_body(w, v, root.field("body"), in);
  if (key == "udh") return read_string(w, v, root.field("udh"), in.udh);
  if (key == "received_at") {
    if (!triage::detail::read_timestamp(w, v, root.field("received_at"), in.received_at)) return false;
    store.saw_received_at = in.received_at.has_value();
    return true;
  }
  if (key == "sent_at") return triage::detail::read_timestamp(w, v, root.field("sent_at"), in.sent_at);
  if (key == "send_at") return triage::detail::read_timestamp(w, v, root.field("send_at"), in.sent_at);
  if (key == "operator_id") return read_string(w, v, root.field("operator_id"), in.operator_id);
  handled = false;
  return true;
}

/// A top-level field of the Conversation envelope, or a trigger key.
inline bool parse_conversation_field(walker& w, field_key key, od::value& v, const path_node& root, storage& store,
                                     bool& handled) noexcept {
  handled = true;
  conversation_callback& c = store.common.conversation;
  if (key == "app_id") return read_shape_string(w, v, root.field("app_id"), c.app_id, store.saw_app_id);
  if (key == "project_id") return read_string(w, v, root.field("project_id"), c.project_id);
  if (key == "accepted_time") return triage::detail::read_timestamp(w, v, root.field("accepted_time"), c.accepted_time);
  if (key == "event_time") return triage::detail::read_timestamp(w, v, root.field("event_time"), c.event_time);
  if (key == "message_metadata") return read_string(w, v, root.field("message_metadata"), c.message_metadata);
  if (key == "correlation_id") return read_string(w, v, root.field("correlation_id"), c.correlation_id);
  if (const trigger_row* row = trigger_of(key)) {
    // The key's name for the path: the row's text is static storage, NUL-terminated as a literal.
    return parse_trigger(w, v, root.field(row->key.data()), *row, store);
  }
  handled = false;
  return true;
}

/// Parses the document of `w` (one Sinch callback object) into callbacks added to `sink`. `store` must have
/// been reset() for this payload.
template <class Sink>
bool parse_payload(walker& w, storage& store, Sink& sink) noexcept {
  const path_node root{};
  od::object object;
  if (!triage::detail::read_root_object(w, object, "an object (a Sinch callback)")) return false;
  const bool ok = triage::detail::for_each_field(w, object, root, [&](field_key key, od::value& v) {
    bool handled = false;
    if (!parse_sms_field(w, key, v, root, store, handled)) return false;
    if (handled) return true;
    if (!parse_conversation_field(w, key, v, root, store, handled)) return false;
    return handled || w.skip_field();
  });
  if (!ok) return false;
  event& common = store.common;
  if (store.saw_type) {
    const type_row* row = find_type(*common.type_text);
    if (row == nullptr && !store.saw_batch_id) {
      const path_node type_at = root.field("type");
      return w.fail_at(error_code::unknown_provider, &type_at, 0,
                       "closest: a Sinch SMS callback, whose type is a delivery report or mo_text, mo_binary, "
                       "mo_media (or any type beside a batch_id)");
    }
    common.kind = row != nullptr ? row->kind : kind::other;
    // A report of a type this library does not know is read as a batch report when it has statuses.
    common.family = row != nullptr ? row->family : store.saw_statuses ? family::batch_report : family::recipient_report;
    common.conversation = conversation_callback{};
  } else if (!(store.saw_app_id && store.saw_trigger)) {
    const path_node missing_at = root.field(store.saw_app_id ? "message_delivery_report" : "type");
    return w.fail_at(error_code::unknown_provider, &missing_at, 0,
                     "closest: a Sinch SMS callback, which has a type (a string), or a Sinch Conversation callback, "
                     "which has an app_id (a string) and a trigger key such as message_delivery_report (an object)");
  }
  if (common.family != family::batch_report) {
    event* e = sink.add(common);
    if (e == nullptr) return w.out_of_memory(&root);
    return true;
  }
  const std::size_t n = store.buckets.size();
  for (std::size_t i = 0; i < n; ++i) {
    const bucket& b = store.buckets[i];
    event* e = sink.add(common);
    if (e == nullptr) return w.out_of_memory(&root);
    e->report.code_text = b.code_text;
    e->report.code = b.code;
    e->report.status = b.status;
    e->report.count = b.count;
    e->report.recipients =
        b.recipients.count == 0
            ? span<std::string_view>()
            : span<std::string_view>(store.recipients.data() + b.recipients.first, b.recipients.count);
    e->report.bucket_index = i;
    e->report.bucket_count = n;
  }
  return true;
}

}  // namespace triage::sinch::detail

#endif  // TRIAGE_SINCH_PARSE_HPP
