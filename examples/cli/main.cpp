// The triage CLI: verdicts for files, directories and streams of provider callbacks.
// Contract: DESIGN.md, "The triage CLI".

#include <triage/triage.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "final.hpp"
#include "inputs.hpp"
#include "json_out.hpp"
#include "parallel.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "report.hpp"
#if TRIAGE_CLI_VERIFY
#include "verify.hpp"
#endif

namespace triage_cli {
namespace {

/// --jobs 1: everything on the calling thread, no thread and no chunk copies.
class serial_runner {
 public:
  explicit serial_runner(const options& opts) : opts_(opts), processor_(opts), out_(stdout) {}

  /// Returns false on an I/O error.
  bool run(const input& in) { return read_input(in, opts_.max_document_size, whole_, *this); }

  int finish(bool io_ok, double seconds) {
    progress_.finish();
    return conclude(opts_.mode, out_, processor_.stats(), io_ok, seconds);
  }

  // The visitor of read_input().
  void payload(const payload_origin& origin, simdjson::padded_string_view json) {
    processor_.payload(origin, json, out_, err_);
    reported();
  }
  void oversized(const payload_origin& origin, const char* message) {
    processor_.oversized(origin, message, out_, err_);
    reported();
  }
  void io_problem(const std::string& message) { fmt::print(stderr, "triage: {}\n", message); }

 private:
  void reported() {
    if (!err_.empty()) {
      std::fwrite(err_.data(), 1, err_.size(), stderr);
      err_.clear();
    }
    progress_.tick(processor_.stats());
  }

  const options& opts_;
  processor processor_;
  output_buffer out_;
  std::string err_;
  std::vector<char> whole_;
  progress progress_;
};

template <class Runner>
int run_all(Runner& runner, const std::vector<input>& inputs, bool io_ok) {
  const auto start = std::chrono::steady_clock::now();
  for (const input& in : inputs) io_ok = runner.run(in) && io_ok;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return runner.finish(io_ok, seconds);
}

}  // namespace
}  // namespace triage_cli

int main(int argc, char** argv) {
  using namespace triage_cli;
  if (argc > 1 && std::string_view(argv[1]) == "verify") {
#if TRIAGE_CLI_VERIFY
    return run_verify(argc - 1, argv + 1);
#else
    fmt::print(stderr, "triage verify: this triage was built without OpenSSL 3 (triage::verify)\n");
    return 2;
#endif
  }
  options opts;
  std::string problem;
  if (!parse_args(argc, argv, opts, problem)) {
    fmt::print(stderr, "triage: {}\n{}", problem, usage());
    return 2;
  }
  if (opts.help) {
    fmt::print("{}", usage());
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

  if (opts.final_states) return run_final(opts, inputs, io_ok);

  if (opts.jobs == 1) {
    serial_runner runner(opts);
    return run_all(runner, inputs, io_ok);
  }
  parallel_runner runner(opts, opts.jobs);
  return run_all(runner, inputs, io_ok);
}
