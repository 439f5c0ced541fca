#ifndef TRIAGE_CLI_PROGRESS_HPP
#define TRIAGE_CLI_PROGRESS_HPP

// The progress line on stderr, shown only when stderr is a terminal.

#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "report.hpp"

namespace triage_cli {

class progress {
 public:
  using clock = std::chrono::steady_clock;

  progress() : enabled_(isatty(STDERR_FILENO) != 0), start_(clock::now()), last_(start_) {}

  /// After every payload: looks at the clock only every 1024 payloads.
  void tick(const summary& s) {
    if (enabled_ && (s.payloads & 1023) == 0) update(s);
  }

  /// At most once a second, whenever called (the --jobs runner calls it once per chunk).
  void update(const summary& s) {
    if (!enabled_) return;
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

}  // namespace triage_cli

#endif  // TRIAGE_CLI_PROGRESS_HPP
