#ifndef TRIAGE_VONAGE_CALLBACK_HPP
#define TRIAGE_VONAGE_CALLBACK_HPP

// The typed Vonage callbacks. Vonage runs two unrelated callback systems (shared/reference/vonage.md §2):
//  - the SMS API: a delivery receipt (DLR) or an inbound SMS, flat parameters sent as a GET query string, a
//    POST form or a POST JSON object (an account setting), all of them read into one sms_message;
//    fields:
//    https://github.com/Nexmo/api-specification/blob/ad042003e946f5d99512cda2a8601488c8e863e5/definitions/sms.yml
//    (`DeliveryReceipt`, `InboundMessage`) and the delivery-receipts and inbound-sms guides of
//    https://github.com/Nexmo/nexmo-developer/tree/4da2b396b208864739f65703f2e82b1681049276/_documentation/en/messaging/sms/guides
//  - the Messages API: a message status or an inbound message, always a JSON object (message_event); fields:
//    Vonage/vonage-java-sdk@609f524d src/main/java/com/vonage/client/messages/MessageStatus.java and
//    InboundMessage.java, Vonage/vonage-dotnet-sdk@8cad0859 Vonage/Messages/Webhooks/, and the v0.1 beta's
//    shapes (to/from as objects, error{code, reason}) of the 2018-2019 blog posts (vonage.md §11).
//
// Lifetime: every std::string_view points into the payload given to triage::parser::parse, into that
// parser's string buffer (JSON) or into its form buffer (a form or query value that held an escape). All of
// them stay valid until that parser parses the next payload or is destroyed, provided the caller keeps the
// payload alive. Copy what must outlive that.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/timestamp.hpp"

