#ifndef TRIAGE_CLI_PARALLEL_HPP
#define TRIAGE_CLI_PARALLEL_HPP

// --jobs N: N workers, each with its own parser, render the records of a chunk of input into the chunk:
// N - 1 threads, and the main thread whenever it has no chunk to fill, which also writes the chunks out
// strictly in input order. A chunk is either about 256 KiB of a regular NDJSON file, which the worker reads
// itself (ndjson_range.hpp), or payloads that the main thread read and copied into it: whole-file payloads,
// standard input, pipes. Stdout and stderr are byte for byte those of --jobs 1.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <simdjson.h>

#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "inputs.hpp"
#include "json_out.hpp"
#include "ndjson_range.hpp"
#include "ordered_pool.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "report.hpp"

namespace triage_cli {

/// A regular NDJSON file whose ranges the workers read, and the chain that numbers their lines: range k
/// counts its lines and payloads, waits until the ranges before it have added theirs, and adds its own.
/// Counting is quick next to parsing, so the wait is short, and nothing can deadlock: range k - 1 was taken
/// by a worker before range k, and adds its counts before it parses.
class ndjson_file {
 public:
  /// Null when `in` is not a regular file that can be opened, or says it is empty as the files of /proc
  /// do: the caller then streams it, as it does pipes.
  static std::shared_ptr<ndjson_file> open(const input& in) {
    const int fd = ::open(in.source.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
      ::close(fd);
      return nullptr;
    }
    return std::shared_ptr<ndjson_file>(new ndjson_file(fd, in.source, static_cast<std::uint64_t>(st.st_size)));
  }
  ndjson_file(const ndjson_file&) = delete;
  ndjson_file& operator=(const ndjson_file&) = delete;
  ~ndjson_file() { ::close(fd_); }

  std::string_view source() const { return source_; }
  /// The size when opened: ranges cover it, and the last line reads on to the end of the file. Lines
  /// appended after that are not read.
  std::uint64_t size() const { return size_; }

  /// pread(), for range_lines::load.
  long read_at(std::uint64_t offset, char* into, std::size_t size) const {
    for (;;) {
      const ssize_t got = ::pread(fd_, into, size, static_cast<off_t>(offset));
      if (got >= 0 || errno != EINTR) return static_cast<long>(got);
    }
  }

  /// The lines and payloads before range `index`, once known; the range's own counts are added in turn.
  /// `failed` is whether this range could not be read. Nothing of the file from a range that cannot be
  /// read on is reported, as --jobs 1 reports nothing after a read error (it reports the lines it read
  /// before the error in that range; a range reports none).
  struct numbering {
    std::size_t lines = 0;
    std::size_t docs = 0;
    bool failed_before = false;
  };
  numbering number(std::size_t index, std::size_t lines, std::size_t docs, bool failed) {
    numbering before;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      counted_.wait(lock, [&] { return ranges_counted_ == index; });
      before = chain_;
      chain_.lines += lines;
      chain_.docs += docs;
      chain_.failed_before = chain_.failed_before || failed;
      ++ranges_counted_;
    }
    counted_.notify_all();
    return before;
  }

 private:
  ndjson_file(int fd, std::string_view source, std::uint64_t size) : fd_(fd), source_(source), size_(size) {}

