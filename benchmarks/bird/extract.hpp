#ifndef TRIAGE_BENCHMARKS_BIRD_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_BIRD_EXTRACT_HPP

// Bird in the benchmarks (extract.hpp lists it): id = id (of the payload inside an envelope), status,
// reason = details, code = failure.code. A message comes bare or in its webhook envelope. A platform v1
// event: id = data.sms_id, status = the event name, reason = data.error.code. A legacy Conversations
// webhook: id = message.id, status = message.status. An interaction: id = messageId, status = type,
// reason = details.

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
  std::string_view id{}, status{}, details{}, message_id{}, interaction_type{};
  std::int64_t code = record::no_code;

  /// A message interaction (messageId and type, no status of its own) is recorded under the message it is
  /// about, its type as the status.
  bool interaction() const { return !message_id.empty() && !interaction_type.empty() && status.empty(); }

  void field(od::raw_json_string key, od::value v) {
    if (key == "id") {
      id = t.string(v);
    } else if (key == "messageId") {
      message_id = t.string(v);
    } else if (key == "type") {
      interaction_type = t.string(v);
    } else if (key == "platformId" || key == "messageReference") {
      t.string(v);
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
  if (m.interaction()) {
    out.add(triage::provider::bird, m.message_id, m.interaction_type, m.details, record::no_code,
            minimal_outcome(bird_statuses, m.interaction_type));
    return;
  }
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

/// The event name of a platform type ("sms.delivered": "delivered").
inline std::string_view platform_event_name(std::string_view type) {
  const std::size_t dot = type.find('.');
  return dot == std::string_view::npos ? std::string_view() : type.substr(dot + 1);
}

inline void bird_platform(od::object root, sink& out) {
  touched t;
  std::string_view type{}, id{}, reason{};
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "type") {
      type = t.string(v);
    } else if (key == "timestamp") {
      t.string(v);
    } else if (key == "data") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "sms_id" || k == "whatsapp_id") {
          id = t.string(x);
        } else if (k == "workspace_id" || k == "to" || k == "from" || k == "carrier" || k == "mcc_mnc" ||
                   k == "direction" || k == "recipient" || k == "status") {
          t.string(x);
        } else if (k == "error") {
          each_field(x, [&](od::raw_json_string ek, od::value e) {
            if (ek == "code") {
              reason = t.string(e);
            } else if (ek == "description" || ek == "carrier_error_code" || ek == "meta_error_code" ||
                       ek == "occurred_at") {
              t.string(e);
            }
          });
        } else if (k == "tags" || k == "metadata") {
          t.raw(x);
        }
      });
    }
  });
  out.checksum += t.sum;
  const std::string_view status = platform_event_name(type);
  out.add(triage::provider::bird, id, status, reason, record::no_code, minimal_outcome(bird_statuses, status));
}

inline void bird_conversations(od::object root, sink& out) {
  touched t;
  std::string_view id{}, status{};
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "type") {
      t.string(v);
    } else if (key == "contact") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id" || k == "displayName") {
          t.string(x);
        } else if (k == "msisdn") {
          t.string_or_number(x);
        }
      });
    } else if (key == "conversation") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id" || k == "contactId" || k == "status" || k == "lastUsedChannelId" || k == "lastUsedPlatformId") {
          t.string(x);
        }
      });
    } else if (key == "message") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id") {
          id = t.string(x);
        } else if (k == "status") {
          status = t.string(x);
        } else if (k == "conversationId" || k == "channelId" || k == "platform" || k == "to" || k == "from" ||
                   k == "direction" || k == "type" || k == "tag" || k == "createdDatetime" || k == "updatedDatetime") {
          t.string(x);
        } else if (k == "content") {
          t.any(x);
        }
      });
    }
  });
  out.checksum += t.sum;
  out.add(triage::provider::bird, id, status, {}, record::no_code, minimal_outcome(bird_statuses, status));
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
                                         {"messageId", type::string},
                                         {"type", type::string},
                                         {"platformId", type::string},
                                         {"messageReference", type::string},
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
inline constexpr field bird_platform_error[] = {{"code", type::string},
                                                {"description", type::string},
                                                {"carrier_error_code", type::string},
                                                {"meta_error_code", type::string},
                                                {"occurred_at", type::string}};
