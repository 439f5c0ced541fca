#ifndef TRIAGE_SINCH_PROVIDER_HPP
#define TRIAGE_SINCH_PROVIDER_HPP

// Sinch (SMS REST API delivery reports and inbound messages, Conversation API callbacks), as the central
// code sees it (the names are listed in detail/provider_list.hpp). The whole story is in this folder: the
// callback (event.hpp), its parser (parse.hpp), its tables and classifier (tables.hpp, classify.hpp), its
// neutral fields (fields.hpp), its tracker key (tracker_key.hpp) and its verifier (verify.hpp).

#include <cstddef>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/sinch/classify.hpp"
#include "triage/sinch/event.hpp"
#include "triage/sinch/fields.hpp"
#include "triage/sinch/parse.hpp"
#include "triage/sinch/tables.hpp"
#include "triage/sinch/tracker_key.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"

namespace triage::sinch {

/// Sinch's parser limits, part of triage::parser_options.
struct limits {
  /// entries of one batch report's `statuses[]` (one per (status, code) pair the batch reached)
  std::size_t max_sinch_statuses = 1024;
  /// recipients listed in all the `statuses[]` of one `full` report (a batch has up to 1000 recipients
  /// today; a larger limit costs nothing until a payload uses it)
  std::size_t max_sinch_recipients = 100000;
};

struct traits {
  static constexpr triage::provider id = triage::provider::sinch;
  static constexpr std::string_view name = "sinch";
  using callback_type = event;
  using storage = detail::storage;
  using limits = sinch::limits;

  /// Sinch's first keys (type, at, batch_id, body, id, app_id) are other providers' too, and `type` may come
  /// last (reference §13.2), so a shape is the keys that only Sinch sends together: a report's `type`,
  /// `batch_id` and `recipient` or `statuses`; an inbound message's `type`, `from` and `received_at` (the
  /// parse confirms the type is a mo_*); a Conversation callback's `app_id` and its trigger object. The
  /// other Conversation triggers (notifications) are parsed when the caller names Sinch.
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: a Sinch recipient delivery report, which has type, batch_id and recipient (strings)",
       {{"type", json_type::string, R"("recipient_delivery_report_sms")"},
        {"batch_id", json_type::string},
        {"recipient", json_type::string}}},
      {"closest: a Sinch batch delivery report, which has type and batch_id (strings) and statuses (an array)",
       {{"type", json_type::string, R"("delivery_report_sms")"},
        {"batch_id", json_type::string},
        {"statuses", json_type::array, R"([{"code":0,"status":"Delivered","count":1}])"}}},
      {"closest: a Sinch inbound message, which has type, from and received_at (strings)",
       {{"type", json_type::string, R"("mo_text")"}, {"from", json_type::string}, {"received_at", json_type::string}}},
      {"closest: a Sinch Conversation delivery report, which has app_id (a string) and message_delivery_report",
       {{"app_id", json_type::string}, {"message_delivery_report", json_type::object}}},
      {"closest: a Sinch Conversation event delivery report, which has app_id (a string) and event_delivery_report",
       {{"app_id", json_type::string}, {"event_delivery_report", json_type::object}}},
      {"closest: a Sinch Conversation inbound message, which has app_id (a string) and message (an object)",
       {{"app_id", json_type::string}, {"message", json_type::object}}},
      {"closest: a Sinch Conversation inbound event, which has app_id (a string) and event (an object)",
       {{"app_id", json_type::string}, {"event", json_type::object}}},
  };

  /// The last word is the newest report (`at`, or the Conversation event time): Sinch keeps no order, and a
  /// late Dispatched is history once a final status is in (the phase rule), reference §12 rule 5.
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept {
    store.reset(l.max_sinch_statuses, l.max_sinch_recipients);
  }

  /// One callback per report, inbound message or Conversation callback; one per `statuses[]` bucket of a
  /// batch report.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    return detail::parse_payload(w, store, sink);
  }

  /// Whether the parse saw every key of one of the shapes above, with its type.
  template <class Sink>
  static bool saw_shape(const storage& store, Sink&) noexcept {
    if (store.saw_type && store.saw_batch_id && (store.saw_recipient || store.saw_statuses)) return true;
    if (store.saw_type && store.saw_from && store.saw_received_at) return true;
    if (!store.saw_app_id || !store.saw_trigger || store.common.type_text) return false;
    const kind k = store.common.kind;
    return k == kind::message_delivery_report || k == kind::event_delivery_report || k == kind::message_inbound ||
           k == kind::event_inbound;
  }
};

}  // namespace triage::sinch

#endif  // TRIAGE_SINCH_PROVIDER_HPP
