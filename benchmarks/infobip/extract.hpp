#ifndef TRIAGE_BENCHMARKS_INFOBIP_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_INFOBIP_EXTRACT_HPP

// Infobip in the benchmarks (extract.hpp lists it): one record per results[] element, as triage's neutral
// fields of an infobip::event give it (infobip/fields.hpp): id = messageId (a JSON integer kept as its
// token), status = status.name (else status.groupName), reason = error.name when error.id is not 0, code =
// error.id when it is not 0, else status.id. Seen reports and inbound messages have no status: their record
// is the messageId alone. The corpus holds no element that triage would make an invalid_report.
//
// The floor walks every field infobip/parse.hpp types: at the top level `results` (an array, each element a
// report) and the counts; in a report messageId (a string, or an integer read as one), the status and error
// objects (ids as integers, `permanent` as a boolean), the four times as strings (triage parses them; the
// floor does not), the counts as integers, mccMnc and price.pricePerMessage as a number or a string, every
// text field, the platform, contact and conversation objects' typed keys, `event` as a string or a raw
// object, and `message` / `content` delimited as raw JSON.

#include <cstdint>
#include <string>
#include <string_view>

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome infobip_statuses[] = {
    {"DELIVERED_TO_HANDSET", triage::outcome::delivered},
    {"DELIVERED_TO_OPERATOR", triage::outcome::delivered},
    {"PENDING_ENROUTE", triage::outcome::pending},
    {"PENDING_ACCEPTED", triage::outcome::pending},
    {"PENDING_WAITING_DELIVERY", triage::outcome::pending},
    {"UNDELIVERABLE_NOT_DELIVERED", triage::outcome::retryable},
    {"UNDELIVERABLE_REJECTED_OPERATOR", triage::outcome::permanent},
    {"EXPIRED_EXPIRED", triage::outcome::unknown},
    {"REJECTED_NETWORK", triage::outcome::permanent},
    {"REJECTED_DESTINATION", triage::outcome::permanent},
};

namespace floor_walk {

/// A number (checked as a double, as triage checks it) or a string: mccMnc, price.pricePerMessage.
inline void infobip_number_or_string(od::value v, touched& t) {
  od::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return;
  if (type == od::json_type::number) {
    double d = 0;
    if (v.get_double().get(d) == simdjson::SUCCESS) t.sum += static_cast<std::uint64_t>(d);
  } else {
    t.string(v);
  }
}

/// messageId: a string, or a JSON integer kept as its token.
inline std::string_view infobip_message_id(od::value v, touched& t) {
  od::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return {};
  if (type != od::json_type::number) return t.string(v);
  std::string_view token = v.raw_json_token();
  while (!token.empty() &&
         (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
    token.remove_suffix(1);
  std::int64_t n = 0;
  if (v.get_int64().get(n) == simdjson::SUCCESS) t.sum += static_cast<std::uint64_t>(n);
  return token;
}

inline void infobip_report(od::value element, sink& out) {
  touched t;
  std::string_view id, status_name, group_name, error_name;
  std::int64_t status_id = record::no_code, error_id = record::no_code;
  bool has_status = false;
  each_field(element, [&](od::raw_json_string key, od::value v) {
    if (key == "status") {
      has_status = true;
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id") {
          status_id = t.integer(x);
        } else if (k == "name") {
          status_name = t.string(x);
        } else if (k == "groupName") {
          group_name = t.string(x);
        } else if (k == "groupId") {
          t.integer(x);
        } else if (k == "description" || k == "action") {
          t.string(x);
        }
      });
    } else if (key == "error") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id") {
          error_id = t.integer(x);
        } else if (k == "name") {
          error_name = t.string(x);
        } else if (k == "groupId") {
          t.integer(x);
        } else if (k == "groupName" || k == "description") {
          t.string(x);
        } else if (k == "permanent") {
          bool b = false;
          if (x.get_bool().get(b) == simdjson::SUCCESS) t.sum += b;
        }
      });
    } else if (key == "messageId") {
      id = infobip_message_id(v, t);
    } else if (key == "price") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "pricePerMessage") {
          infobip_number_or_string(x, t);
        } else if (k == "currency" || k == "trafficType") {
          t.string(x);
        }
      });
    } else if (key == "bulkId" || key == "to" || key == "sender" || key == "from" || key == "sentAt" ||
               key == "doneAt" || key == "callbackData" || key == "seenAt" || key == "receivedAt" ||
               key == "destination" || key == "channel" || key == "entityId" || key == "applicationId" ||
               key == "campaignReferenceId" || key == "interactionType" || key == "text" || key == "cleanText" ||
               key == "keyword" || key == "pairedMessageId" || key == "integrationType") {
      t.string(v);
    } else if (key == "messageCount" || key == "smsCount" || key == "mmsCount" || key == "rcsCount" ||
               key == "networkId") {
      t.integer(v);
    } else if (key == "mccMnc") {
      infobip_number_or_string(v, t);
    } else if (key == "platform") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "entityId" || k == "applicationId") t.string(x);
      });
    } else if (key == "contact") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "phoneNumber" || k == "name") t.string(x);
      });
    } else if (key == "conversation") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id") t.string(x);
      });
    } else if (key == "event") {
      od::json_type type{};
      if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::object) {
        t.raw(v);
      } else {
        t.string(v);
      }
    } else if (key == "message" || key == "content") {
      t.raw(v);
    }
  });
  out.checksum += t.sum;
  std::string_view status, reason;
  std::int64_t code = record::no_code;
  if (has_status) {
    status = !status_name.empty() ? status_name : group_name;
    code = status_id;
  }
  if (error_id != record::no_code && error_id != 0) {
    reason = error_name;
    code = error_id;
  }
  out.add(triage::provider::infobip, id, status, reason, code, minimal_outcome(infobip_statuses, status));
}

