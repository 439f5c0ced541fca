#ifndef TRIAGE_TWILIO_PARSE_HPP
#define TRIAGE_TWILIO_PARSE_HPP

// The reader of a Twilio messaging webhook body (application/x-www-form-urlencoded, or a GET query string)
// into a twilio::message_callback. One pass over the fields (detail/form.hpp decodes them): any order,
// unknown keys skipped, the last of repeated keys wins (Twilio sends none; its signature would sign them
// all), an empty value is kept as an empty string. The numbers (ErrorCode, NumMedia, NumSegments) must be
// decimal digits when not empty: anything else is error_code::invalid_value at the value, naming the key.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "triage/detail/append.hpp"
#include "triage/detail/form.hpp"
#include "triage/detail/form_payload.hpp"
#include "triage/detail/key_index.hpp"
#include "triage/detail/table.hpp"
#include "triage/detail/text.hpp"
#include "triage/error.hpp"
#include "triage/twilio/message_callback.hpp"

namespace triage::twilio::detail {

/// What the parser keeps besides the callback: the media items of the body, which `media` points into.
/// Reused from body to body, so a warmed-up parser does not allocate: reset() keeps the capacity.
struct storage {
  std::vector<media_item> media;
  std::size_t max_media = 0;

  void reset(std::size_t media_limit) noexcept {
    media.clear();
    max_media = media_limit;
  }
};

/// A string parameter and the member it fills.
struct text_field {
  std::string_view key;
  std::optional<std::string_view> message_callback::*member;
};

// Every string parameter twilio.md section 3 documents (the numbers and the media are read apart).
inline constexpr text_field text_fields[] = {
    {"MessageSid", &message_callback::message_sid},
    {"SmsSid", &message_callback::sms_sid},
    {"SmsMessageSid", &message_callback::sms_message_sid},
    {"AccountSid", &message_callback::account_sid},
    {"MessagingServiceSid", &message_callback::messaging_service_sid},
    {"ApiVersion", &message_callback::api_version},
    {"MessageStatus", &message_callback::message_status},
    {"SmsStatus", &message_callback::sms_status},
    {"ErrorMessage", &message_callback::error_message},
    {"ErrorUrl", &message_callback::error_url},
    {"RawDlrDoneDate", &message_callback::raw_dlr_done_date},
    {"EventType", &message_callback::event_type},
    {"From", &message_callback::from},
    {"To", &message_callback::to},
    {"ChannelInstallSid", &message_callback::channel_install_sid},
    {"ChannelStatusMessage", &message_callback::channel_status_message},
    {"ChannelPrefix", &message_callback::channel_prefix},
    {"ChannelToAddress", &message_callback::channel_to_address},
    {"ChannelMetadata", &message_callback::channel_metadata},
    {"StructuredMessage", &message_callback::structured_message},
    {"Body", &message_callback::body},
    {"ButtonText", &message_callback::button_text},
    {"ButtonPayload", &message_callback::button_payload},
    {"ButtonType", &message_callback::button_type},
    {"InteractiveData", &message_callback::interactive_data},
    {"FlowData", &message_callback::flow_data},
    {"Latitude", &message_callback::latitude},
    {"Longitude", &message_callback::longitude},
    {"Address", &message_callback::address},
    {"Label", &message_callback::label},
    {"FromCity", &message_callback::from_city},
    {"FromState", &message_callback::from_state},
    {"FromZip", &message_callback::from_zip},
    {"FromCountry", &message_callback::from_country},
    {"ToCity", &message_callback::to_city},
    {"ToState", &message_callback::to_state},
    {"ToZip", &message_callback::to_zip},
    {"ToCountry", &message_callback::to_country},
    {"ProfileName", &message_callback::profile_name},
    {"WaId", &message_callback::wa_id},
    {"ExternalUserId", &message_callback::external_user_id},
    {"Forwarded", &message_callback::forwarded},
    {"FrequentlyForwarded", &message_callback::frequently_forwarded},
    {"ReferralBody", &message_callback::referral_body},
    {"ReferralHeadline", &message_callback::referral_headline},
    {"ReferralSourceId", &message_callback::referral_source_id},
    {"ReferralSourceType", &message_callback::referral_source_type},
    {"ReferralSourceUrl", &message_callback::referral_source_url},
    {"ReferralMediaId", &message_callback::referral_media_id},
    {"ReferralMediaContentType", &message_callback::referral_media_content_type},
    {"ReferralMediaUrl", &message_callback::referral_media_url},
    {"ReferralNumMedia", &message_callback::referral_num_media},
    {"ReferralCtwaClid", &message_callback::referral_ctwa_clid},
    {"OriginalRepliedMessageSender", &message_callback::original_replied_message_sender},
    {"OriginalRepliedMessageSid", &message_callback::original_replied_message_sid},
    {"AddOns", &message_callback::add_ons},
};

/// A numeric parameter: its text member and its number member.
struct number_field {
  std::string_view key;
  std::optional<std::string_view> message_callback::*text;
  std::optional<std::int64_t> message_callback::*number;
};

inline constexpr number_field number_fields[] = {
    {"ErrorCode", &message_callback::error_code_text, &message_callback::error_code},
    {"NumMedia", &message_callback::num_media_text, &message_callback::num_media},
    {"NumSegments", &message_callback::num_segments_text, &message_callback::num_segments},
};

inline constexpr auto text_field_index = triage::detail::index_keys(text_fields, &text_field::key);
inline constexpr auto number_field_index = triage::detail::index_keys(number_fields, &number_field::key);

/// The indexed media parameters: "<prefix><N>" with N in decimal digits.
struct media_field {
  std::string_view prefix;
  std::optional<std::string_view> media_item::*member;
};

inline constexpr media_field media_fields[] = {
    {"MediaUrl", &media_item::url},
    {"MediaContentType", &media_item::content_type},
};

/// The most digits a number may have: 18 always fit an int64_t.
inline constexpr std::size_t max_number_digits = 18;

/// Reads decimal digits (at least one, at most `max_digits`); false for anything else.
constexpr bool read_decimal(std::string_view text, std::size_t max_digits, std::int64_t& out) noexcept {
  if (text.empty() || text.size() > max_digits) return false;
  std::int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  out = n;
  return true;
}

inline bool fail_at(triage::detail::form_source& body, error_code code, std::size_t offset, std::string_view key,
                    std::string_view detail) noexcept {
  error e(code, offset, detail);
  if (!key.empty()) e.with_path(key);
  return body.fail(e);
}

/// The media item of index `index`, the list grown to hold it (gaps stay empty items); nullptr with the
/// error set when the index is past the limit or memory ran out.
inline media_item* media_at(triage::detail::form_source& body, storage& store, std::int64_t index,
                            const triage::detail::form_field& field) noexcept {
  const auto at = static_cast<std::size_t>(index);
  if (at >= store.max_media) {
    fail_at(body, error_code::too_many_items, field.key_offset, field.key,
            "a media index at or past parser_options::max_twilio_media");
    return nullptr;
  }
  if (at >= store.media.size() && !triage::detail::resize(store.media, at + 1)) {
    fail_at(body, error_code::out_of_memory, field.key_offset, field.key, {});
    return nullptr;
  }
  return &store.media[at];
}

/// Reads one field into `out` (or the media list); false with the error set on a bad value.
inline bool read_field(triage::detail::form_source& body, storage& store, const triage::detail::form_field& field,
                       message_callback& out) noexcept {
  if (const std::size_t row = text_field_index.find(field.key); row < std::size(text_fields)) {
    out.*text_fields[row].member = field.value;
    return true;
  }
  if (const std::size_t row = number_field_index.find(field.key); row < std::size(number_fields)) {
    const number_field& f = number_fields[row];
    out.*f.text = field.value;
    std::int64_t n = 0;
    if (field.value.empty()) {
      (out.*f.number).reset();
    } else if (read_decimal(field.value, max_number_digits, n)) {
      out.*f.number = n;
    } else {
      error e(error_code::invalid_value, field.value_offset);
      e.with_path(field.key);
      e.with_expected("decimal digits (at most 18)", json_type::string);
      return body.fail(e);
    }
    return true;
  }
  for (const media_field& f : media_fields) {
    if (field.key.size() <= f.prefix.size() || field.key.substr(0, f.prefix.size()) != f.prefix) continue;
    std::int64_t index = 0;
    // Not an index (MediaUrlX): a parameter this library does not know, skipped like any other.
    if (!read_decimal(field.key.substr(f.prefix.size()), max_number_digits, index)) return true;
    media_item* item = media_at(body, store, index, field);
    if (item == nullptr) return false;
    item->*f.member = field.value;
    return true;
  }
  return true;
}

/// Parses the form `body` into `out`. A body without any message id (MessageSid, SmsSid, SmsMessageSid) is
/// no Twilio messaging webhook (twilio.md section 12, rule 1): error_code::unknown_provider naming MessageSid.
inline bool parse_form(triage::detail::form_source& body, storage& store, message_callback& out) noexcept {
  triage::detail::form_reader reader(body.text(), body.scratch(), body.limits());
  triage::detail::form_field field;
  while (reader.next(field)) {
    if (!read_field(body, store, field, out)) return false;
  }
  if (reader.failed()) return body.fail(reader.failure());
  if (!out.id()) {
    return fail_at(body, error_code::unknown_provider, 0, "MessageSid",
                   "closest: a Twilio messaging webhook, which always has MessageSid (or SmsSid)");
  }
  // A status callback has MessageStatus; one written with the deprecated names only has an SmsStatus other
  // than the inbound ones (received, receiving).
  const bool inbound_sms_status =
      out.sms_status && (triage::detail::equals_ignoring_ascii_case(*out.sms_status, "received") ||
                         triage::detail::equals_ignoring_ascii_case(*out.sms_status, "receiving"));
  out.kind =
      out.message_status || (out.sms_status && !inbound_sms_status) ? kind::message_status : kind::inbound_message;
  if (!store.media.empty()) out.media = span<media_item>(store.media.data(), store.media.size());
  return true;
}

}  // namespace triage::twilio::detail

#endif  // TRIAGE_TWILIO_PARSE_HPP
