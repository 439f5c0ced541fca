// The triage CLI: verdicts for files, directories and streams of provider callbacks.
// Contract: DESIGN.md, "The triage CLI".

#include <triage/triage.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "args.hpp"
#include "inputs.hpp"
#include "json_out.hpp"
#include "report.hpp"

namespace triage_cli {
namespace {

using clock = std::chrono::steady_clock;

/// Prints a progress line on stderr at most once a second, only when stderr is a terminal.
class progress {
 public:
  progress() : enabled_(isatty(STDERR_FILENO) != 0), start_(clock::now()), last_(start_) {}
  void tick(const summary& s) {
    if (!enabled_ || (s.payloads & 1023) != 0) return;
    const auto now = clock::now();
    if (now - last_ < std::chrono::seconds(1)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    fmt::print(stderr, "\rtriage: {} payloads, {} callbacks, {} errors, {:.1f} MB, {:.1f} MB/s   ", s.payloads,
               s.callbacks, s.errors, static_cast<double>(s.bytes) / 1e6, static_cast<double>(s.bytes) / 1e6 / seconds);
    shown_ = true;
  }
  void finish() {
    if (shown_) fmt::print(stderr, "\r{:80}\r", "");
  }

 private:
  bool enabled_;
  bool shown_ = false;
  clock::time_point start_;
  clock::time_point last_;
};

class runner {
 public:
  explicit runner(const options& opts)
      : opts_(opts), parser_(triage::parser_options{opts.max_document_size}), out_(stdout) {}

  void payload(const payload_origin& origin, simdjson::padded_string_view json) {
    ++stats_.payloads;
    stats_.bytes += json.length();
    auto batch = opts_.provider ? parser_.parse(json, *opts_.provider) : parser_.parse(json);
    if (!batch) {
      report_error(origin, batch.error());
      return;
    }
    std::size_t index = 0;
    for (const triage::callback& cb : *batch) {
      const triage::verdict v = triage::classify(cb);
      if (opts_.mode == output_mode::jsonl) {
        write_callback_line(out_, origin, index, cb, v);
      } else {
        stats_.add(cb, v);
      }
      ++index;
    }
    if (opts_.mode == output_mode::jsonl) stats_.callbacks += index;
    progress_.tick(stats_);
  }

  void report_error(const payload_origin& origin, const triage::error& e) {
    stats_.add_error(e);
    if (opts_.mode == output_mode::jsonl) write_error_line(out_, origin, e);
    const std::string where =
        origin.line != 0 ? fmt::format("line {}", origin.line) : fmt::format("payload {}", origin.doc);
    fmt::print(stderr, "triage: {}: {}: {}\n", origin.source, where, e);
  }

  /// Returns false on an I/O error.
  bool run(const input& in) {
    std::FILE* f = in.is_stdin ? stdin : std::fopen(in.source.c_str(), "rb");
    if (f == nullptr) {
      fmt::print(stderr, "triage: {}: cannot open\n", in.source);
      return false;
    }
    const bool ok = in.ndjson ? run_lines(in, f) : run_whole(in, f);
    if (!in.is_stdin) std::fclose(f);
    return ok;
  }

  int finish(bool io_ok, double seconds) {
    progress_.finish();
    if (opts_.mode == output_mode::summary) {
      out_.flush();
      stats_.print(stdout, seconds);
    }
    if (!out_.flush()) {
      fmt::print(stderr, "triage: cannot write to standard output\n");
      return 2;
    }
    if (!io_ok) return 2;
    return stats_.errors == 0 ? 0 : 1;
  }

 private:
  bool run_whole(const input& in, std::FILE* f) {
    std::size_t size = 0;
    const payload_origin origin{in.source, 0, 0};
    switch (read_whole(f, parser_.options().max_document_size, whole_, size)) {
      case read_status::io_error: fmt::print(stderr, "triage: {}: read error\n", in.source); return false;
      case read_status::too_large:
        ++stats_.payloads;
        report_error(origin, triage::error(triage::error_code::document_too_large, triage::error::no_offset,
                                           "exceeds parser_options::max_document_size"));
        return true;
      case read_status::ok: break;
    }
    payload(origin, simdjson::padded_string_view(whole_.data(), size, size + simdjson::SIMDJSON_PADDING));
    return true;
  }

  bool run_lines(const input& in, std::FILE* f) {
    line_reader reader(f, std::size_t{1} << 20, parser_.options().max_document_size);
    std::size_t doc = 0;
    std::string_view line;
    std::size_t number = 0;
    for (;;) {
      switch (reader.next(line, number)) {
        case line_reader::status::end: return true;
        case line_reader::status::io_error: fmt::print(stderr, "triage: {}: read error\n", in.source); return false;
        case line_reader::status::too_long: {
          ++stats_.payloads;
          report_error({in.source, doc++, number},
                       triage::error(triage::error_code::document_too_large, triage::error::no_offset,
                                     "line exceeds parser_options::max_document_size"));
          break;
        }
        case line_reader::status::line: {
          if (is_blank(line)) break;
          payload({in.source, doc++, number},
                  simdjson::padded_string_view(line.data(), line.size(), line.size() + simdjson::SIMDJSON_PADDING));
          break;
        }
      }
    }
  }

  static bool is_blank(std::string_view s) {
    for (char c : s) {
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }

  const options& opts_;
  triage::parser parser_;
  output_buffer out_;
  summary stats_;
  progress progress_;
  std::vector<char> whole_;
};

}  // namespace
}  // namespace triage_cli

int main(int argc, char** argv) {
  using namespace triage_cli;
  options opts;
  std::string problem;
  if (!parse_args(argc, argv, opts, problem)) {
    fmt::print(stderr, "triage: {}\n{}", problem, usage);
    return 2;
  }
  if (opts.help) {
    fmt::print("{}", usage);
    return 0;
  }
  if (opts.version) {
    fmt::print("triage {}\n", TRIAGE_VERSION_STRING);
    return 0;
  }
  std::vector<input> inputs;
  std::vector<std::string> problems;
  bool io_ok = expand_paths(opts.paths, opts.ndjson, inputs, problems);
  for (const std::string& p : problems) fmt::print(stderr, "triage: {}\n", p);

  const auto start = std::chrono::steady_clock::now();
  runner run(opts);
  for (const input& in : inputs) io_ok = run.run(in) && io_ok;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return run.finish(io_ok, seconds);
}
