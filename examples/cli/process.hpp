#ifndef TRIAGE_CLI_PROCESS_HPP
#define TRIAGE_CLI_PROCESS_HPP

// One thread's share of the work: parse and classify payloads, and turn each into its records. The serial
// runner owns one processor; with --jobs N every worker thread owns one, so parsers are never shared.

#include <triage/triage.hpp>

#include <iterator>
#include <string>
#include <string_view>

#include "args.hpp"
#include "json_out.hpp"
#include "report.hpp"

namespace triage_cli {

class processor {
 public:
  explicit processor(const options& opts) : opts_(opts), parser_(parser_options_of(opts)) {}

  /// Writes the payload's records to `out` (--jsonl) or counts them (--summary); the stderr line of a
  /// payload that fails is appended to `err`, so that the caller decides when it reaches the terminal.
  void payload(const payload_origin& origin, simdjson::padded_string_view json, output_buffer& out, std::string& err) {
    ++stats_.payloads;
    stats_.bytes += json.length();
    auto batch = opts_.provider ? parser_.parse(json, *opts_.provider) : parser_.parse(json);
    if (!batch) {
      report_error(origin, batch.error(), out, err);
      return;
    }
    stats_.add_batch(*batch);
    if (opts_.mode == output_mode::jsonl && batch->provider()) {
      for (const triage::provider_error& e : batch->errors())
        write_batch_error_line(out, origin, *batch->provider(), e);
    }
    std::size_t index = 0;
    for (const triage::callback& cb : *batch) {
      const triage::verdict v = triage::classify(cb);
      if (opts_.mode == output_mode::jsonl) {
        write_callback_line(out, origin, index, cb, v);
      } else {
        stats_.add(cb, v);
      }
      ++index;
    }
    if (opts_.mode == output_mode::jsonl) stats_.callbacks += index;
  }

  /// A payload over parser_options::max_document_size, which was never read whole.
  void oversized(const payload_origin& origin, const char* message, output_buffer& out, std::string& err) {
    ++stats_.payloads;
    report_error(origin, triage::error(triage::error_code::document_too_large, triage::error::no_offset, message), out,
                 err);
  }

  const summary& stats() const { return stats_; }
  summary& stats() { return stats_; }

 private:
  void report_error(const payload_origin& origin, const triage::error& e, output_buffer& out, std::string& err) {
    stats_.add_error(e);
    if (opts_.mode == output_mode::jsonl) write_error_line(out, origin, e);
    auto to = std::back_inserter(err);
    if (origin.line != 0) {
      fmt::format_to(to, "triage: {}: line {}: {}\n", origin.source, origin.line, e);
    } else {
      fmt::format_to(to, "triage: {}: payload {}: {}\n", origin.source, origin.doc, e);
    }
  }

  const options& opts_;
  triage::parser parser_;
  summary stats_;
};

}  // namespace triage_cli

#endif  // TRIAGE_CLI_PROCESS_HPP
