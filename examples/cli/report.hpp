#ifndef TRIAGE_CLI_REPORT_HPP
#define TRIAGE_CLI_REPORT_HPP

// What the CLI prints: one JSON line per callback or error (--jsonl), or counts (--summary).

#include <triage/triage.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "inputs.hpp"
#include "json_out.hpp"

namespace triage_cli {

inline void write_callback_line(output_buffer& out, const payload_origin& origin, std::size_t index,
                                const triage::callback& cb, const triage::verdict& v) {
  const triage::callback_fields f = cb.fields();
  out.raw('{');
  out.key("source", true);
  out.string(origin.source);
  out.key("doc");
  out.number(static_cast<std::uint64_t>(origin.doc));
  out.key("index");
  out.number(static_cast<std::uint64_t>(index));
  out.key("provider");
  out.string(triage::to_string(cb.provider()));
  out.key("kind");
  out.string(f.kind);
  out.key("id");
  out.string_or_null(f.id);
  out.key("status");
  out.string_or_null(f.status);
  out.key("reason");
  out.string_or_null(f.reason);
  out.key("detail");
  out.string_or_null(f.detail);
  out.key("code");
  out.number_or_null(f.code);
  verdict_fields(out, v);
  out.raw('}');
  out.end_line();
}

/// An error the provider reported about the whole batch (it names no message, so it is no callback).
inline void write_batch_error_line(output_buffer& out, const payload_origin& origin, triage::provider from,
                                   const triage::provider_error& e) {
  out.raw('{');
  out.key("source", true);
  out.string(origin.source);
  out.key("doc");
  out.number(static_cast<std::uint64_t>(origin.doc));
  out.key("provider");
  out.string(triage::to_string(from));
  out.key("batch_error");
  out.raw('{');
  out.key("code", true);
  out.number_or_null(e.code);
  out.key("title");
  out.string_or_null(e.title);
  out.key("message");
  out.string_or_null(e.message);
  out.key("details");
  out.string_or_null(e.details);
  out.key("href");
  out.string_or_null(e.href);
  out.raw("}}");
  out.end_line();
}

inline void write_error_line(output_buffer& out, const payload_origin& origin, const triage::error& e) {
  out.raw('{');
  out.key("source", true);
  out.string(origin.source);
  out.key("doc");
  out.number(static_cast<std::uint64_t>(origin.doc));
  if (origin.line != 0) {
    out.key("line");
    out.number(static_cast<std::uint64_t>(origin.line));
  }
  out.key("error");
  out.string(e.message());
  out.key("offset");
  if (e.has_offset()) {
    out.number(static_cast<std::uint64_t>(e.offset()));
  } else {
    out.raw("null");
  }
  out.key("error_code");
  out.string(triage::to_string(e.code()));
  out.key("path");
  if (e.path().empty()) {
    out.raw("null");
  } else {
    out.string(e.path());
  }
  out.raw('}');
  out.end_line();
}

/// Counts for --summary: enum-indexed arrays for the fixed vocabularies, a short list for kinds.
class summary {
 public:
  void add(const triage::callback& cb, const triage::verdict& v) {
    ++callbacks;
    ++by_provider[static_cast<std::size_t>(cb.provider())];
    ++by_outcome[static_cast<std::size_t>(v.outcome)];
    ++by_category[static_cast<std::size_t>(v.category)];
    add_kind(cb.provider(), cb.kind(), 1);
  }
  void add_error(const triage::error& e) {
    ++errors;
    ++by_error[static_cast<std::size_t>(e.code())];
  }
  /// A parsed payload's batch-level errors and skipped parts (no callbacks, no parse failures).
  void add_batch(const triage::batch& b) {
    batch_errors += b.errors().size();
    skipped += b.skipped();
  }

  /// Adds the counts of another worker (--jobs): counts do not depend on which thread saw a payload.
  void merge(const summary& o) {
    payloads += o.payloads;
    callbacks += o.callbacks;
    errors += o.errors;
    batch_errors += o.batch_errors;
    skipped += o.skipped;
    bytes += o.bytes;
    add_all(by_provider, o.by_provider);
    add_all(by_outcome, o.by_outcome);
    add_all(by_category, o.by_category);
    add_all(by_error, o.by_error);
    for (const kind_count& k : o.by_kind) add_kind(k.provider, k.kind, k.count);
  }

