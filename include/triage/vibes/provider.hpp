#ifndef TRIAGE_VIBES_PROVIDER_HPP
#define TRIAGE_VIBES_PROVIDER_HPP

// Vibes, as the central code sees it (the names are listed in detail/provider_list.hpp). The whole story
// is in this folder: the callback (event_processed.hpp), its parser (parse.hpp), its tables and classifier
// (tables.hpp, classify.hpp), its neutral fields (fields.hpp) and its tracker key (tracker_key.hpp).

#include <cstddef>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"
#include "triage/vibes/classify.hpp"
#include "triage/vibes/event_processed.hpp"
#include "triage/vibes/fields.hpp"
#include "triage/vibes/parse.hpp"
#include "triage/vibes/tables.hpp"
#include "triage/vibes/tracker_key.hpp"

namespace triage::vibes {

/// Vibes' parser limits, part of triage::parser_options.
struct limits {
  std::size_t max_vibes_errors = 1024;  ///< entries of one Vibes failure.errors[]
};

struct traits {
  static constexpr triage::provider id = triage::provider::vibes;
  static constexpr std::string_view name = "vibes";
  using callback_type = event_processed;
  using storage = detail::storage;
  using limits = vibes::limits;

  /// Every Vibes Platform callback (event_processed and the other callback types) is an envelope with its
  /// id and type (vibes.md: "Callback envelope").
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: a Vibes callback, which has event_id and callback_type (strings)",
       {{"event_id", json_type::string}, {"callback_type", json_type::string}}},
  };

  /// Vibes sends a failure for every failed part of a multipart SMS and a success only for the last part,
  /// without saying which part a callback is about: a success does not vouch for the parts before it.
  static constexpr ordering_rule ordering = {true};

  static void reset(storage& store, const limits& l) noexcept { store.reset(l.max_vibes_errors); }

  /// One callback per payload: the root object.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    simdjson::ondemand::object object;
    if (!triage::detail::read_root_object(w, object, "an object (a Vibes callback)")) return false;
    // Parsed in place: the struct is large enough that a copy shows in the benchmarks.
    event_processed* out = sink.template add<event_processed>();
    if (out == nullptr) return w.out_of_memory(nullptr);
    return detail::parse_callback(w, object, store, *out);
  }

  /// Whether the parse saw a shape complete: strings are read as strings only (null as absent), so both
  /// present means both were strings.
  template <class Sink>
  static bool saw_shape(const storage&, Sink& sink) noexcept {
    const event_processed& callback = sink.template at<event_processed>(0);
    return callback.event_id && callback.callback_type;
  }
};

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_PROVIDER_HPP
