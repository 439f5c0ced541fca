#ifndef TRIAGE_BENCHMARKS_TWILIO_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_TWILIO_EXTRACT_HPP

// Twilio in the benchmarks (extract.hpp lists it): form bodies only. The record is id = MessageSid (else
// SmsSid, else SmsMessageSid), status = MessageStatus (else SmsStatus), reason = empty, code = ErrorCode.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../extract_support.hpp"
#include "../form_support.hpp"

namespace triage_bench {

inline constexpr status_outcome twilio_statuses[] = {
    {"delivered", triage::outcome::delivered}, {"queued", triage::outcome::pending},
    {"sending", triage::outcome::pending},     {"sent", triage::outcome::pending},
    {"accepted", triage::outcome::pending},    {"undelivered", triage::outcome::retryable},
    {"failed", triage::outcome::permanent},    {"received", triage::outcome::none},
    {"read", triage::outcome::none},
};

namespace twilio_walk {

/// The parameters triage types as text, and those it also reads as numbers.
inline constexpr std::string_view text_keys[] = {"MessageSid",
                                                 "SmsSid",
                                                 "SmsMessageSid",
                                                 "AccountSid",
                                                 "MessagingServiceSid",
                                                 "ApiVersion",
                                                 "MessageStatus",
                                                 "SmsStatus",
                                                 "ErrorMessage",
                                                 "ErrorUrl",
                                                 "RawDlrDoneDate",
                                                 "EventType",
                                                 "From",
                                                 "To",
                                                 "ChannelInstallSid",
                                                 "ChannelStatusMessage",
                                                 "ChannelPrefix",
                                                 "ChannelToAddress",
                                                 "ChannelMetadata",
                                                 "StructuredMessage",
                                                 "Body",
                                                 "ButtonText",
                                                 "ButtonPayload",
                                                 "ButtonType",
                                                 "InteractiveData",
                                                 "FlowData",
                                                 "Latitude",
                                                 "Longitude",
                                                 "Address",
                                                 "Label",
                                                 "FromCity",
                                                 "FromState",
                                                 "FromZip",
                                                 "FromCountry",
                                                 "ToCity",
                                                 "ToState",
                                                 "ToZip",
                                                 "ToCountry",
                                                 "ProfileName",
                                                 "WaId",
                                                 "ExternalUserId",
                                                 "Forwarded",
                                                 "FrequentlyForwarded",
                                                 "ReferralBody",
                                                 "ReferralHeadline",
                                                 "ReferralSourceId",
                                                 "ReferralSourceType",
                                                 "ReferralSourceUrl",
                                                 "ReferralMediaId",
                                                 "ReferralMediaContentType",
                                                 "ReferralMediaUrl",
                                                 "ReferralNumMedia",
                                                 "ReferralCtwaClid",
                                                 "OriginalRepliedMessageSender",
                                                 "OriginalRepliedMessageSid",
                                                 "AddOns"};
inline constexpr std::string_view integer_keys[] = {"ErrorCode", "NumMedia", "NumSegments"};

inline bool starts_with(std::string_view text, std::string_view prefix) {
  return text.size() > prefix.size() && text.substr(0, prefix.size()) == prefix;
}

}  // namespace twilio_walk

struct twilio_extract {
  static constexpr triage::provider id = triage::provider::twilio;
  static constexpr bool posts_arrays = false;

  static bool record(const triage::callback& cb, std::uint8_t outcome, sink& out) {
    const auto* t = cb.get_if<triage::twilio::message_callback>();
    if (t == nullptr) return false;
    out.add(id, or_empty(t->id()), or_empty(t->status()), "", t->error_code ? *t->error_code : record::no_code,
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

  /// A body is Twilio's from its AccountSid, which every Twilio webhook has and no other provider's forms.
  static int form_claims(std::string_view key) { return key == "AccountSid" ? 1 : 0; }

  static void form_floor(std::string_view body, int, std::string& scratch, sink& out) {
    using namespace twilio_walk;
    using namespace form_floor;
    std::uint64_t sum = 0;
    std::string_view message_sid, sms_sid, sms_message_sid, message_status, sms_status;
    std::int64_t code = record::no_code;
    form_floor::each_field(body, scratch, [&](std::string_view key, std::string_view value) {
      if (is_one_of(key, text_keys, std::size(text_keys))) {
        sum += value.size();
        if (key == "MessageSid") message_sid = value;
        if (key == "SmsSid") sms_sid = value;
        if (key == "SmsMessageSid") sms_message_sid = value;
        if (key == "MessageStatus") message_status = value;
        if (key == "SmsStatus") sms_status = value;
      } else if (is_one_of(key, integer_keys, std::size(integer_keys))) {
        const std::int64_t n = decimal(value, record::no_code);
        sum += static_cast<std::uint64_t>(n);
        if (key == "ErrorCode") code = n;
      } else if (starts_with(key, "MediaUrl") || starts_with(key, "MediaContentType")) {
        sum += value.size();
      }
    });
    out.checksum += sum;
    const std::string_view sid = !message_sid.empty() ? message_sid : !sms_sid.empty() ? sms_sid : sms_message_sid;
    const std::string_view status = !message_status.empty() ? message_status : sms_status;
    out.add(id, sid, status, "", code, minimal_outcome(twilio_statuses, status));
  }

  static bool form_peer_claims(const form_peer::fields& fields) { return fields.count("AccountSid") != 0; }
  static void form_peer(const form_peer::fields& fields, sink& out) {
    using namespace twilio_walk;
    using namespace form_floor;
    std::uint64_t sum = 0;
    for (std::string_view key : text_keys) sum += form_peer::str(fields, std::string(key)).size();
    std::int64_t code = record::no_code;
    for (std::string_view key : integer_keys) {
      const auto it = fields.find(std::string(key));
      if (it == fields.end() || it->second.empty()) continue;
      const long long n = std::strtoll(it->second.c_str(), nullptr, 10);
      sum += static_cast<std::uint64_t>(n);
      if (key == "ErrorCode") code = n;
    }
    for (int i = 0;; ++i) {
      const auto url = fields.find("MediaUrl" + std::to_string(i));
      if (url == fields.end()) break;
      sum += url->second.size() + form_peer::str(fields, "MediaContentType" + std::to_string(i)).size();
    }
    out.checksum += sum;
    std::string_view sid = form_peer::str(fields, "MessageSid");
    if (sid.empty()) sid = form_peer::str(fields, "SmsSid");
    if (sid.empty()) sid = form_peer::str(fields, "SmsMessageSid");
    std::string_view status = form_peer::str(fields, "MessageStatus");
    if (status.empty()) status = form_peer::str(fields, "SmsStatus");
    out.add(id, sid, status, "", code, minimal_outcome(twilio_statuses, status));
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_TWILIO_EXTRACT_HPP
