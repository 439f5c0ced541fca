#ifndef TRIAGE_TELNYX_EVENT_HPP
#define TRIAGE_TELNYX_EVENT_HPP

// The typed Telnyx Messaging API v2 callback: one recipient (`payload.to[]` entry) of one webhook event
// {"data": {event_type, id, occurred_at, payload, record_type}, "meta": {attempt, delivered_to}}.
// Field tables: shared/reference/telnyx.md §3, from Telnyx's OpenAPI spec (team-telnyx/openapi
// openapi/spec3.yml @ 12de4dd0, schemas OutboundMessagePayload, InboundMessagePayload, messaging_Error) and
// https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks.
//
// One event reports on every recipient of its message at once, each with its own `status`; a callback is
// one of them (Telnyx's group MMS sends one event per recipient, a plain send has one), so a payload of n
// recipients is n callbacks sharing the event's fields.
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer, and the `errors` span into a pool owned by the same parser. All of them stay
// valid until that parser parses the next payload or is destroyed, provided the caller keeps the payload
// alive. Copy what must outlive that.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::telnyx {

/// `data.event_type`, as this library knows it; anything else is `other`, its text kept raw.
enum class event_type : std::uint8_t { message_sent, message_finalized, message_received, message_read, other };

inline constexpr enum_name<event_type> event_type_names[] = {{event_type::message_sent, "message_sent"},
                                                             {event_type::message_finalized, "message_finalized"},
                                                             {event_type::message_received, "message_received"},
                                                             {event_type::message_read, "message_read"},
                                                             {event_type::other, "other"}};
constexpr const auto& enum_table(event_type) noexcept { return event_type_names; }

/// The `to[].status` values Telnyx documents (reference §4); anything else is `unknown_value`, kept raw.
/// `unknown` is Telnyx's own word (group MMS to non-Telnyx recipients), not ours.
enum class status_value : std::uint8_t {
  scheduled,
  queued,
  sending,
  sent,
  delivered,
  sending_failed,
  delivery_failed,
  delivery_unconfirmed,
  expired,
  cancelled,
  webhook_delivered,
  received,
  read,
  unknown,
  failed,
  gw_timeout,
  gw_reject,
  dlr_timeout,
  dlr_unconfirmed,
  unknown_value,
};

/// A party of the message: `from` (an object since 2020, a plain number before) or one `to[]`/`cc[]` entry.
/// RCS puts `agent_id`/`agent_name` where numbers are.
struct party {
  std::optional<std::string_view> phone_number;  ///< or the whole value when the party is a string
  std::optional<std::string_view> status;        ///< verbatim, also when this library does not know it
  std::optional<std::string_view> carrier;
  std::optional<std::string_view> line_type;  ///< Wireless, Wireline, VoWiFi, long_code, Unknown, ...: kept raw
  std::optional<std::string_view> agent_id;   ///< RCS
  std::optional<std::string_view> agent_name;
};

/// One `payload.errors[]` item (SPEC messaging_Error).
struct error_object {
  std::optional<std::string_view> code_text;  ///< the code as sent: a string ("40300") or a number's token
  std::optional<std::int64_t> code;           ///< its value when it is an integer
  std::optional<std::string_view> title;      ///< never classified on: Telnyx's doc tables give wrong titles
  std::optional<std::string_view> detail;
  std::optional<std::string_view> source_pointer;  ///< RFC 6901, e.g. "/to/0/phone_number"
  std::optional<std::string_view> source_parameter;
  std::optional<std::string_view> meta_url;  ///< `meta.url`

  /// The `to[]` index `source.pointer` names ("/to/<i>" or below it), or nullopt.
  constexpr std::optional<std::size_t> recipient_index() const noexcept {
    if (!source_pointer) return std::nullopt;
    constexpr std::string_view prefix = "/to/";
    const std::string_view p = *source_pointer;
    if (p.size() <= prefix.size() || p.substr(0, prefix.size()) != prefix) return std::nullopt;
    std::size_t i = prefix.size();
    std::size_t index = 0;
    const std::size_t first = i;
    for (; i < p.size() && p[i] >= '0' && p[i] <= '9'; ++i) {
      if (i - first >= 9) return std::nullopt;  // no message has a billion recipients
      index = index * 10 + static_cast<std::size_t>(p[i] - '0');
    }
    if (i == first || (i < p.size() && p[i] != '/')) return std::nullopt;
    // RFC 6901 array indices have no leading zero ("/to/01" names no element).
    if (p[first] == '0' && i - first > 1) return std::nullopt;
    return index;
  }
};

