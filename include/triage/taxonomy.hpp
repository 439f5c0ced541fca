#ifndef TRIAGE_TAXONOMY_HPP
#define TRIAGE_TAXONOMY_HPP

// The vocabulary every verdict is expressed in (DESIGN.md, "Taxonomy").

#include <cstdint>
#include <optional>
#include <string_view>

namespace triage {

enum class provider : std::uint8_t { vibes, bandwidth, bird };

/// What the sender should do about the message the callback reports on.
enum class outcome : std::uint8_t {
  delivered,  ///< final success (handset delivered, or accepted on the subscriber's behalf)
  pending,    ///< in flight; more callbacks may come; do nothing yet
  retryable,  ///< failed; sending the same message again later may succeed
  permanent,  ///< failed; sending it again fails the same way until something changes
  unknown,    ///< final state not known; resending risks a duplicate
  none,       ///< the callback reports no outbound delivery (inbound message, read receipt, ...)
};

/// Why a message failed; `none` when nothing failed.
enum class category : std::uint8_t {
  recipient,
  unreachable,
  compliance,
  content,
  configuration,
  account,
  rate_limit,
  carrier,
  platform,
  unknown,
  none,
};

/// The provider's own guidance on resending, where it gives any.
enum class retry_advice : std::uint8_t {
  none,         ///< do not resend (not a retryable outcome)
  retry,        ///< resend; the provider sets no limit
  retry_once,   ///< resend at most once (e.g. Bandwidth carrier service failures)
  retry_later,  ///< resend later, not now (a time window, a cap or a throttle must pass first)
};

inline constexpr provider all_providers[] = {provider::vibes, provider::bandwidth, provider::bird};
inline constexpr outcome all_outcomes[] = {outcome::delivered, outcome::pending, outcome::retryable,
                                           outcome::permanent, outcome::unknown, outcome::none};
inline constexpr category all_categories[] = {category::recipient,  category::unreachable,   category::compliance,
                                              category::content,    category::configuration, category::account,
                                              category::rate_limit, category::carrier,       category::platform,
                                              category::unknown,    category::none};
inline constexpr retry_advice all_retry_advice[] = {retry_advice::none, retry_advice::retry, retry_advice::retry_once,
                                                    retry_advice::retry_later};

constexpr std::string_view to_string(provider p) noexcept {
  switch (p) {
    case provider::vibes: return "vibes";
    case provider::bandwidth: return "bandwidth";
    case provider::bird: return "bird";
  }
  return "?";
}

constexpr std::string_view to_string(outcome o) noexcept {
  switch (o) {
    case outcome::delivered: return "delivered";
    case outcome::pending: return "pending";
    case outcome::retryable: return "retryable";
    case outcome::permanent: return "permanent";
    case outcome::unknown: return "unknown";
    case outcome::none: return "none";
  }
  return "?";
}

constexpr std::string_view to_string(category c) noexcept {
  switch (c) {
    case category::recipient: return "recipient";
    case category::unreachable: return "unreachable";
    case category::compliance: return "compliance";
    case category::content: return "content";
    case category::configuration: return "configuration";
    case category::account: return "account";
    case category::rate_limit: return "rate_limit";
    case category::carrier: return "carrier";
    case category::platform: return "platform";
    case category::unknown: return "unknown";
    case category::none: return "none";
  }
  return "?";
}

constexpr std::string_view to_string(retry_advice r) noexcept {
  switch (r) {
    case retry_advice::none: return "none";
    case retry_advice::retry: return "retry";
    case retry_advice::retry_once: return "retry_once";
    case retry_advice::retry_later: return "retry_later";
  }
  return "?";
}

/// Parses a name produced by to_string(provider); used by the CLI's --provider.
constexpr std::optional<provider> provider_from_string(std::string_view name) noexcept {
  for (provider p : all_providers) {
    if (to_string(p) == name) return p;
  }
  return std::nullopt;
}

/// The triage of one callback.
struct verdict {
  triage::outcome outcome = outcome::unknown;
  triage::category category = category::unknown;
  retry_advice retry = retry_advice::none;
  /// Which table row or rule decided, e.g. "vibes status_reason 'rejected'". Static storage.
  std::string_view rule;

  friend constexpr bool operator==(const verdict& a, const verdict& b) noexcept {
    return a.outcome == b.outcome && a.category == b.category && a.retry == b.retry;
  }
  friend constexpr bool operator!=(const verdict& a, const verdict& b) noexcept { return !(a == b); }
};

}  // namespace triage

#endif  // TRIAGE_TAXONOMY_HPP
