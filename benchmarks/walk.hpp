#ifndef TRIAGE_BENCHMARKS_WALK_HPP
#define TRIAGE_BENCHMARKS_WALK_HPP

// The main() of the whole-process baselines: stream an NDJSON file exactly as the triage CLI does (its
// line reader, the same window, blank lines skipped, each line parsed in place) and run one extraction
// per line. Only the extraction differs between the programs, so whole_process.sh compares like with like.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include <triage/ndjson.hpp>

#include "extract.hpp"

namespace triage_bench {

/// `extract(line, sink)` returns false when the line does not parse.
template <class Extract>
int walk_main(int argc, char** argv, const char* name, Extract&& extract) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE.ndjson\n", name);
    return 2;
  }
  std::FILE* f = std::fopen(argv[1], "rb");
  if (f == nullptr) {
    std::perror(argv[1]);
    return 2;
  }
  // The CLI's defaults: a 1 MiB window, lines up to 16 MiB.
  triage::ndjson_reader reader(f);
  sink out;
  std::uint64_t payloads = 0, errors = 0, bytes = 0;
  std::string_view line;
  std::size_t number = 0;
  for (bool more = true; more;) {
    switch (reader.next(line, number)) {
      case triage::ndjson_reader::status::line:
        if (triage::is_blank(line)) break;
        ++payloads;
        bytes += line.size();
        if (!extract(simdjson::padded_string_view(line.data(), line.size(), line.size() + simdjson::SIMDJSON_PADDING),
                     out)) {
          ++errors;
        }
        break;
      case triage::ndjson_reader::status::too_long:
        ++payloads;
        ++errors;
        break;
      case triage::ndjson_reader::status::end: more = false; break;
      case triage::ndjson_reader::status::io_error: std::fprintf(stderr, "%s: read error\n", argv[1]); return 2;
    }
  }
  std::fclose(f);
  // The same first lines as `triage --summary`, so that the script reads both the same way.
  std::printf("payloads  %llu\ncallbacks %llu\nerrors    %llu\nbytes     %llu\nchecksum  %llu\n",
              static_cast<unsigned long long>(payloads), static_cast<unsigned long long>(out.callbacks),
              static_cast<unsigned long long>(errors), static_cast<unsigned long long>(bytes),
              static_cast<unsigned long long>(out.checksum));
  return errors == 0 ? 0 : 1;
}

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_WALK_HPP
