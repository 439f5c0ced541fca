#ifndef TRIAGE_DETAIL_FORM_HPP
#define TRIAGE_DETAIL_FORM_HPP

// The reader of application/x-www-form-urlencoded bodies and of URL query strings: how Twilio, Plivo and
// Vonage (SMS API) send their callbacks. No simdjson here: a form never needs the JSON parser.
//
// Rules (WHATWG URL "application/x-www-form-urlencoded parsing", with errors where it would guess):
//  - The body is trimmed of ASCII white space at both ends (a stored body often ends in a newline; a
//    conforming encoder never leaves raw white space, so nothing is lost), then one leading '?' is skipped
//    (a query string as copied from a URL). Offsets still count from the caller's first byte.
//  - Pairs are separated by '&' only. ';' is not a separator: no provider sends it, and Plivo's values
//    hold raw ';' (SIP headers such as "<sip:...;transport=udp>;tag=1").
//  - Empty pairs ("a=1&&b=2", a trailing '&') are skipped. The first '=' ends the key; later ones belong
//    to the value. A key without '=' has an empty value. An empty key ("=x") is yielded as such.
//  - '+' decodes to a space, "%XX" (hex digits of either case) to that byte, in keys and values alike.
//    A '%' not followed by two hex digits is error_code::invalid_value at the '%'.
//  - The decoded bytes must be UTF-8: otherwise error_code::invalid_utf8 at the offset of the byte or
//    escape that starts the bad sequence. "%00" (U+0000) is valid UTF-8 and is kept, as the JSON path keeps
//    "\u0000": a value is a sized view, so a NUL cuts nothing short, and refusing it would refuse a body
//    that every form decoder (and the providers' signature checks) accept.
//  - Repeated keys are all yielded, in body order: the reader keeps no map; which one wins is the caller's
//    choice (a signature may use every distinct value, or, in one SDK, only the first).
//  - Within one key or value the first malformed escape is reported first, then a length over the limit,
//    then invalid UTF-8; across the body the first token (key, then its value) with a problem decides.
//    Errors in a value carry the decoded key as their path; errors in a key carry no path (the key could
//    not be read) and say "in a key".

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "triage/detail/text.hpp"
#include "triage/error.hpp"

