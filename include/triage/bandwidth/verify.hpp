#ifndef TRIAGE_BANDWIDTH_VERIFY_HPP
#define TRIAGE_BANDWIDTH_VERIFY_HPP

// Bandwidth signs nothing on messaging callbacks: the only control is HTTP Basic auth with the credentials
// set on the messaging application (InboundCallbackCreds / OutboundCallbackCreds), over TLS. Bandwidth first
// sends each callback without an Authorization header and expects 401 with a WWW-Authenticate challenge;
// without that header it never sends the authenticated request, and the callback is lost
// (Bandwidth/api-docs site/docs/numbers/webhooks.md, "Authentication"). So missing_credentials is the
// normal first leg: answer it with basic_challenge(). Each secret is "user:password".

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::bandwidth {

inline constexpr std::string_view authorization_header = "Authorization";
inline constexpr std::string_view challenge_header = "WWW-Authenticate";

namespace verify_detail {
/// Longest Authorization value decoded (Bandwidth's user ids and passwords are far shorter).
inline constexpr std::size_t max_basic_credentials = 1024;
}  // namespace verify_detail

inline verify_result verify_basic(const request& req, span<std::string_view> secrets, const verify_options&,
                                  std::int64_t) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no user:password configured");
  for (std::string_view s : secrets) {
    if (s.find(':') == std::string_view::npos) {
      return rejected(verify_reason::no_secret, "a configured credential is not user:password");
    }
  }
  const header_lookup auth = req.header(authorization_header);
  if (auth.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_credentials, "no Authorization header: answer 401 with the challenge");
  }
  if (!auth.present()) return rejected(verify_reason::malformed_header, "header Authorization repeats");
  const std::string_view value = auth.value;
  if (value.size() < 6 || !triage::detail::equals_ignoring_ascii_case(value.substr(0, 5), "Basic") || value[5] != ' ') {
    return rejected(verify_reason::malformed_header, "Authorization is not Basic credentials");
  }
  const std::string_view encoded = triage::detail::trim_ascii_space(value.substr(6));
  unsigned char decoded[verify_detail::max_basic_credentials];
  std::size_t size = 0;
  // The encoded credentials are a secret: never a subject.
  if (!vd::decode_base64(encoded, vd::base64_alphabet::standard, vd::base64_padding::required, decoded, sizeof decoded,
                         size)) {
    return rejected(verify_reason::bad_encoding, "Authorization Basic credentials are not canonical base64");
  }
  // Compared through their SHA-256, so that the time taken reveals neither the contents nor the length of
  // the configured credentials.
  unsigned char received[32];
  if (!vd::sha256(std::string_view(reinterpret_cast<const char*>(decoded), size), received)) {
    return rejected(verify_reason::crypto_failure, "SHA-256 failed");
  }
  bool matched = false;
  for (std::string_view s : secrets) {
    unsigned char expected[32];
    if (!vd::sha256(s, expected)) return rejected(verify_reason::crypto_failure, "SHA-256 failed");
    matched = vd::constant_time_equal(expected, 32, received, 32) || matched;
  }
  if (!matched) return rejected(verify_reason::wrong_credentials, "the Basic credentials are not the configured ones");
  return verified();
}

/// The WWW-Authenticate value that Bandwidth's first, unauthenticated leg must get with its 401:
/// `Basic realm="<realm>"` (a quote or backslash in the realm is escaped, control characters dropped).
inline std::string basic_challenge(std::string_view realm) {
  std::string out = "Basic realm=\"";
  for (char c : realm) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::bandwidth_basic, "bandwidth-basic", provider::bandwidth, credential::user_password, false, &verify_basic},
}};

}  // namespace triage::bandwidth

#endif  // TRIAGE_BANDWIDTH_VERIFY_HPP
