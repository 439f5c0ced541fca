#ifndef TRIAGE_README_VONAGE_HPP
#define TRIAGE_README_VONAGE_HPP

// The README's code tables of vonage, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>
#include <string_view>

#include "common.hpp"

namespace triage_readme {

template <class Rows>
void write_vonage_statuses(std::string& md, std::string_view title, const Rows& rows) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### {}\n\n| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n",
                 title);
  for (const auto& row : rows) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
}

template <class Rows>
void write_vonage_codes(std::string& md, std::string_view title, const Rows& rows) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### {}\n\n| code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n",
                 title);
  for (const auto& row : rows) {
    fmt::format_to(out, "| {} | {} | {} | {} | {} |\n", row.code, cell(row.name),
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
}

inline void write_tables(triage::vonage::traits, std::string& md) {
  write_vonage_statuses(md, "Vonage SMS API delivery receipt `status`", triage::vonage::sms_statuses);
  write_vonage_codes(md, "Vonage SMS API delivery receipt `err-code`", triage::vonage::sms_codes);
  write_vonage_statuses(md, "Vonage Messages API `status`", triage::vonage::message_statuses);
  write_vonage_codes(md, "Vonage Messages API error code (`error.title`, or the `#NNNN` of `error.type`)",
                     triage::vonage::message_codes);
}

}  // namespace triage_readme

#endif  // TRIAGE_README_VONAGE_HPP
