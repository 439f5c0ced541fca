#ifndef TRIAGE_BIRD_PLATFORM_CLASSIFY_HPP
#define TRIAGE_BIRD_PLATFORM_CLASSIFY_HPP

// The verdict of a platform v1 event, from the event rows (platform_tables.hpp), the CSV's bird-v1-sms and
// bird-v1-whatsapp rows (tables.hpp) and, for meta_error_code, the WhatsApp Cloud API's codes
// (whatsapp/tables.hpp: it includes nothing of Bird's, so there is no cycle).

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/bird/platform_event.hpp"
#include "triage/bird/platform_tables.hpp"
#include "triage/bird/tables.hpp"
#include "triage/taxonomy.hpp"
#include "triage/whatsapp/tables.hpp"

namespace triage::bird {

namespace detail {

/// The verdict `data.error` gives, or nullopt: Meta's raw code through the WhatsApp tables (exact, then
/// range), then Bird's code through the channel's v1 rows. A row whose outcome is unknown (sms `unknown`,
/// "Unmapped failure") decides nothing: the event itself says more (sms.failed is terminal).
constexpr std::optional<verdict> classify_platform_error(const platform_event& e) noexcept {
  if (!e.error) return std::nullopt;
  if (e.channel == platform_channel::whatsapp && e.error->meta_error_code) {
    std::int64_t meta = 0;
    if (triage::detail::parse_integer(triage::detail::trim_ascii_space(*e.error->meta_error_code), meta)) {
      if (const whatsapp::code_row* row = whatsapp::find_code(meta)) return row->verdict;
      if (const whatsapp::code_range_row* range = whatsapp::find_code_range(meta)) return range->verdict;
    }
  }
  if (e.error->code) {
    const std::string_view table = e.channel == platform_channel::whatsapp ? v1_whatsapp_source : v1_sms_source;
    if (const code_row* row = find_code(table, *e.error->code)) {
      if (row->verdict.outcome != outcome::unknown) return row->verdict;
    }
  }
  return std::nullopt;
}

}  // namespace detail

/// The verdict of a platform v1 event. In order, the first step that knows the answer decides:
///  1. an inbound message (data.direction "inbound", or a `<channel>.received` event): none;
///  2. the event's row when it reports progress or success (accepted, sent: pending; delivered, read:
///     delivered), whatever error comes with it;
///  3. on sms and whatsapp events, `data.error`: a WhatsApp meta_error_code through the WhatsApp Cloud API's
///     codes, then `code` through the bird-v1-sms / bird-v1-whatsapp rows (the `unknown` row excepted);
///  4. the event's row (undelivered: retryable; failed, rejected: permanent; expired: retryable; e-mail
///     complaints, unsubscribes and suppressions: none with category compliance; opened, clicked: none);
///  5. an sms or whatsapp message event no row names: unknown; any other event (another channel's, or an
///     sms.tfn_verification.* one about a sender number): none (triage classifies the deliveries of SMS and
///     WhatsApp messages only; the event is still typed).
constexpr verdict classify(const platform_event& e) noexcept {
  if (e.is_inbound()) return {outcome::none, category::none, retry_advice::none, "bird inbound message"};
  const platform_event_row* row = find_platform_event(e.type);
  if (row != nullptr && (row->verdict.outcome == outcome::pending || row->verdict.outcome == outcome::delivered)) {
    return row->verdict;
  }
  // A message's lifecycle event names one step ("sms.failed"); "sms.tfn_verification.approved" is about a
  // sender number, not a message.
  const bool message_channel = (e.channel == platform_channel::sms || e.channel == platform_channel::whatsapp) &&
                               e.event_name.find('.') == std::string_view::npos;
  if (message_channel) {
    if (const auto v = detail::classify_platform_error(e)) return *v;
  }
  if (row != nullptr) return row->verdict;
  if (message_channel) {
    return {outcome::unknown, category::unknown, retry_advice::none, "bird platform event type not recognised"};
  }
  return {outcome::none, category::none, retry_advice::none,
          "bird platform event of a channel triage does not classify"};
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_PLATFORM_CLASSIFY_HPP