inline void infobip(od::object root, sink& out) {
  touched t;
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "results") {
      each_element(v, [&](od::value element) { infobip_report(element, out); });
    } else if (key == "messageCount" || key == "pendingMessageCount" || key == "eventCount" ||
               key == "pendingEventCount") {
      t.integer(v);
    }
  });
  out.checksum += t.sum;
}

}  // namespace floor_walk

namespace schema {

// `permanent` is a boolean, which the schema reads as `any` (a DOM has decoded it already).
inline constexpr field infobip_status[] = {{"groupId", type::integer},    {"groupName", type::string},
                                           {"id", type::integer},         {"name", type::string},
                                           {"description", type::string}, {"action", type::string}};
inline constexpr field infobip_error[] = {{"groupId", type::integer},    {"groupName", type::string},
                                          {"id", type::integer},         {"name", type::string},
                                          {"description", type::string}, {"permanent", type::any}};
inline constexpr field infobip_price[] = {
    {"pricePerMessage", type::string_or_number}, {"currency", type::string}, {"trafficType", type::string}};
inline constexpr field infobip_platform[] = {{"entityId", type::string}, {"applicationId", type::string}};
inline constexpr field infobip_contact[] = {{"phoneNumber", type::string}, {"name", type::string}};
inline constexpr field infobip_conversation[] = {{"id", type::string}};
inline constexpr field infobip_report[] = {{"messageId", type::string_or_number},
                                           object("status", infobip_status),
                                           object("error", infobip_error),
                                           {"bulkId", type::string},
                                           {"doneAt", type::string},
                                           {"sentAt", type::string},
                                           {"seenAt", type::string},
                                           {"receivedAt", type::string},
                                           {"messageCount", type::integer},
                                           {"smsCount", type::integer},
                                           {"mccMnc", type::string_or_number},
                                           {"callbackData", type::string},
                                           {"to", type::string},
                                           {"from", type::string},
                                           {"sender", type::string},
                                           {"destination", type::string},
                                           {"event", type::any},
                                           {"channel", type::string},
                                           {"mmsCount", type::integer},
                                           {"rcsCount", type::integer},
                                           {"networkId", type::integer},
                                           object("price", infobip_price),
                                           object("platform", infobip_platform),
                                           {"entityId", type::string},
                                           {"applicationId", type::string},
                                           {"campaignReferenceId", type::string},
                                           {"interactionType", type::string},
                                           object("conversation", infobip_conversation),
                                           object("contact", infobip_contact),
                                           {"text", type::string},
                                           {"cleanText", type::string},
                                           {"keyword", type::string},
                                           {"pairedMessageId", type::string},
                                           {"integrationType", type::string},
                                           {"message", type::raw},
                                           {"content", type::raw}};
inline constexpr field infobip_body[] = {objects("results", infobip_report),
                                         {"messageCount", type::integer},
                                         {"pendingMessageCount", type::integer},
                                         {"eventCount", type::integer},
                                         {"pendingEventCount", type::integer}};

}  // namespace schema

