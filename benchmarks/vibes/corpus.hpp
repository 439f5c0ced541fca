#ifndef TRIAGE_BENCHMARKS_VIBES_CORPUS_HPP
#define TRIAGE_BENCHMARKS_VIBES_CORPUS_HPP

// Vibes event_processed callbacks: every action type and status of routing, message processing and receipts, small and
// large customer event_data. Shapes follow the provider's documented payloads (tests/fixtures/vibes/).

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct vibes_corpus {
  static constexpr std::string_view name = "vibes";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 22;

  static void event_data(random_source& r, std::string& out) {
    if (r.uniform(4) != 0) {
      fmt::format_to(std::back_inserter(out),
                     R"({{"first_name":"Bob","external_person_id":"p{}","delivery_time":"5:00 PM",)"
                     R"("order_url":"https://example.com/orders/{}"}})",
                     r.uniform(1000000), r.uniform(1000000));
      return;
    }
    // A large customer payload: order lines with nested objects, as event-triggered messages carry.
    out += R"({"external_person_id":"p)";
    out += std::to_string(r.uniform(1000000));
    out += R"(","order":{"lines":[)";
    const auto lines = 5 + r.uniform(30);
    for (std::uint64_t i = 0; i < lines; ++i) {
      if (i != 0) out += ',';
      fmt::format_to(std::back_inserter(out),
                     R"({{"sku":"SKU-{}","name":"Item number {} with a longer \"quoted\" name","qty":{},)"
                     R"("price":{}.{:02},"tags":["a","b","c"],"meta":{{"warehouse":"W{}","fragile":{}}}}})",
                     r.uniform(100000), i, 1 + r.uniform(5), r.uniform(500), r.uniform(100), r.uniform(20),
                     r.uniform(2) ? "true" : "false");
    }
    out += R"(],"total":123.45,"currency":"USD"}})";
  }

  /// A subscription callback (tests/fixtures/vibes/platform/): a person joined or left a list.
  static void subscription(random_source& r, std::string& out) {
    static constexpr const char* reasons[] = {"keyword_opt_out", "user_opt_out", "api_opt_out", "disconnect"};
    const bool removed = r.uniform(2) == 0;
    const std::string person = r.uuid();
    const char* type = removed ? "subscription_removed" : "subscription_added";
    fmt::format_to(std::back_inserter(out),
                   R"({{"event_id":"{}","callback_type":"{}","event_type":"{}","event_date":"{}",)"
                   R"("subscription":{{"person":{{"id":"{}","external_person_id":"ex{}","person_key":"{}",)"
                   R"("url":"/companies/c/mobiledb/persons/{}","mobile_phone":{{"mdn":"{}"}}}},)"
                   R"("subscription_list":{{"id":"{}","url":"/companies/c/mobiledb/subscription_lists/{}"}},)"
                   R"("opt_in_date":"{}")",
                   r.uuid(), type, type, r.time(2023), person, r.uniform(100000), person, person, r.phone(),
                   r.uniform(10000), r.uniform(10000), r.time(2022));
    if (removed) {
      fmt::format_to(std::back_inserter(out), R"(,"opt_out_date":"{}","opt_out_reason":"{}")", r.time(2023),
                     r.pick(reasons));
    }
    out += "}}";
  }

  static void payload(random_source& r, std::string& out) {
    if (r.uniform(20) == 0) return subscription(r, out);
    struct variant {
      const char* type;
      const char* status;
      const char* status_reason;
      const char* failure_reason;  // nullptr: none
      const char* error_text;      // nullptr: none
      int error_code;              // 0: none
      bool message;                // carries an sms/mms part
    };
    static constexpr variant variants[] = {
        {"routing", "processing", "accepted_by_event_triggered_message", nullptr, nullptr, 0, false},
        {"routing", "failed", "event_routing_failed", "no_route_rules_found_for_event", nullptr, 0, false},
        {"routing", "failed", "event_routing_failed", "no_routes_accepted_event", "Person is not found", 0, false},
        {"routing", "failed", "event_routing_failed", "no_routes_accepted_event", "MMS is not supported by carrier", 0,
         false},
        {"send_message", "processing", "queued", nullptr, nullptr, 0, true},
        {"send_message", "failed", "event_message_action_failed", "NoAvailableCodes",
         "The referenced incentive pool is out of codes.", 0, false},
        {"send_message", "failed", "event_message_action_failed", "PermanentLookupFailureError",
         "Carrier Lookup failed: not a mobile phone number", 0, false},
        {"send_message", "failed", "event_message_action_failed", "ValidationError", "Rendered media URL is blank", 0,
         false},
        {"send_message", "failed", "UnexpectedError", "UnexpectedError", "Reason for unexpected error.", 0, false},
        {"send_message", "success", "sent", nullptr, nullptr, 0, true},
        {"send_message", "failed", "rejected", nullptr, nullptr, 23, true},
        {"send_message", "failed", "unroutable", nullptr, nullptr, 8, true},
        {"send_message", "failed", "expired", nullptr, nullptr, 0, true},
        {"send_message", "success", "delivered", nullptr, nullptr, 0, true},
        {"send_message", "success", "delivered", nullptr, nullptr, 0, true},
        {"send_message", "success", "delivered", nullptr, nullptr, 0, true},
        {"send_message", "processing", "enroute", nullptr, nullptr, 0, true},
        {"send_message", "success", "accepted", nullptr, nullptr, 0, true},
        {"send_message", "failed", "undeliverable", nullptr, nullptr, 9, true},
        {"send_message", "failed", "not_optin", nullptr, nullptr, 0, true},
        {"send_message", "failed", "deleted", nullptr, nullptr, 0, true},
    };
    const variant& v = r.pick(variants);
    fmt::format_to(std::back_inserter(out),
                   R"({{"event_id":"{}","callback_type":"event_processed","event_type":"event_processed",)"
                   R"("event_date":"{}","event_processed":{{"event_id":"{}","event_type":"day_of_delivery",)"
                   R"("event_data":)",
                   r.uuid(), r.time(2023), r.uuid());
    event_data(r, out);
    fmt::format_to(std::back_inserter(out),
                   R"(,"debug_data":{{"field":"CUST_SYSTEM"}},"action":{{"type":"{}","status":"{}",)"
                   R"("status_reason":"{}")",
                   v.type, v.status, v.status_reason);
    if (v.message) {
      const char* mt = r.uniform(5) == 0 ? "mms" : "sms";
      const std::string person = r.uuid();
      fmt::format_to(
          std::back_inserter(out),
          R"(,"message_type":"{0}","{0}":{{"source":{{"url":"/companies/c/mobiledb/event_triggered_messages/{1}"}},)"
          R"("person":{{"person_key":"{2}","url":"/companies/c/mobiledb/persons/{2}"}}}})",
          mt, r.uniform(1000), person);
    } else if (std::string_view(v.status) == "processing") {
      out += R"(,"resource_url":"/companies/c/mobiledb/event_triggered_messages/1")";
    }
    if (v.failure_reason != nullptr || v.error_code != 0) {
      out += R"(,"failure":{)";
      if (v.failure_reason != nullptr) fmt::format_to(std::back_inserter(out), R"("reason":"{}",)", v.failure_reason);
      out += R"("errors":[{)";
      if (v.error_text != nullptr) {
        fmt::format_to(std::back_inserter(out),
                       R"("error":"{}","resource_url":"/companies/c/mobiledb/event_triggered_messages/1")",
                       v.error_text);
      } else {
        fmt::format_to(std::back_inserter(out), R"("error_code":{})", v.error_code);
      }
      out += "}]}";
    }
    out += "}}}";
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_VIBES_CORPUS_HPP
