#ifndef TRIAGE_BIRD_VERIFY_HPP
#define TRIAGE_BIRD_VERIFY_HPP

// Bird's and MessageBird's authentication schemes, as triage/verify.hpp lists them. Bird has two webhook
// systems and MessageBird's legacy APIs two more schemes; a subscription uses exactly one of them.

#include <array>

#include "triage/bird/verify_channels.hpp"
#include "triage/bird/verify_hmac.hpp"
#include "triage/bird/verify_jwt.hpp"
#include "triage/bird/verify_v1.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/scheme.hpp"

namespace triage::bird {

inline constexpr std::array<scheme_info, 4> verify_schemes = {{
    {scheme::bird_channels, "bird-channels", provider::bird, credential::shared_secret, true, &verify_channels},
    {scheme::bird_v1, "bird-v1", provider::bird, credential::shared_secret, false, &verify_v1},
    {scheme::messagebird_jwt, "messagebird-jwt", provider::bird, credential::shared_secret, true,
     &verify_messagebird_jwt},
    {scheme::messagebird_hmac, "messagebird-hmac", provider::bird, credential::shared_secret, false,
     &verify_messagebird_hmac},
}};

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_VERIFY_HPP
