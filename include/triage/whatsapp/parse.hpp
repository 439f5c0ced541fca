#ifndef TRIAGE_WHATSAPP_PARSE_HPP
#define TRIAGE_WHATSAPP_PARSE_HPP

// simdjson On-Demand walk of a WhatsApp Cloud API webhook body ({object, entry[]}) into whatsapp::update
// callbacks: one per `statuses[]` and `messages[]` item, in document order (entries, then changes, then
// each array as it stands in its `value`). One pass over each object, dispatching on the key: any key order
// (Meta puts `field` after `value`, some senders put `object` last), unknown keys skipped, the last of
// duplicate keys wins, null reads as absent, a wrong type is an error naming the field path
// ("entry[0].changes[1].value.statuses[2].errors[0].code").
//
// What is no callback:
//  - a change whose `field` is not "messages" (account, template, number events; whatsapp.md §2): read,
//    then dropped, and counted in batch::skipped(). A change without `field` is read as "messages", the
//    only field whose value has statuses[] and messages[];
//  - value-level `errors[]` (system, app or account errors; they name no message): batch::errors().
// The envelope (entry id, metadata, field) can come before or after the items, so it is copied into the
// items once its object is read whole.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "triage/detail/append.hpp"
#include "triage/detail/json.hpp"
#include "triage/provider_error.hpp"
#include "triage/span.hpp"
#include "triage/whatsapp/tables.hpp"
#include "triage/whatsapp/update.hpp"

namespace triage::whatsapp::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::pool_range;
using triage::detail::read_optional_object;
using triage::detail::read_string;
using triage::detail::walker;

/// Where one callback's errors[] and its value's contacts[] landed in storage.
struct item_ranges {
  pool_range errors;
  pool_range contacts;
};

/// The object every WhatsApp Business Account webhook names (other Meta products send "page", "instagram",
/// "user", ... with the same {object, entry[]} envelope).
inline constexpr std::string_view waba_object = "whatsapp_business_account";

/// What the parser keeps for a payload's callbacks besides the callbacks themselves, which the caller owns.
/// Reused from payload to payload, so a warmed-up parser does not allocate: reset() keeps the capacity.
/// errors[] and contacts[] go to pools for the whole payload, which can reallocate while later items are
/// read: items record offsets (`items`, one per callback, in payload order) and their spans are set once
/// the whole payload is read (resolve_spans).
struct storage {
  std::vector<item_ranges> items;
  std::vector<error_object> errors;
  std::vector<contact> contacts;
  std::size_t max_updates = 0;
  std::size_t max_list_items = 0;
  bool saw_object = false;  ///< `object` was a string
  bool saw_entry = false;   ///< `entry` was an array

  void reset(std::size_t updates_limit, std::size_t list_items_limit) noexcept {
    items.clear();
    errors.clear();
    contacts.clear();
    max_updates = updates_limit;
    max_list_items = list_items_limit;
    saw_object = false;
    saw_entry = false;
  }
};

inline constexpr std::string_view too_many_items = "more elements than parser_options::max_whatsapp_list_items";
inline constexpr std::string_view too_many_updates = "more items than parser_options::max_whatsapp_updates";

/// Reads a boolean; null reads as absent.
TRIAGE_NOINLINE bool read_bool(walker& w, od::value& value, field_path field, std::optional<bool>& out) noexcept {
  const path_node at = field;
  bool b = false;
  if (value.get_bool().get(b) == simdjson::SUCCESS) {
    out = b;
    return true;
  }
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) {
    if (!triage::detail::consume_null(w, value, at)) return false;
    out.reset();
    return true;
  }
  return w.wrong_type(&at, "a boolean", triage::detail::to_json_type(type));
}

/// Reads a number Meta sends as a string (a timestamp): a string, or an integer kept as its token.
TRIAGE_NOINLINE bool read_number_text(walker& w, od::value& value, field_path field,
                                      std::optional<number_text>& out) noexcept {
  std::optional<std::string_view> text;
  std::optional<std::int64_t> number;
  bool was_number = false;
  if (!triage::detail::read_string_or_integer(w, value, field, text, number, was_number)) return false;
  out = text ? std::optional<number_text>(number_text{*text, number}) : std::nullopt;
  return true;
}

