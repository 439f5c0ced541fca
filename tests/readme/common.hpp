#ifndef TRIAGE_README_COMMON_HPP
#define TRIAGE_README_COMMON_HPP

// What every provider's README tables share: Markdown cells, links, verdict columns.

#include <triage/triage.hpp>

#include <string>
#include <string_view>

namespace triage_readme {

inline constexpr std::string_view begin_marker = "<!-- BEGIN GENERATED CODE TABLES: tests/readme/readme_tables.cpp -->";
inline constexpr std::string_view end_marker = "<!-- END GENERATED CODE TABLES -->";

/// A Markdown table cell: pipes escaped, line breaks flattened.
inline std::string cell(std::string_view text) {
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
inline std::string link(std::string_view urls) {
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

inline std::string verdict_cells(triage::outcome o, triage::category c, triage::retry_advice r) {
  return fmt::format("{} | {} | {}", o, c, r == triage::retry_advice::none ? std::string_view("") : to_string(r));
}

}  // namespace triage_readme

#endif  // TRIAGE_README_COMMON_HPP
