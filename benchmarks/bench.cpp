// In-process benchmarks: triage parse + classify against the bare simdjson On-Demand floor and the
// nlohmann::json and RapidJSON peers, per provider and on the mixed corpus. Before anything is timed, all
// four must extract the same records from the same corpus; a benchmark of a wrong answer is worthless.
//
//   triage-benchmarks [--corpus-bytes N] [google benchmark flags]
//   triage-benchmarks [--corpus-bytes N] --passes N IMPL MIX      (for perf stat; see run_passes)

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "alloc_counter.hpp"
#include "corpus.hpp"
#include "extract.hpp"

namespace {

using triage_bench::mix;

/// A corpus held as NDJSON with padding after it, so that every line can be parsed in place.
struct corpus {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // offset, length

  simdjson::padded_string_view line(std::size_t i) const {
    return simdjson::padded_string_view(text.data() + lines[i].first, lines[i].second,
                                        lines[i].second + simdjson::SIMDJSON_PADDING);
  }
  std::string_view line_text(std::size_t i) const { return {text.data() + lines[i].first, lines[i].second}; }
};

std::map<mix, std::unique_ptr<corpus>>& corpora() {
  static std::map<mix, std::unique_ptr<corpus>> all;
  return all;
}

std::unique_ptr<corpus> make_corpus(mix m, std::size_t bytes) {
  auto c = std::make_unique<corpus>();
  triage_bench::corpus_generator generator(20261122, m);
  generator.ndjson(c->text, bytes);
  std::size_t start = 0;
  for (std::size_t i = 0; i < c->text.size(); ++i) {
    if (c->text[i] == '\n') {
      c->lines.emplace_back(start, i - start);
      start = i + 1;
    }
  }
  c->text.append(simdjson::SIMDJSON_PADDING, ' ');
  return c;
}

/// Each provider's corpus, then the mixed one.
std::vector<mix> every_mix() {
  std::vector<mix> out;
  for (std::size_t i = 1; i < triage_bench::mix_names.size(); ++i) out.push_back(static_cast<mix>(i));
  out.push_back(mix::all);
  return out;
}

enum class impl { triage, floor, nlohmann, rapidjson };
constexpr const char* impl_names[] = {"triage", "simdjson_floor", "nlohmann", "rapidjson"};

/// One pass over the corpus with one implementation. Returns false if any payload failed.
struct runner {
  triage::parser triage_parser;
  simdjson::ondemand::parser floor_parser;
  rapidjson::Document rapid_doc;

  bool run(impl which, const corpus& c, triage_bench::sink& out) {
    bool ok = true;
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
      switch (which) {
        case impl::triage: ok &= triage_bench::extract_triage(triage_parser, c.line(i), out); break;
        case impl::floor: ok &= triage_bench::floor_walk::extract(floor_parser, c.line(i), out); break;
        case impl::nlohmann: ok &= triage_bench::nlohmann_walk::extract(c.line_text(i), out); break;
        case impl::rapidjson: ok &= triage_bench::rapidjson_walk::extract(rapid_doc, c.line_text(i), out); break;
      }
    }
    return ok;
  }
};

/// All four implementations must agree on every record of every corpus.
bool check_agreement() {
  bool agree = true;
  for (auto& [m, c] : corpora()) {
    runner r;
    triage_bench::sink reference;
    reference.keep = true;
    if (!r.run(impl::triage, *c, reference)) {
      std::fprintf(stderr, "triage failed to parse part of the %s corpus\n", triage_bench::mix_names[int(m)].data());
      agree = false;
    }
    for (impl other : {impl::floor, impl::nlohmann, impl::rapidjson}) {
      triage_bench::sink s;
      s.keep = true;
      r.run(other, *c, s);
      if (s.records.size() != reference.records.size()) {
        std::fprintf(stderr, "%s: %s extracted %zu records, triage %zu\n", triage_bench::mix_names[int(m)].data(),
                     impl_names[int(other)], s.records.size(), reference.records.size());
        agree = false;
        continue;
      }
      for (std::size_t i = 0; i < s.records.size(); ++i) {
        if (!(s.records[i] == reference.records[i])) {
          const auto& a = reference.records[i];
          const auto& b = s.records[i];
          std::fprintf(stderr, "%s record %zu differs: triage {%s,%s,%s,%lld} vs %s {%s,%s,%s,%lld}\n",
                       triage_bench::mix_names[int(m)].data(), i, a.id.c_str(), a.status.c_str(), a.reason.c_str(),
                       static_cast<long long>(a.code), impl_names[int(other)], b.id.c_str(), b.status.c_str(),
                       b.reason.c_str(), static_cast<long long>(b.code));
          agree = false;
          break;
        }
      }
    }
    std::fprintf(stderr, "corpus %-9s %6zu payloads %7zu callbacks %9zu bytes: %s\n",
                 triage_bench::mix_names[int(m)].data(), c->lines.size(), reference.records.size(),
                 c->text.size() - simdjson::SIMDJSON_PADDING, agree ? "all four agree" : "DISAGREEMENT");
  }
  return agree;
}

