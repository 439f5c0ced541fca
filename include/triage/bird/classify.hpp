#ifndef TRIAGE_BIRD_CLASSIFY_HPP
#define TRIAGE_BIRD_CLASSIFY_HPP

// The verdict of a Bird Channels message, from the tables in bird/tables.hpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/bird/conversations_classify.hpp"
#include "triage/bird/interaction_tables.hpp"
#include "triage/bird/message.hpp"
#include "triage/bird/platform_classify.hpp"
#include "triage/bird/tables.hpp"
#include "triage/detail/text.hpp"
#include "triage/taxonomy.hpp"

namespace triage::bird {

namespace detail {

/// A source's code through its table: the exact code; for a Messenger-style "code/subcode" that is not in
/// the table, the code alone; for HTTP-status sources, the status class.
constexpr std::optional<verdict> classify_source_code(const source_row& source, std::string_view text,
                                                      std::optional<std::int64_t> number) noexcept {
  if (!source.code_table.empty()) {
    if (const code_row* row = find_code(source.code_table, text)) return row->verdict;
    const std::size_t slash = text.find('/');
    if (slash != std::string_view::npos) {
      if (const code_row* row = find_code(source.code_table, text.substr(0, slash))) return row->verdict;
    }
  }
  if (source.http_status_codes && number) {
    if (const http_class_row* row = find_http_class(*number)) return row->verdict;
  }
  return std::nullopt;
}

constexpr bool is_whatsapp(const message& m) noexcept {
  constexpr std::string_view prefix = "whatsapp.";
  if (m.failure && m.failure->source && m.failure->source->name == std::optional<std::string_view>("whatsapp")) {
    return true;
  }
  return m.event && m.event->substr(0, prefix.size()) == prefix;
}

/// The slug tables in the order they are tried: the SMS status reasons, then the v1 API's codes of the
/// message's own channel before the other channel's (insufficient_balance is in both).
constexpr const code_row* find_any_slug(std::string_view text, bool whatsapp) noexcept {
  const std::string_view order[] = {status_reason_source, whatsapp ? v1_whatsapp_source : v1_sms_source,
                                    whatsapp ? v1_sms_source : v1_whatsapp_source};
  for (std::string_view table : order) {
    if (const code_row* row = find_slug(table, text)) return row;
  }
  return nullptr;
}

}  // namespace detail

/// The verdict of a Bird message. The rule, in order (the first step that knows the answer decides):
///  1. an inbound message (direction "incoming", or no direction in a `<channel>.inbound` event): none;
///  2. a status that reports success or progress (accepted, processing, sent: pending; delivered:
///     delivered), whatever failure fields come with it;
///  3. failure.source.name + failure.source.code through that source's code table (sms-messagebird GSM MAP
///     codes, whatsapp, facebook, line; instagram uses the facebook (Messenger) rows): the exact code, else
///     for "code/subcode" the code alone, else for line and apple-business-chat the HTTP status class.
///     When source.code is absent and the source is sms-messagebird or not named, the `code:` of a
///     structured SMS reason stands in for it (the docs' examples carry the same code in both);
///  4. the status-reason slug: `details`, then the `reason:` part of a structured reason, then its
///     `details:` part, then an unstructured `reason` as a whole, each matched (ignoring case, spaces or
///     hyphens for underscores) against the SMS status reasons, then the v1 API codes (the message's own
///     channel first);
///  5. failure.code: its exact row, else its range row (11XXX, 12XXX, 14XXX, 15XXX); with a range row, a
///     source that names a Bird service (accounting, contact, touchpoint) gives the category;
///  6. a failure source of the docs whose code decided nothing: that source's verdict;
///  7. the status alone: the CSV's status rows (delivery_failed, expired), then sending_failed; anything
///     else (another string, or no status) is unknown.
/// A platform v1 event (m.platform) has its own rule: platform_classify.hpp; so has a legacy Conversations
/// webhook (m.conversations): conversations_classify.hpp. A message interaction (`<channel>.interaction`)
/// is none, category compliance for a spam report, an unsubscribe or a deletion request
/// (interaction_tables.hpp), none for a type the table does not know.
constexpr verdict classify(const message& m) noexcept {
  if (m.platform != nullptr) return classify(*m.platform);
  if (m.conversations != nullptr) return classify(*m.conversations);
  if (m.is_interaction()) {
    // An interaction reports no delivery; its row says whether it is a compliance signal.
    if (m.interaction_type) {
      if (const interaction_row* row = find_interaction(*m.interaction_type)) return row->verdict;
    }
    return {outcome::none, category::none, retry_advice::none, "bird interaction type not recognised"};
  }
  if (m.is_inbound()) return {outcome::none, category::none, retry_advice::none, "bird inbound message"};

  const status_row* status = find_status(m.status_value);
  if (status != nullptr &&
      (status->verdict.outcome == outcome::delivered || status->verdict.outcome == outcome::pending)) {
    return status->verdict;
  }

  const failure_source* fs = m.failure && m.failure->source ? &*m.failure->source : nullptr;
  const source_row* source = fs != nullptr && fs->name ? find_source(*fs->name) : nullptr;

  if (source != nullptr && fs->code) {
    if (const auto v = detail::classify_source_code(*source, *fs->code, fs->code_number)) return *v;
  }
  if ((fs == nullptr || !fs->code) && m.reason_parts && m.reason_parts->code_text) {
    const bool sms_or_unnamed = fs == nullptr || !fs->name || *fs->name == sms_source;
    if (sms_or_unnamed) {
      if (const code_row* row = detail::find_code(sms_source, *m.reason_parts->code_text)) {
        return row->verdict;
      }
    }
  }

  const bool whatsapp = detail::is_whatsapp(m);
  const std::optional<std::string_view> slugs[] = {
      m.details,
      m.reason_parts ? m.reason_parts->reason : std::nullopt,
      m.reason_parts ? m.reason_parts->details : std::nullopt,
      m.reason_parts ? std::nullopt : m.reason,
  };
  for (const std::optional<std::string_view>& slug : slugs) {
    if (!slug) continue;
    if (const code_row* row = detail::find_any_slug(*slug, whatsapp)) return row->verdict;
  }

  if (m.failure && m.failure->code) {
    if (const code_row* row = find_failure_code(*m.failure->code)) {
      verdict v = row->verdict;
      // The range row decided (its rule); the source only names the cause.
      if (number_of(*row).is_range && source != nullptr && source->names_cause) {
        v.category = source->verdict.category;
      }
      return v;
    }
  }

  if (source != nullptr) return source->verdict;

  if (m.status) {
    if (const code_row* row = detail::find_exact(legacy_status_source, *m.status)) return row->verdict;
  }
  if (status != nullptr) return status->verdict;
  if (!m.status) {
    return {outcome::unknown, category::unknown, retry_advice::none, "bird message without status or known failure"};
  }
  return {outcome::unknown, category::unknown, retry_advice::none, "bird status not recognised"};
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_CLASSIFY_HPP