  int fd_;
  std::string_view source_;
  std::uint64_t size_;
  std::mutex mutex_;
  std::condition_variable counted_;
  std::size_t ranges_counted_ = 0;
  numbering chain_;
};

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
  /// Or, instead of text and entries: the range [begin, end) of a file, its index-th.
  std::shared_ptr<ndjson_file> file;
  std::uint64_t begin = 0, end = 0;
  std::size_t index = 0;
  bool read_failed = false;  ///< the range's file could not be read: "read error" once, then nothing of it

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
  /// A buffer that once held a huge payload or line gives its memory back beyond this, instead of keeping
  /// it forever.
  static constexpr std::size_t kept_capacity = 4 * chunk_bytes;

  parallel_runner(const options& opts, std::size_t jobs)
      : opts_(opts),
        out_(stdout),
        workers_(make_workers(opts, jobs)),
        // jobs - 1 threads: the main thread is the last worker (ordered_pool).
        pool_(jobs - 1, 2 * jobs + 1, [this](std::size_t w, chunk& c) { process(w, c); }) {}

  /// Returns false on an I/O error found while reading; the workers' read errors count in finish().
  bool run(const input& in) {
    if (in.ndjson && !in.is_stdin) {
      if (const std::shared_ptr<ndjson_file> file = ndjson_file::open(in)) {
        split(file);
        return true;
      }
    }
    return read_input(in, opts_.max_document_size, whole_, *this);
  }

  int finish(bool io_ok, double seconds) {
    submit();
    pool_.drain(emitter{this});
    pool_.stop();
    summary total;
    for (const auto& w : workers_) total.merge(w->proc.stats());
    progress_.finish();
    return conclude(opts_.mode, out_, total, io_ok && !range_read_failed_, seconds);
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

  /// Hands out the file in ranges of chunk_bytes, in order, behind any payloads already copied.
  void split(const std::shared_ptr<ndjson_file>& file) {
    submit();
    std::size_t index = 0;
    for (std::uint64_t begin = 0; begin < file->size(); begin += chunk_bytes) {
      chunk& c = pool_.next(emitter{this});
      recycle(c);
      c.file = file;
      c.begin = begin;
      c.end = std::min<std::uint64_t>(begin + chunk_bytes, file->size());
      c.index = index++;
      pool_.submit(emitter{this});
    }
  }

  void submit() {
    if (filling_ == nullptr) return;
    filling_->text.append(simdjson::SIMDJSON_PADDING, '\0');
    filling_ = nullptr;
    pool_.submit(emitter{this});
  }

  /// On a worker: a thread of the pool, or the main thread.
  void process(std::size_t worker, chunk& c) {
    processor& p = workers_[worker]->proc;
    const summary& s = p.stats();
    const std::uint64_t payloads = s.payloads, callbacks = s.callbacks, errors = s.errors, bytes = s.bytes;
    if (c.file != nullptr) {
      process_range(p, workers_[worker]->range, c);
    } else {
      for (const chunk::entry& e : c.entries) {
        if (e.oversized != nullptr) {
          p.oversized(e.origin, e.oversized, c.out, c.err);
        } else {
          p.payload(e.origin, simdjson::padded_string_view(c.text.data() + e.offset, e.size, c.text.size() - e.offset),
                    c.out, c.err);
        }
      }
    }
    c.payloads = s.payloads - payloads;
    c.callbacks = s.callbacks - callbacks;
    c.errors = s.errors - errors;
    c.bytes = s.bytes - bytes;
  }

  /// On a worker: the lines of a file range, numbered as read_input() numbers them.
  void process_range(processor& p, range_lines& range, chunk& c) {
    ndjson_file& file = *c.file;
    const bool read =
        range.load([&file](std::uint64_t at, char* into, std::size_t size) { return file.read_at(at, into, size); },
                   c.begin, c.end, opts_.max_document_size);
    std::size_t docs = 0;
    for (const range_lines::line& l : range.lines()) docs += l.too_long || !is_blank(range.text(l)) ? 1 : 0;
    const ndjson_file::numbering before = file.number(c.index, range.lines().size(), docs, !read);
    c.read_failed = !read && !before.failed_before;
    if (!read || before.failed_before) return;
    payload_origin origin{file.source(), before.docs, before.lines};
    for (const range_lines::line& l : range.lines()) {
      ++origin.line;
      if (l.too_long) {
        p.oversized(origin, line_too_long, c.out, c.err);
        ++origin.doc;
      } else if (!is_blank(range.text(l))) {
        p.payload(origin, range.json(l), c.out, c.err);
        ++origin.doc;
      }
    }
    range.shrink(kept_capacity);
  }

  /// On the main thread, in input order.
  void emit(chunk& c) {
    out_.lines(c.out.text());
    if (!c.err.empty()) std::fwrite(c.err.data(), 1, c.err.size(), stderr);
    if (c.read_failed) {
      fmt::print(stderr, "triage: {}: read error\n", c.file->source());
      range_read_failed_ = true;
    }
    c.file = nullptr;  // closes the file after its last range
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
    c.text.clear();
    if (c.text.capacity() > kept_capacity) std::string().swap(c.text);
    c.entries.clear();
    c.file = nullptr;
    c.read_failed = false;
    c.out.clear(kept_capacity);
    c.err.clear();
    if (c.err.capacity() > kept_capacity) std::string().swap(c.err);
  }

  /// What one worker thread writes to for every payload and line, on cache lines of its own: two workers'
  /// counters or range bookkeeping on one line would bounce it between the cores at every write.
  struct alignas(64) worker_state {
    explicit worker_state(const options& opts) : proc(opts) {}
    processor proc;
    range_lines range;  ///< the buffer of the file ranges the worker reads
  };

  static std::vector<std::unique_ptr<worker_state>> make_workers(const options& opts, std::size_t jobs) {
    std::vector<std::unique_ptr<worker_state>> workers;
    workers.reserve(jobs);
    for (std::size_t i = 0; i < jobs; ++i) workers.push_back(std::make_unique<worker_state>(opts));
    return workers;
  }

  const options& opts_;
  output_buffer out_;
  std::vector<std::unique_ptr<worker_state>> workers_;
  ordered_pool<chunk> pool_;
  chunk* filling_ = nullptr;
  std::vector<char> whole_;
  summary seen_;
  progress progress_;
  bool range_read_failed_ = false;
};

}  // namespace triage_cli

#endif  // TRIAGE_CLI_PARALLEL_HPP
