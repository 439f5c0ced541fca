#ifndef TRIAGE_WHATSAPP_PROVIDER_HPP
#define TRIAGE_WHATSAPP_PROVIDER_HPP

// The WhatsApp Cloud API (Meta), as the central code sees it (the names are listed in
// detail/provider_list.hpp). The whole story is in this folder: the callback (update.hpp), its parser
// (parse.hpp), its tables and classifier (tables.hpp, classify.hpp), its neutral fields (fields.hpp) and its
// tracker key (tracker_key.hpp).

#include <cstddef>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"
#include "triage/whatsapp/classify.hpp"
#include "triage/whatsapp/fields.hpp"
#include "triage/whatsapp/parse.hpp"
#include "triage/whatsapp/tables.hpp"
#include "triage/whatsapp/tracker_key.hpp"
#include "triage/whatsapp/update.hpp"

namespace triage::whatsapp {

/// WhatsApp's parser limits, part of triage::parser_options.
struct limits {
  /// statuses[] and messages[] items of one payload, all entries and changes together (Meta batches at
  /// most 1000 updates per POST).
  std::size_t max_whatsapp_updates = 4096;
  /// elements of one entry[], changes[], contacts[] or errors[] array
  std::size_t max_whatsapp_list_items = 1024;
};

struct traits {
  static constexpr triage::provider id = triage::provider::whatsapp;
  static constexpr std::string_view name = "whatsapp";
  using callback_type = update;
  using storage = detail::storage;
  using limits = whatsapp::limits;

  /// Every webhook of the WhatsApp Business Platform is the Graph API envelope {object, entry[]}
  /// (whatsapp.md §3). Meta's other products send the same envelope with another `object` ("page",
  /// "instagram"): the parse reads `object` and leaves those to unknown_provider.
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: a WhatsApp Business Account webhook, which has object (a string) and entry (an array)",
       {{"object", json_type::string, R"("whatsapp_business_account")"},
        {"entry", json_type::array, R"([{"changes":[{"value":{"statuses":[{"id":"wamid.x","status":"sent"}]}}]}])"}}},
  };

  /// The last word is the newest status: a terminal status never gives way to `sent`, and Meta's multi-device
  /// users see `delivered` after `failed` and the reverse (whatsapp.md §4), so the newer terminal one wins.
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept {
    store.reset(l.max_whatsapp_updates, l.max_whatsapp_list_items);
  }

  /// One callback per statuses[] and messages[] item, in payload order; their errors[] and contacts[] point
  /// into the pools once they are full.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    if (!detail::parse_payload(w, store, sink)) return false;
    for (std::size_t i = 0; i < sink.size(); ++i) detail::resolve_spans(store, i, sink.template at<update>(i));
    return true;
  }

  /// Whether the parse saw the shape complete: `object` a string and `entry` an array (null reads as
  /// absent, another type fails the parse). A payload of only non-message changes has no callback and is
  /// still WhatsApp's.
  template <class Sink>
  static bool saw_shape(const storage& store, Sink&) noexcept {
    return store.saw_object && store.saw_entry;
  }
};

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_PROVIDER_HPP
