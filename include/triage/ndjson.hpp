#ifndef TRIAGE_NDJSON_HPP
#define TRIAGE_NDJSON_HPP

// Reading archives of raw payloads, one per line (NDJSON), in bounded memory. The triage CLI, the replay
// example, the fuzzers and the benchmarks read their archives with it.

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "triage/detail/text.hpp"

namespace triage {

/// Whether a payload or line holds only JSON white space (space, tab, CR, LF): no payload at all.
constexpr bool is_blank(std::string_view text) noexcept { return detail::is_json_blank(text); }

/// Splits a stream of NDJSON (one payload per line, as archives of webhooks are kept) into lines through a
/// window that grows only up to the longest allowed line: memory stays bounded whatever the stream's size.
/// Every line returned has SIMDJSON_PADDING readable bytes after it, so triage::parser parses it in place
/// (padded()); it stays valid until the next call. Blank lines are returned too: skip them with
/// triage::is_blank(), as the CLI does (they are not payloads, and take no payload number).
///
///   triage::ndjson_reader reader(stdin);
///   std::string_view line;
///   std::size_t number = 0;
///   for (auto s = reader.next(line, number); s != triage::ndjson_reader::status::end; s = reader.next(line, number)) {
///     if (s == triage::ndjson_reader::status::io_error) break;
///     if (s == triage::ndjson_reader::status::line && !triage::is_blank(line)) parser.parse(reader.padded(line));
///   }
class ndjson_reader {
 public:
  enum class status { line, too_long, end, io_error };

  /// Reads `f` (not closed here); lines up to `max_line` bytes (parser_options::max_document_size is the
  /// natural choice), through a window that starts at `window` bytes.
  explicit ndjson_reader(std::FILE* f, std::size_t max_line = std::size_t{16} << 20,
                         std::size_t window = std::size_t{1} << 20)
      : file_(f), max_line_(max_line), buffer_(window + simdjson::SIMDJSON_PADDING) {}

  /// A line as the parser takes it in place: its padding is readable (see next()).
  static simdjson::padded_string_view padded(std::string_view line) noexcept {
    return simdjson::padded_string_view(line.data(), line.size(), line.size() + simdjson::SIMDJSON_PADDING);
  }

  /// The next line without its "\n" (and "\r"); `number` is its 1-based line number. A line longer than
  /// max_line (without its "\r") is skipped whole and reported as too_long: its bytes are never handed out,
  /// and the window grows for it only up to max_line and a "\r\n".
  status next(std::string_view& line, std::size_t& number) {
    for (;;) {
      if (const char* nl = static_cast<const char*>(std::memchr(data() + begin_, '\n', end_ - begin_))) {
        const std::size_t at = static_cast<std::size_t>(nl - data());
        number = ++line_number_;
        if (skipping_) {
          skipping_ = false;
          begin_ = at + 1;
          return status::too_long;
        }
        line = trim_cr(std::string_view(data() + begin_, at - begin_));
        begin_ = at + 1;
        return line.size() > max_line_ ? status::too_long : status::line;
      }
      if (eof_) {
        if (skipping_) {
          skipping_ = false;
          begin_ = end_;
          number = ++line_number_;
          return status::too_long;
        }
        if (begin_ == end_) return failed_ ? status::io_error : status::end;
        number = ++line_number_;
        line = trim_cr(std::string_view(data() + begin_, end_ - begin_));
        begin_ = end_;
        return line.size() > max_line_ ? status::too_long : status::line;
      }
      fill();
    }
  }

  std::size_t bytes_read() const { return bytes_read_; }

 private:
  char* data() { return buffer_.data(); }
  std::size_t window() const { return buffer_.size() - simdjson::SIMDJSON_PADDING; }

  /// A line that fits in max_line, with its "\r\n".
  std::size_t longest_raw_line() const { return max_line_ > SIZE_MAX - 2 ? SIZE_MAX : max_line_ + 2; }

  static std::string_view trim_cr(std::string_view s) {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
  }

  void fill() {
    if (skipping_) {
      begin_ = end_ = 0;  // drop what we have of the overlong line
    } else if (begin_ > 0) {
      std::memmove(data(), data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    if (end_ == window()) {
      // The window holds one incomplete line: grow up to the limit, or start skipping it.
      if (window() < longest_raw_line()) {
        buffer_.resize(std::min(window() * 2, longest_raw_line()) + simdjson::SIMDJSON_PADDING);
      } else {
        skipping_ = true;
        begin_ = end_ = 0;
      }
    }
    const std::size_t got = std::fread(data() + end_, 1, window() - end_, file_);
    bytes_read_ += got;
    end_ += got;
    if (got == 0) {
      eof_ = true;
      failed_ = std::ferror(file_) != 0;
    }
    std::memset(data() + end_, 0, simdjson::SIMDJSON_PADDING);
  }

  std::FILE* file_;
  std::size_t max_line_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::size_t line_number_ = 0;
  std::size_t bytes_read_ = 0;
  bool eof_ = false;
  bool failed_ = false;
  bool skipping_ = false;
};

}  // namespace triage

#endif  // TRIAGE_NDJSON_HPP
