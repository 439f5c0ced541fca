#ifndef TRIAGE_BENCHMARKS_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_EXTRACT_HPP

// The same extraction four ways, so that the benchmarks compare like with like:
//   triage  - triage::parser + triage::classify (the library: every field typed, full classification);
//   floor   - a bare simdjson On-Demand walk that touches the same fields and does nothing else;
//   nlohmann, rapidjson - DOM parsers, the same fields, and a minimal classification (a status lookup).
// Each appends one record per callback; the harness checks that all four agree before it times anything.
//
// The record, per provider:
//   vibes:     id = event_id, status = action.status, reason = action.status_reason,
//              code = the first failure.errors[].error_code
//   bandwidth: one per event: id = message.id, status = type, reason = description, code = errorCode
//   bird:      id = id (of the payload inside an envelope), status, reason = details, code = failure.code

#include <rapidjson/document.h>
#include <simdjson.h>
#include <nlohmann/json.hpp>
#include <triage/triage.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace triage_bench {

struct record {
  triage::provider provider = triage::provider::vibes;
  std::string id, status, reason;
  std::int64_t code = no_code;
  std::uint8_t outcome = 0;  ///< not compared: the peers' classification is deliberately minimal

  static constexpr std::int64_t no_code = INT64_MIN;
  bool operator==(const record& o) const {
    return provider == o.provider && id == o.id && status == o.status && reason == o.reason && code == o.code;
  }
};

/// Reused between calls; only the checker keeps records, the timed loops count them.
struct sink {
  bool keep = false;
  std::vector<record> records;
  std::uint64_t callbacks = 0;
  std::uint64_t checksum = 0;

  void add(triage::provider p, std::string_view id, std::string_view status, std::string_view reason, std::int64_t code,
           std::uint8_t outcome) {
    ++callbacks;
    checksum += id.size() + status.size() + reason.size() + static_cast<std::uint64_t>(code) + outcome;
    if (keep) records.push_back({p, std::string(id), std::string(status), std::string(reason), code, outcome});
  }
};

inline std::string_view or_empty(const std::optional<std::string_view>& s) { return s ? *s : std::string_view(); }

/// The minimal classification the peers do: the outcome of a status string, as a small table lookup.
inline std::uint8_t minimal_outcome(std::string_view status) {
  struct row {
    std::string_view status;
    triage::outcome outcome;
  };
  static constexpr row rows[] = {
      {"delivered", triage::outcome::delivered},       {"message-delivered", triage::outcome::delivered},
      {"success", triage::outcome::delivered},         {"processing", triage::outcome::pending},
      {"accepted", triage::outcome::pending},          {"sent", triage::outcome::pending},
      {"message-sending", triage::outcome::pending},   {"message-sent", triage::outcome::pending},
      {"failed", triage::outcome::permanent},          {"message-failed", triage::outcome::permanent},
      {"delivery_failed", triage::outcome::permanent}, {"sending_failed", triage::outcome::permanent},
      {"message-received", triage::outcome::none},     {"message-read", triage::outcome::none},
  };
  for (const row& r : rows) {
    if (r.status == status) return static_cast<std::uint8_t>(r.outcome);
  }
  return static_cast<std::uint8_t>(triage::outcome::unknown);
}

// ---------------------------------------------------------------------------------------------- triage

inline bool extract_triage(triage::parser& parser, simdjson::padded_string_view json, sink& out) {
  auto batch = parser.parse(json);
  if (!batch) return false;
  for (const triage::callback& cb : *batch) {
    const auto outcome = static_cast<std::uint8_t>(triage::classify(cb).outcome);
    if (const auto* v = cb.get_if<triage::vibes::event_processed>()) {
      const triage::vibes::action* a = v->find_action();
      const auto code = v->first_error_code();
      out.add(triage::provider::vibes, or_empty(v->event_id), a ? or_empty(a->status) : "",
              a ? or_empty(a->status_reason) : "", code ? *code : record::no_code, outcome);
    } else if (const auto* b = cb.get_if<triage::bandwidth::message_callback>()) {
      out.add(triage::provider::bandwidth, b->message ? or_empty(b->message->id) : "", or_empty(b->type),
              or_empty(b->description), b->error_code ? *b->error_code : record::no_code, outcome);
    } else if (const auto* m = cb.get_if<triage::bird::message>()) {
      out.add(triage::provider::bird, or_empty(m->id), or_empty(m->status), or_empty(m->details),
              m->failure && m->failure->code ? *m->failure->code : record::no_code, outcome);
    }
  }
  return true;
}

// ----------------------------------------------------------------------------------------------- floor

namespace floor_walk {
namespace od = simdjson::ondemand;

inline std::string_view string_of(od::value v) {
  std::string_view s;
  return v.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
}

inline std::int64_t int_of(od::value v) {
  std::int64_t n = 0;
  if (v.get_int64().get(n) == simdjson::SUCCESS) return n;
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) {
    std::int64_t parsed = 0;
    if (triage::detail::parse_integer(s, parsed)) return parsed;
  }
  return record::no_code;
}

