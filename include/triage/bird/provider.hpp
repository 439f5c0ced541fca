#ifndef TRIAGE_BIRD_PROVIDER_HPP
#define TRIAGE_BIRD_PROVIDER_HPP

// Bird (MessageBird), as the central code sees it (the names are listed in detail/provider_list.hpp). The
// whole story is in this folder: the message (message.hpp, sms_reason.hpp), its parser (parse.hpp), its
// tables and classifier (tables.hpp, classify.hpp), its neutral fields (fields.hpp) and its tracker key
// (tracker_key.hpp).

#include <cstddef>
#include <string_view>

#include "triage/bird/classify.hpp"
#include "triage/bird/fields.hpp"
#include "triage/bird/message.hpp"
#include "triage/bird/parse.hpp"
#include "triage/bird/platform_classify.hpp"
#include "triage/bird/platform_event.hpp"
#include "triage/bird/platform_tables.hpp"
#include "triage/bird/sms_reason.hpp"
#include "triage/bird/tables.hpp"
#include "triage/bird/tracker_key.hpp"
#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"

namespace triage::bird {

/// Bird's parser limits, part of triage::parser_options.
struct limits {
  std::size_t max_bird_contacts = 1024;  ///< entries of one Bird receiver.contacts[]
  std::size_t max_bird_parts = 1024;     ///< entries of one Bird parts[]
};

struct traits {
  static constexpr triage::provider id = triage::provider::bird;
  static constexpr std::string_view name = "bird";
  using callback_type = message;
  using storage = detail::storage;
  using limits = bird::limits;

  /// A Channels webhook is the envelope {service, event, payload} around a message; a message object is
  /// also accepted bare (the Channels API's own "Message status" object), which always has its id and its
  /// channel's id (messagebird.md). Its status is not required: a message without one classifies as unknown.
  /// The newer platform's events (platform_event.hpp) are Standard Webhooks envelopes.
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      // What a user registers with Bird ({service, event, url, signingKey, eventFilters}, messagebird.md
      // §3.1) lands in archives beside the callbacks; it lacks the payload, and its error says what it is.
      {"closest: a Bird webhook envelope, which has service and event (strings) and a payload (an object); a "
       "Bird webhook subscription (service, event, url, signingKey) has no payload: it is what is registered "
       "with Bird, not a callback",
       {{"service", json_type::string}, {"event", json_type::string}, {"payload", json_type::object}}},
      {"closest: a Bird Channels message, which has id and channelId (strings)",
       {{"id", json_type::string}, {"channelId", json_type::string}}},
      // `type` alone is Bandwidth's key too; `timestamp` and `data` are this shape's alone, and the parse
      // confirms the type names a Bird channel (a foreign Standard Webhooks event is unknown_provider).
      // The legacy Conversations webhooks: every one has its type and conversation; the message ones also
      // have all of Bandwidth's {type, message}, and the wider shape wins (provider_shape::yields).
      {"closest: a legacy MessageBird Conversations message webhook, which has type (a string), conversation "
       "and message (objects)",
       {{"type", json_type::string, R"("message.updated")"},
        {"conversation", json_type::object},
        {"message", json_type::object}}},
      {"closest: a legacy MessageBird Conversations webhook, which has type (a string) and conversation (an "
       "object)",
       {{"type", json_type::string, R"("conversation.created")"}, {"conversation", json_type::object}}},
      {"closest: a Bird platform v1 event, which has type and timestamp (strings) and data (an object)",
       {{"type", json_type::string, R"("sms.delivered")"},
        {"timestamp", json_type::string},
        {"data", json_type::object}}},
  };

  /// The last word is the newest status (Bird retries some SMS failures, so a delivery may follow one).
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept { store.reset(l.max_bird_contacts, l.max_bird_parts); }

  /// One callback per payload: the envelope's message, or the root object as a bare message.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    simdjson::ondemand::object object;
    if (!triage::detail::read_root_object(w, object, "an object (a Bird message or its webhook envelope)")) {
      return false;
    }
    message* out = sink.template add<message>();
    if (out == nullptr) return w.out_of_memory(nullptr);
    return detail::parse_document(w, object, store, *out);
  }

  /// Whether the parse saw a shape complete: the envelope with its strings (a payload object makes
  /// in_envelope), or a bare message with its own. An envelope whose root also has id and channelId but
  /// lacks service or event says no here, and is claimed by the full detection that follows.
  template <class Sink>
  static bool saw_shape(const storage&, Sink& sink) noexcept {
    const message& m = sink.template at<message>(0);
    if (m.platform != nullptr && m.platform->timestamp) return true;
    if (m.conversations != nullptr) return true;
    return m.in_envelope ? m.service && m.event : m.id && m.channel_id;
  }
};

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_PROVIDER_HPP
