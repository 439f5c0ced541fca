#ifndef TRIAGE_VIBES_EVENT_PROCESSED_HPP
#define TRIAGE_VIBES_EVENT_PROCESSED_HPP

// The typed Vibes `event_processed` callback (Vibes Platform "Event-Triggered Callbacks").
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer. Both stay valid until the same parser parses the next payload or is
// destroyed, provided the caller keeps the payload alive. Copy what must outlive that.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/timestamp.hpp"

namespace triage::vibes {

/// Which stage of the Vibes pipeline the callback reports on. Derived from the fields by
/// triage::vibes::derive_kind() (vibes/classify.hpp), which documents the rule.
enum class kind : std::uint8_t {
  routing,             ///< action.type "routing": the event was (or was not) routed to an action
  message_processing,  ///< a message was (or could not be) generated and queued for the carrier
  carrier_dlr,         ///< a carrier delivery receipt
  handset_dlr,         ///< a handset delivery receipt
  dlr,                 ///< a receipt whose stage the payload does not tell (status_reason rejected, expired)
  unknown,             ///< not placeable: another callback_type, no action, or an unrecognised status_reason
};

inline constexpr enum_name<kind> kind_names[] = {{kind::routing, "routing"},
                                                 {kind::message_processing, "message_processing"},
                                                 {kind::carrier_dlr, "carrier_dlr"},
                                                 {kind::handset_dlr, "handset_dlr"},
                                                 {kind::dlr, "dlr"},
                                                 {kind::unknown, "unknown"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// `action.sms.person` / `action.mms.person`.
struct person {
  std::optional<std::string_view> person_key;
  /// The person's URL; the docs send it as `resource_url` in some examples and `url` in others.
  std::optional<std::string_view> resource_url;
};

/// `action.sms` / `action.mms`.
struct message_parts {
  /// `source.resource_url` (or `source.url`): the resource that generated the message.
  std::optional<std::string_view> source_url;
  vibes::person person;
};

/// One entry of `action.failure.errors[]`.
struct failure_error {
  std::optional<std::string_view> error;  ///< free text, e.g. "Person is not found"
  std::optional<std::string_view> resource_url;
  std::optional<std::int64_t> error_code;  ///< a number, or a numeric string, in the payload
};

/// `action.failure`.
struct failure {
  std::optional<std::string_view> reason;  ///< e.g. "no_routes_accepted_event", "NoAvailableCodes"
  span<failure_error> errors;              ///< storage owned by the parser
};

/// `event_processed.action`.
struct action {
  std::optional<std::string_view> type;           ///< "routing" or "send_message"
  std::optional<std::string_view> status;         ///< "processing", "success" or "failed"
  std::optional<std::string_view> status_reason;  ///< e.g. "queued", "delivered", "rejected"
  std::optional<std::string_view> message_type;   ///< "sms" or "mms"
  std::optional<std::string_view> resource_url;
  std::optional<message_parts> sms;
  std::optional<message_parts> mms;
  std::optional<vibes::failure> failure;
};

/// The `event_processed` object: the customer's event as sent, and what Vibes did with it.
struct processed_event {
  std::optional<std::string_view> event_id;  ///< the customer's event id (correlate with this)
  std::optional<std::string_view> event_type;
  std::optional<std::string_view> event_data;  ///< raw JSON text of the object, a view into the payload
  std::optional<std::string_view> debug_data;  ///< raw JSON text of the object, a view into the payload
  std::optional<vibes::action> action;
};

/// A Vibes Platform callback body. Other callback types (subscription_added, ...) parse into the same
/// envelope with no `event` and kind::unknown.
struct event_processed {
  std::optional<std::string_view> event_id;       ///< id of this callback event: the dedupe key
  std::optional<std::string_view> callback_type;  ///< "event_processed"
  std::optional<std::string_view> event_type;     ///< deprecated duplicate of callback_type
  std::optional<timestamp> event_date;            ///< raw text, plus the time when it is valid ISO-8601
  std::optional<std::int64_t> delivery_attempt;   ///< old-wiki examples only, as a string
  std::optional<processed_event> event;           ///< the `event_processed` object
  vibes::kind kind = kind::unknown;

  constexpr const vibes::action* find_action() const noexcept {
    return event && event->action ? &*event->action : nullptr;
  }
  /// The first numeric `failure.errors[].error_code`, if any.
  constexpr std::optional<std::int64_t> first_error_code() const noexcept {
    if (const vibes::action* a = find_action(); a != nullptr && a->failure) {
      for (const failure_error& e : a->failure->errors) {
        if (e.error_code) return e.error_code;
      }
    }
    return std::nullopt;
  }
};

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_EVENT_PROCESSED_HPP
