#ifndef TRIAGE_TESTS_SUPPORT_HPP
#define TRIAGE_TESTS_SUPPORT_HPP

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace triage_test {

inline std::string fixture_path(const std::string& relative) {
  return std::string(TRIAGE_FIXTURES_DIR) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string fixture(const std::string& relative) { return read_file(fixture_path(relative)); }

/// Replaces the first occurrence of `from` (which must occur) with `to`.
inline std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) return "<<replace_once: '" + from + "' not found>>";
  return text.replace(at, from.size(), to);
}

}  // namespace triage_test

#endif  // TRIAGE_TESTS_SUPPORT_HPP
