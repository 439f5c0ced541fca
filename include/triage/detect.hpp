#ifndef TRIAGE_DETECT_HPP
#define TRIAGE_DETECT_HPP

// Which provider sent a payload, from the keys of its top-level object (or of the first element of a
// top-level array). The first key that only one provider uses decides; keys every provider could use
// ("id", "status", "reason") decide nothing.

#include <cstddef>
#include <optional>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/taxonomy.hpp"

namespace triage {

namespace detail {

// The keys that only one provider uses at the top level of its callbacks. At namespace scope: a constexpr
// array local to a function is built on the stack at every call.
/// Vibes Platform callback envelope.
inline constexpr std::string_view vibes_keys[] = {"event_id",   "callback_type",   "event_type",
                                                  "event_date", "event_processed", "delivery_attempt"};
/// Bandwidth messaging event.
inline constexpr std::string_view bandwidth_keys[] = {"type",      "time",        "description", "to",
                                                      "errorCode", "carrierName", "eventTime",   "message"};
/// Bird Channels message, bare or in its {service, event, payload} envelope.
inline constexpr std::string_view bird_keys[] = {
    "service",   "payload",   "event",   "channelId", "sender",    "receiver", "body",     "parts", "lastStatusAt",
    "createdAt", "updatedAt", "failure", "direction", "reference", "details",  "template", "meta"};

/// The provider that uses `key` at the top level of its callback, if only one does.
constexpr std::optional<provider> provider_of_key(std::string_view key) noexcept {
  for (std::string_view k : vibes_keys) {
    if (k == key) return provider::vibes;
  }
  for (std::string_view k : bandwidth_keys) {
    if (k == key) return provider::bandwidth;
  }
  for (std::string_view k : bird_keys) {
    if (k == key) return provider::bird;
  }
  return std::nullopt;
}

/// Looks at the keys of `object` until one decides. Returns false on a JSON error (recorded in `w`).
inline bool detect_in_object(walker& w, od::object object, const path_node& at,
                             std::optional<provider>& found) noexcept {
  key_decoder decoded;
  // The handler stops the loop (returns false) at the first key that decides; that is not an error.
  const bool read_all = for_each_field(w, object, at, [&](field_key key, od::value&) {
    found = provider_of_key(decoded(key.raw()));
    return !found;
  });
  return read_all || found;
}

}  // namespace detail

/// Detects the provider of the document and rewinds it. An unknown provider is reported as
/// error_code::unknown_provider, a scalar document as error_code::scalar_document.
inline bool detect_provider(detail::walker& w, provider& out) noexcept {
  namespace od = simdjson::ondemand;
  od::document& doc = w.document();
  const detail::path_node root{};
  od::json_type type{};
  if (auto e = doc.type().get(type)) return w.fail(e, &root);
  std::optional<provider> found;
  if (type == od::json_type::object) {
    od::object object;
    if (auto e = doc.get_object().get(object)) return w.fail(e, &root);
    if (!detail::detect_in_object(w, object, root, found)) return false;
  } else if (type == od::json_type::array) {
    od::array array;
    if (auto e = doc.get_array().get(array)) return w.fail(e, &root);
    for (auto element : array) {
      const detail::path_node first_at = root.element(0);
      if (auto e = element.error()) return w.fail(e, &first_at);
      od::value& first = detail::in_place(element);
      od::object object;
      bool is_object = false;
      od::json_type element_type{};
      if (auto e = first.type().get(element_type)) return w.fail(e, &first_at);
      if (element_type == od::json_type::object) {
        if (!detail::read_object(w, first, first_at, object, is_object)) return false;
        if (!detail::detect_in_object(w, object, first_at, found)) return false;
      }
      break;  // the first element decides
    }
    // Only Bandwidth posts arrays.
    if (found && *found != provider::bandwidth) found.reset();
  } else {
    doc.rewind();
    const error e = detail::scalar_document_error(w.input());
    return w.fail_at(e.code(), &root, e.offset(), e.detail());
  }
  doc.rewind();
  if (!found) return w.fail_at(error_code::unknown_provider, &root, 0);
  out = *found;
  return true;
}

}  // namespace triage

#endif  // TRIAGE_DETECT_HPP
