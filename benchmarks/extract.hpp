#ifndef TRIAGE_BENCHMARKS_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_EXTRACT_HPP

// The same extraction four ways, so that the benchmarks compare like with like:
//   triage  - triage::parser + triage::classify (the library: every field typed, full classification);
//   floor   - a bare simdjson On-Demand walk that touches every field triage types and does nothing else;
//   nlohmann, rapidjson - DOM parsers that look up the same fields (schema below) and do a minimal
//             classification (a status lookup).
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

/// The floor: a bare simdjson On-Demand walk that touches every field triage types, with the accessor of
/// its type (strings unescaped, integers parsed, raw objects delimited, lists iterated), and does nothing
/// else: no null handling, no error paths or offsets, no structs, no timestamps parsed, no classification
/// beyond the peers' status lookup. What triage costs above it is the price of its typing and checking.
namespace floor_walk {
namespace od = simdjson::ondemand;

/// Sums what was touched so that no read can be optimised away.
struct touched {
  std::uint64_t sum = 0;

  std::string_view string(od::value v) {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) return {};
    sum += s.size();
    return s;
  }
  std::int64_t integer(od::value v) {
    std::int64_t n = 0;
    if (v.get_int64().get(n) == simdjson::SUCCESS) {
      sum += static_cast<std::uint64_t>(n);
      return n;
    }
    std::string_view s;
    if (v.get_string().get(s) == simdjson::SUCCESS && triage::detail::parse_integer(s, n)) {
      sum += static_cast<std::uint64_t>(n);
      return n;
    }
    return record::no_code;
  }
  /// An object or array kept as raw JSON text.
  void raw(od::value v) {
    std::string_view text;
    od::object object;
    od::array array;
    if (v.get_object().get(object) == simdjson::SUCCESS) {
      if (object.raw_json().get(text) == simdjson::SUCCESS) sum += text.size();
    } else if (v.get_array().get(array) == simdjson::SUCCESS) {
      if (array.raw_json().get(text) == simdjson::SUCCESS) sum += text.size();
    }
  }
  /// A value of any type kept as its raw text (Bird's body).
  void any(od::value v) {
    od::json_type type{};
    if (v.type().get(type) != simdjson::SUCCESS) return;
    if (type == od::json_type::object || type == od::json_type::array) return raw(v);
    sum += v.raw_json_token().size();
  }
  void strings(od::value v) {
    od::array array;
    if (v.get_array().get(array) != simdjson::SUCCESS) return;
    for (auto element : array) {
      od::value item;
      if (std::move(element).get(item) == simdjson::SUCCESS) string(item);
    }
  }
  /// A string or a number kept as its text (Bandwidth coordinates, Bird failure.source.code).
  void string_or_number(od::value v) {
    od::json_type type{};
    if (v.type().get(type) != simdjson::SUCCESS) return;
    if (type == od::json_type::string) {
      string(v);
    } else {
      integer(v);
    }
  }
};

/// Calls f(raw key, value) for each field; keys compared raw, as fast as On-Demand allows.
template <class F>
void each_field(od::object object, F&& f) {
  for (auto r : object) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return;
    f(field.key(), field.value());
  }
}
template <class F>
void each_field(od::value v, F&& f) {
  od::object object;
  if (v.get_object().get(object) == simdjson::SUCCESS) each_field(object, std::forward<F>(f));
}
template <class F>
void each_element(od::value v, F&& f) {
  od::array array;
  if (v.get_array().get(array) != simdjson::SUCCESS) return;
  for (auto element : array) {
    od::value item;
    if (std::move(element).get(item) == simdjson::SUCCESS) f(item);
  }
}

inline void vibes_message_parts(od::value v, touched& t) {
  each_field(v, [&](od::raw_json_string key, od::value value) {
    if (key == "source") {
      each_field(value, [&](od::raw_json_string k, od::value x) {
        if (k == "resource_url" || k == "url") t.string(x);
      });
    } else if (key == "person") {
      each_field(value, [&](od::raw_json_string k, od::value x) {
        if (k == "person_key" || k == "resource_url" || k == "url") t.string(x);
      });
    }
  });
}

