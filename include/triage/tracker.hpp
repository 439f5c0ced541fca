#ifndef TRIAGE_TRACKER_HPP
#define TRIAGE_TRACKER_HPP

// triage::tracker: folds a stream of callbacks into one current state per message (and recipient).
//
// Providers deliver webhooks at least once, one receipt per part of a multipart SMS (Vibes) and one event
// per recipient of a group message (Bandwidth). The tracker keys every callback (tracker/observation.hpp:
// the key per provider), drops exact duplicates, and keeps per key the callback with the last word
// (tracker/state.hpp: the ordering rule per provider), so that a final state never regresses. Where the
// callbacks say their part and the part count, the parts of a message are counted: it is delivered when
// every part is, and failed when any part failed.
//
// Memory is bounded: at most `capacity` states (tracker/lru_table.hpp). A new key over capacity evicts the least
// recently updated final state; when every state is still in flight it evicts the least recently updated one of those
// and counts it in stats().evicted_open. The eviction handler sees each state before it goes. A callback of an evicted
// key starts a new state, so size the capacity to the keys alive within the providers' retry windows (Bandwidth retries
// for 24 h, Bird for 8 h).
//
// Duplicates are recognised by the fingerprints of the last `remembered_fingerprints` distinct callbacks
// of a key; an older one arriving again is folded again, which can change nothing but the counters.
//
// Steady state: updating an existing key allocates nothing once its strings have grown; a new key costs
// its strings (short ones fit in place). Lookups hash the key once and never allocate. Folding allocates,
// so observe() and observe_payload() are not noexcept: when memory runs out they throw std::bad_alloc (a
// payload's parse error is still a value).

#include <simdjson.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "triage/callback.hpp"
#include "triage/classify.hpp"
#include "triage/error.hpp"
#include "triage/fmt.hpp"
#include "triage/parser.hpp"
#include "triage/providers.hpp"
#include "triage/result.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/lru_table.hpp"
#include "triage/tracker/observation.hpp"
#include "triage/tracker/state.hpp"

namespace triage {

struct tracker_options {
  std::size_t capacity = std::size_t{1} << 17;  ///< states kept at most (at least 1, at most 2^31)
  parser_options parser{};                      ///< for observe_payload
};

struct tracker_stats {
  std::uint64_t callbacks = 0;      ///< observed, duplicates included
  std::uint64_t duplicates = 0;     ///< exact duplicates dropped
  std::uint64_t keys_created = 0;   ///< states created (an evicted key seen again counts again)
  std::uint64_t evicted_final = 0;  ///< final states evicted to make room
  std::uint64_t evicted_open = 0;   ///< in-flight states evicted because no final state was left to evict
};

/// What observe() did with a callback.
enum class observe_status : std::uint8_t {
  created,    ///< the first callback of its key
  changed,    ///< took the last word: the state now shows it
  kept,       ///< folded into the history; an earlier or stronger callback keeps the last word
  duplicate,  ///< an exact duplicate of a callback already folded: dropped
};

inline constexpr enum_name<observe_status> observe_status_names[] = {{observe_status::created, "created"},
                                                                     {observe_status::changed, "changed"},
                                                                     {observe_status::kept, "kept"},
                                                                     {observe_status::duplicate, "duplicate"}};
constexpr const auto& enum_table(observe_status) noexcept { return observe_status_names; }

/// The observation of a callback: its key, phase, verdict (triage::classify), time and fingerprint, from
/// its provider's fill_observation (<provider>/tracker_key.hpp).
inline observation make_observation(const callback& cb) noexcept {
  observation o;
  o.provider = cb.provider();
  o.fields = cb.fields();
  o.verdict = classify(cb);
  std::visit([&o](const auto& typed) { fill_observation(typed, o); }, cb.variant());
  return o;
}

namespace detail {

template <class... P>
constexpr std::array<ordering_rule, sizeof...(P)> orderings_of(provider_list<P...>) noexcept {
  return {P::ordering...};
}
inline constexpr auto provider_orderings = orderings_of(providers{});

/// The ordering rule of a provider's callbacks (tracker/state.hpp).
constexpr const ordering_rule& ordering_of(provider p) noexcept {
  return provider_orderings[static_cast<std::size_t>(p)];
}

}  // namespace detail

class tracker {
 public:
  /// Distinct callbacks per key whose fingerprints are remembered for duplicate detection.
  static constexpr std::size_t remembered_fingerprints = 8;

