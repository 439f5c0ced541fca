// The tracker's table (tracker/lru_table.hpp): lookups by hash under collisions, backward-shift deletion,
// slot reuse, and the least-recently-updated lists that decide eviction.

#include <triage/tracker/lru_table.hpp>

#include <cstdint>
#include <set>
#include <vector>

#include "catch.hpp"

namespace test_lru_table {

namespace {

using table = triage::detail::lru_table<int, 2>;

std::uint32_t find(const table& t, std::uint64_t hash, int value) {
  return t.find(hash, [value](int v) { return v == value; });
}

std::uint32_t add(table& t, std::uint64_t hash, int value, std::size_t list = 0) {
  const std::uint32_t slot = t.insert(hash, list);
  t[slot] = value;
  return slot;
}

}  // namespace

TEST_CASE("lru_table finds every value by its hash, also when all hashes collide") {
  for (const bool collide : {false, true}) {
    CAPTURE(collide);
    table t;
    for (int v = 0; v < 100; ++v) add(t, collide ? 7 : static_cast<std::uint64_t>(v) * 0x9E3779B97F4A7C15u, v);
    CHECK(t.size() == 100);
    for (int v = 0; v < 100; ++v) {
      const std::uint64_t hash = collide ? 7 : static_cast<std::uint64_t>(v) * 0x9E3779B97F4A7C15u;
      const std::uint32_t slot = find(t, hash, v);
      REQUIRE(slot != table::no_slot);
      CHECK(t[slot] == v);
    }
    CHECK(find(t, 7, 1000) == table::no_slot);
    CHECK(find(t, 8, 1) == table::no_slot);
  }
}

TEST_CASE("lru_table erases with backward shift: the values after a hole stay reachable") {
  table t;
  std::vector<std::uint32_t> slots;
  // Hashes 0..15 with a run of collisions at 3: erasing from the middle of the run must move the rest.
  for (int v = 0; v < 6; ++v) slots.push_back(add(t, 3, v));
  for (int v = 6; v < 12; ++v) slots.push_back(add(t, static_cast<std::uint64_t>(v), v));
  for (int gone : {2, 0, 7, 5}) {
    t.erase(slots[static_cast<std::size_t>(gone)]);
    CHECK(find(t, gone < 6 ? 3 : static_cast<std::uint64_t>(gone), gone) == table::no_slot);
  }
  CHECK(t.size() == 8);
  for (int v : {1, 3, 4}) CHECK(find(t, 3, v) != table::no_slot);
  for (int v : {6, 8, 9, 10, 11}) CHECK(find(t, static_cast<std::uint64_t>(v), v) != table::no_slot);
  // Freed slots are reused before the table grows.
  const std::uint32_t reused = add(t, 42, 42);
  CHECK(std::set<std::uint32_t>{slots[2], slots[0], slots[7], slots[5]}.count(reused) == 1);
}

TEST_CASE("lru_table keeps each list in update order, and a value moves between lists") {
  table t;
  const std::uint32_t a = add(t, 1, 1, 0);
  const std::uint32_t b = add(t, 2, 2, 0);
  const std::uint32_t c = add(t, 3, 3, 1);
  CHECK(t.oldest(0) == a);
  CHECK(t.oldest(1) == c);
  t.move_to_front(a, 0);  // updated: b is now the oldest of list 0
  CHECK(t.oldest(0) == b);
  t.move_to_front(c, 0);  // c moves from list 1 to list 0
  CHECK(t.oldest(1) == table::no_slot);
  CHECK(t.oldest(0) == b);
  t.erase(b);
  CHECK(t.oldest(0) == a);
  t.erase(a);
  CHECK(t.oldest(0) == c);
  t.erase(c);
  CHECK(t.oldest(0) == table::no_slot);
  CHECK(t.size() == 0);
}

TEST_CASE("lru_table iterates its live values only, and clear empties it") {
  table t;
  std::vector<std::uint32_t> slots;
  for (int v = 0; v < 10; ++v) slots.push_back(add(t, static_cast<std::uint64_t>(v), v));
  for (int v = 0; v < 10; v += 3) t.erase(slots[static_cast<std::size_t>(v)]);
  std::multiset<int> seen(t.begin(), t.end());
  CHECK(seen == std::multiset<int>{1, 2, 4, 5, 7, 8});
  t.clear();
  CHECK(t.size() == 0);
  CHECK(t.begin() == t.end());
  CHECK(find(t, 1, 1) == table::no_slot);
  CHECK(t.oldest(0) == table::no_slot);
}

}  // namespace test_lru_table
