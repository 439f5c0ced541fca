#ifndef TRIAGE_VIBES_VERIFY_HPP
#define TRIAGE_VIBES_VERIFY_HPP

// Vibes callbacks carry no credential, signature or secret of any kind: a callback registration has only
// destination.url, method and content_type (developer-platform.vibes.com/reference/callback-api). The one
// control Vibes publishes is the list of addresses its callbacks come from, "if a customer wants to list
// them as allowed traffic" (developer-platform.vibes.com/reference/callbacks). This checks the peer address
// against that list. It authenticates nothing cryptographically: behind a proxy, request::remote_address
// must be the client address your own proxy reports, and an unguessable URL path and TLS remain the other
// controls. Vibes redelivers, so deduplicate on event_id.

#include <array>
#include <cstdint>
#include <string_view>

#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/address.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"

namespace triage::vibes {

enum class region : std::uint8_t { us, eu };

struct source_range {
  region where;
  std::string_view cidr;
};

/// Vibes Platform callback source addresses, US and EU, from https://developer-platform.vibes.com/reference/callbacks
/// (as of 2026-08; the list changes: check it when Vibes announces new infrastructure).
inline constexpr std::array<source_range, 12> callback_sources = {{
    {region::us, "35.155.139.143/32"},
    {region::us, "52.32.61.199/32"},
    {region::us, "35.161.244.84/32"},
    {region::us, "18.205.120.48/32"},
    {region::us, "52.22.43.57/32"},
    {region::us, "18.232.9.131/32"},
    {region::eu, "34.243.232.57/32"},
    {region::eu, "52.48.241.82/32"},
    {region::eu, "34.249.188.130/32"},
    {region::eu, "54.247.36.51/32"},
    {region::eu, "34.253.250.65/32"},
    {region::eu, "54.217.181.160/32"},
}};

namespace verify_detail {

constexpr std::array<triage::verify_detail::ip_range, callback_sources.size()> parse_sources() noexcept {
  std::array<triage::verify_detail::ip_range, callback_sources.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) {
    // A malformed row yields a /0 sentinel that the static_assert below refuses.
    if (!triage::verify_detail::parse_ip_range(callback_sources[i].cidr, out[i])) out[i] = {};
  }
  return out;
}

inline constexpr auto source_ranges = parse_sources();

constexpr bool all_ranges_parse() noexcept {
  for (const auto& r : source_ranges) {
    if (r.prefix == 0) return false;
  }
  return true;
}
static_assert(all_ranges_parse(), "a row of vibes::callback_sources is not an address range");

}  // namespace verify_detail

/// Whether `address` (text) is one of Vibes' published callback sources.
constexpr bool is_callback_source(std::string_view address) noexcept {
  triage::verify_detail::ip_address a;
  if (!triage::verify_detail::parse_ip(address, a)) return false;
  for (const auto& r : verify_detail::source_ranges) {
    if (triage::verify_detail::in_range(a, r)) return true;
  }
  return false;
}

/// The source-address check as a verifier (it takes no secret; any given are ignored).
inline verify_result verify_source_ip(const request& req, span<std::string_view>, const verify_options&,
                                      std::int64_t) noexcept {
  if (req.remote_address.empty()) {
    return rejected(verify_reason::address_not_allowed, "no source address given (Vibes signs nothing else)");
  }
  if (is_callback_source(req.remote_address)) return verified();
  return rejected(verify_reason::address_not_allowed,
                  "the source address is not one of Vibes' published callback addresses", req.remote_address);
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::vibes_source_ip, "vibes-source-ip", provider::vibes, credential::none, false, &verify_source_ip},
}};

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_VERIFY_HPP