  /// Called with a state about to be evicted, and whether it was final.
  using eviction_handler = std::function<void(const message_state&, bool was_final)>;

  explicit tracker(tracker_options options = {}) noexcept
      : capacity_(clamp_capacity(options.capacity)), parser_(options.parser) {}

  tracker(const tracker&) = delete;
  tracker& operator=(const tracker&) = delete;
  tracker(tracker&&) = default;
  tracker& operator=(tracker&&) = default;

  void on_eviction(eviction_handler handler) noexcept { on_evict_ = std::move(handler); }

  /// Folds one callback. `origin` is any tag of yours (a file and line, an offset); the state keeps the
  /// one of the callback with the last word.
  observe_status observe(const callback& cb, std::uint64_t origin = 0) { return observe(make_observation(cb), origin); }

  observe_status observe(const observation& o, std::uint64_t origin = 0) {
    ++stats_.callbacks;
    ++sequence_;
    const std::uint64_t hash = key_hash(o);
    const std::uint32_t slot = lookup(hash, o);
    const std::uint64_t identity = identity_of(o);
    if (slot == table::no_slot) {
      insert(hash, o, origin);
      return observe_status::created;
    }
    entry& e = table_[slot];
    message_state& s = e.state;
    s.last_arrival = sequence_;
    for (std::size_t i = 0; i < e.seen_count; ++i) {
      if (e.seen[i] == identity) {
        ++s.duplicates;
        ++stats_.duplicates;
        table_.move_to_front(slot, list_of(s));
        return observe_status::duplicate;
      }
    }
    remember(e, identity);
    ++s.callbacks;
    count_terminal(s, o);
    const folded f = fold_part(s, o);
    // A timeless callback happens at the newest time the key has seen (tracker/state.hpp, rule 3).
    const std::optional<utc_time> when = o.time ? o.time : s.last_seen;
    widen_seen(s, o.time);
    if (!s.contact.has_value() && o.contact) s.contact.assign(o.contact);
    const bool takes = takes_over(ordering_for(s), s.phase, s.verdict.outcome, s.time, f.phase, f.verdict.outcome, when,
                                  s.terminal_rank, o.terminal_rank);
    if (takes) set_last_word(s, o, f, when, origin);
    table_.move_to_front(slot, list_of(s));
    return takes ? observe_status::changed : observe_status::kept;
  }

  /// Parses a payload with the tracker's own parser and folds its callbacks. Returns how many it held, or
  /// the parse error (nothing is folded then).
  result<std::size_t> observe_payload(std::string_view json, std::uint64_t origin = 0) {
    return fold_batch(parser_.parse(json), origin);
  }
  result<std::size_t> observe_payload(simdjson::padded_string_view json, std::uint64_t origin = 0) {
    return fold_batch(parser_.parse(json), origin);
  }
  result<std::size_t> observe_payload(simdjson::padded_string_view json, provider known, std::uint64_t origin = 0) {
    return fold_batch(parser_.parse(json, known), origin);
  }

  /// The state of a key, or nullptr. `recipient` is the recipient part of the key, for providers that key on one.
  /// Valid until the next observe.
  const message_state* find(provider p, std::string_view id, std::string_view recipient = {}) const noexcept {
    observation o;
    o.provider = p;
    o.id = id;
    o.recipient = recipient;
    const std::uint32_t slot = lookup(key_hash(o), o);
    return slot == table::no_slot ? nullptr : &table_[slot].state;
  }

  /// The state the callback folds into, or nullptr.
  const message_state* find(const callback& cb) const noexcept {
    const observation o = make_observation(cb);
    const std::uint32_t slot = lookup(key_hash(o), o);
    return slot == table::no_slot ? nullptr : &table_[slot].state;
  }

