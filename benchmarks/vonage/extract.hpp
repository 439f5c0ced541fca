#ifndef TRIAGE_BENCHMARKS_VONAGE_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_VONAGE_EXTRACT_HPP

// Vonage in the benchmarks (extract.hpp lists it): JSON bodies of both APIs, and the SMS API's form bodies and
// query strings. The record is, as triage::vonage::fields_of gives it:
//  - SMS API (delivery receipt, inbound SMS): id = messageId, status = status, reason = empty (the SMS API
//    sends no text), code = err-code as an integer;
//  - Messages API (status, inbound message): id = message_uuid, status = status (empty on an inbound message),
//    reason = error.detail (else the v0.1 error.reason), code = an integer error.title, else the digits after
//    the last '#' of error.type, else the v0.1 error.code (a doubled error{error{...}} read as its inner one).
// A JSON payload is the Messages API's when it has message_uuid, the SMS API's otherwise (the corpus writes no
// v0.1 payload without its message_uuid).

#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "../extract_support.hpp"
#include "../form_support.hpp"

namespace triage_bench {

inline constexpr status_outcome vonage_statuses[] = {
    {"delivered", triage::outcome::delivered}, {"accepted", triage::outcome::pending},
    {"buffered", triage::outcome::pending},    {"submitted", triage::outcome::pending},
    {"expired", triage::outcome::unknown},     {"failed", triage::outcome::retryable},
    {"rejected", triage::outcome::permanent},  {"undeliverable", triage::outcome::retryable},
    {"read", triage::outcome::none},
};

namespace vonage_walk {

/// The SMS API parameters triage types (vonage/parse.hpp sms_parameter): the same list for JSON, form and
/// query bodies. In JSON, those of `numeric_keys` may also be numbers (kept as their text).
inline constexpr std::string_view text_keys[] = {
    "msisdn", "to",  "network-code", "messageId", "status",  "api-key", "client-ref", "message-timestamp",
    "nonce",  "sig", "type",         "text",      "keyword", "data",    "udh",        "concat"};
inline constexpr std::string_view numeric_keys[] = {"price",      "scts",         "err-code",   "timestamp",
                                                    "concat-ref", "concat-total", "concat-part"};

/// The code of an SMS API err-code, as triage reads it (spaces trimmed, then an integer).
inline std::int64_t sms_code(std::string_view err) {
  std::int64_t n = 0;
  return triage::detail::parse_integer(triage::detail::trim_ascii_space(err), n) ? n : record::no_code;
}

/// The code of a Messages API error: an integer title, else the digits after the last '#' of type, else code.
inline std::int64_t message_code(std::string_view title, std::string_view type, std::int64_t code) {
  std::int64_t n = 0;
  if (!title.empty() && triage::detail::parse_integer(triage::detail::trim_ascii_space(title), n)) return n;
  const std::size_t hash = type.rfind('#');
  if (hash != std::string_view::npos && triage::detail::parse_integer(type.substr(hash + 1), n)) return n;
  return code;
}

}  // namespace vonage_walk

namespace floor_walk {

/// What the record needs from a Vonage error object (its doubled inner object reads into the same one).
struct vonage_error {
  std::string_view type{}, title{}, detail{}, reason{};
  std::int64_t code = record::no_code;
};

inline void vonage_error_fields(od::value v, vonage_error& e, touched& t, int depth) {
  each_field(v, [&](od::raw_json_string key, od::value x) {
    if (key == "type") {
      e.type = t.string(x);
    } else if (key == "title") {
      // A string or an integer, kept as text.
      od::json_type type{};
      if (x.type().get(type) != simdjson::SUCCESS) return;
      if (type == od::json_type::string) {
        e.title = t.string(x);
      } else {
        e.title = x.raw_json_token();
        t.integer(x);
      }
    } else if (key == "detail") {
      e.detail = t.string(x);
    } else if (key == "instance") {
      t.string(x);
    } else if (key == "code") {
      e.code = t.integer(x);
    } else if (key == "reason") {
      e.reason = t.string(x);
    } else if (key == "error" && depth == 0) {
      vonage_error_fields(x, e, t, 1);
    }
  });
}

/// `to` / `from`: a string, or a v0.1 object {type, number} / {type, id}.
inline void vonage_endpoint(od::value v, touched& t) {
  od::object object;
  if (v.get_object().get(object) == simdjson::SUCCESS) {
    each_field(object, [&](od::raw_json_string key, od::value x) {
      if (key == "type" || key == "number" || key == "id") t.string(x);
    });
    return;
  }
  t.string(v);
}

/// Whether `key` is one of `keys`, compared raw.
template <std::size_t N>
bool vonage_is_one_of(od::raw_json_string key, const std::string_view (&keys)[N]) {
  for (std::string_view k : keys) {
    if (key == k) return true;
  }
  return false;
}

/// One pass over the root object, both APIs' fields, as triage's parse_object.
inline void vonage(od::object root, sink& out) {
  touched t;
  std::string_view message_uuid{}, message_id{}, status{}, err_code{};
  bool has_error = false;
  vonage_error error;
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "message_uuid") {
      message_uuid = t.string(v);
    } else if (key == "messageId") {
      message_id = t.string(v);
    } else if (key == "status") {
      status = t.string(v);
    } else if (key == "err-code") {
      // A string, or a number kept as its text.
      od::json_type type{};
      if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::number) {
        err_code = v.raw_json_token();
        t.integer(v);
      } else {
        err_code = t.string(v);
      }
    } else if (key == "to" || key == "from") {
      vonage_endpoint(v, t);
    } else if (vonage_is_one_of(key, vonage_walk::text_keys)) {
      t.string(v);
    } else if (vonage_is_one_of(key, vonage_walk::numeric_keys)) {
      t.string_or_number(v);
    } else if (key == "channel" || key == "client_ref" || key == "message_type") {
      t.string(v);
    } else if (key == "error") {
      has_error = true;
      vonage_error_fields(v, error, t, 0);
    } else if (key == "usage") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "currency") {
          t.string(x);
        } else if (k == "price") {
          t.string_or_number(x);
        }
      });
    } else if (key == "workflow") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "id" || k == "workflow_id" || k == "item_number" || k == "items_number" || k == "items_total" ||
            k == "total_items") {
          t.string_or_number(x);
        }
      });
    } else if (key == "destination" || key == "origin") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "network_code") t.string_or_number(x);
      });
    } else if (key == "sms") {
      each_field(v, [&](od::raw_json_string k, od::value x) {
        if (k == "count_total" || k == "num_messages" || k == "total_count") {
          t.string_or_number(x);
        } else if (k == "keyword") {
          t.string(x);
        }
      });
    } else if (key == "context" || key == "profile" || key == "whatsapp") {
      t.raw(v);
    } else if (key == "provider_message") {
      t.string_or_number(v);
    }
  });
  out.checksum += t.sum;
  if (!message_uuid.empty()) {
    const std::int64_t code =
        has_error ? vonage_walk::message_code(error.title, error.type, error.code) : record::no_code;
    out.add(triage::provider::vonage, message_uuid, status, !error.detail.empty() ? error.detail : error.reason, code,
            minimal_outcome(vonage_statuses, status));
    return;
  }
  out.add(triage::provider::vonage, message_id, status, {},
          err_code.data() != nullptr ? vonage_walk::sms_code(err_code) : record::no_code,
          minimal_outcome(vonage_statuses, status));
}

}  // namespace floor_walk

