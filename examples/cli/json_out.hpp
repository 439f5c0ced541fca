#ifndef TRIAGE_CLI_JSON_OUT_HPP
#define TRIAGE_CLI_JSON_OUT_HPP

// Buffered output of JSON lines: values are appended to one growing buffer that is written out in large
// blocks, so a line costs no allocation and no system call.

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include <triage/taxonomy.hpp>

namespace triage_cli {

class output_buffer {
 public:
  /// With a null `sink` the buffer only collects, and text() hands the lines on (a --jobs worker renders
  /// a chunk's lines there; the main thread writes them out in input order).
  explicit output_buffer(std::FILE* sink, std::size_t flush_at = std::size_t{1} << 16)
      : sink_(sink), flush_at_(flush_at) {
    text_.reserve(flush_at_ * 2);
  }
  output_buffer(const output_buffer&) = delete;
  output_buffer& operator=(const output_buffer&) = delete;
  ~output_buffer() { flush(); }

  void raw(std::string_view s) { text_.append(s.data(), s.size()); }
  void raw(char c) { text_.push_back(c); }

  /// A JSON string literal, escaped.
  void string(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    text_.push_back('"');
    std::size_t run = 0;  // start of the current run of bytes that need no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      text_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': text_.append("\\\""); break;
        case '\\': text_.append("\\\\"); break;
        case '\n': text_.append("\\n"); break;
        case '\r': text_.append("\\r"); break;
        case '\t': text_.append("\\t"); break;
        default: {
          const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
          text_.append(escaped, sizeof escaped);
        }
      }
    }
    text_.append(s.data() + run, s.size() - run);
    text_.push_back('"');
  }

  void string_or_null(const std::optional<std::string_view>& s) {
    if (s) {
      string(*s);
    } else {
      raw("null");
    }
  }

  void number(std::uint64_t n) {
    char digits[24];
    std::size_t len = 0;
    do {
      digits[len++] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    while (len > 0) text_.push_back(digits[--len]);
  }
  void number(std::int64_t n) {
    if (n < 0) {
      text_.push_back('-');
      number(static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(n));
    } else {
      number(static_cast<std::uint64_t>(n));
    }
  }
  void number_or_null(const std::optional<std::int64_t>& n) {
    if (n) {
      number(*n);
    } else {
      raw("null");
    }
  }

  /// `"key":` with a leading comma unless it is the first key of the object.
  void key(std::string_view k, bool first = false) {
    if (!first) text_.push_back(',');
    text_.push_back('"');
    text_.append(k.data(), k.size());
    text_.append("\":");
  }

  /// Ends a line; writes the buffer out once it is large.
  void end_line() {
    text_.push_back('\n');
    if (sink_ != nullptr && text_.size() >= flush_at_) flush();
  }

  /// Whole lines rendered by another buffer; a large block is written straight through, not copied.
  void lines(std::string_view s) {
    if (sink_ == nullptr || text_.size() + s.size() < flush_at_) {
      text_.append(s.data(), s.size());
      return;
    }
    write(text_);
    text_.clear();
    write(s);
  }

  bool flush() {
    if (sink_ == nullptr) return true;
    write(text_);
    text_.clear();
    return std::fflush(sink_) == 0 && !failed_;
  }
  bool failed() const { return failed_; }

  std::string_view text() const { return text_; }
  /// Empties the buffer for reuse, keeping its memory unless one unusually large output grew it past
  /// `keep_capacity`: recycled buffers then stay bounded.
  void clear(std::size_t keep_capacity) {
    text_.clear();
    if (text_.capacity() > keep_capacity) std::string().swap(text_);
  }

 private:
  void write(std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), sink_) != s.size()) failed_ = true;
  }

  std::FILE* sink_;
  std::size_t flush_at_;
  std::string text_;
  bool failed_ = false;
};

/// A verdict's fields, in the order of every JSON line the CLI and the JetStream deployment write.
inline void verdict_fields(output_buffer& out, const triage::verdict& v) {
  out.key("outcome");
  out.string(triage::to_string(v.outcome));
  out.key("category");
  out.string(triage::to_string(v.category));
  out.key("retry");
  out.string(triage::to_string(v.retry));
  out.key("rule");
  out.string(v.rule);
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_JSON_OUT_HPP
