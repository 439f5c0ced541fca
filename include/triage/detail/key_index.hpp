#ifndef TRIAGE_DETAIL_KEY_INDEX_HPP
#define TRIAGE_DETAIL_KEY_INDEX_HPP

// A table's text keys indexed by their length, built at compile time: a lookup compares a key only with the
// names of its size. The form providers' parameter tables have 30 to 60 rows, and every field of a body was
// compared with row after row (same_text rejects a row of another length quickly, but 60 of them still cost
// more than reading the field).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/table.hpp"

namespace triage::detail {

template <std::size_t N>
struct key_index {
  /// Keys longer than this share the last group.
  static constexpr std::size_t longest = 40;

  std::array<std::string_view, N> names{};         ///< the keys, grouped by length, in row order within a group
  std::array<std::uint16_t, N> rows{};             ///< the row of each of `names`
  std::array<std::uint16_t, longest + 3> first{};  ///< group g is [first[g], first[g + 1])

  /// The first row (in table order) whose key is `key`, or N.
  constexpr std::size_t find(std::string_view key) const noexcept {
    const std::size_t group = key.size() <= longest ? key.size() : longest + 1;
    for (std::size_t i = first[group]; i < first[group + 1]; ++i) {
      if (same_text(names[i], key)) return rows[i];
    }
    return N;
  }
};

/// The index of the `member` keys of `rows`.
template <class Row, std::size_t N>
constexpr key_index<N> index_keys(const Row (&rows)[N], std::string_view Row::*member) noexcept {
  static_assert(N < 0xFFFF, "rows are numbered in 16 bits");
  key_index<N> out{};
  std::size_t n = 0;
  for (std::size_t group = 0; group <= key_index<N>::longest + 1; ++group) {
    out.first[group] = static_cast<std::uint16_t>(n);
    for (std::size_t r = 0; r < N; ++r) {
      const std::size_t size = (rows[r].*member).size();
      if ((size <= key_index<N>::longest ? size : key_index<N>::longest + 1) != group) continue;
      out.names[n] = rows[r].*member;
      out.rows[n] = static_cast<std::uint16_t>(r);
      ++n;
    }
  }
  out.first[key_index<N>::longest + 2] = static_cast<std::uint16_t>(n);
  return out;
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_KEY_INDEX_HPP
