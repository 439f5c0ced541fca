#ifndef TRIAGE_BENCHMARKS_BIRD_CORPUS_HPP
#define TRIAGE_BENCHMARKS_BIRD_CORPUS_HPP

// Bird Channels messages, bare and in their webhook envelope, every status, failures with their sources.
// Shapes follow the provider's documented payloads (tests/fixtures/bird/).

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct bird_corpus {
  static constexpr std::string_view name = "bird";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 20;

  static void payload(random_source& r, std::string& out) {
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
    const variant& v = r.pick(variants);
    const bool envelope = r.uniform(2) == 0;
    if (envelope) {
      fmt::format_to(std::back_inserter(out), R"({{"service":"channels","event":"{}.{}","payload":)",
                     v.source_name != nullptr && std::string_view(v.source_name) == "whatsapp" ? "whatsapp" : "sms",
                     std::string_view(v.direction) == "incoming" ? "inbound" : "outbound");
    }
    const std::string created = r.time(2023);
    fmt::format_to(std::back_inserter(out),
                   R"({{"id":"{}","channelId":"{}","sender":{{"connector":{{"id":"{}","identifierValue":"{}"}}}},)"
                   R"("receiver":{{"contacts":[{{"id":"{}","identifierKey":"phonenumber","identifierValue":"{}"}}]}},)"
                   R"("body":{{"type":"text","text":{{"text":"Your order {} has shipped"}}}},"reference":"ref-{}",)"
                   R"("parts":[{{"platformReference":"{}"}}],"status":"{}",)",
                   r.uuid(), r.uuid(), r.uuid(), r.phone(), r.uuid(), r.phone(), r.uniform(100000), r.uniform(100000),
                   r.uuid(), v.status);
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
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_BIRD_CORPUS_HPP
