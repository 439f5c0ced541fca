#ifndef TRIAGE_DETAIL_FORM_PAYLOAD_HPP
#define TRIAGE_DETAIL_FORM_PAYLOAD_HPP

// Form-encoded bodies (and query strings) through the providers that post them: which provider a body is
// from, by its form shapes, and its parse entry. The JSON path is the parser's own (parser.hpp); this one
// needs no simdjson, and it is a template over the list so that a test can run it over a list of its own.
//
// A provider that posts forms names in its traits (detail/provider_list.hpp):
//
//   static constexpr triage::detail::shape form_shapes[] = {{"closest: ...", {{"MessageSid"}, {"SmsStatus"}}}};
//   template <class Sink> static bool parse_form(form_source& body, storage&, Sink& sink) noexcept;
//
// parse_form reads the fields with a form_reader over body.text() (body.reader()), adds its callbacks to the
// sink, and on a problem returns body.fail(...) with the error. Views into the body's scratch buffer stay
// valid until the next parse, as the JSON path's views into the parser's string buffer.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "triage/detail/form.hpp"
#include "triage/detail/provider_list.hpp"
#include "triage/detail/shape.hpp"
#include "triage/error.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"

namespace triage::detail {

/// What a provider's parse_form reads: the body, the scratch buffer its decoded values live in, the limits,
/// and the error it reports.
class form_source {
 public:
  form_source(std::string_view text, std::vector<char>& scratch, form_limits limits) noexcept
      : text_(text), scratch_(scratch), limits_(limits) {}

  std::string_view text() const noexcept { return text_; }
  std::vector<char>& scratch() noexcept { return scratch_; }
  const form_limits& limits() const noexcept { return limits_; }

  /// Records the error; always false, so that a parse entry can `return body.fail(...)`.
  bool fail(const error& e) noexcept {
    failure_ = e;
    return false;
  }
  const error& failure() const noexcept { return failure_; }

 private:
  std::string_view text_;
  std::vector<char>& scratch_;
  form_limits limits_;
  error failure_{};
};

/// The most form shapes a detection compares (a mask of the keys found per shape lives on the stack).
inline constexpr std::size_t max_form_shapes = 32;

/// Whether `found` (a bit per key of the shape, in its order) holds every key of `s`.
constexpr bool completes(const provider_shape& s, std::uint8_t found) noexcept {
  return found == static_cast<std::uint8_t>((1u << s.what->size()) - 1);
}

/// The provider of a form body: the first of `shapes` (in list order) whose keys are all in the body,
/// compared decoded and exactly. Reads every field (a form has no nested value to skip, and a later key may
/// complete an earlier shape). False with `failure` set when the body cannot be read, or completes no shape:
/// error_code::unknown_provider naming the closest shape and its first missing key.
inline bool detect_form_provider(form_source& body, span<provider_shape> shapes, provider& out) noexcept {
  if (shapes.size() > max_form_shapes)
    return body.fail(error(error_code::internal, error::no_offset, "too many form shapes"));
  std::uint8_t found[max_form_shapes] = {};
  form_reader reader(body.text(), body.scratch(), body.limits());
  form_field field;
  while (reader.next(field)) {
    for (std::size_t s = 0; s < shapes.size(); ++s) {
      const shape& what = *shapes[s].what;
      for (std::size_t k = 0; k < what.size(); ++k) {
        if (what.keys[k].name == field.key) found[s] |= static_cast<std::uint8_t>(1u << k);
      }
    }
  }
  if (reader.failed()) return body.fail(reader.failure());
  std::size_t best = max_form_shapes;
  int best_count = 0;
  for (std::size_t s = 0; s < shapes.size(); ++s) {
    if (completes(shapes[s], found[s])) {
      out = shapes[s].id;
      return true;
    }
    int count = 0;
    for (std::uint8_t bits = found[s]; bits != 0; bits &= static_cast<std::uint8_t>(bits - 1)) ++count;
    if (count > best_count) {
      best = s;
      best_count = count;
    }
  }
  if (best == max_form_shapes) {
    return body.fail(error(error_code::unknown_provider, 0,
                           shapes.empty() ? "a form-encoded body, and no provider of this build posts forms"
                                          : "a form-encoded body without a key that a provider's forms always have"));
  }
  const shape& closest = *shapes[best].what;
  std::size_t missing = 0;
  while ((found[best] >> missing) & 1u) ++missing;
  error e(error_code::unknown_provider, 0, closest.description);
  e.with_path(closest.keys[missing].name);
  e.with_expected("a string", json_type::none);
  return body.fail(e);
}

/// The same answer as detect_form_provider(body, catalog.shapes, out), in less work: the keys are read and
/// their values stepped over (form_reader::next_key), and each key is compared only with the shape keys
/// that start with its first byte. When a shape is complete the provider's parse reads every value, so a
/// malformed value is still an error of the body (its first problem in body order, which may then be the
/// parse's own finding in an earlier field). When no shape is complete, or a key cannot be read, the body is
/// read again in full, so that the error is exactly the full detection's.
inline bool detect_form_provider(form_source& body, const shape_catalog& catalog, provider& out) noexcept {
  if (catalog.shapes.size() <= max_form_shapes) {
    std::uint8_t found[max_form_shapes] = {};
    form_reader reader(body.text(), body.scratch(), body.limits());
    form_field field;
    while (reader.next_key(field)) {
      if (field.key.empty()) continue;
      const auto first = static_cast<unsigned char>(field.key.front());
      for (std::size_t k = catalog.first_of_byte[first]; k < catalog.first_of_byte[first + 1]; ++k) {
        const shape_key_ref& key = catalog.keys[k];
        if (key.name == field.key) found[key.shape] |= static_cast<std::uint8_t>(1u << key.bit);
      }
    }
    if (!reader.failed()) {
      for (std::size_t s = 0; s < catalog.shapes.size(); ++s) {
        if (completes(catalog.shapes[s], found[s])) {
          out = catalog.shapes[s].id;
          return true;
        }
      }
    }
  }
  return detect_form_provider(body, catalog.shapes, out);
}

/// The form body through the parse entry of `which`, on its storage reset for this body. A provider that
/// posts no forms says so (error_code::wrong_type at offset 0).
template <class List, class Storage, class Options, class Sink>
bool parse_form_as(provider which, form_source& body, Storage& storage, const Options& options, Sink& sink) noexcept {
  const bool known = list_traits<List>::template visit<bool>(which, [](auto) { return true; });
  if (!known) return body.fail(error(error_code::internal, error::no_offset, "a provider outside the list"));
  return list_traits<List>::template visit<bool>(which, [&](auto face) {
    using traits = decltype(face);
    if constexpr (reads_forms<traits>::value) {
      auto& store = std::get<typename traits::storage>(storage);
      traits::reset(store, options);
      return traits::parse_form(body, store, sink);
    } else {
      return body.fail(error(error_code::wrong_type, 0, "a form-encoded body, but this provider's callbacks are JSON"));
    }
  });
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_FORM_PAYLOAD_HPP
