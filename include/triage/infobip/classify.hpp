#ifndef TRIAGE_INFOBIP_CLASSIFY_HPP
#define TRIAGE_INFOBIP_CLASSIFY_HPP

// The verdict of one Infobip report, from the tables in infobip/tables.hpp (reference §11, verdict rules).

#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/infobip/event.hpp"
#include "triage/infobip/tables.hpp"
#include "triage/taxonomy.hpp"

namespace triage::infobip {

/// The status group of a report: `status.groupId`, else the group of the `status.id` row, else `groupName`
/// compared with the group table ignoring ASCII case (v2 writes plain strings). nullptr: no group known.
constexpr const group_row* group_of(const status_object& s) noexcept {
  if (s.group_id) return find_group(*s.group_id);
  if (s.id) {
    if (const status_row* row = find_status(*s.id)) return find_group(row->group_id);
  }
  if (s.group_name) {
    for (const group_row& g : groups) {
      if (triage::detail::equals_ignoring_ascii_case(*s.group_name, g.name)) return &g;
    }
  }
  return nullptr;
}

/// Rules 3 and 4: a failed report (UNDELIVERABLE or REJECTED group). A non-zero `error.id` of a row decides;
/// one of no row falls back to Infobip's `permanent` flag; no usable error (absent, id 0, no id) leaves it to
/// the `status.id` row, then to the group.
constexpr verdict classify_failure(const status_object& s, const std::optional<error_object>& e,
                                   const group_row& group) noexcept {
  if (e && e->id && *e->id != 0) {
    if (const error_row* row = find_error(*e->id)) return row->verdict;
    if (e->permanent) return *e->permanent ? unknown_error_permanent : unknown_error_not_permanent;
  }
  if (s.id) {
    if (const status_row* row = find_status(*s.id)) return row->verdict;
  }
  return group.verdict;
}

/// A delivery report: the status group decides first (rule 2). PENDING (and the legacy ACCEPTED) is
/// pending even when `error` is set, DELIVERED is delivered even with an error; EXPIRED goes by its status
/// row; UNDELIVERABLE and REJECTED go by the error (rule 3). A group id outside 0-5 is unknown_status,
/// whatever the status id says.
constexpr verdict classify_report(const status_object& s, const std::optional<error_object>& e) noexcept {
  const group_row* group = group_of(s);
  if (group == nullptr) return unknown_status;
  if (group->by_error) return classify_failure(s, e, *group);
  if (s.id) {
    const status_row* row = find_status(*s.id);
    // A status row of another group (a report whose groupId and id disagree) does not overrule the group.
    if (row != nullptr && row->group_id == group->group_id) return row->verdict;
  }
  return group->verdict;
}

/// The verdict of one Infobip callback. Reads the struct's fields, not derived values, so a hand-built
/// event classifies the same way.
constexpr verdict classify(const event& e) noexcept {
  switch (e.kind) {
    case kind::delivery_report: return e.status ? classify_report(*e.status, e.error) : unknown_status;
    case kind::seen_report: return seen_verdict;
    case kind::inbound_message: return inbound_verdict;
    case kind::invalid_report: break;
  }
  return invalid_verdict;
}

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_CLASSIFY_HPP
