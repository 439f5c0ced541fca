#ifndef TRIAGE_TRACKER_STATE_HPP
#define TRIAGE_TRACKER_STATE_HPP

// The folded state of one message (and recipient), and the rule that decides which callback has the last
// word on it.
//
// The rule orders the callbacks of one key; the state shows the greatest one seen:
//  1. phase: terminal > in_flight > info. A final state never regresses: a late `sending` or `sent` after
//     `delivered` is counted in the history but does not undo it, and a read receipt does not hide a
//     delivery.
//  2. for a provider whose ordering rule says failure_outranks_delivery, among terminal callbacks: a failure
//     > a delivery, whatever their times (a provider that sends a failure for every failed part of a
//     multipart SMS and a success only for the last part, without saying which part a callback is about:
//     a success does not vouch for the parts before it, so a message with a failed part stays failed).
//     Then, among terminal callbacks, the provider's own rank of its final reports (observation::
//     terminal_rank: Infobip ranks a delivery to the handset over a failure over a delivery to the operator
//     over an expiry, whatever their times); equal ranks (0 for the providers that rank none) go on.
//  3. the provider's time: the newer wins. This is the "last word" rule of most providers: a `delivered`
//     after a `failed` (a provider's own retry, or a correction) is kept, and so is a `failed` after a
//     `delivered`. A callback without a time counts as happening at the newest time the key has seen so
//     far (or before every timed one, if it has seen none).
//  4. arrival: the later wins a tie.
//
// A multipart message whose callbacks say their part and the part count (observation::part, parts) is
// one state whose parts are counted: it is failed as soon as any part failed (rule 2 holds for it whatever
// the provider's rule), and delivered only when every part is. The delivery of a part while others are
// outstanding is folded as in flight (verdict part_delivered_verdict), so that the state neither says
// delivered early nor loses the part.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "triage/taxonomy.hpp"
#include "triage/timestamp.hpp"
#include "triage/tracker/observation.hpp"

namespace triage {

/// How a provider's callbacks of one key are ordered, beyond phase and time (rule 2 above). Each provider's
/// face says its own (traits::ordering).
struct ordering_rule {
  bool failure_outranks_delivery = false;
};

/// An optional string the state owns: assigning keeps its capacity, so updating a state does not allocate
/// once its strings have grown (std::optional<std::string> would free on every reset).
class owned_text {
 public:
  void assign(const std::optional<std::string_view>& text) {
    present_ = text.has_value();
    if (present_) {
      text_.assign(text->data(), text->size());
    } else {
      text_.clear();
    }
  }
  std::optional<std::string_view> view() const noexcept {
    return present_ ? std::optional<std::string_view>(text_) : std::nullopt;
  }
  bool has_value() const noexcept { return present_; }

 private:
  std::string text_;
  bool present_ = false;
};

/// The parts of a multipart message that a terminal callback reported on: a bit per part number (1-based).
/// SMS concatenation numbers at most 255 parts (an 8-bit field of the user data header).
class part_set {
 public:
  static constexpr std::uint16_t max_part = 255;

  constexpr void insert(std::uint16_t part) noexcept {
    if (part >= 1 && part <= max_part) words_[part / 64] |= std::uint64_t{1} << (part % 64);
  }
  constexpr bool contains(std::uint16_t part) const noexcept {
    return part >= 1 && part <= max_part && ((words_[part / 64] >> (part % 64)) & 1u) != 0;
  }
  constexpr std::uint16_t size() const noexcept {
    std::uint16_t n = 0;
    for (std::uint64_t w : words_) {
      for (; w != 0; w &= w - 1) ++n;
    }
    return n;
  }
  constexpr void clear() noexcept { words_ = {}; }

