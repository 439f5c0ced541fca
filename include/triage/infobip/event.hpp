#ifndef TRIAGE_INFOBIP_EVENT_HPP
#define TRIAGE_INFOBIP_EVENT_HPP

// The typed Infobip callback: one element of a `{"results": [...]}` body (shared/reference/infobip.md §2,
// §3). Infobip wraps every delivery report, seen report and inbound message of every channel API (SMS v3 and
// the deprecated v2, MMS, WhatsApp, Viber Business and Bot, RCS) and of the Messages API in that envelope,
// up to `maxBucketSize` (default 100) reports per POST, mixing bulks, channels and API versions in one body.
//
// There is no type field in the channel APIs, so the kind comes from the keys present (reference §2 and
// verdict rule 1), in this order:
//  1. `status` is an object                                 -> delivery_report (DLR of any channel or API);
//  2. else `seenAt` is present, or `event` is "SEEN"        -> seen_report;
//  3. else `receivedAt` is present, `event` is MO, TYPING_STARTED or TYPING_STOPPED, or the body has a
//     top-level `pendingMessageCount` / `pendingEventCount` -> inbound_message;
//  4. else, or when a field of the element has the wrong type -> invalid_report: the element's own error
//     record (its field path and byte offset in `problem`); the other elements of the batch are kept.
// Field names differ per API for the same thing (reference §10 item 9): the struct keeps each as sent
// (`sender` and `from`, `to` and `destination`, `messageCount`, `smsCount`, `mmsCount`, `rcsCount`,
// `platform.entityId` and a top-level `entityId`); the helpers below give the one that is present.
//
// Lifetime: every std::string_view points either into the payload given to triage::parser::parse or into
// that parser's string buffer; they stay valid until that parser parses the next payload or is destroyed,
// provided the caller keeps the payload alive. Copy what must outlive that.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/enum_table.hpp"
#include "triage/error.hpp"
#include "triage/timestamp.hpp"

namespace triage::infobip {

/// The kind of a callback, inferred from its keys (see above).
enum class kind : std::uint8_t { delivery_report, seen_report, inbound_message, invalid_report };

inline constexpr enum_name<kind> kind_names[] = {{kind::delivery_report, "delivery_report"},
                                                 {kind::seen_report, "seen_report"},
                                                 {kind::inbound_message, "inbound_message"},
                                                 {kind::invalid_report, "invalid_report"}};
constexpr const auto& enum_table(kind) noexcept { return kind_names; }
inline constexpr auto all_kinds = all_values<kind>();

/// A report's `status` object. `groupName` and `name` are kept verbatim and never classified on (their case
/// varies, reference §5 and rule 9): the ids decide.
struct status_object {
  std::optional<std::int64_t> group_id;
  std::optional<std::string_view> group_name;
  std::optional<std::int64_t> id;
  std::optional<std::string_view> name;
  std::optional<std::string_view> description;
  std::optional<std::string_view> action;  ///< "Action to take to recover from the error"
};

/// A report's `error` object. `permanent` is Infobip's own flag: evidence for an id the tables do not know.
struct error_object {
  std::optional<std::int64_t> group_id;  ///< per product: the same id names another group elsewhere (§5)
  std::optional<std::string_view> group_name;
  std::optional<std::int64_t> id;
  std::optional<std::string_view> name;
  std::optional<std::string_view> description;
  std::optional<bool> permanent;
};

/// `price`: the amount kept as its exact number token (or string), no rounding.
struct price_object {
  std::optional<std::string_view> price_per_message;
  std::optional<std::string_view> currency;
  std::optional<std::string_view> traffic_type;  ///< RCS: BASIC, SINGLE, RICH, ...
};

/// One element of `results[]`: every documented field of the channel APIs' and the Messages API's reports,
/// seen reports and inbound messages (reference §3). Absent fields stay empty; unknown keys are skipped.
struct event {
  infobip::kind kind = kind::invalid_report;
  std::size_t index = 0;  ///< the element's index in `results[]`
  std::size_t count = 0;  ///< elements in `results[]`