/// Calls f(raw key, value) for each field; keys compared raw, as fast as On-Demand allows.
template <class F>
void each_field(od::value v, F&& f) {
  od::object object;
  if (v.get_object().get(object) != simdjson::SUCCESS) return;
  for (auto r : object) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return;
    f(field.key(), field.value());
  }
}
template <class F>
void each_field(od::object object, F&& f) {
  for (auto r : object) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return;
    f(field.key(), field.value());
  }
}

inline void vibes(od::object root, sink& out) {
  std::string_view id, status, reason;
  std::int64_t code = record::no_code;
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "event_id") {
      id = string_of(v);
    } else if (key == "event_processed") {
      each_field(v, [&](od::raw_json_string ek, od::value ev) {
        if (!(ek == "action")) return;
        each_field(ev, [&](od::raw_json_string ak, od::value av) {
          if (ak == "status") {
            status = string_of(av);
          } else if (ak == "status_reason") {
            reason = string_of(av);
          } else if (ak == "failure") {
            each_field(av, [&](od::raw_json_string fk, od::value fv) {
              if (!(fk == "errors")) return;
              od::array errors;
              if (fv.get_array().get(errors) != simdjson::SUCCESS) return;
              for (auto e : errors) {
                od::value ev2;
                if (std::move(e).get(ev2) != simdjson::SUCCESS) return;
                each_field(ev2, [&](od::raw_json_string k, od::value x) {
                  if (k == "error_code" && code == record::no_code) code = int_of(x);
                });
              }
            });
          }
        });
      });
    }
  });
  out.add(triage::provider::vibes, id, status, reason, code, minimal_outcome(status));
}

inline void bandwidth_event(od::object event, sink& out) {
  std::string_view id, type, description;
  std::int64_t code = record::no_code;
  each_field(event, [&](od::raw_json_string key, od::value v) {
    if (key == "type") {
      type = string_of(v);
    } else if (key == "description") {
      description = string_of(v);
    } else if (key == "errorCode") {
      code = int_of(v);
    } else if (key == "message") {
      each_field(v, [&](od::raw_json_string mk, od::value mv) {
        if (mk == "id") id = string_of(mv);
      });
    }
  });
  out.add(triage::provider::bandwidth, id, type, description, code, minimal_outcome(type));
}

inline void bird_message(od::object message, sink& out) {
  std::string_view id, status, details;
  std::int64_t code = record::no_code;
  each_field(message, [&](od::raw_json_string key, od::value v) {
    if (key == "id") {
      id = string_of(v);
    } else if (key == "status") {
      status = string_of(v);
    } else if (key == "details") {
      details = string_of(v);
    } else if (key == "failure") {
      each_field(v, [&](od::raw_json_string fk, od::value fv) {
        if (fk == "code") code = int_of(fv);
      });
    }
  });
  out.add(triage::provider::bird, id, status, details, code, minimal_outcome(status));
}

/// Provider by the first decisive key (as the library does), then the walk.
inline bool extract(od::parser& parser, simdjson::padded_string_view json, sink& out) {
  od::document doc;
  if (parser.iterate(json).get(doc) != simdjson::SUCCESS) return false;
  od::json_type type{};
  if (doc.type().get(type) != simdjson::SUCCESS) return false;
  if (type == od::json_type::array) {
    od::array events;
    if (doc.get_array().get(events) != simdjson::SUCCESS) return false;
    for (auto e : events) {
      od::object event;
      if (e.get_object().get(event) != simdjson::SUCCESS) return false;
      bandwidth_event(event, out);
    }
    return true;
  }
  od::object root;
  if (doc.get_object().get(root) != simdjson::SUCCESS) return false;
  enum { none, vibes_payload, bandwidth_payload, bird_envelope, bird_bare } which = none;
  for (auto r : root) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return false;
    const od::raw_json_string key = field.key();
    if (key == "event_id" || key == "callback_type")
      which = vibes_payload;
    else if (key == "type")
      which = bandwidth_payload;
    else if (key == "service" || key == "payload")
      which = bird_envelope;
    else if (key == "channelId")
      which = bird_bare;
    if (which != none) break;
  }
  doc.rewind();
  if (doc.get_object().get(root) != simdjson::SUCCESS) return false;
  switch (which) {
    case vibes_payload: vibes(root, out); return true;
    case bandwidth_payload: bandwidth_event(root, out); return true;
    case bird_bare: bird_message(root, out); return true;
    case bird_envelope:
      each_field(root, [&](od::raw_json_string key, od::value v) {
        od::object payload;
        if (key == "payload" && v.get_object().get(payload) == simdjson::SUCCESS) bird_message(payload, out);
      });
      return true;
    case none: return false;
  }
  return false;
}

}  // namespace floor_walk

// -------------------------------------------------------------------------------------------- nlohmann