  std::size_t size() const noexcept { return table_.size(); }
  bool empty() const noexcept { return table_.size() == 0; }
  std::size_t capacity() const noexcept { return capacity_; }
  const tracker_stats& stats() const noexcept { return stats_; }
  triage::parser& parser() noexcept { return parser_; }

  /// Forgets every state (the statistics stay).
  void clear() noexcept { table_.clear(); }

 private:
  struct entry {
    message_state state;
    std::uint64_t anonymous = 0;  // the fingerprint that keys a callback without an id
    std::array<std::uint64_t, remembered_fingerprints> seen{};
    std::uint32_t seen_count = 0;
    std::uint32_t seen_next = 0;
  };
  // Two least-recently-updated lists: final states are evicted before open ones.
  using table = detail::lru_table<entry, 2>;
  static constexpr std::size_t final_list = 0;
  static constexpr std::size_t open_list = 1;

 public:
  /// Iterates the states in no particular order; invalidated by observe.
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = message_state;
    using difference_type = std::ptrdiff_t;
    using pointer = const message_state*;
    using reference = const message_state&;

    explicit const_iterator(table::const_iterator at) noexcept : at_(at) {}
    const message_state& operator*() const noexcept { return at_->state; }
    const message_state* operator->() const noexcept { return &at_->state; }
    const_iterator& operator++() noexcept {
      ++at_;
      return *this;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept { return a.at_ == b.at_; }
    friend bool operator!=(const const_iterator& a, const const_iterator& b) noexcept { return a.at_ != b.at_; }

   private:
    table::const_iterator at_;
  };
  const_iterator begin() const noexcept { return const_iterator(table_.begin()); }
  const_iterator end() const noexcept { return const_iterator(table_.end()); }

 private:
  static std::size_t clamp_capacity(std::size_t c) noexcept {
    constexpr std::size_t most = std::size_t{1} << 31;
    return c == 0 ? 1 : c > most ? most : c;
  }

  template <class Batch>
  result<std::size_t> fold_batch(const Batch& batch, std::uint64_t origin) {
    if (!batch) return batch.error();
    for (const callback& cb : *batch) observe(cb, origin);
    return batch->size();
  }

  static std::uint64_t key_hash(const observation& o) noexcept {
    detail::fingerprint_hash h;
    h.add_number(static_cast<std::uint64_t>(o.provider));
    h.add(o.id);
    h.add(o.recipient);
    if (!o.id) h.add_number(identity_of(o));
    return h.value();
  }

  // A callback's identity for duplicates: the provider's fingerprint, and the part it is about, so that
  // the same status of two parts is two callbacks.
  static std::uint64_t identity_of(const observation& o) noexcept {
    if (o.part == 0) return o.fingerprint;
    detail::fingerprint_hash h;
    h.add_number(o.fingerprint);
    h.add_number(o.part);
    return h.value();
  }

  // How a callback folds into its state: its own phase and verdict, but a part's delivery while other
  // parts are outstanding is in flight (tracker/state.hpp). Records the part in the state.
  struct folded {
    triage::phase phase;
    triage::verdict verdict;
  };
  static folded fold_part(message_state& s, const observation& o) noexcept {
    const bool is_part = o.parts > 1 && o.part >= 1 && o.part <= o.parts && o.parts <= part_set::max_part;
    if (!is_part) return {o.phase, o.verdict};
    if (o.parts > s.parts) s.parts = o.parts;
    if (o.phase != phase::terminal) return {o.phase, o.verdict};
    if (o.verdict.outcome != outcome::delivered) {
      s.parts_failed.insert(o.part);
      return {o.phase, o.verdict};
    }
    s.parts_delivered.insert(o.part);
    if (s.parts_delivered.size() < s.parts) return {phase::in_flight, part_delivered_verdict};
    return {o.phase, o.verdict};
  }

  // A multipart message is failed once any part failed, whatever the provider's rule.
  static ordering_rule ordering_for(const message_state& s) noexcept {
    ordering_rule rule = detail::ordering_of(s.provider);
    if (s.parts > 1) rule.failure_outranks_delivery = true;
    return rule;
  }

