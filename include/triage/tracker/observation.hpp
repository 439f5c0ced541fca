#ifndef TRIAGE_TRACKER_OBSERVATION_HPP
#define TRIAGE_TRACKER_OBSERVATION_HPP

// What the tracker needs from one callback, whatever its provider: the key of the message (and recipient)
// it reports on, where it stands in the message's life, its verdict, its provider timestamp, and a
// fingerprint that is equal for two deliveries of the same callback (webhooks arrive at least once).
//
// Keys, per provider (shared/reference/*.md):
//  - Vibes: the customer's event id, `event_processed.event_id`, which every callback of the event carries
//    (routing, message processing, carrier and handset receipts). The recipient is not part of the key:
//    an event names exactly one person (Vibes' Event API), and the routing callbacks carry no person at all.
//    The person_key is kept as `contact`. The top-level `event_id` is the id of each callback: the
//    fingerprint. A callback without `event_processed` (another callback_type) is keyed on that id.
//  - Bandwidth: `message.id` + the event's `to`: a group message has one id and one event per recipient,
//    each about its own `to` (Bandwidth also suggests deduplicating on (message.id, type, to)).
//  - Bird: the message `id`. Bird reports one status per message object, so a message with several
//    contacts (e-mail cc) is one state; the first contact is kept as `contact`.
// A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "triage/callback.hpp"
#include "triage/classify.hpp"
#include "triage/taxonomy.hpp"
#include "triage/timestamp.hpp"

namespace triage {

/// Where a callback stands in the life of the message it reports on.
enum class phase : std::uint8_t {
  info,       ///< reports no outbound delivery: an inbound message, a read receipt, another Vibes callback type
  in_flight,  ///< more callbacks will come (queued, sending, sent, enroute), or a status this library does not know
  terminal,   ///< the provider's final word on the delivery: delivered, failed, or a final unknown (9902, expired)
};

inline constexpr phase all_phases[] = {phase::info, phase::in_flight, phase::terminal};

constexpr std::string_view to_string(phase p) noexcept {
  switch (p) {
    case phase::info: return "info";
    case phase::in_flight: return "in_flight";
    case phase::terminal: return "terminal";
  }
  return "?";
}

/// One callback as the tracker sees it. Views follow the lifetime of the callback they came from.
struct observation {
  triage::provider provider = provider::vibes;
  std::optional<std::string_view> id;  ///< the message id of the key; absent: the callback is keyed on its fingerprint
  std::string_view recipient;          ///< the recipient part of the key: Bandwidth's event `to`, else empty
  std::optional<std::string_view> contact;  ///< who the message is for: Vibes person_key, Bandwidth `to`, Bird contact
  callback_fields fields;                   ///< kind, status, reason, detail, code (its `id` is the callback's own)
  triage::verdict verdict;
  triage::phase phase = phase::in_flight;
  std::optional<utc_time>
      time;  ///< the provider's time of the event: Vibes event_date, Bandwidth time, Bird lastStatusAt
  std::uint64_t fingerprint = 0;  ///< equal for two deliveries of the same callback to the same key
};

namespace detail {

/// A 64-bit hash over length-prefixed fields, so that ("ab","c") and ("a","bc") differ. Eight bytes per
/// step (a multiply and a fold, as in wyhash's mixer): keys are ids of 20 to 40 bytes, and a byte-wise
/// FNV showed in the tracker benchmark.
class fingerprint_hash {
 public:
  constexpr void add(std::string_view text) noexcept {
    add_number(text.size());
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) mix(word(text, i, 8));
    if (i < text.size()) mix(word(text, i, text.size() - i));
  }
  constexpr void add(const std::optional<std::string_view>& text) noexcept {
    mix(text ? 1 : 0);
    if (text) add(*text);
  }
  constexpr void add(const std::optional<std::int64_t>& n) noexcept {
    mix(n ? 1 : 0);
    if (n) add_number(static_cast<std::uint64_t>(*n));
  }
  constexpr void add_number(std::uint64_t n) noexcept { mix(n); }
  constexpr std::uint64_t value() const noexcept {
    std::uint64_t x = h_;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
  }

