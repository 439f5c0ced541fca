#ifndef TRIAGE_PLIVO_MESSAGE_CALLBACK_HPP
#define TRIAGE_PLIVO_MESSAGE_CALLBACK_HPP

// The typed Plivo messaging callback (SMS, MMS, WhatsApp): the message status callback and the inbound
// message webhook. Plivo posts both as application/x-www-form-urlencoded forms (or puts the same fields in
// the query string of a GET); there is no JSON option and no type field, so the kind follows from the keys.
// Field tables: https://plivo.com/docs/messaging/api/message/message-status-callbacks and
// https://plivo.com/docs/messaging/api/message/handling-incoming (shared/reference/plivo.md section 3).
//
// Lifetime: every std::string_view points either into the body given to triage::parser::parse or into that
// parser's form scratch buffer (values with '%' or '+' are decoded there), and `media` into a pool owned by
// the same parser. All of them stay valid until that parser parses the next payload or is destroyed,
// provided the caller keeps the body alive. Copy what must outlive that.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::plivo {

/// Which callback it is, from the keys present (plivo.md section 2): a `Status` makes a status callback,
/// `Text`, `Body` or media without a `Status` an inbound message.
enum class kind : std::uint8_t {
  status,   ///< a message status callback (outbound SMS, MMS or WhatsApp)
  inbound,  ///< an inbound message to one of your numbers (SMS, MMS or WhatsApp)
};

inline constexpr enum_name<kind> kind_names[] = {{kind::status, "status"}, {kind::inbound, "inbound"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// A Plivo callback time, "YYYY-mm-dd HH:MM:SS.SSSSSS" with no zone. The zone is UTC: plivo.md section 7
/// decodes the version-1 MessageUUID of a captured queued callback to 18:39:29.088174 UTC, 24 µs before its
/// MessageTime 18:39:29.088198 (the API's message records, by contrast, carry the account's offset).
/// time() reads a zone-less time as UTC, and a time with a zone by its zone.
struct utc_timestamp {
  std::string_view raw;

  constexpr std::optional<utc_time> time() const noexcept {
    if (auto zoned = parse_iso8601(raw)) return zoned;
    // Zone-less: the same text with a 'Z'. Plivo's times are 26 bytes; anything much longer is not one.
    constexpr std::size_t max_length = 40;
    if (raw.size() > max_length) return std::nullopt;
    char text[max_length + 1] = {};
    for (std::size_t i = 0; i < raw.size(); ++i) text[i] = raw[i];
    text[raw.size()] = 'Z';
    return parse_iso8601(std::string_view(text, raw.size() + 1));
  }
};

/// `PartInfo`, "<part> of <parts>" (e.g. "2 of 3"): which part of a split long message a callback is about.
/// Absent numbers are 0, the value is always kept in `raw`.
struct part_info {
  std::string_view raw;
  std::uint32_t part = 0;   ///< 1-based; 0 when the text is not "<n> of <m>"
  std::uint32_t parts = 0;  ///< the part count; 0 when the text is not "<n> of <m>"
};

/// One Plivo messaging callback. Every key Plivo documents; values are strings on the wire, and the
/// integers (`ErrorCode`, `Units`, `Sequence`, `MediaCount`) are also read as numbers (an empty value, as
/// Plivo sends `ErrorCode=` on success, reads as absent). Unknown keys (an application's own query
/// parameters, which Plivo merges in) are skipped. A key given twice keeps its first value.
struct message_callback {
  // Both kinds.
  std::optional<std::string_view>
      message_uuid;                      ///< `MessageUUID`: the message (one per recipient, per part in legacy splits)
  std::optional<std::string_view> from;  ///< `From`: number, short code or alphanumeric sender id
  std::optional<std::string_view> to;    ///< `To`: the recipient (status) or your Plivo number (inbound)
  std::optional<std::string_view> type;  ///< `Type`: "sms", "mms" or "whatsapp"; absent means sms
  std::optional<std::int64_t> units;     ///< `Units`: SMS parts the message was split into (or received in)
  std::optional<std::string_view> total_rate;       ///< `TotalRate`: decimal text, kept exact ("0.00250")
  std::optional<std::string_view> total_amount;     ///< `TotalAmount`: TotalRate * Units, decimal text
  std::optional<std::string_view> powerpack_uuid;   ///< `PowerpackUUID`; empty when no Powerpack was used
  std::optional<std::string_view> error_code_text;  ///< `ErrorCode` verbatim ("" on success, "000" in records)
  std::optional<std::int64_t> error_code;           ///< `ErrorCode` as a number; absent when empty

  // Status callbacks.
  std::optional<std::string_view> status;               ///< `Status`, verbatim (queued, sent, delivered, ...)
  std::optional<std::string_view> parent_message_uuid;  ///< `ParentMessageUUID`: the first part's UUID
  std::optional<part_info> part;                        ///< `PartInfo`
  std::optional<std::int64_t> sequence;                 ///< `Sequence`: the order Plivo generated the callbacks in
  std::optional<std::string_view> mcc;                  ///< `MCC` of the To number
  std::optional<std::string_view> mnc;                  ///< `MNC` of the To number
  std::optional<utc_timestamp> message_time;            ///< `MessageTime`: when the message was initiated
  std::optional<utc_timestamp> queued_time;             ///< `QueuedTime`
  std::optional<utc_timestamp> sent_time;               ///< `SentTime`: handed to the downstream carrier
  std::optional<utc_timestamp> delivery_report_time;    ///< `DeliveryReportTime`: the carrier's receipt came
  std::optional<std::string_view> requester_ip;         ///< `requester_ip` (snake_case, as Plivo sends it)
  std::optional<std::string_view> conversation_id;      ///< `ConversationID` (WhatsApp); may be empty
  std::optional<std::string_view> conversation_origin;  ///< `ConversationOrigin` (WhatsApp): utility, marketing, ...
  /// `ConversationExpirationTimestamp` (WhatsApp), verbatim: Unix seconds in the callback, an offset date
  /// in the message record (plivo.md section 3.1), so it is not read as a time here.
  std::optional<std::string_view> conversation_expiration_timestamp;

  // Inbound messages.
  std::optional<std::string_view> text;            ///< `Text` (SMS), Plivo joins long messages' parts first
  std::optional<std::string_view> body;            ///< `Body` (MMS, WhatsApp); may be empty
  std::optional<std::string_view> message_intent;  ///< `MessageIntent`: optout, optin, help, or empty
  std::optional<std::int64_t> media_count;         ///< `MediaCount` (MMS)
  span<std::string_view> media;                    ///< `Media0`/`Media1`...`MediaN` URLs, by index
  std::optional<std::string_view> content_type;    ///< `ContentType` (WhatsApp): text, media, button, unknown
  std::optional<std::string_view> mime_type;       ///< `MimeType` (WhatsApp media)

  /// Keys of this table that came more than once (the first value is kept; Plivo never repeats one).
  std::uint32_t repeated_keys = 0;
  plivo::kind kind = kind::status;  ///< derived from the keys by the parser

  /// The message the callback belongs to: ParentMessageUUID when it is there, else MessageUUID (legacy long
  /// messages had one UUID per part, grouped by the parent's).
  constexpr std::optional<std::string_view> message_key() const noexcept {
    if (parent_message_uuid && !parent_message_uuid->empty()) return parent_message_uuid;
    return message_uuid;
  }
};

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_MESSAGE_CALLBACK_HPP
