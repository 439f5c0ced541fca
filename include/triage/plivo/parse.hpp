#ifndef TRIAGE_PLIVO_PARSE_HPP
#define TRIAGE_PLIVO_PARSE_HPP

// A Plivo form body (or GET query string) into one plivo::message_callback, with the zero-copy form reader
// (detail/form.hpp): any key order, unknown keys skipped, the first of a repeated key kept (plivo.md 12.11),
// an integer field that is not a decimal integer an error naming the key and the value's offset.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "triage/detail/append.hpp"
#include "triage/detail/form.hpp"
#include "triage/detail/form_payload.hpp"
#include "triage/detail/key_index.hpp"
#include "triage/error.hpp"
#include "triage/plivo/message_callback.hpp"

namespace triage::plivo::detail {

/// What the parser keeps for a body besides the callback: the media URLs. Reused from body to body, so a
/// warmed-up parser does not allocate: reset() keeps the capacity.
struct storage {
  std::vector<std::string_view> media;     ///< the URLs, in the order of their index
  std::vector<std::uint64_t> media_index;  ///< the index of each, from its key (`Media2` is 2)
  std::size_t max_media = 0;

  void reset(std::size_t media_limit) noexcept {
    media.clear();
    media_index.clear();
    max_media = media_limit;
  }

