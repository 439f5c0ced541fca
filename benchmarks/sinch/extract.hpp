#ifndef TRIAGE_BENCHMARKS_SINCH_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_SINCH_EXTRACT_HPP

// Sinch in the benchmarks (extract.hpp lists it). The record:
//  - an SMS delivery report (recipient_delivery_report_*: one record; delivery_report_*: one per statuses[]
//    bucket, as triage makes one callback per bucket): id = batch_id (Sinch has no message id; triage's
//    tracker adds the recipient), status = the report's or the bucket's status, reason = status_message
//    (the only reason text Sinch sends with a report, legacy and mostly absent; triage's neutral reason, the
//    code's name in its table, is not on the wire), code = the report's or the bucket's code;
//  - an SMS inbound message (mo_*): id = id, no status, reason or code;
//  - a Conversation callback: id = the trigger's message_id / event_id / id, status = its status, reason =
//    reason.code, no code.
// One object of any key order: the family is known once the object is read whole (`type` may come last).

#include <cstdint>
#include <string_view>
#include <vector>

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome sinch_statuses[] = {{"Delivered", triage::outcome::delivered},
                                                    {"Queued", triage::outcome::pending},
                                                    {"Dispatched", triage::outcome::pending},
                                                    {"Failed", triage::outcome::permanent},
                                                    {"Rejected", triage::outcome::permanent},
                                                    {"Aborted", triage::outcome::permanent},
                                                    {"Expired", triage::outcome::unknown},
                                                    {"DELIVERED", triage::outcome::delivered},
                                                    {"QUEUED_ON_CHANNEL", triage::outcome::pending},
                                                    {"SWITCHING_CHANNEL", triage::outcome::pending},
                                                    {"FAILED", triage::outcome::unknown},
                                                    {"READ", triage::outcome::none}};

namespace sinch_walk {

/// One statuses[] bucket as the record needs it.
struct bucket {
  std::string_view status;
  std::int64_t code = record::no_code;
};

inline std::vector<bucket>& buckets() {
  static thread_local std::vector<bucket> b;
  return b;
}

/// The family of an SMS `type` (with whether the object had statuses, for a type this library does not know).
enum class family { recipient_report, batch_report, inbound };
inline family family_of(std::string_view type, bool has_statuses) {
  if (type == "recipient_delivery_report_sms" || type == "recipient_delivery_report_mms") {
    return family::recipient_report;
  }
  if (type == "delivery_report_sms" || type == "delivery_report_mms") return family::batch_report;
  if (type == "mo_text" || type == "mo_binary" || type == "mo_media") return family::inbound;
  return has_statuses ? family::batch_report : family::recipient_report;
}

/// The fields of a record, wherever they came from.
struct fields {
  bool sms = false;  ///< a `type` was there
  bool has_statuses = false;
  std::string_view type, batch_id, status, status_message, inbound_id, conversation_id, conversation_status,
      reason_code;
  std::int64_t code = record::no_code;
};

inline void add_records(sink& out, const fields& f, const std::vector<bucket>& buckets) {
  constexpr triage::provider p = triage::provider::sinch;
  if (!f.sms) {
    out.add(p, f.conversation_id, f.conversation_status, f.reason_code, record::no_code,
            minimal_outcome(sinch_statuses, f.conversation_status));
    return;
  }
  switch (family_of(f.type, f.has_statuses)) {
    case family::recipient_report:
      out.add(p, f.batch_id, f.status, f.status_message, f.code, minimal_outcome(sinch_statuses, f.status));
      break;
    case family::batch_report:
      for (const bucket& b : buckets) {
        out.add(p, f.batch_id, b.status, f.status_message, b.code, minimal_outcome(sinch_statuses, b.status));
      }
      break;
    case family::inbound:
      out.add(p, f.inbound_id, {}, {}, record::no_code, static_cast<std::uint8_t>(triage::outcome::none));
      break;
  }
}

}  // namespace sinch_walk

namespace floor_walk {

/// The object of a delivery report or inbound trigger (a second trigger replaces the first, as in triage).
inline void sinch_trigger(od::value v, touched& t, sinch_walk::fields& f) {
  f.conversation_id = f.conversation_status = f.reason_code = {};
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "message_id" || key == "event_id" || key == "id") {
      f.conversation_id = t.string(x);
    } else if (key == "status") {
      f.conversation_status = t.string(x);
    } else if (key == "conversation_id" || key == "channel" || key == "contact_id" || key == "metadata" ||
               key == "processing_mode") {
      t.string(x);
    } else if (key == "channel_identity") {
      each_field(x, [&](od::raw_json_string k, od::value c) {
        if (k == "channel" || k == "identity") t.string(c);
      });
    } else if (key == "reason") {
      f.reason_code = {};
      od::json_type type{};
      if (x.type().get(type) != simdjson::SUCCESS) return;
      if (type == od::json_type::string) {
        t.string(x);
        return;
      }
      each_field(x, [&](od::raw_json_string k, od::value c) {
        if (k == "code") {
          f.reason_code = t.string(c);
        } else if (k == "description" || k == "sub_code") {
          t.string(c);
        } else if (k == "channel_code") {
          t.any(c);
        }
      });
    }
  });
}

