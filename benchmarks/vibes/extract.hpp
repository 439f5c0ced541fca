#ifndef TRIAGE_BENCHMARKS_VIBES_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_VIBES_EXTRACT_HPP

// Vibes in the benchmarks (extract.hpp lists it): the record of a callback is id = event_id, status =
// action.status, reason = action.status_reason, code = the first failure.errors[].error_code.

#include "../extract_support.hpp"

namespace triage_bench {

inline constexpr status_outcome vibes_statuses[] = {{"success", triage::outcome::delivered},
                                                    {"processing", triage::outcome::pending},
                                                    {"failed", triage::outcome::permanent}};

namespace floor_walk {

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
  auto subscription = [&](od::value v) {
    each_field(v, [&](od::raw_json_string key, od::value value) {
      if (key == "person") {
        each_field(value, [&](od::raw_json_string k, od::value x) {
          if (k == "id" || k == "external_person_id" || k == "person_key" || k == "url") {
            t.string(x);
          } else if (k == "mobile_phone") {
            each_field(x, [&](od::raw_json_string mk, od::value m) {
              if (mk == "mdn" || mk == "carrier_code") t.string(m);
            });
          }
        });
      } else if (key == "subscription_list") {
        each_field(value, [&](od::raw_json_string k, od::value x) {
          if (k == "id" || k == "url") t.string(x);
        });
      } else if (key == "opt_in_date" || key == "opt_out_date" || key == "opt_out_reason") {
        t.string(value);
      }
    });
  };
  each_field(root, [&](od::raw_json_string key, od::value v) {
    if (key == "subscription") {
      subscription(v);
    } else if (key == "event_id") {
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
  out.add(triage::provider::vibes, id, status, reason, code, minimal_outcome(vibes_statuses, status));
}

}  // namespace floor_walk

namespace schema {

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
inline constexpr field vibes_phone[] = {{"mdn", type::string}, {"carrier_code", type::string}};
inline constexpr field vibes_person_ref[] = {{"id", type::string},
                                             {"external_person_id", type::string},
                                             {"person_key", type::string},
                                             {"url", type::string},
                                             object("mobile_phone", vibes_phone)};
inline constexpr field vibes_list[] = {{"id", type::string}, {"url", type::string}};
inline constexpr field vibes_subscription[] = {object("person", vibes_person_ref),
                                               object("subscription_list", vibes_list),
                                               {"opt_in_date", type::string},
                                               {"opt_out_date", type::string},
                                               {"opt_out_reason", type::string}};
inline constexpr field vibes[] = {{"event_id", type::string},
                                  {"callback_type", type::string},
                                  {"event_type", type::string},
                                  {"event_date", type::string},
                                  {"delivery_attempt", type::integer},
                                  object("event_processed", vibes_event),
                                  object("subscription", vibes_subscription)};

}  // namespace schema

struct vibes_extract {
  static constexpr triage::provider id = triage::provider::vibes;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* v = cb.get_if<triage::vibes::event_processed>();
    if (v == nullptr) return false;
    const triage::vibes::action* a = v->find_action();
    const auto code = v->first_error_code();
    out.add(id, or_empty(v->event_id), a ? or_empty(a->status) : "", a ? or_empty(a->status_reason) : "",
            code ? *code : record::no_code, outcome);
    return true;
  }

  /// The floor claims a payload on its first decisive key, as the library does; 0: not this provider's.
  static int floor_claims(simdjson::ondemand::raw_json_string key) {
    return key == "event_id" || key == "callback_type" ? 1 : 0;
  }
  static void floor(simdjson::ondemand::object root, int, sink& out) { floor_walk::vibes(root, out); }

  static bool nlohmann_claims(const nlohmann::json& doc) {
    return doc.contains("event_id") || doc.contains("callback_type");
  }
  static void nlohmann(const nlohmann::json& doc, sink& out) {
    using namespace nlohmann_walk;
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
    out.add(id, str(doc, "event_id"), status, reason, c, minimal_outcome(vibes_statuses, status));
  }

  static bool rapidjson_claims(const rapidjson::Value& doc) {
    return doc.HasMember("event_id") || doc.HasMember("callback_type");
  }
  static void rapidjson(const rapidjson::Value& doc, sink& out) {
    using namespace rapidjson_walk;
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
    out.add(id, str(doc, "event_id"), status, reason, c, minimal_outcome(vibes_statuses, status));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_VIBES_EXTRACT_HPP
