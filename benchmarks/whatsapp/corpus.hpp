#ifndef TRIAGE_BENCHMARKS_WHATSAPP_CORPUS_HPP
#define TRIAGE_BENCHMARKS_WHATSAPP_CORPUS_HPP

// WhatsApp Cloud API `messages` webhooks, the {object, entry[{id, changes[{value, field}]}]} envelope Meta posts.
// Of every 40 WhatsApp payloads:
//  - 31 status webhooks: a value with 1 to 8 statuses[] (half of them 1; Meta batches), sent (with pricing, and
//    conversation with its expiration_timestamp), delivered, read, failed with errors[] of
//    shared/reference/whatsapp_error_codes.csv (code, title, message, error_data.details, href), group sends
//    (recipient_type, recipient_participant_id), biz_opaque_callback_data; 1 in 8 of them with two entries or two
//    changes;
//  - 7 inbound webhooks: contacts[] and 1 to 3 messages[] (text, image, document, audio, sticker, location with
//    numeric coordinates, reaction, quick-reply button, interactive button/list replies, replies with context,
//    Click to WhatsApp referrals, unsupported with its errors[]);
//  - 1 value-level errors[] (no callback: batch errors);
//  - 1 template status change (field message_template_status_update after its value: read, dropped, no callback).
// `object` comes first as Meta sends it, `entry` first in 1 of 10 (some senders put `object` last): both are keys
// only WhatsApp's payloads have. Shapes follow tests/fixtures/whatsapp/ and examples/corpus/whatsapp.ndjson.

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct whatsapp_corpus {
  static constexpr std::string_view name = "whatsapp";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 10;

  static std::string wamid(random_source& r) {
    return fmt::format("wamid.HBgL{:016X}{:016X}A", r.uniform(~std::uint64_t{0}), r.uniform(~std::uint64_t{0}));
  }
  static std::string wa_id(random_source& r) { return r.phone().substr(1); }
  static std::string unix_time(random_source& r) { return std::to_string(1750000000 + r.uniform(20000000)); }

  struct failure {
    int code;
    const char* title;
    const char* details;
  };
  static constexpr failure failures[] = {
      {131026, "Message undeliverable", "Message Undeliverable."},
      {131026, "Message undeliverable", "Message Undeliverable."},
      {131047, "Re-engagement message",
       "Message failed to send because more than 24 hours have passed since the customer last replied to this "
       "number."},
      {131049, "This message was not delivered to maintain healthy ecosystem engagement.",
       "In order to maintain a healthy ecosystem engagement, the message failed to be delivered."},
      {131049, "This message was not delivered to maintain healthy ecosystem engagement.",
       "In order to maintain a healthy ecosystem engagement, the message failed to be delivered."},
      {131050,
       "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on "
       "WhatsApp from your business",
       "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages."},
      {131000, "Something went wrong", "Message failed to send due to an unknown error."},
      {131053, "Media upload error", "Unable to upload the media used in the message."},
      {130472, "User's number is part of an experiment",
       "Failed to send message because this user's phone number "
       "is part of an experiment"},
      {131042, "Business eligibility payment issue",
       "Message failed to send because there were one or more errors related to your payment method."},
      {131048, "Spam rate limit hit",
       "Message failed to send because there are restrictions on how many messages can be sent from this phone "
       "number."},
      {131056, "(Business Account, Consumer Account) pair rate limit hit",
       "Message failed to send because too many messages were sent from this phone number to the same phone "
       "number in a short period of time."},
      {132001, "Template does not exist", "The template does not exist in the specified language."},
      {132015, "Template is Paused",
       "Template is paused due to low quality so it cannot be sent in a template "
       "message."},
      {130429, "Rate limit hit",
       "Message failed to send because there were too many messages sent from this phone number in a short period "
       "of time"},
  };

  static void error_object(random_source& r, std::string& out, const failure& f) {
    fmt::format_to(std::back_inserter(out),
                   R"({{"code":{},"title":"{}","message":"{}","error_data":{{"details":"{}"}},)"
                   R"("href":"/documentation/business-messaging/whatsapp/support/error-codes"}})",
                   f.code, f.title, f.title, f.details);
    (void)r;
  }

  static void status(random_source& r, std::string& out, const std::string& id, const std::string& recipient) {
    const std::uint64_t s = r.uniform(20);
    const char* status = s < 6 ? "sent" : s < 13 ? "delivered" : s < 18 ? "read" : "failed";
    const std::string_view st = status;
    fmt::format_to(std::back_inserter(out), R"({{"id":"{}","status":"{}","timestamp":"{}",)", id, status, unix_time(r));
    const bool group = r.uniform(25) == 0;
    if (group) {
      fmt::format_to(std::back_inserter(out),
                     R"("recipient_id":"{:032x}","recipient_type":"group","recipient_participant_id":"{}")",
                     r.uniform(~std::uint64_t{0}), recipient);
    } else {
      fmt::format_to(std::back_inserter(out), R"("recipient_id":"{}")", recipient);
    }
    if (r.uniform(5) == 0)
      fmt::format_to(std::back_inserter(out), R"(,"biz_opaque_callback_data":"campaign-{}")", r.uniform(100));
    if (st == "failed") {
      out += R"(,"errors":[)";
      error_object(r, out, r.pick(failures));
      out += "]";
    } else if (st != "read") {
      static constexpr const char* categories[] = {"marketing", "utility", "utility", "authentication", "service"};
      const char* category = r.pick(categories);
      if (st == "sent" && r.uniform(2) == 0) {
        fmt::format_to(std::back_inserter(out),
                       R"(,"conversation":{{"id":"{:032x}","expiration_timestamp":"{}","origin":{{"type":"{}"}}}})",
                       r.uniform(~std::uint64_t{0}), unix_time(r), category);
      }
      fmt::format_to(std::back_inserter(out),
                     R"(,"pricing":{{"billable":{},"pricing_model":"PMP","category":"{}","type":"{}"}})",
                     std::string_view(category) == "service" ? "false" : "true", category,
                     std::string_view(category) == "service" ? "free_customer_service" : "regular");
    }
    out.push_back('}');
  }

  static void metadata(random_source& r, std::string& out, std::uint64_t business) {
    (void)r;
    fmt::format_to(std::back_inserter(out),
                   R"("messaging_product":"whatsapp","metadata":{{"display_phone_number":"1555{:07}",)"
                   R"("phone_number_id":"{}"}})",
                   business, 106540352242922 + business);
  }

  /// A change of `field` messages with 1-8 statuses.
  static void status_change(random_source& r, std::string& out, std::uint64_t business) {
    const std::uint64_t n = r.uniform(2) == 0 ? 1 : r.uniform(4) != 0 ? 2 + r.uniform(3) : 5 + r.uniform(4);
    out += R"({"value":{)";
    metadata(r, out, business);
    out += R"(,"statuses":[)";
    std::string id = wamid(r), recipient = wa_id(r);
    for (std::uint64_t i = 0; i < n; ++i) {
      if (i != 0) out.push_back(',');
      // Often the next status of the same message (delivered then read), else another message.
      if (i != 0 && r.uniform(3) != 0) {
        id = wamid(r);
        recipient = wa_id(r);
      }
      status(r, out, id, recipient);
    }
    out += R"(]},"field":"messages"})";
  }

  static void message(random_source& r, std::string& out, const std::string& from) {
    const std::string id = wamid(r);
    fmt::format_to(std::back_inserter(out), R"({{"from":"{}","id":"{}","timestamp":"{}",)", from, id, unix_time(r));
    if (r.uniform(6) == 0)
      fmt::format_to(std::back_inserter(out), R"("context":{{"from":"1555{:07}","id":"{}"}},)", r.uniform(10000000),
                     wamid(r));
    switch (r.uniform(14)) {
      case 0:
      case 1:
      case 2:
      case 3:
      case 4: {
        static constexpr const char* texts[] = {"Hi, where is my order?", "STOP", "Thanks!",
                                                R"(Can I change the delivery address to \"Main St 4\"?)",
                                                "\\u00a1Hola! \\uD83D\\uDC4B"};
        fmt::format_to(std::back_inserter(out), R"("text":{{"body":"{}"}},"type":"text"}})", r.pick(texts));
        if (r.uniform(8) == 0) {
          out.pop_back();
          fmt::format_to(std::back_inserter(out),
                         R"(,"referral":{{"source_url":"https://fb.me/{:x}","source_id":"{}","source_type":"ad",)"
                         R"("body":"Summer sale","headline":"50% off","media_type":"image",)"
                         R"("image_url":"https://example.com/ad.jpg","ctwa_clid":"{:x}"}}}})",
                         r.uniform(~std::uint64_t{0}), r.uniform(1000000000000), r.uniform(~std::uint64_t{0}));
        }
        return;
      }
      case 5:
        fmt::format_to(std::back_inserter(out),
                       R"("type":"image","image":{{"caption":"receipt","mime_type":"image\/jpeg","sha256":"{:016x}=",)"
                       R"("id":"{}"}}}})",
                       r.uniform(~std::uint64_t{0}), 1000000000000000 + r.uniform(999999999999));
        return;
      case 6:
        fmt::format_to(std::back_inserter(out),
                       R"("type":"document","document":{{"filename":"invoice-{}.pdf","mime_type":"application\/pdf",)"
                       R"("sha256":"{:016x}=","id":"{}"}}}})",
                       r.uniform(100000), r.uniform(~std::uint64_t{0}), 1000000000000000 + r.uniform(999999999999));
        return;
      case 7:
        if (r.uniform(2) == 0) {
          fmt::format_to(std::back_inserter(out),
                         R"("type":"audio","audio":{{"mime_type":"audio\/ogg; codecs=opus","sha256":"{:016x}=",)"
                         R"("id":"{}","voice":true}}}})",
                         r.uniform(~std::uint64_t{0}), 1000000000000000 + r.uniform(999999999999));
        } else {
          fmt::format_to(std::back_inserter(out),
                         R"("type":"sticker","sticker":{{"mime_type":"image\/webp","sha256":"{:016x}=",)"
                         R"("id":"{}","animated":false}}}})",
                         r.uniform(~std::uint64_t{0}), 1000000000000000 + r.uniform(999999999999));
        }
        return;
      case 8:
        fmt::format_to(std::back_inserter(out),
                       R"("type":"location","location":{{"latitude":{}.{:06},"longitude":-{}.{:06},)"
                       R"("name":"Warehouse","address":"1 Hacker Way, Menlo Park, CA 94025"}}}})",
                       r.uniform(80), r.uniform(1000000), r.uniform(170), r.uniform(1000000));
        return;
      case 9:
        fmt::format_to(std::back_inserter(out),
                       R"("type":"reaction","reaction":{{"message_id":"{}","emoji":"\uD83D\uDC4D"}}}})", wamid(r));
        return;
      case 10: out += R"("type":"button","button":{"payload":"CONFIRM_ORDER","text":"Confirm"}})"; return;
      case 11:
        fmt::format_to(std::back_inserter(out),
                       R"("type":"interactive","interactive":{{"type":"button_reply","button_reply":)"
                       R"({{"id":"slot-{}","title":"Tomorrow 9am"}}}}}})",
                       r.uniform(100));
        return;
      case 12:
        out += R"("type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"size-m","title":)"
               R"("Medium","description":"Fits 38-40"}}})";
        return;
      default:
        out += R"("errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown",)"
               R"("error_data":{"details":"Message type is currently not supported."}}],"type":"unsupported"})";
        return;
    }
  }

  static void message_change(random_source& r, std::string& out, std::uint64_t business) {
    const std::uint64_t n = r.uniform(4) != 0 ? 1 : 2 + r.uniform(2);
    std::string senders[3] = {wa_id(r), wa_id(r), wa_id(r)};
    out += R"({"value":{)";
    metadata(r, out, business);
    out += R"(,"contacts":[)";
    static constexpr const char* names[] = {"Sheena Nelson", "Ana", "Bo", "Kofi Mensah"};
    for (std::uint64_t i = 0; i < n; ++i) {
      if (i != 0) out.push_back(',');
      fmt::format_to(std::back_inserter(out), R"({{"profile":{{"name":"{}"}},"wa_id":"{}"}})", r.pick(names),
                     senders[i]);
    }
    out += R"(],"messages":[)";
    for (std::uint64_t i = 0; i < n; ++i) {
      if (i != 0) out.push_back(',');
      message(r, out, senders[i]);
    }
    out += R"(]},"field":"messages"})";
  }

  static void value_errors_change(random_source& r, std::string& out, std::uint64_t business) {
    out += R"({"value":{)";
    metadata(r, out, business);
    out += R"(,"errors":[)";
    error_object(r, out, failures[sizeof(failures) / sizeof(failures[0]) - 1]);
    out += R"(]},"field":"messages"})";
  }

  static void template_change(random_source& r, std::string& out) {
    fmt::format_to(
        std::back_inserter(out),
        R"({{"value":{{"event":"APPROVED","message_template_id":{},"message_template_name":"order_update",)"
        R"("message_template_language":"en_US","reason":"NONE"}},"field":"message_template_status_update"}})",
        594425479261596 + r.uniform(1000000));
  }

  static void entry(random_source& r, std::string& out, std::uint64_t pick, std::uint64_t business) {
    fmt::format_to(std::back_inserter(out), R"({{"id":"{}","changes":[)", 102290129340398 + business);
    if (pick < 31) {
      status_change(r, out, business);
      if (r.uniform(16) == 0) {
        out.push_back(',');
        status_change(r, out, business);
      }
    } else if (pick < 38) {
      message_change(r, out, business);
    } else if (pick < 39) {
      value_errors_change(r, out, business);
    } else {
      template_change(r, out);
    }
    out += "]}";
  }

  static void payload(random_source& r, std::string& out) {
    const std::uint64_t pick = r.uniform(40);
    const bool entry_first = r.uniform(10) == 0;
    out += entry_first ? R"({"entry":[)" : R"({"object":"whatsapp_business_account","entry":[)";
    const std::uint64_t business = r.uniform(3);
    entry(r, out, pick, business);
    if (pick < 31 && r.uniform(16) == 0) {
      out.push_back(',');
      entry(r, out, pick, business + 3);
    }
    out += entry_first ? R"(],"object":"whatsapp_business_account"})" : "]}";
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_WHATSAPP_CORPUS_HPP
