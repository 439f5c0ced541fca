#ifndef TRIAGE_INFOBIP_PROVIDER_HPP
#define TRIAGE_INFOBIP_PROVIDER_HPP

// Infobip (channel-API and Messages API delivery reports, seen reports and inbound messages, all wrapped as
// {"results": [...]}), as the central code sees it (the names are listed in detail/provider_list.hpp). The
// whole story is in this folder: the callback (event.hpp), its parser (parse.hpp), its tables and classifier
// (tables.hpp, classify.hpp), its neutral fields (fields.hpp), its tracker key (tracker_key.hpp) and its
// verifier (verify.hpp).

#include <cstddef>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/detail/shape.hpp"
#include "triage/infobip/classify.hpp"
#include "triage/infobip/event.hpp"
#include "triage/infobip/fields.hpp"
#include "triage/infobip/parse.hpp"
#include "triage/infobip/tables.hpp"
#include "triage/infobip/tracker_key.hpp"
#include "triage/taxonomy.hpp"
#include "triage/tracker/state.hpp"

namespace triage::infobip {

/// Infobip's parser limits, part of triage::parser_options.
struct limits {
  /// results[] of one body: a subscription profile's `maxBucketSize` is 1-2000 (default 100, reference
  /// §1.2), so 2000 is the most Infobip sends in one POST.
  std::size_t max_infobip_reports = 2000;
};

struct traits {
  static constexpr triage::provider id = triage::provider::infobip;
  static constexpr std::string_view name = "infobip";
  using callback_type = event;
  using storage = detail::storage;
  using limits = infobip::limits;

  /// Every Infobip body is {"results": [...]} (reference §3), and `results` alone is no signature (many APIs
  /// page their answers so): the shape is the key, and the parse confirms it by the reports' own keys
  /// (messageId with status, error, bulkId, doneAt, seenAt, receivedAt, ...; parse.hpp), failing with
  /// unknown_provider otherwise, so a foreign {"results": [...]} is never claimed.
  static constexpr bool posts_arrays = false;
  static constexpr triage::detail::shape shapes[] = {
      {"closest: an Infobip body, which has results (an array of reports)",
       {{"results", json_type::array,
         R"([{"messageId":"m","status":{"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET"}}])"}}},
  };

  /// The last word is the newest terminal report (doneAt): Infobip keeps no order (reference §1.4) and a
  /// late intermediate PENDING is history once a final report is in (the phase rule, rule 8).
  static constexpr ordering_rule ordering = {false};

  static void reset(storage& store, const limits& l) noexcept { store.reset(l.max_infobip_reports); }

  /// One callback per results[] element, an odd one an invalid_report.
  template <class Sink>
  static bool parse(triage::detail::walker& w, storage& store, Sink& sink) noexcept {
    return detail::parse_payload(w, store, sink);
  }

  /// Whether the parse saw the shape: `results` an array with a report of Infobip's keys (the parse fails
  /// otherwise, so this holds whenever it succeeded).
  template <class Sink>
  static bool saw_shape(const storage& store, Sink&) noexcept {
    return store.saw_results && store.saw_report;
  }
};

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_PROVIDER_HPP