/// Heap allocations per callback of triage parse + classify once the parser is warm.
void report_allocations() {
  for (auto& [m, c] : corpora()) {
    runner r;
    triage_bench::sink warm;
    r.run(impl::triage, *c, warm);  // first pass: the parser sizes its buffers
    triage_bench::sink steady;
    const auto before = triage_bench::allocations();
    r.run(impl::triage, *c, steady);
    const auto count = triage_bench::allocations() - before;
    std::fprintf(stderr, "steady-state heap allocations, triage parse+classify, %-9s: %llu for %llu callbacks\n",
                 triage_bench::mix_names[int(m)].data(), static_cast<unsigned long long>(count),
                 static_cast<unsigned long long>(steady.callbacks));
  }
}

void bench(benchmark::State& state, impl which, mix m) {
  const corpus& c = *corpora().at(m);
  runner r;
  triage_bench::sink s;
  r.run(which, c, s);  // warm-up
  std::uint64_t callbacks = 0;
  for (auto _ : state) {
    triage_bench::sink pass;
    r.run(which, c, pass);
    benchmark::DoNotOptimize(pass.checksum);
    callbacks += pass.callbacks;
  }
  const auto bytes = c.text.size() - simdjson::SIMDJSON_PADDING;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(callbacks));
  state.counters["callbacks/s"] = benchmark::Counter(static_cast<double>(callbacks), benchmark::Counter::kIsRate);
  state.counters["ns/callback"] = benchmark::Counter(static_cast<double>(callbacks) / 1e9,
                                                     benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

/// `--passes N IMPL MIX`: only N passes of one implementation over one corpus, nothing timed. For
/// `perf stat -e instructions`: the difference between N and 0 passes is the instruction count of N passes,
/// a figure that the noise of a shared machine does not move.
int run_passes(std::size_t bytes, std::string_view mix_name, std::string_view impl_name, std::size_t passes) {
  int m = -1, which = -1;
  for (std::size_t i = 0; i < triage_bench::mix_names.size(); ++i) {
    if (triage_bench::mix_names[i] == mix_name) m = static_cast<int>(i);
  }
  for (int i = 0; i < 4; ++i) {
    if (impl_names[i] == impl_name) which = i;
  }
  if (m < 0 || which < 0) {
    std::fprintf(stderr,
                 "--passes N IMPL MIX: IMPL is triage, simdjson_floor, nlohmann or rapidjson; MIX is all or a "
                 "provider's name\n");
    return 2;
  }
  const auto c = make_corpus(static_cast<mix>(m), bytes);
  runner r;
  triage_bench::sink warm;
  r.run(static_cast<impl>(which), *c, warm);
  std::uint64_t callbacks = 0;
  for (std::size_t i = 0; i < passes; ++i) {
    triage_bench::sink pass;
    r.run(static_cast<impl>(which), *c, pass);
    benchmark::DoNotOptimize(pass.checksum);
    callbacks += pass.callbacks;
  }
  std::printf("%llu callbacks\n", static_cast<unsigned long long>(callbacks));
  return 0;
}

#define TRIAGE_STRINGIFY2(x) #x
#define TRIAGE_STRINGIFY(x) TRIAGE_STRINGIFY2(x)

}  // namespace

int main(int argc, char** argv) {
  std::size_t bytes = std::size_t{4} << 20;
  std::size_t passes = 0;
  const char* passes_impl = nullptr;
  const char* passes_mix = nullptr;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus-bytes") == 0 && i + 1 < argc) {
      bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--passes") == 0 && i + 3 < argc) {
      passes = std::strtoull(argv[++i], nullptr, 10);
      passes_impl = argv[++i];
      passes_mix = argv[++i];
    } else {
      args.push_back(argv[i]);
    }
  }
  int count = static_cast<int>(args.size());
  if (passes_mix != nullptr) return run_passes(bytes, passes_mix, passes_impl, passes);

  std::fprintf(stderr, "simdjson: On-Demand compiled for %s (stage 1 active: %s); triage %s; fmt %d\n",
               TRIAGE_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION), simdjson::get_active_implementation()->name().c_str(),
               TRIAGE_VERSION_STRING, FMT_VERSION);
  for (mix m : every_mix()) corpora()[m] = make_corpus(m, bytes);
  if (!check_agreement()) return 1;
  report_allocations();

  for (mix m : every_mix()) {
    for (impl which : {impl::triage, impl::floor, impl::nlohmann, impl::rapidjson}) {
      const std::string name = std::string(triage_bench::mix_names[int(m)]) + "/" + impl_names[int(which)];
      benchmark::RegisterBenchmark(name.c_str(), [which, m](benchmark::State& state) {
        bench(state, which, m);
      })->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::Initialize(&count, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