inline constexpr field bird_platform_data[] = {{"sms_id", type::string},
                                               {"whatsapp_id", type::string},
                                               {"workspace_id", type::string},
                                               {"to", type::string},
                                               {"from", type::string},
                                               {"carrier", type::string},
                                               {"mcc_mnc", type::string},
                                               {"direction", type::string},
                                               {"recipient", type::string},
                                               {"status", type::string},
                                               object("error", bird_platform_error),
                                               {"tags", type::raw},
                                               {"metadata", type::raw}};
inline constexpr field bird_platform[] = {
    {"type", type::string}, {"timestamp", type::string}, object("data", bird_platform_data)};
inline constexpr field bird_conversations_contact[] = {
    {"id", type::string}, {"msisdn", type::string_or_number}, {"displayName", type::string}};
inline constexpr field bird_conversations_conversation[] = {{"id", type::string},
                                                            {"contactId", type::string},
                                                            {"status", type::string},
                                                            {"lastUsedChannelId", type::string},
                                                            {"lastUsedPlatformId", type::string}};
inline constexpr field bird_conversations_message[] = {{"id", type::string},
                                                       {"conversationId", type::string},
                                                       {"channelId", type::string},
                                                       {"platform", type::string},
                                                       {"to", type::string},
                                                       {"from", type::string},
                                                       {"direction", type::string},
                                                       {"status", type::string},
                                                       {"type", type::string},
                                                       {"tag", type::string},
                                                       {"content", type::any},
                                                       {"createdDatetime", type::string},
                                                       {"updatedDatetime", type::string}};
inline constexpr field bird_conversations[] = {{"type", type::string},
                                               object("contact", bird_conversations_contact),
                                               object("conversation", bird_conversations_conversation),
                                               object("message", bird_conversations_message)};

}  // namespace schema

