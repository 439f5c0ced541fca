#ifndef TRIAGE_BENCHMARKS_BIRD_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_BIRD_EXTRACT_HPP

// Bird in the benchmarks (extract.hpp lists it): id = id (of the payload inside an envelope), status,
// reason = details, code = failure.code. A message comes bare or in its webhook envelope.

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome bird_statuses[] = {
    {"delivered", triage::outcome::delivered},       {"accepted", triage::outcome::pending},
    {"processing", triage::outcome::pending},        {"sent", triage::outcome::pending},
    {"delivery_failed", triage::outcome::permanent}, {"sending_failed", triage::outcome::permanent}};

namespace floor_walk {

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
  out.add(triage::provider::bird, m.id, m.status, m.details, m.code, minimal_outcome(bird_statuses, m.status));
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

}  // namespace floor_walk

namespace schema {

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

struct bird_extract {
  static constexpr triage::provider id = triage::provider::bird;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* m = cb.get_if<triage::bird::message>();
    if (m == nullptr) return false;
    out.add(id, or_empty(m->id), or_empty(m->status), or_empty(m->details),
            m->failure && m->failure->code ? *m->failure->code : record::no_code, outcome);
    return true;
  }

  static constexpr int envelope = 1, bare = 2;
  static int floor_claims(simdjson::ondemand::raw_json_string key) {
    return key == "service" || key == "payload" ? envelope : key == "channelId" ? bare : 0;
  }
  static void floor(simdjson::ondemand::object root, int variant, sink& out) {
    if (variant == envelope) {
      floor_walk::bird_envelope(root, out);
    } else {
      floor_walk::bird_message(root, out);
    }
  }

  static bool nlohmann_claims(const nlohmann::json& doc) {
    return doc.contains("payload") || doc.contains("channelId");
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    const auto payload = doc.find("payload");
    if (payload != doc.end()) out.checksum += touch(doc, schema::bird_envelope);
    const nlohmann::json& m = payload != doc.end() ? *payload : doc;
    out.checksum += touch(m, schema::bird_message);
    const auto failure = m.find("failure");
    const std::string_view status = str(m, "status");
    out.add(id, str(m, "id"), status, str(m, "details"), failure != m.end() ? code(*failure, "code") : record::no_code,
            minimal_outcome(bird_statuses, status));
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return doc.HasMember("payload") || doc.HasMember("channelId");
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    const auto payload = doc.FindMember("payload");
    if (payload != doc.MemberEnd()) out.checksum += touch(doc, schema::bird_envelope);
    const rapidjson::Value& m = payload != doc.MemberEnd() ? payload->value : doc;
    out.checksum += touch(m, schema::bird_message);
    const auto failure = m.FindMember("failure");
    const std::string_view status = str(m, "status");
    out.add(id, str(m, "id"), status, str(m, "details"),
            failure != m.MemberEnd() && failure->value.IsObject() ? code(failure->value, "code") : record::no_code,
            minimal_outcome(bird_statuses, status));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_BIRD_EXTRACT_HPP