namespace triage::detail {

/// Limits that keep a hostile form bounded; exceeding one is an error value.
struct form_limits {
  std::size_t max_fields = 1000;                        ///< non-empty pairs (PHP's max_input_vars default)
  std::size_t max_key_length = 256;                     ///< bytes of one key, once decoded
  std::size_t max_value_length = std::size_t{1} << 20;  ///< bytes of one value, once decoded (as max_string_length)
};

/// One field of a form. `key` and `value` are views into the body when they hold no escape ('%' or '+'),
/// into the reader's scratch buffer otherwise.
struct form_field {
  std::string_view key;
  std::string_view value;
  std::size_t key_offset = 0;    ///< offset in the body of the key's first byte
  std::size_t value_offset = 0;  ///< offset just past the '='; for a key without '=', just past the key
};

/// The value of a hex digit, or -1.
constexpr int hex_digit_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// RFC 3986 "unreserved": the bytes a key may hold raw for looks_like_form.
constexpr bool is_url_unreserved(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

/// What a byte means in a key to looks_like_form: RFC 3986 unreserved, the end of the key ('=' or '&'), the
/// start of an escape ('%'), or anything else (not a form). By table: keys are checked byte by byte.
enum class form_key_byte : std::uint8_t { other, unreserved, end, escape };

struct form_key_byte_table {
  form_key_byte of[256] = {};
  constexpr form_key_byte_table() noexcept {
    for (int b = 0; b < 0x80; ++b) {
      if (is_url_unreserved(static_cast<char>(b))) of[b] = form_key_byte::unreserved;
    }
    of[static_cast<unsigned char>('=')] = form_key_byte::end;
    of[static_cast<unsigned char>('&')] = form_key_byte::end;
    of[static_cast<unsigned char>('%')] = form_key_byte::escape;
  }
};

inline constexpr form_key_byte_table form_key_bytes{};

/// Whether `body` reads as a form rather than JSON or free text. The exact rule: after trimming ASCII white
/// space at both ends and skipping one leading '?', the body is not empty and does not start with '{' or
/// '['; split on '&', every non-empty pair has a non-empty key made only of RFC 3986 unreserved bytes
/// (A-Z a-z 0-9 - . _ ~) and "%XX" escapes, ended by '=' or by the end of the pair; and at least one pair
/// has a '='. Values are not looked at (they are checked when read). So "MessageSid=SM1&To=%2B1" is a form,
/// while "hello", "status: failed", "a b=1" and `{"a":1}` are not.
constexpr bool looks_like_form(std::string_view body) noexcept {
  body = trim_ascii_space(body);
  if (!body.empty() && body.front() == '?') body.remove_prefix(1);
  if (body.empty() || body.front() == '{' || body.front() == '[') return false;
  bool any_equals = false;
  std::size_t i = 0;
  while (i < body.size()) {
    if (body[i] == '&') {  // an empty pair
      ++i;
      continue;
    }
    const std::size_t key_start = i;
    for (; i < body.size(); ++i) {
      const form_key_byte c = form_key_bytes.of[static_cast<unsigned char>(body[i])];
      if (c == form_key_byte::unreserved) continue;
      if (c == form_key_byte::end) break;
      if (c != form_key_byte::escape || i + 2 >= body.size() || hex_digit_value(body[i + 1]) < 0 ||
          hex_digit_value(body[i + 2]) < 0) {
        return false;
      }
      i += 2;
    }
    if (i == key_start) return false;  // "=value": no key
    if (i < body.size() && body[i] == '=') {
      any_equals = true;
      i = body.find('&', i);  // the value, unchecked
      if (i == std::string_view::npos) break;
    }
  }
  return any_equals;
}

/// Checks UTF-8 one byte at a time, for bytes that come from escapes as well as raw: remembers where the
/// current sequence started in the body, which is where an error is reported. The accepted sequences are
/// those of Unicode's table 3-7 (no overlongs, no surrogates, nothing past U+10FFFF).
class utf8_checker {
 public:
  /// Feeds byte `b`, which came from body offset `at`. False when the sequence it belongs to is invalid;
  /// bad_offset() then tells where that sequence started.
  constexpr bool feed(unsigned char b, std::size_t at) noexcept {
    if (need_ == 0) {
      start_ = at;
      if (b < 0x80) return true;
      low_ = 0x80;
      high_ = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need_ = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need_ = 2;
        if (b == 0xE0) low_ = 0xA0;   // below is an overlong
        if (b == 0xED) high_ = 0x9F;  // above is a surrogate
      } else if (b >= 0xF0 && b <= 0xF4) {
        need_ = 3;
        if (b == 0xF0) low_ = 0x90;   // below is an overlong
        if (b == 0xF4) high_ = 0x8F;  // above is past U+10FFFF
      } else {
        return false;  // a continuation byte, C0, C1 or F5-FF cannot start a sequence
      }
      return true;
    }
    if (b < low_ || b > high_) return false;
    --need_;
    low_ = 0x80;
    high_ = 0xBF;
    return true;
  }
  /// False when the bytes ended inside a sequence.
  constexpr bool finish() const noexcept { return need_ == 0; }
  constexpr std::size_t bad_offset() const noexcept { return start_; }

 private:
  unsigned need_ = 0;
  unsigned char low_ = 0x80;
  unsigned char high_ = 0xBF;
  std::size_t start_ = 0;
};

/// What a byte means to a form token. By table, so the common path costs one load per byte.
enum class form_byte : std::uint8_t { plain, ampersand, equals, escape, high };

struct form_byte_table {
  form_byte of[256] = {};
  constexpr form_byte_table() noexcept {
    of[static_cast<unsigned char>('&')] = form_byte::ampersand;
    of[static_cast<unsigned char>('=')] = form_byte::equals;
    of[static_cast<unsigned char>('%')] = form_byte::escape;
    of[static_cast<unsigned char>('+')] = form_byte::escape;
    for (int b = 0x80; b < 0x100; ++b) of[b] = form_byte::high;
  }
};

// At namespace scope: a constexpr table local to a function is built on the stack at every call.
inline constexpr form_byte_table form_bytes{};

/// Reads the fields of one form body in order, without copying what needs no decoding.
///
/// Lifetime: a field's views point into `body` or into `scratch`. The reader clears `scratch` and reserves
/// body.size() bytes in it once, in the constructor; decoding never lengthens a token, so the decoded
/// bytes of the whole body fit and `scratch` never reallocates while the reader runs. The views stay valid
/// while the body's bytes live and until `scratch` is next changed (cleared, resized, given to another
/// reader) or destroyed; moving the vector keeps them valid. Reusing one scratch vector for every body
/// makes the reader allocation-free once it has seen the largest body. Like the parser's own buffers, a
/// failed reserve ends the program (the reader is noexcept).
class form_reader {
 public:
  form_reader(std::string_view body, std::vector<char>& scratch, form_limits limits = {}) noexcept
      : body_(body), scratch_(scratch), limits_(limits) {
    scratch_.clear();
    scratch_.reserve(body.size());
    // Trim as looks_like_form does, but keep positions in the caller's body.
    const std::string_view trimmed = trim_ascii_space(body);
    pos_ = static_cast<std::size_t>(trimmed.data() - body.data());
    end_ = pos_ + trimmed.size();
    if (pos_ < end_ && body_[pos_] == '?') ++pos_;
  }

