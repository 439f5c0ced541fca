#ifndef TRIAGE_BENCHMARKS_WHATSAPP_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_WHATSAPP_EXTRACT_HPP

// The WhatsApp Cloud API in the benchmarks (extract.hpp lists it): one record per statuses[] and messages[]
// item of every change whose field is "messages" (or absent), in document order, as
// triage::whatsapp::fields_of gives it: id = the status `id` (the wamid sent) or the message's `id`, status =
// the status verbatim or the message's `type`, reason = the first errors[] element's title, code = its code.
// Value-level errors[] and the changes of other fields are read and give no record.

#include <cstdint>
#include <string_view>

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome whatsapp_statuses[] = {
    {"sent", triage::outcome::pending},     {"delivered", triage::outcome::delivered},
    {"read", triage::outcome::delivered},   {"failed", triage::outcome::permanent},
    {"played", triage::outcome::delivered}, {"deleted", triage::outcome::none},
};

namespace floor_walk {

inline void whatsapp_bool(od::value v, touched& t) {
  bool b = false;
  if (v.get_bool().get(b) == simdjson::SUCCESS) t.sum += b ? 1 : 0;
}

/// A coordinate: a number kept as its text (checked as a double), or a string.
inline void whatsapp_coordinate(od::value v, touched& t) {
  double d = 0;
  if (v.get_double().get(d) == simdjson::SUCCESS) {
    t.sum += v.raw_json_token().size();
  } else {
    t.string(v);
  }
}

inline void whatsapp_error(od::value v, touched& t, std::string_view& title, std::int64_t& code) {
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "code") {
      code = t.integer(x);
    } else if (key == "title") {
      title = t.string(x);
    } else if (key == "message" || key == "details" || key == "href") {
      t.string(x);
    } else if (key == "error_data") {
      each_field(x, [&](od::raw_json_string k, od::value d) {
        if (k == "details") t.string(d);
      });
    }
  });
}

/// An errors[] array: every element read, the first one's title and code kept.
inline void whatsapp_errors(od::value v, touched& t, std::string_view& title, std::int64_t& code) {
  bool first = true;
  each_element(v, [&](od::value e) {
    std::string_view ti{};
    std::int64_t c = record::no_code;
    whatsapp_error(e, t, ti, c);
    if (first) {
      title = ti;
      code = c;
      first = false;
    }
  });
}

inline void whatsapp_status(od::value v, touched& t, sink& out) {
  std::string_view id{}, status{}, title{};
  std::int64_t code = record::no_code;
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "id") {
      id = t.string(x);
    } else if (key == "status") {
      status = t.string(x);
    } else if (key == "timestamp") {
      t.string_or_number(x);
    } else if (key == "recipient_id" || key == "recipient_user_id" || key == "parent_recipient_user_id" ||
               key == "recipient_type" || key == "recipient_participant_id" || key == "recipient_participant_user_id" ||
               key == "recipient_participant_parent_user_id" || key == "recipient_identity_key_hash" ||
               key == "biz_opaque_callback_data" || key == "type") {
      t.string(x);
    } else if (key == "errors") {
      whatsapp_errors(x, t, title, code);
    } else if (key == "conversation") {
      each_field(x, [&](od::raw_json_string k, od::value c) {
        if (k == "id") {
          t.string(c);
        } else if (k == "expiration_timestamp") {
          t.string_or_number(c);
        } else if (k == "origin") {
          each_field(c, [&](od::raw_json_string ok, od::value o) {
            if (ok == "type") t.string(o);
          });
        }
      });
    } else if (key == "pricing") {
      each_field(x, [&](od::raw_json_string k, od::value p) {
        if (k == "billable") {
          whatsapp_bool(p, t);
        } else if (k == "pricing_model" || k == "category" || k == "type") {
          t.string(p);
        }
      });
    }
  });
  out.add(triage::provider::whatsapp, id, status, title, code, minimal_outcome(whatsapp_statuses, status));
}

/// The object of a media message.
inline void whatsapp_media(od::value v, touched& t) {
  each_field(v, [&](od::raw_json_string k, od::value x) {
    if (k == "id" || k == "mime_type" || k == "sha256" || k == "caption" || k == "filename" || k == "url") {
      t.string(x);
    } else if (k == "voice" || k == "animated") {
      whatsapp_bool(x, t);
    }
  });
}