namespace triage::vonage {

/// Which of Vonage's two callback systems a callback comes from.
enum class api : std::uint8_t {
  sms,       ///< the SMS API ("legacy"): messageId per SMS part, status + err-code
  messages,  ///< the Messages API: message_uuid per message, status + error{type, title, detail, instance}
};

inline constexpr enum_name<api> api_names[] = {{api::sms, "sms"}, {api::messages, "messages"}};
constexpr const auto& enum_table(api) noexcept { return api_names; }

/// The kind of callback (DESIGN.md: the provider's own event type in snake_case).
enum class kind : std::uint8_t {
  delivery_receipt,  ///< SMS API DLR: a status for one SMS part
  inbound_sms,       ///< SMS API inbound message (MO): has text or data
  message_status,    ///< Messages API status webhook: has a status
  inbound_message,   ///< Messages API inbound message webhook: no status
};

inline constexpr enum_name<kind> kind_names[] = {{kind::delivery_receipt, "delivery_receipt"},
                                                 {kind::inbound_sms, "inbound_sms"},
                                                 {kind::message_status, "message_status"},
                                                 {kind::inbound_message, "inbound_message"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// The SMS API parameters of a delivery receipt or an inbound SMS, as sent (every value is a string on the
/// wire; a JSON number is kept as its text, as in the .NET SDK's fixture with a numeric `timestamp`).
/// Naming follows the wire: in a DLR `msisdn` is the recipient and `to` the sender (vonage.md §10.12).
struct sms_message {
  // Delivery receipt (and, where marked, inbound).
  std::optional<std::string_view> msisdn;             ///< DLR: the recipient; inbound: the sender
  std::optional<std::string_view> to;                 ///< DLR: your sender id; inbound: your number
  std::optional<std::string_view> network_code;       ///< `network-code`: MCCMNC, or e.g. "US-TOLL-FREE"; may be absent
  std::optional<std::string_view> message_id;         ///< `messageId`: the id of this SMS part
  std::optional<std::string_view> price;              ///< decimal text, e.g. "0.03330000"
  std::optional<std::string_view> status;             ///< DLR status word, verbatim
  std::optional<std::string_view> scts;               ///< carrier time YYMMDDHHMM; absent on failures, often malformed
  std::optional<std::string_view> err_code;           ///< `err-code`, verbatim
  std::optional<std::string_view> api_key;            ///< `api-key`
  std::optional<std::string_view> client_ref;         ///< `client-ref`
  std::optional<std::string_view> message_timestamp;  ///< `message-timestamp`, "YYYY-MM-DD HH:MM:SS" UTC (no zone)
  std::optional<std::string_view> timestamp;          ///< Unix seconds, when signing is on (part of the signed set)
  std::optional<std::string_view> nonce;              ///< when signing is on
  std::optional<std::string_view> sig;                ///< the signature, hex, when signing is on
  // Inbound only.
  std::optional<std::string_view> type;          ///< "text", "unicode" or "binary"
  std::optional<std::string_view> text;          ///< the message text
  std::optional<std::string_view> keyword;       ///< the first word of the text, upper case
  std::optional<std::string_view> data;          ///< binary body, hex
  std::optional<std::string_view> udh;           ///< binary user data header, hex
  std::optional<std::string_view> concat;        ///< "true" on a part of a concatenated message
  std::optional<std::string_view> concat_ref;    ///< `concat-ref`: the reference the parts share
  std::optional<std::string_view> concat_total;  ///< `concat-total`: how many parts
  std::optional<std::string_view> concat_part;   ///< `concat-part`: this part's number, from 1

  /// `err-code` as an integer, when it is one (derived by the parser).
  std::optional<std::int64_t> error_code;

  /// An inbound SMS has text or data (binary); a DLR has neither (vonage-php-sdk-core#364: `scts` no
  /// longer tells them apart). A `type` without a `status` is inbound too (an empty text may be dropped).
  constexpr bool is_inbound() const noexcept { return text || data || (type && !status); }
};

/// `to` / `from` of a Messages API callback: a string in v1, an object {type, number} or {type, id} in
/// the v0.1 beta.
struct endpoint {
  std::optional<std::string_view> value;  ///< v1: the number or channel id; v0.1: `number`, else `id`
  std::optional<std::string_view> type;   ///< v0.1 only: the channel ("sms", "whatsapp", ...)
};

/// The `error` object of a Messages API status (on rejected/undeliverable, sometimes on submitted).
struct message_error {
  std::optional<std::string_view> type;      ///< a URL whose fragment is the code: ".../api-errors/messages#1300"
  std::optional<std::string_view> title;     ///< the code as text (an integer in some SDK fixtures, kept as text)
  std::optional<std::string_view> detail;    ///< Vonage's text
  std::optional<std::string_view> instance;  ///< a trace id
  std::optional<std::int64_t> code;          ///< v0.1: `code`
  std::optional<std::string_view> reason;    ///< v0.1: `reason`
  /// The code: an integer `title`, else the digits after '#' in `type`, else the v0.1 `code`; a doubled
  /// `error: {error: {...}}` (the Kotlin SDK's test, vonage.md §10.8) is read as the inner object.
  std::optional<std::int64_t> resolved_code;
};

/// `usage`, on the chargeable event.
struct message_usage {
  std::optional<std::string_view> currency;
  std::optional<std::string_view> price;  ///< decimal text
};

/// `workflow`, on failover sends (the SDK fixtures disagree on its keys; both are read).
struct message_workflow {
  std::optional<std::string_view> id;           ///< `id` or `workflow_id`
  std::optional<std::string_view> item_number;  ///< `item_number` or `items_number`
  std::optional<std::string_view> items_total;  ///< `items_total` or `total_items`
};

/// A Messages API status or inbound message.
struct message_event {
  std::optional<std::string_view> message_uuid;  ///< the id of the message (one per message, all parts)
  std::optional<endpoint> to;                    ///< status: the recipient; inbound: your number or id
  std::optional<endpoint> from;                  ///< status: your sender; inbound: the sender
  std::optional<triage::timestamp> timestamp;    ///< ISO 8601, when the event happened
  std::optional<std::string_view> status;        ///< verbatim; absent on inbound messages
  std::optional<std::string_view> channel;       ///< sms, mms, rcs, whatsapp, messenger, viber_service (absent in v0.1)
  std::optional<std::string_view> client_ref;
  std::optional<message_error> error;
  std::optional<message_usage> usage;
  std::optional<message_workflow> workflow;
  std::optional<std::string_view>
      network_code;  ///< `destination.network_code` (status) or `origin.network_code` (inbound)
  std::optional<std::string_view> sms_count_total;  ///< `sms.count_total` (status) or `sms.num_messages` (inbound)
  std::optional<std::int64_t> sms_parts;            ///< that count as an integer, when it is one
  std::optional<std::string_view> sms_keyword;      ///< `sms.keyword` (inbound)
  // Inbound.
  std::optional<std::string_view>
      message_type;                          ///< text, image, audio, ... (the content object of that name is skipped)
  std::optional<std::string_view> text;      ///< a text message's text
  std::optional<std::string_view> context;   ///< the replied-to message, raw JSON
  std::optional<std::string_view> profile;   ///< the sender's profile (WhatsApp), raw JSON
  std::optional<std::string_view> whatsapp;  ///< WhatsApp extras (conversation, pricing, referral), raw JSON
  std::optional<std::string_view> provider_message;
};

/// One Vonage callback. One request holds one callback in both APIs (no batching).
struct callback {
  /// Every member starts empty (its default); provided so that a new callback is not first zero-filled whole
  /// (value-initialisation of a class without a user-provided constructor clears all of its bytes).
  constexpr callback() noexcept {}

  vonage::api api = api::sms;
  vonage::kind kind = kind::delivery_receipt;
  sms_message sms;         ///< api::sms: the parameters; empty otherwise
  message_event messages;  ///< api::messages: the event; empty otherwise
};

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_CALLBACK_HPP
