#ifndef TRIAGE_BENCHMARKS_BIRD_CORPUS_HPP
#define TRIAGE_BENCHMARKS_BIRD_CORPUS_HPP

// Bird Channels messages, bare and in their webhook envelope, every status, failures with their sources;
// platform v1 events and legacy Conversations webhooks. Shapes follow tests/fixtures/bird/.

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
  static constexpr std::uint64_t share = 12;

  /// Of every 20 Bird payloads: 13 Channels messages, 1 message interaction, 3 platform v1 events, 3 legacy
  /// Conversations webhooks.
  static void payload(random_source& r, std::string& out) {
    const std::uint64_t pick = r.uniform(20);
    if (pick < 3) return platform_event(r, out);
    if (pick < 6) return conversations_webhook(r, out);
    if (pick < 7) return interaction(r, out);
    channels_message(r, out);
  }

  /// A message interaction (tests/fixtures/bird/interactions/): the envelope of an `email.interaction`.
  static void interaction(random_source& r, std::string& out) {
    struct variant {
      const char* type;
      const char* details;
    };
    static constexpr variant variants[] = {{"opened", "initial_open"},
                                           {"opened", "open"},
                                           {"clicked", "click"},
                                           {"reported-as-spam", "spam_complaint"},
                                           {"unsubscribe-request", "list_unsubscribe"}};
    const variant& v = r.pick(variants);
    fmt::format_to(
        std::back_inserter(out),
        R"({{"service":"channels","event":"email.interaction","payload":{{"id":"{}","messageId":"{}",)"
        R"("channelId":"{}","platformId":"email","type":"{}","messageReference":"order-{}",)"
        R"("receiver":{{"contacts":[{{"identifierKey":"emailaddress","identifierValue":"user{}@example.com"}}]}},)"
        R"("createdAt":"{}","details":"{}"}}}})",
        r.uuid(), r.uuid(), r.uuid(), v.type, r.uniform(100000), r.uniform(100000), r.time(2024), v.details);
  }

  /// A platform v1 event (tests/fixtures/bird/platform/): `timestamp` first, as Bird's SDK serialises it.
  static void platform_event(random_source& r, std::string& out) {
    struct variant {
      const char* type;
      const char* code;  // nullptr: no error
      const char* description;
    };
    static constexpr variant variants[] = {
        {"sms.accepted", nullptr, nullptr},
        {"sms.sent", nullptr, nullptr},
        {"sms.delivered", nullptr, nullptr},
        {"sms.delivered", nullptr, nullptr},
        {"sms.undelivered", "unreachable", "Subscriber unreachable"},
        {"sms.failed", "invalid_destination", "Invalid destination number"},
        {"sms.failed", "blocked_by_carrier", "Carrier filtered as spam"},
        {"sms.expired", nullptr, nullptr},
    };
    const variant& v = r.pick(variants);
    const std::string at = r.time(2026);
    fmt::format_to(std::back_inserter(out),
                   R"({{"timestamp":"{}","type":"{}","data":{{"sms_id":"sms_{}","workspace_id":"ws_{}",)"
                   R"("to":"{}","from":"{}","carrier":"T-Mobile USA","mcc_mnc":"310260",)",
                   at, v.type, r.uuid(), r.uuid(), r.phone(), r.phone());
    if (v.code != nullptr) {
      fmt::format_to(std::back_inserter(out), R"("error":{{"code":"{}","description":"{}","occurred_at":"{}"}},)",
                     v.code, v.description, at);
    }
    fmt::format_to(std::back_inserter(out), R"("tags":["order-{}"],"metadata":{{"order_id":"A-{}"}}}}}})",
                   r.uniform(1000), r.uniform(100000));
  }

  /// A legacy Conversations webhook (tests/fixtures/bird/conversations/): `contact` first, as captured.
  static void conversations_webhook(random_source& r, std::string& out) {
    static constexpr const char* statuses[] = {"accepted", "pending", "sent",     "delivered",       "delivered",
                                               "read",     "failed",  "rejected", "delivery_failed", "expired"};
    const bool inbound = r.uniform(5) == 0;
    const std::string contact = r.uuid(), conversation = r.uuid(), channel = r.uuid(), phone = r.phone();
    const std::string created = r.time(2021);
    fmt::format_to(std::back_inserter(out),
                   R"({{"contact":{{"id":"{0}","msisdn":{1},"displayName":"{1}"}},)"
                   R"("conversation":{{"id":"{2}","contactId":"{0}","status":"active","lastUsedChannelId":"{3}"}},)"
                   R"("message":{{"id":"{4}","conversationId":"{2}","channelId":"{3}","platform":"sms",)"
                   R"("to":"{5}","from":"{6}","direction":"{7}","status":"{8}","type":"text",)"
                   R"("content":{{"text":"Your code is {9}"}},"createdDatetime":"{10}","updatedDatetime":"{10}"}},)"
                   R"("type":"{11}"}})",
                   contact, phone.substr(1), conversation, channel, r.uuid(), inbound ? "+15550001111" : phone,
                   inbound ? phone : "+15550001111", inbound ? "received" : "sent",
                   inbound ? "received" : r.pick(statuses), r.uniform(1000000), created,
                   inbound ? "message.created" : "message.updated");
  }

  static void channels_message(random_source& r, std::string& out) {
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
