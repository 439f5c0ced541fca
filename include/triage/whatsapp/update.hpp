#ifndef TRIAGE_WHATSAPP_UPDATE_HPP
#define TRIAGE_WHATSAPP_UPDATE_HPP

// The typed WhatsApp Cloud API callback: one item of a `messages` webhook, either a status of an outbound
// message (`entry[].changes[].value.statuses[]`) or an inbound message (`...value.messages[]`), with the
// envelope it came in (the entry's WABA id, the business number, the change's field).
// Field tables: Meta's status and messages webhook references (shared/reference/whatsapp.md §3-§6),
// https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
// and Meta's OpenAPI spec (facebook/openapi business-messaging-api_v23.0.yaml @ ecba623b).
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer, and every span (errors, contacts) into a pool owned by the same parser. All
// of them stay valid until that parser parses the next payload or is destroyed, provided the caller keeps
// the payload alive. Copy what must outlive that.

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"

namespace triage::whatsapp {

/// Which array of `value` the item came from.
enum class kind : std::uint8_t {
  status,   ///< `statuses[]`: the status of a message the business sent
  message,  ///< `messages[]`: a message a WhatsApp user sent to the business
};

inline constexpr enum_name<kind> kind_names[] = {{kind::status, "status"}, {kind::message, "message"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// The status values Meta documents (and two On-Premises ones). Anything else is `unknown`, kept raw.
enum class status_value : std::uint8_t { sent, delivered, read, played, failed, deleted, warning, unknown };

inline constexpr enum_name<status_value> status_value_names[] = {
    {status_value::sent, "sent"},       {status_value::delivered, "delivered"}, {status_value::read, "read"},
    {status_value::played, "played"},   {status_value::failed, "failed"},       {status_value::deleted, "deleted"},
    {status_value::warning, "warning"}, {status_value::unknown, "unknown"}};
constexpr const auto& enum_table(status_value) noexcept { return status_value_names; }

/// A number Meta documents as a string that senders also write as a JSON number (timestamps, codes):
/// `text` is what was sent (the string, or the number's token), `value` its integer when it is one.
struct number_text {
  std::string_view text;
  std::optional<std::int64_t> value;
};

/// One element of an `errors[]` array (v16.0+: code, title, message, error_data.details, href; older and
/// relayed objects have only code and title, or `details` at the top level, which reads into `details`).
struct error_object {
  std::optional<std::int64_t> code;  ///< a number, or a numeric string as some relays send it
  std::optional<std::string_view> title;
  std::optional<std::string_view> message;
  std::optional<std::string_view> details;  ///< `error_data.details` (or a top-level `details`)
  std::optional<std::string_view> href;
};

/// `value.contacts[]`: who the value's messages are from (or, since 2026, a status's recipient).
struct contact {
  std::optional<std::string_view> wa_id;           ///< the user's WhatsApp number
  std::optional<std::string_view> user_id;         ///< business-scoped user id (BSUID, 2026)
  std::optional<std::string_view> parent_user_id;  ///< `parent_user_id`
  std::optional<std::string_view> name;            ///< `profile.name`
  std::optional<std::string_view> username;        ///< `profile.username`
};

/// `statuses[].conversation`.
struct conversation {
  std::optional<std::string_view> id;
  std::optional<std::string_view> origin_type;      ///< `origin.type`: marketing, utility, service, ...
  std::optional<number_text> expiration_timestamp;  ///< unix seconds; only with `sent`
};

/// `statuses[].pricing`.
struct pricing {
  std::optional<bool> billable;                   ///< to be deprecated by Meta
  std::optional<std::string_view> pricing_model;  ///< CBP or PMP
  std::optional<std::string_view> category;       ///< marketing, utility, authentication, service, ...
  std::optional<std::string_view> type;           ///< regular, free_customer_service, free_entry_point
};

/// One `statuses[]` item.
struct status {
  std::optional<std::string_view> id;            ///< the wamid the send request returned
  std::optional<std::string_view> status;        ///< verbatim, also when this library does not know it
  std::optional<number_text> timestamp;          ///< unix seconds as a string ("when the webhook was triggered")
  std::optional<std::string_view> recipient_id;  ///< user number or group id; absent for BSUID sends
  std::optional<std::string_view> recipient_user_id;
  std::optional<std::string_view> parent_recipient_user_id;
  std::optional<std::string_view> recipient_type;  ///< "group" for group sends
  std::optional<std::string_view> recipient_participant_id;
  std::optional<std::string_view> recipient_participant_user_id;
  std::optional<std::string_view> recipient_participant_parent_user_id;
  std::optional<std::string_view> recipient_identity_key_hash;
  std::optional<std::string_view> biz_opaque_callback_data;  ///< the business's own tag, echoed
  std::optional<std::string_view> type;                      ///< "message" in old payloads
  std::optional<whatsapp::conversation> conversation;
  std::optional<whatsapp::pricing> pricing;
  span<error_object> errors;                   ///< "only included if failure to send or deliver message"
  status_value value = status_value::unknown;  ///< derived from `status` by the parser

  /// The recipient the status is about: the group participant, else the recipient's number, else its BSUID.
  constexpr std::optional<std::string_view> recipient() const noexcept {
    if (recipient_participant_id) return recipient_participant_id;
    if (recipient_participant_user_id) return recipient_participant_user_id;
    if (recipient_id) return recipient_id;
    return recipient_user_id;
  }
};

/// `messages[].context`: the message replied to, or forward flags, or a product enquiry.
struct message_context {
  std::optional<std::string_view> from;
  std::optional<std::string_view> id;
  std::optional<bool> forwarded;
  std::optional<bool> frequently_forwarded;
  std::optional<std::string_view> referred_product_catalog_id;           ///< `referred_product.catalog_id`
  std::optional<std::string_view> referred_product_product_retailer_id;  ///< `referred_product.product_retailer_id`
};

/// `messages[].referral`: a Click to WhatsApp ad or post the user came from.
struct referral {
  std::optional<std::string_view> source_url;
  std::optional<std::string_view> source_id;
  std::optional<std::string_view> source_type;  ///< ad or post
  std::optional<std::string_view> body;
  std::optional<std::string_view> headline;
  std::optional<std::string_view> media_type;
  std::optional<std::string_view> image_url;
  std::optional<std::string_view> video_url;
  std::optional<std::string_view> thumbnail_url;
  std::optional<std::string_view> ctwa_clid;
  std::optional<std::string_view> welcome_message_text;  ///< `welcome_message.text`
};

/// The object of a media message: `image`, `audio`, `video`, `document` or `sticker` (the message's
/// `type` says which).
struct media {
  std::optional<std::string_view> id;
  std::optional<std::string_view> mime_type;
  std::optional<std::string_view> sha256;
  std::optional<std::string_view> caption;
  std::optional<std::string_view> filename;  ///< documents
  std::optional<std::string_view> url;
  std::optional<bool> voice;     ///< audio: a voice note
  std::optional<bool> animated;  ///< stickers
};

/// `messages[].location`. Coordinates are kept as their JSON text, so nothing is lost to rounding.
struct location {
  std::optional<std::string_view> latitude;
  std::optional<std::string_view> longitude;
  std::optional<std::string_view> name;
  std::optional<std::string_view> address;
  std::optional<std::string_view> url;
};

/// `messages[].reaction`: an emoji on an earlier message (absent or empty when the reaction was removed).
struct reaction {
  std::optional<std::string_view> message_id;
  std::optional<std::string_view> emoji;
};

/// `messages[].button`: a quick-reply button of a template.
struct button {
  std::optional<std::string_view> payload;
  std::optional<std::string_view> text;
};

/// `messages[].interactive`: a reply to a button, a list or a Flow.
struct interactive {
  std::optional<std::string_view> type;               ///< button_reply, list_reply, nfm_reply
  std::optional<std::string_view> reply_id;           ///< `button_reply.id` or `list_reply.id`
  std::optional<std::string_view> reply_title;        ///< `button_reply.title` or `list_reply.title`
  std::optional<std::string_view> reply_description;  ///< `list_reply.description`
  std::optional<std::string_view> nfm_name;           ///< `nfm_reply.name`
  std::optional<std::string_view> nfm_body;           ///< `nfm_reply.body`
  std::optional<std::string_view> nfm_response_json;  ///< `nfm_reply.response_json`: a JSON text in a string
};

/// `messages[].order`.
struct order {
  std::optional<std::string_view> catalog_id;
  std::optional<std::string_view> text;
  std::optional<std::string_view> product_items;  ///< the raw JSON array
};

/// `messages[].system`: the user changed their number (or, in older payloads, their identity).
struct system_notice {
  std::optional<std::string_view> body;
  std::optional<std::string_view> type;  ///< user_changed_number, customer_changed_number, ...
  std::optional<std::string_view> wa_id;
  std::optional<std::string_view> new_wa_id;
  std::optional<std::string_view> customer;
};

/// One `messages[]` item: a message a user sent to the business. One object named after `type` holds its
/// content; the shapes this library does not type (contacts, edit, revoke, ...) are kept as raw JSON.
struct message {
  std::optional<std::string_view> from;  ///< the user's number; absent for BSUID senders
  std::optional<std::string_view> from_user_id;
  std::optional<std::string_view> from_parent_user_id;
  std::optional<std::string_view> id;
  std::optional<number_text> timestamp;
  std::optional<std::string_view> type;  ///< text, image, ..., unsupported; verbatim
  std::optional<std::string_view> group_id;
  std::optional<message_context> context;
  std::optional<whatsapp::referral> referral;
  std::optional<std::string_view> text;  ///< `text.body`
  std::optional<whatsapp::media> media;  ///< the image, audio, video, document or sticker object
  std::optional<whatsapp::location> location;
  std::optional<whatsapp::reaction> reaction;
  std::optional<whatsapp::button> button;
  std::optional<whatsapp::interactive> interactive;
  std::optional<whatsapp::order> order;
  std::optional<system_notice> system;
  std::optional<std::string_view> contacts;            ///< the shared contact cards, as raw JSON
  std::optional<std::string_view> unsupported_type;    ///< `unsupported.type`, e.g. edit
  std::optional<std::string_view> revoked_message_id;  ///< `revoke.original_message_id`
  std::optional<std::string_view> edit;                ///< the `edit` object, as raw JSON
  span<error_object> errors;                           ///< why the message could not be read (unsupported types)
};

/// The envelope an item came in.
struct envelope {
  std::optional<std::string_view> waba_id;               ///< `entry[].id`: the WhatsApp Business Account
  std::optional<std::string_view> field;                 ///< `changes[].field`: "messages"
  std::optional<std::string_view> messaging_product;     ///< "whatsapp"
  std::optional<std::string_view> display_phone_number;  ///< `metadata.display_phone_number`
  std::optional<std::string_view> phone_number_id;       ///< `metadata.phone_number_id`: the business number
};

/// One callback of a WhatsApp `messages` webhook: a status or an inbound message, with its envelope and the
/// contacts of its `value`.
struct update {
  /// Every member starts empty (its default); provided so that a new callback is not first zero-filled whole
  /// (value-initialisation of a class without a user-provided constructor clears all of its bytes).
  constexpr update() noexcept {}

  whatsapp::kind kind = kind::status;
  whatsapp::envelope envelope;
  whatsapp::status status;    ///< when kind == kind::status
  whatsapp::message message;  ///< when kind == kind::message
  span<contact> contacts;     ///< the `contacts[]` of the value the item came in

  /// The contact whose wa_id or user_id is `who`, or nullptr (Meta pairs contacts with items by id, not by
  /// position).
  constexpr const contact* find_contact(std::optional<std::string_view> who) const noexcept {
    if (!who) return nullptr;
    for (const contact& c : contacts) {
      if ((c.wa_id && *c.wa_id == *who) || (c.user_id && *c.user_id == *who)) return &c;
    }
    return nullptr;
  }
};

}  // namespace triage::whatsapp

#endif  // TRIAGE_WHATSAPP_UPDATE_HPP