  std::uint64_t payloads = 0;
  std::uint64_t callbacks = 0;
  std::uint64_t errors = 0;
  std::uint64_t batch_errors = 0;  ///< errors providers reported about a whole batch (parsed payloads)
  std::uint64_t skipped = 0;       ///< parts of parsed payloads that are no callbacks (e.g. account events)
  std::uint64_t bytes = 0;
  std::array<std::uint64_t, std::size(triage::all_providers)> by_provider{};
  std::array<std::uint64_t, std::size(triage::all_outcomes)> by_outcome{};
  std::array<std::uint64_t, std::size(triage::all_categories)> by_category{};
  std::array<std::uint64_t, triage::error_code_count> by_error{};
  /// Kinds with their counts, in the order first seen. A run sees a handful, and kind names are static
  /// strings: a short linear search, where a map keyed by "provider/kind" cost a string per callback.
  struct kind_count {
    triage::provider provider;
    std::string_view kind;
    std::uint64_t count;
  };
  std::vector<kind_count> by_kind;

  void print(std::FILE* out, double seconds) const {
    fmt::print(out, "payloads  {}\ncallbacks {}\nerrors    {}\nbytes     {}\n", payloads, callbacks, errors, bytes);
    // Only when a payload had them, so that the report of providers without them is unchanged.
    if (batch_errors != 0) fmt::print(out, "batch errors {}\n", batch_errors);
    if (skipped != 0) fmt::print(out, "skipped   {}\n", skipped);
    const double mb = static_cast<double>(bytes) / 1e6;
    fmt::print(out, "seconds   {:.3f}\nthroughput {:.1f} MB/s, {:.0f} payloads/s\n", seconds,
               seconds > 0 ? mb / seconds : 0.0, seconds > 0 ? static_cast<double>(payloads) / seconds : 0.0);
    fmt::print(out, "\nprovider\n");
    for (triage::provider p : triage::all_providers) {
      fmt::print(out, "  {:<14} {}\n", p, by_provider[static_cast<std::size_t>(p)]);
    }
    fmt::print(out, "\nkind\n");
    std::map<std::string, std::uint64_t> kinds;  // sorted by name for the report
    for (const kind_count& k : by_kind) kinds[fmt::format("{}/{}", k.provider, k.kind)] += k.count;
    for (const auto& [kind, count] : kinds) fmt::print(out, "  {:<40} {}\n", kind, count);
    fmt::print(out, "\noutcome\n");
    for (triage::outcome o : triage::all_outcomes) {
      fmt::print(out, "  {:<14} {}\n", o, by_outcome[static_cast<std::size_t>(o)]);
    }
    fmt::print(out, "\ncategory\n");
    for (triage::category c : triage::all_categories) {
      fmt::print(out, "  {:<14} {}\n", c, by_category[static_cast<std::size_t>(c)]);
    }
    if (errors != 0) {
      fmt::print(out, "\nerror\n");
      for (std::size_t i = 0; i < by_error.size(); ++i) {
        if (by_error[i] != 0) {
          fmt::print(out, "  {:<22} {}\n", triage::to_string(static_cast<triage::error_code>(i)), by_error[i]);
        }
      }
    }
  }

 private:
  template <std::size_t N>
  static void add_all(std::array<std::uint64_t, N>& to, const std::array<std::uint64_t, N>& from) {
    for (std::size_t i = 0; i < N; ++i) to[i] += from[i];
  }

  void add_kind(triage::provider provider, std::string_view kind, std::uint64_t count) {
    for (kind_count& k : by_kind) {
      if (k.provider == provider && k.kind == kind) {
        k.count += count;
        return;
      }
    }
    by_kind.push_back({provider, kind, count});
  }
};

/// Ends a run: the summary (--summary), the last records, and the exit status of the contract.
inline int conclude(output_mode mode, output_buffer& out, const summary& stats, bool io_ok, double seconds) {
  if (mode == output_mode::summary) {
    out.flush();
    stats.print(stdout, seconds);
  }
  if (!out.flush()) {
    fmt::print(stderr, "triage: cannot write to standard output\n");
    return 2;
  }
  if (!io_ok) return 2;
  return stats.errors == 0 ? 0 : 1;
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_REPORT_HPP
