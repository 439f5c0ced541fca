#ifndef TRIAGE_DETAIL_PROVIDER_LIST_HPP
#define TRIAGE_DETAIL_PROVIDER_LIST_HPP

// What the central code derives from the list of providers (providers.hpp). Each provider's folder has one
// face, <provider>/provider.hpp, whose struct `traits` holds a fixed set of names:
//
//   id, name            its value of enum class provider, and its lower-case name, as the CLI prints it
//   callback_type       its typed callback struct
//   limits              a struct of its parser limits, which parser_options inherits (`max_<name>_...`)
//   storage, reset()    where its parser keeps what callbacks point at, and how it is emptied per payload
//   ordering            its tracker ordering rule (tracker/state.hpp)
//
// for a provider that posts JSON, these (a provider without `shapes` posts no JSON: no JSON payload is
// detected as its, and a JSON body given as its is error_code::wrong_type):
//
//   shapes              how it is recognised (detail/shape.hpp); posts_arrays: whether it posts JSON arrays
//   parse()             its parse entry: the document into callbacks added to a sink
//   saw_shape()         after parse(): whether the payload had every key of one of its shapes (detect.hpp
//                       claims a payload provisionally on its first decisive key; this confirms it)
//
// and, for a provider that posts form-encoded bodies (or query strings), two more:
//
//   form_shapes         the keys its form bodies always have (detail/shape.hpp; their values are strings)
//   parse_form()        its parse entry for such a body (detail/form_payload.hpp)
//
// and beside its callback type, found by argument-dependent lookup, the free functions kind_of, fields_of,
// classify and fill_observation. Nothing here names a provider.

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <variant>

#include "triage/detail/enum_table.hpp"
#include "triage/detail/shape.hpp"
#include "triage/error.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"

namespace triage {

/// The providers a build knows, in the order of enum class provider.
template <class... P>
struct provider_list {
  static constexpr std::size_t size = sizeof...(P);
};

namespace detail {

template <class List>
struct list_traits;

template <class... P>
struct list_traits<provider_list<P...>> {
  using callback_variant = std::variant<typename P::callback_type...>;
  using storage_tuple = std::tuple<typename P::storage...>;

  /// Every list entry stands at the index of its enum value, so that a variant index is a provider.
  static constexpr bool in_enum_order() noexcept {
    std::size_t i = 0;
    return ((static_cast<std::size_t>(P::id) == i++) && ...);
  }

  static constexpr std::array<enum_name<provider>, sizeof...(P)> names() noexcept { return {{{P::id, P::name}...}}; }