/// A coordinate: a JSON number kept as its exact text, or a string.
TRIAGE_NOINLINE bool read_coordinate(walker& w, od::value& value, field_path field,
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

TRIAGE_NOINLINE bool parse_error_data(walker& w, od::value& value, field_path field, error_object& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "details") return read_string(w, v, at.field("details"), out.details);
    return w.skip_field();
  });
}

/// One error object; a top-level `details` (older and relayed objects) reads like error_data.details.
inline bool parse_error_object(walker& w, od::value& value, const path_node& at, error_object& out) noexcept {
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object)
    return w.wrong_type(&at, "an object (an error)", triage::detail::to_json_type(type));
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "code") return triage::detail::read_integer(w, v, at.field("code"), out.code);
    if (key == "title") return read_string(w, v, at.field("title"), out.title);
    if (key == "message") return read_string(w, v, at.field("message"), out.message);
    if (key == "error_data") return parse_error_data(w, v, at.field("error_data"), out);
    if (key == "details") return read_string(w, v, at.field("details"), out.details);
    if (key == "href") return read_string(w, v, at.field("href"), out.href);
    return w.skip_field();
  });
}

/// An item's errors[] into the pool; `out` is where they landed.
TRIAGE_NOINLINE bool parse_errors(walker& w, od::value& value, field_path field, storage& store,
                                  pool_range& out) noexcept {
  const path_node at = field;
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  out = {store.errors.size(), 0};
  if (!present) return true;
  return triage::detail::for_each_element(w, array, at, store.max_list_items, too_many_items, out.count,
                                          [&](od::value& item, const path_node& element_at) {
                                            error_object* e = triage::detail::append(store.errors);
                                            if (e == nullptr) return w.out_of_memory(&element_at);
                                            return parse_error_object(w, item, element_at, *e);
                                          });
}

/// Value-level errors[]: batch-level errors of the sink, not callbacks.
template <class Sink>
bool parse_value_errors(walker& w, od::value& value, const path_node& at, storage& store, Sink& sink) noexcept {
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  if (!present) return true;
  std::size_t count = 0;
  return triage::detail::for_each_element(w, array, at, store.max_list_items, too_many_items, count,
                                          [&](od::value& item, const path_node& element_at) {
                                            error_object e;
                                            if (!parse_error_object(w, item, element_at, e)) return false;
                                            if (!sink.keeps_errors()) return true;
                                            provider_error* out = sink.add_error();
                                            if (out == nullptr) return w.out_of_memory(&element_at);
                                            *out = provider_error{e.code, e.title, e.message, e.details, e.href};
                                            return true;
                                          });
}

TRIAGE_NOINLINE bool parse_profile(walker& w, od::value& value, field_path field, contact& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "name") return read_string(w, v, at.field("name"), out.name);
    if (key == "username") return read_string(w, v, at.field("username"), out.username);
    return w.skip_field();
  });
}

/// The value's contacts[] into the pool; `out` is where they landed.
TRIAGE_NOINLINE bool parse_contacts(walker& w, od::value& value, field_path field, storage& store,
                                    pool_range& out) noexcept {
  const path_node at = field;
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  out = {store.contacts.size(), 0};
  if (!present) return true;
  return triage::detail::for_each_element(
      w, array, at, store.max_list_items, too_many_items, out.count, [&](od::value& item, const path_node& element_at) {
        od::json_type type{};
        if (auto e = item.type().get(type)) return w.fail(e, &element_at);
        if (type != od::json_type::object) {
          return w.wrong_type(&element_at, "an object (a contact)", triage::detail::to_json_type(type));
        }
        contact* c = triage::detail::append(store.contacts);
        if (c == nullptr) return w.out_of_memory(&element_at);
        return triage::detail::read_object_fields(w, item, element_at, [&](field_key key, od::value& v) {
          if (key == "wa_id") return read_string(w, v, element_at.field("wa_id"), c->wa_id);
          if (key == "user_id") return read_string(w, v, element_at.field("user_id"), c->user_id);
          if (key == "parent_user_id") return read_string(w, v, element_at.field("parent_user_id"), c->parent_user_id);
          if (key == "profile") return parse_profile(w, v, element_at.field("profile"), *c);
          return w.skip_field();
        });
      });
}