namespace nlohmann_walk {

inline std::string_view str(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? std::string_view(it->get_ref<const std::string&>())
                                               : std::string_view();
}

inline std::int64_t code(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return record::no_code;
  if (it->is_number_integer()) return it->get<std::int64_t>();
  std::int64_t parsed = 0;
  if (it->is_string() && triage::detail::parse_integer(it->get_ref<const std::string&>(), parsed)) return parsed;
  return record::no_code;
}

inline void bandwidth_event(const nlohmann::json& e, sink& out) {
  const auto message = e.find("message");
  const std::string_view type = str(e, "type");
  out.add(triage::provider::bandwidth, message != e.end() ? str(*message, "id") : "", type, str(e, "description"),
          code(e, "errorCode"), minimal_outcome(type));
}

inline void bird_message(const nlohmann::json& m, sink& out) {
  const auto failure = m.find("failure");
  const std::string_view status = str(m, "status");
  out.add(triage::provider::bird, str(m, "id"), status, str(m, "details"),
          failure != m.end() ? code(*failure, "code") : record::no_code, minimal_outcome(status));
}

inline bool extract(std::string_view text, sink& out) {
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return false;
  if (doc.is_array()) {
    for (const auto& e : doc) bandwidth_event(e, out);
    return true;
  }
  if (!doc.is_object() || doc.empty()) return false;
  if (doc.contains("event_id") || doc.contains("callback_type")) {
    std::string_view status, reason;
    std::int64_t c = record::no_code;
    const auto ev = doc.find("event_processed");
    if (ev != doc.end() && ev->is_object()) {
      const auto action = ev->find("action");
      if (action != ev->end() && action->is_object()) {
        status = str(*action, "status");
        reason = str(*action, "status_reason");
        const auto failure = action->find("failure");
        if (failure != action->end() && failure->is_object()) {
          const auto errors = failure->find("errors");
          if (errors != failure->end() && errors->is_array()) {
            for (const auto& err : *errors) {
              if (c == record::no_code && err.is_object()) c = code(err, "error_code");
            }
          }
        }
      }
    }
    out.add(triage::provider::vibes, str(doc, "event_id"), status, reason, c, minimal_outcome(status));
    return true;
  }
  if (doc.contains("type")) {
    bandwidth_event(doc, out);
    return true;
  }
  const auto payload = doc.find("payload");
  bird_message(payload != doc.end() ? *payload : doc, out);
  return true;
}

}  // namespace nlohmann_walk

// ------------------------------------------------------------------------------------------- rapidjson

namespace rapidjson_walk {

inline std::string_view str(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString()
             ? std::string_view(it->value.GetString(), it->value.GetStringLength())
             : std::string_view();
}

inline std::int64_t code(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return record::no_code;
  if (it->value.IsInt64()) return it->value.GetInt64();
  std::int64_t parsed = 0;
  if (it->value.IsString() &&
      triage::detail::parse_integer(std::string_view(it->value.GetString(), it->value.GetStringLength()), parsed)) {
    return parsed;
  }
  return record::no_code;
}

inline void bandwidth_event(const rapidjson::Value& e, sink& out) {
  if (!e.IsObject()) return;
  const auto message = e.FindMember("message");
  const std::string_view type = str(e, "type");
  out.add(triage::provider::bandwidth,
          message != e.MemberEnd() && message->value.IsObject() ? str(message->value, "id") : "", type,
          str(e, "description"), code(e, "errorCode"), minimal_outcome(type));
}

inline void bird_message(const rapidjson::Value& m, sink& out) {
  const auto failure = m.FindMember("failure");
  const std::string_view status = str(m, "status");
  out.add(triage::provider::bird, str(m, "id"), status, str(m, "details"),
          failure != m.MemberEnd() && failure->value.IsObject() ? code(failure->value, "code") : record::no_code,
          minimal_outcome(status));
}

inline bool extract(rapidjson::Document& doc, std::string_view text, sink& out) {
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) return false;
  if (doc.IsArray()) {
    for (const auto& e : doc.GetArray()) bandwidth_event(e, out);
    return true;
  }
  if (!doc.IsObject()) return false;
  if (doc.HasMember("event_id") || doc.HasMember("callback_type")) {
    std::string_view status, reason;
    std::int64_t c = record::no_code;
    const auto ev = doc.FindMember("event_processed");
    if (ev != doc.MemberEnd() && ev->value.IsObject()) {
      const auto action = ev->value.FindMember("action");
      if (action != ev->value.MemberEnd() && action->value.IsObject()) {
        status = str(action->value, "status");
        reason = str(action->value, "status_reason");
        const auto failure = action->value.FindMember("failure");
        if (failure != action->value.MemberEnd() && failure->value.IsObject()) {
          const auto errors = failure->value.FindMember("errors");
          if (errors != failure->value.MemberEnd() && errors->value.IsArray()) {
            for (const auto& err : errors->value.GetArray()) {
              if (c == record::no_code && err.IsObject()) c = code(err, "error_code");
            }
          }
        }
      }
    }
    out.add(triage::provider::vibes, str(doc, "event_id"), status, reason, c, minimal_outcome(status));
    return true;
  }
  if (doc.HasMember("type")) {
    bandwidth_event(doc, out);
    return true;
  }
  const auto payload = doc.FindMember("payload");
  bird_message(payload != doc.MemberEnd() ? payload->value : static_cast<const rapidjson::Value&>(doc), out);
  return true;
}

}  // namespace rapidjson_walk

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_EXTRACT_HPP
