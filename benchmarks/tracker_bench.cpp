// What folding costs: parse + classify alone against parse + classify + triage::tracker::observe, on the
// seeded mixed corpus of the main suite, in ns per callback; the ratio of the medians closes the report.
//
//   triage-tracker-benchmarks [--corpus-bytes N] [google benchmark flags]
//
// The corpus generator draws fresh ids for almost every payload (Bandwidth group messages share one), so
// nearly every callback is a new key: the insert path, the tracker's most expensive. The replay case
// feeds the corpus a second time, every callback an exact duplicate; the small-capacity case evicts on
// nearly every callback.

#include <benchmark/benchmark.h>
#include <triage/triage.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus.hpp"

namespace {

/// The corpus as NDJSON with padding after it, so that every line parses in place.
struct corpus {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // offset, length
  std::size_t callbacks = 0;

  simdjson::padded_string_view line(std::size_t i) const {
    return simdjson::padded_string_view(text.data() + lines[i].first, lines[i].second,
                                        lines[i].second + simdjson::SIMDJSON_PADDING);
  }
};

corpus& the_corpus() {
  static corpus c;
  return c;
}

void make_corpus(std::size_t bytes) {
  corpus& c = the_corpus();
  triage_bench::corpus_generator generator(20261122, triage_bench::mix::all);
  generator.ndjson(c.text, bytes);
  std::size_t start = 0;
  for (std::size_t i = 0; i < c.text.size(); ++i) {
    if (c.text[i] == '\n') {
      c.lines.emplace_back(start, i - start);
      start = i + 1;
    }
  }
  c.text.append(simdjson::SIMDJSON_PADDING, ' ');
  triage::parser p;
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    auto batch = p.parse(c.line(i));
    if (!batch) {
      std::fprintf(stderr, "corpus line %zu does not parse\n", i);
      std::exit(1);
    }
    c.callbacks += batch->size();
  }
}

void per_callback(benchmark::State& state, std::size_t callbacks) {
  state.counters["per_callback"] = benchmark::Counter(
      static_cast<double>(callbacks), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(callbacks));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(the_corpus().text.size() - simdjson::SIMDJSON_PADDING));
}

void parse_classify(benchmark::State& state) {
  const corpus& c = the_corpus();
  triage::parser parser;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
      auto batch = parser.parse(c.line(i));
      for (const triage::callback& cb : *batch) {
        triage::verdict v = triage::classify(cb);
        benchmark::DoNotOptimize(v);
      }
    }
  }
  per_callback(state, c.callbacks);
}

/// Per pass: the keys the tracker holds at the end, and the duplicates and evictions of one pass.
void report_tracker(benchmark::State& state, const triage::tracker& t, const triage::tracker_stats& before) {
  state.counters["keys"] = static_cast<double>(t.size());
  const auto per_pass = [&state](std::uint64_t n) {
    return static_cast<double>(n) / static_cast<double>(state.iterations());
  };
  const triage::tracker_stats& after = t.stats();
  state.counters["duplicates"] = per_pass(after.duplicates - before.duplicates);
  state.counters["evictions"] =
      per_pass(after.evicted_final + after.evicted_open - before.evicted_final - before.evicted_open);
}

/// A fresh tracker per pass, as a replay of an archive has; observe() classifies each callback itself.
void parse_classify_track(benchmark::State& state) {
  const corpus& c = the_corpus();
  triage::parser parser;
  const auto capacity = static_cast<std::size_t>(state.range(0));
  triage::tracker last(triage::tracker_options{1});
  for (auto _ : state) {
    triage::tracker t(triage::tracker_options{capacity});
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
      auto batch = parser.parse(c.line(i));
      for (const triage::callback& cb : *batch) benchmark::DoNotOptimize(t.observe(cb, i));
    }
    state.PauseTiming();
    last = std::move(t);  // destroying the states is not part of a pass
    state.ResumeTiming();
  }
  per_callback(state, c.callbacks);
  // `last` saw exactly one pass.
  state.counters["keys"] = static_cast<double>(last.size());
  state.counters["duplicates"] = static_cast<double>(last.stats().duplicates);
  state.counters["evictions"] = static_cast<double>(last.stats().evicted_final + last.stats().evicted_open);
}

/// The corpus delivered a second time: every callback an exact duplicate of one the tracker holds.
void parse_classify_track_replay(benchmark::State& state) {
  const corpus& c = the_corpus();
  triage::parser parser;
  triage::tracker t(triage::tracker_options{std::size_t{1} << 20});
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    auto batch = parser.parse(c.line(i));
    for (const triage::callback& cb : *batch) t.observe(cb, i);
  }
  const triage::tracker_stats before = t.stats();
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
      auto batch = parser.parse(c.line(i));
      for (const triage::callback& cb : *batch) benchmark::DoNotOptimize(t.observe(cb, i));
    }
  }
  per_callback(state, c.callbacks);
  report_tracker(state, t, before);
}

/// Keeps the medians of the repetitions, to print the ratio the suite exists for.
class median_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      if (r.aggregate_name == "median") medians[r.run_name.function_name + r.run_name.args] = per_callback(r);
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> medians;  // ns per callback

 private:
  static double per_callback(const Run& r) {
    const auto it = r.counters.find("per_callback");
    return it != r.counters.end() ? static_cast<double>(it->second) * 1e9 : 0.0;
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::size_t bytes = std::size_t{4} << 20;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus-bytes") == 0 && i + 1 < argc) {
      bytes = std::strtoull(argv[++i], nullptr, 10);
    } else {
      args.push_back(argv[i]);
    }
  }
  int count = static_cast<int>(args.size());
  make_corpus(bytes);
  const corpus& c = the_corpus();
  std::fprintf(stderr, "corpus: mixed, %zu payloads, %zu callbacks, %zu bytes\n", c.lines.size(), c.callbacks,
               c.text.size() - simdjson::SIMDJSON_PADDING);

  constexpr int repetitions = 9;
  benchmark::RegisterBenchmark("parse_classify", parse_classify)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(repetitions);
  benchmark::RegisterBenchmark("parse_classify_track", parse_classify_track)
      ->Arg(1 << 17)
      ->Arg(1024)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(repetitions);
  benchmark::RegisterBenchmark("parse_classify_track_replay", parse_classify_track_replay)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(repetitions);
  benchmark::Initialize(&count, args.data());
  median_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

  const auto base = reporter.medians.find("parse_classify");
  if (base != reporter.medians.end() && base->second > 0) {
    std::printf("\nmedian ns per callback, and the ratio to parse + classify alone:\n");
    for (const auto& [name, ns] : reporter.medians) {
      std::printf("  %-36s %8.1f ns  %5.2fx\n", name.c_str(), ns, ns / base->second);
    }
  }
  return 0;
}
