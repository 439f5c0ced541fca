#ifndef TRIAGE_README_TELNYX_HPP
#define TRIAGE_README_TELNYX_HPP

// The README's code tables of telnyx, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::telnyx::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Telnyx `data.event_type`\n\n"
                 "Rows marked *by status* leave the verdict to each recipient's `to[].status`; theirs is for a "
                 "recipient without one.\n\n"
                 "| event type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::telnyx::event_types) {
    fmt::format_to(out, "| `{}`{} | {} | {} | {} |\n", row.event_type, row.by_status ? " *by status*" : "",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Telnyx `payload.to[].status` (message.finalized)\n\n"
                 "Rows marked *by code* are failures decided by the recipient's `errors[].code` when there is one; "
                 "theirs is for a failure without a code.\n\n"
                 "| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::telnyx::statuses) {
    fmt::format_to(out, "| `{}`{} | {} | {} | {} |\n", row.status, row.by_code ? " *by code*" : "",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Telnyx `payload.errors[].code` (failed recipient)\n\n"
                 "Codes marked *docs example* are absent from Telnyx's error list and seen only in an example "
                 "table of its docs; they are kept so that a payload carrying one still classifies.\n\n"
                 "| code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::telnyx::codes) {
    fmt::format_to(out, "| {}{} | {} | {} | {} | {} |\n", row.code, row.canonical ? "" : " *docs example*",
                   cell(row.name), verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry),
                   cell(row.meaning), link(row.source_url));
  }
  fmt::format_to(out,
                 "\nA code in none of the rows above falls back by range, else unknown:\n\n"
                 "| codes | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::telnyx::code_ranges) {
    fmt::format_to(out, "| {}-{} | {} | {} |\n", row.first, row.last,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_TELNYX_HPP
