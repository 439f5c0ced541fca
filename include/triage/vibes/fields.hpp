#ifndef TRIAGE_VIBES_FIELDS_HPP
#define TRIAGE_VIBES_FIELDS_HPP

// The provider-neutral fields of a callback (triage::callback_fields), and its kind.

#include <optional>
#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage::vibes {

constexpr std::string_view kind_of(const event_processed& c) noexcept { return to_string(c.kind); }

constexpr callback_fields fields_of(const event_processed& c) noexcept {
  callback_fields f{kind_of(c), c.event_id, {}, {}, {}, c.first_error_code()};
  // The other callback types: an acquisition participant's status, a subscription's opt-out reason.
  if (const other_type_objects* other = c.other) {
    if (other->participant && other->participant->status) f.status = other->participant->status;
    if (other->subscription && other->subscription->opt_out_reason) f.reason = other->subscription->opt_out_reason;
  }
  if (const action* a = c.find_action()) {
    f.status = a->status;
    f.reason = a->status_reason;
    if (a->failure) {
      f.detail = a->failure->reason;
      if (!f.detail) {
        for (const failure_error& e : a->failure->errors) {
          if (e.error) {
            f.detail = e.error;
            break;
          }
        }
      }
    }
  }
  return f;
}

}  // namespace triage::vibes

#endif  // TRIAGE_VIBES_FIELDS_HPP