namespace schema {

inline constexpr field vonage_endpoint[] = {{"type", type::string}, {"number", type::string}, {"id", type::string}};
inline constexpr field vonage_inner_error[] = {{"type", type::string},   {"title", type::string_or_number},
                                               {"detail", type::string}, {"instance", type::string},
                                               {"code", type::integer},  {"reason", type::string}};
inline constexpr field vonage_error[] = {{"type", type::string},
                                         {"title", type::string_or_number},
                                         {"detail", type::string},
                                         {"instance", type::string},
                                         {"code", type::integer},
                                         {"reason", type::string},
                                         object("error", vonage_inner_error)};
inline constexpr field vonage_usage[] = {{"currency", type::string}, {"price", type::string_or_number}};
inline constexpr field vonage_workflow[] = {
    {"id", type::string_or_number},          {"workflow_id", type::string_or_number},
    {"item_number", type::string_or_number}, {"items_number", type::string_or_number},
    {"items_total", type::string_or_number}, {"total_items", type::string_or_number}};
inline constexpr field vonage_network[] = {{"network_code", type::string_or_number}};
inline constexpr field vonage_sms[] = {{"count_total", type::string_or_number},
                                       {"num_messages", type::string_or_number},
                                       {"total_count", type::string_or_number},
                                       {"keyword", type::string}};
/// `to` and `from` are a string or a v0.1 object: both lookups are listed (each reads only its own type).
inline constexpr field vonage_root[] = {{"msisdn", type::string},
                                        {"to", type::string},
                                        object("to", vonage_endpoint),
                                        {"network-code", type::string},
                                        {"messageId", type::string},
                                        {"price", type::string_or_number},
                                        {"status", type::string},
                                        {"scts", type::string_or_number},
                                        {"err-code", type::string_or_number},
                                        {"api-key", type::string},
                                        {"client-ref", type::string},
                                        {"message-timestamp", type::string},
                                        {"timestamp", type::string_or_number},
                                        {"nonce", type::string},
                                        {"sig", type::string},
                                        {"type", type::string},
                                        {"text", type::string},
                                        {"keyword", type::string},
                                        {"data", type::string},
                                        {"udh", type::string},
                                        {"concat", type::string},
                                        {"concat-ref", type::string_or_number},
                                        {"concat-total", type::string_or_number},
                                        {"concat-part", type::string_or_number},
                                        {"message_uuid", type::string},
                                        {"from", type::string},
                                        object("from", vonage_endpoint),
                                        {"channel", type::string},
                                        {"client_ref", type::string},
                                        object("error", vonage_error),
                                        object("usage", vonage_usage),
                                        object("workflow", vonage_workflow),
                                        object("destination", vonage_network),
                                        object("origin", vonage_network),
                                        object("sms", vonage_sms),
                                        {"message_type", type::string},
                                        {"context", type::raw},
                                        {"profile", type::raw},
                                        {"whatsapp", type::raw},
                                        {"provider_message", type::string_or_number}};

}  // namespace schema

