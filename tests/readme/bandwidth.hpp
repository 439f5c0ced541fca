#ifndef TRIAGE_README_BANDWIDTH_HPP
#define TRIAGE_README_BANDWIDTH_HPP

// The README's code tables of bandwidth, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::bandwidth::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Bandwidth `type`\n\n| type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bandwidth::types) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.type,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Bandwidth `errorCode` (message-failed)\n\n"
                 "| code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bandwidth::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} | {} |\n", row.code,
                   row.name.empty() ? "" : "`" + std::string(row.name) + "`",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\nA code in none of the rows above falls back by range (first match wins):\n\n"
                 "| codes | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bandwidth::code_ranges) {
    fmt::format_to(out, "| {}-{} | {} | {} |\n", row.first, row.last,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_BANDWIDTH_HPP
