#ifndef TRIAGE_BENCHMARKS_EXTRACT_HPP
#define TRIAGE_BENCHMARKS_EXTRACT_HPP

// The same extraction four ways, so that the benchmarks compare like with like:
//   triage  - triage::parser + triage::classify (the library: every field typed, full classification);
//   floor   - a bare simdjson On-Demand walk that touches every field triage types and does nothing else;
//   nlohmann, rapidjson - DOM parsers that look up the same fields (a schema) and do a minimal
//             classification (a status lookup).
// Each appends one record per callback; the harness checks that all four agree before it times anything.
//
// A provider's four extractions live in its folder, benchmarks/<provider>/extract.hpp, as a struct with
// the names below (record, floor_claims, floor, nlohmann_claims, nlohmann, rapidjson_claims, rapidjson,
// posts_arrays); what they share is extract_support.hpp. This file joins them, in the order of the list.
//
// A provider that posts form bodies adds form_claims(key) and form_floor(body, variant, scratch, sink) (a bare
// split, form_support.hpp), and form_peer_claims(fields) and form_peer(fields, sink) (the std::string map
// most services decode forms into): for a form line, the floor is the bare split and both DOM peers are the
// string map, since neither JSON library reads forms. triage's own parser tells the formats apart itself.

#include <string>
#include <string_view>
#include <type_traits>

#include "bandwidth/extract.hpp"
#include "bird/extract.hpp"
#include "extract_support.hpp"
#include "form_support.hpp"
#include "infobip/extract.hpp"
#include "plivo/extract.hpp"
#include "sinch/extract.hpp"
#include "telnyx/extract.hpp"
#include "twilio/extract.hpp"
#include "vibes/extract.hpp"
#include "vonage/extract.hpp"
#include "whatsapp/extract.hpp"

