#ifndef TRIAGE_README_PLIVO_HPP
#define TRIAGE_README_PLIVO_HPP

// The README's code tables of plivo, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::plivo::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Plivo `Status`\n\nWith a failure status (`takes code`), an `ErrorCode` of the code table "
                 "decides instead; a `failed` message keeps its own verdict over a code whose outcome is unknown. "
                 "A body without a `Status` is an inbound message: outcome {}, category {}.\n\n"
                 "| Status | outcome | category | retry | takes code | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n",
                 triage::plivo::inbound_verdict.outcome, triage::plivo::inbound_verdict.category);
  for (const auto& row : triage::plivo::statuses) {
    fmt::format_to(out, "| `{}` | {} | {} | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry),
                   row.takes_code ? "yes" : "", cell(row.meaning), link(row.source_url));
  }
  fmt::format_to(
      out, "| any other | {} | | {} | |\n",
      verdict_cells(triage::plivo::unknown_status.verdict.outcome, triage::plivo::unknown_status.verdict.category,
                    triage::plivo::unknown_status.verdict.retry),
      cell(triage::plivo::unknown_status.meaning));
  fmt::format_to(out,
                 "\n#### Plivo `ErrorCode` (failed, undelivered, rejected)\n\n"
                 "A code outside the table is decided by the status (Plivo documents no code families).\n\n"
                 "| code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::plivo::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} | {} |\n", row.text, cell(row.name),
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_PLIVO_HPP
