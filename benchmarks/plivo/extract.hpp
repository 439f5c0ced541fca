#ifndef TRIAGE_BENCHMARKS_PLIVO_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_PLIVO_EXTRACT_HPP

// Plivo in the benchmarks (extract.hpp lists it): form bodies only. The record is id = MessageUUID,
// status = Status (empty for an inbound message), reason = empty (Plivo sends no reason text), code =
// ErrorCode.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../extract_support.hpp"
#include "../form_support.hpp"

namespace triage_bench {

inline constexpr status_outcome plivo_statuses[] = {
    {"delivered", triage::outcome::delivered}, {"queued", triage::outcome::pending},
    {"sent", triage::outcome::pending},        {"undelivered", triage::outcome::permanent},
    {"failed", triage::outcome::permanent},    {"rejected", triage::outcome::permanent},
    {"read", triage::outcome::delivered},
};

namespace plivo_walk {

/// The keys triage types, and how it reads each: text, or a decimal integer.
inline constexpr std::string_view text_keys[] = {"MessageUUID",
                                                 "From",
                                                 "To",
                                                 "Type",
                                                 "TotalRate",
                                                 "TotalAmount",
                                                 "PowerpackUUID",
                                                 "Status",
                                                 "ParentMessageUUID",
                                                 "PartInfo",
                                                 "MCC",
                                                 "MNC",
                                                 "MessageTime",
                                                 "QueuedTime",
                                                 "SentTime",
                                                 "DeliveryReportTime",
                                                 "requester_ip",
                                                 "ConversationID",
                                                 "ConversationOrigin",
                                                 "ConversationExpirationTimestamp",
                                                 "Text",
                                                 "Body",
                                                 "MessageIntent",
                                                 "ContentType",
                                                 "MimeType"};
inline constexpr std::string_view integer_keys[] = {"Units", "ErrorCode", "Sequence", "MediaCount"};

}  // namespace plivo_walk

struct plivo_extract {
  static constexpr triage::provider id = triage::provider::plivo;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* p = cb.get_if<triage::plivo::message_callback>();
    if (p == nullptr) return false;
    out.add(id, or_empty(p->message_uuid), or_empty(p->status), "", p->error_code ? *p->error_code : record::no_code,
            outcome);
    return true;
  }

  // No JSON body.
  static int floor_claims(simdjson::ondemand::raw_json_string) { return 0; }
  static void floor(simdjson::ondemand::object, int, sink&) {}
  static bool nlohmann_claims(const nlohmann::json&) { return false; }
  static void nlohmann(const nlohmann::json&, sink&) {}
  static bool rapidjson_claims(const rapidjson::Value&) { return false; }
  static void rapidjson(const rapidjson::Value&, sink&) {}

  /// A body is Plivo's from its MessageUUID, which no other provider's forms have.
  static int form_claims(std::string_view key) { return key == "MessageUUID" ? 1 : 0; }

  static void form_floor(std::string_view body, int, std::string& scratch, sink& out) {
    using namespace plivo_walk;
    using namespace form_floor;
    std::uint64_t sum = 0;
    std::string_view uuid, status;
    std::int64_t code = record::no_code;
    form_floor::each_field(body, scratch, [&](std::string_view key, std::string_view value) {
      if (is_one_of(key, text_keys, std::size(text_keys))) {
        sum += value.size();
        if (key == "MessageUUID") uuid = value;
        if (key == "Status") status = value;
      } else if (is_one_of(key, integer_keys, std::size(integer_keys))) {
        const std::int64_t n = decimal(value, record::no_code);
        sum += static_cast<std::uint64_t>(n);
        if (key == "ErrorCode") code = n;
      } else if (key.size() > 5 && key.substr(0, 5) == "Media") {
        sum += value.size();
      }
    });
    out.checksum += sum;
    out.add(id, uuid, status, "", code, minimal_outcome(plivo_statuses, status));
  }

  static bool form_peer_claims(const form_peer::fields& fields) { return fields.count("MessageUUID") != 0; }
  static void form_peer(const form_peer::fields& fields, sink& out) {
    using namespace plivo_walk;
    using namespace form_floor;
    std::uint64_t sum = 0;
    for (std::string_view key : text_keys) sum += form_peer::str(fields, std::string(key)).size();
    std::int64_t code = record::no_code;
    for (std::string_view key : integer_keys) {
      const auto it = fields.find(std::string(key));
      if (it == fields.end() || it->second.empty()) continue;
      char* end = nullptr;
      const long long n = std::strtoll(it->second.c_str(), &end, 10);
      sum += static_cast<std::uint64_t>(n);
      if (key == "ErrorCode") code = n;
    }
    for (int i = 0;; ++i) {
      const auto it = fields.find("Media" + std::to_string(i));
      if (it == fields.end()) {
        if (i == 0) continue;  // numbered from 0 or from 1
        break;
      }
      sum += it->second.size();
    }
    out.checksum += sum;
    const std::string_view status = form_peer::str(fields, "Status");
    out.add(id, form_peer::str(fields, "MessageUUID"), status, "", code, minimal_outcome(plivo_statuses, status));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_PLIVO_EXTRACT_HPP