  form_reader(const form_reader&) = delete;
  form_reader& operator=(const form_reader&) = delete;

  /// Reads the next field into `out`. False at the end of the body or at the first error; failed() tells
  /// which, and every later call returns false.
  bool next(form_field& out) noexcept { return advance(out, true); }

  /// Reads the next key into `out.key` and steps over its value without reading it: `out.value` is empty.
  /// For the provider's detection, which needs only the keys and is followed by a parse that reads every
  /// value; a value's malformed escape or invalid UTF-8 is then reported by that parse, not here.
  bool next_key(form_field& out) noexcept { return advance(out, false); }

  bool failed() const noexcept { return failed_; }
  /// The error that stopped the reader; meaningful only when failed().
  const error& failure() const noexcept { return error_; }
  /// Fields yielded so far.
  std::size_t count() const noexcept { return count_; }

 private:
  bool advance(form_field& out, bool read_value) noexcept {
    if (failed_) return false;
    while (pos_ < end_ && body_[pos_] == '&') ++pos_;  // empty pairs
    if (pos_ == end_) return false;
    if (count_ == limits_.max_fields) {
      return fail(error_code::too_many_items, pos_, {}, "more than form_limits::max_fields fields");
    }
    out.key_offset = pos_;
    if (!read_token(true, limits_.max_key_length, {}, out.key)) return false;
    if (pos_ < end_ && body_[pos_] == '=') {
      ++pos_;
      out.value_offset = pos_;
      if (read_value) {
        if (!read_token(false, limits_.max_value_length, out.key, out.value)) return false;
      } else {
        out.value = std::string_view(body_.data() + pos_, 0);
        pos_ = find_ampersand(pos_);
      }
    } else {
      out.value_offset = pos_;
      out.value = std::string_view(body_.data() + pos_, 0);  // empty, but still a view into the body
    }
    ++count_;
    return true;
  }

  /// The offset of the first '&' at or after `from`, or end_ (memchr: values are most of a body's bytes).
  std::size_t find_ampersand(std::size_t from) const noexcept {
    const std::size_t at = body_.substr(0, end_).find('&', from);
    return at == std::string_view::npos ? end_ : at;
  }

