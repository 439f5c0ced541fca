#ifndef TRIAGE_BENCHMARKS_PLIVO_CORPUS_HPP
#define TRIAGE_BENCHMARKS_PLIVO_CORPUS_HPP

// Plivo callbacks as the form bodies Plivo posts: status callbacks of every status (with their error codes,
// the parts of long messages and WhatsApp's conversation fields) and inbound SMS, MMS and WhatsApp
// messages. Shapes follow the captured and documented bodies of tests/fixtures/plivo/.

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct plivo_corpus {
  static constexpr std::string_view name = "plivo";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 8;

  /// A Plivo time: "YYYY-mm-dd HH:MM:SS.ffffff", zone-less, form-encoded (the space as '+').
  static std::string time(random_source& r) {
    return fmt::format("2024-{:02}-{:02}+{:02}%3A{:02}%3A{:02}.{:06}", 1 + r.uniform(12), 1 + r.uniform(28),
                       r.uniform(24), r.uniform(60), r.uniform(60), r.uniform(1000000));
  }
  static std::string digits(random_source& r) { return r.phone().substr(1); }

  static void status(random_source& r, std::string& out) {
    struct variant {
      const char* status;
      int code;  // -1: the empty ErrorCode of a success
    };
    static constexpr variant variants[] = {
        {"queued", -1},      {"sent", -1},        {"delivered", -1},   {"delivered", -1},
        {"delivered", -1},   {"undelivered", 10}, {"undelivered", 50}, {"undelivered", 80},
        {"undelivered", 90}, {"failed", 20},      {"failed", 200},     {"failed", 420},
        {"failed", 450},     {"rejected", 300},   {"rejected", 900},   {"read", -1},
    };
    const variant& v = r.pick(variants);
    const std::string uuid = r.uuid();
    const auto parts = r.uniform(4) == 0 ? 1 + r.uniform(3) : 1;
    const auto part = 1 + r.uniform(parts);
    fmt::format_to(std::back_inserter(out),
                   "Status={}&From={}&ParentMessageUUID={}&TotalRate=0.00250&MCC=310&PartInfo={}+of+{}&ErrorCode=",
                   v.status, digits(r), uuid, part, parts);
    if (v.code >= 0) fmt::format_to(std::back_inserter(out), "{}", v.code);
    fmt::format_to(std::back_inserter(out),
                   "&To={}&Units={}&TotalAmount=0.00250&MNC=260&MessageUUID={}&MessageTime={}&Sequence={}", digits(r),
                   parts, part == 1 ? uuid : r.uuid(), time(r), 1 + r.uniform(6));
    if (std::string_view(v.status) != "queued") fmt::format_to(std::back_inserter(out), "&SentTime={}", time(r));
    if (v.code >= 0 || std::string_view(v.status) == "delivered") {
      fmt::format_to(std::back_inserter(out), "&DeliveryReportTime={}", time(r));
    }
    if (r.uniform(3) == 0) {
      fmt::format_to(std::back_inserter(out), "&PowerpackUUID={}&requester_ip=52.9.{}.{}", r.uuid(), r.uniform(256),
                     r.uniform(256));
    }
  }

  static void inbound(random_source& r, std::string& out) {
    const auto which = r.uniform(3);
    fmt::format_to(std::back_inserter(out), "To={}&From={}&TotalRate=0&Units=1&TotalAmount=0&MessageUUID={}", digits(r),
                   digits(r), r.uuid());
    if (which == 0) {
      fmt::format_to(std::back_inserter(out),
                     "&Type=sms&Text=Order+{}+received%2C+thanks%21&MessageIntent=", r.uniform(100000));
    } else if (which == 1) {
      fmt::format_to(std::back_inserter(out),
                     "&Type=mms&Body=&MediaCount=2&Media0=https%3A%2F%2Fmedia.plivo.com%2Fv1%2F{}&Media1="
                     "https%3A%2F%2Fmedia.plivo.com%2Fv1%2F{}",
                     r.uuid(), r.uuid());
    } else {
      fmt::format_to(std::back_inserter(out), "&Type=whatsapp&ContentType=text&Body=STOP&MessageIntent=optout");
    }
  }

  static void payload(random_source& r, std::string& out) {
    if (r.uniform(5) == 0) {
      inbound(r, out);
    } else {
      status(r, out);
    }
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_PLIVO_CORPUS_HPP
