// triage-walk-floor FILE.ndjson: the floor of the whole-process benchmark, a bare simdjson On-Demand walk
// of every line (benchmarks/extract.hpp) streamed like the CLI, with no classification and no output.
#include "walk.hpp"

int main(int argc, char** argv) {
  simdjson::ondemand::parser parser;
  return triage_bench::walk_main(argc, argv, "triage-walk-floor",
                                 [&](simdjson::padded_string_view json, triage_bench::sink& out) {
                                   return triage_bench::floor_walk::extract(parser, json, out);
                                 });
}
