#ifndef TRIAGE_CLI_PARALLEL_HPP
#define TRIAGE_CLI_PARALLEL_HPP

// --jobs N: the main thread reads the inputs and packs their payloads into chunks of about 256 KiB;
// N worker threads, each with its own parser, render a chunk's records into the chunk; the main thread
// writes the chunks out strictly in input order. Stdout and stderr are byte for byte those of --jobs 1.

#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "inputs.hpp"
#include "json_out.hpp"
#include "ordered_pool.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "report.hpp"

namespace triage_cli {

/// Payloads from one or more inputs, copied back to back (each followed by '\n', the last by simdjson's
/// padding), and the records they produce.
struct chunk {
  struct entry {
    payload_origin origin;
    std::size_t offset = 0;
    std::size_t size = 0;
    const char* oversized = nullptr;  ///< the message of a payload skipped unread
  };

  std::string text;
  std::vector<entry> entries;
  output_buffer out{nullptr};
  std::string err;
  std::uint64_t payloads = 0, callbacks = 0, errors = 0, bytes = 0;  ///< for the progress line
};

class parallel_runner {
 public:
  /// Enough to make the per-chunk hand-over negligible, small enough that a chunk is still in the caches
  /// when a worker parses it. Measured over a 100 MB corpus on 2 cores, --jobs 2 against --jobs 1: 1 MiB
  /// chunks gave no speed-up at all (and 4 MiB made --jobs 2 slower than --jobs 1), 256 KiB gave 1.3x,
  /// 64 KiB 1.2x.
  static constexpr std::size_t chunk_bytes = std::size_t{1} << 18;
  /// Tiny payloads must not make the entry list of one chunk large.
  static constexpr std::size_t chunk_entries = 16384;

  parallel_runner(const options& opts, std::size_t jobs)
      : opts_(opts),
        out_(stdout),
        workers_(make_workers(opts, jobs)),
        pool_(jobs, 2 * jobs + 1, [this](std::size_t w, chunk& c) { process(w, c); }) {}

  /// Returns false on an I/O error.
  bool run(const input& in) { return read_input(in, opts_.max_document_size, whole_, *this); }

  int finish(bool io_ok, double seconds) {
    submit();
    pool_.drain(emitter{this});
    pool_.stop();
    summary total;
    for (const auto& w : workers_) total.merge(w->stats());
    progress_.finish();
    return conclude(opts_.mode, out_, total, io_ok, seconds);
  }

  // The visitor of read_input(), on the main thread.
  void payload(const payload_origin& origin, simdjson::padded_string_view json) {
    chunk& c = filling();
    c.entries.push_back({origin, c.text.size(), json.length(), nullptr});
    c.text.append(json.data(), json.length());
    // Like the line reader's window, a newline after each payload, so that nothing after a payload
    // continues it.
    c.text.push_back('\n');
    if (c.text.size() >= chunk_bytes || c.entries.size() >= chunk_entries) submit();
  }
  void oversized(const payload_origin& origin, const char* message) {
    chunk& c = filling();
    c.entries.push_back({origin, 0, 0, message});
    if (c.entries.size() >= chunk_entries) submit();
  }
  void io_problem(const std::string& message) {
    // The stderr lines of the payloads read so far come first, as with --jobs 1.
    submit();
    pool_.drain(emitter{this});
    fmt::print(stderr, "triage: {}\n", message);
  }

 private:
  chunk& filling() {
    if (filling_ == nullptr) {
      filling_ = &pool_.next(emitter{this});
      recycle(*filling_);
    }
    return *filling_;
  }

  void submit() {
    if (filling_ == nullptr) return;
    filling_->text.append(simdjson::SIMDJSON_PADDING, '\0');
    filling_ = nullptr;
    pool_.submit(emitter{this});
  }

  /// On a worker thread.
  void process(std::size_t worker, chunk& c) {
    processor& p = *workers_[worker];
    const summary& s = p.stats();
    const std::uint64_t payloads = s.payloads, callbacks = s.callbacks, errors = s.errors, bytes = s.bytes;
    for (const chunk::entry& e : c.entries) {
      if (e.oversized != nullptr) {
        p.oversized(e.origin, e.oversized, c.out, c.err);
      } else {
        p.payload(e.origin, simdjson::padded_string_view(c.text.data() + e.offset, e.size, c.text.size() - e.offset),
                  c.out, c.err);
      }
    }
    c.payloads = s.payloads - payloads;
    c.callbacks = s.callbacks - callbacks;
    c.errors = s.errors - errors;
    c.bytes = s.bytes - bytes;
  }

  /// On the main thread, in input order.
  void emit(chunk& c) {
    out_.lines(c.out.text());
    if (!c.err.empty()) std::fwrite(c.err.data(), 1, c.err.size(), stderr);
    seen_.payloads += c.payloads;
    seen_.callbacks += c.callbacks;
    seen_.errors += c.errors;
    seen_.bytes += c.bytes;
    progress_.update(seen_);
  }

  struct emitter {
    parallel_runner* runner;
    void operator()(chunk& c) const { runner->emit(c); }
  };

  static void recycle(chunk& c) {
    // A chunk that once held a huge payload gives its memory back instead of keeping it forever.
    constexpr std::size_t keep = 4 * chunk_bytes;
    c.text.clear();
    if (c.text.capacity() > keep) std::string().swap(c.text);
    c.entries.clear();
    c.out.clear(keep);
    c.err.clear();
    if (c.err.capacity() > keep) std::string().swap(c.err);
  }

  static std::vector<std::unique_ptr<processor>> make_workers(const options& opts, std::size_t jobs) {
    std::vector<std::unique_ptr<processor>> workers;
    workers.reserve(jobs);
    for (std::size_t i = 0; i < jobs; ++i) workers.push_back(std::make_unique<processor>(opts));
    return workers;
  }

  const options& opts_;
  output_buffer out_;
  std::vector<std::unique_ptr<processor>> workers_;
  ordered_pool<chunk> pool_;
  chunk* filling_ = nullptr;
  std::vector<char> whole_;
  summary seen_;
  progress progress_;
};

}  // namespace triage_cli

#endif  // TRIAGE_CLI_PARALLEL_HPP
