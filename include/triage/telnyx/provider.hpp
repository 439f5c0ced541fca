#ifndef TRIAGE_TELNYX_PROVIDER_HPP
#define TRIAGE_TELNYX_PROVIDER_HPP

// Telnyx (Messaging API v2 webhooks), as the central code sees it (the names are listed in
// detail/provider_list.hpp). The whole story is in this folder: the callback (event.hpp), its parser
// (parse.hpp), its tables and classifier (tables.hpp, classify.hpp), its neutral fields (fields.hpp), its
// tracker key (tracker_key.hpp) and its verifier (verify.hpp).

#include <cstddef>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/taxonomy.hpp"
#include "triage/telnyx/classify.hpp"
#include "triage/telnyx/event.hpp"
#include "triage/telnyx/fields.hpp"
#include "triage/telnyx/parse.hpp"
#include "triage/telnyx/tables.hpp"
#include "triage/telnyx/tracker_key.hpp"
#include "triage/tracker/state.hpp"

namespace triage::telnyx {

/// Telnyx's parser limits, part of triage::parser_options.
struct limits {
  /// entries of one `payload.to[]` (a group MMS has at most 8 recipients; a plain send has one)
  std::size_t max_telnyx_recipients = 1024;
  /// elements of one `payload.errors[]`
  std::size_t max_telnyx_list_items = 1024;
};

struct traits {
  static constexpr triage::provider id = triage::provider::telnyx;
  static constexpr std::string_view name = "telnyx";
  using callback_type = event;
  using storage = detail::storage;
  using limits = telnyx::limits;

  /// The webhook is the envelope {data, meta} (reference §3.1); Telnyx's spec writes its examples as the
  /// bare `data` object {event_type, payload, ...}, which some relays forward. One key alone is no
  /// signature (`data` is in Standard Webhooks, CloudEvents, Intercom...), so an envelope without `meta` is
  /// Telnyx's only with --provider telnyx. The parse asks `data` for event_type and payload either way.
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: a Telnyx webhook, which has data and meta (objects)",
       {{"data", json_type::object, R"({"event_type":"message.sent","id":"e","payload":{"id":"m","to":[]}})"},
        {"meta", json_type::object}}},
      {"closest: a Telnyx event, which has event_type (a string) and payload (an object)",
       {{"event_type", json_type::string, R"("message.sent")"}, {"payload", json_type::object, R"({"id":"m"})"}}},
  };

  /// The last word is the newest terminal status: Telnyx sends one message.finalized per recipient, so a
  /// second is a correction; order is by occurred_at, and a late message.sent is history (reference §6).
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept {
    store.reset(l.max_telnyx_recipients, l.max_telnyx_list_items);
  }

  /// One callback per `payload.to[]` entry, in order.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    return detail::parse_payload(w, store, sink);
  }

  /// Whether the parse saw a shape complete: `data` and `meta` objects, or a bare event's event_type and
  /// payload (an envelope without `meta` is parsed when named, but not claimed on `data` alone).
  template <class Sink>
  static bool saw_shape(const storage& store, Sink&) noexcept {
    if (!store.saw_event_type || !store.saw_payload) return false;
    return store.saw_data ? store.saw_meta : true;
  }
};

}  // namespace triage::telnyx

#endif  // TRIAGE_TELNYX_PROVIDER_HPP