TRIAGE_NOINLINE bool parse_origin(walker& w, od::value& value, field_path field, conversation& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "type") return read_string(w, v, at.field("type"), out.origin_type);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_conversation(walker& w, od::value& value, field_path field,
                                        std::optional<conversation>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](conversation& c, field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), c.id);
    if (key == "origin") return parse_origin(w, v, at.field("origin"), c);
    if (key == "expiration_timestamp") {
      return read_number_text(w, v, at.field("expiration_timestamp"), c.expiration_timestamp);
    }
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_pricing(walker& w, od::value& value, field_path field,
                                   std::optional<pricing>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](pricing& p, field_key key, od::value& v) {
    if (key == "billable") return read_bool(w, v, at.field("billable"), p.billable);
    if (key == "pricing_model") return read_string(w, v, at.field("pricing_model"), p.pricing_model);
    if (key == "category") return read_string(w, v, at.field("category"), p.category);
    if (key == "type") return read_string(w, v, at.field("type"), p.type);
    return w.skip_field();
  });
}

/// One statuses[] item into `out`; its errors[] into the item's entry of store.items, the last one.
inline bool parse_status(walker& w, od::value& value, const path_node& at, storage& store, status& out) noexcept {
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object)
    return w.wrong_type(&at, "an object (a status)", triage::detail::to_json_type(type));
  item_ranges& ranges = store.items.back();
  const bool ok = triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), out.id);
    if (key == "status") return read_string(w, v, at.field("status"), out.status);
    if (key == "timestamp") return read_number_text(w, v, at.field("timestamp"), out.timestamp);
    if (key == "recipient_id") return read_string(w, v, at.field("recipient_id"), out.recipient_id);
    if (key == "errors") return parse_errors(w, v, at.field("errors"), store, ranges.errors);
    if (key == "conversation") return parse_conversation(w, v, at.field("conversation"), out.conversation);
    if (key == "pricing") return parse_pricing(w, v, at.field("pricing"), out.pricing);
    if (key == "recipient_user_id") return read_string(w, v, at.field("recipient_user_id"), out.recipient_user_id);
    if (key == "parent_recipient_user_id") {
      return read_string(w, v, at.field("parent_recipient_user_id"), out.parent_recipient_user_id);
    }
    if (key == "recipient_type") return read_string(w, v, at.field("recipient_type"), out.recipient_type);
    if (key == "recipient_participant_id") {
      return read_string(w, v, at.field("recipient_participant_id"), out.recipient_participant_id);
    }
    if (key == "recipient_participant_user_id") {
      return read_string(w, v, at.field("recipient_participant_user_id"), out.recipient_participant_user_id);
    }
    if (key == "recipient_participant_parent_user_id") {
      return read_string(w, v, at.field("recipient_participant_parent_user_id"),
                         out.recipient_participant_parent_user_id);
    }
    if (key == "recipient_identity_key_hash") {
      return read_string(w, v, at.field("recipient_identity_key_hash"), out.recipient_identity_key_hash);
    }
    if (key == "biz_opaque_callback_data") {
      return read_string(w, v, at.field("biz_opaque_callback_data"), out.biz_opaque_callback_data);
    }
    if (key == "type") return read_string(w, v, at.field("type"), out.type);
    return w.skip_field();
  });
  if (!ok) return false;
  out.value = out.status ? status_value_of(*out.status) : status_value::unknown;
  return true;
}