/// `payload.cost` or one part of `cost_breakdown`: a decimal amount kept as sent, and its currency.
struct money {
  std::optional<std::string_view> amount;  ///< a decimal string ("0.0051"), or a number's token
  std::optional<std::string_view> currency;
};

/// `data.payload`: the message record. Every field is optional in Telnyx's spec and SDK models.
struct message {
  std::optional<std::string_view> id;  ///< the message id (the send request's `data.id`)
  std::optional<std::string_view> record_type;
  std::optional<std::string_view> direction;  ///< outbound, inbound
  std::optional<std::string_view> type;       ///< SMS, MMS, RCS: kept raw
  std::optional<std::string_view> messaging_profile_id;
  std::optional<std::string_view> organization_id;
  std::optional<party> from;
  std::optional<std::string_view> text;  ///< the message body (PII: Telnyx sends it in status webhooks too)
  std::optional<std::string_view> body;  ///< RCS: the `body` object, as raw JSON
  std::optional<std::string_view> subject;
  std::optional<std::string_view> encoding;  ///< GSM-7, UCS-2
  std::optional<std::int64_t> parts;         ///< segments of a concatenated SMS (1-10)
  std::optional<std::int64_t> num_chars;
  std::optional<bool> smart_encoding_applied;
  std::optional<money> cost;
  std::optional<money> carrier_fee;  ///< `cost_breakdown.carrier_fee`
  std::optional<money> rate;         ///< `cost_breakdown.rate`
  std::optional<timestamp> received_at;
  std::optional<timestamp> sent_at;
  std::optional<timestamp> completed_at;
  std::optional<timestamp> valid_until;
  std::optional<std::string_view> wait_seconds;  ///< a number's token
  std::optional<std::string_view> webhook_url;   ///< may be ""
  std::optional<std::string_view> webhook_failover_url;
  std::optional<std::string_view> tcr_campaign_id;
  std::optional<std::string_view> group_message_id;   ///< group MMS: one event per recipient shares it
  std::optional<std::string_view> autoresponse_type;  ///< inbound: STOP, START, HELP
  std::optional<bool> is_spam;
  std::optional<std::string_view> media;  ///< the raw JSON array
  std::optional<std::string_view> tags;   ///< the raw JSON array
  std::optional<std::string_view> cc;     ///< the raw JSON array (strings or objects)
  span<error_object> errors;              ///< payload-level: `source.pointer` may name the recipient
};

/// One callback of a Telnyx webhook: the event, its message and the one recipient it is about.
struct event {
  // `data`
  std::optional<std::string_view> event_type_text;  ///< `data.event_type` verbatim
  telnyx::event_type type = event_type::other;      ///< derived by the parser
  std::optional<std::string_view> id;               ///< `data.id`: the event id, Telnyx's idempotency key
  std::optional<timestamp> occurred_at;
  std::optional<std::string_view> record_type;  ///< "event"
  // `meta`
  std::optional<std::int64_t> attempt;  ///< `meta.attempt`: delivery attempt, from 1
  std::optional<std::string_view> delivered_to;
  telnyx::message payload;

  /// This callback's `to[]` entry; empty when the payload has no `to` (or an empty one).
  party recipient;
  std::size_t recipient_index = 0;                    ///< its index in `to[]`
  std::size_t recipient_count = 0;                    ///< entries in `to[]` (1 for a plain string, 0 for none)
  status_value status = status_value::unknown_value;  ///< derived from recipient.status

  /// The error about this recipient: the first whose `source.pointer` names its `to[]` entry, else the first
  /// that names no entry (reference, verdict rule 5), or nullptr. An error whose pointer names another entry
  /// is never this one's: a delivered recipient of a group does not show its neighbour's 40300.
  constexpr const error_object* error() const noexcept {
    const error_object* unaddressed = nullptr;
    for (const error_object& e : payload.errors) {
      const std::optional<std::size_t> at = e.recipient_index();
      if (!at) {
        if (unaddressed == nullptr) unaddressed = &e;
      } else if (*at == recipient_index) {
        return &e;
      }
    }
    return unaddressed;
  }
};

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_EVENT_HPP
