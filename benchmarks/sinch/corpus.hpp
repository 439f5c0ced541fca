#ifndef TRIAGE_BENCHMARKS_SINCH_CORPUS_HPP
#define TRIAGE_BENCHMARKS_SINCH_CORPUS_HPP

// Sinch callbacks, one JSON object each. Of every 20 Sinch payloads:
//    9 SMS recipient_delivery_report_sms and 1 recipient_delivery_report_mms (per_recipient reports):
//      Delivered (6 in 10, code 0), Dispatched (401), Queued (400), Failed, Rejected, Aborted and Expired with
//      the codes of shared/reference/sinch_error_codes.csv; the code a string ("0") 1 time in 12, as in the
//      2021 docs example; CLX-era reports (recipient first, operator, status_message) 1 time in 5, their
//      batch_id moved before their type;
//    4 SMS batch reports (delivery_report_sms, 1 in 4 _mms): 1-4 statuses[] buckets of a batch's codes, one
//      callback per bucket; 1 in 4 is a `full` report, each bucket with its recipients;
//    2 SMS inbound messages: mo_text (with emoji escapes 1 time in 5), mo_binary (udh), mo_media (a body
//      object with subject, message and media[]);
//    3 Conversation API message_delivery_report (DELIVERED, QUEUED_ON_CHANNEL, READ, FAILED and
//      SWITCHING_CHANNEL with a reason {code, description, sub_code}, a WhatsApp channel_code 1 time in 4), the
//      2020 shape (a flat `channel`, "reason": "") 1 time in 8, and 1 in 10 an event_delivery_report;
//    1 Conversation inbound message (the `message` trigger, a contact_message triage does not read).
// Shapes follow tests/fixtures/sinch/ (the SDK vectors, the docs examples, the CLX fixtures). The SMS objects'
// keys are in the signed SDK vector's alphabetical order (`at` or `batch_id` or `body` first, `type` last) or
// CLX's (`recipient` first), never with `type` first (Bandwidth's floor claims a leading `type`); the
// Conversation callbacks start with `app_id`, as in Sinch's docs.

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct sinch_corpus {
  static constexpr std::string_view name = "sinch";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 8;

  struct report_code {
    const char* status;
    int code;
  };
  static constexpr report_code failures[] = {
      {"Failed", 150},  {"Failed", 153},  {"Failed", 153},   {"Failed", 11},   {"Failed", 102},  {"Failed", 201},
      {"Failed", 203},  {"Failed", 300},  {"Failed", 361},   {"Rejected", 61}, {"Rejected", 62}, {"Rejected", 413},
      {"Aborted", 402}, {"Aborted", 403}, {"Aborted", 406},  {"Aborted", 410}, {"Aborted", 412}, {"Expired", 406},
      {"Failed", 404},  {"Failed", 3001}, {"Rejected", 409}, {"Failed", 2004}, {"Failed", 3510},
  };

  static std::string ulid(random_source& r) {
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string id = "01J";
    for (int i = 0; i < 23; ++i) id += alphabet[r.uniform(32)];
    return id;
  }
  static std::string msisdn(random_source& r) { return r.phone().substr(1); }

  static report_code outcome(random_source& r) {
    const std::uint64_t s = r.uniform(10);
    if (s < 6) return {"Delivered", 0};
    if (s < 7) return {"Dispatched", 401};
    if (s < 8 && r.uniform(2) == 0) return {"Queued", 400};
    return r.pick(failures);
  }

  static std::string code(random_source& r, int code) {
    return r.uniform(12) == 0 ? fmt::format(R"("{}")", code) : std::to_string(code);
  }

  /// A per-recipient report: the signed SDK vector's key order, or CLX's.
  static void recipient_report(random_source& r, std::string& out) {
    const report_code c = outcome(r);
    const char* type = r.uniform(10) == 0 ? "recipient_delivery_report_mms" : "recipient_delivery_report_sms";
    const std::string at = r.time(2025);
    std::string operator_at = at.substr(0, 17) + "00Z";
    if (r.uniform(5) == 0) {  // CLX (tests/fixtures/sinch/clx_php_recipient_report_failed_11.json)
      fmt::format_to(std::back_inserter(out),
                     R"({{"recipient":"{}","batch_id":"{}","code":{},"status":"{}","at":"{}","type":"{}",)"
                     R"("operator_status_at":"{}","status_message":"{}","operator":"{}"}})",
                     msisdn(r), ulid(r).substr(0, 16), code(r, c.code), c.status, at, type, operator_at,
                     c.code == 0 ? "delivered" : "rejected by the operator", 31000 + r.uniform(1000));
      return;
    }
    fmt::format_to(std::back_inserter(out), R"({{"at":"{}","batch_id":"{}",)", at, ulid(r));
    if (r.uniform(2) == 0)
      fmt::format_to(std::back_inserter(out), R"("client_reference":"order-{}",)", r.uniform(1000000));
    fmt::format_to(std::back_inserter(out), R"("code":{},)", code(r, c.code));
    if (r.uniform(4) == 0) {
      fmt::format_to(std::back_inserter(out), R"("encoding":"{}","number_of_message_parts":{},)",
                     r.uniform(3) == 0 ? "UNICODE" : "GSM", 1 + r.uniform(3));
    }
    if (c.code != 400 && c.code < 402) {
      fmt::format_to(std::back_inserter(out), R"("operator":"{}","operator_status_at":"{}",)", 310000 + r.uniform(1000),
                     operator_at);
    }
    fmt::format_to(std::back_inserter(out), R"("recipient":"{}","status":"{}","type":"{}"}})", msisdn(r), c.status,
                   type);
  }

  /// A batch report of 1-4 buckets (a `full` one lists each bucket's recipients).
  static void batch_report(random_source& r, std::string& out) {
    const bool full = r.uniform(4) == 0;
    const char* type = r.uniform(4) == 0 ? "delivery_report_mms" : "delivery_report_sms";
    const std::uint64_t buckets = 1 + r.uniform(4);
    report_code codes[4] = {{"Delivered", 0}};
    for (std::uint64_t i = 1; i < buckets; ++i) {
      codes[i] = r.uniform(3) == 0 ? report_code{"Dispatched", 401} : r.pick(failures);
    }
    std::string statuses = "[";
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < buckets; ++i) {
      const std::uint64_t count = i == 0 ? 1 + r.uniform(40) : 1 + r.uniform(4);
      total += count;
      if (i != 0) statuses += ',';
      fmt::format_to(std::back_inserter(statuses), R"({{"code":{},"count":{},)", codes[i].code, count);
      if (full) {
        statuses += R"("recipients":[)";
        for (std::uint64_t k = 0; k < count; ++k) {
          if (k != 0) statuses += ',';
          fmt::format_to(std::back_inserter(statuses), R"("{}")", msisdn(r));
        }
        statuses += "],";
      }
      fmt::format_to(std::back_inserter(statuses), R"("status":"{}"}})", codes[i].status);
    }
    statuses += ']';
    if (r.uniform(3) == 0) {  // statuses first (tests/fixtures/sinch/constructed_full_report_mms.json)
      fmt::format_to(std::back_inserter(out),
                     R"({{"statuses":{},"batch_id":"{}","client_reference":"ref-{}","total_message_count":{},)"
                     R"("type":"{}"}})",
                     statuses, ulid(r), r.uniform(1000), total, type);
      return;
    }
    fmt::format_to(std::back_inserter(out), R"({{"batch_id":"{}",)", ulid(r));
    if (r.uniform(2) == 0)
      fmt::format_to(std::back_inserter(out), R"("client_reference":"order-{}",)", r.uniform(1000000));
    fmt::format_to(std::back_inserter(out), R"("statuses":{},"total_message_count":{},"type":"{}"}})", statuses, total,
                   type);
  }

  /// An inbound SMS or MMS, keys in alphabetical order (tests/fixtures/sinch/sdk_java_mo_media.json).
  static void inbound(random_source& r, std::string& out) {
    const std::uint64_t pick = r.uniform(10);
    const std::string received = r.time(2025);
    if (pick < 7) {
      static constexpr const char* texts[] = {"STOP", "Yes please", "What time do you open tomorrow?", "C",
                                              "Hello John! \\ud83d\\udc4b"};
      fmt::format_to(std::back_inserter(out), R"({{"body":"{}","from":"{}","id":"{}",)",
                     r.uniform(5) == 0 ? texts[4] : texts[r.uniform(4)], msisdn(r), ulid(r));
      if (r.uniform(3) == 0)
        fmt::format_to(std::back_inserter(out), R"("operator_id":"{}",)", 310000 + r.uniform(1000));
      fmt::format_to(std::back_inserter(out), R"("received_at":"{}","to":"{}","type":"mo_text"}})", received,
                     msisdn(r));
    } else if (pick < 8) {
      fmt::format_to(std::back_inserter(out),
                     R"({{"body":"SGVsbG8gV29ybGQh","from":"{}","id":"{}","received_at":"{}","to":"{}",)"
                     R"("type":"mo_binary","udh":"050003CC0201"}})",
                     msisdn(r), ulid(r), received, msisdn(r));
    } else {
      fmt::format_to(std::back_inserter(out),
                     R"({{"body":{{"subject":"Photo","message":"Here is the damage","media":[{{"url":)"
                     R"("https://mms.sinch.com/{}.jpg","content_type":"image/jpeg","status":"Uploaded","code":0}}]}},)"
                     R"("client_reference":"claim-{}","from":"+{}","id":"{}","operator_id":"{}","received_at":"{}",)"
                     R"("sent_at":"{}","to":"{}","type":"mo_media"}})",
                     ulid(r), r.uniform(100000), msisdn(r), ulid(r), 310000 + r.uniform(1000), received, r.time(2025),
                     msisdn(r));
    }
  }

  /// A Conversation API delivery report (tests/fixtures/sinch/docs_20*_conversation_*.json).
  static void conversation_report(random_source& r, std::string& out) {
    struct variant {
      const char* status;
      const char* code;  // nullptr: no reason
      const char* description;
    };
    static constexpr variant variants[] = {
        {"DELIVERED", nullptr, nullptr},
        {"DELIVERED", nullptr, nullptr},
        {"DELIVERED", nullptr, nullptr},
        {"QUEUED_ON_CHANNEL", nullptr, nullptr},
        {"QUEUED_ON_CHANNEL", nullptr, nullptr},
        {"READ", nullptr, nullptr},
        {"FAILED", "OUTSIDE_ALLOWED_SENDING_WINDOW",
         "The underlying channel reported: Message failed to send because more than 24 hours have passed since "
         "the customer last replied to this number"},
        {"FAILED", "RECIPIENT_NOT_OPTED_IN", "The recipient has not opted in"},
        {"FAILED", "RECIPIENT_INVALID_CHANNEL_IDENTITY", "The channel identity is invalid"},
        {"FAILED", "CHANNEL_FAILURE", "The underlying channel failed"},
        {"FAILED", "RATE_LIMITED", "Too many messages"},
        {"FAILED", "TEMPLATE_NOT_FOUND", "The template does not exist"},
        {"SWITCHING_CHANNEL", "RECIPIENT_NOT_REACHABLE", "no RCS"},
    };
    static constexpr const char* channels[] = {"WHATSAPP", "WHATSAPP", "SMS", "RCS", "MESSENGER", "VIBERBM"};
    const variant& v = r.pick(variants);
    const bool event = r.uniform(10) == 0;
    const std::string accepted = r.time(2025);
    if (!event && r.uniform(8) == 0) {  // the 2020 shape: a flat channel, "reason": ""
      fmt::format_to(std::back_inserter(out),
                     R"({{"app_id":"{}","accepted_time":"{}","message_delivery_report":{{"message_id":"{}",)"
                     R"("conversation_id":"{}","status":"{}","channel":"SMS","reason":"","metadata":""}}}})",
                     ulid(r), accepted, ulid(r), ulid(r), v.code == nullptr ? v.status : "DELIVERED");
      return;
    }
    const char* channel = r.pick(channels);
    fmt::format_to(std::back_inserter(out),
                   R"({{"app_id":"{}","accepted_time":"{}","event_time":"{}","project_id":"{}",)"
                   R"("{}":{{"{}":"{}","conversation_id":"{}","status":"{}",)"
                   R"("channel_identity":{{"channel":"{}","identity":"{}","app_id":""}},"contact_id":"{}",)",
                   ulid(r), accepted, accepted, r.uuid(), event ? "event_delivery_report" : "message_delivery_report",
                   event ? "event_id" : "message_id", ulid(r), ulid(r), v.status, channel, msisdn(r), ulid(r));
    if (v.code != nullptr) {
      fmt::format_to(std::back_inserter(out),
                     R"("reason":{{"code":"{}","description":"{}","sub_code":"UNSPECIFIED_SUB_CODE")", v.code,
                     v.description);
      if (std::string_view(channel) == "WHATSAPP" && r.uniform(4) == 0) out += R"(,"channel_code":"131047")";
      out += "},";
    }
    fmt::format_to(std::back_inserter(out), R"("metadata":"{}","processing_mode":"CONVERSATION"}})",
                   r.uniform(2) == 0 ? fmt::format("order-{}", r.uniform(100000)) : std::string());
    if (r.uniform(3) == 0) fmt::format_to(std::back_inserter(out), R"(,"correlation_id":"c-{}")", r.uniform(100000));
    out += '}';
  }

  /// A Conversation inbound message (MESSAGE_INBOUND).
  static void conversation_inbound(random_source& r, std::string& out) {
    const std::string accepted = r.time(2025);
    fmt::format_to(
        std::back_inserter(out),
        R"({{"app_id":"{}","accepted_time":"{}","event_time":"{}","project_id":"{}",)"
        R"("message":{{"id":"{}","direction":"TO_APP","channel_identity":{{"channel":"WHATSAPP",)"
        R"("identity":"{}","app_id":"{}"}},"contact_message":{{"text_message":{{"text":"Where is my order?"}}}},)"
        R"("conversation_id":"{}","contact_id":"{}","metadata":"","accept_time":"{}","sender_id":"",)"
        R"("processing_mode":"CONVERSATION","injected":false}},"message_metadata":""}})",
        ulid(r), accepted, accepted, r.uuid(), ulid(r), msisdn(r), ulid(r), ulid(r), ulid(r), accepted);
  }

  static void payload(random_source& r, std::string& out) {
    const std::uint64_t pick = r.uniform(20);
    if (pick < 10) return recipient_report(r, out);
    if (pick < 14) return batch_report(r, out);
    if (pick < 16) return inbound(r, out);
    if (pick < 19) return conversation_report(r, out);
    conversation_inbound(r, out);
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_SINCH_CORPUS_HPP
