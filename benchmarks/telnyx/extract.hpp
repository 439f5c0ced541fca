#ifndef TRIAGE_BENCHMARKS_TELNYX_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_TELNYX_EXTRACT_HPP

// Telnyx in the benchmarks (extract.hpp lists it): one record per `payload.to[]` entry (one when `to` is a
// string, absent or empty), as triage makes one callback per recipient. id = payload.id (the message id; the
// event id data.id is the event's own), status = the recipient's to[].status, reason = the title of the error
// about that recipient, code = its code: the first errors[] item whose source.pointer names the recipient's
// to[] entry ("/to/<i>..."), else the first that names none (triage::telnyx::event::error()). The payload is
// the {data, meta} envelope or the bare data object.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome telnyx_statuses[] = {{"delivered", triage::outcome::delivered},
                                                     {"queued", triage::outcome::pending},
                                                     {"sending", triage::outcome::pending},
                                                     {"sent", triage::outcome::pending},
                                                     {"sending_failed", triage::outcome::permanent},
                                                     {"delivery_failed", triage::outcome::permanent},
                                                     {"expired", triage::outcome::permanent},
                                                     {"delivery_unconfirmed", triage::outcome::unknown},
                                                     {"unknown", triage::outcome::unknown},
                                                     {"webhook_delivered", triage::outcome::none},
                                                     {"read", triage::outcome::none}};

namespace telnyx_walk {

inline constexpr std::size_t no_recipient = SIZE_MAX;

/// An errors[] item as the record needs it.
struct error {
  std::size_t recipient = no_recipient;  ///< the to[] index its source.pointer names
  std::string_view title;
  std::int64_t code = record::no_code;
};

/// The to[] index a JSON pointer names ("/to/<i>" or below it), no_recipient otherwise; RFC 6901 indices
/// have no leading zero.
inline std::size_t pointer_index(std::string_view p) {
  constexpr std::string_view prefix = "/to/";
  if (p.size() <= prefix.size() || p.substr(0, prefix.size()) != prefix) return no_recipient;
  std::size_t i = prefix.size(), index = 0;
  for (; i < p.size() && p[i] >= '0' && p[i] <= '9' && i - prefix.size() < 9; ++i) index = index * 10 + (p[i] - '0');
  if (i == prefix.size() || (i < p.size() && p[i] != '/')) return no_recipient;
  if (p[prefix.size()] == '0' && i - prefix.size() > 1) return no_recipient;
  return index;
}

/// The error about recipient `i`: the first naming it, else the first naming none, else nullptr.
inline const error* error_about(const std::vector<error>& errors, std::size_t i) {
  const error* unaddressed = nullptr;
  for (const error& e : errors) {
    if (e.recipient == i) return &e;
    if (e.recipient == no_recipient && unaddressed == nullptr) unaddressed = &e;
  }
  return unaddressed;
}

/// One record per recipient (one without a status when there is none).
inline void add_records(sink& out, std::string_view id, const std::vector<std::string_view>& statuses,
                        const std::vector<error>& errors) {
  const std::size_t n = statuses.empty() ? 1 : statuses.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view status = statuses.empty() ? std::string_view() : statuses[i];
    const error* e = error_about(errors, i);
    out.add(triage::provider::telnyx, id, status, e != nullptr ? e->title : std::string_view(),
            e != nullptr ? e->code : record::no_code, minimal_outcome(telnyx_statuses, status));
  }
}

/// The recipients and errors of the payload being read, reused between payloads.
struct scratch {
  std::vector<std::string_view> statuses;
  std::vector<error> errors;
  static scratch& get() {
    static thread_local scratch s;
    s.statuses.clear();
    s.errors.clear();
    return s;
  }
};

}  // namespace telnyx_walk