inline void vibes(od::object root, sink& out) {
  touched t;
  std::string_view id, status, reason;
  std::int64_t code = record::no_code;
  auto failure = [&](od::value v) {
    each_field(v, [&](od::raw_json_string key, od::value value) {
      if (key == "reason") {
        t.string(value);
      } else if (key == "errors") {
        each_element(value, [&](od::value error) {
          each_field(error, [&](od::raw_json_string k, od::value x) {
            if (k == "error" || k == "resource_url") {
              t.string(x);
            } else if (k == "error_code") {
              const std::int64_t n = t.integer(x);
              if (code == record::no_code) code = n;
            }
          });
        });
      }
    });
  };
  auto action = [&](od::value v) {
    each_field(v, [&](od::raw_json_string key, od::value value) {
      if (key == "status") {
        status = t.string(value);
      } else if (key == "status_reason") {
        reason = t.string(value);
      } else if (key == "type" || key == "message_type" || key == "resource_url") {
        t.string(value);
      } else if (key == "sms" || key == "mms") {
        vibes_message_parts(value, t);
      } else if (key == "failure") {
        failure(value);
      }
    });
  };
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "event_id") {
      id = t.string(v);
    } else if (key == "callback_type" || key == "event_type" || key == "event_date") {
      t.string(v);
    } else if (key == "delivery_attempt") {
      t.integer(v);
    } else if (key == "event_processed") {
      each_field(v, [&](od::raw_json_string ek, od::value ev) {
        if (ek == "event_id" || ek == "event_type") {
          t.string(ev);
        } else if (ek == "event_data" || ek == "debug_data") {
          t.raw(ev);
        } else if (ek == "action") {
          action(ev);
        }
      });
    }
  });
  out.checksum += t.sum;
  out.add(triage::provider::vibes, id, status, reason, code, minimal_outcome(status));
}

inline void bandwidth_message(od::value v, std::string_view& id, touched& t) {
  each_field(v, [&](od::raw_json_string key, od::value value) {
    if (key == "id") {
      id = t.string(value);
    } else if (key == "owner" || key == "applicationId" || key == "time" || key == "direction" || key == "from" ||
               key == "text" || key == "tag" || key == "priority" || key == "channel") {
      t.string(value);
    } else if (key == "segmentCount") {
      t.integer(value);
    } else if (key == "to" || key == "media") {
      t.strings(value);
    } else if (key == "content") {
      each_field(value, [&](od::raw_json_string k, od::value x) {
        if (k == "text") {
          t.string(x);
        } else if (k == "media") {
          each_field(x, [&](od::raw_json_string mk, od::value m) {
            if (mk == "fileUrl" || mk == "thumbnailUrl") t.string(m);
          });
        }
      });
    } else if (key == "suggestionResponse") {
      each_field(value, [&](od::raw_json_string k, od::value x) {
        if (k == "text" || k == "postbackData" || k == "pairedMessageId") t.string(x);
      });
    } else if (key == "locationResponse") {
      each_field(value, [&](od::raw_json_string k, od::value x) {
        if (k == "latitude" || k == "longitude") t.string_or_number(x);
      });
    }
  });
}

inline void bandwidth_event(od::object event, sink& out) {
  touched t;
  std::string_view id, type, description;
  std::int64_t code = record::no_code;
  each_field(event, [&](od::raw_json_string key, od::value v) {
    if (key == "type") {
      type = t.string(v);
    } else if (key == "description") {
      description = t.string(v);
    } else if (key == "time" || key == "to" || key == "carrierName" || key == "eventTime") {
      t.string(v);
    } else if (key == "errorCode") {
      code = t.integer(v);
    } else if (key == "message") {
      bandwidth_message(v, id, t);
    }
  });
  out.checksum += t.sum;
  out.add(triage::provider::bandwidth, id, type, description, code, minimal_outcome(type));
}

inline void bird_contact(od::value v, touched& t) {
  each_field(v, [&](od::raw_json_string key, od::value value) {
    if (key == "id" || key == "identifierKey" || key == "identifierValue" || key == "type" ||
        key == "platformAddress" || key == "platformAddressSelector") {
      t.string(value);
    } else if (key == "identifiers") {
      t.raw(value);
    }
  });
}

inline void bird_connector(od::value v, touched& t) {
  each_field(v, [&](od::raw_json_string key, od::value value) {
    if (key == "id" || key == "identifierValue") {
      t.string(value);
    } else if (key == "annotations") {
      each_field(value, [&](od::raw_json_string k, od::value x) {
        if (k == "name") t.string(x);
      });
    }
  });
}

/// The fields of a Bird message; returns false for a key that is not a message field.
struct bird_fields {
  touched& t;
  std::string_view id{}, status{}, details{};
  std::int64_t code = record::no_code;