TRIAGE_NOINLINE bool parse_referred_product(walker& w, od::value& value, field_path field,
                                            message_context& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "catalog_id") return read_string(w, v, at.field("catalog_id"), out.referred_product_catalog_id);
    if (key == "product_retailer_id") {
      return read_string(w, v, at.field("product_retailer_id"), out.referred_product_product_retailer_id);
    }
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_context(walker& w, od::value& value, field_path field,
                                   std::optional<message_context>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](message_context& c, field_key key, od::value& v) {
    if (key == "from") return read_string(w, v, at.field("from"), c.from);
    if (key == "id") return read_string(w, v, at.field("id"), c.id);
    if (key == "forwarded") return read_bool(w, v, at.field("forwarded"), c.forwarded);
    if (key == "frequently_forwarded") return read_bool(w, v, at.field("frequently_forwarded"), c.frequently_forwarded);
    if (key == "referred_product") return parse_referred_product(w, v, at.field("referred_product"), c);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_welcome_message(walker& w, od::value& value, field_path field, referral& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "text") return read_string(w, v, at.field("text"), out.welcome_message_text);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_referral(walker& w, od::value& value, field_path field,
                                    std::optional<referral>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](referral& r, field_key key, od::value& v) {
    if (key == "source_url") return read_string(w, v, at.field("source_url"), r.source_url);
    if (key == "source_id") return read_string(w, v, at.field("source_id"), r.source_id);
    if (key == "source_type") return read_string(w, v, at.field("source_type"), r.source_type);
    if (key == "body") return read_string(w, v, at.field("body"), r.body);
    if (key == "headline") return read_string(w, v, at.field("headline"), r.headline);
    if (key == "media_type") return read_string(w, v, at.field("media_type"), r.media_type);
    if (key == "image_url") return read_string(w, v, at.field("image_url"), r.image_url);
    if (key == "video_url") return read_string(w, v, at.field("video_url"), r.video_url);
    if (key == "thumbnail_url") return read_string(w, v, at.field("thumbnail_url"), r.thumbnail_url);
    if (key == "ctwa_clid") return read_string(w, v, at.field("ctwa_clid"), r.ctwa_clid);
    if (key == "welcome_message") return parse_welcome_message(w, v, at.field("welcome_message"), r);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_text(walker& w, od::value& value, field_path field,
                                std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "body") return read_string(w, v, at.field("body"), out);
    return w.skip_field();
  });
}

/// The image, audio, video, document or sticker object (`name` is its key, for the path).
TRIAGE_NOINLINE bool parse_media(walker& w, od::value& value, field_path field, std::optional<media>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](media& m, field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), m.id);
    if (key == "mime_type") return read_string(w, v, at.field("mime_type"), m.mime_type);
    if (key == "sha256") return read_string(w, v, at.field("sha256"), m.sha256);
    if (key == "caption") return read_string(w, v, at.field("caption"), m.caption);
    if (key == "filename") return read_string(w, v, at.field("filename"), m.filename);
    if (key == "url") return read_string(w, v, at.field("url"), m.url);
    if (key == "voice") return read_bool(w, v, at.field("voice"), m.voice);
    if (key == "animated") return read_bool(w, v, at.field("animated"), m.animated);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_location(walker& w, od::value& value, field_path field,
                                    std::optional<location>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](location& l, field_key key, od::value& v) {
    if (key == "latitude") return read_coordinate(w, v, at.field("latitude"), l.latitude);
    if (key == "longitude") return read_coordinate(w, v, at.field("longitude"), l.longitude);
    if (key == "name") return read_string(w, v, at.field("name"), l.name);
    if (key == "address") return read_string(w, v, at.field("address"), l.address);
    if (key == "url") return read_string(w, v, at.field("url"), l.url);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_reaction(walker& w, od::value& value, field_path field,
                                    std::optional<reaction>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](reaction& r, field_key key, od::value& v) {
    if (key == "message_id") return read_string(w, v, at.field("message_id"), r.message_id);
    if (key == "emoji") return read_string(w, v, at.field("emoji"), r.emoji);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_button(walker& w, od::value& value, field_path field, std::optional<button>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](button& b, field_key key, od::value& v) {
    if (key == "payload") return read_string(w, v, at.field("payload"), b.payload);
    if (key == "text") return read_string(w, v, at.field("text"), b.text);
    return w.skip_field();
  });
}

