#ifndef TRIAGE_BENCHMARKS_TWILIO_CORPUS_HPP
#define TRIAGE_BENCHMARKS_TWILIO_CORPUS_HPP

// Twilio webhooks as the form bodies Twilio posts: status callbacks of every status (with their error codes,
// WhatsApp's channel fields) and inbound SMS and MMS with the geographic parameters. Shapes follow
// tests/fixtures/twilio/ and examples/corpus/twilio.ndjson.

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct twilio_corpus {
  static constexpr std::string_view name = "twilio";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 10;

  static std::string sid(random_source& r, const char* prefix) {
    return fmt::format("{}{:016x}{:016x}", prefix, r.uniform(~std::uint64_t{0}), r.uniform(~std::uint64_t{0}));
  }
  static std::string number(random_source& r) { return "%2B" + r.phone().substr(1); }

  static void status(random_source& r, std::string& out) {
    struct variant {
      const char* status;
      int code;  // 0: none
    };
    static constexpr variant variants[] = {
        {"queued", 0},
        {"sent", 0},
        {"delivered", 0},
        {"delivered", 0},
        {"delivered", 0},
        {"undelivered", 30003},
        {"undelivered", 30005},
        {"undelivered", 30006},
        {"failed", 30007},
        {"failed", 21610},
        {"failed", 30034},
        {"undelivered", 30008},
        {"read", 0},
        {"accepted", 0},
    };
    const variant& v = r.pick(variants);
    const std::string message = sid(r, "SM");
    if (v.code != 0) fmt::format_to(std::back_inserter(out), "ErrorCode={}&", v.code);
    const bool whatsapp = r.uniform(4) == 0;
    fmt::format_to(std::back_inserter(out),
                   "SmsSid={0}&SmsStatus={1}&MessageStatus={1}&To={2}{3}&MessagingServiceSid={4}&MessageSid={0}&"
                   "AccountSid=AC3cfc4b5a78368f2cdb70baf2c945aee7&From={2}{5}&ApiVersion=2010-04-01",
                   message, v.status, whatsapp ? "whatsapp%3A" : "", number(r), sid(r, "MG"), number(r));
    if (std::string_view(v.status) == "delivered" || v.code != 0) {
      fmt::format_to(std::back_inserter(out), "&RawDlrDoneDate=24{:02}{:02}{:02}{:02}", 1 + r.uniform(12),
                     1 + r.uniform(28), r.uniform(24), r.uniform(60));
    }
    if (whatsapp) {
      fmt::format_to(std::back_inserter(out),
                     "&ChannelPrefix=whatsapp&ChannelInstallSid=XE{:030x}&ChannelToAddress=%2B1555{:07}",
                     r.uniform(~std::uint64_t{0}), r.uniform(10000000));
      if (std::string_view(v.status) == "read") out += "&EventType=READ";
    }
  }

  static void inbound(random_source& r, std::string& out) {
    const std::string message = sid(r, r.uniform(3) == 0 ? "MM" : "SM");
    const bool mms = message[0] == 'M' && message[1] == 'M';
    fmt::format_to(std::back_inserter(out),
                   "ToCountry=US&ToState=CA&SmsMessageSid={0}&NumMedia={1}&ToCity=SAN+FRANCISCO&FromZip=94105&"
                   "SmsSid={0}&FromState=CA&SmsStatus=received&FromCity=SAN+FRANCISCO&Body=Order+{2}+please%21&"
                   "FromCountry=US&To={3}&ToZip=94105&NumSegments=1&MessageSid={0}&"
                   "AccountSid=AC3cfc4b5a78368f2cdb70baf2c945aee7&From={4}&ApiVersion=2010-04-01",
                   message, mms ? 1 : 0, r.uniform(100000), number(r), number(r));
    if (mms) {
      fmt::format_to(std::back_inserter(out),
                     "&MediaContentType0=image%2Fjpeg&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2F2010-04-01%2FAccounts%"
                     "2FAC3cfc4b5a78368f2cdb70baf2c945aee7%2FMessages%2F{}%2FMedia%2FME{:030x}",
                     message, r.uniform(~std::uint64_t{0}));
    }
  }

  static void payload(random_source& r, std::string& out) {
    if (r.uniform(4) == 0) {
      inbound(r, out);
    } else {
      status(r, out);
    }
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_TWILIO_CORPUS_HPP
