#ifndef TRIAGE_VERIFY_HPP
#define TRIAGE_VERIFY_HPP

// Webhook authenticity (target triage::verify, which links OpenSSL's libcrypto; triage::triage does not).
// Every scheme of every provider behind one call:
//
//   triage::header_field headers[] = {{"messagebird-signature", sig}, {"messagebird-request-timestamp", ts}};
//   triage::request req{"POST", "https://example.com/webhooks/bird", {headers, 2}, body, peer_address};
//   std::string_view secrets[] = {signing_key};                 // several during a key rotation
//   triage::verify_result r = triage::verify(triage::scheme::bird_channels, req, {secrets, 1}, {}, now);
//   if (!r) log(r.reason, r.detail);                             // nothing secret in either
//
// A verifier is a pure function of its arguments: no clock of its own, no allocation of its own, no
// exception. Each provider's folder brings its schemes (<provider>/verify.hpp); the list below joins them.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/span.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"

// Each provider's schemes, in the order of enum class scheme.
#include "triage/bandwidth/verify.hpp"
#include "triage/bird/verify.hpp"
#include "triage/infobip/verify.hpp"
#include "triage/plivo/verify.hpp"
#include "triage/sinch/verify.hpp"
#include "triage/telnyx/verify.hpp"
#include "triage/twilio/verify.hpp"
#include "triage/vibes/verify.hpp"
#include "triage/vonage/verify.hpp"
#include "triage/whatsapp/verify.hpp"

namespace triage {

namespace verify_detail {

template <std::size_t... N>
constexpr auto join_schemes(const std::array<scheme_info, N>&... parts) noexcept {
  std::array<scheme_info, (N + ...)> out{};
  std::size_t i = 0;
  (
      (void)[&] {
        for (const scheme_info& row : parts) out[i++] = row;
      }(),
      ...);
  return out;
}

}  // namespace verify_detail

/// Every scheme's row, at the index of its value.
inline constexpr auto scheme_table = verify_detail::join_schemes(
    bandwidth::verify_schemes, bird::verify_schemes, plivo::verify_schemes, twilio::verify_schemes,
    vibes::verify_schemes, vonage::verify_schemes, whatsapp::verify_schemes, telnyx::verify_schemes,
    sinch::verify_schemes, infobip::verify_schemes);

/// Names come from the providers' rows; the table check makes a scheme without its row fail to compile.
constexpr const auto& enum_table(scheme) noexcept { return scheme_table; }

/// Every scheme, in the order of the enum.
inline constexpr auto all_schemes = all_values<scheme>();

/// The row of a scheme (its name, provider, what it needs configured).
constexpr const scheme_info& info(scheme s) noexcept { return scheme_table[static_cast<std::size_t>(s)]; }

/// Parses a name produced by to_string(scheme) ("bird-channels"); used by the CLI's --scheme.
constexpr std::optional<scheme> scheme_from_string(std::string_view name) noexcept { return from_string<scheme>(name); }

/// Verifies `req` with the scheme `s`; see scheme.hpp for the arguments.
inline verify_result verify(scheme s, const request& req, span<std::string_view> secrets, const verify_options& options,
                            std::int64_t now) noexcept {
  const auto i = static_cast<std::size_t>(s);
  if (i >= scheme_table.size()) return rejected(verify_reason::unsupported_algorithm, "unknown scheme");
  return scheme_table[i].verify(req, secrets, options, now);
}

}  // namespace triage

#endif  // TRIAGE_VERIFY_HPP
