#ifndef TRIAGE_TWILIO_PROVIDER_HPP
#define TRIAGE_TWILIO_PROVIDER_HPP

// Twilio, as the central code sees it (the names are listed in detail/provider_list.hpp). Twilio posts its
// messaging webhooks as form bodies (or GET query strings), so its face names form_shapes and parse_form;
// it has no JSON shape, and a JSON body given to it is an error value. The whole story is in this folder:
// the callback (message_callback.hpp), its parser (parse.hpp), its tables and classifier (tables.hpp,
// classify.hpp), its neutral fields (fields.hpp) and its tracker key (tracker_key.hpp).

#include <array>
#include <cstddef>
#include <string_view>

#include "triage/detail/form_payload.hpp"
#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/error.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"
#include "triage/twilio/classify.hpp"
#include "triage/twilio/fields.hpp"
#include "triage/twilio/message_callback.hpp"
#include "triage/twilio/parse.hpp"
#include "triage/twilio/tables.hpp"
#include "triage/twilio/tracker_key.hpp"

namespace triage::twilio {

/// Twilio's parser limits, part of triage::parser_options.
struct limits {
  /// Media items of one inbound message: MediaUrl{N} with N below this (Twilio sends at most 10 on MMS).
  std::size_t max_twilio_media = 64;
};

struct traits {
  static constexpr triage::provider id = triage::provider::twilio;
  static constexpr std::string_view name = "twilio";
  using callback_type = message_callback;
  using storage = detail::storage;
  using limits = twilio::limits;

  /// No JSON shape: Twilio's messaging webhooks are never JSON (twilio.md section 1).
  static constexpr bool posts_arrays = false;
  static constexpr std::array<triage::detail::shape, 0> shapes{};

  /// Every Twilio messaging webhook, status callback or inbound message, has the message's id and the
  /// account's (twilio.md section 3: MessageSid "always", AccountSid on every request); bodies of the
  /// deprecated names have SmsSid instead.
  static constexpr triage::detail::shape form_shapes[] = {
      {"closest: a Twilio messaging webhook, which has MessageSid and AccountSid", {{"MessageSid"}, {"AccountSid"}}},
      {"closest: a Twilio messaging webhook of the old names, which has SmsSid and AccountSid",
       {{"SmsSid"}, {"AccountSid"}}},
  };

  /// The last word is the latest callback that ends the delivery: Twilio sends one terminal status per
  /// message, so a second one is a correction, and the callbacks carry no time to order them otherwise.
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept { store.reset(l.max_twilio_media); }

  /// A JSON document is not a Twilio messaging webhook.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage&, Sink&) noexcept {
    const triage::detail::path_node root{};
    return w.fail_at(error_code::wrong_type, &root, 0,
                     "a JSON document, but Twilio posts its messaging webhooks as form-encoded bodies");
  }
  template <class Sink>
  static bool saw_shape(const storage&, Sink&) noexcept {
    return false;
  }

  /// One callback per body.
  template <class Sink>
  static bool parse_form(triage::detail::form_source& body, storage& store, Sink& sink) noexcept {
    message_callback* out = sink.template add<message_callback>();
    if (out == nullptr) return body.fail(error(error_code::out_of_memory, error::no_offset));
    return detail::parse_form(body, store, *out);
  }
};

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_PROVIDER_HPP
