#ifndef TRIAGE_README_INFOBIP_HPP
#define TRIAGE_README_INFOBIP_HPP

// The README's code tables of infobip, from its constexpr tables. tests/CMakeLists.txt includes this file for
// the provider of the list whose name it bears; a provider without one does not build.

#include <iterator>
#include <string>
#include <string_view>

#include "common.hpp"

namespace triage_readme {

/// A row's source: a link to its first URL, or the text where the source is no page (the 2015 docs copy).
inline std::string infobip_source(std::string_view source) {
  return source.rfind("http", 0) == 0 ? link(source) : cell(source);
}

inline std::string_view infobip_flag(triage::infobip::flag f) {
  switch (f) {
    case triage::infobip::flag::permanent: return "true";
    case triage::infobip::flag::not_permanent: return "false";
    case triage::infobip::flag::unpublished: break;
  }
  return "";
}

inline void write_tables(triage::infobip::traits, std::string& md) {
  auto out = std::back_inserter(md);
  fmt::format_to(out,
                 "\n#### Infobip `status.groupId`\n\n"
                 "The group decides first. Rows marked *by error* (UNDELIVERABLE, REJECTED) are decided by a "
                 "non-zero `error.id` of the error table, then by Infobip's `permanent` flag for an id of no row, "
                 "then by the `status.id` row; theirs is for a failure none of those decides. The other groups "
                 "take their `status.id` row when it is of the same group, else the group's.\n\n"
                 "| groupId | groupName | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::infobip::groups) {
    fmt::format_to(out, "| {} | `{}`{} | {} | {} | {} |\n", row.group_id, row.name, row.by_error ? " *by error*" : "",
                   verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry), cell(row.meaning),
                   link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Infobip `status.id`\n\n"
                 "Looked up by id, never by name. *legacy*: only in the 2015 table.\n\n"
                 "| id | name | group | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::infobip::statuses) {
    fmt::format_to(out, "| {} | {}{} | {} | {} | {} | {} |\n", row.id, cell(row.name), row.legacy ? " *legacy*" : "",
                   row.group_id, verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry),
                   cell(row.meaning), infobip_source(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Infobip `error.id`\n\n"
                 "General (0-5492), chat (7001-7281), MMS (15000-15203) and India DLT (4106-4158) errors: the ranges "
                 "do not overlap, so the id alone is the key. *permanent* is Infobip's own flag (none is published "
                 "for DLT errors); where the verdict departs from it the meaning says \"(our call)\".\n\n"
                 "| id | name | permanent | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::infobip::errors) {
    fmt::format_to(out, "| {} | {}{} | {} | {} | {} | {} |\n", row.id, cell(row.name), row.legacy ? " *legacy*" : "",
                   infobip_flag(row.flag), verdict_cells(row.verdict.outcome, row.verdict.category, row.verdict.retry),
                   cell(row.meaning), infobip_source(row.source_url));
  }
  fmt::format_to(out,
                 "\nA failed report whose `error.id` is in no row: `permanent: true` is {}, `false` is {}; seen "
                 "reports and inbound messages are {}; an element that could not be read (`invalid_report`) is "
                 "{}.\n",
                 triage::infobip::unknown_error_permanent.outcome, triage::infobip::unknown_error_not_permanent.outcome,
                 triage::infobip::seen_verdict.outcome, triage::infobip::invalid_verdict.outcome);
}

}  // namespace triage_readme

#endif  // TRIAGE_README_INFOBIP_HPP
