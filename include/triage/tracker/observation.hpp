#ifndef TRIAGE_TRACKER_OBSERVATION_HPP
#define TRIAGE_TRACKER_OBSERVATION_HPP

// What the tracker needs from one callback, whatever its provider: the key of the message (and recipient)
// it reports on, where it stands in the message's life, its verdict, its provider timestamp, and a
// fingerprint that is equal for two deliveries of the same callback (webhooks arrive at least once).
//
// Each provider says how its callbacks fill it, in `fill_observation` beside its callback type
// (<provider>/tracker_key.hpp): the key, the contact, the time, the phase and the fingerprint.
// A callback without an id cannot be correlated: it is a state of its own, keyed on its fingerprint.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/detail/enum_table.hpp"
#include "triage/taxonomy.hpp"
#include "triage/timestamp.hpp"

namespace triage {

/// Where a callback stands in the life of the message it reports on.
enum class phase : std::uint8_t {
  info,       ///< reports no outbound delivery: an inbound message, a read receipt, a callback of another type
  in_flight,  ///< more callbacks will come (queued, sending, sent, enroute), or a status this library does not know
  terminal,   ///< the provider's final word on the delivery: delivered, failed, or a final unknown (9902, expired)
};

inline constexpr enum_name<phase> phase_names[] = {
    {phase::info, "info"}, {phase::in_flight, "in_flight"}, {phase::terminal, "terminal"}};
constexpr const auto& enum_table(phase) noexcept { return phase_names; }
inline constexpr auto all_phases = all_values<phase>();

/// One callback as the tracker sees it. Views follow the lifetime of the callback they came from.
struct observation {
  triage::provider provider{};
  std::optional<std::string_view> id;  ///< the message id of the key; absent: the callback is keyed on its fingerprint
  std::string_view recipient;          ///< the recipient part of the key, where the provider keys on one; else empty
  std::optional<std::string_view> contact;  ///< who the message is for: a number, an address or a person key
  callback_fields fields;                   ///< kind, status, reason, detail, code (its `id` is the callback's own)
  triage::verdict verdict;
  triage::phase phase = phase::in_flight;
  std::optional<utc_time> time;   ///< the provider's time of the event
  std::uint64_t fingerprint = 0;  ///< equal for two deliveries of the same callback to the same key
  /// The part of a multipart message the callback is about, 1-based, and how many parts the message has,
  /// where the provider says both (Plivo's PartInfo "2 of 3"); 0 when it does not. The tracker folds the
  /// parts of one key (tracker/state.hpp) and tells two parts' callbacks apart by the part, so the
  /// fingerprint need not hold it.
  std::uint16_t part = 0;
  std::uint16_t parts = 0;
  /// Among the terminal callbacks of one key, a provider's own ranking of its final reports, before their
  /// times (tracker/state.hpp, rule 2): the higher keeps the last word. Infobip's rule 8: delivered to the
  /// handset > failed > delivered to the operator > expired. 0 for every callback of the providers that
  /// rank none, which leaves the order to time.
  std::uint8_t terminal_rank = 0;
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

}  // namespace detail

}  // namespace triage

#endif  // TRIAGE_TRACKER_OBSERVATION_HPP