/// The fields of a sub-object that are all strings.
template <class F>
void whatsapp_strings(od::value v, touched& t, F&& is_typed) {
  each_field(v, [&](od::raw_json_string k, od::value x) {
    if (is_typed(k)) t.string(x);
  });
}

inline void whatsapp_message(od::value v, touched& t, sink& out) {
  std::string_view id{}, type{}, title{};
  std::int64_t code = record::no_code;
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "id") {
      id = t.string(x);
    } else if (key == "type") {
      type = t.string(x);
    } else if (key == "from" || key == "group_id" || key == "from_user_id" || key == "from_parent_user_id") {
      t.string(x);
    } else if (key == "timestamp") {
      t.string_or_number(x);
    } else if (key == "text") {
      whatsapp_strings(x, t, [](od::raw_json_string k) { return k == "body"; });
    } else if (key == "errors") {
      whatsapp_errors(x, t, title, code);
    } else if (key == "image" || key == "audio" || key == "video" || key == "document" || key == "sticker") {
      whatsapp_media(x, t);
    } else if (key == "context") {
      each_field(x, [&](od::raw_json_string k, od::value c) {
        if (k == "from" || k == "id") {
          t.string(c);
        } else if (k == "forwarded" || k == "frequently_forwarded") {
          whatsapp_bool(c, t);
        } else if (k == "referred_product") {
          whatsapp_strings(c, t, [](od::raw_json_string p) { return p == "catalog_id" || p == "product_retailer_id"; });
        }
      });
    } else if (key == "referral") {
      each_field(x, [&](od::raw_json_string k, od::value f) {
        if (k == "source_url" || k == "source_id" || k == "source_type" || k == "body" || k == "headline" ||
            k == "media_type" || k == "image_url" || k == "video_url" || k == "thumbnail_url" || k == "ctwa_clid") {
          t.string(f);
        } else if (k == "welcome_message") {
          whatsapp_strings(f, t, [](od::raw_json_string w) { return w == "text"; });
        }
      });
    } else if (key == "location") {
      each_field(x, [&](od::raw_json_string k, od::value l) {
        if (k == "latitude" || k == "longitude") {
          whatsapp_coordinate(l, t);
        } else if (k == "name" || k == "address" || k == "url") {
          t.string(l);
        }
      });
    } else if (key == "reaction") {
      whatsapp_strings(x, t, [](od::raw_json_string k) { return k == "message_id" || k == "emoji"; });
    } else if (key == "button") {
      whatsapp_strings(x, t, [](od::raw_json_string k) { return k == "payload" || k == "text"; });
    } else if (key == "interactive") {
      each_field(x, [&](od::raw_json_string k, od::value i) {
        if (k == "type") {
          t.string(i);
        } else if (k == "button_reply" || k == "list_reply") {
          whatsapp_strings(i, t, [](od::raw_json_string r) { return r == "id" || r == "title" || r == "description"; });
        } else if (k == "nfm_reply") {
          whatsapp_strings(i, t,
                           [](od::raw_json_string r) { return r == "name" || r == "body" || r == "response_json"; });
        }
      });
    } else if (key == "order") {
      each_field(x, [&](od::raw_json_string k, od::value o) {
        if (k == "catalog_id" || k == "text") {
          t.string(o);
        } else if (k == "product_items") {
          t.raw(o);
        }
      });
    } else if (key == "system") {
      whatsapp_strings(x, t, [](od::raw_json_string k) {
        return k == "body" || k == "type" || k == "wa_id" || k == "new_wa_id" || k == "customer";
      });
    } else if (key == "contacts" || key == "edit") {
      t.raw(x);
    } else if (key == "unsupported") {
      whatsapp_strings(x, t, [](od::raw_json_string k) { return k == "type"; });
    } else if (key == "revoke") {
      whatsapp_strings(x, t, [](od::raw_json_string k) { return k == "original_message_id"; });
    }
  });
  out.add(triage::provider::whatsapp, id, type, title, code, minimal_outcome(whatsapp_statuses, type));
}