struct vonage_extract {
  static constexpr triage::provider id = triage::provider::vonage;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* v = cb.get_if<triage::vonage::callback>();
    if (v == nullptr) return false;
    if (v->api == triage::vonage::api::sms) {
      out.add(id, or_empty(v->sms.message_id), or_empty(v->sms.status), {},
              v->sms.error_code ? *v->sms.error_code : record::no_code, outcome);
      return true;
    }
    const auto& m = v->messages;
    std::string_view reason;
    std::int64_t code = record::no_code;
    if (m.error) {
      reason = m.error->detail ? *m.error->detail : or_empty(m.error->reason);
      if (m.error->resolved_code) code = *m.error->resolved_code;
    }
    out.add(id, or_empty(m.message_uuid), or_empty(m.status), reason, code, outcome);
    return true;
  }

  /// The keys only Vonage's payloads have, one of which the corpus writes first (Bandwidth claims a leading
  /// `type`, Bird a leading `timestamp`).
  static int floor_claims(simdjson::ondemand::raw_json_string key) {
    return key == "message_uuid" || key == "msisdn" || key == "messageId" || key == "err-code" ||
                   key == "network-code" || key == "api-key" || key == "message-timestamp"
               ? 1
               : 0;
  }
  static void floor(simdjson::ondemand::object root, int, sink& out) { floor_walk::vonage(root, out); }

  static bool nlohmann_claims(const nlohmann::json& doc) {
    return doc.contains("message_uuid") || doc.contains("msisdn");
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
    out.checksum += touch(doc, schema::vonage_root);
    const std::string_view status = str(doc, "status");
    if (doc.contains("message_uuid")) {
      std::string_view reason;
      std::int64_t c = record::no_code;
      if (const auto e = doc.find("error"); e != doc.end() && e->is_object()) {
        const auto inner = e->find("error");
        const nlohmann::json& err = inner != e->end() && inner->is_object() ? *inner : *e;
        reason = str(err, "detail");
        if (reason.empty()) reason = str(err, "reason");
        const auto title = err.find("title");
        const std::string title_text = title == err.end()           ? std::string()
                                       : title->is_string()         ? title->get<std::string>()
                                       : title->is_number_integer() ? std::to_string(title->get<std::int64_t>())
                                                                    : std::string();
        c = vonage_walk::message_code(title_text, str(err, "type"), code(err, "code"));
      }
      out.add(id, str(doc, "message_uuid"), status, reason, c, minimal_outcome(vonage_statuses, status));
      return;
    }
    const auto err = doc.find("err-code");
    const std::int64_t c = err != doc.end() && err->is_string()
                               ? vonage_walk::sms_code(err->get_ref<const std::string&>())
                               : record::no_code;
    out.add(id, str(doc, "messageId"), status, "", c, minimal_outcome(vonage_statuses, status));
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return doc.HasMember("message_uuid") || doc.HasMember("msisdn");
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
    out.checksum += touch(doc, schema::vonage_root);
    const std::string_view status = str(doc, "status");
    if (doc.HasMember("message_uuid")) {
      std::string_view reason;
      std::int64_t c = record::no_code;
      if (const auto e = doc.FindMember("error"); e != doc.MemberEnd() && e->value.IsObject()) {
        const auto inner = e->value.FindMember("error");
        const rapidjson::Value& err =
            inner != e->value.MemberEnd() && inner->value.IsObject() ? inner->value : e->value;
        reason = str(err, "detail");
        if (reason.empty()) reason = str(err, "reason");
        const auto title = err.FindMember("title");
        const std::string title_text = title == err.MemberEnd() ? std::string()
                                       : title->value.IsString()
                                           ? std::string(title->value.GetString(), title->value.GetStringLength())
                                       : title->value.IsInt64() ? std::to_string(title->value.GetInt64())
                                                                : std::string();
        c = vonage_walk::message_code(title_text, str(err, "type"), code(err, "code"));
      }
      out.add(id, str(doc, "message_uuid"), status, reason, c, minimal_outcome(vonage_statuses, status));
      return;
    }
    const auto err = doc.FindMember("err-code");
    const std::int64_t c =
        err != doc.MemberEnd() && err->value.IsString()
            ? vonage_walk::sms_code(std::string_view(err->value.GetString(), err->value.GetStringLength()))
            : record::no_code;
    out.add(id, str(doc, "messageId"), status, "", c, minimal_outcome(vonage_statuses, status));
  }

  /// A form or query body is Vonage's from its msisdn or messageId, which no other provider's forms have.
  static int form_claims(std::string_view key) { return key == "msisdn" || key == "messageId" ? 1 : 0; }

  static void form_floor(std::string_view body, int, std::string& scratch, sink& out) {
    using namespace vonage_walk;
    std::uint64_t sum = 0;
    std::string_view message_id, status, err_code;
    bool has_err = false;
    form_floor::each_field(body, scratch, [&](std::string_view key, std::string_view value) {
      if (form_floor::is_one_of(key, text_keys, std::size(text_keys)) ||
          form_floor::is_one_of(key, numeric_keys, std::size(numeric_keys))) {
        sum += value.size();
        if (key == "messageId") message_id = value;
        if (key == "status") status = value;
        if (key == "err-code") {
          err_code = value;
          has_err = true;
        }
      }
    });
    out.checksum += sum;
    out.add(id, message_id, status, "", has_err ? sms_code(err_code) : record::no_code,
            minimal_outcome(vonage_statuses, status));
  }

  static bool form_peer_claims(const form_peer::fields& fields) {
    return fields.count("msisdn") != 0 || fields.count("messageId") != 0;
  }
  static void form_peer(const form_peer::fields& fields, sink& out) {
    using namespace vonage_walk;
    std::uint64_t sum = 0;
    for (std::string_view key : text_keys) sum += form_peer::str(fields, std::string(key)).size();
    for (std::string_view key : numeric_keys) sum += form_peer::str(fields, std::string(key)).size();
    out.checksum += sum;
    const auto err = fields.find("err-code");
    const std::string_view status = form_peer::str(fields, "status");
    out.add(id, form_peer::str(fields, "messageId"), status, "",
            err != fields.end() ? sms_code(err->second) : record::no_code, minimal_outcome(vonage_statuses, status));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_VONAGE_EXTRACT_HPP