  /// Calls `f(P{})` for the provider `p`; returns what it returns (R{} for a value outside the list).
  template <class R, class F>
  static R visit(provider p, F&& f) noexcept {
    R out{};
    (void)((p == P::id ? (out = f(P{}), true) : false) || ...);
    return out;
  }
};

/// One shape of one provider, as the detector goes through them all.
struct provider_shape {
  provider id;
  bool posts_arrays;
  const shape* what;
  /// Another provider's shape has every key of this one (with its type) and more: a payload that completes
  /// this shape is read on, and is this shape's only when the wider one does not complete too (the legacy
  /// MessageBird Conversations webhook {type, conversation, message} has all of Bandwidth's {type,
  /// message}). yields_in_array: the wider shape's provider posts arrays too (in an array only those count).
  bool yields = false;
  bool yields_in_array = false;
};

/// Whether every key of `narrow` is in `wide` with the same type, and `wide` has more keys.
constexpr bool is_within(const shape& narrow, const shape& wide) noexcept {
  if (wide.size() <= narrow.size()) return false;
  for (std::size_t k = 0; k < narrow.size(); ++k) {
    bool found = false;
    for (std::size_t j = 0; j < wide.size(); ++j) {
      if (wide.keys[j].name == narrow.keys[k].name && wide.keys[j].type == narrow.keys[k].type) found = true;
    }
    if (!found) return false;
  }
  return true;
}

/// Marks the shapes that yield to a wider shape of another provider (provider_shape::yields).
template <std::size_t Shapes>
constexpr void mark_yielding(std::array<provider_shape, Shapes>& shapes) noexcept {
  for (provider_shape& narrow : shapes) {
    for (const provider_shape& wide : shapes) {
      if (wide.id == narrow.id || !is_within(*narrow.what, *wide.what)) continue;
      narrow.yields = true;
      if (wide.posts_arrays) narrow.yields_in_array = true;
    }
  }
}

/// One key of one shape, flattened: the detector compares each key of a payload with all of them in one loop.
struct shape_key_ref {
  std::string_view name;
  json_type type;
  std::uint8_t shape;  ///< index into the shapes
  std::uint8_t bit;    ///< the key's bit in that shape's mask
  std::uint8_t full;   ///< that shape's mask with every key found
  bool posts_arrays;   ///< the shape's provider posts arrays
  /// No other provider's shape names this key (decisive_in_array: no other provider that posts arrays): a
  /// payload that has it is provisionally that provider's (detect.hpp), to be confirmed by its parse.
  bool decisive;
  bool decisive_in_array;
  /// The key as it stands in the input, from its first byte: the name followed by its closing quote, its
  /// first 8 bytes as one word in memory order (zeros past the quote).
  std::uint64_t quoted_head;
};

/// The first 8 bytes of `name` followed by a closing quote, as a word in memory order (what a load of the
/// key's bytes in the input gives), zeros past the quote.
constexpr std::uint64_t quoted_head_word(std::string_view name) noexcept {
  std::uint64_t word = 0;
  for (std::size_t i = 0; i < 8 && i <= name.size(); ++i) {
    const auto byte = static_cast<unsigned char>(i == name.size() ? '"' : name[i]);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    word |= std::uint64_t{byte} << (8 * (7 - i));
#else
    word |= std::uint64_t{byte} << (8 * i);
#endif
  }
  return word;
}

/// Every key of `shapes`, sorted by first byte, and where each byte's keys start: the detector compares a
/// payload's key only with the shape keys that start like it (keys starting with byte b are
/// [first[b], first[b + 1])).
template <std::size_t Keys>
struct shape_key_index {
  std::array<shape_key_ref, Keys> keys{};
  std::array<std::uint8_t, 257> first{};
};

template <std::size_t Keys, std::size_t Shapes>
constexpr shape_key_index<Keys> index_shape_keys(const std::array<provider_shape, Shapes>& shapes) noexcept {
  shape_key_index<Keys> out{};
  std::size_t n = 0;
  for (std::size_t byte = 0; byte < 256; ++byte) {
    out.first[byte] = static_cast<std::uint8_t>(n);
    for (std::size_t s = 0; s < Shapes; ++s) {
      const std::size_t size = shapes[s].what->size();
      for (std::size_t k = 0; k < size; ++k) {
        const std::string_view name = shapes[s].what->keys[k].name;
        if (name.empty() || static_cast<unsigned char>(name.front()) != byte) continue;
        out.keys[n++] = shape_key_ref{shapes[s].what->keys[k].name,
                                      shapes[s].what->keys[k].type,
                                      static_cast<std::uint8_t>(s),
                                      static_cast<std::uint8_t>(k),
                                      static_cast<std::uint8_t>((1u << size) - 1),
                                      shapes[s].posts_arrays,
                                      true,
                                      shapes[s].posts_arrays,
                                      quoted_head_word(name)};
      }
    }
  }
  out.first[256] = static_cast<std::uint8_t>(n);
  for (shape_key_ref& key : out.keys) {
    for (const shape_key_ref& other : out.keys) {
      if (other.name != key.name || shapes[other.shape].id == shapes[key.shape].id) continue;
      key.decisive = false;
      if (other.posts_arrays) key.decisive_in_array = false;
    }
  }
  return out;
}

template <std::size_t Shapes>
constexpr std::size_t count_shape_keys(const std::array<provider_shape, Shapes>& shapes) noexcept {
  std::size_t n = 0;
  for (const provider_shape& s : shapes) n += s.what->size();
  return n;
}

/// Shapes and their keys flattened and indexed by first byte (providers.hpp builds the JSON and the form
/// catalogs at compile time; detect.hpp and form_payload.hpp compare keys with them).
struct shape_catalog {
  span<provider_shape> shapes;
  span<shape_key_ref> keys;           ///< sorted by first byte
  const std::uint8_t* first_of_byte;  ///< keys starting with byte b: [first_of_byte[b], first_of_byte[b + 1])
};

/// Whether a provider posts JSON bodies: its traits name shapes (and posts_arrays, parse, saw_shape).
template <class P, class = void>
struct reads_json : std::false_type {};
template <class P>
struct reads_json<P, std::void_t<decltype(P::shapes)>> : std::true_type {};

template <class P>
constexpr std::size_t json_shape_count() noexcept {
  if constexpr (reads_json<P>::value) {
    return std::size(P::shapes);
  } else {
    return 0;
  }
}

/// Whether a provider posts form bodies: its traits name form_shapes (and parse_form).
template <class P, class = void>
struct reads_forms : std::false_type {};
template <class P>
struct reads_forms<P, std::void_t<decltype(P::form_shapes)>> : std::true_type {};

template <class P>
constexpr std::size_t form_shape_count() noexcept {
  if constexpr (reads_forms<P>::value) {
    return std::size(P::form_shapes);
  } else {
    return 0;
  }
}

/// Every form shape of the providers that post forms, in list order.
template <class... P>
constexpr auto all_form_shapes(provider_list<P...>) noexcept {
  std::array<provider_shape, (form_shape_count<P>() + ... + 0)> out{};
  std::size_t i = 0;
  auto add = [&](auto face) {
    using traits = decltype(face);
    if constexpr (reads_forms<traits>::value) {
      for (const shape& s : traits::form_shapes) out[i++] = provider_shape{traits::id, false, &s};
    }
  };
  (add(P{}), ...);
  (void)add;
  (void)i;
  return out;
}

template <class... P>
constexpr auto all_shapes(provider_list<P...>) noexcept {
  std::array<provider_shape, (json_shape_count<P>() + ... + 0)> out{};
  std::size_t i = 0;
  auto add = [&](auto face) {
    using traits = decltype(face);
    if constexpr (reads_json<traits>::value) {
      for (const shape& s : traits::shapes) out[i++] = provider_shape{traits::id, traits::posts_arrays, &s};
    }
  };
  (add(P{}), ...);
  (void)add;
  (void)i;
  mark_yielding(out);
  return out;
}

}  // namespace detail

}  // namespace triage

#endif  // TRIAGE_DETAIL_PROVIDER_LIST_HPP
