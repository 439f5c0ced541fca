#ifndef TRIAGE_DETECT_HPP
#define TRIAGE_DETECT_HPP

// Which provider sent a payload, from the keys of its top-level object (or of the first element of a
// top-level array, for the providers that post arrays) and the JSON types of their values. A provider
// claims the payload when every key of one of its shapes (detail/shape.hpp) is there with its type; the
// keys are read until one shape is complete. Nothing else claims anything: a payload that completes no
// shape is error_code::unknown_provider, with the shape that came closest, the first key it missed (the
// error's path) and what that key should hold. A shape whose keys another provider's shape has, and more,
// yields to it (provider_shape::yields): the keys are read on, and the narrower shape claims the payload only
// at the end of the object if the wider one did not complete (the legacy MessageBird Conversations webhook
// {type, conversation, message} is not Bandwidth's {type, message}, in any key order).
//
// The parser first asks for less (detect_mode::provisional): the keys are read, by name only, until one that
// no other provider's shape names (a decisive key), and the provider's parse, which reads every key and its
// type anyway, then confirms that a shape was complete (traits::saw_shape). Reading on to the last shape key
// and then again from the start cost 4 to 6% of the time per callback (Bandwidth's `message` and Bird's
// `payload` come last). A claim the parse does not confirm, and any error on the way, is detected again in
// full, so the answer is the full detection's.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/detail/provider_list.hpp"
#include "triage/detail/shape.hpp"
#include "triage/error.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"

namespace triage {

namespace detail {

/// How much detect_provider reads: until a shape is complete, or until a decisive key (see above).
enum class detect_mode { complete, provisional };

/// Whether the key that starts at `raw` (just past its opening quote, in a padded buffer) is `name`: its
/// first bytes and closing quote as one word, then the rest (shape keys are rarely longer than 7 bytes).
/// The key is compared as it stands, without finding its end first: reading a whole word is safe because
/// the input is padded (as for field_key), and a key with escapes matches nothing here (for_each_field
/// decodes it and offers it again).
inline bool same_key(const char* raw, const shape_key_ref& name) noexcept {
  std::uint64_t word = 0;
  std::memcpy(&word, raw, sizeof word);
  const std::size_t size = name.name.size();
  if (size < 8) {
    const std::size_t bytes = size + 1;  // with the quote
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    const std::uint64_t mask = bytes == 8 ? ~std::uint64_t{0} : ~(~std::uint64_t{0} >> (8 * bytes));
#else
    const std::uint64_t mask = bytes == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * bytes)) - 1;
#endif
    return (word & mask) == name.quoted_head;
  }
  // The first 8 bytes matched: the key is at least that long, so its bytes up to `size` are readable.
  return word == name.quoted_head && std::memcmp(raw + 8, name.name.data() + 8, size - 8) == 0 && raw[size] == '"';
}

/// How far each shape got: a bit per key found with its type, and the first key found with the wrong type.
class shape_progress {
 public:
  static constexpr std::size_t max_shapes = 32;  ///< of all providers together (checked in providers.hpp)

  shape_progress(const shape_catalog& catalog, bool in_array) noexcept : catalog_(catalog), in_array_(in_array) {}

  /// Records one key and its value. Returns the index of a shape this completes, or max_shapes; `error` is
  /// set when the value's type cannot be read. `named` tells whether any shape names the key.
  std::size_t add(const walker& w, const char* key, od::value& value, simdjson::error_code& error,
                  bool& named) noexcept {
    json_type type = json_type::none;
    bool typed = false;
    std::size_t completed = max_shapes;
    for (const shape_key_ref* k = first_of(key); k != end_of(key); ++k) {
      if (!same_key(key, *k)) continue;
      named = true;
      if (in_array_ && !k->posts_arrays) continue;
      if (!typed) {
        od::json_type t{};
        if (auto e = value.type().get(t)) {
          error = e;
          return max_shapes;
        }
        type = to_json_type(t);
        typed = true;
      }
      if (k->type == json_type::none || k->type == type) {
        found_[k->shape] |= static_cast<std::uint8_t>(1u << k->bit);
        if (found_[k->shape] == k->full && completed == max_shapes) completed = settle(k->shape);
      } else if ((wrong_bits_[k->shape] & (1u << k->bit)) == 0) {
        wrong_bits_[k->shape] |= static_cast<std::uint8_t>(1u << k->bit);
        wrong_[k->shape][k->bit] = {type, w.offset_of(value.raw_json_token().data())};
      }
    }
    return completed;
  }

