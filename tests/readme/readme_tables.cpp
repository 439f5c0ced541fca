// Generates the README's code tables from the classifier's own constexpr tables, so the documentation
// cannot drift from the behaviour:
//   triage-readme-tables --print            the generated Markdown on stdout
//   triage-readme-tables --check README.md  exit 1 when the README's generated section differs
//   triage-readme-tables --write README.md  replace the README's generated section
// The section lies between the lines BEGIN_MARKER and END_MARKER below.

#include <triage/triage.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view begin_marker = "<!-- BEGIN GENERATED CODE TABLES: tests/readme/readme_tables.cpp -->";
constexpr std::string_view end_marker = "<!-- END GENERATED CODE TABLES -->";

/// A Markdown table cell: pipes escaped, line breaks flattened.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

/// The first URL of a " ; "-separated list, as a short link.
std::string link(std::string_view urls) {
  if (urls.empty()) return "";
  const std::size_t end = urls.find(" ; ");
  const std::string_view first = urls.substr(0, end);
  std::string label = "doc";
  if (first.find("github.com/Bandwidth/java-sdk") != std::string_view::npos ||
      first.find("python-sdk") != std::string_view::npos) {
    label = "spec";
  } else if (first.find("bandwidth.github.io") != std::string_view::npos) {
    label = "old doc";
  }
  return "[" + label + "](" + std::string(first) + ")";
}

std::string verdict_cells(triage::outcome o, triage::category c, triage::retry_advice r) {
  return fmt::format("{} | {} | {}", o, c, r == triage::retry_advice::none ? std::string_view("") : to_string(r));
}

std::string generate() {
  std::string md;
  auto out = std::back_inserter(md);
  fmt::format_to(out, "{}\n", begin_marker);

  // ------------------------------------------------------------------ Vibes
  fmt::format_to(
      out,
      "\n#### Vibes `action.status_reason`\n\n| status_reason | stage | outcome | category | retry | meaning |\n"
      "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::status_reasons) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status_reason, row.kind,
                   verdict_cells(row.outcome, row.category, row.retry), cell(row.meaning));
  }
  const auto& q = triage::vibes::queued_row;
  fmt::format_to(out, "| `{}` | message_processing or carrier_dlr | {} | {} |\n", q.status_reason,
                 verdict_cells(q.outcome, q.category, q.retry), cell(q.meaning));

  fmt::format_to(
      out,
      "\n#### Vibes `action.failure.reason`\n\n| failure.reason | stage | outcome | category | retry | meaning |\n"
      "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::failure_reasons) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.reason, row.kind,
                   verdict_cells(row.outcome, row.category, row.retry), cell(row.meaning));
  }
  fmt::format_to(out,
                 "\n`no_routes_accepted_event`: the `errors[].error` text refines the category "
                 "(case-insensitive substring, first match wins):\n\n| text contains | category |\n| --- | --- |\n");
  for (const auto& row : triage::vibes::routing_error_texts) {
    fmt::format_to(out, "| {} | {} |\n", cell(row.contains), row.category);
  }

  fmt::format_to(out,
                 "\n#### Vibes error codes (`failure.errors[].error_code` of a failed receipt)\n\n"
                 "| code | outcome | category | retry | meaning | source |\n| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::vibes::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} |\n", row.code, verdict_cells(row.outcome, row.category, row.retry),
                   cell(row.meaning), link(row.source));
  }

  // -------------------------------------------------------------- Bandwidth
  fmt::format_to(out,
                 "\n#### Bandwidth `type`\n\n| type | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bandwidth::types) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.type, verdict_cells(row.outcome, row.category, row.retry),
                   cell(row.meaning), link(row.source_url));
  }
  fmt::format_to(out,
                 "\n#### Bandwidth `errorCode` (message-failed)\n\n"
                 "| code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bandwidth::codes) {
    fmt::format_to(out, "| {} | {} | {} | {} | {} |\n", row.code,
                   row.name.empty() ? "" : "`" + std::string(row.name) + "`",
                   verdict_cells(row.outcome, row.category, row.retry), cell(row.meaning), link(row.source_url));
  }
  fmt::format_to(out,
                 "\nA code in none of the rows above falls back by range (first match wins):\n\n"
                 "| codes | outcome | category | retry | meaning |\n| --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bandwidth::code_ranges) {
    fmt::format_to(out, "| {}-{} | {} | {} |\n", row.first, row.last,
                   verdict_cells(row.outcome, row.category, row.retry), cell(row.meaning));
  }

  // ------------------------------------------------------------------- Bird
  fmt::format_to(out,
                 "\n#### Bird `status`\n\n| status | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::statuses) {
    fmt::format_to(out, "| `{}` | {} | {} | {} |\n", row.status, verdict_cells(row.outcome, row.category, row.retry),
                   cell(row.meaning), link(row.source_url));
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
                   verdict_cells(row.outcome, row.category, row.retry), cell(row.meaning), link(row.source_url));
  }
  fmt::format_to(out,
                 "\nHTTP status codes of a source whose code is not in its table:\n\n"
                 "| codes | outcome | category | retry |\n| --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::http_classes) {
    fmt::format_to(out, "| {}-{} | {} |\n", row.first, row.last, verdict_cells(row.outcome, row.category, row.retry));
  }
  fmt::format_to(out,
                 "\n#### Bird codes and status reasons\n\n"
                 "| table | code | name | outcome | category | retry | meaning | source |\n"
                 "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& row : triage::bird::codes) {
    const std::string outcome = row.outcome == row.suggested
                                    ? std::string(to_string(row.outcome))
                                    : fmt::format("{} (research suggested {})", row.outcome, row.suggested);
    fmt::format_to(out, "| `{}` | `{}` | {} | {} | {} | {} | {} | {} |\n", row.source, row.code, cell(row.name),
                   outcome, row.category,
                   row.retry == triage::retry_advice::none ? std::string_view("") : to_string(row.retry),
                   cell(row.meaning), link(row.source_url));
  }

  fmt::format_to(out, "\n{}\n", end_marker);
  return md;
}

bool read(const char* path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  text = s.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string generated = generate();
  const std::string_view mode = argc > 1 ? argv[1] : "--print";
  if (mode == "--print") {
    std::fwrite(generated.data(), 1, generated.size(), stdout);
    return 0;
  }
  if ((mode != "--check" && mode != "--write") || argc < 3) {
    std::fprintf(stderr, "usage: triage-readme-tables [--print | --check README.md | --write README.md]\n");
    return 2;
  }
  std::string readme;
  if (!read(argv[2], readme)) {
    std::fprintf(stderr, "cannot read %s\n", argv[2]);
    return 2;
  }
  const std::size_t begin = readme.find(begin_marker);
  const std::size_t end = readme.find(end_marker);
  if (begin == std::string::npos || end == std::string::npos || end < begin) {
    std::fprintf(stderr, "%s has no generated section (%s ... %s)\n", argv[2], begin_marker.data(), end_marker.data());
    return 1;
  }
  const std::size_t stop = end + end_marker.size() + 1;  // with its newline
  const std::string current = readme.substr(begin, stop - begin);
  if (mode == "--check") {
    if (current == generated) {
      std::printf("README code tables match the classifier's tables\n");
      return 0;
    }
    std::fprintf(stderr,
                 "README code tables differ from the classifier's tables; regenerate with\n"
                 "  triage-readme-tables --write README.md\n");
    return 1;
  }
  readme.replace(begin, stop - begin, generated);
  std::ofstream(argv[2], std::ios::binary) << readme;
  return 0;
}