/// `button_reply` or `list_reply`.
TRIAGE_NOINLINE bool parse_reply(walker& w, od::value& value, field_path field, interactive& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), out.reply_id);
    if (key == "title") return read_string(w, v, at.field("title"), out.reply_title);
    if (key == "description") return read_string(w, v, at.field("description"), out.reply_description);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_nfm_reply(walker& w, od::value& value, field_path field, interactive& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "name") return read_string(w, v, at.field("name"), out.nfm_name);
    if (key == "body") return read_string(w, v, at.field("body"), out.nfm_body);
    if (key == "response_json") return read_string(w, v, at.field("response_json"), out.nfm_response_json);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_interactive(walker& w, od::value& value, field_path field,
                                       std::optional<interactive>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](interactive& i, field_key key, od::value& v) {
    if (key == "type") return read_string(w, v, at.field("type"), i.type);
    if (key == "button_reply") return parse_reply(w, v, at.field("button_reply"), i);
    if (key == "list_reply") return parse_reply(w, v, at.field("list_reply"), i);
    if (key == "nfm_reply") return parse_nfm_reply(w, v, at.field("nfm_reply"), i);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_order(walker& w, od::value& value, field_path field, std::optional<order>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](order& o, field_key key, od::value& v) {
    if (key == "catalog_id") return read_string(w, v, at.field("catalog_id"), o.catalog_id);
    if (key == "text") return read_string(w, v, at.field("text"), o.text);
    if (key == "product_items") return triage::detail::read_raw_array(w, v, at.field("product_items"), o.product_items);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_system(walker& w, od::value& value, field_path field,
                                  std::optional<system_notice>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](system_notice& s, field_key key, od::value& v) {
    if (key == "body") return read_string(w, v, at.field("body"), s.body);
    if (key == "type") return read_string(w, v, at.field("type"), s.type);
    if (key == "wa_id") return read_string(w, v, at.field("wa_id"), s.wa_id);
    if (key == "new_wa_id") return read_string(w, v, at.field("new_wa_id"), s.new_wa_id);
    if (key == "customer") return read_string(w, v, at.field("customer"), s.customer);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_unsupported(walker& w, od::value& value, field_path field, message& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "type") return read_string(w, v, at.field("type"), out.unsupported_type);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_revoke(walker& w, od::value& value, field_path field, message& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "original_message_id") return read_string(w, v, at.field("original_message_id"), out.revoked_message_id);
    return w.skip_field();
  });
}

/// One messages[] item into `out`; its errors[] into the item's entry of store.items, the last one.
inline bool parse_message(walker& w, od::value& value, const path_node& at, storage& store, message& out) noexcept {
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object)
    return w.wrong_type(&at, "an object (a message)", triage::detail::to_json_type(type));
  item_ranges& ranges = store.items.back();
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "from") return read_string(w, v, at.field("from"), out.from);
    if (key == "id") return read_string(w, v, at.field("id"), out.id);
    if (key == "timestamp") return read_number_text(w, v, at.field("timestamp"), out.timestamp);
    if (key == "type") return read_string(w, v, at.field("type"), out.type);
    if (key == "text") return parse_text(w, v, at.field("text"), out.text);
    if (key == "context") return parse_context(w, v, at.field("context"), out.context);
    if (key == "referral") return parse_referral(w, v, at.field("referral"), out.referral);
    if (key == "errors") return parse_errors(w, v, at.field("errors"), store, ranges.errors);
    if (key == "image") return parse_media(w, v, at.field("image"), out.media);
    if (key == "audio") return parse_media(w, v, at.field("audio"), out.media);
    if (key == "video") return parse_media(w, v, at.field("video"), out.media);
    if (key == "document") return parse_media(w, v, at.field("document"), out.media);
    if (key == "sticker") return parse_media(w, v, at.field("sticker"), out.media);
    if (key == "location") return parse_location(w, v, at.field("location"), out.location);
    if (key == "reaction") return parse_reaction(w, v, at.field("reaction"), out.reaction);
    if (key == "button") return parse_button(w, v, at.field("button"), out.button);
    if (key == "interactive") return parse_interactive(w, v, at.field("interactive"), out.interactive);
    if (key == "order") return parse_order(w, v, at.field("order"), out.order);
    if (key == "system") return parse_system(w, v, at.field("system"), out.system);
    if (key == "contacts") return triage::detail::read_raw_array(w, v, at.field("contacts"), out.contacts);
    if (key == "unsupported") return parse_unsupported(w, v, at.field("unsupported"), out);
    if (key == "revoke") return parse_revoke(w, v, at.field("revoke"), out);
    if (key == "edit") return triage::detail::read_raw_object(w, v, at.field("edit"), out.edit);
    if (key == "group_id") return read_string(w, v, at.field("group_id"), out.group_id);
    if (key == "from_user_id") return read_string(w, v, at.field("from_user_id"), out.from_user_id);
    if (key == "from_parent_user_id")
      return read_string(w, v, at.field("from_parent_user_id"), out.from_parent_user_id);
    return w.skip_field();
  });
}

