#ifndef TRIAGE_README_BIRD_HPP
#define TRIAGE_README_BIRD_HPP

// The README's code tables of bird, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::bird::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Bird `status`\n\n| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::statuses) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Bird `failure.source.name` (verdict when its code decides nothing)\n\n"
                 "| source | code table | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::sources) {
    const std::string table = !row.code_table.empty() ? "`" + std::string(row.code_table) + "`"
                              : row.http_status_codes ? std::string("HTTP classes")
                                                      : std::string("none");
    fmt::format_to(out, "| `{}` | {} | {} | {} | {} |\n", row.name, table,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\nHTTP status codes of a source whose code is not in its table:\n\n"
                 "| codes | outcome | category | retry |\n| --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::http_classes) {
    fmt::format_to(out, "| {}-{} | {} |\n", row.first, row.last,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry));
  }
  fmt::format_to(out,
                 "\n#### Bird platform v1 event `type` (verdict when `data.error` decides nothing)\n\n"
                 "| type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::platform_events) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.type,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Bird message interaction `type` (`<channel>.interaction`)\n\n"
                 "| type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::interactions) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.type,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Legacy MessageBird Conversations message `status`\n\n"
                 "| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::conversations_statuses) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Bird codes and status reasons\n\n"
                 "| table | code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::codes) {
    const std::string outcome = row.verdict.outcome == row.csv_outcome
                                    ? std::string(to_string(row.verdict.outcome))
                                    : fmt::format("{} (research suggested {})", row.verdict.outcome, row.csv_outcome);
    fmt::format_to(
        out, "| `{}` | `{}` | {} | {} | {} | {} | {} | {} |\n", row.source, row.code, cell(row.name), outcome,
        row.verdict.category,
        row.verdict.retry == triage::retry_advice::none ? std::string_view("") : to_string(row.verdict.retry),
        cell(row.meaning), link(row.source_url));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_BIRD_HPP