  void field(od::raw_json_string key, od::value v) {
    if (key == "id") {
      id = t.string(v);
    } else if (key == "status") {
      status = t.string(v);
    } else if (key == "details") {
      details = t.string(v);
    } else if (key == "channelId" || key == "reference" || key == "reason" || key == "direction" ||
               key == "lastStatusAt" || key == "createdAt" || key == "updatedAt") {
      t.string(v);
    } else if (key == "sender") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "connector") {
          bird_connector(x, t);
        } else if (k == "contact") {
          bird_contact(x, t);
        }
      });
    } else if (key == "receiver") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "contacts") {
          each_element(x, [&](od::value c) { bird_contact(c, t); });
        } else if (k == "connector") {
          bird_connector(x, t);
        }
      });
    } else if (key == "body") {
      t.any(v);
    } else if (key == "template" || key == "meta") {
      t.raw(v);
    } else if (key == "parts") {
      each_element(v, [&](od::value p) {
        each_field(p, [&](od::raw_json_string k, od::value x) {
          if (k == "platformReference") t.string(x);
        });
      });
    } else if (key == "failure") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "code") {
          code = t.integer(x);
        } else if (k == "description") {
          t.string(x);
        } else if (k == "source") {
          each_field(x, [&](od::raw_json_string sk, od::value s) {
            if (sk == "name") {
              t.string(s);
            } else if (sk == "code") {
              t.string_or_number(s);
            }
          });
        }
      });
    }
  }
};

inline void bird_message(od::object message, sink& out) {
  touched t;
  bird_fields m{t};
  each_field(message, [&](od::raw_json_string key, od::value v) { m.field(key, v); });
  out.checksum += t.sum;
  out.add(triage::provider::bird, m.id, m.status, m.details, m.code, minimal_outcome(m.status));
}

inline void bird_envelope(od::object root, sink& out) {
  touched t;
  each_field(root, [&](od::raw_json_string key, od::value v) {
    od::object payload;
    if (key == "payload" && v.get_object().get(payload) == simdjson::SUCCESS) {
      bird_message(payload, out);
    } else if (key == "service" || key == "event") {
      t.string(v);
    }
  });
  out.checksum += t.sum;
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
  enum { none, vibes_payload, bandwidth_payload, bird_envelope_payload, bird_bare } which = none;
  for (auto r : root) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return false;
    const od::raw_json_string key = field.key();
    if (key == "event_id" || key == "callback_type")
      which = vibes_payload;
    else if (key == "type")
      which = bandwidth_payload;
    else if (key == "service" || key == "payload")
      which = bird_envelope_payload;
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
    case bird_envelope_payload: bird_envelope(root, out); return true;
    case none: return false;
  }
  return false;
}

}  // namespace floor_walk

// --------------------------------------------------------------------------------- the fields, for DOMs