/// A new callback of `kind` in the sink, and its entry in store.items; nullptr (with the error set) when
/// the payload has too many or memory ran out.
template <class Sink>
update* new_update(walker& w, const path_node& at, storage& store, Sink& sink, kind k) noexcept {
  if (sink.size() >= store.max_updates) {
    w.fail(error_code::too_many_items, &at, too_many_updates);
    return nullptr;
  }
  if (triage::detail::append(store.items) == nullptr) {
    w.out_of_memory(&at);
    return nullptr;
  }
  update* u = sink.template add<update>();
  if (u == nullptr) {
    w.out_of_memory(&at);
    return nullptr;
  }
  u->kind = k;
  return u;
}

/// `statuses` or `messages`: one callback per item.
template <class Sink>
bool parse_items(walker& w, od::value& value, const path_node& at, storage& store, Sink& sink, kind k) noexcept {
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  if (!present) return true;
  std::size_t count = 0;
  return triage::detail::for_each_element(w, array, at, static_cast<std::size_t>(-1), too_many_updates, count,
                                          [&](od::value& item, const path_node& element_at) {
                                            update* u = new_update(w, element_at, store, sink, k);
                                            if (u == nullptr) return false;
                                            return k == kind::status
                                                       ? parse_status(w, item, element_at, store, u->status)
                                                       : parse_message(w, item, element_at, store, u->message);
                                          });
}

TRIAGE_NOINLINE bool parse_metadata(walker& w, od::value& value, field_path field, envelope& out) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "display_phone_number")
      return read_string(w, v, at.field("display_phone_number"), out.display_phone_number);
    if (key == "phone_number_id") return read_string(w, v, at.field("phone_number_id"), out.phone_number_id);
    return w.skip_field();
  });
}

/// A change's `value`; the callbacks it adds get its metadata and contacts once it is read whole.
template <class Sink>
bool parse_value(walker& w, od::value& value, const path_node& at, storage& store, Sink& sink) noexcept {
  const std::size_t first = sink.size();
  envelope context;
  pool_range contacts{store.contacts.size(), 0};
  const bool ok = triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "statuses") return parse_items(w, v, at.field("statuses"), store, sink, kind::status);
    if (key == "messages") return parse_items(w, v, at.field("messages"), store, sink, kind::message);
    if (key == "metadata") return parse_metadata(w, v, at.field("metadata"), context);
    if (key == "contacts") return parse_contacts(w, v, at.field("contacts"), store, contacts);
    if (key == "messaging_product") return read_string(w, v, at.field("messaging_product"), context.messaging_product);
    if (key == "errors") return parse_value_errors(w, v, at.field("errors"), store, sink);
    return w.skip_field();
  });
  if (!ok) return false;
  for (std::size_t i = first; i < sink.size(); ++i) {
    envelope& e = sink.template at<update>(i).envelope;
    e.messaging_product = context.messaging_product;
    e.display_phone_number = context.display_phone_number;
    e.phone_number_id = context.phone_number_id;
    store.items[i].contacts = contacts;
  }
  return true;
}

/// One changes[] element. A change of another field than "messages" is read (so a malformed one is still an
/// error), then dropped and counted.
template <class Sink>
bool parse_change(walker& w, od::value& item, const path_node& at, storage& store, Sink& sink) noexcept {
  od::json_type type{};
  if (auto e = item.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object)
    return w.wrong_type(&at, "an object (a change)", triage::detail::to_json_type(type));
  const std::size_t first = sink.size();
  const std::size_t first_error = sink.error_count();
  std::optional<std::string_view> field;
  const bool ok = triage::detail::read_object_fields(w, item, at, [&](field_key key, od::value& v) {
    if (key == "value") return parse_value(w, v, at.field("value"), store, sink);
    if (key == "field") return read_string(w, v, at.field("field"), field);
    return w.skip_field();
  });
  if (!ok) return false;
  if (field && *field != "messages") {
    sink.truncate(first);
    sink.truncate_errors(first_error);
    store.items.resize(first);
    sink.skip();
    return true;
  }
  for (std::size_t i = first; i < sink.size(); ++i) sink.template at<update>(i).envelope.field = field;
  return true;
}

