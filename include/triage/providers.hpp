#ifndef TRIAGE_PROVIDERS_HPP
#define TRIAGE_PROVIDERS_HPP

// The one list of providers. A provider is a folder, include/triage/<provider>/, whose face provider.hpp
// says everything the central code needs (detail/provider_list.hpp lists the names it exports). Adding a
// provider outside its folder is its value in enum class provider (taxonomy.hpp) and its line here: the
// parser, the detector, classify(), the tracker, the formatters, the CLI, the tests and the fuzzers take it
// from this list.

#include <cstddef>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/detail/provider_list.hpp"
#include "triage/detect.hpp"
#include "triage/taxonomy.hpp"

// Each provider's face, then its line in the list, in the order of enum class provider.
#include "triage/bandwidth/provider.hpp"
#include "triage/bird/provider.hpp"
#include "triage/infobip/provider.hpp"
#include "triage/plivo/provider.hpp"
#include "triage/sinch/provider.hpp"
#include "triage/telnyx/provider.hpp"
#include "triage/twilio/provider.hpp"
#include "triage/vibes/provider.hpp"
#include "triage/vonage/provider.hpp"
#include "triage/whatsapp/provider.hpp"

namespace triage {

using providers = provider_list<vibes::traits, bandwidth::traits, bird::traits, twilio::traits, vonage::traits,
                                plivo::traits, whatsapp::traits, telnyx::traits, sinch::traits, infobip::traits>;

namespace detail {
using provider_traits = list_traits<providers>;
static_assert(provider_traits::in_enum_order(), "the list of providers must follow the order of enum class provider");
inline constexpr auto provider_names = provider_traits::names();
inline constexpr auto provider_shapes = all_shapes(providers{});
static_assert(provider_shapes.size() <= shape_progress::max_shapes, "raise shape_progress::max_shapes");
inline constexpr auto provider_shape_keys = index_shape_keys<count_shape_keys(provider_shapes)>(provider_shapes);
static_assert(provider_shape_keys.first[256] == provider_shape_keys.keys.size(), "a shape key is empty");
/// The form shapes of the providers that post form bodies (detail/form_payload.hpp).
inline constexpr auto provider_form_shapes = all_form_shapes(providers{});
inline constexpr auto provider_form_shape_keys =
    index_shape_keys<count_shape_keys(provider_form_shapes)>(provider_form_shapes);
/// What the parser's detect_form_provider() compares a form's keys with.
inline constexpr shape_catalog provider_form_catalog = {
    {provider_form_shapes.data(), provider_form_shapes.size()},
    {provider_form_shape_keys.keys.data(), provider_form_shape_keys.keys.size()},
    provider_form_shape_keys.first.data()};
/// What detect_provider() compares payloads with.
inline constexpr shape_catalog provider_catalog = {{provider_shapes.data(), provider_shapes.size()},
                                                   {provider_shape_keys.keys.data(), provider_shape_keys.keys.size()},
                                                   provider_shape_keys.first.data()};
}  // namespace detail

/// The names of the providers come from their faces (traits::name); the table checks that the list covers
/// the enum (a value without its line in the list does not compile).
constexpr const auto& enum_table(provider) noexcept { return detail::provider_names; }

/// Every provider, in the order of the enum.
inline constexpr auto all_providers = all_values<provider>();

/// Whether the provider posts form-encoded bodies (or GET query strings): its face names form_shapes
/// (detail/form_payload.hpp). A receiver offers GET routes to these only.
inline bool reads_form_bodies(provider p) noexcept {
  return detail::provider_traits::visit<bool>(p, [](auto face) { return detail::reads_forms<decltype(face)>::value; });
}

/// Parses a name produced by to_string(provider); used by the CLI's --provider.
constexpr std::optional<provider> provider_from_string(std::string_view name) noexcept {
  return from_string<provider>(name);
}

}  // namespace triage

#endif  // TRIAGE_PROVIDERS_HPP