  /// Records one key by its name only, for a provisional claim (the provider's parse checks the types).
  /// Returns the index of the shape that the key decides or completes by name, or max_shapes.
  std::size_t add_name(const char* key, bool& named) noexcept {
    for (const shape_key_ref* k = first_of(key); k != end_of(key); ++k) {
      if (!same_key(key, *k)) continue;
      named = true;
      if (in_array_ && !k->posts_arrays) continue;
      if (in_array_ ? k->decisive_in_array : k->decisive) return k->shape;
      found_[k->shape] |= static_cast<std::uint8_t>(1u << k->bit);
      if (found_[k->shape] == k->full) {
        const std::size_t settled = settle(k->shape);
        if (settled != max_shapes) return settled;
      }
    }
    return max_shapes;
  }

  /// At the end of the object: the shape that completed but yielded to a wider one that did not, or
  /// max_shapes.
  std::size_t fallback() const noexcept { return fallback_; }

  /// The unknown_provider error: the shape with most keys found (the first of equals), its first key that is
  /// missing or of the wrong type.
  bool fail(walker& w, const path_node& at) const noexcept {
    std::size_t best = max_shapes;
    int best_count = 0;
    for (std::size_t s = 0; s < catalog_.shapes.size(); ++s) {
      if (in_array_ && !catalog_.shapes[s].posts_arrays) continue;
      // A key there with the wrong type counts for half: closer than a missing key, not as close as a match.
      const int count = 2 * popcount(found_[s]) + popcount(wrong_bits_[s]);
      if (count > best_count) {
        best = s;
        best_count = count;
      }
    }
    if (best == max_shapes) {
      return w.fail_at(error_code::unknown_provider, &at, 0,
                       in_array_ ? "an array whose first element has no key that a provider posting arrays always sends"
                                 : "no key that a provider always sends");
    }
    const shape& closest = *catalog_.shapes[best].what;
    // A key of the wrong type says more than a missing one: it is named first.
    std::size_t missing = 0;
    const std::uint8_t unmatched =
        wrong_bits_[best] != 0 ? wrong_bits_[best] : static_cast<std::uint8_t>(~found_[best]);
    while (((unmatched >> missing) & 1u) == 0) ++missing;
    const shape_key& key = closest.keys[missing];
    // A key name is a literal of the provider's face, so its data() is NUL-terminated for the path.
    const path_node key_at{&at, key.name.data(), path_node::no_index};
    // A key of the wrong type is reported at its value; a missing one at the start of the payload.
    const value_info wrong = (wrong_bits_[best] >> missing) & 1u ? wrong_[best][missing] : value_info{};
    return w.mismatch_at(&key_at, key.type == json_type::none ? std::string_view("a value") : to_string(key.type),
                         wrong.type, error_code::unknown_provider, wrong.offset, closest.description);
  }

 private:
  /// Trivial on purpose: the table of them is left unwritten until a key of the wrong type is seen (an
  /// initialised one cost 2 KiB of stores per payload); value_info{} is the zero one.
  struct value_info {
    json_type type;
    std::size_t offset;
  };

  /// The shape keys that start with the key's first byte.
  const shape_key_ref* first_of(const char* key) const noexcept {
    return catalog_.keys.data() + catalog_.first_of_byte[static_cast<unsigned char>(*key)];
  }
  const shape_key_ref* end_of(const char* key) const noexcept {
    return catalog_.keys.data() + catalog_.first_of_byte[static_cast<unsigned char>(*key) + 1];
  }

  /// A completed shape that yields to a wider one (provider_shape::yields) is kept as the fallback and the
  /// keys are read on; any other completes the detection.
  std::size_t settle(std::size_t shape) noexcept {
    const provider_shape& s = catalog_.shapes[shape];
    if (!(in_array_ ? s.yields_in_array : s.yields)) return shape;
    if (fallback_ == max_shapes) fallback_ = shape;
    return max_shapes;
  }

  static constexpr int popcount(std::uint8_t bits) noexcept {
    int n = 0;
    for (; bits != 0; bits &= static_cast<std::uint8_t>(bits - 1)) ++n;
    return n;
  }

  shape_catalog catalog_;
  bool in_array_;
  std::size_t fallback_ = max_shapes;
  std::uint8_t found_[max_shapes] = {};
  std::uint8_t wrong_bits_[max_shapes] = {};  ///< which entries of wrong_ are set: the rest stay unwritten
  value_info wrong_[max_shapes][shape::max_keys];
};