 private:
  // Little-endian assembly of up to 8 bytes; compilers turn the loop into one load.
  static constexpr std::uint64_t word(std::string_view s, std::size_t at, std::size_t n) noexcept {
    std::uint64_t w = 0;
    for (std::size_t k = 0; k < n; ++k) w |= std::uint64_t{static_cast<unsigned char>(s[at + k])} << (8 * k);
    return w;
  }
  constexpr void mix(std::uint64_t w) noexcept {
    const std::uint64_t x = (h_ ^ w) * 0x9e3779b97f4a7c15ULL;
    h_ = x ^ (x >> 29) ^ 0xa0761d6478bd642fULL;
  }
  std::uint64_t h_ = 0x243f6a8885a308d3ULL;
};

/// The phase of a verdict whose outcome says it: pending is in flight, none is info, the rest terminal.
/// An unknown outcome is terminal only when the provider's status says the delivery ended (`ended`).
constexpr phase phase_of(const verdict& v, bool ended) noexcept {
  switch (v.outcome) {
    case outcome::pending: return phase::in_flight;
    case outcome::none: return phase::info;
    case outcome::unknown: return ended ? phase::terminal : phase::in_flight;
    case outcome::delivered:
    case outcome::retryable:
    case outcome::permanent: return phase::terminal;
  }
  return phase::in_flight;
}

inline void fill_observation(const vibes::event_processed& c, observation& o) noexcept {
  o.id = c.event && c.event->event_id ? c.event->event_id : c.event_id;
  if (const vibes::action* a = c.find_action()) {
    for (const std::optional<vibes::message_parts>* parts : {&a->sms, &a->mms}) {
      if (*parts && (*parts)->person.person_key) {
        o.contact = (*parts)->person.person_key;
        break;
      }
    }
  }
  if (c.event_date) o.time = c.event_date->time();
  // Every Vibes stage but an unplaceable one ends the action when it fails or is unknown: a routing or
  // processing failure ends the event, and every receipt but the pending ones is final ("All statuses
  // except ENROUTE are Final Delivery Notifications").
  o.phase = phase_of(o.verdict, c.kind != vibes::kind::unknown);
  fingerprint_hash h;
  if (c.event_id) {
    h.add(*c.event_id);  // Vibes: "Use top-level event_id as the dedupe key"
  } else {
    h.add(o.fields.kind);
    h.add(o.fields.status);
    h.add(o.fields.reason);
    h.add(o.fields.detail);
    h.add(o.fields.code);
    h.add(c.event_date ? std::optional<std::string_view>(c.event_date->raw) : std::nullopt);
  }
  o.fingerprint = h.value();
}

inline void fill_observation(const bandwidth::message_callback& c, observation& o) noexcept {
  if (c.message) o.id = c.message->id;
  if (c.to) {
    o.recipient = *c.to;
  } else if (c.message && c.message->to.size() == 1) {
    o.recipient = c.message->to[0];
  }
  if (!o.recipient.empty()) o.contact = o.recipient;
  if (c.time) o.time = c.time->time();
  o.phase = phase_of(o.verdict, c.kind == bandwidth::kind::message_failed);
  // Bandwidth's advice: dedupe on (message.id, type, to); the key holds the id and `to`. The error code
  // keeps two contradictory failures apart.
  fingerprint_hash h;
  h.add(c.type);
  h.add(c.error_code);
  o.fingerprint = h.value();
}

inline void fill_observation(const bird::message& m, observation& o) noexcept {
  o.id = m.id;
  if (m.is_inbound() && m.sender && m.sender->contact && m.sender->contact->identifier_value) {
    o.contact = m.sender->contact->identifier_value;
  } else if (m.receiver && !m.receiver->contacts.empty()) {
    o.contact = m.receiver->contacts[0].identifier_value;
  }
  // createdAt is the same on every status of a message, so it orders nothing.
  const std::optional<timestamp>& when = m.last_status_at ? m.last_status_at : m.updated_at;
  if (when) o.time = when->time();
  o.phase = phase_of(o.verdict, m.status_value == bird::message_status::sending_failed ||
                                    m.status_value == bird::message_status::delivery_failed);
  // Bird's advice: dedupe on message id + status + lastStatusAt/updatedAt; the failure codes keep two
  // failures stamped in the same millisecond apart, and identify a timeless status.
  fingerprint_hash h;
  h.add(m.status);
  h.add(when ? std::optional<std::string_view>(when->raw) : std::nullopt);
  h.add(m.failure ? m.failure->code : std::nullopt);
  h.add(m.failure && m.failure->source ? m.failure->source->code : std::nullopt);
  if (!when) {
    h.add(m.reason);
    h.add(m.details);
  }
  o.fingerprint = h.value();
}

}  // namespace detail

/// The observation of a callback: its key, phase, verdict (triage::classify), time and fingerprint.
inline observation make_observation(const callback& cb) noexcept {
  observation o;
  o.provider = cb.provider();
  o.fields = cb.fields();
  o.verdict = classify(cb);
  std::visit([&o](const auto& typed) { detail::fill_observation(typed, o); }, cb.variant());
  return o;
}

}  // namespace triage

#endif  // TRIAGE_TRACKER_OBSERVATION_HPP
