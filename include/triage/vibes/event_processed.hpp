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

/// Which stage of the Vibes pipeline an event_processed callback reports on, or which other callback type
/// of the Vibes Platform it is (vibes.md §2: every type posts to the same kind of endpoint). Derived from
/// the fields by triage::vibes::derive_kind() (vibes/classify.hpp), which documents the rule.
enum class kind : std::uint8_t {
  routing,             ///< action.type "routing": the event was (or was not) routed to an action
  message_processing,  ///< a message was (or could not be) generated and queued for the carrier
  carrier_dlr,         ///< a carrier delivery receipt
  handset_dlr,         ///< a handset delivery receipt
  dlr,                 ///< a receipt whose stage the payload does not tell (status_reason rejected, expired)
  // The other callback types, named as their callback_type.
  subscription_added,          ///< a person joined a subscription list
  subscription_removed,        ///< a person left a subscription list: an opt-out
  subscription_list_added,     ///< a subscription list was created
  subscription_list_updated,   ///< a subscription list was changed
  person_added,                ///< a person was added to the mobile database
  person_updated,              ///< a person's record changed (or an add matched an existing person)
  ack_participant_added,       ///< a person joined an acquisition campaign (awaiting double opt-in)
  ack_participant_changed,     ///< a participant confirmed or declined
  company_participant_added,   ///< a person joined a company-level acquisition campaign
  device_added,                ///< a push device was registered
  device_updated,              ///< a push device changed
  device_removed,              ///< a push device was removed
  wallet_item_install,         ///< a mobile wallet item was installed
  wallet_item_remove,          ///< a mobile wallet item was removed
  unmatched_message_received,  ///< an inbound message that matched no keyword or campaign
  unknown,  ///< not placeable: a callback_type triage does not know, no action, or an unrecognised status_reason
};

inline constexpr enum_name<kind> kind_names[] = {{kind::routing, "routing"},
                                                 {kind::message_processing, "message_processing"},
                                                 {kind::carrier_dlr, "carrier_dlr"},
                                                 {kind::handset_dlr, "handset_dlr"},
                                                 {kind::dlr, "dlr"},
                                                 {kind::subscription_added, "subscription_added"},
                                                 {kind::subscription_removed, "subscription_removed"},
                                                 {kind::subscription_list_added, "subscription_list_added"},
                                                 {kind::subscription_list_updated, "subscription_list_updated"},
                                                 {kind::person_added, "person_added"},
                                                 {kind::person_updated, "person_updated"},
                                                 {kind::ack_participant_added, "ack_participant_added"},
                                                 {kind::ack_participant_changed, "ack_participant_changed"},
                                                 {kind::company_participant_added, "company_participant_added"},
                                                 {kind::device_added, "device_added"},
                                                 {kind::device_updated, "device_updated"},
                                                 {kind::device_removed, "device_removed"},
                                                 {kind::wallet_item_install, "wallet_item_install"},
                                                 {kind::wallet_item_remove, "wallet_item_remove"},
                                                 {kind::unmatched_message_received, "unmatched_message_received"},
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

/// A person as the other callback types name one: `subscription.person`, `participant.person`, and the
/// root `person` of person and push-device callbacks (vibes.md §2.2-2.6).
struct person_ref {
  std::optional<std::string_view> id;           ///< `id`, or `person_id`
  std::optional<std::string_view> external_id;  ///< `external_person_id`, or `external_id`
  std::optional<std::string_view> person_key;
  std::optional<std::string_view> mdn;           ///< `mobile_phone.mdn`
  std::optional<std::string_view> carrier_code;  ///< `mobile_phone.carrier_code`
  std::optional<std::string_view> url;
};

/// `subscription` of subscription_added / subscription_removed.
struct subscription {
  std::optional<person_ref> person;
  std::optional<std::string_view> list_id;   ///< `subscription_list.id`
  std::optional<std::string_view> list_url;  ///< `subscription_list.url`
  std::optional<timestamp> opt_in_date;
  std::optional<timestamp> opt_out_date;
  /// Why the person left: user_opt_out, disconnect, list_archived, bulk_opt_out, failed_at_carrier,
  /// obsolete_carrier, platform_opt_out, keyword_opt_out, api_opt_out, button_opt_out (Vibes OpenAPI).
  std::optional<std::string_view> opt_out_reason;
};

/// `participant` of the acquisition callbacks, and of unmatched_message_received (which names the sender
/// with `mdn` and `carrier_id` only).
struct participant {
  std::optional<person_ref> person;
  std::optional<std::string_view> campaign_id;       ///< `acquisition_campaign.id`
  std::optional<std::string_view> campaign_keyword;  ///< `acquisition_campaign.keyword`
  std::optional<std::string_view> campaign_url;      ///< `acquisition_campaign.url`
  std::optional<timestamp> participation_date;
  std::optional<timestamp> expire_date;
  std::optional<std::string_view> status;  ///< PENDING, CONFIRMED, REJECTED (replied N, No or STOP)
  std::optional<std::string_view> mdn;
  std::optional<std::string_view> carrier_id;
};

/// `push_device` of the push-device callbacks.
struct push_device {
  std::optional<std::string_view> app_id;
  std::optional<std::string_view> vibes_device_id;
  std::optional<std::string_view> push_token;
  std::optional<std::string_view> device_os;
  std::optional<std::string_view> url;
};

/// `source_code` of unmatched_message_received: the code the message was sent to.
struct source_code {
  std::optional<std::string_view> company_key;
  std::optional<std::string_view> code;
  std::optional<std::string_view> country_code;
  std::optional<std::string_view> code_type;  ///< e.g. "SC" (short code)
  std::optional<std::string_view> default_response;
  std::optional<bool> response_sent;
};

/// The objects of the callback types other than event_processed (vibes.md §2.2-2.6).
struct other_type_objects {
  std::optional<vibes::subscription> subscription;
  std::optional<vibes::participant> participant;
  std::optional<person_ref> person;  ///< person_* and device_* callbacks
  std::optional<vibes::push_device> push_device;
  std::optional<vibes::source_code> source_code;      ///< unmatched_message_received
  std::optional<std::string_view> message;            ///< unmatched_message_received: the text
  std::optional<std::string_view> message_id;         ///< unmatched_message_received
  std::optional<std::string_view> txn_id;             ///< unmatched_message_received
  std::optional<timestamp> receipt_date;              ///< unmatched_message_received
  std::optional<std::string_view> subscription_list;  ///< subscription_list_*: raw JSON of the object
  std::optional<std::string_view> wallet_instance;    ///< wallet_*: raw JSON of the object
  std::optional<std::string_view> wallet_item;        ///< wallet_*: raw JSON of the object
  std::optional<std::string_view> wallet_campaign;    ///< wallet_*: raw JSON of the object
};

/// A Vibes Platform callback body: event_processed, or another callback type with its own object.
struct event_processed {
  std::optional<std::string_view> event_id;       ///< id of this callback event: the dedupe key
  std::optional<std::string_view> callback_type;  ///< "event_processed"
  std::optional<std::string_view> event_type;     ///< deprecated duplicate of callback_type
  std::optional<timestamp> event_date;            ///< raw text, plus the time when it is valid ISO-8601
  std::optional<std::int64_t> delivery_attempt;   ///< old-wiki examples only, as a string
  std::optional<processed_event> event;           ///< the `event_processed` object
  /// The objects of the other callback types, or nullptr when the payload has none of them (every
  /// event_processed callback). Kept in the parser's storage, with the same lifetime as the other views, so
  /// that the callback stays as small as an event_processed needs.
  const other_type_objects* other = nullptr;
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