  bool same_key(const entry& e, const observation& o) const noexcept {
    const message_state& s = e.state;
    if (s.provider != o.provider || s.id.view() != o.id || s.recipient != o.recipient) return false;
    return o.id || e.anonymous == identity_of(o);
  }

  std::uint32_t lookup(std::uint64_t hash, const observation& o) const noexcept {
    return table_.find(hash, [&](const entry& e) { return same_key(e, o); });
  }

  static std::size_t list_of(const message_state& s) noexcept { return s.is_final() ? final_list : open_list; }

  void evict_one() {
    const bool final_left = table_.oldest(final_list) != table::no_slot;
    const std::uint32_t slot = table_.oldest(final_left ? final_list : open_list);
    if (final_left) {
      ++stats_.evicted_final;
    } else {
      ++stats_.evicted_open;
    }
    if (on_evict_) on_evict_(table_[slot].state, final_left);
    table_.erase(slot);
  }

  void insert(std::uint64_t hash, const observation& o, std::uint64_t origin) {
    if (table_.size() >= capacity_) evict_one();
    // On the open list for now: set_last_word decides where it belongs.
    const std::uint32_t slot = table_.insert(hash, open_list);
    // A state whose strings could not grow (std::bad_alloc) is not kept half written.
    struct erase_unless_filled {
      table& t;
      std::uint32_t slot;
      bool filled = false;
      ~erase_unless_filled() {
        if (!filled) t.erase(slot);
      }
    } guard{table_, slot};
    fill_new(table_[slot], o, origin);
    guard.filled = true;
    table_.move_to_front(slot, list_of(table_[slot].state));
    ++stats_.keys_created;
  }

  void fill_new(entry& e, const observation& o, std::uint64_t origin) {
    const std::uint64_t identity = identity_of(o);
    e.anonymous = o.id ? 0 : identity;
    e.seen_count = 0;
    e.seen_next = 0;
    remember(e, identity);
    message_state& s = e.state;
    s.provider = o.provider;
    s.id.assign(o.id);
    s.recipient.assign(o.recipient.data(), o.recipient.size());
    s.contact.assign(o.contact);
    s.first_seen = s.last_seen = o.time;
    s.callbacks = 1;
    s.duplicates = 0;
    s.failures = s.deliveries = 0;
    s.parts = 0;
    s.parts_delivered.clear();
    s.parts_failed.clear();
    count_terminal(s, o);
    s.first_arrival = s.last_arrival = sequence_;
    set_last_word(s, o, fold_part(s, o), o.time, origin);
  }

  static void remember(entry& e, std::uint64_t fingerprint) noexcept {
    e.seen[e.seen_next] = fingerprint;
    e.seen_next = static_cast<std::uint32_t>((e.seen_next + 1) % remembered_fingerprints);
    if (e.seen_count < remembered_fingerprints) ++e.seen_count;
  }

  static void count_terminal(message_state& s, const observation& o) noexcept {
    if (o.phase != phase::terminal) return;
    if (o.verdict.outcome == outcome::delivered) {
      ++s.deliveries;
    } else {
      ++s.failures;
    }
  }

  static void widen_seen(message_state& s, const std::optional<utc_time>& t) noexcept {
    if (!t) return;
    if (!s.first_seen || *t < *s.first_seen) s.first_seen = t;
    if (!s.last_seen || *s.last_seen < *t) s.last_seen = t;
  }

  static void set_last_word(message_state& s, const observation& o, const folded& f,
                            const std::optional<utc_time>& when, std::uint64_t origin) {
    s.kind = o.fields.kind;
    s.status.assign(o.fields.status);
    s.reason.assign(o.fields.reason);
    s.detail.assign(o.fields.detail);
    s.code = o.fields.code;
    s.verdict = f.verdict;
    s.phase = f.phase;
    s.time = when;
    s.origin = origin;
    s.terminal_rank = o.terminal_rank;
  }

  std::size_t capacity_;
  table table_;
  std::uint64_t sequence_ = 0;
  tracker_stats stats_;
  eviction_handler on_evict_;
  triage::parser parser_;
};

}  // namespace triage

#endif  // TRIAGE_TRACKER_HPP