inline void sinch(od::object root, sink& out) {
  touched t;
  sinch_walk::fields f;
  std::vector<sinch_walk::bucket>& buckets = sinch_walk::buckets();
  buckets.clear();
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "type") {
      f.type = t.string(v);
      f.sms = true;
    } else if (key == "batch_id") {
      f.batch_id = t.string(v);
    } else if (key == "code") {
      f.code = t.integer(v);
    } else if (key == "status") {
      f.status = t.string(v);
    } else if (key == "status_message") {
      f.status_message = t.string(v);
    } else if (key == "id") {
      f.inbound_id = t.string(v);
    } else if (key == "recipient" || key == "at" || key == "operator_status_at" || key == "client_reference" ||
               key == "applied_originator" || key == "encoding" || key == "operator" || key == "from" || key == "to" ||
               key == "udh" || key == "received_at" || key == "sent_at" || key == "send_at" || key == "operator_id" ||
               key == "app_id" || key == "project_id" || key == "accepted_time" || key == "event_time" ||
               key == "message_metadata" || key == "correlation_id") {
      t.string(v);
    } else if (key == "total_message_count" || key == "number_of_message_parts") {
      t.integer(v);
    } else if (key == "statuses") {
      buckets.clear();
      f.has_statuses = true;
      each_element(v, [&](od::value item) {
        sinch_walk::bucket& b = buckets.emplace_back();
        each_field(item, [&](od::raw_json_string k, od::value x) {
          if (k == "code") {
            b.code = t.integer(x);
          } else if (k == "status") {
            b.status = t.string(x);
          } else if (k == "count") {
            t.integer(x);
          } else if (k == "recipients") {
            t.strings(x);
          }
        });
      });
    } else if (key == "body") {
      od::json_type type{};
      if (v.type().get(type) != simdjson::SUCCESS) return;
      if (type == od::json_type::string) {
        t.string(v);
        return;
      }
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "subject" || k == "message") {
          t.string(x);
        } else if (k == "media") {
          t.raw(x);
        }
      });
    } else if (key == "message_delivery_report" || key == "event_delivery_report" || key == "message" ||
               key == "event") {
      sinch_trigger(v, t, f);
    }
  });
  out.checksum += t.sum;
  sinch_walk::add_records(out, f, buckets);
}

}  // namespace floor_walk

namespace schema {

inline constexpr field sinch_bucket[] = {{"code", type::string_or_number},
                                         {"status", type::string},
                                         {"count", type::integer},
                                         {"recipients", type::strings}};
inline constexpr field sinch_media_body[] = {
    {"subject", type::string}, {"message", type::string}, {"media", type::raw}};
// `body` is a string or an object: both lookups, each reads only its own type.
inline constexpr field sinch_sms[] = {{"type", type::string},
                                      {"batch_id", type::string},
                                      {"recipient", type::string},
                                      {"code", type::string_or_number},
                                      {"status", type::string},
                                      {"at", type::string},
                                      {"operator_status_at", type::string},
                                      objects("statuses", sinch_bucket),
                                      {"total_message_count", type::integer},
                                      {"client_reference", type::string},
                                      {"applied_originator", type::string},
                                      {"encoding", type::string},
                                      {"number_of_message_parts", type::integer},
                                      {"operator", type::string},
                                      {"status_message", type::string},
                                      {"id", type::string},
                                      {"from", type::string},
                                      {"to", type::string},
                                      {"body", type::string},
                                      object("body", sinch_media_body),
                                      {"udh", type::string},
                                      {"received_at", type::string},
                                      {"sent_at", type::string},
                                      {"send_at", type::string},
                                      {"operator_id", type::string}};
inline constexpr field sinch_channel_identity[] = {{"channel", type::string}, {"identity", type::string}};
inline constexpr field sinch_reason[] = {
    {"code", type::string}, {"description", type::string}, {"sub_code", type::string}, {"channel_code", type::any}};
// `reason` is an object or "" (the 2020 examples): both lookups.
inline constexpr field sinch_trigger[] = {
    {"message_id", type::string}, {"event_id", type::string},        {"id", type::string},
    {"status", type::string},     {"conversation_id", type::string}, object("channel_identity", sinch_channel_identity),
    {"channel", type::string},    {"contact_id", type::string},      object("reason", sinch_reason),
    {"reason", type::string},     {"metadata", type::string},        {"processing_mode", type::string}};
inline constexpr field sinch_conversation[] = {{"app_id", type::string},
                                               {"project_id", type::string},
                                               {"accepted_time", type::string},
                                               {"event_time", type::string},
                                               {"message_metadata", type::string},
                                               {"correlation_id", type::string},
                                               object("message_delivery_report", sinch_trigger),
                                               object("event_delivery_report", sinch_trigger),
                                               object("message", sinch_trigger),
                                               object("event", sinch_trigger)};

}  // namespace schema