struct infobip_extract {
  static constexpr triage::provider id = triage::provider::infobip;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* e = cb.get_if<triage::infobip::event>();
    if (e == nullptr) return false;
    const triage::callback_fields f = triage::infobip::fields_of(*e);
    out.add(id, or_empty(f.id), or_empty(f.status), or_empty(f.reason), f.code ? *f.code : record::no_code, outcome);
    return true;
  }

  /// Every Infobip body is {"results": [...]}, and the corpus writes `results` first, as Infobip does.
  static int floor_claims(simdjson::ondemand::raw_json_string key) { return key == "results" ? 1 : 0; }
  static void floor(simdjson::ondemand::object root, int, sink& out) { floor_walk::infobip(root, out); }

  /// The record of one element from a DOM: `str` and `code` read a key of an object, `find` gives the
  /// element's `status` or `error` object (nullptr when absent), as the fields triage's fields_of reads.
  template <class Str, class Code, class Find>
  static void report_record(std::string_view message_id, Str&& str, Code&& code, Find&& find, sink& out) {
    std::string_view status, reason;
    std::int64_t c = record::no_code;
    if (const auto* s = find("status")) {
      status = str(*s, "name");
      if (status.empty()) status = str(*s, "groupName");
      c = code(*s, "id");
    }
    if (const auto* e = find("error")) {
      const std::int64_t error_id = code(*e, "id");
      if (error_id != record::no_code && error_id != 0) {
        reason = str(*e, "name");
        c = error_id;
      }
    }
    out.add(id, message_id, status, reason, c, minimal_outcome(infobip_statuses, status));
  }

  static bool nlohmann_claims(const nlohmann::json& doc) { return doc.contains("results"); }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    out.checksum += touch(doc, schema::infobip_body);
    const auto results = doc.find("results");
    if (results == doc.end() || !results->is_array()) return;
    std::string number;
    for (const nlohmann::json& e : *results) {
      if (!e.is_object()) continue;
      std::string_view message_id;
      if (const auto m = e.find("messageId"); m != e.end()) {
        if (m->is_string()) {
          message_id = m->get_ref<const std::string&>();
        } else if (m->is_number_integer()) {
          number = std::to_string(m->get<std::int64_t>());
          message_id = number;
        }
      }
      report_record(
          message_id, [](const nlohmann::json& o, const char* k) { return str(o, k); },
          [](const nlohmann::json& o, const char* k) { return code(o, k); },
          [&](const char* k) -> const nlohmann::json* {
            const auto it = e.find(k);
            return it != e.end() && it->is_object() ? &*it : nullptr;
          },
          out);
    }
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) { return doc.HasMember("results"); }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    out.checksum += touch(doc, schema::infobip_body);
    const auto results = doc.FindMember("results");
    if (results == doc.MemberEnd() || !results->value.IsArray()) return;
    std::string number;
    for (const rapidjson::Value& e : results->value.GetArray()) {
      if (!e.IsObject()) continue;
      std::string_view message_id;
      if (const auto m = e.FindMember("messageId"); m != e.MemberEnd()) {
        if (m->value.IsString()) {
          message_id = std::string_view(m->value.GetString(), m->value.GetStringLength());
        } else if (m->value.IsInt64()) {
          number = std::to_string(m->value.GetInt64());
          message_id = number;
        }
      }
      report_record(
          message_id, [](const rapidjson::Value& o, const char* k) { return str(o, k); },
          [](const rapidjson::Value& o, const char* k) { return code(o, k); },
          [&](const char* k) -> const rapidjson::Value* {
            const auto it = e.FindMember(k);
            return it != e.MemberEnd() && it->value.IsObject() ? &it->value : nullptr;
          },
          out);
    }
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_INFOBIP_EXTRACT_HPP
