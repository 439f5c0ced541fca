#ifndef TRIAGE_VERIFY_SCHEME_HPP
#define TRIAGE_VERIFY_SCHEME_HPP

// The authentication schemes, one value each, as enum class provider lists the providers: a provider's
// folder brings the verifiers of its schemes and one row per scheme (its verify.hpp), and verify.hpp joins
// the rows into the table that names them and dispatches on them. A later provider adds its values here
// and its rows in its folder (Twilio's X-Twilio-Signature, Telnyx's Ed25519, ...).

#include <cstdint>
#include <string_view>

#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"

namespace triage {

enum class scheme : std::uint8_t {
  bandwidth_basic,           ///< Bandwidth: HTTP Basic auth, with its 401 challenge leg
  bird_channels,             ///< Bird Channels: messagebird-signature, HMAC-SHA256 over timestamp, URL, body hash
  bird_v1,                   ///< Bird platform v1: Standard Webhooks, webhook-signature v1
  messagebird_jwt,           ///< MessageBird legacy: MessageBird-Signature-JWT, HS256/384/512
  messagebird_hmac,          ///< MessageBird legacy, deprecated: MessageBird-Signature over the sorted query
  plivo_v3,                  ///< Plivo: X-Plivo-Signature-V3, HMAC-SHA256 over URL, sorted parameters and nonce
  plivo_v2,                  ///< Plivo: X-Plivo-Signature-V2, HMAC-SHA256 over URL and nonce (body unsigned)
  twilio_signature,          ///< Twilio: X-Twilio-Signature, HMAC-SHA1 over the URL and the sorted form parameters
  vibes_source_ip,           ///< Vibes: no credential at all; the published source-address ranges only
  vonage_jwt,                ///< Vonage Messages API: Authorization: Bearer, HS256 JWT with iat and payload_hash
  whatsapp_hub_signature,    ///< WhatsApp Cloud API: X-Hub-Signature-256, HMAC-SHA256 of the body with the app secret
  telnyx_signature_ed25519,  ///< Telnyx API v2: Ed25519 over the timestamp header, '|' and the body
  sinch_webhook_signature,   ///< Sinch: HMAC-SHA256 over body, nonce and timestamp, in its webhook signature header
  infobip_basic,             ///< Infobip subscriptions: HTTP Basic auth of the profile's BASIC security setting
};

/// What a scheme needs configured.
enum class credential : std::uint8_t {
  none,           ///< nothing secret (an address list)
  shared_secret,  ///< a signing key, one per --secret-env (several during rotation)
  user_password,  ///< "user:password"
};

/// Verifiers share one signature: the request as received, the configured secrets (several during a key
/// rotation; none or an empty one never verifies), the options and the current unix time in seconds.
using verifier = verify_result (*)(const request&, span<std::string_view> secrets, const verify_options&,
                                   std::int64_t now) noexcept;

struct scheme_info {
  scheme value;
  std::string_view name;  ///< as the CLI's --scheme takes it
  provider owner;
  credential needs;
  bool signs_url;  ///< the signature covers the URL, so the public URL must be configured exactly
  verifier verify;
};

}  // namespace triage

#endif  // TRIAGE_VERIFY_SCHEME_HPP
