#ifndef TRIAGE_BENCHMARKS_TELNYX_CORPUS_HPP
#define TRIAGE_BENCHMARKS_TELNYX_CORPUS_HPP

// Telnyx Messaging API v2 webhooks, {"data": {event_type, id, occurred_at, payload, record_type}, "meta":
// {attempt, delivered_to}}. Of every 20 Telnyx payloads:
//   10 message.finalized of one SMS recipient: delivered (6 in 10), delivery_failed, sending_failed and expired
//      with an errors[] item of a real code (shared/reference/telnyx_error_codes.csv: its title is the CSV's
//      name, the code a string as in the spec, a number 1 time in 8, a source.pointer to the recipient half
//      the time), delivery_unconfirmed without one;
//    4 message.sent (to[].status sent, queued or sending);
//    3 message.received (inbound: to[] with webhook_delivered, or the 2019 payloads' `to` as one string;
//      autoresponse_type on keyword replies, media and cc on MMS);
//    2 group MMS message.finalized, 2-4 recipients in to[], each with its own status, the failed ones named by
//      an error's source.pointer "/to/<i>/phone_number" (one callback per recipient);
//    1 RCS message (from with agent_id/agent_name, a `body` object), finalized delivered or message.read.
// One in 20 is the bare `data` object (event_type first, as Telnyx's spec writes its examples), the rest the
// envelope. Keys are in the alphabetical order of the SDK examples (tests/fixtures/telnyx/sdk_*), or in the
// constructed fixtures' order (id, record_type, direction first); `data` or `event_type` is the first key, which
// no earlier provider's floor claims. Amounts are strings ("0.0040"), a number 1 time in 6; cost is null 1 time
// in 4, as in the SDK examples.

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct telnyx_corpus {
  static constexpr std::string_view name = "telnyx";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 8;

  struct failure {
    const char* code;
    const char* title;
    const char* detail;
  };

  /// Codes from the reference CSV, by the status they come with.
  static constexpr failure delivery_failures[] = {
      {"40001", "Not routable", "The destination number is a landline or a non-routable wireless number."},
      {"40002", "Blocked as spam - temporary", "This is a temporary condition."},
      {"40003", "Blocked as spam - permanent", "The originating phone number is permanently blocked."},
      {"40004", "Rejected by destination", "The recipient server rejected the message."},
      {"40006", "Recipient server unavailable", "The recipient server is unavailable."},
      {"40008", "Undeliverable", "The recipient carrier did not accept the message."},
      {"40008", "Undeliverable", "The recipient carrier did not accept the message."},
      {"40012", "Invalid messaging destination number", "The destination number is invalid or deactivated."},
      {"40016", "T-Mobile 10DLC Sending Limit Reached", "The T-Mobile daily limit for the brand was reached."},
      {"40017", "AT&T 10DLC Spam Message Rejected", "AT&T rejected the message as spam."},
      {"40018", "AT&T 10DLC Sending Limit Reached", "The AT&T limit for the campaign was reached."},
      {"40300", "Blocked due to STOP message", "The recipient has opted out with STOP."},
  };
  static constexpr failure sending_failures[] = {
      {"40010", "Not 10DLC registered", "The sending number is not registered to a 10DLC campaign."},
      {"40011", "Too many requests", "The message was rejected for exceeding the rate limit."},
      {"40305", "Invalid 'from' address", "The from address is not a number on your account."},
      {"40310", "Invalid 'to' address", "The to address is not a valid number."},
      {"40318", "Message queue full", "The message queue of the sending number is full."},
      {"40329", "Tollfree number is not verified", "The toll-free number has not been verified."},
      {"40333", "Messaging profile spend limit reached", "The daily spend limit of the profile was reached."},
      {"10007", "Unexpected error", "An unexpected error occurred."},
  };
  static constexpr failure expiries[] = {
      {"40005", "Message expired during transmission", "The message expired before it reached the carrier."},
      {"40014", "Message expired in queue", "The message expired in the queue, and you were not billed."},
  };

  static constexpr const char* carriers[] = {"T-MOBILE USA, INC.", "Verizon Wireless", "AT&T Wireless", "US Cellular",
                                             "Telnyx"};

  /// The times of one message: received by Telnyx, sent on, completed a few seconds later, valid an hour.
  struct times {
    std::string received, sent, completed, valid_until;
    explicit times(random_source& r) {
      const std::uint64_t month = 1 + r.uniform(12), day = 1 + r.uniform(28), hour = r.uniform(23);
      const std::uint64_t ms = (r.uniform(55) * 60 + r.uniform(60)) * 1000 + r.uniform(1000);
      const std::uint64_t sent_ms = ms + 200 + r.uniform(800), completed_ms = sent_ms + 1000 + r.uniform(5000);
      auto at = [&](std::uint64_t h, std::uint64_t t) {
        return fmt::format("2026-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}+00:00", month, day, h, t / 60000, t / 1000 % 60,
                           t % 1000);
      };
      received = at(hour, ms);
      sent = at(hour, sent_ms);
      completed = at(hour, completed_ms);
      valid_until = at(hour + 1, ms);
    }
  };

  static std::string amount(random_source& r, std::uint64_t thousandths) {
    if (r.uniform(6) == 0) return fmt::format("0.{:04}", thousandths);
    return fmt::format(R"("0.{:04}")", thousandths);
  }

  static void money(random_source& r, std::string& out, std::uint64_t thousandths) {
    fmt::format_to(std::back_inserter(out), R"({{"amount":{},"currency":"USD"}})", amount(r, thousandths));
  }

  static void party(random_source& r, std::string& out, const std::string& number, const char* status) {
    fmt::format_to(std::back_inserter(out), R"({{"carrier":"{}","line_type":"Wireless","phone_number":"{}")",
                   r.pick(carriers), number);
    if (status != nullptr) fmt::format_to(std::back_inserter(out), R"(,"status":"{}")", status);
    out += '}';
  }

  static void error(random_source& r, std::string& out, const failure& f, int recipient) {
    const bool number = r.uniform(8) == 0;
    fmt::format_to(std::back_inserter(out), R"({{"code":{}{}{},"detail":"{}",)", number ? "" : "\"", f.code,
                   number ? "" : "\"", f.detail);
    if (r.uniform(4) == 0) {
      fmt::format_to(std::back_inserter(out), R"("meta":{{"url":"https://developers.telnyx.com/api/errors/{}"}},)",
                     f.code);
    }
    if (recipient >= 0) {
      fmt::format_to(std::back_inserter(out), R"("source":{{"pointer":"/to/{}/phone_number"}},)", recipient);
    }
    fmt::format_to(std::back_inserter(out), R"("title":"{}"}})", f.title);
  }

  /// What the payload is about: its event type, recipients, errors and message type.
  struct message_spec {
    const char* event_type;
    bool inbound = false;
    bool group = false;
    bool rcs = false;
    int recipients = 1;
    const char* statuses[4] = {};
    const failure* failures[4] = {};
  };

  /// The payload object of one message event.
  static void payload(random_source& r, std::string& out, const message_spec& m, const times& at) {
    const std::string id = r.uuid();
    const std::string from = r.phone();
    const std::string &received = at.received, &sent = at.sent, &completed = at.completed, &valid = at.valid_until;
    const bool finalized =
        std::string_view(m.event_type) == "message.finalized" || std::string_view(m.event_type) == "message.read";
    const char* type = m.rcs ? "RCS" : m.group ? "MMS" : r.uniform(10) == 0 ? "MMS" : "SMS";
    const std::uint64_t parts = 1 + (r.uniform(5) == 0 ? r.uniform(3) : 0);
    const bool constructed_order = r.uniform(3) == 0;

    auto recipients = [&] {
      if (m.inbound && r.uniform(3) == 0) {  // 2019 payloads: the number alone
        fmt::format_to(std::back_inserter(out), R"("to":"{}")", r.phone());
        return;
      }
      out += R"("to":[)";
      for (int i = 0; i < m.recipients; ++i) {
        if (i != 0) out += ',';
        party(r, out, r.phone(), m.statuses[i]);
      }
      out += ']';
    };
    auto errors = [&] {
      out += R"("errors":[)";
      bool first = true;
      for (int i = 0; i < m.recipients; ++i) {
        if (m.failures[i] == nullptr) continue;
        if (!first) out += ',';
        first = false;
        // A group names its recipient; a single send does half the time.
        error(r, out, *m.failures[i], m.group || r.uniform(2) == 0 ? i : -1);
      }
      out += ']';
    };
    auto sender = [&] {
      if (m.rcs) {
        fmt::format_to(std::back_inserter(out), R"("from":{{"agent_id":"acme_agent_{}","agent_name":"Acme"}})",
                       r.uniform(10));
      } else {
        out += R"("from":)";
        party(r, out, from, nullptr);
      }
    };
    auto text = [&] {
      if (m.rcs) {
        fmt::format_to(std::back_inserter(out),
                       R"("body":{{"text":"Your order {} is out for delivery","suggestions":[{{"reply":)"
                       R"({{"text":"Track","postback_data":"track"}}}}]}})",
                       r.uniform(100000));
      } else if (m.inbound) {
        static constexpr const char* replies[] = {"STOP", "Yes", "What time is my appointment?", "HELP", "Thanks!"};
        fmt::format_to(std::back_inserter(out), R"("text":"{}")", r.pick(replies));
      } else {
        fmt::format_to(std::back_inserter(out),
                       R"("text":"Your verification code is {:06}. It expires in 10 minutes.")", r.uniform(1000000));
      }
    };
    auto cost = [&] {
      if (m.inbound || r.uniform(4) == 0) {
        out += R"("cost":null)";
        return;
      }
      const std::uint64_t rate = 40 + r.uniform(20);
      out += R"("cost":)";
      money(r, out, rate * parts + 30);
      out += R"(,"cost_breakdown":{"carrier_fee":)";
      money(r, out, 30);
      out += R"(,"rate":)";
      money(r, out, rate * parts);
      out += '}';
    };

    if (constructed_order) {
      fmt::format_to(std::back_inserter(out), R"({{"id":"{}","record_type":"message","direction":"{}","type":"{}",)",
                     id, m.inbound ? "inbound" : "outbound", type);
      if (m.group) fmt::format_to(std::back_inserter(out), R"("group_message_id":"{}",)", r.uuid());
      sender();
      out += ',';
      recipients();
      if (m.group) out += R"(,"cc":[])";
      out += ',';
      text();
      if (type[0] == 'M') out += R"(,"media":[{"url":"https://example.com/a.jpg","content_type":"image/jpeg"}])";
      fmt::format_to(std::back_inserter(out), R"(,"encoding":"GSM-7","parts":{},)", parts);
      cost();
      out += ',';
      errors();
      fmt::format_to(std::back_inserter(out), R"(,"received_at":"{}","sent_at":"{}","completed_at":{},)", received,
                     sent, finalized ? '"' + completed + '"' : "null");
      fmt::format_to(std::back_inserter(out),
                     R"("valid_until":null,"webhook_url":"https://example.com/webhooks/telnyx",)"
                     R"("webhook_failover_url":null}})");
      return;
    }
    // The SDK examples' order: alphabetical.
    out += '{';
    if (m.inbound && r.uniform(4) == 0) out += R"("autoresponse_type":"STOP",)";
    if (m.rcs) {
      text();
      out += ',';
    }
    if (m.inbound && type[0] == 'M') out += R"("cc":[],)";
    fmt::format_to(std::back_inserter(out), R"("completed_at":{},)", finalized ? '"' + completed + '"' : "null");
    cost();
    fmt::format_to(std::back_inserter(out), R"(,"direction":"{}","encoding":"GSM-7",)",
                   m.inbound ? "inbound" : "outbound");
    errors();
    out += ',';
    sender();
    if (m.group) fmt::format_to(std::back_inserter(out), R"(,"group_message_id":"{}")", r.uuid());
    fmt::format_to(std::back_inserter(out), R"(,"id":"{}",)", id);
    if (m.inbound) out += R"("is_spam":false,)";
    out += type[0] == 'M' ? R"("media":[{"url":"https://example.com/a.jpg","content_type":"image/jpeg",)"
                            R"("sha256":null,"size":48213}],)"
                          : R"("media":[],)";
    fmt::format_to(std::back_inserter(out),
                   R"("messaging_profile_id":"83d2343b-553f-4c5f-b8c8-fd27004f94bf",)"
                   R"("organization_id":"9d76d591-1b7d-405d-8c64-1320ee070245","parts":{},)"
                   R"("received_at":"{}","record_type":"message","sent_at":{},)",
                   parts, received, m.inbound ? "null" : '"' + sent + '"');
    if (!m.inbound && r.uniform(3) == 0) {
      out += R"("smart_encoding_applied":false,)";
    }
    fmt::format_to(std::back_inserter(out), R"("tags":[{}],)", r.uniform(3) == 0 ? R"("campaign-7")" : "");
    if (!m.inbound && r.uniform(2) == 0) out += R"("tcr_campaign_id":"CABC123",)";
    if (!m.rcs) {
      text();
      out += ',';
    }
    recipients();
    fmt::format_to(std::back_inserter(out), R"(,"type":"{}","valid_until":{},)", type,
                   m.inbound ? "null" : '"' + valid + '"');
    if (!m.inbound && r.uniform(4) == 0) out += R"("wait_seconds":0,)";
    out += R"("webhook_failover_url":"","webhook_url":"https://example.com/webhooks/telnyx"})";
  }

  /// The event: the envelope, or (1 in 20) the bare data object.
  static void event(random_source& r, std::string& out, const message_spec& m) {
    const bool bare = r.uniform(20) == 0;
    const std::string event_id = r.uuid();
    const times at(r);
    const std::string& occurred = m.inbound                                          ? at.received
                                  : std::string_view(m.event_type) == "message.sent" ? at.sent
                                                                                     : at.completed;
    if (bare) {
      fmt::format_to(std::back_inserter(out), R"({{"event_type":"{}","id":"{}","occurred_at":"{}","payload":)",
                     m.event_type, event_id, occurred);
      payload(r, out, m, at);
      out += R"(,"record_type":"event"})";
      return;
    }
    fmt::format_to(std::back_inserter(out), R"({{"data":{{"event_type":"{}","id":"{}","occurred_at":"{}","payload":)",
                   m.event_type, event_id, occurred);
    payload(r, out, m, at);
    fmt::format_to(
        std::back_inserter(out),
        R"(,"record_type":"event"}},"meta":{{"attempt":{},"delivered_to":"https://example.com/webhooks/telnyx"}}}})",
        r.uniform(10) == 0 ? 2 : 1);
  }

  static void payload(random_source& r, std::string& out) {
    const std::uint64_t pick = r.uniform(20);
    message_spec m{};
    if (pick < 10) {
      m.event_type = "message.finalized";
      const std::uint64_t s = r.uniform(10);
      if (s < 6) {
        m.statuses[0] = "delivered";
      } else if (s < 7) {
        m.statuses[0] = "delivery_failed";
        m.failures[0] = &r.pick(delivery_failures);
      } else if (s < 8) {
        m.statuses[0] = "sending_failed";
        m.failures[0] = &r.pick(sending_failures);
      } else if (s < 9) {
        m.statuses[0] = "expired";
        m.failures[0] = &r.pick(expiries);
      } else {
        m.statuses[0] = "delivery_unconfirmed";
      }
    } else if (pick < 14) {
      static constexpr const char* sent[] = {"sent", "sent", "sent", "queued", "sending"};
      m.event_type = "message.sent";
      m.statuses[0] = r.pick(sent);
    } else if (pick < 17) {
      m.event_type = "message.received";
      m.inbound = true;
      m.statuses[0] = "webhook_delivered";
    } else if (pick < 19) {
      static constexpr const char* group[] = {"delivered", "delivered", "unknown", "delivery_failed"};
      m.event_type = "message.finalized";
      m.group = true;
      m.recipients = 2 + static_cast<int>(r.uniform(3));
      for (int i = 0; i < m.recipients; ++i) {
        m.statuses[i] = r.pick(group);
        if (std::string_view(m.statuses[i]) == "delivery_failed") m.failures[i] = &r.pick(delivery_failures);
      }
    } else {
      const bool read = r.uniform(2) == 0;
      m.event_type = read ? "message.read" : "message.finalized";
      m.rcs = true;
      m.statuses[0] = read ? "read" : "delivered";
    }
    event(r, out, m);
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_TELNYX_CORPUS_HPP
