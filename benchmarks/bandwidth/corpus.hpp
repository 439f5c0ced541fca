#ifndef TRIAGE_BENCHMARKS_BANDWIDTH_CORPUS_HPP
#define TRIAGE_BENCHMARKS_BANDWIDTH_CORPUS_HPP

// Bandwidth webhook arrays of 1-10 events of one group message (one per recipient), every event type, failures with
// their codes. Shapes follow the provider's documented payloads (tests/fixtures/bandwidth/).

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct bandwidth_corpus {
  static constexpr std::string_view name = "bandwidth";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 12;

  static void event(random_source& r, std::string& out, std::string_view type, const std::string& id,
                    const std::string& from, const std::string& to, const std::string& all_to, int error_code) {
    static constexpr const char* carriers[] = {"AT&T", "T-Mobile", "Verizon Wireless", "US Cellular"};
    const bool inbound = type == "message-received";
    fmt::format_to(std::back_inserter(out), R"({{"type":"{}","time":"{}","description":"{}","to":"{}",)", type,
                   r.time(2024),
                   error_code != 0 ? "failed to deliver"
                   : inbound       ? "Incoming message received"
                                   : "ok",
                   to);
    if (error_code != 0) fmt::format_to(std::back_inserter(out), R"("errorCode":{},)", error_code);
    if (r.uniform(2) == 0) fmt::format_to(std::back_inserter(out), R"("carrierName":"{}",)", r.pick(carriers));
    fmt::format_to(std::back_inserter(out),
                   R"("message":{{"id":"{}","owner":"{}","applicationId":"93de2206-9669-4e07-948d-329f4b722ee2",)"
                   R"("time":"{}","segmentCount":{},"direction":"{}","to":[{}],"from":"{}","text":"{}")",
                   id, inbound ? to : from, r.time(2024), 1 + r.uniform(3), inbound ? "in" : "out", all_to, from,
                   inbound ? "Reply STOP to stop" : "");
    if (r.uniform(3) == 0) out += R"(,"media":["https://dev.bandwidth.com/images/bandwidth-logo.png"])";
    if (!inbound && r.uniform(2) == 0)
      fmt::format_to(std::back_inserter(out), R"(,"tag":"order-{}")", r.uniform(100000));
    out += "}}";
  }

  /// A multichannel callback of 2025 (tests/fixtures/bandwidth/spec_2025_multichannel_delivered.json): a
  /// bare event, message.messageId, message.to one number, a time written with a space for the 'T'.
  static void multichannel(random_source& r, std::string& out) {
    static constexpr const char* types[] = {"QUEUED", "SENDING", "DELIVERED", "DELIVERED", "FAILED"};
    static constexpr const char* channels[] = {"RBM", "SMS", "MMS"};
    const std::string_view type = r.pick(types);
    std::string time = r.time(2025);
    time[10] = ' ';
    const std::string to = r.phone();
    fmt::format_to(std::back_inserter(out),
                   R"({{"time":"{}","type":"{}","to":"{}","description":"Message {}",)"
                   R"("message":{{"messageId":"{}{}","status":"{}","direction":"OUTBOUND","from":"BandwidthRBM",)"
                   R"("to":"{}","applicationId":"93de2206-9669-4e07-948d-329f4b722ee2","channel":"{}"}}}})",
                   time, type, to, type, 1735000000000 + r.uniform(10000000000), r.uuid().substr(0, 14), type, to,
                   r.pick(channels));
  }

  static void payload(random_source& r, std::string& out) {
    if (r.uniform(20) == 0) return multichannel(r, out);
    static constexpr const char* types[] = {"message-delivered", "message-delivered", "message-delivered",
                                            "message-failed",    "message-failed",    "message-sending",
                                            "message-sent",      "message-received",  "message-read"};
    static constexpr int codes[] = {4001, 4301, 4405, 4432, 4470, 4700, 4720, 4750, 4770, 4775, 4780,
                                    5100, 5106, 5231, 5500, 5600, 5620, 9902, 9999, 4781, 4790, 5101};
    const std::string from = r.phone();
    const auto events = 1 + r.uniform(10);
    std::string recipients[10];
    std::string all_to;
    for (std::uint64_t i = 0; i < events; ++i) {
      recipients[i] = r.phone();
      if (i != 0) all_to += ',';
      all_to += '"' + recipients[i] + '"';
    }
    // A group message: one event per recipient, same message id, each about its own `to`.
    const std::string id = fmt::format("{}{}", 1600000000000 + r.uniform(100000000000), r.uuid().substr(0, 14));
    out += '[';
    for (std::uint64_t i = 0; i < events; ++i) {
      if (i != 0) out += ',';
      const std::string_view type = r.pick(types);
      event(r, out, type, id, from, recipients[i], all_to, type == "message-failed" ? r.pick(codes) : 0);
    }
    out += ']';
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_BANDWIDTH_CORPUS_HPP
