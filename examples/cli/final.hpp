#ifndef TRIAGE_CLI_FINAL_HPP
#define TRIAGE_CLI_FINAL_HPP

// triage --final: the inputs, in order and on one thread, through a parser and a triage::tracker; then one
// JSON line per message (and recipient) with its final state instead of one per callback. Unparseable
// payloads are error records as in --jsonl, written as they are met; the state lines follow, in the order
// their keys were first seen. Memory is bounded by the tracker's capacity (--final-capacity): a state
// evicted to make room is written when it goes, so nothing is lost (a key seen again after its eviction
// then gets a second line).

#include <triage/triage.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "args.hpp"
#include "inputs.hpp"
#include "json_out.hpp"
#include "report.hpp"
#include "state_out.hpp"

namespace triage_cli {

/// The tracker the options ask for.
inline triage::tracker_options tracker_options_of(const options& opts) {
  triage::tracker_options o;
  o.capacity = opts.final_capacity;
  o.parser = parser_options_of(opts);
  return o;
}

class final_runner {
 public:
  explicit final_runner(const options& opts) : opts_(opts), tracker_(tracker_options_of(opts)), out_(stdout) {
    tracker_.on_eviction([this](const triage::message_state& s, bool) { write_state(s); });
  }

  /// Returns false on an I/O error.
  bool run(const input& in) {
    sources_.push_back(in.source);
    return read_input(in, opts_.max_document_size, whole_, *this);
  }

  int finish(bool io_ok) {
    std::vector<const triage::message_state*> states;
    states.reserve(tracker_.size());
    for (const triage::message_state& s : tracker_) states.push_back(&s);
    std::sort(states.begin(), states.end(), [](const triage::message_state* a, const triage::message_state* b) {
      return a->first_arrival < b->first_arrival;
    });
    for (const triage::message_state* s : states) write_state(*s);
    if (!out_.flush()) {
      fmt::print(stderr, "triage: cannot write to standard output\n");
      return 2;
    }
    if (!io_ok) return 2;
    return errors_ == 0 ? 0 : 1;
  }

  // The visitor of read_input().
  void payload(const payload_origin& origin, simdjson::padded_string_view json) {
    const std::uint64_t tag = origin_tag(origin.doc);
    auto folded =
        opts_.provider ? tracker_.observe_payload(json, *opts_.provider, tag) : tracker_.observe_payload(json, tag);
    if (!folded) report_error(origin, folded.error());
  }
  void oversized(const payload_origin& origin, const char* message) {
    report_error(origin, triage::error(triage::error_code::document_too_large, triage::error::no_offset, message));
  }
  void io_problem(const std::string& message) { fmt::print(stderr, "triage: {}\n", message); }

 private:
  // The state keeps the tag of the callback with the last word: its input and payload index.
  static constexpr int doc_bits = 40;
  std::uint64_t origin_tag(std::size_t doc) const {
    return (static_cast<std::uint64_t>(sources_.size() - 1) << doc_bits) |
           (static_cast<std::uint64_t>(doc) & ((std::uint64_t{1} << doc_bits) - 1));
  }

  void report_error(const payload_origin& origin, const triage::error& e) {
    ++errors_;
    write_error_line(out_, origin, e);
    if (origin.line != 0) {
      fmt::print(stderr, "triage: {}: line {}: {}\n", origin.source, origin.line, e);
    } else {
      fmt::print(stderr, "triage: {}: payload {}: {}\n", origin.source, origin.doc, e);
    }
  }

  void write_state(const triage::message_state& s) {
    out_.raw('{');
    state_fields(out_, s);
    out_.key("source");
    out_.string(sources_[static_cast<std::size_t>(s.origin >> doc_bits)]);
    out_.key("doc");
    out_.number(s.origin & ((std::uint64_t{1} << doc_bits) - 1));
    out_.raw('}');
    out_.end_line();
  }

  const options& opts_;
  triage::tracker tracker_;
  output_buffer out_;
  std::vector<std::string> sources_;  // by input, for the source of each state's last word
  std::vector<char> whole_;
  std::uint64_t errors_ = 0;
};

/// Runs --final over the inputs; returns the exit status of the contract.
inline int run_final(const options& opts, const std::vector<input>& inputs, bool io_ok) {
  final_runner runner(opts);
  for (const input& in : inputs) io_ok = runner.run(in) && io_ok;
  return runner.finish(io_ok);
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_FINAL_HPP
