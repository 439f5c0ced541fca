#ifndef TRIAGE_CLI_NDJSON_RANGE_HPP
#define TRIAGE_CLI_NDJSON_RANGE_HPP

// One byte range of a seekable NDJSON file, split into the lines that start in it. With --jobs N each
// worker reads its own ranges, so that no thread has to read and copy the whole input for the others:
// a range [begin, end) owns every line whose first byte lies in it, reads one byte before `begin` to know
// where its first line starts, and reads past `end` until its last line ends.

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace triage_cli {

class range_lines {
 public:
  /// Past its end, a range reads on in steps of `continuation_step` bytes until its last line ends.
  explicit range_lines(std::size_t continuation_step = std::size_t{1} << 16) : continuation_step_(continuation_step) {}

  struct line {
    std::size_t offset = 0;  ///< in the range's text
    std::size_t size = 0;    ///< without its "\n" and "\r"
    bool too_long = false;   ///< over max_line: skipped unread, like triage::ndjson_reader's too_long
  };

  /// Reads the range with `read_at(offset, into, size)`, which returns the bytes read, 0 at the end of the
  /// file and a negative number on an error; returns false on an error. The lines come out as triage::ndjson_reader
  /// would return them, under the same rule for too long lines, so that ranges and the stream number
  /// payloads alike.
  template <class ReadAt>
  bool load(ReadAt&& read_at, std::uint64_t begin, std::uint64_t end, std::size_t max_line) {
    lines_.clear();
    max_line_ = max_line;
    filled_ = 0;
    const std::size_t lead = begin > 0 ? 1 : 0;
    from_ = begin - lead;
    const std::size_t range_end = static_cast<std::size_t>(end - from_);
    bool ok = read(read_at, range_end);
    std::size_t start = 0;
    if (ok && lead != 0) {
      const char* nl = static_cast<const char*>(std::memchr(text_.data(), '\n', filled_));
      start = nl == nullptr ? range_end : static_cast<std::size_t>(nl - text_.data()) + 1;
    }
    std::size_t scanned = start;
    while (ok && start < range_end && start < filled_) {
      if (const char* nl = static_cast<const char*>(std::memchr(text_.data() + scanned, '\n', filled_ - scanned))) {
        const std::size_t at = static_cast<std::size_t>(nl - text_.data());
        add(start, at - start);
        start = scanned = at + 1;
      } else if (filled_ - start - 1 > max_line_) {
        // Even without its "\r" the line is over the limit: there is no need to find where it ends.
        lines_.push_back({0, 0, true});
        break;
      } else {
        const std::size_t before = filled_;
        ok = read(read_at, filled_ + continuation_step_);
        if (ok && filled_ == before) {  // the last line of the file, without a final newline
          add(start, filled_ - start);
          break;
        }
        scanned = before;
      }
    }
    std::memset(text_.data() + filled_, 0, simdjson::SIMDJSON_PADDING);
    return ok;
  }

  const std::vector<line>& lines() const { return lines_; }

  std::string_view text(const line& l) const { return {text_.data() + l.offset, l.size}; }
  /// The line with the padding simdjson needs after it (the bytes that follow it in the range).
  simdjson::padded_string_view json(const line& l) const {
    return simdjson::padded_string_view(text_.data() + l.offset, l.size, text_.size() - l.offset);
  }

  /// Gives back the memory a huge line made the range hold.
  void shrink(std::size_t keep) {
    if (text_.capacity() > keep) std::vector<char>().swap(text_);
  }

 private:
  void add(std::size_t start, std::size_t size) {
    if (size > 0 && text_[start + size - 1] == '\r') --size;
    if (size > max_line_) {
      lines_.push_back({0, 0, true});
    } else {
      lines_.push_back({start, size, false});
    }
  }

  /// Reads until `want` bytes of the range are in, or the file ends. The buffer only grows: resizing it
  /// down and up again would clear it on every range.
  template <class ReadAt>
  bool read(ReadAt& read_at, std::size_t want) {
    if (text_.size() < want + simdjson::SIMDJSON_PADDING) text_.resize(want + simdjson::SIMDJSON_PADDING);
    while (filled_ < want) {
      const auto got = read_at(from_ + filled_, text_.data() + filled_, want - filled_);
      if (got < 0) return false;
      if (got == 0) break;
      filled_ += static_cast<std::size_t>(got);
    }
    return true;
  }

  std::size_t continuation_step_;
  std::vector<char> text_;
  std::vector<line> lines_;
  std::uint64_t from_ = 0;
  std::size_t filled_ = 0;
  std::size_t max_line_ = 0;
};

}  // namespace triage_cli

#endif  // TRIAGE_CLI_NDJSON_RANGE_HPP
