#ifndef TRIAGE_TAXONOMY_HPP
#define TRIAGE_TAXONOMY_HPP

// The vocabulary every verdict is expressed in (DESIGN.md, "Taxonomy").

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"

namespace triage {

enum class provider : std::uint8_t { vibes, bandwidth, bird, twilio, vonage, plivo, whatsapp, telnyx, sinch, infobip };

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

/// The tables behind to_string(), from_string() and all_values() (detail/enum_table.hpp). The provider
/// names come from the list of providers (providers.hpp), so they are not here.
inline constexpr enum_name<outcome> outcome_names[] = {
    {outcome::delivered, "delivered"}, {outcome::pending, "pending"}, {outcome::retryable, "retryable"},
    {outcome::permanent, "permanent"}, {outcome::unknown, "unknown"}, {outcome::none, "none"}};
constexpr const auto& enum_table(outcome) noexcept { return outcome_names; }

inline constexpr enum_name<category> category_names[] = {{category::recipient, "recipient"},
                                                         {category::unreachable, "unreachable"},
                                                         {category::compliance, "compliance"},
                                                         {category::content, "content"},
                                                         {category::configuration, "configuration"},
                                                         {category::account, "account"},
                                                         {category::rate_limit, "rate_limit"},
                                                         {category::carrier, "carrier"},
                                                         {category::platform, "platform"},
                                                         {category::unknown, "unknown"},
                                                         {category::none, "none"}};
constexpr const auto& enum_table(category) noexcept { return category_names; }

inline constexpr enum_name<retry_advice> retry_advice_names[] = {{retry_advice::none, "none"},
                                                                 {retry_advice::retry, "retry"},
                                                                 {retry_advice::retry_once, "retry_once"},
                                                                 {retry_advice::retry_later, "retry_later"}};
constexpr const auto& enum_table(retry_advice) noexcept { return retry_advice_names; }

inline constexpr auto all_outcomes = all_values<outcome>();
inline constexpr auto all_categories = all_values<category>();
inline constexpr auto all_retry_advice = all_values<retry_advice>();

/// The triage of one callback.
struct verdict {
  constexpr verdict() noexcept = default;
  // A table row's literal gives the first three; its rule is derived from the row's key (detail/table.hpp).
  // A constructor, not aggregate initialisation, so that those literals do not warn of a missing rule.
  constexpr verdict(triage::outcome o, triage::category c, retry_advice r, std::string_view rule_text = {}) noexcept
      : outcome(o), category(c), retry(r), rule(rule_text) {}

  triage::outcome outcome = outcome::unknown;
  triage::category category = category::unknown;
  retry_advice retry = retry_advice::none;
  /// Which table row or rule decided, e.g. "<provider> <field> <value>". Static storage.
  std::string_view rule;

  friend constexpr bool operator==(const verdict& a, const verdict& b) noexcept {
    return a.outcome == b.outcome && a.category == b.category && a.retry == b.retry;
  }
  friend constexpr bool operator!=(const verdict& a, const verdict& b) noexcept { return !(a == b); }
};

}  // namespace triage

#endif  // TRIAGE_TAXONOMY_HPP
