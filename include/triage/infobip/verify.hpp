#ifndef TRIAGE_INFOBIP_VERIFY_HPP
#define TRIAGE_INFOBIP_VERIFY_HPP

// What Infobip offers to authenticate its webhooks (shared/reference/infobip.md §9):
//  - per-message webhooks (`webhooks.delivery.url`, `notifyUrl`): nothing at all, only the URL. A secret
//    path or query token in that URL is the only control; no scheme here can check it for you;
//  - a subscription's notification profile: a security setting of type BASIC, HMAC, OAUTH or CUSTOM
//    (Subscriptions API `CredentialsType`). BASIC sends `Authorization: Basic base64(username:password)`
//    with every request ("'Authorization' header ... can be overridden with one from security config"):
//    that is the scheme below, `infobip-basic`, on the same constant-time Basic check as Bandwidth's
//    (bandwidth::verify_basic), except that Infobip has no credential-less first leg to challenge, so a
//    request without Authorization is simply not authenticated;
//  - HMAC (`HmacCredentials {secretKey, algorithm}`, HMAC_MD5 ... HMAC_SHA_512) is NOT verified here:
//    no available source says which header carries the signature, what is signed (the body alone? a
//    timestamp?) or how it is encoded, no SDK implements the check and no test vector exists (reference §9).
//    A guessed scheme would reject genuine requests or, worse, accept forged ones, so there is none until a
//    real signed request is captured. OAUTH (Infobip fetches a token from your token URL and sends it as a
//    Bearer token) and CUSTOM headers are your own credentials: check them where you issue them. Mutual TLS
//    (the profile's client certificate) is checked by your TLS terminator, not here.

#include <array>
#include <cstdint>
#include <string_view>

#include "triage/bandwidth/verify.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"

namespace triage::infobip {

/// A subscription profile's BASIC security setting. Each secret is "username:password" (several during a
/// rotation); nothing secret is ever in the result's texts.
inline verify_result verify_basic(const request& req, span<std::string_view> secrets, const verify_options& options,
                                  std::int64_t now) noexcept {
  const header_lookup auth = req.header(bandwidth::authorization_header);
  if (auth.where == header_lookup::state::absent && triage::verify_detail::secrets_usable(secrets)) {
    return rejected(verify_reason::missing_credentials,
                    "no Authorization header: a profile with BASIC security sends it with every request");
  }
  return bandwidth::verify_basic(req, secrets, options, now);
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::infobip_basic, "infobip-basic", provider::infobip, credential::user_password, false, &verify_basic},
}};

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_VERIFY_HPP
