#ifndef TRIAGE_BENCHMARKS_CORPUS_HPP
#define TRIAGE_BENCHMARKS_CORPUS_HPP

// Seeded generator of realistic callback corpora: every provider and variant, success and failure,
// small and large Vibes event_data, Bandwidth batches of 1-10 events (group messages), Bird messages bare
// and in their webhook envelope. Shapes follow the providers' documented payloads (tests/fixtures).

#include <fmt/format.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace triage_bench {

enum class mix { all, vibes, bandwidth, bird };

inline constexpr std::string_view mix_names[] = {"all", "vibes", "bandwidth", "bird"};

class corpus_generator {
 public:
  explicit corpus_generator(std::uint64_t seed, mix m = mix::all) : rng_(seed), mix_(m) {}

  /// Appends one payload (no newline) to `out`.
  void payload(std::string& out) {
    mix which = mix_;
    if (which == mix::all) {
      const auto r = uniform(100);
      which = r < 40 ? mix::vibes : r < 75 ? mix::bandwidth : mix::bird;
    }
    switch (which) {
      case mix::vibes: vibes(out); break;
      case mix::bandwidth: bandwidth(out); break;
      case mix::bird: bird(out); break;
      case mix::all: break;
    }
  }

  /// Appends payloads, one per line, until `out` holds at least `bytes` bytes.
  void ndjson(std::string& out, std::size_t bytes) {
    while (out.size() < bytes) {
      payload(out);
      out.push_back('\n');
    }
  }