namespace floor_walk {

inline void telnyx_boolean(od::value v, touched& t) {
  bool b = false;
  if (v.get_bool().get(b) == simdjson::SUCCESS) t.sum += b;
}

/// An amount or count Telnyx writes as a decimal string or a number: the string unescaped, or the number
/// parsed (as a double, as triage checks it) and its token kept.
inline void telnyx_decimal(od::value v, touched& t) {
  od::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return;
  if (type == od::json_type::number) {
    double d = 0;
    if (v.get_double().get(d) == simdjson::SUCCESS) t.sum += v.raw_json_token().size();
  } else {
    t.string(v);
  }
}

inline void telnyx_money(od::value v, touched& t) {
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "amount") {
      telnyx_decimal(x, t);
    } else if (key == "currency") {
      t.string(x);
    }
  });
}

/// `from` or a to[] entry: an object, or the number as a string. Returns its status.
inline std::string_view telnyx_party(od::value v, touched& t) {
  od::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return {};
  if (type == od::json_type::string) {
    t.string(v);
    return {};
  }
  std::string_view status;
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "status") {
      status = t.string(x);
    } else if (key == "phone_number" || key == "carrier" || key == "line_type" || key == "agent_id" ||
               key == "agent_name") {
      t.string(x);
    }
  });
  return status;
}

inline void telnyx_error(od::value v, touched& t, telnyx_walk::error& e) {
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "code") {
      e.code = t.integer(x);
    } else if (key == "title") {
      e.title = t.string(x);
    } else if (key == "detail") {
      t.string(x);
    } else if (key == "source") {
      each_field(x, [&](od::raw_json_string k, od::value s) {
        if (k == "pointer") {
          e.recipient = telnyx_walk::pointer_index(t.string(s));
        } else if (k == "parameter") {
          t.string(s);
        }
      });
    } else if (key == "meta") {
      each_field(x, [&](od::raw_json_string k, od::value s) {
        if (k == "url") t.string(s);
      });
    }
  });
}

inline void telnyx_payload(od::value v, touched& t, std::string_view& id, telnyx_walk::scratch& s) {
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "id") {
      id = t.string(x);
    } else if (key == "to") {
      s.statuses.clear();
      od::json_type type{};
      if (x.type().get(type) != simdjson::SUCCESS) return;
      if (type == od::json_type::string) {
        s.statuses.push_back(telnyx_party(x, t));
      } else {
        each_element(x, [&](od::value p) { s.statuses.push_back(telnyx_party(p, t)); });
      }
    } else if (key == "errors") {
      s.errors.clear();
      each_element(x, [&](od::value e) {
        s.errors.emplace_back();
        telnyx_error(e, t, s.errors.back());
      });
    } else if (key == "from") {
      telnyx_party(x, t);
    } else if (key == "record_type" || key == "direction" || key == "type" || key == "text" || key == "subject" ||
               key == "encoding" || key == "received_at" || key == "sent_at" || key == "completed_at" ||
               key == "valid_until" || key == "webhook_url" || key == "webhook_failover_url" ||
               key == "messaging_profile_id" || key == "organization_id" || key == "tcr_campaign_id" ||
               key == "group_message_id" || key == "autoresponse_type") {
      t.string(x);
    } else if (key == "parts" || key == "num_chars") {
      t.integer(x);
    } else if (key == "smart_encoding_applied" || key == "is_spam") {
      telnyx_boolean(x, t);
    } else if (key == "cost") {
      telnyx_money(x, t);
    } else if (key == "cost_breakdown") {
      each_field(x, [&](od::raw_json_string k, od::value m) {
        if (k == "carrier_fee" || k == "rate") telnyx_money(m, t);
      });
    } else if (key == "wait_seconds") {
      telnyx_decimal(x, t);
    } else if (key == "media" || key == "tags") {
      t.raw(x);
    } else if (key == "body" || key == "cc") {
      t.any(x);
    }
  });
}

/// A field of `data` (or of the bare data object at the root).
inline void telnyx_data_field(od::raw_json_string key, od::value v, touched& t, std::string_view& id,
                              telnyx_walk::scratch& s) {
  if (key == "payload") {
    s.statuses.clear();
    s.errors.clear();
    telnyx_payload(v, t, id, s);
  } else if (key == "event_type" || key == "id" || key == "occurred_at" || key == "record_type") {
    t.string(v);
  }
}

