#ifndef TRIAGE_PLIVO_PROVIDER_HPP
#define TRIAGE_PLIVO_PROVIDER_HPP

// Plivo, as the central code sees it (the names are listed in detail/provider_list.hpp). The whole story
// is in this folder: the callback (message_callback.hpp), its parser (parse.hpp), its tables and classifier
// (tables.hpp, classify.hpp), its neutral fields (fields.hpp) and its tracker key (tracker_key.hpp).
// Plivo posts forms only (plivo.md section 1: no JSON option in any doc or SDK), so its traits have form
// shapes and parse_form, and no JSON shapes.

#include <cstddef>
#include <string_view>

#include "triage/detail/form_payload.hpp"
#include "triage/detail/shape.hpp"
#include "triage/plivo/classify.hpp"
#include "triage/plivo/fields.hpp"
#include "triage/plivo/message_callback.hpp"
#include "triage/plivo/parse.hpp"
#include "triage/plivo/tables.hpp"
#include "triage/plivo/tracker_key.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"

namespace triage::plivo {

/// Plivo's parser limits, part of triage::parser_options.
struct limits {
  /// `Media<n>` URLs of one inbound message (Plivo: at most 10 attachments per MMS).
  std::size_t max_plivo_media = 100;
};

struct traits {
  static constexpr triage::provider id = triage::provider::plivo;
  static constexpr std::string_view name = "plivo";
  using callback_type = message_callback;
  using storage = detail::storage;
  using limits = plivo::limits;

  /// Every Plivo messaging callback has its MessageUUID; a status callback its Status, an inbound message
  /// its Text (SMS), Body (MMS, WhatsApp) or MediaCount (an MMS without text). MessageUUID is Plivo's own
  /// key: Twilio's forms name MessageSid, Vonage's DLRs messageId, and form keys are case-sensitive.
  static constexpr triage::detail::shape form_shapes[] = {
      {"closest: a Plivo message status callback, which has MessageUUID and Status", {{"MessageUUID"}, {"Status"}}},
      {"closest: a Plivo inbound SMS, which has MessageUUID and Text", {{"MessageUUID"}, {"Text"}}},
      {"closest: a Plivo inbound MMS or WhatsApp message, which has MessageUUID and Body", {{"MessageUUID"}, {"Body"}}},
      {"closest: a Plivo inbound MMS, which has MessageUUID and MediaCount", {{"MessageUUID"}, {"MediaCount"}}},
  };

  /// Legacy long messages report each part under the parent's key: a failed part fails the message
  /// whatever the other parts' receipts say, and their times (plivo.md section 5).
  static constexpr ordering_rule ordering = {true};

  static void reset(storage& store, const limits& l) noexcept { store.reset(l.max_plivo_media); }

  /// One callback per body.
  template <class Sink>
  static bool parse_form(triage::detail::form_source& body, storage& store, Sink& sink) noexcept {
    message_callback* out = sink.template add<message_callback>();
    if (out == nullptr) {
      return body.fail(error(error_code::out_of_memory, error::no_offset, "a buffer of the parser could not grow"));
    }
    return detail::parse_body(body, store, *out);
  }
};

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_PROVIDER_HPP
