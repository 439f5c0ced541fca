#ifndef TRIAGE_VONAGE_PROVIDER_HPP
#define TRIAGE_VONAGE_PROVIDER_HPP

// Vonage (Nexmo), as the central code sees it (the names are listed in detail/provider_list.hpp). The whole
// story is in this folder: the callbacks (callback.hpp), their readers for JSON, form and query bodies
// (parse.hpp), the tables and classifier (tables.hpp, classify.hpp), the neutral fields (fields.hpp) and
// the tracker key (tracker_key.hpp).

#include <string_view>

#include "triage/detail/form_payload.hpp"
#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"
#include "triage/vonage/callback.hpp"
#include "triage/vonage/classify.hpp"
#include "triage/vonage/fields.hpp"
#include "triage/vonage/parse.hpp"
#include "triage/vonage/tables.hpp"
#include "triage/vonage/tracker_key.hpp"

namespace triage::vonage {

/// Vonage's parser limits, part of triage::parser_options. None: one request is one callback in both APIs,
/// and the lists a Messages API event may hold (an inbound message's content[], an order's items) are
/// skipped, not kept. Form bodies are bounded by parser_options::max_form_fields.
struct limits {};

struct traits {
  static constexpr triage::provider id = triage::provider::vonage;
  static constexpr std::string_view name = "vonage";
  using callback_type = callback;
  using storage = detail::storage;
  using limits = vonage::limits;

  /// The SMS API's flat parameters: a DLR has msisdn and network-code (vonage.md §12), but network-code is
  /// absent on some failed DLRs (vonage-php-sdk-core#435) and on inbound SMS, which have messageId with
  /// msisdn. The Messages API's events all have message_uuid and to (a string, or an object in v0.1).
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: a Vonage SMS API delivery receipt, which has msisdn and network-code (strings)",
       {{"msisdn", json_type::string}, {"network-code", json_type::string}}},
      {"closest: a Vonage SMS API callback, which has msisdn and messageId (strings)",
       {{"msisdn", json_type::string}, {"messageId", json_type::string}}},
      {"closest: a Vonage Messages API callback, which has message_uuid (a string) and to",
       {{"message_uuid", json_type::string}, {"to", json_type::none}}},
  };
  /// The SMS API posts the same parameters as a form or sends them as a query string.
  static constexpr triage::detail::shape form_shapes[] = {
      {"closest: a Vonage SMS API delivery receipt, which has msisdn and network-code", {{"msisdn"}, {"network-code"}}},
      {"closest: a Vonage SMS API callback, which has msisdn and messageId", {{"msisdn"}, {"messageId"}}},
  };

  /// The last word is the newest terminal status; a read receipt (phase info) after a delivery is history.
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits&) noexcept { store.reset(); }

  /// One callback per payload: the root object.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage&, Sink& sink) noexcept {
    simdjson::ondemand::object object;
    if (!triage::detail::read_root_object(w, object, "an object (a Vonage callback)")) return false;
    callback* out = sink.template add<callback>();
    if (out == nullptr) return w.out_of_memory(nullptr);
    return detail::parse_object(w, object, *out);
  }

  /// A form or query body: the SMS API's parameters.
  template <class Sink>
  static bool parse_form(triage::detail::form_source& body, storage&, Sink& sink) noexcept {
    callback* out = sink.template add<callback>();
    if (out == nullptr) return body.fail(triage::error(triage::error_code::out_of_memory, 0));
    return detail::parse_form_body(body, *out);
  }

  /// Whether the parse saw a shape complete: ids are read as strings only (null as absent), so present
  /// means a string.
  template <class Sink>
  static bool saw_shape(const storage&, Sink& sink) noexcept {
    const callback& c = sink.template at<callback>(0);
    if (c.api == api::messages) return c.messages.message_uuid && c.messages.to;
    return c.sms.msisdn && (c.sms.network_code || c.sms.message_id);
  }
};

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_PROVIDER_HPP
