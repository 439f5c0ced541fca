#ifndef TRIAGE_VONAGE_VERIFY_HPP
#define TRIAGE_VONAGE_VERIFY_HPP

// Vonage's authentication schemes, as triage/verify.hpp lists them: the Messages API's signed JWT (on by
// default). The SMS API's `sig` parameter (off by default, enabled by Vonage support) has no verifier yet.

#include <array>

#include "triage/taxonomy.hpp"
#include "triage/verify/scheme.hpp"
#include "triage/vonage/verify_jwt.hpp"

namespace triage::vonage {

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::vonage_jwt, "vonage-jwt", provider::vonage, credential::shared_secret, false, &verify_messages_jwt},
}};

}  // namespace triage::vonage

#endif  // TRIAGE_VONAGE_VERIFY_HPP