/// Every field triage types, as a tree the DOM peers walk with their own lookups (find by key, then the
/// accessor of the type), so that they touch what triage and the floor touch. The four record fields are
/// read again by each peer's extraction below; looking them up twice is noise next to building a DOM.
namespace schema {

enum class type { string, integer, raw, any, strings, string_or_number, object, objects };

struct field {
  std::string_view key;
  schema::type type;
  const field* children = nullptr;
  std::size_t count = 0;
};

template <std::size_t N>
constexpr field object(std::string_view key, const field (&children)[N]) {
  return {key, type::object, children, N};
}
template <std::size_t N>
constexpr field objects(std::string_view key, const field (&children)[N]) {
  return {key, type::objects, children, N};
}

inline constexpr field vibes_source[] = {{"resource_url", type::string}, {"url", type::string}};
inline constexpr field vibes_person[] = {
    {"person_key", type::string}, {"resource_url", type::string}, {"url", type::string}};
inline constexpr field vibes_parts[] = {object("source", vibes_source), object("person", vibes_person)};
inline constexpr field vibes_error[] = {
    {"error", type::string}, {"resource_url", type::string}, {"error_code", type::integer}};
inline constexpr field vibes_failure[] = {{"reason", type::string}, objects("errors", vibes_error)};
inline constexpr field vibes_action[] = {{"type", type::string},          {"status", type::string},
                                         {"status_reason", type::string}, {"message_type", type::string},
                                         {"resource_url", type::string},  object("sms", vibes_parts),
                                         object("mms", vibes_parts),      object("failure", vibes_failure)};
inline constexpr field vibes_event[] = {{"event_id", type::string},
                                        {"event_type", type::string},
                                        {"event_data", type::raw},
                                        {"debug_data", type::raw},
                                        object("action", vibes_action)};
inline constexpr field vibes[] = {{"event_id", type::string},          {"callback_type", type::string},
                                  {"event_type", type::string},        {"event_date", type::string},
                                  {"delivery_attempt", type::integer}, object("event_processed", vibes_event)};

inline constexpr field bandwidth_file[] = {{"fileUrl", type::string}, {"thumbnailUrl", type::string}};
inline constexpr field bandwidth_content[] = {{"text", type::string}, object("media", bandwidth_file)};
inline constexpr field bandwidth_suggestion[] = {
    {"text", type::string}, {"postbackData", type::string}, {"pairedMessageId", type::string}};
inline constexpr field bandwidth_location[] = {{"latitude", type::string_or_number},
                                               {"longitude", type::string_or_number}};
inline constexpr field bandwidth_message[] = {{"id", type::string},
                                              {"owner", type::string},
                                              {"applicationId", type::string},
                                              {"time", type::string},
                                              {"segmentCount", type::integer},
                                              {"direction", type::string},
                                              {"to", type::strings},
                                              {"from", type::string},
                                              {"text", type::string},
                                              {"tag", type::string},
                                              {"media", type::strings},
                                              {"priority", type::string},
                                              {"channel", type::string},
                                              object("content", bandwidth_content),
                                              object("suggestionResponse", bandwidth_suggestion),
                                              object("locationResponse", bandwidth_location)};
inline constexpr field bandwidth_event[] = {{"type", type::string},        {"time", type::string},
                                            {"description", type::string}, {"to", type::string},
                                            {"errorCode", type::integer},  {"carrierName", type::string},
                                            {"eventTime", type::string},   object("message", bandwidth_message)};

inline constexpr field bird_annotations[] = {{"name", type::string}};
inline constexpr field bird_connector[] = {
    {"id", type::string}, {"identifierValue", type::string}, object("annotations", bird_annotations)};
inline constexpr field bird_contact[] = {
    {"id", type::string},      {"identifierKey", type::string},   {"identifierValue", type::string},
    {"type", type::string},    {"platformAddress", type::string}, {"platformAddressSelector", type::string},
    {"identifiers", type::raw}};
inline constexpr field bird_sender[] = {object("connector", bird_connector), object("contact", bird_contact)};
inline constexpr field bird_receiver[] = {objects("contacts", bird_contact), object("connector", bird_connector)};
inline constexpr field bird_part[] = {{"platformReference", type::string}};
inline constexpr field bird_source[] = {{"name", type::string}, {"code", type::string_or_number}};
inline constexpr field bird_failure[] = {
    {"code", type::integer}, object("source", bird_source), {"description", type::string}};
inline constexpr field bird_message[] = {{"id", type::string},
                                         {"channelId", type::string},
                                         object("sender", bird_sender),
                                         object("receiver", bird_receiver),
                                         {"body", type::any},
                                         {"reference", type::string},
                                         objects("parts", bird_part),
                                         {"status", type::string},
                                         {"reason", type::string},
                                         {"details", type::string},
                                         {"direction", type::string},
                                         object("failure", bird_failure),
                                         {"lastStatusAt", type::string},
                                         {"createdAt", type::string},
                                         {"updatedAt", type::string},
                                         {"template", type::raw},
                                         {"meta", type::raw}};
inline constexpr field bird_envelope[] = {{"service", type::string}, {"event", type::string}};

}  // namespace schema

// -------------------------------------------------------------------------------------------- nlohmann

namespace nlohmann_walk {

/// Looks up every schema field of `object` and reads it with the accessor of its type.
inline std::uint64_t touch(const nlohmann::json& object, const schema::field* fields, std::size_t count) {
  if (!object.is_object()) return 0;
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const schema::field& f = fields[i];
    const auto it = object.find(f.key);
    if (it == object.end()) continue;
    const nlohmann::json& v = *it;
    switch (f.type) {
      case schema::type::string:
        if (v.is_string()) sum += v.get_ref<const std::string&>().size();
        break;
      case schema::type::integer:
      case schema::type::string_or_number:
        if (v.is_number_integer()) {
          sum += static_cast<std::uint64_t>(v.get<std::int64_t>());
        } else if (v.is_number()) {
          sum += static_cast<std::uint64_t>(v.get<double>());
        } else if (v.is_string()) {
          std::int64_t n = 0;
          const std::string& text = v.get_ref<const std::string&>();
          sum += triage::detail::parse_integer(text, n) ? static_cast<std::uint64_t>(n) : text.size();
        }
        break;
      case schema::type::raw:
      case schema::type::any: sum += v.size(); break;
      case schema::type::strings:
        if (v.is_array()) {
          for (const auto& e : v) {
            if (e.is_string()) sum += e.get_ref<const std::string&>().size();
          }
        }
        break;
      case schema::type::object: sum += touch(v, f.children, f.count); break;
      case schema::type::objects:
        if (v.is_array()) {
          for (const auto& e : v) sum += touch(e, f.children, f.count);
        }
        break;
    }
  }
  return sum;
}
template <std::size_t N>
std::uint64_t touch(const nlohmann::json& object, const schema::field (&fields)[N]) {
  return touch(object, fields, N);
}

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
  out.checksum += touch(e, schema::bandwidth_event);
  const auto message = e.find("message");
  const std::string_view type = str(e, "type");
  out.add(triage::provider::bandwidth, message != e.end() ? str(*message, "id") : "", type, str(e, "description"),
          code(e, "errorCode"), minimal_outcome(type));
}

