#ifndef TRIAGE_VERIFY_REQUEST_HPP
#define TRIAGE_VERIFY_REQUEST_HPP

// A request as a verifier sees it: views of what arrived, owned by the caller (the HTTP server's request
// object), valid for the duration of the call.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/span.hpp"

namespace triage {

struct header_field {
  std::string_view name;
  std::string_view value;
};

/// How a header stands in a request: HTTP allows a field to repeat, and a repeated signature header is
/// refused rather than guessed at (two parsers picking different copies is how verifications get bypassed).
struct header_lookup {
  enum class state : std::uint8_t { absent, present, repeated };
  state where = state::absent;
  std::string_view value;  ///< the value, without leading and trailing white space (present only)

  constexpr bool present() const noexcept { return where == state::present; }
};

struct request {
  std::string_view method;
  /// The URL as the provider signed it: the public base URL the subscription was registered with (scheme,
  /// host, port as configured) followed by the raw request-target (path and query exactly as received,
  /// percent-encoding untouched). Never rebuilt from Host or X-Forwarded-* headers.
  std::string_view url;
  span<header_field> headers;
  std::string_view body;  ///< the raw body bytes, before any parsing
  /// The peer's address as text (IPv4 dotted quad or IPv6), for the schemes that check it; empty if unknown.
  std::string_view remote_address;

  /// The header `name`, compared without regard to ASCII case.
  constexpr header_lookup header(std::string_view name) const noexcept {
    header_lookup out;
    for (const header_field& h : headers) {
      if (!detail::equals_ignoring_ascii_case(detail::trim_ascii_space(h.name), name)) continue;
      if (out.where != header_lookup::state::absent) return {header_lookup::state::repeated, {}};
      out = {header_lookup::state::present, detail::trim_ascii_space(h.value)};
    }
    return out;
  }
};

/// Options every verifier reads the parts of that it needs.
struct verify_options {
  /// Largest distance, in seconds, between a signed timestamp and now, both ways (replay window).
  std::int64_t window = 300;
  /// Clock skew, in seconds, allowed around a JWT's nbf and exp (MessageBird's SDKs use 1 s).
  std::int64_t leeway = 1;
};

}  // namespace triage

#endif  // TRIAGE_VERIFY_REQUEST_HPP
