#ifndef TRIAGE_README_SINCH_HPP
#define TRIAGE_README_SINCH_HPP

// The README's code tables of sinch, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::sinch::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Sinch SMS `type`\n\n"
                 "Rows marked *by status* are delivery reports, decided by their `status` and `code` (a batch "
                 "report by each `statuses[]` bucket's); theirs is for a report without either.\n\n"
                 "| type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::types) {
    const bool by_status = row.family != triage::sinch::family::inbound;
    fmt::format_to(out, "| `{}`{} | {} | {} | {} |\n", row.type, by_status ? " *by status*" : "",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Sinch SMS delivery-report `status`\n\n"
                 "Compared ignoring case. Rows marked *by code* are failures decided by the report's `code` when it "
                 "has a row (or an MMS range) that is itself a failure; theirs is for a failure without one.\n\n"
                 "| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::statuses) {
    fmt::format_to(out, "| `{}`{} | {} | {} | {} |\n", row.status, row.by_code ? " *by code*" : "",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Sinch SMS delivery-report `code`\n\n"
                 "SMPP status-report codes (1-399), the REST API's own (400-418) and MMS (MM7) codes (1000-4007).\n\n"
                 "| code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} | {} |\n", row.code, cell(row.name),
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\nAn MMS code in none of the rows above falls back by range; any other code to its status row:\n\n"
                 "| codes | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::code_ranges) {
    fmt::format_to(out, "| {}-{} | {} | {} |\n", row.first, row.last,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
  fmt::format_to(out,
                 "\n#### Sinch Conversation trigger (the top-level key)\n\n"
                 "Rows marked *by status* are delivery reports, decided by their `status`.\n\n"
                 "| key | kind | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::triggers) {
    const bool by_status = row.family == triage::sinch::family::conversation_report;
    fmt::format_to(out, "| `{}`{} | `{}` | {} | {} | {} |\n", row.key, by_status ? " *by status*" : "",
                   triage::to_string(row.kind),
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Sinch Conversation delivery-report `status`\n\n"
                 "Compared ignoring case. The row marked *by reason* is decided by `reason.code` (then "
                 "`reason.sub_code` where the code is absent or UNKNOWN).\n\n"
                 "| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::conversation_statuses) {
    fmt::format_to(out, "| `{}`{} | {} | {} | {} |\n", row.status, row.by_reason ? " *by reason*" : "",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Sinch Conversation `reason.code` and `reason.sub_code` (FAILED)\n\n"
                 "| code | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::sinch::reasons) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.code,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  for (const auto& row : triage::sinch::sub_codes) {
    fmt::format_to(out, "| sub code `{}` | {} | {} | {} |\n", row.code,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_SINCH_HPP