inline void whatsapp_value(od::value v, touched& t, sink& out) {
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "statuses") {
      each_element(x, [&](od::value s) { whatsapp_status(s, t, out); });
    } else if (key == "messages") {
      each_element(x, [&](od::value m) { whatsapp_message(m, t, out); });
    } else if (key == "metadata") {
      whatsapp_strings(x, t,
                       [](od::raw_json_string k) { return k == "display_phone_number" || k == "phone_number_id"; });
    } else if (key == "contacts") {
      each_element(x, [&](od::value c) {
        each_field(c, [&](od::raw_json_string k, od::value f) {
          if (k == "wa_id" || k == "user_id" || k == "parent_user_id") {
            t.string(f);
          } else if (k == "profile") {
            whatsapp_strings(f, t, [](od::raw_json_string p) { return p == "name" || p == "username"; });
          }
        });
      });
    } else if (key == "messaging_product") {
      t.string(x);
    } else if (key == "errors") {
      std::string_view title{};
      std::int64_t code = 0;
      whatsapp_errors(x, t, title, code);
    }
  });
}

/// A change: its value's records, taken back when its field (which may come after the value) is not
/// "messages".
inline void whatsapp_change(od::value v, touched& t, sink& out) {
  const std::uint64_t callbacks = out.callbacks;
  const std::size_t records = out.records.size();
  std::string_view field{};
  bool has_field = false;
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "value") {
      whatsapp_value(x, t, out);
    } else if (key == "field") {
      field = t.string(x);
      has_field = true;
    }
  });
  if (has_field && field != "messages") {
    out.callbacks = callbacks;
    if (out.keep) out.records.resize(records);
  }
}

inline void whatsapp(od::object root, sink& out) {
  touched t;
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "object") {
      t.string(v);
    } else if (key == "entry") {
      each_element(v, [&](od::value e) {
        each_field(e, [&](od::raw_json_string k, od::value x) {
          if (k == "id") {
            t.string(x);
          } else if (k == "changes") {
            each_element(x, [&](od::value c) { whatsapp_change(c, t, out); });
          }
        });
      });
    }
  });
  out.checksum += t.sum;
}

}  // namespace floor_walk