inline void telnyx(od::object root, sink& out) {
  touched t;
  std::string_view id;
  telnyx_walk::scratch& s = telnyx_walk::scratch::get();
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "data") {
      each_field(v, [&](od::raw_json_string k, od::value x) { telnyx_data_field(k, x, t, id, s); });
    } else if (key == "meta") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "attempt") {
          t.integer(x);
        } else if (k == "delivered_to") {
          t.string(x);
        }
      });
    } else {
      telnyx_data_field(key, v, t, id, s);
    }
  });
  out.checksum += t.sum;
  telnyx_walk::add_records(out, id, s.statuses, s.errors);
}

}  // namespace floor_walk

namespace schema {

inline constexpr field telnyx_party[] = {{"phone_number", type::string}, {"status", type::string},
                                         {"carrier", type::string},      {"line_type", type::string},
                                         {"agent_id", type::string},     {"agent_name", type::string}};
inline constexpr field telnyx_error_source[] = {{"pointer", type::string}, {"parameter", type::string}};
inline constexpr field telnyx_error_meta[] = {{"url", type::string}};
inline constexpr field telnyx_error[] = {{"code", type::string_or_number},
                                         {"title", type::string},
                                         {"detail", type::string},
                                         object("source", telnyx_error_source),
                                         object("meta", telnyx_error_meta)};
inline constexpr field telnyx_money[] = {{"amount", type::string_or_number}, {"currency", type::string}};
inline constexpr field telnyx_cost_breakdown[] = {object("carrier_fee", telnyx_money), object("rate", telnyx_money)};
// `to` and `from` are objects or strings: both lookups, each reads only its own type. Booleans are `any`.
inline constexpr field telnyx_payload[] = {{"id", type::string},
                                           objects("to", telnyx_party),
                                           {"to", type::string},
                                           objects("errors", telnyx_error),
                                           object("from", telnyx_party),
                                           {"from", type::string},
                                           {"record_type", type::string},
                                           {"direction", type::string},
                                           {"type", type::string},
                                           {"text", type::string},
                                           {"body", type::any},
                                           {"subject", type::string},
                                           {"encoding", type::string},
                                           {"parts", type::integer},
                                           {"num_chars", type::integer},
                                           {"smart_encoding_applied", type::any},
                                           object("cost", telnyx_money),
                                           object("cost_breakdown", telnyx_cost_breakdown),
                                           {"received_at", type::string},
                                           {"sent_at", type::string},
                                           {"completed_at", type::string},
                                           {"valid_until", type::string},
                                           {"wait_seconds", type::string_or_number},
                                           {"webhook_url", type::string},
                                           {"webhook_failover_url", type::string},
                                           {"messaging_profile_id", type::string},
                                           {"organization_id", type::string},
                                           {"tcr_campaign_id", type::string},
                                           {"group_message_id", type::string},
                                           {"autoresponse_type", type::string},
                                           {"is_spam", type::any},
                                           {"media", type::raw},
                                           {"tags", type::raw},
                                           {"cc", type::any}};
inline constexpr field telnyx_data[] = {{"event_type", type::string},
                                        {"id", type::string},
                                        {"occurred_at", type::string},
                                        {"record_type", type::string},
                                        object("payload", telnyx_payload)};
inline constexpr field telnyx_meta[] = {{"attempt", type::integer}, {"delivered_to", type::string}};
inline constexpr field telnyx_envelope[] = {object("data", telnyx_data), object("meta", telnyx_meta)};

}  // namespace schema