/// One entry[] element: a WhatsApp Business Account and its changes.
template <class Sink>
bool parse_entry(walker& w, od::value& item, const path_node& at, storage& store, Sink& sink) noexcept {
  od::json_type type{};
  if (auto e = item.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::object)
    return w.wrong_type(&at, "an object (an entry)", triage::detail::to_json_type(type));
  const std::size_t first = sink.size();
  std::optional<std::string_view> id;
  const bool ok = triage::detail::read_object_fields(w, item, at, [&](field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), id);
    if (key == "changes") {
      const path_node changes_at = at.field("changes");
      od::array array;
      bool present = false;
      if (!triage::detail::read_array(w, v, changes_at, array, present)) return false;
      if (!present) return true;
      std::size_t count = 0;
      return triage::detail::for_each_element(w, array, changes_at, store.max_list_items, too_many_items, count,
                                              [&](od::value& change, const path_node& change_at) {
                                                return parse_change(w, change, change_at, store, sink);
                                              });
    }
    return w.skip_field();
  });
  if (!ok) return false;
  for (std::size_t i = first; i < sink.size(); ++i) sink.template at<update>(i).envelope.waba_id = id;
  return true;
}

/// Points the errors[] and contacts[] of the payload's `index`-th callback at the pools, once they no longer
/// move.
inline void resolve_spans(const storage& store, std::size_t index, update& u) noexcept {
  const item_ranges& r = store.items[index];
  const span<error_object> errors = r.errors.count == 0
                                        ? span<error_object>()
                                        : span<error_object>(store.errors.data() + r.errors.first, r.errors.count);
  (u.kind == kind::status ? u.status.errors : u.message.errors) = errors;
  u.contacts = r.contacts.count == 0 ? span<contact>()
                                     : span<contact>(store.contacts.data() + r.contacts.first, r.contacts.count);
}

/// Parses the document of `w` (one {object, entry[]} object) into callbacks added to `sink`. `store` must
/// have been reset() for this payload; once this returns true, call resolve_spans for every callback. An
/// `object` other than "whatsapp_business_account" (another Meta product's webhook), or none, is
/// unknown_provider, whatever the rest holds.
template <class Sink>
bool parse_payload(walker& w, storage& store, Sink& sink) noexcept {
  const path_node root{};
  od::object object;
  if (!triage::detail::read_root_object(w, object, "an object (a WhatsApp webhook)")) return false;
  std::optional<std::string_view> object_name;
  std::size_t object_offset = error::no_offset;
  const bool ok = triage::detail::for_each_field(w, object, root, [&](field_key key, od::value& v) {
    if (key == "object") {
      object_offset = w.offset_of(v.raw_json_token().data());
      if (!read_string(w, v, root.field("object"), object_name)) return false;
      store.saw_object = object_name.has_value();
      return true;
    }
    if (key == "entry") {
      const path_node entry_at = root.field("entry");
      od::array array;
      bool present = false;
      if (!triage::detail::read_array(w, v, entry_at, array, present)) return false;
      store.saw_entry = present;
      if (!present) return true;
      std::size_t count = 0;
      return triage::detail::for_each_element(w, array, entry_at, store.max_list_items, too_many_items, count,
                                              [&](od::value& entry, const path_node& element_at) {
                                                return parse_entry(w, entry, element_at, store, sink);
                                              });
    }
    return w.skip_field();
  });
  if (!ok) return false;
  if (!object_name || *object_name != waba_object) {
    const path_node object_at = root.field("object");
    return w.fail_at(error_code::unknown_provider, &object_at, object_name ? object_offset : 0,
                     object_name ? "closest: a Meta webhook {object, entry[]} of another product than "
                                   "whatsapp_business_account"
                                 : "closest: a Meta webhook {object, entry[]} without its object");
  }
  if (!store.saw_entry) {
    const path_node entry_at = root.field("entry");
    return w.fail_at(error_code::unknown_provider, &entry_at, 0,
                     "closest: a WhatsApp Business Account webhook, which has an entry array");
  }
  return true;
}

}  // namespace triage::whatsapp::detail

#endif  // TRIAGE_WHATSAPP_PARSE_HPP
