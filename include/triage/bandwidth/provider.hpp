#ifndef TRIAGE_BANDWIDTH_PROVIDER_HPP
#define TRIAGE_BANDWIDTH_PROVIDER_HPP

// Bandwidth, as the central code sees it (the names are listed in detail/provider_list.hpp). The whole
// story is in this folder: the callback (message_callback.hpp), its parser (parse.hpp), its tables and
// classifier (tables.hpp, classify.hpp), its neutral fields (fields.hpp) and its tracker key
// (tracker_key.hpp).

#include <cstddef>
#include <string_view>

#include "triage/bandwidth/classify.hpp"
#include "triage/bandwidth/fields.hpp"
#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/parse.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/bandwidth/tracker_key.hpp"
#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"

namespace triage::bandwidth {

/// Bandwidth's parser limits, part of triage::parser_options.
struct limits {
  std::size_t max_bandwidth_events = 4096;      ///< events of one Bandwidth payload (its array)
  std::size_t max_bandwidth_list_items = 1024;  ///< elements of one Bandwidth message.to[] or media[]
};

struct traits {
  static constexpr triage::provider id = triage::provider::bandwidth;
  static constexpr std::string_view name = "bandwidth";
  using callback_type = message_callback;
  using storage = detail::storage;
  using limits = bandwidth::limits;

  /// Every messaging event, status or inbound, has its `type` and the `message` it is about (bandwidth.md:
  /// the callback body); Bandwidth posts them as a JSON array (a bare event object is accepted too).
  static constexpr bool posts_arrays = true;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: a Bandwidth messaging event, which has a type (a string) and a message (an object)",
       {{"type", json_type::string}, {"message", json_type::object}}},
  };

  /// The last word is the newest event (Bandwidth promises one terminal event, so two are a correction).
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept {
    store.reset(l.max_bandwidth_events, l.max_bandwidth_list_items);
  }

  /// One callback per event, in payload order; their to[] and media[] point into the pool once it is full.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    const std::size_t first = sink.size();
    const bool ok = detail::parse_payload(w, store, [&sink]() { return sink.template add<message_callback>(); });
    if (!ok) return false;
    for (std::size_t i = first; i < sink.size(); ++i) {
      detail::resolve_spans(store, i - first, sink.template at<message_callback>(i));
    }
    return true;
  }

  /// Whether the parse saw a shape complete in the first event (the one detection looks at): its type a
  /// string and its message an object (null reads as absent, another type fails the parse).
  template <class Sink>
  static bool saw_shape(const storage&, Sink& sink) noexcept {
    if (sink.size() == 0) return false;
    const message_callback& first = sink.template at<message_callback>(0);
    return first.type && first.message;
  }
};

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_PROVIDER_HPP