struct telnyx_extract {
  static constexpr triage::provider id = triage::provider::telnyx;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* e = cb.get_if<triage::telnyx::event>();
    if (e == nullptr) return false;
    const triage::telnyx::error_object* error = e->error();
    out.add(id, or_empty(e->payload.id), or_empty(e->recipient.status),
            error != nullptr ? or_empty(error->title) : std::string_view(),
            error != nullptr && error->code ? *error->code : record::no_code, outcome);
    return true;
  }

  /// The corpus writes the envelope with `data` first, the bare data object with `event_type` first.
  static int floor_claims(simdjson::ondemand::raw_json_string key) {
    return key == "data" || key == "event_type" ? 1 : 0;
  }
  static void floor(simdjson::ondemand::object root, int, sink& out) { floor_walk::telnyx(root, out); }

  /// The envelope {data, meta}, or the bare data object {event_type, payload}.
  static bool nlohmann_claims(const nlohmann::json& doc) {
    return (doc.contains("data") && doc.contains("meta")) || (doc.contains("event_type") && doc.contains("payload"));
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    const auto data_it = doc.find("data");
    const bool envelope = data_it != doc.end() && data_it->is_object();
    out.checksum += envelope ? touch(doc, schema::telnyx_envelope) : touch(doc, schema::telnyx_data);
    const nlohmann::json& data = envelope ? *data_it : doc;
    telnyx_walk::scratch& s = telnyx_walk::scratch::get();
    std::string_view message_id;
    const auto payload = data.find("payload");
    if (payload != data.end() && payload->is_object()) {
      message_id = str(*payload, "id");
      if (const auto to = payload->find("to"); to != payload->end()) {
        if (to->is_string()) {
          s.statuses.emplace_back();
        } else if (to->is_array()) {
          for (const auto& p : *to) s.statuses.push_back(p.is_object() ? str(p, "status") : std::string_view());
        }
      }
      if (const auto errors = payload->find("errors"); errors != payload->end() && errors->is_array()) {
        for (const auto& e : *errors) {
          if (!e.is_object()) continue;
          telnyx_walk::error item;
          item.title = str(e, "title");
          item.code = code(e, "code");
          if (const auto source = e.find("source"); source != e.end() && source->is_object()) {
            item.recipient = telnyx_walk::pointer_index(str(*source, "pointer"));
          }
          s.errors.push_back(item);
        }
      }
    }
    telnyx_walk::add_records(out, message_id, s.statuses, s.errors);
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return (doc.HasMember("data") && doc.HasMember("meta")) ||
           (doc.HasMember("event_type") && doc.HasMember("payload"));
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    const auto data_it = doc.FindMember("data");
    const bool envelope = data_it != doc.MemberEnd() && data_it->value.IsObject();
    out.checksum += envelope ? touch(doc, schema::telnyx_envelope) : touch(doc, schema::telnyx_data);
    const rapidjson::Value& data = envelope ? data_it->value : doc;
    telnyx_walk::scratch& s = telnyx_walk::scratch::get();
    std::string_view message_id;
    const auto payload = data.FindMember("payload");
    if (payload != data.MemberEnd() && payload->value.IsObject()) {
      const rapidjson::Value& p = payload->value;
      message_id = str(p, "id");
      if (const auto to = p.FindMember("to"); to != p.MemberEnd()) {
        if (to->value.IsString()) {
          s.statuses.emplace_back();
        } else if (to->value.IsArray()) {
          for (const auto& r : to->value.GetArray()) {
            s.statuses.push_back(r.IsObject() ? str(r, "status") : std::string_view());
          }
        }
      }
      if (const auto errors = p.FindMember("errors"); errors != p.MemberEnd() && errors->value.IsArray()) {
        for (const auto& e : errors->value.GetArray()) {
          if (!e.IsObject()) continue;
          telnyx_walk::error item;
          item.title = str(e, "title");
          item.code = code(e, "code");
          if (const auto source = e.FindMember("source"); source != e.MemberEnd() && source->value.IsObject()) {
            item.recipient = telnyx_walk::pointer_index(str(source->value, "pointer"));
          }
          s.errors.push_back(item);
        }
      }
    }
    telnyx_walk::add_records(out, message_id, s.statuses, s.errors);
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_TELNYX_EXTRACT_HPP