namespace triage_bench {

template <class... P>
struct extract_list {};

/// Every provider's extractions, in the order of enum class triage::provider.
using extract_providers = extract_list<vibes_extract, bandwidth_extract, bird_extract, twilio_extract, vonage_extract,
                                       plivo_extract, whatsapp_extract, telnyx_extract, sinch_extract, infobip_extract>;

namespace detail {

/// The index of the provider whose payloads are arrays (of its events).
template <class... P>
constexpr std::size_t array_poster(extract_list<P...>) {
  constexpr bool posts[] = {P::posts_arrays...};
  std::size_t found = sizeof...(P);
  for (std::size_t i = 0; i < sizeof...(P); ++i) {
    if (posts[i] && found == sizeof...(P)) found = i;
  }
  return found;
}

/// Calls f(P{}) for the provider at `index`; false when there is none.
template <class... P, class F>
bool visit(extract_list<P...>, std::size_t index, F&& f) {
  std::size_t i = 0;
  return ((i++ == index ? (f(P{}), true) : false) || ...);
}

template <class... P>
void record_of(extract_list<P...>, const triage::callback& cb, std::uint8_t outcome, sink& out) {
  (void)(P::record(cb, outcome, out) || ...);
}

template <class... P>
bool nlohmann_of(extract_list<P...>, const nlohmann::json& doc, sink& out) {
  return ((P::nlohmann_claims(doc) ? (P::nlohmann(doc, out), true) : false) || ...);
}

template <class... P>
bool rapidjson_of(extract_list<P...>, const rapidjson::Value& doc, sink& out) {
  return ((P::rapidjson_claims(doc) ? (P::rapidjson(doc, out), true) : false) || ...);
}

/// The first provider that claims `key`, and the variant it claims it as (see floor_claims).
template <class... P>
bool floor_claim(extract_list<P...>, simdjson::ondemand::raw_json_string key, std::size_t& which, int& variant) {
  std::size_t i = 0;
  return ((variant = P::floor_claims(key), variant != 0 ? (which = i, true) : (++i, false)) || ...);
}

inline constexpr std::size_t array_provider = array_poster(extract_providers{});

/// Whether a provider's extractions read form bodies.
template <class P, class = void>
struct reads_forms : std::false_type {};
template <class P>
struct reads_forms<P, std::void_t<decltype(P::form_claims(std::string_view()))>> : std::true_type {};

template <class P>
bool form_claim_one(std::string_view key, std::size_t& i, std::size_t& which, int& variant) {
  if constexpr (reads_forms<P>::value) {
    variant = P::form_claims(key);
    if (variant != 0) {
      which = i;
      return true;
    }
  }
  ++i;
  return false;
}

/// The first form provider that claims `key`, and the variant.
template <class... P>
bool form_claim(extract_list<P...>, std::string_view key, std::size_t& which, int& variant) {
  std::size_t i = 0;
  return (form_claim_one<P>(key, i, which, variant) || ...);
}

template <class P>
bool form_peer_one(const form_peer::fields& fields, sink& out) {
  if constexpr (reads_forms<P>::value) {
    if (P::form_peer_claims(fields)) {
      P::form_peer(fields, out);
      return true;
    }
  }
  return false;
}

template <class... P>
bool form_peer_of(extract_list<P...>, const form_peer::fields& fields, sink& out) {
  return (form_peer_one<P>(fields, out) || ...);
}

/// A line is JSON when its first non-blank byte opens an object or an array; anything else is a form.
inline bool is_json_line(std::string_view text) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return true;
}

/// The form peer: decode the whole body into the map, then the provider's lookups.
inline bool extract_form_peer(std::string_view text, sink& out) {
  const form_peer::fields fields = form_peer::parse(text);
  return form_peer_of(extract_providers{}, fields, out);
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------- triage

inline bool extract_triage(triage::parser& parser, simdjson::padded_string_view json, sink& out) {
  auto batch = parser.parse(json);
  if (!batch) return false;
  for (const triage::callback& cb : *batch) {
    const auto outcome = static_cast<std::uint8_t>(triage::classify(cb).outcome);
    detail::record_of(extract_providers{}, cb, outcome, out);
  }
  return true;
}

// ----------------------------------------------------------------------------------------------- floor

namespace floor_walk {

/// A form body: the provider by its first claimed key (no value decoded to find it), then its walk.
inline bool extract_form(std::string_view body, sink& out) {
  static thread_local std::string scratch;  // the decoded values of the body, reused between lines
  const std::string_view pairs = form_detail::trim(body);
  std::size_t which = 0;
  int variant = 0;
  bool claimed = false;
  for (std::size_t at = 0; at < pairs.size() && !claimed;) {
    std::size_t end = pairs.find('&', at);
    if (end == std::string_view::npos) end = pairs.size();
    const std::string_view pair = pairs.substr(at, end - at);
    claimed = detail::form_claim(extract_providers{}, pair.substr(0, pair.find('=')), which, variant);
    at = end + 1;
  }
  if (!claimed) return false;
  return detail::visit(extract_providers{}, which, [&](auto p) {
    using provider = decltype(p);
    if constexpr (detail::reads_forms<provider>::value) provider::form_floor(body, variant, scratch, out);
  });
}

/// Provider by the first decisive key (as the library does), then the walk.
inline bool extract(od::parser& parser, simdjson::padded_string_view json, sink& out) {
  if (!detail::is_json_line(std::string_view(json.data(), json.length()))) {
    return extract_form(std::string_view(json.data(), json.length()), out);
  }
  od::document doc;
  if (parser.iterate(json).get(doc) != simdjson::SUCCESS) return false;
  od::json_type type{};
  if (doc.type().get(type) != simdjson::SUCCESS) return false;
  if (type == od::json_type::array) {
    od::array events;
    if (doc.get_array().get(events) != simdjson::SUCCESS) return false;
    for (auto e : events) {
      od::object event;
      if (e.get_object().get(event) != simdjson::SUCCESS) return false;
      detail::visit(extract_providers{}, detail::array_provider, [&](auto p) { decltype(p)::floor(event, 1, out); });
    }
    return true;
  }
  od::object root;
  if (doc.get_object().get(root) != simdjson::SUCCESS) return false;
  std::size_t which = 0;
  int variant = 0;
  bool claimed = false;
  for (auto r : root) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return false;
    if ((claimed = detail::floor_claim(extract_providers{}, field.key(), which, variant))) break;
  }
  if (!claimed) return false;
  doc.rewind();
  if (doc.get_object().get(root) != simdjson::SUCCESS) return false;
  return detail::visit(extract_providers{}, which, [&](auto p) { decltype(p)::floor(root, variant, out); });
}

}  // namespace floor_walk

// -------------------------------------------------------------------------------------------- nlohmann

namespace nlohmann_walk {

inline bool extract(std::string_view text, sink& out) {
  if (!detail::is_json_line(text)) return detail::extract_form_peer(text, out);
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return false;
  if (doc.is_array()) {
    for (const auto& e : doc) {
      detail::visit(extract_providers{}, detail::array_provider, [&](auto p) { decltype(p)::nlohmann(e, out); });
    }
    return true;
  }
  if (!doc.is_object() || doc.empty()) return false;
  return detail::nlohmann_of(extract_providers{}, doc, out);
}

}  // namespace nlohmann_walk

// ------------------------------------------------------------------------------------------- rapidjson

namespace rapidjson_walk {

inline bool extract(rapidjson::Document& doc, std::string_view text, sink& out) {
  if (!detail::is_json_line(text)) return detail::extract_form_peer(text, out);
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) return false;
  if (doc.IsArray()) {
    for (const auto& e : doc.GetArray()) {
      detail::visit(extract_providers{}, detail::array_provider, [&](auto p) { decltype(p)::rapidjson(e, out); });
    }
    return true;
  }
  if (!doc.IsObject()) return false;
  return detail::rapidjson_of(extract_providers{}, doc, out);
}

}  // namespace rapidjson_walk

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_EXTRACT_HPP