 private:
  std::array<std::uint64_t, 4> words_{};
};

/// The verdict a part's delivery is folded with while other parts of its message are outstanding.
inline constexpr triage::verdict part_delivered_verdict{
    outcome::pending, category::none, retry_advice::none,
    "tracker: a part of a multipart message delivered, not yet every part"};

/// The current state of one message (and recipient). Its strings are owned: they outlive the callbacks.
struct message_state {
  triage::provider provider{};
  owned_text id;          ///< the message id of the key (absent: a callback without an id, keyed on itself)
  std::string recipient;  ///< the recipient part of the key, where the provider keys on one; else empty
  owned_text contact;     ///< who the message is for, from the first callback that says it
  std::string_view kind;  ///< of the callback with the last word (static storage)
  owned_text status;      ///< of the callback with the last word, verbatim
  owned_text reason;      ///< of the callback with the last word
  owned_text detail;      ///< of the callback with the last word
  std::optional<std::int64_t> code;
  triage::verdict verdict;  ///< of the callback with the last word; its rule has static storage
  triage::phase phase = phase::in_flight;
  /// The provider time that ordered the callback with the last word (see the rule above).
  std::optional<utc_time> time;
  std::optional<utc_time> first_seen;  ///< the oldest provider time of the callbacks folded
  std::optional<utc_time> last_seen;   ///< the newest provider time of the callbacks folded
  std::uint64_t callbacks = 0;         ///< history length: distinct callbacks folded (duplicates excluded)
  std::uint64_t duplicates = 0;        ///< exact duplicates dropped
  std::uint32_t failures = 0;          ///< terminal callbacks that were not a delivery (Vibes: failed parts)
  std::uint32_t deliveries = 0;        ///< terminal callbacks that were a delivery
  /// A multipart message's part count (the greatest its callbacks said; 0: not multipart, or not said),
  /// and the parts a terminal callback reported delivered and failed.
  std::uint16_t parts = 0;
  part_set parts_delivered;
  part_set parts_failed;
  std::uint64_t origin = 0;         ///< the caller's tag of the callback with the last word
  std::uint8_t terminal_rank = 0;   ///< of the callback with the last word (observation::terminal_rank)
  std::uint64_t first_arrival = 0;  ///< the tracker's sequence number of the key's first callback
  std::uint64_t last_arrival = 0;   ///< the tracker's sequence number of the key's latest callback

  /// No more callbacks are expected to change it: a terminal or an informational state.
  bool is_final() const noexcept { return phase != phase::in_flight; }
};

namespace detail {

constexpr int phase_rank(phase p) noexcept {
  switch (p) {
    case phase::info: return 0;
    case phase::in_flight: return 1;
    case phase::terminal: return 2;
  }
  return 1;
}

}  // namespace detail

/// Whether a callback (`in_*`, arriving now) takes the last word from the one that has it (`cur_*`).
/// Times are the ordering times of the rule above (a timeless callback already given the key's newest).
/// `*_terminal_rank`: observation::terminal_rank, compared between two terminal callbacks only.
constexpr bool takes_over(const ordering_rule& rule, phase cur_phase, outcome cur_outcome,
                          const std::optional<utc_time>& cur_time, phase in_phase, outcome in_outcome,
                          const std::optional<utc_time>& in_time, std::uint8_t cur_terminal_rank = 0,
                          std::uint8_t in_terminal_rank = 0) noexcept {
  const int cur_rank = detail::phase_rank(cur_phase), in_rank = detail::phase_rank(in_phase);
  if (cur_rank != in_rank) return in_rank > cur_rank;
  if (rule.failure_outranks_delivery && in_phase == phase::terminal) {
    const bool cur_failed = cur_outcome != outcome::delivered, in_failed = in_outcome != outcome::delivered;
    if (cur_failed != in_failed) return in_failed;
  }
  if (in_phase == phase::terminal && cur_terminal_rank != in_terminal_rank) {
    return in_terminal_rank > cur_terminal_rank;
  }
  if (!cur_time) return true;
  if (!in_time) return false;
  return !(*in_time < *cur_time);
}

}  // namespace triage

#endif  // TRIAGE_TRACKER_STATE_HPP
