#ifndef TRIAGE_VERIFY_FLAT_JSON_HPP
#define TRIAGE_VERIFY_FLAT_JSON_HPP

// A reader for the small JSON objects inside a JWT (its header and claims), into a fixed table without any
// allocation. It is strict where a verifier needs it: one object and nothing after it, keys without escapes
// (an escaped key could name a claim that a check looks for under its plain spelling), no key twice (two
// parsers picking different copies is a known bypass). Values are kept as they stand in the text: strings
// without their quotes (escaped ones flagged), numbers, and anything else as its kind only (nested arrays
// and objects are checked for balance and skipped).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/text.hpp"

namespace triage::verify_detail {

enum class json_kind : std::uint8_t { string, number, literal, nested };

struct json_member {
  std::string_view key;
  json_kind kind = json_kind::literal;
  std::string_view value;  ///< a string's characters between its quotes, a number's or literal's text
  bool escaped = false;    ///< the string holds a backslash escape (compare it with nothing verbatim)
};

class flat_object {
 public:
  static constexpr std::size_t max_members = 32;
  static constexpr std::size_t max_depth = 16;

  /// Reads `text`; false when it is not one well-formed object within the limits.
  constexpr bool read(std::string_view text) noexcept {
    text_ = text;
    at_ = 0;
    size_ = 0;
    skip_space();
    if (!eat('{')) return false;
    skip_space();
    if (eat('}')) return finish();
    while (true) {
      skip_space();
      json_member m;
      bool escaped = false;
      if (!read_string(m.key, escaped) || escaped) return false;
      if (find(m.key) != nullptr || size_ == max_members) return false;
      skip_space();
      if (!eat(':')) return false;
      skip_space();
      if (!read_value(m)) return false;
      members_[size_++] = m;
      skip_space();
      if (eat('}')) return finish();
      if (!eat(',')) return false;
    }
  }

  constexpr const json_member* find(std::string_view key) const noexcept {
    for (std::size_t i = 0; i < size_; ++i) {
      if (members_[i].key == key) return &members_[i];
    }
    return nullptr;
  }

 private:
  constexpr bool finish() noexcept {
    skip_space();
    return at_ == text_.size();
  }
  constexpr void skip_space() noexcept {
    while (at_ < text_.size() && detail::is_ascii_space(text_[at_])) ++at_;
  }
  constexpr bool eat(char c) noexcept {
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  static constexpr bool is_hex(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
  constexpr bool read_string(std::string_view& out, bool& escaped) noexcept {
    if (!eat('"')) return false;
    const std::size_t begin = at_;
    escaped = false;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '"') {
        out = text_.substr(begin, at_ - begin);
        ++at_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c == '\\') {
        escaped = true;
        if (++at_ == text_.size()) return false;
        const char e = text_[at_];
        if (e == 'u') {
          for (int k = 0; k < 4; ++k) {
            if (++at_ == text_.size() || !is_hex(text_[at_])) return false;
          }
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return false;
        }
      }
      ++at_;
    }
    return false;
  }
  constexpr bool read_digits() noexcept {
    const std::size_t begin = at_;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
    return at_ != begin;
  }
  constexpr bool read_number() noexcept {
    eat('-');
    if (eat('0')) {
      if (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') return false;
    } else if (!read_digits()) {
      return false;
    }
    if (eat('.') && !read_digits()) return false;
    if (eat('e') || eat('E')) {
      if (!eat('+')) eat('-');
      if (!read_digits()) return false;
    }
    return true;
  }
  constexpr bool read_literal(std::string_view word) noexcept {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }
  /// A value of any kind; nested ones are walked (strings inside them too) until their brackets balance.
  constexpr bool read_value(json_member& m) noexcept {
    if (at_ == text_.size()) return false;
    const std::size_t begin = at_;
    const char c = text_[at_];
    if (c == '"') {
      m.kind = json_kind::string;
      return read_string(m.value, m.escaped);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      m.kind = json_kind::number;
      if (!read_number()) return false;
      m.value = text_.substr(begin, at_ - begin);
      return true;
    }
    if (c == 't' || c == 'f' || c == 'n') {
      m.kind = json_kind::literal;
      if (!read_literal("true") && !read_literal("false") && !read_literal("null")) return false;
      m.value = text_.substr(begin, at_ - begin);
      return true;
    }
    if (c != '[' && c != '{') return false;
    m.kind = json_kind::nested;
    return skip_nested(0) && (m.value = text_.substr(begin, at_ - begin), true);
  }
  constexpr bool skip_nested(std::size_t depth) noexcept {
    if (depth == max_depth) return false;
    const char open = text_[at_++];
    const char close = open == '[' ? ']' : '}';
    skip_space();
    if (eat(close)) return true;
    while (true) {
      skip_space();
      if (open == '{') {
        std::string_view key;
        bool escaped = false;
        if (!read_string(key, escaped)) return false;
        skip_space();
        if (!eat(':')) return false;
        skip_space();
      }
      if (at_ == text_.size()) return false;
      if (text_[at_] == '[' || text_[at_] == '{') {
        if (!skip_nested(depth + 1)) return false;
      } else {
        json_member ignored;
        if (!read_value(ignored)) return false;
      }
      skip_space();
      if (eat(close)) return true;
      if (!eat(',')) return false;
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::array<json_member, max_members> members_{};
  std::size_t size_ = 0;
};

}  // namespace triage::verify_detail

#endif  // TRIAGE_VERIFY_FLAT_JSON_HPP
