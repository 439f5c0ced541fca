#ifndef TRIAGE_BENCHMARKS_VONAGE_CORPUS_HPP
#define TRIAGE_BENCHMARKS_VONAGE_CORPUS_HPP

// Vonage's two callback systems. Of every 20 Vonage payloads:
//  - 11 SMS API delivery receipts, in the three encodings an account can choose (4 GET query strings with their
//    leading '?', 3 POST forms, 4 POST JSON): every DLR status (mostly delivered; accepted, buffered, expired,
//    failed, rejected, unknown), failures with err-codes of shared/reference/vonage_error_codes.csv, network-code
//    absent on some failures or "US-TOLL-FREE", scts absent on failures, signed receipts (timestamp, nonce, sig;
//    a numeric JSON timestamp as in the .NET fixture), client-ref, 16-hex and UUID message ids;
//  - 2 SMS API inbound messages (query, form or JSON): text, unicode, concatenated parts, binary (data + udh);
//  - 6 Messages API status webhooks: submitted, delivered, read, rejected and undeliverable per channel (sms with
//    usage, destination and sms.count_total; mms; whatsapp with its conversation/pricing object and profile; rcs;
//    messenger; viber_service), errors with `title` as an integer or a string and the code after '#' in `type`,
//    failover workflows in both key spellings, 1 in 20 of them the v0.1 beta's to/from objects with
//    error{code, reason}, 1 in 40 the doubled error{error{...}} of the Kotlin SDK test;
//  - 1 Messages API inbound message (text or image, WhatsApp profile and context, or SMS with origin and sms{}).
// Shapes follow tests/fixtures/vonage/ (the PHP SDK's captured requests, the .NET SDK's webhooks, the doc DLR)
// and shared/reference/vonage.md §3. Each JSON payload starts with a key the floor claims for Vonage and no
// earlier provider claims (msisdn, err-code, api-key or message_uuid: Bandwidth claims a leading `type`, Bird a
// leading `timestamp`).

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct vonage_corpus {
  static constexpr std::string_view name = "vonage";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 8;

  enum class encoding { query, form, json };

  /// One parameter of a flat SMS API callback, in the payload's encoding (values need no JSON escape; in a
  /// form or query, spaces and ':' are escaped as the SDK captures show).
  struct flat {
    encoding enc;
    std::string& out;
    bool first = true;

    void open() {
      if (enc == encoding::json) out.push_back('{');
      if (enc == encoding::query) out.push_back('?');
    }
    void add(std::string_view key, std::string_view value, bool json_number = false) {
      if (!first) out.push_back(enc == encoding::json ? ',' : '&');
      first = false;
      if (enc == encoding::json) {
        if (json_number) {
          fmt::format_to(std::back_inserter(out), R"("{}":{})", key, value);
        } else {
          fmt::format_to(std::back_inserter(out), R"("{}":"{}")", key, value);
        }
        return;
      }
      out += key;
      out.push_back('=');
      for (char c : value) {
        if (c == ' ') {
          out += enc == encoding::query && (value.size() & 1) ? "%20" : "+";
        } else if (c == ':') {
          out += "%3A";
        } else if (c == ',') {
          out += "%2C";
        } else if (c == '!') {
          out += "%21";
        } else {
          out.push_back(c);
        }
      }
    }
    void close() {
      if (enc == encoding::json) out.push_back('}');
    }
  };

  static std::string hex_id(random_source& r) { return fmt::format("{:016X}", r.uniform(~std::uint64_t{0})); }
  static std::string msisdn(random_source& r) { return r.phone().substr(1); }
  static std::string sms_time(random_source& r) {
    return fmt::format("2025-{:02}-{:02} {:02}:{:02}:{:02}", 1 + r.uniform(12), 1 + r.uniform(28), r.uniform(24),
                       r.uniform(60), r.uniform(60));
  }
  static encoding pick_encoding(random_source& r) {
    const std::uint64_t e = r.uniform(11);
    return e < 4 ? encoding::query : e < 7 ? encoding::form : encoding::json;
  }

  static void delivery_receipt(random_source& r, std::string& out) {
    struct variant {
      const char* status;
      const char* err;  // nullptr: no err-code
    };
    static constexpr variant variants[] = {
        {"delivered", "0"}, {"delivered", "0"},    {"delivered", "0"}, {"delivered", "0"},    {"delivered", "0"},
        {"delivered", "0"}, {"delivered", "0"},    {"delivered", "0"}, {"delivered", "0"},    {"delivered", "0"},
        {"accepted", "0"},  {"accepted", nullptr}, {"buffered", "0"},  {"buffered", nullptr}, {"expired", "0"},
        {"expired", "1"},   {"failed", "1"},       {"failed", "2"},    {"failed", "3"},       {"failed", "4"},
        {"failed", "5"},    {"failed", "7"},       {"failed", "8"},    {"failed", "12"},      {"failed", "13"},
        {"failed", "15"},   {"failed", "16"},      {"failed", "99"},   {"rejected", "6"},     {"rejected", "9"},
        {"rejected", "10"}, {"rejected", "11"},    {"rejected", "14"}, {"rejected", "50"},    {"rejected", "51"},
        {"rejected", "52"}, {"rejected", "53"},    {"rejected", "54"}, {"unknown", "1"},
    };
    const variant& v = r.pick(variants);
    const encoding enc = pick_encoding(r);
    const bool failure = v.err != nullptr && std::string_view(v.err) != "0";
    const bool signed_receipt = r.uniform(5) == 0;
    const std::string id = r.uniform(8) == 0 ? r.uuid() : hex_id(r);
    static constexpr const char* senders[] = {"AcmeInc", "Vonage", "NEXMOTEST", "Nexmo CLI", "18005550199"};
    static constexpr const char* networks[] = {"23410", "310004", "311480", "26201", "20801", "US-TOLL-FREE"};
    flat f{enc, out};
    f.open();
    // The doc's JSON receipt starts with err-code, the PHP SDK's captures with msisdn.
    const bool err_first = v.err != nullptr && r.uniform(2) == 0;
    if (err_first) f.add("err-code", v.err);
    f.add("msisdn", msisdn(r));
    f.add("to", r.pick(senders));
    if (!(failure && r.uniform(3) == 0)) f.add("network-code", r.pick(networks));
    f.add("messageId", id);
    f.add("price", failure ? "0.00000000" : r.uniform(2) == 0 ? "0.03330000" : "0.00845000");
    f.add("status", v.status);
    if (!failure) {
      f.add("scts",
            fmt::format("25{:02}{:02}{:02}{:02}", 1 + r.uniform(12), 1 + r.uniform(28), r.uniform(24), r.uniform(60)));
    }
    if (v.err != nullptr && !err_first) f.add("err-code", v.err);
    f.add("api-key", "a1234567");
    if (r.uniform(3) == 0) f.add("client-ref", fmt::format("order-{}", r.uniform(1000000)));
    f.add("message-timestamp", sms_time(r));
    if (signed_receipt) {
      f.add("timestamp", std::to_string(1735689600 + r.uniform(31536000)), enc == encoding::json && r.uniform(2) == 0);
      f.add("nonce", r.uuid());
      f.add("sig", fmt::format("{:016X}{:016X}", r.uniform(~std::uint64_t{0}), r.uniform(~std::uint64_t{0})));
    }
    f.close();
  }

  static void inbound_sms(random_source& r, std::string& out) {
    const encoding enc = pick_encoding(r);
    flat f{enc, out};
    f.open();
    if (enc == encoding::json) f.add("api-key", "a1234567");
    f.add("msisdn", msisdn(r));
    f.add("to", msisdn(r));
    f.add("messageId", fmt::format("{:016X}", r.uniform(~std::uint64_t{0})));
    const std::uint64_t kind = r.uniform(10);
    if (kind < 1) {
      f.add("text", "Binary message");
      f.add("type", "binary");
      f.add("keyword", "BINARY");
      f.add("data", "EA0601AE02056A0045C60C037761702E6F7A656B692E6875000801034F7A656B69000101");
      f.add("udh", "0605040B8423F0");
    } else if (kind < 3) {
      const std::uint64_t total = 2 + r.uniform(3);
      f.add("concat", "true");
      f.add("concat-ref", std::to_string(r.uniform(256)));
      f.add("concat-total", std::to_string(total));
      f.add("concat-part", std::to_string(1 + r.uniform(total)));
      f.add("text", "part of a longer message about the order, which did not fit in one SMS, please call back");
      f.add("type", "text");
      f.add("keyword", "PART");
    } else {
      static constexpr const char* texts[] = {"STOP", "Yes please", "HELP", "Confirm order 4471", "Gracias!"};
      const char* text = r.pick(texts);
      f.add("text", text);
      f.add("type", r.uniform(6) == 0 ? "unicode" : "text");
      std::string keyword(text, std::string_view(text).find_first_of(" !") == std::string_view::npos
                                    ? std::string_view(text).size()
                                    : std::string_view(text).find_first_of(" !"));
      for (char& c : keyword) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      f.add("keyword", keyword);
    }
    if (enc != encoding::json) f.add("api-key", "a1234567");
    f.add("message-timestamp", sms_time(r));
    if (r.uniform(4) == 0) {
      f.add("timestamp", std::to_string(1735689600 + r.uniform(31536000)));
      f.add("nonce", r.uuid());
      f.add("sig", fmt::format("{:016X}{:016X}", r.uniform(~std::uint64_t{0}), r.uniform(~std::uint64_t{0})));
    }
    f.close();
  }

  /// An error object of the Messages API v1: title an integer or a string, the code after '#' in type.
  static void message_error(random_source& r, std::string& out, int code, const char* detail) {
    const bool olympus = r.uniform(3) == 0;
    const std::string title = r.uniform(2) == 0 ? std::to_string(code) : fmt::format(R"("{}")", code);
    fmt::format_to(std::back_inserter(out),
                   R"("error":{{"type":"https://developer.{}/api-errors/messages{}#{}","title":{},"detail":"{}",)"
                   R"("instance":"{:016x}{:016x}"}})",
                   olympus ? "nexmo.com" : "vonage.com", olympus ? "-olympus" : "", code, title, detail,
                   r.uniform(~std::uint64_t{0}), r.uniform(~std::uint64_t{0}));
  }

  static void message_status(random_source& r, std::string& out) {
    struct failure {
      int code;
      const char* detail;
    };
    static constexpr failure failures[] = {
        {1000, "Throttled - You have exceeded the submission capacity allowed on this account. Please wait and retry"},
        {1020, "Invalid params - The value of one or more parameters is invalid"},
        {1050, "Number barred - The number you are trying to send to is blacklisted"},
        {1100, "Communication Failed - Message was not submitted due to a verification failure"},
        {1180, "Absent Subscriber Temporary - This message was not delivered because the number is unavailable"},
        {1190, "Absent Subscriber Permanent - The number is no longer active"},
        {1220, "Handset Busy - The handset was busy"},
        {1230, "Network Error - An error occurred on the network"},
        {1240, "Illegal Number - The number is invalid"},
        {1250, "Unroutable - The message could not be routed"},
        {1260, "Destination unreachable - The message could not be delivered"},
        {1300, "Not part of the provider network"},
        {1310, "Not suitable device - The device cannot receive this message"},
        {1330, "Unknown - An unknown error was received from the carrier"},
        {1331, "Provider error - The provider returned an error"},
        {1340, "Outside of the allowed window - The 24-hour customer care window has closed"},
        {1360, "TTL was activated - The message was not delivered within its time to live"},
    };
    static constexpr const char* channels[] = {"sms",      "sms", "sms", "sms",       "whatsapp",     "whatsapp",
                                               "whatsapp", "mms", "rcs", "messenger", "viber_service"};
    const std::string_view channel = r.pick(channels);
    const bool ott = channel != "sms" && channel != "mms";
    // Statuses: SMS/MMS end in delivered or rejected; OTT channels add read.
    const std::uint64_t s = r.uniform(20);
    const char* status = s < 6    ? "submitted"
                         : s < 13 ? "delivered"
                         : s < 17 ? (ott ? "read" : "delivered")
                         : s < 19 ? "rejected"
                                  : "undeliverable";
    const std::string_view st = status;
    const bool error = st == "rejected" || st == "undeliverable" || (st == "submitted" && r.uniform(10) == 0);
    if (r.uniform(20) == 0) {
      // The v0.1 beta: to/from objects, no channel, error{code, reason}.
      fmt::format_to(std::back_inserter(out),
                     R"({{"message_uuid":"{}","to":{{"type":"{}","number":"{}"}},"from":{{"type":"{}","number":"{}"}},)"
                     R"("timestamp":"{}","status":"{}")",
                     r.uuid(), channel, msisdn(r), channel, msisdn(r), r.time(2019), status);
      if (error) {
        const failure& f = r.pick(failures);
        fmt::format_to(std::back_inserter(out), R"(,"error":{{"code":{},"reason":"{}"}})", f.code, f.detail);
      }
      out.push_back('}');
      return;
    }
    fmt::format_to(std::back_inserter(out), R"({{"message_uuid":"{}","to":"{}","from":"{}","timestamp":"{}",)",
                   r.uuid(),
                   channel == "messenger" ? std::to_string(1000000000000000 + r.uniform(999999999)) : msisdn(r),
                   channel == "sms" || channel == "mms" ? "AcmeInc" : msisdn(r), r.time(2025));
    fmt::format_to(std::back_inserter(out), R"("status":"{}","channel":"{}")", status, channel);
    if (error) {
      out.push_back(',');
      const failure& f = r.pick(failures);
      if (r.uniform(40) == 0) {
        fmt::format_to(std::back_inserter(out),
                       R"("error":{{"error":{{"type":"https://developer.vonage.com/api-errors/messages#{}",)"
                       R"("title":"{}"}}}})",
                       f.code, f.code);
      } else {
        message_error(r, out, f.code, f.detail);
      }
    }
    if (r.uniform(3) == 0) fmt::format_to(std::back_inserter(out), R"(,"client_ref":"order-{}")", r.uniform(1000000));
    if (channel == "sms") {
      if (st == "submitted" || r.uniform(3) == 0) {
        fmt::format_to(std::back_inserter(out), R"(,"usage":{{"currency":"EUR","price":"0.0{}"}})",
                       100 + r.uniform(900));
      }
      fmt::format_to(std::back_inserter(out), R"(,"destination":{{"network_code":"{}"}},"sms":{{"count_total":"{}"}})",
                     r.uniform(2) == 0 ? "23410" : "310004", 1 + r.uniform(3));
    } else if (channel == "whatsapp") {
      if (st != "read") {
        fmt::format_to(std::back_inserter(out),
                       R"(,"whatsapp":{{"pricing":{{"type":"regular","pricing_model":"PMP","category":"{}"}},)"
                       R"("conversation":{{"id":"{:032x}","origin":{{"type":"{}"}}}}}})",
                       r.uniform(2) == 0 ? "marketing" : "utility", r.uniform(~std::uint64_t{0}),
                       r.uniform(2) == 0 ? "marketing" : "utility");
      }
      if (st == "delivered") {
        fmt::format_to(std::back_inserter(out), R"(,"usage":{{"currency":"EUR","price":"0.0{}"}})",
                       100 + r.uniform(900));
      }
      if (r.uniform(4) == 0) out += R"(,"profile":{"name":"Jane Smith"})";
    }
    if (r.uniform(25) == 0) {
      if (r.uniform(2) == 0) {
        fmt::format_to(std::back_inserter(out),
                       R"(,"workflow":{{"workflow_id":"{:016x}","items_number":"1",)"
                       R"("items_total":"2"}})",
                       r.uniform(~std::uint64_t{0}));
      } else {
        fmt::format_to(std::back_inserter(out), R"(,"workflow":{{"id":"{:016x}","item_number":"2","total_items":"2"}})",
                       r.uniform(~std::uint64_t{0}));
      }
    }
    out.push_back('}');
  }

  static void inbound_message(random_source& r, std::string& out) {
    const bool whatsapp = r.uniform(3) != 0;
    fmt::format_to(std::back_inserter(out), R"({{"message_uuid":"{}","to":"{}","from":"{}","timestamp":"{}",)",
                   r.uuid(), msisdn(r), msisdn(r), r.time(2025));
    if (whatsapp) {
      out += R"("channel":"whatsapp","profile":{"name":"Jane Smith"},)";
      if (r.uniform(3) == 0) {
        fmt::format_to(std::back_inserter(out),
                       R"("context_status":"available","context":{{"message_uuid":"{}","message_from":"{}"}},)",
                       r.uuid(), msisdn(r));
      }
      if (r.uniform(3) == 0) {
        fmt::format_to(std::back_inserter(out),
                       R"("message_type":"image","image":{{"url":"https://api-eu.vonage.com/v3/media/{}",)"
                       R"("caption":"receipt"}})",
                       r.uuid());
      } else {
        out += R"("message_type":"text","text":"Is my order on its way?")";
      }
      if (r.uniform(2) == 0) {
        fmt::format_to(std::back_inserter(out), R"(,"whatsapp":{{"referral":{{"source_id":"{}","source_type":"ad"}}}})",
                       r.uniform(1000000000));
      }
      out += R"(,"provider_message":"string"})";
      return;
    }
    fmt::format_to(std::back_inserter(out),
                   R"("channel":"sms","message_type":"text","text":"YES I confirm","origin":{{"network_code":"{}"}},)"
                   R"("sms":{{"num_messages":"1","keyword":"YES"}},"usage":{{"currency":"EUR","price":"0.0057"}}}})",
                   r.uniform(2) == 0 ? "23410" : "310004");
  }

  static void payload(random_source& r, std::string& out) {
    const std::uint64_t pick = r.uniform(20);
    if (pick < 11) return delivery_receipt(r, out);
    if (pick < 13) return inbound_sms(r, out);
    if (pick < 19) return message_status(r, out);
    inbound_message(r, out);
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_VONAGE_CORPUS_HPP