  /// Adds a URL at the place of its index (a form's key order means nothing; a repeated index keeps both,
  /// in body order). False when memory ran out.
  bool add_media(std::uint64_t index, std::string_view url) noexcept {
    if (triage::detail::append(media, url) == nullptr) return false;
    if (triage::detail::append(media_index, index) == nullptr) {
      media.pop_back();
      return false;
    }
    for (std::size_t at = media.size() - 1; at > 0 && media_index[at - 1] > index; --at) {
      std::swap(media[at], media[at - 1]);
      std::swap(media_index[at], media_index[at - 1]);
    }
    return true;
  }
};

/// The keys of message_callback, in one table: `seen` bits tell a repeated key, `field` the member.
enum class field : std::uint8_t {
  message_uuid,
  from,
  to,
  type,
  units,
  total_rate,
  total_amount,
  powerpack_uuid,
  error_code,
  status,
  parent_message_uuid,
  part_info,
  sequence,
  mcc,
  mnc,
  message_time,
  queued_time,
  sent_time,
  delivery_report_time,
  requester_ip,
  conversation_id,
  conversation_origin,
  conversation_expiration_timestamp,
  text,
  body,
  message_intent,
  media_count,
  content_type,
  mime_type,
};

struct field_name {
  std::string_view key;
  detail::field id;
};

inline constexpr field_name field_names[] = {
    {"MessageUUID", field::message_uuid},
    {"From", field::from},
    {"To", field::to},
    {"Type", field::type},
    {"Units", field::units},
    {"TotalRate", field::total_rate},
    {"TotalAmount", field::total_amount},
    {"PowerpackUUID", field::powerpack_uuid},
    {"ErrorCode", field::error_code},
    {"Status", field::status},
    {"ParentMessageUUID", field::parent_message_uuid},
    {"PartInfo", field::part_info},
    {"Sequence", field::sequence},
    {"MCC", field::mcc},
    {"MNC", field::mnc},
    {"MessageTime", field::message_time},
    {"QueuedTime", field::queued_time},
    {"SentTime", field::sent_time},
    {"DeliveryReportTime", field::delivery_report_time},
    {"requester_ip", field::requester_ip},
    {"ConversationID", field::conversation_id},
    {"ConversationOrigin", field::conversation_origin},
    {"ConversationExpirationTimestamp", field::conversation_expiration_timestamp},
    {"Text", field::text},
    {"Body", field::body},
    {"MessageIntent", field::message_intent},
    {"MediaCount", field::media_count},
    {"ContentType", field::content_type},
    {"MimeType", field::mime_type},
};
static_assert(sizeof(field_names) / sizeof(field_names[0]) <= 64, "the seen mask has 64 bits");

inline constexpr auto field_name_index = triage::detail::index_keys(field_names, &field_name::key);

constexpr const field_name* find_field(std::string_view key) noexcept {
  const std::size_t row = field_name_index.find(key);
  return row < std::size(field_names) ? &field_names[row] : nullptr;
}

/// Whether `key` is a media URL's, "Media" and a decimal index (Plivo's pages number them from 0 or from 1),
/// and that index (saturated: an index of more than 18 digits sorts last).
constexpr bool is_media_key(std::string_view key, std::uint64_t& index) noexcept {
  constexpr std::string_view prefix = "Media";
  if (key.size() <= prefix.size() || key.substr(0, prefix.size()) != prefix) return false;
  index = 0;
  std::size_t digits = 0;
  for (char c : key.substr(prefix.size())) {
    if (c < '0' || c > '9') return false;
    if (++digits <= 18) index = index * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (digits > 18) index = ~std::uint64_t{0};
  return true;
}

/// A decimal integer of up to 18 digits (Plivo's are at most 4), or nullopt. Leading zeros are fine ("000").
constexpr std::optional<std::int64_t> decimal(std::string_view text) noexcept {
  if (text.empty() || text.size() > 18) return std::nullopt;
  std::int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

/// "<part> of <parts>", both positive decimals; anything else leaves the numbers 0 (the text is kept).
constexpr part_info read_part_info(std::string_view text) noexcept {
  part_info out{text};
  const std::size_t of = text.find(" of ");
  if (of == std::string_view::npos || of > 9 || text.size() - of - 4 > 9) return out;
  const auto part = decimal(text.substr(0, of));
  const auto parts = decimal(text.substr(of + 4));
  if (!part || !parts || *part == 0 || *parts == 0 || *part > *parts) return out;
  out.part = static_cast<std::uint32_t>(*part);
  out.parts = static_cast<std::uint32_t>(*parts);
  return out;
}

/// Stores an integer field: empty is absent (Plivo sends `ErrorCode=` on success), else a decimal integer.
inline bool read_integer(triage::detail::form_source& body, const triage::detail::form_field& f,
                         std::optional<std::int64_t>& out) noexcept {
  if (f.value.empty()) return true;
  out = decimal(f.value);
  if (out) return true;
  error e(f.value.size() > 18 && f.value.find_first_not_of("0123456789") == std::string_view::npos
              ? error_code::number_out_of_range
              : error_code::invalid_value,
          f.value_offset);
  e.with_path(f.key);
  e.with_expected("a decimal integer", json_type::string);
  return body.fail(e);
}

inline bool store_field(triage::detail::form_source& body, const triage::detail::form_field& f, field id,
                        message_callback& c) noexcept {
  const std::string_view v = f.value;
  switch (id) {
    case field::message_uuid: c.message_uuid = v; return true;
    case field::from: c.from = v; return true;
    case field::to: c.to = v; return true;
    case field::type: c.type = v; return true;
    case field::units: return read_integer(body, f, c.units);
    case field::total_rate: c.total_rate = v; return true;
    case field::total_amount: c.total_amount = v; return true;
    case field::powerpack_uuid: c.powerpack_uuid = v; return true;
    case field::error_code: c.error_code_text = v; return read_integer(body, f, c.error_code);
    case field::status: c.status = v; return true;
    case field::parent_message_uuid: c.parent_message_uuid = v; return true;
    case field::part_info: c.part = read_part_info(v); return true;
    case field::sequence: return read_integer(body, f, c.sequence);
    case field::mcc: c.mcc = v; return true;
    case field::mnc: c.mnc = v; return true;
    case field::message_time: c.message_time = utc_timestamp{v}; return true;
    case field::queued_time: c.queued_time = utc_timestamp{v}; return true;
    case field::sent_time: c.sent_time = utc_timestamp{v}; return true;
    case field::delivery_report_time: c.delivery_report_time = utc_timestamp{v}; return true;
    case field::requester_ip: c.requester_ip = v; return true;
    case field::conversation_id: c.conversation_id = v; return true;
    case field::conversation_origin: c.conversation_origin = v; return true;
    case field::conversation_expiration_timestamp: c.conversation_expiration_timestamp = v; return true;
    case field::text: c.text = v; return true;
    case field::body: c.body = v; return true;
    case field::message_intent: c.message_intent = v; return true;
    case field::media_count: return read_integer(body, f, c.media_count);
    case field::content_type: c.content_type = v; return true;
    case field::mime_type: c.mime_type = v; return true;
  }
  return true;
}

inline constexpr std::string_view callback_description =
    "closest: a Plivo messaging callback, which has a MessageUUID and a Status (status) or a Text, Body or "
    "media (inbound)";

/// Reads the body into `c`; the media URLs go to `store.media`, and `c.media` is set once all are read
/// (the pool may grow while they are). False with the body's failure set on a problem.
inline bool parse_body(triage::detail::form_source& body, storage& pool, message_callback& c) noexcept {
  triage::detail::form_reader reader(body.text(), body.scratch(), body.limits());
  triage::detail::form_field f;
  std::uint64_t seen = 0;
  std::size_t status_offset = 0;
  std::size_t uuid_offset = 0;
  while (reader.next(f)) {
    if (const field_name* name = find_field(f.key)) {
      const std::uint64_t bit = std::uint64_t{1} << static_cast<unsigned>(name->id);
      if ((seen & bit) != 0) {
        ++c.repeated_keys;
        continue;
      }
      seen |= bit;
      if (name->id == field::status) status_offset = f.value_offset;
      if (name->id == field::message_uuid) uuid_offset = f.value_offset;
      if (!store_field(body, f, name->id, c)) return false;
    } else if (std::uint64_t index = 0; is_media_key(f.key, index)) {
      if (pool.media.size() == pool.max_media) {
        error e(error_code::too_many_items, f.key_offset, "more than parser_options::max_plivo_media media URLs");
        e.with_path(f.key);
        return body.fail(e);
      }
      if (!pool.add_media(index, f.value)) {
        return body.fail(error(error_code::out_of_memory, error::no_offset, "a buffer of the parser could not grow"));
      }
    }
  }
  if (reader.failed()) return body.fail(reader.failure());
  c.media = span<std::string_view>(pool.media.data(), pool.media.size());

  if (!c.message_uuid) {
    error e(error_code::unknown_provider, 0, callback_description);
    e.with_path("MessageUUID");
    e.with_expected("a string", json_type::none);
    return body.fail(e);
  }
  if (c.message_uuid->empty()) {
    error e(error_code::invalid_value, uuid_offset, "a Plivo callback's MessageUUID identifies its message");
    e.with_path("MessageUUID");
    e.with_expected("a non-empty string", json_type::string);
    return body.fail(e);
  }
  if (c.status && !c.status->empty()) {
    c.kind = kind::status;
    return true;
  }
  if (c.text || c.body || c.media_count || !c.media.empty()) {
    c.kind = kind::inbound;
    return true;
  }
  // Neither kind: a lower-case `status` (which Plivo never sends) lands here, as does an empty Status.
  error e(c.status ? error_code::invalid_value : error_code::unknown_provider, c.status ? status_offset : 0,
          callback_description);
  e.with_path("Status");
  e.with_expected(c.status ? "a non-empty string" : "a string", c.status ? json_type::string : json_type::none);
  return body.fail(e);
}

}  // namespace triage::plivo::detail

#endif  // TRIAGE_PLIVO_PARSE_HPP