namespace schema {

inline constexpr field whatsapp_error_data[] = {{"details", type::string}};
inline constexpr field whatsapp_error[] = {{"code", type::integer},   {"title", type::string},
                                           {"message", type::string}, object("error_data", whatsapp_error_data),
                                           {"details", type::string}, {"href", type::string}};
inline constexpr field whatsapp_origin[] = {{"type", type::string}};
inline constexpr field whatsapp_conversation[] = {
    {"id", type::string}, object("origin", whatsapp_origin), {"expiration_timestamp", type::string_or_number}};
/// Booleans are `any`: the DOM decoded them when it was built, the lookup is what is left.
inline constexpr field whatsapp_pricing[] = {
    {"billable", type::any}, {"pricing_model", type::string}, {"category", type::string}, {"type", type::string}};
inline constexpr field whatsapp_status[] = {{"id", type::string},
                                            {"status", type::string},
                                            {"timestamp", type::string_or_number},
                                            {"recipient_id", type::string},
                                            objects("errors", whatsapp_error),
                                            object("conversation", whatsapp_conversation),
                                            object("pricing", whatsapp_pricing),
                                            {"recipient_user_id", type::string},
                                            {"parent_recipient_user_id", type::string},
                                            {"recipient_type", type::string},
                                            {"recipient_participant_id", type::string},
                                            {"recipient_participant_user_id", type::string},
                                            {"recipient_participant_parent_user_id", type::string},
                                            {"recipient_identity_key_hash", type::string},
                                            {"biz_opaque_callback_data", type::string},
                                            {"type", type::string}};
inline constexpr field whatsapp_referred_product[] = {{"catalog_id", type::string},
                                                      {"product_retailer_id", type::string}};
inline constexpr field whatsapp_context[] = {{"from", type::string},
                                             {"id", type::string},
                                             {"forwarded", type::any},
                                             {"frequently_forwarded", type::any},
                                             object("referred_product", whatsapp_referred_product)};
inline constexpr field whatsapp_welcome[] = {{"text", type::string}};
inline constexpr field whatsapp_referral[] = {{"source_url", type::string},
                                              {"source_id", type::string},
                                              {"source_type", type::string},
                                              {"body", type::string},
                                              {"headline", type::string},
                                              {"media_type", type::string},
                                              {"image_url", type::string},
                                              {"video_url", type::string},
                                              {"thumbnail_url", type::string},
                                              {"ctwa_clid", type::string},
                                              object("welcome_message", whatsapp_welcome)};
inline constexpr field whatsapp_text[] = {{"body", type::string}};
inline constexpr field whatsapp_media[] = {
    {"id", type::string},       {"mime_type", type::string}, {"sha256", type::string}, {"caption", type::string},
    {"filename", type::string}, {"url", type::string},       {"voice", type::any},     {"animated", type::any}};
inline constexpr field whatsapp_location[] = {{"latitude", type::string_or_number},
                                              {"longitude", type::string_or_number},
                                              {"name", type::string},
                                              {"address", type::string},
                                              {"url", type::string}};
inline constexpr field whatsapp_reaction[] = {{"message_id", type::string}, {"emoji", type::string}};
inline constexpr field whatsapp_button[] = {{"payload", type::string}, {"text", type::string}};
inline constexpr field whatsapp_reply[] = {
    {"id", type::string}, {"title", type::string}, {"description", type::string}};
inline constexpr field whatsapp_nfm[] = {
    {"name", type::string}, {"body", type::string}, {"response_json", type::string}};
inline constexpr field whatsapp_interactive[] = {{"type", type::string},
                                                 object("button_reply", whatsapp_reply),
                                                 object("list_reply", whatsapp_reply),
                                                 object("nfm_reply", whatsapp_nfm)};
inline constexpr field whatsapp_order[] = {
    {"catalog_id", type::string}, {"text", type::string}, {"product_items", type::raw}};
inline constexpr field whatsapp_system[] = {{"body", type::string},
                                            {"type", type::string},
                                            {"wa_id", type::string},
                                            {"new_wa_id", type::string},
                                            {"customer", type::string}};
inline constexpr field whatsapp_unsupported[] = {{"type", type::string}};
inline constexpr field whatsapp_revoke[] = {{"original_message_id", type::string}};
inline constexpr field whatsapp_message[] = {{"from", type::string},
                                             {"id", type::string},
                                             {"timestamp", type::string_or_number},
                                             {"type", type::string},
                                             object("text", whatsapp_text),
                                             object("context", whatsapp_context),
                                             object("referral", whatsapp_referral),
                                             objects("errors", whatsapp_error),
                                             object("image", whatsapp_media),
                                             object("audio", whatsapp_media),
                                             object("video", whatsapp_media),
                                             object("document", whatsapp_media),
                                             object("sticker", whatsapp_media),
                                             object("location", whatsapp_location),
                                             object("reaction", whatsapp_reaction),
                                             object("button", whatsapp_button),
                                             object("interactive", whatsapp_interactive),
                                             object("order", whatsapp_order),
                                             object("system", whatsapp_system),
                                             {"contacts", type::raw},
                                             object("unsupported", whatsapp_unsupported),
                                             object("revoke", whatsapp_revoke),
                                             {"edit", type::raw},
                                             {"group_id", type::string},
                                             {"from_user_id", type::string},
                                             {"from_parent_user_id", type::string}};
inline constexpr field whatsapp_metadata[] = {{"display_phone_number", type::string},
                                              {"phone_number_id", type::string}};
inline constexpr field whatsapp_profile[] = {{"name", type::string}, {"username", type::string}};
inline constexpr field whatsapp_contact[] = {{"wa_id", type::string},
                                             {"user_id", type::string},
                                             {"parent_user_id", type::string},
                                             object("profile", whatsapp_profile)};
inline constexpr field whatsapp_value[] = {objects("statuses", whatsapp_status),  objects("messages", whatsapp_message),
                                           object("metadata", whatsapp_metadata), objects("contacts", whatsapp_contact),
                                           {"messaging_product", type::string},   objects("errors", whatsapp_error)};
inline constexpr field whatsapp_change[] = {object("value", whatsapp_value), {"field", type::string}};
inline constexpr field whatsapp_entry[] = {{"id", type::string}, objects("changes", whatsapp_change)};
inline constexpr field whatsapp_root[] = {{"object", type::string}, objects("entry", whatsapp_entry)};

}  // namespace schema

