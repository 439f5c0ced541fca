#ifndef TRIAGE_BIRD_INTERACTION_TABLES_HPP
#define TRIAGE_BIRD_INTERACTION_TABLES_HPP

// The verdict of each message interaction type of the Channels API (a `<channel>.interaction` event: its
// payload is a MessageInteraction). The types are the enum of the MessageInteraction schema, the meanings
// the channel pages' words where they give them (e-mail: opened, clicked, reported-as-spam,
// unsubscribe-request; RCS: read, clicked). Rules read "bird interaction <type>".
//
// An interaction follows a delivered message and reports no delivery of its own: outcome none. A
// compliance signal a sender must act on is category compliance: a spam report, an unsubscribe request,
// and a request to delete the recipient's data (the sender must stop and erase, as for an unsubscribe).

#include <string_view>

#include "triage/detail/table.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bird {

/// One interaction type with its verdict.
struct interaction_row {
  std::string_view type;
  triage::verdict verdict;
  std::string_view meaning;
  std::string_view source_url;
};

inline constexpr std::string_view interaction_schema_url =
    "https://docs.bird.com/api/channels-api/supported-channels/programmable-email/message-interactions";
inline constexpr std::string_view interaction_rcs_url =
    "https://docs.bird.com/api/channels-api/supported-channels/programmable-rcs/message-interactions";

namespace detail {

inline constexpr std::string_view interaction_field = "bird interaction";
inline constexpr auto interaction_value = [](const interaction_row& row) {
  return triage::detail::rule_value(row.type);
};

inline constexpr interaction_row interaction_literals[] = {
    {"opened",
     {outcome::none, category::none, retry_advice::none},
     "A user has opened a message",
     interaction_schema_url},
    {"clicked",
     {outcome::none, category::none, retry_advice::none},
     "A user has clicked a link (RCS, Apple Messages: a quick reply button)",
     interaction_schema_url},
    {"read", {outcome::none, category::none, retry_advice::none}, "A user has read a message", interaction_rcs_url},
    {"reaction",
     {outcome::none, category::none, retry_advice::none},
     "the recipient reacted to the message",
     interaction_schema_url},
    {"conversion",
     {outcome::none, category::none, retry_advice::none},
     "a conversion tracked for the message",
     interaction_schema_url},
    {"subscribe-request",
     {outcome::none, category::none, retry_advice::none},
     "the recipient asked to subscribe",
     interaction_schema_url},
    {"subscribe-consent",
     {outcome::none, category::none, retry_advice::none},
     "the recipient consented to a subscription",
     interaction_schema_url},
    {"invalid",
     {outcome::none, category::none, retry_advice::none},
     "an interaction Bird could not attribute (no meaning published)",
     interaction_schema_url},
    {"reported-as-spam",
     {outcome::none, category::compliance, retry_advice::none},
     "A user has reported a message as spam",
     interaction_schema_url},
    {"unsubscribe-request",
     {outcome::none, category::compliance, retry_advice::none},
     "A user has requested to unsubscribe from messages",
     interaction_schema_url},
    {"delete-request",
     {outcome::none, category::compliance, retry_advice::none},
     "the recipient asked for their data to be deleted",
     interaction_schema_url},
};

}  // namespace detail

inline constexpr auto interaction_rules = triage::detail::derive_rules<triage::detail::longest_rule(
    detail::interaction_field, detail::interaction_literals, detail::interaction_value)>(
    detail::interaction_field, detail::interaction_literals, detail::interaction_value);
static_assert(triage::detail::rules_fit(interaction_rules));
inline constexpr auto interactions = triage::detail::with_rules(detail::interaction_literals, interaction_rules);

/// The row of an interaction type, or nullptr.
constexpr const interaction_row* find_interaction(std::string_view type) noexcept {
  return triage::detail::find_row(interactions, type, &interaction_row::type);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_INTERACTION_TABLES_HPP
