#ifndef TRIAGE_SINCH_EVENT_HPP
#define TRIAGE_SINCH_EVENT_HPP

// The typed Sinch callback. One struct for the three families Sinch posts (shared/reference/sinch.md §2, §3):
//  - SMS REST API delivery reports, told apart by their `type`: a per-recipient report
//    (`recipient_delivery_report_sms`/`_mms`) is one callback; a batch report (`delivery_report_sms`/`_mms`,
//    sent for `summary` and `full`) is one callback per `statuses[]` bucket, with that bucket's code, status,
//    count and, for a `full` report, its recipients;
//  - SMS inbound messages (`mo_text`, `mo_binary`, `mo_media`): one callback, reporting no outbound delivery;
//  - Conversation API callbacks, which have no `type`: the one top-level trigger key that is present
//    (`message_delivery_report`, `event_delivery_report`, `message`, `event`, or a notification) is the kind.
// The fields of the other families stay empty.
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer, and the `recipients` span into a pool owned by the same parser. All of them
// stay valid until that parser parses the next payload or is destroyed, provided the caller keeps the payload
// alive. Copy what must outlive that.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::sinch {

/// The kind of a callback: the SMS `type` itself for the seven Sinch documents, the Conversation trigger
/// (MESSAGE_DELIVERY, EVENT_DELIVERY, MESSAGE_INBOUND, EVENT_INBOUND, any other trigger's notification), or
/// `other` for an SMS `type` this library does not know (kept raw in type_text).
enum class kind : std::uint8_t {
  recipient_delivery_report_sms,
  recipient_delivery_report_mms,
  delivery_report_sms,
  delivery_report_mms,
  mo_text,
  mo_binary,
  mo_media,
  message_delivery_report,
  event_delivery_report,
  message_inbound,
  event_inbound,
  notification,
  other,
};

inline constexpr enum_name<kind> kind_names[] = {{kind::recipient_delivery_report_sms, "recipient_delivery_report_sms"},
                                                 {kind::recipient_delivery_report_mms, "recipient_delivery_report_mms"},
                                                 {kind::delivery_report_sms, "delivery_report_sms"},
                                                 {kind::delivery_report_mms, "delivery_report_mms"},
                                                 {kind::mo_text, "mo_text"},
                                                 {kind::mo_binary, "mo_binary"},
                                                 {kind::mo_media, "mo_media"},
                                                 {kind::message_delivery_report, "message_delivery_report"},
                                                 {kind::event_delivery_report, "event_delivery_report"},
                                                 {kind::message_inbound, "message_inbound"},
                                                 {kind::event_inbound, "event_inbound"},
                                                 {kind::notification, "notification"},
                                                 {kind::other, "other"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// Which family a kind belongs to, which decides how it is classified and keyed.
enum class family : std::uint8_t { recipient_report, batch_report, inbound, conversation_report, conversation_other };

/// An SMS delivery report: a per-recipient report, or one `statuses[]` bucket of a batch report. The code is
/// an integer on the wire, but Sinch's own docs example sends "0" (reference §11.1): both read the same.
struct sms_report {
  std::optional<std::string_view> batch_id;
  std::optional<std::string_view> recipient;  ///< per-recipient reports: the MSISDN, with or without '+'
  std::optional<std::string_view> status;     ///< verbatim (Delivered; the Python SDK mocks DELIVERED)
  std::optional<std::string_view> code_text;  ///< the code as sent: a number's token or a string
  std::optional<std::int64_t> code;           ///< its value when it is an integer
  std::optional<timestamp> at;
  std::optional<timestamp> operator_status_at;
  std::optional<std::string_view> client_reference;
  std::optional<std::string_view> applied_originator;
  std::optional<std::string_view> encoding;  ///< GSM, UNICODE; Sinch's fixtures send "encoding": kept raw
  std::optional<std::int64_t> number_of_message_parts;
  std::optional<std::string_view> operator_;       ///< `operator` (an MCCMNC in CLX payloads)
  std::optional<std::string_view> status_message;  ///< legacy free text: never classified on
  // Batch reports only.
  std::optional<std::int64_t> total_message_count;  ///< need not equal the sum of the counts (§11.11)
  std::optional<std::int64_t> count;                ///< this bucket's number of messages
  span<std::string_view> recipients;                ///< this bucket's recipients (a `full` report), else empty
  std::size_t bucket_index = 0;                     ///< the bucket's index in `statuses[]`
  std::size_t bucket_count = 0;                     ///< entries in `statuses[]`
};

/// An inbound SMS or MMS (`mo_*`).
struct inbound_message {
  std::optional<std::string_view> id;
  std::optional<std::string_view> from;  ///< may be alphanumeric
  std::optional<std::string_view> to;
  std::optional<std::string_view> body;     ///< mo_text: the text; mo_binary: Base64, kept as sent
  std::optional<std::string_view> udh;      ///< mo_binary: hex, kept as sent
  std::optional<std::string_view> subject;  ///< mo_media: `body.subject`
  std::optional<std::string_view> message;  ///< mo_media: `body.message`
  std::optional<std::string_view> media;    ///< mo_media: `body.media`, the raw JSON array
  std::optional<timestamp> received_at;
  std::optional<timestamp> sent_at;  ///< also read from `send_at`, an older spelling of the Webhooks page
  std::optional<std::string_view> operator_id;
  std::optional<std::string_view> client_reference;
};

/// A Conversation API callback: the envelope and, for delivery reports and inbound messages, the trigger
/// object's fields.
struct conversation_callback {
  std::optional<std::string_view> app_id;
  std::optional<std::string_view> project_id;
  std::optional<timestamp> accepted_time;
  std::optional<timestamp> event_time;
  std::optional<std::string_view> message_metadata;
  std::optional<std::string_view> correlation_id;
  std::string_view trigger;            ///< the trigger key (static storage), e.g. "message_delivery_report"
  std::optional<std::string_view> id;  ///< `message_id` / `event_id` (reports), `id` (inbound)
  std::optional<std::string_view> conversation_id;
  std::optional<std::string_view> status;   ///< verbatim: QUEUED_ON_CHANNEL, DELIVERED, READ, FAILED, ...
  std::optional<std::string_view> channel;  ///< `channel_identity.channel`, or the older flat `channel`
  std::optional<std::string_view> identity;
  std::optional<std::string_view> contact_id;
  std::optional<std::string_view> reason_code;         ///< `reason.code`; absent when `reason` is "" (2020 examples)
  std::optional<std::string_view> reason_description;  ///< informative only: never classified on
  std::optional<std::string_view> reason_sub_code;
  std::optional<std::string_view> reason_channel_code;
  std::optional<std::string_view> metadata;
  std::optional<std::string_view> processing_mode;
};

/// One callback of a Sinch payload.
struct event {
  sinch::kind kind = kind::other;
  sinch::family family = family::recipient_report;
  std::optional<std::string_view> type_text;  ///< the SMS `type` verbatim; absent for Conversation
  sms_report report;
  inbound_message inbound;
  conversation_callback conversation;
};

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_EVENT_HPP
