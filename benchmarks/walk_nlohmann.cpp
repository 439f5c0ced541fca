// triage-walk-nlohmann FILE.ndjson: the peer of the whole-process benchmark, nlohmann::json DOM parsing of
// every line (benchmarks/extract.hpp) streamed like the CLI.
#include "walk.hpp"

int main(int argc, char** argv) {
  return triage_bench::walk_main(
      argc, argv, "triage-walk-nlohmann", [](simdjson::padded_string_view json, triage_bench::sink& out) {
        return triage_bench::nlohmann_walk::extract(std::string_view(json.data(), json.length()), out);
      });
}