struct whatsapp_extract {
  static constexpr triage::provider id = triage::provider::whatsapp;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* u = cb.get_if<triage::whatsapp::update>();
    if (u == nullptr) return false;
    const bool is_status = u->kind == triage::whatsapp::kind::status;
    const auto& errors = is_status ? u->status.errors : u->message.errors;
    std::string_view title;
    std::int64_t code = record::no_code;
    if (!errors.empty()) {
      title = or_empty(errors[0].title);
      if (errors[0].code) code = *errors[0].code;
    }
    out.add(id, or_empty(is_status ? u->status.id : u->message.id),
            or_empty(is_status ? u->status.status : u->message.type), title, code, outcome);
    return true;
  }

  /// `object` and `entry`: no other provider's payloads have them.
  static int floor_claims(simdjson::ondemand::raw_json_string key) { return key == "object" || key == "entry" ? 1 : 0; }
  static void floor(simdjson::ondemand::object root, int, sink& out) { floor_walk::whatsapp(root, out); }

  static bool nlohmann_claims(const nlohmann::json& doc) { return doc.contains("object") && doc.contains("entry"); }

  /// One item's record: its id, its status (or type), its first error's title and code.
  template <class Item>
  static void nlohmann_item(const Item& item, const char* status_key, sink& out) {
    using namespace nlohmann_walk;
    std::string_view title;
    std::int64_t c = record::no_code;
    if (const auto errors = item.find("errors"); errors != item.end() && errors->is_array() && !errors->empty()) {
      title = str(errors->front(), "title");
      c = code(errors->front(), "code");
    }
    const std::string_view status = str(item, status_key);
    out.add(id, str(item, "id"), status, title, c, minimal_outcome(whatsapp_statuses, status));
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    out.checksum += touch(doc, schema::whatsapp_root);
    const auto entry = doc.find("entry");
    if (entry == doc.end() || !entry->is_array()) return;
    for (const auto& e : *entry) {
      const auto changes = e.find("changes");
      if (changes == e.end() || !changes->is_array()) continue;
      for (const auto& change : *changes) {
        const auto field = change.find("field");
        if (field != change.end() && field->is_string() && field->get_ref<const std::string&>() != "messages") continue;
        const auto value = change.find("value");
        if (value == change.end() || !value->is_object()) continue;
        if (const auto s = value->find("statuses"); s != value->end() && s->is_array()) {
          for (const auto& item : *s) nlohmann_item(item, "status", out);
        }
        if (const auto m = value->find("messages"); m != value->end() && m->is_array()) {
          for (const auto& item : *m) nlohmann_item(item, "type", out);
        }
      }
    }
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return doc.HasMember("object") && doc.HasMember("entry");
  }

  static void rapidjson_item(const rapidjson::Value& item, const char* status_key, sink& out) {
    using namespace rapidjson_walk;
    if (!item.IsObject()) return;
    std::string_view title;
    std::int64_t c = record::no_code;
    if (const auto errors = item.FindMember("errors");
        errors != item.MemberEnd() && errors->value.IsArray() && !errors->value.Empty()) {
      const rapidjson::Value& first = errors->value[0];
      if (first.IsObject()) {
        title = str(first, "title");
        c = code(first, "code");
      }
    }
    const std::string_view status = str(item, status_key);
    out.add(id, str(item, "id"), status, title, c, minimal_outcome(whatsapp_statuses, status));
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    out.checksum += touch(doc, schema::whatsapp_root);
    const auto entry = doc.FindMember("entry");
    if (entry == doc.MemberEnd() || !entry->value.IsArray()) return;
    for (const auto& e : entry->value.GetArray()) {
      if (!e.IsObject()) continue;
      const auto changes = e.FindMember("changes");
      if (changes == e.MemberEnd() || !changes->value.IsArray()) continue;
      for (const auto& change : changes->value.GetArray()) {
        if (!change.IsObject()) continue;
        const auto field = change.FindMember("field");
        if (field != change.MemberEnd() && field->value.IsString() &&
            std::string_view(field->value.GetString(), field->value.GetStringLength()) != "messages") {
          continue;
        }
        const auto value = change.FindMember("value");
        if (value == change.MemberEnd() || !value->value.IsObject()) continue;
        if (const auto s = value->value.FindMember("statuses"); s != value->value.MemberEnd() && s->value.IsArray()) {
          for (const auto& item : s->value.GetArray()) rapidjson_item(item, "status", out);
        }
        if (const auto m = value->value.FindMember("messages"); m != value->value.MemberEnd() && m->value.IsArray()) {
          for (const auto& item : m->value.GetArray()) rapidjson_item(item, "type", out);
        }
      }
    }
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_WHATSAPP_EXTRACT_HPP
