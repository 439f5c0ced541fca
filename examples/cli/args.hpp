#ifndef TRIAGE_CLI_ARGS_HPP
#define TRIAGE_CLI_ARGS_HPP

// Command line of the triage CLI (contract: DESIGN.md, "The triage CLI").

#include <triage/parser.hpp>
#include <triage/providers.hpp>
#include <triage/taxonomy.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace triage_cli {

enum class output_mode { jsonl, summary };

struct options {
  output_mode mode = output_mode::jsonl;
  bool ndjson = false;                       ///< every input holds one payload per line
  std::optional<triage::provider> provider;  ///< skip detection
  std::vector<std::string> paths;
  std::size_t max_document_size = std::size_t{16} << 20;  ///< bytes per payload (per line in NDJSON)
  std::size_t jobs = 0;       ///< worker threads; 0 until parse_args sets the default, the number of cores
  bool final_states = false;  ///< --final: one line per message, from a tracker
  std::size_t final_capacity = std::size_t{1} << 17;  ///< --final-capacity: states the tracker keeps
  bool help = false;
  bool version = false;
};

inline constexpr std::size_t max_jobs = 256;

/// The providers' names, from the list of providers: "vibes, bandwidth or bird" (`last` between the last two).
inline std::string provider_names(std::string_view separator, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < triage::all_providers.size(); ++i) {
    if (i != 0) out += i + 1 == triage::all_providers.size() ? last : separator;
    out += triage::to_string(triage::all_providers[i]);
  }
  return out;
}

inline std::string usage() {
  return fmt::format(
      "usage: triage [--jsonl | --summary] [--ndjson] [--provider {}] [--jobs N]\n"
      "              [--final [--final-capacity N]] PATH...\n"
      "       triage verify --scheme NAME --url URL [--header 'Name: value']... [--secret-env VAR]... BODY\n"
      "              (triage verify --help for the rest)\n"
      "\n"
      "Parses SMS/MMS delivery callbacks ({}) and prints a verdict for each.\n"
      "\n"
      "  PATH               a file, a directory (every *.json, *.ndjson, *.jsonl below it), or - for stdin\n"
      "  --jsonl            one JSON object per callback on stdout (default)\n"
      "  --summary          counts by provider, kind, outcome and category, and throughput\n"
      "  --ndjson           every input holds one payload per line (.ndjson and .jsonl files always do)\n"
      "  --provider NAME    parse every payload as NAME instead of detecting the provider\n"
      "  --max-document-size BYTES\n"
      "                     largest payload (NDJSON: line) accepted; larger ones are error records (16 MiB)\n"
      "  --jobs N, -j N     parse on N threads (default: the number of cores); the output is the same\n"
      "                     as with --jobs 1, in input order (--final always runs on one thread)\n"
      "  --final            one JSON object per message (and recipient) with its final state instead of one\n"
      "                     per callback: duplicates dropped, receipts folded in provider time order\n"
      "  --final-capacity N states --final keeps at most (131072); one evicted early is printed early\n"
      "  --help, --version\n"
      "\n"
      "Exit status: 0 all payloads parsed, 1 at least one payload failed, 2 usage or I/O error.\n",
      provider_names("|", "|"), provider_names(", ", ", "));
}

/// The parser limits the options set (the rest keep their defaults).
inline triage::parser_options parser_options_of(const options& opts) {
  triage::parser_options o;
  o.max_document_size = opts.max_document_size;
  return o;
}

/// A decimal count of at least 1; false for anything else (or an overflow).
inline bool parse_count(std::string_view value, std::size_t& n) {
  n = 0;
  for (char c : value) {
    if (c < '0' || c > '9' || n > (SIZE_MAX - 9) / 10) return false;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  return n != 0;
}

/// Parses argv; on a usage error returns false and sets `problem`.
inline bool parse_args(int argc, char** argv, options& out, std::string& problem) {
  bool only_paths = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (only_paths || arg == "-" || arg.empty() || arg[0] != '-') {
      out.paths.emplace_back(arg);
    } else if (arg == "--") {
      only_paths = true;
    } else if (arg == "--jsonl") {
      out.mode = output_mode::jsonl;
    } else if (arg == "--summary") {
      out.mode = output_mode::summary;
    } else if (arg == "--ndjson") {
      out.ndjson = true;
    } else if (arg == "--provider" || arg.rfind("--provider=", 0) == 0) {
      std::string_view name;
      if (arg == "--provider") {
        if (i + 1 >= argc) {
          problem = "--provider needs a value: " + provider_names(", ", " or ");
          return false;
        }
        name = argv[++i];
      } else {
        name = arg.substr(11);
      }
      out.provider = triage::provider_from_string(name);
      if (!out.provider) {
        problem = "unknown provider '" + std::string(name) + "': expected " + provider_names(", ", " or ");
        return false;
      }
    } else if (arg == "--max-document-size") {
      if (i + 1 >= argc) {
        problem = "--max-document-size needs a number of bytes";
        return false;
      }
      const std::string_view value = argv[++i];
      if (!parse_count(value, out.max_document_size)) {
        problem = "--max-document-size needs a number of bytes of at least 1, not '" + std::string(value) + "'";
        return false;
      }
    } else if (arg == "--jobs" || arg == "-j" || arg.rfind("--jobs=", 0) == 0) {
      std::string_view value;
      if (arg == "--jobs" || arg == "-j") {
        if (i + 1 >= argc) {
          problem = std::string(arg) + " needs a number of threads";
          return false;
        }
        value = argv[++i];
      } else {
        value = arg.substr(7);
      }
      // Each thread has chunks of input and output in flight; past a few hundred that is only memory.
      if (!parse_count(value, out.jobs) || out.jobs > max_jobs) {
        problem = "--jobs needs a number of threads from 1 to " + std::to_string(max_jobs) + ", not '" +
                  std::string(value) + "'";
        return false;
      }
    } else if (arg == "--final") {
      out.final_states = true;
    } else if (arg == "--final-capacity") {
      if (i + 1 >= argc || !parse_count(argv[i + 1], out.final_capacity)) {
        problem = "--final-capacity needs a number of states of at least 1";
        return false;
      }
      ++i;
    } else if (arg == "--help" || arg == "-h") {
      out.help = true;
    } else if (arg == "--version") {
      out.version = true;
    } else {
      problem = "unknown option '" + std::string(arg) + "'";
      return false;
    }
  }
  if (out.jobs == 0) out.jobs = std::max(1u, std::min(std::thread::hardware_concurrency(), unsigned{max_jobs}));
  if (out.paths.empty() && !out.help && !out.version) {
    problem = "no PATH given (use - for standard input)";
    return false;
  }
  return true;
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_ARGS_HPP
