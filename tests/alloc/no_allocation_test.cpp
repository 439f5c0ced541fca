// Steady state of the library's hot path: once a parser has seen a corpus, parsing and classifying it
// again performs no heap allocation at all, for every provider. Counts every operator new of the program.
#include <triage/triage.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../../benchmarks/alloc_counter.hpp"
#include "../../benchmarks/corpus.hpp"

namespace {

std::uint64_t parse_all(triage::parser& parser, const std::string& ndjson, std::uint64_t& callbacks) {
  std::uint64_t failures = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < ndjson.size(); ++i) {
    if (ndjson[i] != '\n') continue;
    const simdjson::padded_string_view line(ndjson.data() + start, i - start, ndjson.size() - start);
    auto batch = parser.parse(line);
    if (!batch) {
      ++failures;
    } else {
      for (const triage::callback& cb : *batch) {
        const triage::verdict v = triage::classify(cb);
        callbacks += v.rule.empty() ? 0 : 1;
      }
    }
    start = i + 1;
  }
  return failures;
}

/// Every *.json under `dir` (the test fixtures: every provider's payloads, the invalid and foreign ones too),
/// parsed twice by one parser: the second pass must not allocate. The generated corpus above holds only the
/// providers the benchmarks generate; this holds every provider with fixtures.
int check_fixtures(const char* dir) {
  std::vector<simdjson::padded_string> payloads;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    payloads.emplace_back(text);
  }
  triage::parser parser;
  auto pass = [&](std::uint64_t& callbacks, std::uint64_t& batch_errors) {
    for (const simdjson::padded_string& p : payloads) {
      auto batch = parser.parse(p);
      if (!batch) continue;
      batch_errors += batch->errors().size();
      for (const triage::callback& cb : *batch) callbacks += triage::classify(cb).rule.empty() ? 0 : 1;
    }
  };
  std::uint64_t warm = 0, warm_errors = 0;
  pass(warm, warm_errors);
  std::uint64_t callbacks = 0, batch_errors = 0;
  const std::uint64_t before = triage_bench::allocations();
  pass(callbacks, batch_errors);
  const std::uint64_t allocations = triage_bench::allocations() - before;
  std::printf("fixtures  %7llu callbacks, %llu batch errors, %zu payloads, %llu heap allocations in steady state\n",
              static_cast<unsigned long long>(callbacks), static_cast<unsigned long long>(batch_errors),
              payloads.size(), static_cast<unsigned long long>(allocations));
  return allocations != 0 || callbacks == 0 || batch_errors == 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  int status = argc > 1 ? check_fixtures(argv[1]) : 0;
  for (auto mix :
       {triage_bench::mix::vibes, triage_bench::mix::bandwidth, triage_bench::mix::bird, triage_bench::mix::all}) {
    std::string ndjson;
    triage_bench::corpus_generator(7, mix).ndjson(ndjson, 1 << 20);
    ndjson.append(simdjson::SIMDJSON_PADDING, ' ');
    triage::parser parser;
    std::uint64_t warm_callbacks = 0;
    const std::uint64_t first = triage_bench::allocations();
    const std::uint64_t failures = parse_all(parser, ndjson, warm_callbacks);
    // The first pass sizes the parser's buffers: proves the counter sees the library's allocations.
    if (triage_bench::allocations() == first) {
      std::printf("the allocation counter saw nothing during the warm-up pass: the check would be vacuous\n");
      status = 1;
    }
    std::uint64_t callbacks = 0;
    const std::uint64_t before = triage_bench::allocations();
    parse_all(parser, ndjson, callbacks);
    const std::uint64_t allocations = triage_bench::allocations() - before;
    std::printf("%-9s %7llu callbacks, %llu parse failures, %llu heap allocations in steady state\n",
                triage_bench::mix_names[static_cast<int>(mix)].data(), static_cast<unsigned long long>(callbacks),
                static_cast<unsigned long long>(failures), static_cast<unsigned long long>(allocations));
    if (allocations != 0 || failures != 0 || callbacks == 0) status = 1;
  }
  return status;
}
