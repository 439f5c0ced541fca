#ifndef TRIAGE_BODY_FORMAT_HPP
#define TRIAGE_BODY_FORMAT_HPP

// How a callback body is encoded. Most providers post JSON; Twilio, Plivo and Vonage's SMS API post
// application/x-www-form-urlencoded bodies, or put the same fields in the query string of a GET.

#include <cstdint>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/detail/form.hpp"
#include "triage/detail/text.hpp"

namespace triage {

enum class body_format : std::uint8_t {
  json,   ///< a JSON document
  form,   ///< application/x-www-form-urlencoded, as a POST body
  query,  ///< the same encoding as a URL's query string; one leading '?' is skipped
};

inline constexpr enum_name<body_format> body_format_names[] = {
    {body_format::json, "json"}, {body_format::form, "form"}, {body_format::query, "query"}};
constexpr const auto& enum_table(body_format) noexcept { return body_format_names; }

/// The format of a body whose sender did not say (an archive line, a request without Content-Type): a form
/// (a query when it starts with '?') when it reads as one (detail::looks_like_form: `key=value` pairs of
/// URL-safe keys joined by '&'), JSON otherwise, so that a broken JSON body is still reported as JSON.
constexpr body_format detect_body_format(std::string_view body) noexcept {
  if (!detail::looks_like_form(body)) return body_format::json;
  const std::string_view trimmed = detail::trim_ascii_space(body);
  return !trimmed.empty() && trimmed.front() == '?' ? body_format::query : body_format::form;
}

}  // namespace triage

#endif  // TRIAGE_BODY_FORMAT_HPP