/// Reads the keys of `object` until a shape is complete (detect_mode::complete), or until a key that decides
/// a provider or completes a shape by name (detect_mode::provisional, which reads no value). Returns false on
/// a JSON error (recorded in `w`); `claimed` is the shape's index, or shape_progress::max_shapes.
inline bool detect_in_object(walker& w, od::object object, const path_node& at, shape_progress& progress,
                             detect_mode mode, std::size_t& claimed) noexcept {
  claimed = shape_progress::max_shapes;
  if (mode == detect_mode::provisional) {
    const bool read_all = for_each_field(w, object, at, [&](field_key key, od::value&) {
      bool named = false;
      claimed = progress.add_name(key.raw(), named);
      if (claimed != shape_progress::max_shapes) return false;
      // A key no shape names may have escapes: skipping it has for_each_field decode it and offer it again.
      return named || w.skip_field();
    });
    if (read_all && claimed == shape_progress::max_shapes) claimed = progress.fallback();
    return read_all || claimed != shape_progress::max_shapes;
  }
  simdjson::error_code error = simdjson::SUCCESS;
  // The handler stops the loop (returns false) at the key that completes a shape; that is not an error. A
  // value whose type cannot be told is not JSON (`NULL`, `tru`): that, not the provider, is the problem.
  const bool read_all = for_each_field(w, object, at, [&](field_key key, od::value& value) {
    bool named = false;
    claimed = progress.add(w, key.raw(), value, error, named);
    if (error != simdjson::SUCCESS || claimed != shape_progress::max_shapes) return false;
    return named || w.skip_field();
  });
  if (error != simdjson::SUCCESS) return w.fail(error, &at);
  if (read_all && claimed == shape_progress::max_shapes) claimed = progress.fallback();
  return read_all || claimed != shape_progress::max_shapes;
}

}  // namespace detail

/// Detects the provider of the document among the catalog's shapes (every provider's: providers.hpp) and
/// rewinds it. A payload of no provider is reported as error_code::unknown_provider, a scalar document as
/// error_code::scalar_document. With detect_mode::provisional it reads only until a decisive key: the
/// provider's parse must then confirm the shape (traits::saw_shape), and an error or a claim it does not
/// confirm be detected again in full (the error of a provisional detection is not the full one's).
inline bool detect_provider(detail::walker& w, const detail::shape_catalog& catalog, detail::detect_mode mode,
                            provider& out) noexcept {
  namespace od = simdjson::ondemand;
  od::document& doc = w.document();
  const detail::path_node root{};
  od::json_type type{};
  if (auto e = doc.type().get(type)) return w.fail(e, &root);
  std::size_t claimed = detail::shape_progress::max_shapes;
  if (type == od::json_type::object) {
    detail::shape_progress progress(catalog, false);
    od::object object;
    if (auto e = doc.get_object().get(object)) return w.fail(e, &root);
    if (!detail::detect_in_object(w, object, root, progress, mode, claimed)) return false;
    if (claimed == detail::shape_progress::max_shapes) return progress.fail(w, root);
  } else if (type == od::json_type::array) {
    detail::shape_progress progress(catalog, true);
    const detail::path_node first_at = root.element(0);
    od::array array;
    if (auto e = doc.get_array().get(array)) return w.fail(e, &root);
    bool empty = true;
    for (auto element : array) {
      empty = false;
      if (auto e = element.error()) return w.fail(e, &first_at);
      od::value& first = detail::in_place(element);
      od::json_type element_type{};
      if (auto e = first.type().get(element_type)) return w.fail(e, &first_at);
      if (element_type == od::json_type::object) {
        od::object object;
        bool is_object = false;
        if (!detail::read_object(w, first, first_at, object, is_object)) return false;
        if (!detail::detect_in_object(w, object, first_at, progress, mode, claimed)) return false;
      }
      break;  // the first element decides
    }
    if (empty) return w.fail_at(error_code::unknown_provider, &root, 0, "an empty array holds no callback");
    if (claimed == detail::shape_progress::max_shapes) return progress.fail(w, first_at);
  } else {
    doc.rewind();
    const error e = detail::scalar_document_error(w.input());
    return w.fail_at(e.code(), &root, e.offset(), e.detail());
  }
  doc.rewind();
  out = catalog.shapes[claimed].id;
  return true;
}

/// Detection in full: the shape is complete when this returns true.
inline bool detect_provider(detail::walker& w, const detail::shape_catalog& catalog, provider& out) noexcept {
  return detect_provider(w, catalog, detail::detect_mode::complete, out);
}

}  // namespace triage

#endif  // TRIAGE_DETECT_HPP
