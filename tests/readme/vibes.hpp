#ifndef TRIAGE_README_VIBES_HPP
#define TRIAGE_README_VIBES_HPP

// The README's code tables of vibes, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::vibes::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(
      out,
      "\n#### Vibes `action.status_reason`\n\n| status_reason | stage | outcome | category | retry | meaning |\n"
      "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::status_reasons) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.reason, row.kind,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
  // UnexpectedError is one row of failure_reasons that both lookups use; Vibes sends it in both fields.
  const auto& u = triage::vibes::unexpected_error;
  fmt::format_to(out, "| `{}` | {} | {} | {} |\n", u.reason, u.kind,
                 verdict_cells(u.verdict.outcome, u.verdict.category, u.verdict.retry), cell(u.meaning));
  const auto& q = triage::vibes::queued_row;
  fmt::format_to(out, "| `{}` | message_processing or carrier_dlr | {} | {} |\n", q.reason,
                 verdict_cells(q.verdict.outcome, q.verdict.category, q.verdict.retry), cell(q.meaning));

  fmt::format_to(
      out,
      "\n#### Vibes `action.failure.reason`\n\n| failure.reason | stage | outcome | category | retry | meaning |\n"
      "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::failure_reasons) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.reason, row.kind,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
  fmt::format_to(out,
                 "\n`no_routes_accepted_event`: the `errors[].error` text refines the category "
                 "(case-insensitive substring, first match wins):\n\n| text contains | category |\n| --- | --- |\n");
  for (const auto& row : triage::vibes::routing_error_texts) {
    fmt::format_to(out, "| {} | {} |\n", cell(row.contains), row.verdict.category);
  }

  fmt::format_to(out,
                 "\n#### Vibes `callback_type` (the callback types other than event_processed)\n\n"
                 "| callback_type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::callback_types) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.type,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source));
  }
  fmt::format_to(out,
                 "\nAn acquisition callback (`ack_participant_added`, `ack_participant_changed`, "
                 "`company_participant_added`) whose `participant.status` is in this table takes its row:\n\n"
                 "| participant.status | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::participant_statuses) {
    fmt::format_to(out, "| `{}` | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }

  fmt::format_to(out,
                 "\n#### Vibes error codes (`failure.errors[].error_code` of a failed receipt)\n\n"
                 "| code | outcome | category | retry | meaning | source |\n| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} |\n", row.code,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_VIBES_HPP
