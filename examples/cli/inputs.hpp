#ifndef TRIAGE_CLI_INPUTS_HPP
#define TRIAGE_CLI_INPUTS_HPP

// Where payloads come from: files, directories, standard input; whole-file payloads and NDJSON lines
// streamed through a bounded window.

#include <simdjson.h>
#include <triage/ndjson.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace triage_cli {

struct input {
  std::string source;  ///< as printed in records: the PATH as given, or the file found below a directory
  bool is_stdin = false;
  bool ndjson = false;
};

/// Where a payload came from, as printed in its records.
struct payload_origin {
  std::string_view source;
  std::size_t doc = 0;
  std::size_t line = 0;  ///< 1-based line of an NDJSON source; 0 for a whole-file payload
};

inline bool has_ndjson_extension(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".ndjson" || ext == ".jsonl";
}

inline bool has_payload_extension(const std::filesystem::path& p) {
  return has_ndjson_extension(p) || p.extension() == ".json";
}

/// Expands PATHs into inputs, in the order given; a directory contributes its payload files sorted by
/// path. Returns false (after describing each problem in `problems`) when a path cannot be read.
inline bool expand_paths(const std::vector<std::string>& paths, bool force_ndjson, std::vector<input>& out,
                         std::vector<std::string>& problems) {
  namespace fs = std::filesystem;
  bool ok = true;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({"-", true, force_ndjson});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems.push_back(path + ": no such file or directory");
      ok = false;
    } else if (fs::is_directory(status)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code file_ec;
        if (it->is_regular_file(file_ec) && has_payload_extension(it->path())) found.push_back(it->path().string());
      }
      if (ec) {
        problems.push_back(path + ": " + ec.message());
        ok = false;
      }
      std::sort(found.begin(), found.end());
      for (std::string& file : found) {
        const bool ndjson = force_ndjson || has_ndjson_extension(file);
        out.push_back({std::move(file), false, ndjson});
      }
    } else {
      out.push_back({path, false, force_ndjson || has_ndjson_extension(path)});
    }
  }
  return ok;
}

/// Reads a whole stream into `buffer` (with simdjson padding after it), up to `limit` bytes.
enum class read_status { ok, too_large, io_error };

inline read_status read_whole(std::FILE* f, std::size_t limit, std::vector<char>& buffer, std::size_t& size) {
  size = 0;
  for (;;) {
    if (buffer.size() < size + 65536 + simdjson::SIMDJSON_PADDING) {
      buffer.resize(std::max(buffer.size() * 2, size + 65536 + simdjson::SIMDJSON_PADDING));
    }
    const std::size_t room = buffer.size() - simdjson::SIMDJSON_PADDING - size;
    const std::size_t got = std::fread(buffer.data() + size, 1, room, f);
    size += got;
    if (size > limit) return read_status::too_large;
    if (got < room) {
      if (std::ferror(f)) return read_status::io_error;
      break;
    }
  }
  std::memset(buffer.data() + size, 0, simdjson::SIMDJSON_PADDING);
  return read_status::ok;
}

/// The message of an NDJSON line over max_document_size, which is skipped unread.
inline constexpr const char* line_too_long = "line exceeds parser_options::max_document_size";

using triage::is_blank;

/// Reads one input and hands its payloads to `v` in order, numbered as the records print them:
///   v.payload(origin, json)      a payload; `json` is valid only during the call
///   v.oversized(origin, message) a payload over `max_document_size`, skipped unread
///   v.io_problem(message)        the input cannot be opened or read on; then read_input returns false
/// Blank NDJSON lines are skipped and take no doc index. `whole` is the reusable buffer of whole-file
/// payloads. The serial runner and the --jobs reader share this, so both number payloads the same way.
template <class Visitor>
bool read_input(const input& in, std::size_t max_document_size, std::vector<char>& whole, Visitor& v) {
  std::FILE* f = in.is_stdin ? stdin : std::fopen(in.source.c_str(), "rb");
  if (f == nullptr) {
    v.io_problem(in.source + ": cannot open");
    return false;
  }
  bool ok = true;
  if (!in.ndjson) {
    std::size_t size = 0;
    switch (read_whole(f, max_document_size, whole, size)) {
      case read_status::io_error: ok = false; break;
      case read_status::too_large:
        v.oversized(payload_origin{in.source, 0, 0}, "exceeds parser_options::max_document_size");
        break;
      case read_status::ok:
        v.payload(payload_origin{in.source, 0, 0},
                  simdjson::padded_string_view(whole.data(), size, size + simdjson::SIMDJSON_PADDING));
        break;
    }
  } else {
    triage::ndjson_reader reader(f, max_document_size);
    std::size_t doc = 0;
    std::string_view line;
    std::size_t number = 0;
    for (bool more = true; more;) {
      switch (reader.next(line, number)) {
        case triage::ndjson_reader::status::end: more = false; break;
        case triage::ndjson_reader::status::io_error:
          ok = false;
          more = false;
          break;
        case triage::ndjson_reader::status::too_long:
          v.oversized(payload_origin{in.source, doc++, number}, line_too_long);
          break;
        case triage::ndjson_reader::status::line:
          if (!is_blank(line)) {
            v.payload(payload_origin{in.source, doc++, number},
                      simdjson::padded_string_view(line.data(), line.size(), line.size() + simdjson::SIMDJSON_PADDING));
          }
          break;
      }
    }
  }
  if (!in.is_stdin) std::fclose(f);
  if (!ok) v.io_problem(in.source + ": read error");
  return ok;
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_INPUTS_HPP
