// Other vendors' webhooks (and near misses of ours): none is a Vibes, Bandwidth or Bird callback, so every
// one must be reported as unknown_provider. The corpus and its sources: fixtures/foreign/README.md.

#include <triage/triage.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_foreign_webhooks {

namespace {

/// Fewer files than this means the corpus was emptied or moved: the tests fail rather than pass on nothing.
constexpr std::size_t minimum_foreign_files = 25;

std::vector<std::filesystem::path> foreign_files() {
  std::vector<std::filesystem::path> files;
  const std::filesystem::path dir = std::filesystem::path(TRIAGE_FIXTURES_DIR) / "foreign";
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".json") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// The first non-blank byte of `text`, or '\0'.
char first_byte(std::string_view text) {
  const std::string_view trimmed = triage::detail::trim_ascii_space(text);
  return trimmed.empty() ? '\0' : trimmed.front();
}

/// What the parser made of `json`, for the failure message.
std::string describe(const triage::result<triage::batch>& result) {
  if (!result) {
    return std::string(triage::to_string(result.error().code())) + ": " + result.error().message();
  }
  if (result->size() == 0) return "ok, no callbacks";
  const auto& first = (*result)[0];
  return "ok: " + std::to_string(result->size()) + " callback(s), first " +
         std::string(triage::to_string(first.provider())) + " " + std::string(first.kind());
}

/// `json`, the payload of the file `name`, must be no provider's callback.
void require_unknown_provider(triage::parser& parser, const std::string& name, const std::string& json) {
  const auto result = parser.parse(std::string_view(json));
  const std::string got = describe(result);
  CAPTURE(name, got);
  REQUIRE_FALSE(result);
  REQUIRE(result.error().code() == triage::error_code::unknown_provider);
}

}  // namespace

TEST_CASE("every foreign webhook is unknown_provider") {
  const auto files = foreign_files();
  REQUIRE(files.size() >= minimum_foreign_files);
  triage::parser parser;
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    require_unknown_provider(parser, name, triage_test::read_file(path.string()));
  }
}

TEST_CASE("every foreign webhook wrapped in an array is unknown_provider") {
  const auto files = foreign_files();
  REQUIRE(files.size() >= minimum_foreign_files);
  triage::parser parser;
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    const std::string json = triage_test::read_file(path.string());
    if (first_byte(json) == '[') continue;  // already an array: wrapping it says nothing new
    require_unknown_provider(parser, name, "[" + json + "]");
  }
}

}  // namespace test_foreign_webhooks
