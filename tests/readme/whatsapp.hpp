#ifndef TRIAGE_README_WHATSAPP_HPP
#define TRIAGE_README_WHATSAPP_HPP

// The README's code tables of whatsapp, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::whatsapp::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### WhatsApp `statuses[].status`\n\n| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::whatsapp::statuses) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### WhatsApp `errors[].code` (failed status)\n\n"
                 "Codes marked *sync* are returned only by management and registration endpoints (never in a "
                 "status webhook); they are kept so that a code seen anywhere classifies.\n\n"
                 "| code | title | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::whatsapp::codes) {
    fmt::format_to(out, "| {}{} | {} | {} | {} | {} |\n", row.code, row.webhook ? "" : " *sync*", cell(row.title),
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\nA code in none of the rows above falls back by range (first match wins), else unknown:\n\n"
                 "| codes | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::whatsapp::code_ranges) {
    fmt::format_to(out, "| {}-{} | {} | {} |\n", row.first, row.last,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_WHATSAPP_HPP
