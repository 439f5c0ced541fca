#ifndef TRIAGE_README_TWILIO_HPP
#define TRIAGE_README_TWILIO_HPP

// The README's code tables of twilio, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>

#include "common.hpp"

namespace triage_readme {

inline void write_tables(triage::twilio::traits, std::string& md) {
  namespace tw = triage::twilio;
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Twilio `MessageStatus` (else `SmsStatus`; any case)\n\n"
                 "| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : tw::statuses) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  for (const tw::status_row* row : {&tw::read_event, &tw::inbound_without_status, &tw::unknown_status}) {
    fmt::format_to(out, "| ({}) | {} | {} | {} |\n", row->verdict.rule,
                   verdict_cells(row->verdict.outcome, row->verdict.category, row->verdict.retry), cell(row->meaning),
                   link(row->source_url));
  }
  fmt::format_to(out,
                 "\n#### Twilio `ErrorCode` (failed, undelivered)\n\n"
                 "| code | name | outcome | category | retry | why | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : tw::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} | [doc]({}{}), [dictionary]({}) |\n", row.code, cell(row.name),
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.reason),
                   tw::error_page_prefix, row.code, tw::dictionary_url(row.dictionary));
  }
  fmt::format_to(out,
                 "\nA code in none of the rows above falls back by family (first match wins; else unknown/unknown):\n\n"
                 "| codes | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : tw::code_ranges) {
    fmt::format_to(out, "| {}-{} | {} | {} |\n", row.first, row.last,
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning));
  }
}

}  // namespace triage_readme

#endif  // TRIAGE_README_TWILIO_HPP