struct sinch_extract {
  static constexpr triage::provider id = triage::provider::sinch;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* e = cb.get_if<triage::sinch::event>();
    if (e == nullptr) return false;
    using triage::sinch::family;
    switch (e->family) {
      case family::recipient_report:
      case family::batch_report:
        out.add(id, or_empty(e->report.batch_id), or_empty(e->report.status), or_empty(e->report.status_message),
                e->report.code ? *e->report.code : record::no_code, outcome);
        break;
      case family::inbound: out.add(id, or_empty(e->inbound.id), {}, {}, record::no_code, outcome); break;
      case family::conversation_report:
      case family::conversation_other:
        out.add(id, or_empty(e->conversation.id), or_empty(e->conversation.status),
                or_empty(e->conversation.reason_code), record::no_code, outcome);
        break;
    }
    return true;
  }

  /// The corpus writes SMS reports with `at`, `batch_id`, `statuses` or `recipient` first (`type` never
  /// first: Bandwidth claims it), inbound messages with `body` or `from` first, Conversation callbacks with
  /// `app_id` first.
  static int floor_claims(simdjson::ondemand::raw_json_string key) {
    return key == "batch_id" || key == "statuses" || key == "from" || key == "app_id" ? 1 : 0;
  }
  static void floor(simdjson::ondemand::object root, int, sink& out) { floor_walk::sinch(root, out); }

  /// The keys only Sinch sends together (triage::sinch::traits::shapes): a report's batch_id, an inbound
  /// message's type, from and received_at, a Conversation callback's app_id.
  static bool nlohmann_claims(const nlohmann::json& doc) {
    return doc.contains("batch_id") || (doc.contains("type") && doc.contains("from") && doc.contains("received_at")) ||
           doc.contains("app_id");
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    sinch_walk::fields f;
    std::vector<sinch_walk::bucket>& buckets = sinch_walk::buckets();
    buckets.clear();
    const auto type = doc.find("type");
    f.sms = type != doc.end() && type->is_string();
    if (f.sms) {
      out.checksum += touch(doc, schema::sinch_sms);
      f.type = str(doc, "type");
      f.batch_id = str(doc, "batch_id");
      f.status = str(doc, "status");
      f.status_message = str(doc, "status_message");
      f.inbound_id = str(doc, "id");
      f.code = code(doc, "code");
      if (const auto statuses = doc.find("statuses"); statuses != doc.end() && statuses->is_array()) {
        f.has_statuses = true;
        for (const auto& b : *statuses) {
          if (b.is_object()) buckets.push_back({str(b, "status"), code(b, "code")});
        }
      }
    } else {
      out.checksum += touch(doc, schema::sinch_conversation);
      for (const char* trigger : {"message_delivery_report", "event_delivery_report", "message", "event"}) {
        const auto it = doc.find(trigger);
        if (it == doc.end() || !it->is_object()) continue;
        const nlohmann::json& t = *it;
        for (const char* key : {"message_id", "event_id", "id"}) {
          if (t.contains(key)) f.conversation_id = str(t, key);
        }
        f.conversation_status = str(t, "status");
        if (const auto reason = t.find("reason"); reason != t.end() && reason->is_object()) {
          f.reason_code = str(*reason, "code");
        }
      }
    }
    sinch_walk::add_records(out, f, buckets);
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return doc.HasMember("batch_id") ||
           (doc.HasMember("type") && doc.HasMember("from") && doc.HasMember("received_at")) || doc.HasMember("app_id");
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    sinch_walk::fields f;
    std::vector<sinch_walk::bucket>& buckets = sinch_walk::buckets();
    buckets.clear();
    const auto type = doc.FindMember("type");
    f.sms = type != doc.MemberEnd() && type->value.IsString();
    if (f.sms) {
      out.checksum += touch(doc, schema::sinch_sms);
      f.type = str(doc, "type");
      f.batch_id = str(doc, "batch_id");
      f.status = str(doc, "status");
      f.status_message = str(doc, "status_message");
      f.inbound_id = str(doc, "id");
      f.code = code(doc, "code");
      if (const auto statuses = doc.FindMember("statuses"); statuses != doc.MemberEnd() && statuses->value.IsArray()) {
        f.has_statuses = true;
        for (const auto& b : statuses->value.GetArray()) {
          if (b.IsObject()) buckets.push_back({str(b, "status"), code(b, "code")});
        }
      }
    } else {
      out.checksum += touch(doc, schema::sinch_conversation);
      for (const char* trigger : {"message_delivery_report", "event_delivery_report", "message", "event"}) {
        const auto it = doc.FindMember(trigger);
        if (it == doc.MemberEnd() || !it->value.IsObject()) continue;
        const rapidjson::Value& t = it->value;
        for (const char* key : {"message_id", "event_id", "id"}) {
          if (t.HasMember(key)) f.conversation_id = str(t, key);
        }
        f.conversation_status = str(t, "status");
        if (const auto reason = t.FindMember("reason"); reason != t.MemberEnd() && reason->value.IsObject()) {
          f.reason_code = str(reason->value, "code");
        }
      }
    }
    sinch_walk::add_records(out, f, buckets);
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_SINCH_EXTRACT_HPP