 private:
  std::uint64_t uniform(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng_); }
  template <class T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[uniform(N)];
  }

  std::string uuid() {
    const std::uint64_t a = rng_(), b = rng_();
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff, a & 0xffff, b >> 48,
                       b & 0xffffffffffffULL);
  }
  std::string phone() { return fmt::format("+1{:010}", 2000000000 + uniform(7999999999)); }
  std::string time(int year) {
    return fmt::format("{}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", year, 1 + uniform(12), 1 + uniform(28), uniform(24),
                       uniform(60), uniform(60), uniform(1000));
  }

  void event_data(std::string& out) {
    if (uniform(4) != 0) {
      fmt::format_to(std::back_inserter(out),
                     R"({{"first_name":"Bob","external_person_id":"p{}","delivery_time":"5:00 PM",)"
                     R"("order_url":"https://example.com/orders/{}"}})",
                     uniform(1000000), uniform(1000000));
      return;
    }
    // A large customer payload: order lines with nested objects, as event-triggered messages carry.
    out += R"({"external_person_id":"p)";
    out += std::to_string(uniform(1000000));
    out += R"(","order":{"lines":[)";
    const auto lines = 5 + uniform(30);
    for (std::uint64_t i = 0; i < lines; ++i) {
      if (i != 0) out += ',';
      fmt::format_to(std::back_inserter(out),
                     R"({{"sku":"SKU-{}","name":"Item number {} with a longer \"quoted\" name","qty":{},)"
                     R"("price":{}.{:02},"tags":["a","b","c"],"meta":{{"warehouse":"W{}","fragile":{}}}}})",
                     uniform(100000), i, 1 + uniform(5), uniform(500), uniform(100), uniform(20),
                     uniform(2) ? "true" : "false");
    }
    out += R"(],"total":123.45,"currency":"USD"}})";
  }

  void vibes(std::string& out) {
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
    const variant& v = pick(variants);
    fmt::format_to(std::back_inserter(out),
                   R"({{"event_id":"{}","callback_type":"event_processed","event_type":"event_processed",)"
                   R"("event_date":"{}","event_processed":{{"event_id":"{}","event_type":"day_of_delivery",)"
                   R"("event_data":)",
                   uuid(), time(2023), uuid());
    event_data(out);
    fmt::format_to(std::back_inserter(out),
                   R"(,"debug_data":{{"field":"CUST_SYSTEM"}},"action":{{"type":"{}","status":"{}",)"
                   R"("status_reason":"{}")",
                   v.type, v.status, v.status_reason);
    if (v.message) {
      const char* mt = uniform(5) == 0 ? "mms" : "sms";
      const std::string person = uuid();
      fmt::format_to(
          std::back_inserter(out),
          R"(,"message_type":"{0}","{0}":{{"source":{{"url":"/companies/c/mobiledb/event_triggered_messages/{1}"}},)"
          R"("person":{{"person_key":"{2}","url":"/companies/c/mobiledb/persons/{2}"}}}})",
          mt, uniform(1000), person);
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

  void bandwidth_event(std::string& out, std::string_view type, const std::string& id, const std::string& from,
                       const std::string& to, const std::string& all_to, int error_code) {
    static constexpr const char* carriers[] = {"AT&T", "T-Mobile", "Verizon Wireless", "US Cellular"};
    const bool inbound = type == "message-received";
    fmt::format_to(std::back_inserter(out), R"({{"type":"{}","time":"{}","description":"{}","to":"{}",)", type,
                   time(2024),
                   error_code != 0 ? "failed to deliver"
                   : inbound       ? "Incoming message received"
                                   : "ok",
                   to);
    if (error_code != 0) fmt::format_to(std::back_inserter(out), R"("errorCode":{},)", error_code);
    if (uniform(2) == 0) fmt::format_to(std::back_inserter(out), R"("carrierName":"{}",)", pick(carriers));
    fmt::format_to(std::back_inserter(out),
                   R"("message":{{"id":"{}","owner":"{}","applicationId":"93de2206-9669-4e07-948d-329f4b722ee2",)"
                   R"("time":"{}","segmentCount":{},"direction":"{}","to":[{}],"from":"{}","text":"{}")",
                   id, inbound ? to : from, time(2024), 1 + uniform(3), inbound ? "in" : "out", all_to, from,
                   inbound ? "Reply STOP to stop" : "");
    if (uniform(3) == 0) out += R"(,"media":["https://dev.bandwidth.com/images/bandwidth-logo.png"])";
    if (!inbound && uniform(2) == 0) fmt::format_to(std::back_inserter(out), R"(,"tag":"order-{}")", uniform(100000));
    out += "}}";
  }

  void bandwidth(std::string& out) {
    static constexpr const char* types[] = {"message-delivered", "message-delivered", "message-delivered",
                                            "message-failed",    "message-failed",    "message-sending",
                                            "message-sent",      "message-received",  "message-read"};
    static constexpr int codes[] = {4001, 4301, 4405, 4432, 4470, 4700, 4720, 4750, 4770, 4775, 4780,
                                    5100, 5106, 5231, 5500, 5600, 5620, 9902, 9999, 4781, 4790, 5101};
    const std::string from = phone();
    const auto events = 1 + uniform(10);
    std::string recipients[10];
    std::string all_to;
    for (std::uint64_t i = 0; i < events; ++i) {
      recipients[i] = phone();
      if (i != 0) all_to += ',';
      all_to += '"' + recipients[i] + '"';
    }
    // A group message: one event per recipient, same message id, each about its own `to`.
    const std::string id = fmt::format("{}{}", 1600000000000 + uniform(100000000000), uuid().substr(0, 14));
    out += '[';
    for (std::uint64_t i = 0; i < events; ++i) {
      if (i != 0) out += ',';
      const std::string_view type = pick(types);
      bandwidth_event(out, type, id, from, recipients[i], all_to, type == "message-failed" ? pick(codes) : 0);
    }
    out += ']';
  }

  void bird(std::string& out) {
    struct variant {
      const char* status;
      const char* direction;
      int failure_code;         // 0: none
      const char* source_name;  // nullptr: none
      const char* source_code;  // as a JSON token (string or number)
      const char* details;      // nullptr: none
      const char* reason;       // nullptr: none
    };
    static constexpr variant variants[] = {
        {"accepted", "outgoing", 0, nullptr, nullptr, nullptr, nullptr},
        {"processing", "outgoing", 0, nullptr, nullptr, nullptr, nullptr},
        {"sent", "outgoing", 0, nullptr, nullptr, nullptr, nullptr},
        {"delivered", "outgoing", 0, nullptr, nullptr, nullptr, nullptr},
        {"delivered", "outgoing", 0, nullptr, nullptr, nullptr, nullptr},
        {"delivered", "incoming", 0, nullptr, nullptr, nullptr, nullptr},
        {"delivery_failed", "outgoing", 15005, "sms-messagebird", "\"1\"", "unknown_subscriber",
         "details: unknown subscriber; reason: unknown_subscriber; code: 1"},
        {"delivery_failed", "outgoing", 15001, "sms-messagebird", "\"34\"", "received_network_error",
         "details: system failure; reason: received_network_error; code: 34"},
        {"delivery_failed", "outgoing", 15005, "sms-messagebird", "27", "unavailable_subscriber",
         "details: absent subscriber; reason: unavailable_subscriber; code: 27"},
        {"delivery_failed", "outgoing", 15001, "whatsapp", "\"131026\"", nullptr, "Message undeliverable"},
        {"delivery_failed", "outgoing", 15001, "whatsapp", "\"131047\"", nullptr, "Re-engagement message"},
        {"sending_failed", "outgoing", 11001, "pre-processing", nullptr, nullptr, "invalid channel configuration"},
        {"sending_failed", "outgoing", 12001, nullptr, nullptr, nullptr, nullptr},
    };
    const variant& v = pick(variants);
    const bool envelope = uniform(2) == 0;
    if (envelope) {
      fmt::format_to(std::back_inserter(out), R"({{"service":"channels","event":"{}.{}","payload":)",
                     v.source_name != nullptr && std::string_view(v.source_name) == "whatsapp" ? "whatsapp" : "sms",
                     std::string_view(v.direction) == "incoming" ? "inbound" : "outbound");
    }
    const std::string created = time(2023);
    fmt::format_to(std::back_inserter(out),
                   R"({{"id":"{}","channelId":"{}","sender":{{"connector":{{"id":"{}","identifierValue":"{}"}}}},)"
                   R"("receiver":{{"contacts":[{{"id":"{}","identifierKey":"phonenumber","identifierValue":"{}"}}]}},)"
                   R"("body":{{"type":"text","text":{{"text":"Your order {} has shipped"}}}},"reference":"ref-{}",)"
                   R"("parts":[{{"platformReference":"{}"}}],"status":"{}",)",
                   uuid(), uuid(), uuid(), phone(), uuid(), phone(), uniform(100000), uniform(100000), uuid(),
                   v.status);
    if (v.reason != nullptr) fmt::format_to(std::back_inserter(out), R"("reason":"{}",)", v.reason);
    if (v.details != nullptr) fmt::format_to(std::back_inserter(out), R"("details":"{}",)", v.details);
    fmt::format_to(std::back_inserter(out), R"("direction":"{}",)", v.direction);
    if (v.failure_code != 0) {
      fmt::format_to(std::back_inserter(out), R"("failure":{{"code":{})", v.failure_code);
      if (v.source_name != nullptr) {
        fmt::format_to(std::back_inserter(out), R"(,"source":{{"name":"{}")", v.source_name);
        if (v.source_code != nullptr) fmt::format_to(std::back_inserter(out), R"(,"code":{})", v.source_code);
        out += '}';
      }
      out += "},";
    }
    fmt::format_to(std::back_inserter(out), R"("lastStatusAt":"{0}","createdAt":"{0}","updatedAt":"{0}"}})", created);
    if (envelope) out += '}';
  }

  std::mt19937_64 rng_;
  mix mix_;
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_CORPUS_HPP
