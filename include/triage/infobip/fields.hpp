#ifndef TRIAGE_INFOBIP_FIELDS_HPP
#define TRIAGE_INFOBIP_FIELDS_HPP

// The provider-neutral fields of an Infobip callback (triage::callback_fields), and its kind.

#include <string_view>

#include "triage/callback_fields.hpp"
#include "triage/infobip/event.hpp"
#include "triage/infobip/tables.hpp"

namespace triage::infobip {

/// delivery_report, seen_report, inbound_message, or invalid_report (an element that could not be read).
constexpr std::string_view kind_of(const event& e) noexcept { return to_string(e.kind); }

/// id: `messageId`; status: `status.name` (else `status.groupName`), verbatim; reason and code: the
/// error's `name` and `id` when it says there is an error (id not 0), else the status's id as the code;
/// detail: the error's description, else the status's. An invalid_report's reason is the error code's name
/// (wrong_type, ...) and its detail the field path, expectation and byte offset (event::problem_text).
constexpr callback_fields fields_of(const event& e) noexcept {
  callback_fields f{kind_of(e), e.message_id, {}, {}, {}, {}};
  if (e.kind == kind::invalid_report) {
    f.reason = to_string(e.problem.code());
    f.detail = e.problem_text();
    return f;
  }
  if (e.status) {
    f.status = e.status->name ? e.status->name : e.status->group_name;
    f.code = e.status->id;
    f.detail = e.status->description;
  }
  if (e.error && e.error->id && *e.error->id != 0) {
    f.reason = e.error->name;
    f.code = e.error->id;
    if (e.error->description) f.detail = e.error->description;
  }
  return f;
}

}  // namespace triage::infobip

#endif  // TRIAGE_INFOBIP_FIELDS_HPP
