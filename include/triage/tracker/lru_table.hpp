#ifndef TRIAGE_TRACKER_LRU_TABLE_HPP
#define TRIAGE_TRACKER_LRU_TABLE_HPP

// The tracker's table: values in reusable slots, found by a hash the caller computes, each on one of a few
// least-recently-updated lists, so that the oldest value of a list is the next to evict.
//
// Slots live in one vector and are reused through a free list, so a value's slot number is stable while it
// lives (the lists link slot numbers, not pointers). The index is open addressing over slot numbers, a power
// of two at most half full, with backward-shift deletion: no tombstones, so probes stay short under churn.
// Lookups never allocate; inserting a new value may grow the vector or the index.

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace triage::detail {

template <class Value, std::size_t Lists>
class lru_table {
 public:
  static constexpr std::uint32_t no_slot = 0xffffffffu;

  /// The slot of the live value with this hash for which `same(value)` is true, or no_slot.
  template <class Same>
  std::uint32_t find(std::uint64_t hash, Same&& same) const noexcept {
    if (index_.empty()) return no_slot;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask();; i = (i + 1) & mask()) {
      const std::uint32_t slot = index_[i];
      if (slot == no_slot) return no_slot;
      if (slots_[slot].hash == hash && same(slots_[slot].value)) return slot;
    }
  }

  /// A slot for a new value with this hash, at the front of `list`. Its value is the one a previous
  /// occupant left (or default-constructed): the caller assigns every field it uses. Throws std::bad_alloc
  /// when the slots or the index cannot grow (the table is then unchanged).
  std::uint32_t insert(std::uint64_t hash, std::size_t list) {
    grow_index();
    std::uint32_t slot;
    if (!free_.empty()) {
      slot = free_.back();
      free_.pop_back();
    } else {
      slots_.emplace_back();
      slot = static_cast<std::uint32_t>(slots_.size() - 1);
    }
    entry& e = slots_[slot];
    e.hash = hash;
    e.live = true;
    index_insert(hash, slot);
    ++size_;
    link_front(slot, list);
    return slot;
  }

  /// Frees the slot of a live value.
  void erase(std::uint32_t slot) noexcept {
    unlink(slot);
    index_erase(slots_[slot].hash, slot);
    slots_[slot].live = false;
    // Never throws: free_ keeps its capacity (a slot is freed at most once per insert that reserved it).
    free_.push_back(slot);
    --size_;
  }

  /// Moves a live value to the front of `list` (the one it is on, or another).
  void move_to_front(std::uint32_t slot, std::size_t list) noexcept {
    unlink(slot);
    link_front(slot, list);
  }

  /// The least recently moved value of `list`, or no_slot when the list is empty.
  std::uint32_t oldest(std::size_t list) const noexcept { return lists_[list].tail; }

  Value& operator[](std::uint32_t slot) noexcept { return slots_[slot].value; }
  const Value& operator[](std::uint32_t slot) const noexcept { return slots_[slot].value; }

  std::size_t size() const noexcept { return size_; }

  void clear() noexcept {
    slots_.clear();
    free_.clear();
    index_.clear();
    lists_ = {};
    size_ = 0;
  }

 private:
  struct entry {
    Value value{};
    std::uint64_t hash = 0;
    std::uint32_t prev = no_slot;
    std::uint32_t next = no_slot;
    std::uint8_t list = 0;
    bool live = false;
  };
  struct list_ends {
    std::uint32_t head = no_slot;  ///< most recently moved
    std::uint32_t tail = no_slot;  ///< least recently moved: the next to evict
  };

 public:
  /// Iterates the live values in slot order (no particular order); invalidated by insert and erase.
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Value;
    using difference_type = std::ptrdiff_t;
    using pointer = const Value*;
    using reference = const Value&;

    const_iterator(const entry* at, const entry* end) noexcept : at_(at), end_(end) { skip(); }
    const Value& operator*() const noexcept { return at_->value; }
    const Value* operator->() const noexcept { return &at_->value; }
    const_iterator& operator++() noexcept {
      ++at_;
      skip();
      return *this;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept { return a.at_ == b.at_; }
    friend bool operator!=(const const_iterator& a, const const_iterator& b) noexcept { return a.at_ != b.at_; }

   private:
    void skip() noexcept {
      while (at_ != end_ && !at_->live) ++at_;
    }
    const entry* at_;
    const entry* end_;
  };
  const_iterator begin() const noexcept { return {slots_.data(), slots_.data() + slots_.size()}; }
  const_iterator end() const noexcept { return {slots_.data() + slots_.size(), slots_.data() + slots_.size()}; }

 private:
  std::size_t mask() const noexcept { return index_.size() - 1; }

  void grow_index() {
    std::size_t want = 16;
    while (want < (size_ + 1) * 2) want *= 2;
    // The free list can take every slot, so that erase() never allocates.
    if (free_.capacity() < slots_.size() + 1) free_.reserve(2 * (slots_.size() + 1));
    if (want <= index_.size()) return;
    std::vector<std::uint32_t> index(want, no_slot);
    index_.swap(index);
    for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
      if (slots_[slot].live) index_insert(slots_[slot].hash, static_cast<std::uint32_t>(slot));
    }
  }

  void index_insert(std::uint64_t hash, std::uint32_t slot) noexcept {
    std::size_t i = static_cast<std::size_t>(hash) & mask();
    while (index_[i] != no_slot) i = (i + 1) & mask();
    index_[i] = slot;
  }

  void index_erase(std::uint64_t hash, std::uint32_t slot) noexcept {
    std::size_t i = static_cast<std::size_t>(hash) & mask();
    while (index_[i] != slot) i = (i + 1) & mask();
    for (std::size_t j = (i + 1) & mask(); index_[j] != no_slot; j = (j + 1) & mask()) {
      const std::size_t home = static_cast<std::size_t>(slots_[index_[j]].hash) & mask();
      // Move j's slot into the hole at i unless its home lies cyclically in (i, j].
      const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
      if (!stays) {
        index_[i] = index_[j];
        i = j;
      }
    }
    index_[i] = no_slot;
  }

  void unlink(std::uint32_t slot) noexcept {
    entry& e = slots_[slot];
    list_ends& l = lists_[e.list];
    if (e.prev != no_slot) {
      slots_[e.prev].next = e.next;
    } else {
      l.head = e.next;
    }
    if (e.next != no_slot) {
      slots_[e.next].prev = e.prev;
    } else {
      l.tail = e.prev;
    }
    e.prev = e.next = no_slot;
  }

  void link_front(std::uint32_t slot, std::size_t list) noexcept {
    entry& e = slots_[slot];
    list_ends& l = lists_[list];
    e.list = static_cast<std::uint8_t>(list);
    e.prev = no_slot;
    e.next = l.head;
    if (l.head != no_slot) slots_[l.head].prev = slot;
    l.head = slot;
    if (l.tail == no_slot) l.tail = slot;
  }

  std::vector<entry> slots_;          // a free slot has live == false
  std::vector<std::uint32_t> free_;   // free slots, reused before the vector grows
  std::vector<std::uint32_t> index_;  // open addressing over slots
  std::array<list_ends, Lists> lists_{};
  std::size_t size_ = 0;
};

}  // namespace triage::detail

#endif  // TRIAGE_TRACKER_LRU_TABLE_HPP
