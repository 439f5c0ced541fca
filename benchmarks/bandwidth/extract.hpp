#ifndef TRIAGE_BENCHMARKS_BANDWIDTH_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_BANDWIDTH_EXTRACT_HPP

// Bandwidth in the benchmarks (extract.hpp lists it): one record per event, id = message.id (the 2025
// multichannel callbacks: message.messageId), status = type, reason = description, code = errorCode. Its
// payloads are arrays of events (a bare event too).

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome bandwidth_statuses[] = {
    {"message-delivered", triage::outcome::delivered}, {"message-sending", triage::outcome::pending},
    {"message-sent", triage::outcome::pending},        {"message-failed", triage::outcome::permanent},
    {"message-received", triage::outcome::none},       {"message-read", triage::outcome::none}};

namespace floor_walk {

inline void bandwidth_message(od::value v, std::string_view& id, touched& t) {
  std::string_view message_id;
  each_field(v, [&](od::raw_json_string key, od::value value) {
    if (key == "id") {
      id = t.string(value);
    } else if (key == "messageId") {
      message_id = t.string(value);
    } else if (key == "owner" || key == "applicationId" || key == "time" || key == "direction" || key == "from" ||
               key == "text" || key == "tag" || key == "priority" || key == "channel" || key == "status") {
      t.string(value);
    } else if (key == "segmentCount") {
      t.integer(value);
    } else if (key == "to") {
      // An array, or one number as a string (the 2025 multichannel callbacks).
      od::json_type type{};
      if (value.type().get(type) == simdjson::SUCCESS && type == od::json_type::string) {
        t.string(value);
      } else {
        t.strings(value);
      }
    } else if (key == "media") {
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
  if (id.empty()) id = message_id;
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
    } else if (key == "time" || key == "to" || key == "carrierName" || key == "eventTime" || key == "platform") {
      t.string(v);
    } else if (key == "errorCode") {
      code = t.integer(v);
    } else if (key == "message") {
      bandwidth_message(v, id, t);
    }
  });
  out.checksum += t.sum;
  out.add(triage::provider::bandwidth, id, type, description, code, minimal_outcome(bandwidth_statuses, type));
}

}  // namespace floor_walk

namespace schema {

inline constexpr field bandwidth_file[] = {{"fileUrl", type::string}, {"thumbnailUrl", type::string}};
inline constexpr field bandwidth_content[] = {{"text", type::string}, object("media", bandwidth_file)};
inline constexpr field bandwidth_suggestion[] = {
    {"text", type::string}, {"postbackData", type::string}, {"pairedMessageId", type::string}};
inline constexpr field bandwidth_location[] = {{"latitude", type::string_or_number},
                                               {"longitude", type::string_or_number}};
inline constexpr field bandwidth_message[] = {{"id", type::string},
                                              {"messageId", type::string},
                                              {"status", type::string},
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
inline constexpr field bandwidth_event[] = {
    {"type", type::string},     {"time", type::string},       {"description", type::string},
    {"to", type::string},       {"errorCode", type::integer}, {"carrierName", type::string},
    {"platform", type::string}, {"eventTime", type::string},  object("message", bandwidth_message)};

}  // namespace schema

struct bandwidth_extract {
  static constexpr triage::provider id = triage::provider::bandwidth;
  /// An array payload is a list of events, each extracted as a bare event.
  static constexpr bool posts_arrays = true;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* b = cb.get_if<triage::bandwidth::message_callback>();
    if (b == nullptr) return false;
    out.add(id, b->message ? or_empty(b->message->key()) : "", or_empty(b->type), or_empty(b->description),
            b->error_code ? *b->error_code : record::no_code, outcome);
    return true;
  }

  static int floor_claims(simdjson::ondemand::raw_json_string key) { return key == "type" ? 1 : 0; }
  static void floor(simdjson::ondemand::object event, int, sink& out) { floor_walk::bandwidth_event(event, out); }

  /// A `type` without Bird's `data` (platform v1) or `conversation` (legacy Conversations), Vonage's `msisdn`
  /// (an SMS API inbound message has a `type`), or Sinch's `batch_id` (SMS delivery reports) or `received_at`
  /// (SMS inbound messages).
  static bool nlohmann_claims(const nlohmann::json& doc) {
    return doc.contains("type") && !doc.contains("data") && !doc.contains("conversation") && !doc.contains("msisdn") &&
           !doc.contains("batch_id") && !doc.contains("received_at");
  }
  static void nlohmann(const nlohmann::json& e, sink& out) {
    using namespace nlohmann_walk;
    out.checksum += touch(e, schema::bandwidth_event);
    const auto message = e.find("message");
    const std::string_view type = str(e, "type");
    std::string_view message_id;
    if (message != e.end()) {
      message_id = str(*message, "id");
      if (message_id.empty()) message_id = str(*message, "messageId");
    }
    out.add(id, message_id, type, str(e, "description"), code(e, "errorCode"),
            minimal_outcome(bandwidth_statuses, type));
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return doc.HasMember("type") && !doc.HasMember("data") && !doc.HasMember("conversation") &&
           !doc.HasMember("msisdn") && !doc.HasMember("batch_id") && !doc.HasMember("received_at");
  }
  static void rapidjson(const rapidjson::Value& e, sink& out) {
    using namespace rapidjson_walk;
    if (!e.IsObject()) return;
    out.checksum += touch(e, schema::bandwidth_event);
    const auto message = e.FindMember("message");
    const std::string_view type = str(e, "type");
    std::string_view message_id;
    if (message != e.MemberEnd() && message->value.IsObject()) {
      message_id = str(message->value, "id");
      if (message_id.empty()) message_id = str(message->value, "messageId");
    }
    out.add(id, message_id, type, str(e, "description"), code(e, "errorCode"),
            minimal_outcome(bandwidth_statuses, type));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_BANDWIDTH_EXTRACT_HPP
