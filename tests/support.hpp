#ifndef TRIAGE_TESTS_SUPPORT_HPP
#define TRIAGE_TESTS_SUPPORT_HPP

#include <triage/triage.hpp>

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

/// The key that `path` names when it is a key of one of provider `p`'s shapes (detect.hpp): a top-level key,
/// or "[i].key" for a provider that posts arrays. Empty otherwise. Detection needs those keys with their
/// types, so a payload without one, or with one of the wrong type, is no callback of `p` until the caller
/// names the provider.
inline std::string_view shape_key_of(triage::provider p, std::string_view path) {
  if (!path.empty() && path.front() == '[') {
    const auto close = path.find("].");
    if (close == std::string_view::npos) return {};
    path.remove_prefix(close + 2);
  }
  if (path.find_first_of(".[") != std::string_view::npos) return {};
  for (const triage::detail::provider_shape& s : triage::detail::provider_shapes) {
    if (s.id != p) continue;
    for (std::size_t k = 0; k < s.what->size(); ++k) {
      if (s.what->keys[k].name == path) return s.what->keys[k].name;
    }
  }
  return {};
}

}  // namespace triage_test

#endif  // TRIAGE_TESTS_SUPPORT_HPP