struct bird_extract {
  static constexpr triage::provider id = triage::provider::bird;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* m = cb.get_if<triage::bird::message>();
    if (m == nullptr) return false;
    if (const triage::bird::platform_event* e = m->platform) {
      out.add(id, or_empty(e->id), e->event_name, e->error ? or_empty(e->error->code) : std::string_view(),
              record::no_code, outcome);
      return true;
    }
    if (const triage::bird::conversations_event* c = m->conversations) {
      out.add(id, c->message ? or_empty(c->message->id) : std::string_view(),
              c->message ? or_empty(c->message->status) : std::string_view(), {}, record::no_code, outcome);
      return true;
    }
    if (m->is_interaction()) {
      out.add(id, or_empty(m->message_id), or_empty(m->interaction_type), or_empty(m->details), record::no_code,
              outcome);
      return true;
    }
    out.add(id, or_empty(m->id), or_empty(m->status), or_empty(m->details),
            m->failure && m->failure->code ? *m->failure->code : record::no_code, outcome);
    return true;
  }

  /// The corpus writes a platform event with `timestamp` first and a Conversations webhook with `contact`
  /// first (Bandwidth claims a leading `type`).
  static constexpr int envelope = 1, bare = 2, platform = 3, conversations = 4;
  static int floor_claims(simdjson::ondemand::raw_json_string key) {
    if (key == "service" || key == "payload") return envelope;
    if (key == "channelId") return bare;
    if (key == "timestamp") return platform;
    return key == "contact" || key == "conversation" ? conversations : 0;
  }
  static void floor(simdjson::ondemand::object root, int variant, sink& out) {
    if (variant == envelope) {
      floor_walk::bird_envelope(root, out);
    } else if (variant == platform) {
      floor_walk::bird_platform(root, out);
    } else if (variant == conversations) {
      floor_walk::bird_conversations(root, out);
    } else {
      floor_walk::bird_message(root, out);
    }
  }

  /// As triage's shapes: an envelope's payload beside its service, a platform event's data beside its
  /// timestamp (Telnyx's bare event has a payload, its envelope a data, neither of these), and not beside
  /// Vonage's `msisdn` (an SMS API binary inbound message has a data and may have a timestamp).
  static bool nlohmann_claims(const nlohmann::json& doc) {
    return (doc.contains("payload") && doc.contains("service")) || doc.contains("channelId") ||
           (doc.contains("data") && doc.contains("timestamp") && !doc.contains("msisdn")) ||
           doc.contains("conversation");
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    if (const auto data = doc.find("data"); data != doc.end()) {
      out.checksum += touch(doc, schema::bird_platform);
      const auto error = data->find("error");
      const std::string_view status = floor_walk::platform_event_name(str(doc, "type"));
      out.add(id, str(*data, "sms_id"), status, error != data->end() ? str(*error, "code") : "", record::no_code,
              minimal_outcome(bird_statuses, status));
      return;
    }
    if (const auto message = doc.find("message"); doc.contains("conversation")) {
      out.checksum += touch(doc, schema::bird_conversations);
      const std::string_view status = message != doc.end() ? str(*message, "status") : "";
      out.add(id, message != doc.end() ? str(*message, "id") : "", status, "", record::no_code,
              minimal_outcome(bird_statuses, status));
      return;
    }
    const auto payload = doc.find("payload");
    if (payload != doc.end()) out.checksum += touch(doc, schema::bird_envelope);
    const nlohmann::json& m = payload != doc.end() ? *payload : doc;
    out.checksum += touch(m, schema::bird_message);
    const auto failure = m.find("failure");
    const std::string_view status = str(m, "status");
    if (status.empty() && !str(m, "messageId").empty() && !str(m, "type").empty()) {
      out.add(id, str(m, "messageId"), str(m, "type"), str(m, "details"), record::no_code,
              minimal_outcome(bird_statuses, str(m, "type")));
      return;
    }
    out.add(id, str(m, "id"), status, str(m, "details"), failure != m.end() ? code(*failure, "code") : record::no_code,
            minimal_outcome(bird_statuses, status));
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return (doc.HasMember("payload") && doc.HasMember("service")) || doc.HasMember("channelId") ||
           (doc.HasMember("data") && doc.HasMember("timestamp") && !doc.HasMember("msisdn")) ||
           doc.HasMember("conversation");
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    if (const auto data = doc.FindMember("data"); data != doc.MemberEnd() && data->value.IsObject()) {
      out.checksum += touch(doc, schema::bird_platform);
      const auto error = data->value.FindMember("error");
      const std::string_view status = floor_walk::platform_event_name(str(doc, "type"));
      out.add(id, str(data->value, "sms_id"), status,
              error != data->value.MemberEnd() && error->value.IsObject() ? str(error->value, "code") : "",
              record::no_code, minimal_outcome(bird_statuses, status));
      return;
    }
    if (doc.HasMember("conversation")) {
      out.checksum += touch(doc, schema::bird_conversations);
      const auto message = doc.FindMember("message");
      const bool has_message = message != doc.MemberEnd() && message->value.IsObject();
      const std::string_view status = has_message ? str(message->value, "status") : "";
      out.add(id, has_message ? str(message->value, "id") : "", status, "", record::no_code,
              minimal_outcome(bird_statuses, status));
      return;
    }
    const auto payload = doc.FindMember("payload");
    if (payload != doc.MemberEnd()) out.checksum += touch(doc, schema::bird_envelope);
    const rapidjson::Value& m = payload != doc.MemberEnd() ? payload->value : doc;
    out.checksum += touch(m, schema::bird_message);
    const auto failure = m.FindMember("failure");
    const std::string_view status = str(m, "status");
    if (status.empty() && !str(m, "messageId").empty() && !str(m, "type").empty()) {
      out.add(id, str(m, "messageId"), str(m, "type"), str(m, "details"), record::no_code,
              minimal_outcome(bird_statuses, str(m, "type")));
      return;
    }
    out.add(id, str(m, "id"), status, str(m, "details"),
            failure != m.MemberEnd() && failure->value.IsObject() ? code(failure->value, "code") : record::no_code,
            minimal_outcome(bird_statuses, status));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_BIRD_EXTRACT_HPP