  std::optional<std::string_view> message_id;    ///< a string; an old JSON number is kept as its token (§6)
  std::optional<std::string_view> bulk_id;       ///< may be "" (WhatsApp examples)
  std::optional<std::string_view> event;         ///< Messages API only: DELIVERY, SEEN, MO, TYPING_STARTED, ...
  std::optional<std::string_view> event_object;  ///< RCS inbound events: `event` as an object ({"type": ...}), raw
  std::optional<std::string_view> channel;       ///< Messages API; RCS failover legs: RCS, SMS, MMS
  std::optional<std::string_view> to;            ///< DLR: the destination; seen report: your sender (§3.7)
  std::optional<std::string_view> destination;   ///< Messages API's `to`
  std::optional<std::string_view> sender;        ///< v3, Viber/RCS inbound, Messages API
  std::optional<std::string_view> from;          ///< v2, SMS/WhatsApp inbound, seen reports (the end user)
  std::optional<timestamp> sent_at;
  std::optional<timestamp> done_at;
  std::optional<timestamp> seen_at;
  std::optional<timestamp> received_at;
  std::optional<std::int64_t> message_count;  ///< v3 `messageCount`
  std::optional<std::int64_t> sms_count;      ///< v2 and MMS v2 `smsCount`, SMS inbound parts
  std::optional<std::int64_t> mms_count;      ///< `mmsCount`
  std::optional<std::int64_t> rcs_count;      ///< RCS inbound `rcsCount`
  std::optional<std::string_view> mcc_mnc;    ///< a string in channel APIs, an integer (its token) in the Messages API
  std::optional<std::int64_t> network_id;
  std::optional<std::string_view> callback_data;
  std::optional<price_object> price;
  std::optional<status_object> status;
  std::optional<error_object> error;
  std::optional<std::string_view> entity_id;       ///< `platform.entityId` or the v2 top-level `entityId`
  std::optional<std::string_view> application_id;  ///< `platform.applicationId` or the top-level one
  std::optional<std::string_view> campaign_reference_id;
  std::optional<std::string_view> interaction_type;  ///< RCS
  std::optional<std::string_view> conversation_id;   ///< RCS `conversation.id`
  std::optional<std::string_view> contact_phone;     ///< WhatsApp `contact.phoneNumber`
  std::optional<std::string_view> contact_name;      ///< WhatsApp `contact.name`
  // Inbound messages.
  std::optional<std::string_view> text;
  std::optional<std::string_view> clean_text;
  std::optional<std::string_view> keyword;
  std::optional<std::string_view> paired_message_id;
  std::optional<std::string_view> integration_type;
  std::optional<std::string_view> message;  ///< WhatsApp/Viber/RCS `message` object, MMS `message[]`: raw JSON
  std::optional<std::string_view> content;  ///< Messages API `content[]`: raw JSON
  // The body's top level (inbound bodies): copied into every element.
  std::optional<std::int64_t> pending_message_count;  ///< `pendingMessageCount` or `pendingEventCount`

  std::size_t offset = 0;  ///< byte offset of the element in the body

  /// invalid_report: what was wrong with this element (field path and byte offset), as a parse error, and
  /// the same as one line of text (problem_text()), rendered when the element failed: views of the
  /// neutral fields point into it, so it is kept in the callback, not built on demand.
  triage::error problem{};
  char problem_buffer[224] = {};
  std::uint8_t problem_size = 0;

  constexpr std::string_view problem_text() const noexcept { return {problem_buffer, problem_size}; }

  /// Writes problem_text(): "<path>: <what> (expected <x>, found <y>) at byte <offset>", cut to the buffer.
  void render_problem() noexcept {
    std::size_t n = 0;
    const auto put = [&](std::string_view piece) {
      for (char c : piece) {
        if (n == sizeof problem_buffer) return;
        problem_buffer[n++] = c;
      }
    };
    put(problem.path());
    put(": ");
    put(error_codes[static_cast<std::size_t>(problem.code())].message);
    if (!problem.expected().empty()) {
      put(", expected ");
      put(problem.expected());
      put(", found ");
      put(to_string(problem.found()));
    } else if (!problem.detail().empty()) {
      put(": ");
      put(problem.detail());
    }
    if (problem.has_offset()) {
      put(" at byte ");
      char digits[20] = {};
      std::size_t digit_count = 0;
      std::size_t value = problem.offset();
      do {
        digits[digit_count++] = static_cast<char>('0' + value % 10);
        value /= 10;
      } while (value != 0);
      while (digit_count > 0 && n < sizeof problem_buffer) problem_buffer[n++] = digits[--digit_count];
    }
    problem_size = static_cast<std::uint8_t>(n);
  }

  /// The destination of a report: `to`, else the Messages API's `destination`.
  constexpr std::optional<std::string_view> recipient() const noexcept { return to ? to : destination; }
  /// The sender: `sender`, else `from`.
  constexpr std::optional<std::string_view> originator() const noexcept { return sender ? sender : from; }
  /// The part count: `messageCount`, `smsCount`, `mmsCount` or `rcsCount`, whichever is present.
  constexpr std::optional<std::int64_t> parts() const noexcept {
    if (message_count) return message_count;
    if (sms_count) return sms_count;
    if (mms_count) return mms_count;
    return rcs_count;
  }
};

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_EVENT_HPP