  /// Reads a key (ends at '=' or '&') or a value (ends at '&') starting at pos_, and leaves pos_ on the
  /// byte that ended it. A token without escapes is a view into the body; one with escapes is decoded into
  /// the scratch buffer. `key` is the decoded key when reading a value (for the error path).
  bool read_token(bool is_key, std::size_t max_length, std::string_view key, std::string_view& out) noexcept {
    const std::size_t start = pos_;
    std::size_t i = start;
    bool escaped = false;
    bool ascii = true;
    for (; i < end_; ++i) {
      const form_byte c = form_bytes.of[static_cast<unsigned char>(body_[i])];
      if (c == form_byte::plain) continue;
      if (c == form_byte::ampersand || (c == form_byte::equals && is_key)) break;
      if (c == form_byte::escape) escaped = true;
      if (c == form_byte::high) ascii = false;
    }
    pos_ = i;
    if (!escaped) {
      // Raw bytes are their own decoding: check the length and, if any byte is not ASCII, the UTF-8.
      if (i - start > max_length) return too_long(is_key, start, key);
      if (!ascii && !check_utf8(start, i, is_key, key)) return false;
      out = body_.substr(start, i - start);
      return true;
    }
    return decode(start, i, is_key, max_length, key, out);
  }

  bool check_utf8(std::size_t begin, std::size_t end, bool is_key, std::string_view key) noexcept {
    utf8_checker utf8;
    for (std::size_t i = begin; i < end; ++i) {
      if (!utf8.feed(static_cast<unsigned char>(body_[i]), i)) return bad_utf8(utf8.bad_offset(), is_key, key);
    }
    return utf8.finish() || bad_utf8(utf8.bad_offset(), is_key, key);
  }

  /// Decodes body_[begin, end) into the scratch buffer. A malformed escape stops at once; a UTF-8 error is
  /// remembered and reported at the end, so that a malformed escape later in the token still wins (the rule
  /// in the header comment), and the length is known only once the token is decoded.
  bool decode(std::size_t begin, std::size_t end, bool is_key, std::size_t max_length, std::string_view key,
              std::string_view& out) noexcept {
    const std::size_t first = scratch_.size();
    utf8_checker utf8;
    std::size_t bad = error::no_offset;
    for (std::size_t i = begin; i < end;) {
      const std::size_t at = i;
      char c = body_[i];
      if (c == '+') {
        c = ' ';
        ++i;
      } else if (c == '%') {
        const int upper = i + 1 < end ? hex_digit_value(body_[i + 1]) : -1;
        const int lower = i + 2 < end ? hex_digit_value(body_[i + 2]) : -1;
        if (upper < 0 || lower < 0) {
          return fail(error_code::invalid_value, at, is_key ? std::string_view() : key,
                      is_key ? "malformed percent escape in a key: '%' must be followed by two hex digits"
                             : "malformed percent escape: '%' must be followed by two hex digits");
        }
        c = static_cast<char>(upper * 16 + lower);
        i += 3;
      } else {
        ++i;
      }
      if (bad == error::no_offset && !utf8.feed(static_cast<unsigned char>(c), at)) bad = utf8.bad_offset();
      scratch_.push_back(c);  // within the capacity reserved up front: never reallocates
    }
    if (bad == error::no_offset && !utf8.finish()) bad = utf8.bad_offset();
    const std::size_t length = scratch_.size() - first;
    if (length > max_length) return too_long(is_key, begin, key);
    if (bad != error::no_offset) return bad_utf8(bad, is_key, key);
    out = std::string_view(scratch_.data() + first, length);
    return true;
  }

  bool too_long(bool is_key, std::size_t at, std::string_view key) noexcept {
    return is_key ? fail(error_code::string_too_long, at, {}, "a key longer than form_limits::max_key_length")
                  : fail(error_code::string_too_long, at, key, "longer than form_limits::max_value_length");
  }
  bool bad_utf8(std::size_t at, bool is_key, std::string_view key) noexcept {
    return is_key ? fail(error_code::invalid_utf8, at, {}, "in a key") : fail(error_code::invalid_utf8, at, key);
  }
  /// Records the error; always false, so callers can `return fail(...)`.
  bool fail(error_code code, std::size_t at, std::string_view path, std::string_view detail) noexcept {
    error_ = error(code, at, detail);
    if (!path.empty()) error_.with_path(path);  // an empty view may hold a null pointer, which memcpy must not get
    failed_ = true;
    return false;
  }
  bool fail(error_code code, std::size_t at, std::string_view path) noexcept { return fail(code, at, path, {}); }

  std::string_view body_;
  std::vector<char>& scratch_;
  form_limits limits_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t count_ = 0;
  bool failed_ = false;
  error error_{};
};

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_FORM_HPP