inline void bird_message(const nlohmann::json& m, sink& out) {
  out.checksum += touch(m, schema::bird_message);
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
    out.checksum += touch(doc, schema::vibes);
    out.add(triage::provider::vibes, str(doc, "event_id"), status, reason, c, minimal_outcome(status));
    return true;
  }
  if (doc.contains("type")) {
    bandwidth_event(doc, out);
    return true;
  }
  const auto payload = doc.find("payload");
  if (payload != doc.end()) out.checksum += touch(doc, schema::bird_envelope);
  bird_message(payload != doc.end() ? *payload : doc, out);
  return true;
}

}  // namespace nlohmann_walk

// ------------------------------------------------------------------------------------------- rapidjson

namespace rapidjson_walk {

/// Looks up every schema field of `object` and reads it with the accessor of its type.
inline std::uint64_t touch(const rapidjson::Value& object, const schema::field* fields, std::size_t count) {
  if (!object.IsObject()) return 0;
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const schema::field& f = fields[i];
    const rapidjson::Value key(rapidjson::StringRef(f.key.data(), static_cast<rapidjson::SizeType>(f.key.size())));
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd()) continue;
    const rapidjson::Value& v = it->value;
    switch (f.type) {
      case schema::type::string:
        if (v.IsString()) sum += v.GetStringLength();
        break;
      case schema::type::integer:
      case schema::type::string_or_number:
        if (v.IsInt64()) {
          sum += static_cast<std::uint64_t>(v.GetInt64());
        } else if (v.IsNumber()) {
          sum += static_cast<std::uint64_t>(v.GetDouble());
        } else if (v.IsString()) {
          std::int64_t n = 0;
          const std::string_view text(v.GetString(), v.GetStringLength());
          sum += triage::detail::parse_integer(text, n) ? static_cast<std::uint64_t>(n) : text.size();
        }
        break;
      case schema::type::raw:
      case schema::type::any: sum += v.IsObject() ? v.MemberCount() : v.IsArray() ? v.Size() : 1; break;
      case schema::type::strings:
        if (v.IsArray()) {
          for (const auto& e : v.GetArray()) {
            if (e.IsString()) sum += e.GetStringLength();
          }
        }
        break;
      case schema::type::object: sum += touch(v, f.children, f.count); break;
      case schema::type::objects:
        if (v.IsArray()) {
          for (const auto& e : v.GetArray()) sum += touch(e, f.children, f.count);
        }
        break;
    }
  }
  return sum;
}
template <std::size_t N>
std::uint64_t touch(const rapidjson::Value& object, const schema::field (&fields)[N]) {
  return touch(object, fields, N);
}

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
  out.checksum += touch(e, schema::bandwidth_event);
  const auto message = e.FindMember("message");
  const std::string_view type = str(e, "type");
  out.add(triage::provider::bandwidth,
          message != e.MemberEnd() && message->value.IsObject() ? str(message->value, "id") : "", type,
          str(e, "description"), code(e, "errorCode"), minimal_outcome(type));
}

inline void bird_message(const rapidjson::Value& m, sink& out) {
  out.checksum += touch(m, schema::bird_message);
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
    out.checksum += touch(doc, schema::vibes);
    out.add(triage::provider::vibes, str(doc, "event_id"), status, reason, c, minimal_outcome(status));
    return true;
  }
  if (doc.HasMember("type")) {
    bandwidth_event(doc, out);
    return true;
  }
  const auto payload = doc.FindMember("payload");
  if (payload != doc.MemberEnd()) out.checksum += touch(doc, schema::bird_envelope);
  bird_message(payload != doc.MemberEnd() ? payload->value : static_cast<const rapidjson::Value&>(doc), out);
  return true;
}

}  // namespace rapidjson_walk

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_EXTRACT_HPP
