#ifndef TRIAGE_DETAIL_JSON_HPP
#define TRIAGE_DETAIL_JSON_HPP

// The shared machinery of every provider parser: reading typed values out of simdjson On-Demand with the
// error discipline of the library (first error wins, with its field path and byte offset).
// Written against the simdjson 3.0.1 API subset, error codes only, so it builds with -fno-exceptions.

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "triage/detail/append.hpp"
#include "triage/detail/inline.hpp"
#include "triage/detail/scan.hpp"
#include "triage/detail/text.hpp"
#include "triage/error.hpp"
#include "triage/timestamp.hpp"

namespace triage::detail {

namespace od = simdjson::ondemand;

struct field_path;

/// One step of the path from the document root to the value being read. Lives on the stack of the
/// parsing functions; nothing is rendered unless an error needs it.
struct path_node {
  static constexpr std::size_t no_index = static_cast<std::size_t>(-1);

  const path_node* parent = nullptr;
  const char* name = nullptr;    ///< field name (a literal); null for an array element or the root
  std::size_t index = no_index;  ///< array index, for an array element

  /// The field `child` (a literal) of this object: a field_path, which becomes a path_node where one is needed.
  constexpr field_path field(const char* child) const noexcept;
  path_node element(std::size_t i) const noexcept { return {this, nullptr, i}; }
};

/// A field's place in two registers: the node of its object and its name. The readers of fields, of single
/// values and of nested objects alike (out of line, once each), take this rather than a path_node, which
/// would have to live in the caller's stack frame: so a field handler needs no frame of its own and ends in a
/// jump to the reader, which makes the node only where it needs its address (an error, or the fields of a
/// nested object). The name stays a pointer so that making the node costs no strlen.
struct field_path {
  const path_node* object;
  const char* name;

  constexpr operator path_node() const noexcept { return {object, name, path_node::no_index}; }
};

constexpr field_path path_node::field(const char* child) const noexcept { return {this, child}; }

/// Renders "a.b[3].c" into a fixed buffer; returns the used part.
inline std::string_view render_path(const path_node* node, char (&buffer)[error::max_path + 1]) noexcept {
  // Collect from leaf to root, then write root first.
  const path_node* chain[32];
  std::size_t depth = 0;
  for (const path_node* n = node; n != nullptr && depth < 32; n = n->parent) {
    if (n->name != nullptr || n->index != path_node::no_index) chain[depth++] = n;
  }
  std::size_t used = 0;
  auto put = [&](std::string_view s) {
    for (char c : s) {
      if (used < error::max_path) buffer[used++] = c;
    }
  };
  for (std::size_t i = depth; i-- > 0;) {
    const path_node* n = chain[i];
    if (n->index != path_node::no_index) {
      char digits[24];
      std::size_t nd = 0;
      std::size_t v = n->index;
      do {
        digits[nd++] = static_cast<char>('0' + v % 10);
        v /= 10;
      } while (v != 0);
      put("[");
      while (nd > 0) put(std::string_view(&digits[--nd], 1));
      put("]");
    } else {
      if (used != 0) put(".");
      put(n->name);
    }
  }
  return {buffer, used};
}

constexpr json_type to_json_type(od::json_type t) noexcept {
  switch (t) {
    case od::json_type::array: return json_type::array;
    case od::json_type::object: return json_type::object;
    case od::json_type::number: return json_type::number;
    case od::json_type::string: return json_type::string;
    case od::json_type::boolean: return json_type::boolean;
    case od::json_type::null: return json_type::null;
    default: return json_type::none;  // simdjson 4 adds json_type::unknown for a malformed token
  }
}

/// Maps a simdjson error onto ours, with a short static explanation.
inline error_code map_simdjson_error(simdjson::error_code e, std::string_view& detail) noexcept {
  switch (e) {
    case simdjson::UTF8_ERROR: detail = {}; return error_code::invalid_utf8;
    case simdjson::EMPTY: detail = {}; return error_code::empty_input;
    case simdjson::DEPTH_ERROR: detail = {}; return error_code::too_deep;
    case simdjson::CAPACITY: detail = "exceeds the parser's capacity"; return error_code::document_too_large;
    case simdjson::MEMALLOC: detail = {}; return error_code::out_of_memory;
    case simdjson::UNCLOSED_STRING:
      detail = "unclosed string: a quote is missing or typographic";
      return error_code::invalid_json;
    case simdjson::STRING_ERROR: detail = "invalid escape in a string"; return error_code::invalid_json;
    case simdjson::UNESCAPED_CHARS: detail = "control character inside a string"; return error_code::invalid_json;
    case simdjson::T_ATOM_ERROR: detail = "invalid literal, expected true"; return error_code::invalid_json;
    case simdjson::F_ATOM_ERROR: detail = "invalid literal, expected false"; return error_code::invalid_json;
    case simdjson::N_ATOM_ERROR: detail = "invalid literal, expected null"; return error_code::invalid_json;
    case simdjson::NUMBER_ERROR: detail = "invalid number"; return error_code::invalid_json;
    case simdjson::TAPE_ERROR:
      detail = "unexpected character or missing comma, colon or bracket";
      return error_code::invalid_json;
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT: detail = "unclosed object or array"; return error_code::invalid_json;
    case simdjson::TRAILING_CONTENT: detail = {}; return error_code::trailing_content;
    case simdjson::NUMBER_OUT_OF_RANGE: detail = {}; return error_code::number_out_of_range;
    case simdjson::SCALAR_DOCUMENT_AS_VALUE: detail = {}; return error_code::scalar_document;
    default: detail = simdjson::error_message(e); return error_code::invalid_json;
  }
}

/// The error for a document that is a scalar: a clearer one when it is object members without their braces.
inline error scalar_document_error(std::string_view text) noexcept {
  if (const std::size_t key = member_without_braces(text); key != error::no_offset) {
    return error(error_code::invalid_json, key, "a key at the top level: object members without their enclosing { }");
  }
  return error(error_code::scalar_document, 0);
}

/// True for a JSON number token without fraction or exponent (trailing white space allowed).
constexpr bool is_integer_token(std::string_view token) noexcept {
  std::size_t i = token.size();
  while (i > 0 && (token[i - 1] == ' ' || token[i - 1] == '\t' || token[i - 1] == '\n' || token[i - 1] == '\r')) --i;
  token = token.substr(0, i);
  if (!token.empty() && token.front() == '-') token.remove_prefix(1);
  if (token.empty()) return false;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

/// Offset of the first byte that is not part of a valid UTF-8 sequence, or error::no_offset. Used only
/// to place an invalid_utf8 error, so simplicity beats speed.
constexpr std::size_t first_invalid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      n = 1;
      cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
      n = 2;
      cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
      n = 3;
      cp = b & 0x07u;
    } else
      return i;
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return i;
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0u) != 0x80u) return i;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return i;
    }
    i += n + 1;
  }
  return error::no_offset;
}

/// Walks one document: knows where the input starts (for byte offsets) and keeps the first error.
class walker {
 public:
  walker(const char* base, std::size_t size, od::document& doc,
         std::size_t max_string_length = static_cast<std::size_t>(-1)) noexcept
      : base_(base), size_(size), max_string_length_(max_string_length), doc_(doc) {}

  /// Reads a string value (unescaped), refusing one longer than the configured limit.
  bool get_string(od::value& value, const path_node& at, std::string_view& out) noexcept {
    if (auto e = value.get_string().get(out)) return fail(e, &at);
    if (out.size() > max_string_length_) return string_too_long(value, at);
    return true;
  }
  bool string_too_long(od::value& value, const path_node& at) noexcept {
    // The value still knows where its token starts; asking only on failure keeps the hot path lean.
    return fail_at(error_code::string_too_long, &at, offset_of(value.raw_json_token().data()),
                   "longer than parser_options::max_string_length");
  }

  const error& failure() const noexcept { return error_; }

  /// A field handler's answer for a key it does not know: the value is skipped. Always true (not an error).
  bool skip_field() noexcept {
    skipped_ = true;
    return true;
  }
  /// Whether the last handler skipped its field, and forget it.
  bool take_skipped() noexcept {
    if (!skipped_) return false;  // the common case reads the flag without writing it
    skipped_ = false;
    return true;
  }
  od::document& document() noexcept { return doc_; }
  std::size_t max_string_length() const noexcept { return max_string_length_; }
  /// The whole payload as given (a byte order mark included): what offsets count from.
  std::string_view input() const noexcept { return {base_, size_}; }

  /// Byte offset of the On-Demand iterator, or error::no_offset.
  std::size_t offset() noexcept {
    const char* at = nullptr;
    if (doc_.current_location().get(at) != simdjson::SUCCESS) return error::no_offset;
    const auto distance = at - base_;
    return distance >= 0 && static_cast<std::size_t>(distance) <= size_ ? static_cast<std::size_t>(distance)
                                                                        : error::no_offset;
  }
  std::size_t offset_of(const char* at) const noexcept {
    const auto distance = at - base_;
    return distance >= 0 && static_cast<std::size_t>(distance) <= size_ ? static_cast<std::size_t>(distance)
                                                                        : error::no_offset;
  }

  /// Records an error at the iterator's position; always returns false so callers can `return w.fail(...)`.
  bool fail(error_code code, const path_node* at, std::string_view detail = {}) noexcept {
    return fail_at(code, at, offset(), detail);
  }
  bool fail_at(error_code code, const path_node* at, std::size_t offset, std::string_view detail = {}) noexcept {
    error_ = error(code, offset, detail);
    char buffer[error::max_path + 1];
    error_.with_path(render_path(at, buffer));
    return false;
  }
  bool fail(simdjson::error_code e, const path_node* at) noexcept {
    std::string_view detail;
    const error_code code = map_simdjson_error(e, detail);
    if (code == error_code::invalid_utf8) return fail_at(code, at, first_invalid_utf8(input()), detail);
    if (e == simdjson::UNCLOSED_STRING) return fail_at(code, at, first_syntax_error(input()), detail);
    return fail(code, at, detail);
  }
  /// A buffer of the parser could not grow (detail/append.hpp).
  bool out_of_memory(const path_node* at) noexcept {
    return fail(error_code::out_of_memory, at, "a buffer of the parser could not grow");
  }
  bool wrong_type(const path_node* at, std::string_view expected, json_type found,
                  error_code code = error_code::wrong_type) noexcept {
    return mismatch_at(at, expected, found, code, offset());
  }
  bool mismatch_at(const path_node* at, std::string_view expected, json_type found, error_code code, std::size_t where,
                   std::string_view detail = {}) noexcept {
    fail_at(code, at, where, detail);
    error_.with_expected(expected, found);
    return false;
  }

 private:
  const char* base_;
  std::size_t size_;
  std::size_t max_string_length_;
  od::document& doc_;
  error error_{};
  bool skipped_ = false;
};

/// The key of a field as it stands in the input, compared with the known (ASCII) keys of a provider.
/// `key == "status"` compares the key's first bytes and its closing quote with the literal's, a machine word
/// at a time: the words of the literal are constants once inlined, so no key is measured and a key that
/// differs is usually rejected by one compare. Reading whole words past the key is safe: the input is padded
/// (simdjson::SIMDJSON_PADDING), and a later word is read only when the earlier ones matched, so it starts
/// inside the key. A key with escapes matches nothing as it stands; for_each_field decodes it and asks again.
class field_key {
 public:
  /// The longest key a literal may name: a decoded key is kept to this many bytes.
  static constexpr std::size_t max_literal = 64;

  /// `raw` points just past the opening quote of a key whose closing quote follows, in a padded buffer.
  explicit field_key(const char* raw) noexcept : raw_(raw), head_(load(raw)) {}

  // Always inlined: only then are the literal's words constants (an outlined copy builds them byte by byte).
  template <std::size_t N>
  TRIAGE_ALWAYS_INLINE bool operator==(const char (&literal)[N]) const noexcept {
    static_assert(N >= 2 && N - 1 <= max_literal, "a key literal has 1 to max_literal characters");
    return (head_ & prefix_mask(N)) == quoted_word(literal, 0) && tail_equal<8>(literal);
  }
  template <std::size_t N>
  TRIAGE_ALWAYS_INLINE bool operator!=(const char (&literal)[N]) const noexcept {
    return !(*this == literal);
  }
  /// Where the key starts in the input (just past its opening quote).
  const char* raw() const noexcept { return raw_; }

 private:
  TRIAGE_ALWAYS_INLINE static std::uint64_t load(const char* at) noexcept {
    std::uint64_t word = 0;
    std::memcpy(&word, at, sizeof word);
    return word;
  }
  /// The first `bytes` bytes of a word in memory order.
  static constexpr std::uint64_t prefix_mask(std::size_t bytes) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return bytes >= 8 ? ~std::uint64_t{0} : ~(~std::uint64_t{0} >> (8 * bytes));
#else
    return bytes >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * bytes)) - 1;
#endif
  }
  /// Bytes [at, at + 8) of the literal followed by a closing quote in place of its terminating NUL, as the
  /// input would hold them; zero past the quote. A constant once inlined.
  template <std::size_t N>
  TRIAGE_ALWAYS_INLINE static std::uint64_t quoted_word(const char (&literal)[N], std::size_t at) noexcept {
    char bytes[8] = {};
    for (std::size_t k = 0; k < 8 && at + k < N; ++k) bytes[k] = at + k == N - 1 ? '"' : literal[at + k];
    return load(bytes);
  }
  template <std::size_t At, std::size_t N>
  TRIAGE_ALWAYS_INLINE bool tail_equal(const char (&literal)[N]) const noexcept {
    if constexpr (At >= N) {
      return true;
    } else {
      return (load(raw_ + At) & prefix_mask(N - At)) == quoted_word(literal, At) && tail_equal<At + 8>(literal);
    }
  }

  const char* raw_;
  std::uint64_t head_;
};

/// The text of a key with escapes decoded, for the few places that need it whole (detect.hpp) and for the
/// second look at a key with escapes (for_each_field). Non-ASCII escapes decode to a byte that matches no
/// known key, which is all a matcher needs.
class key_decoder {
 public:
  /// The decoded text of the key that starts at `raw` (just past its opening quote), followed by a closing
  /// quote: the input's own bytes when the key has no escape; otherwise at most field_key::max_literal bytes
  /// in the decoder's buffer (valid until the next call).
  std::string_view operator()(const char* raw) noexcept {
    const char* end = quote_or_escape(raw);
    if (*end == '"') return {raw, static_cast<std::size_t>(end - raw)};  // no escape: the input's own bytes
    bool in_escape = false;
    for (; in_escape || *end != '"'; ++end) in_escape = !in_escape && *end == '\\';
    const std::string_view text = decode(raw, end);
    scratch_[text.size()] = '"';
    return text;
  }
  /// True when the key that starts at `raw` has an escape before its closing quote.
  static bool has_escape(const char* raw) noexcept { return *quote_or_escape(raw) == '\\'; }

 private:
  /// The key's closing quote or its first backslash, whichever comes first.
  static const char* quote_or_escape(const char* raw) noexcept {
    while (*raw != '"' && *raw != '\\') ++raw;
    return raw;
  }
  static int hex(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  std::string_view decode(const char* p, const char* end) noexcept {
    std::size_t n = 0;
    while (p < end && n < field_key::max_literal) {
      if (*p != '\\') {
        scratch_[n++] = *p++;
        continue;
      }
      const char c = p[1];
      p += 2;
      switch (c) {
        case 'b': scratch_[n++] = '\b'; break;
        case 'f': scratch_[n++] = '\f'; break;
        case 'n': scratch_[n++] = '\n'; break;
        case 'r': scratch_[n++] = '\r'; break;
        case 't': scratch_[n++] = '\t'; break;
        case 'u': {
          int v = 0;
          for (int i = 0; i < 4 && p < end; ++i, ++p) {
            const int h = hex(*p);
            v = h < 0 ? 0x100 : v * 16 + h;
          }
          scratch_[n++] = v < 0x80 ? static_cast<char>(v) : '\xff';
          break;
        }
        default: scratch_[n++] = c; break;  // \" \\ \/
      }
    }
    return {scratch_, n};
  }

  // The decoded key, its closing quote, and room for field_key to read whole words past the quote.
  char scratch_[field_key::max_literal + 1 + 8] = {};
};

/// The value of a simdjson result where the iterator built it; the caller has checked result.error(). Not
/// get(): copying the field or element out wrote it as small stores and read it back as one wide load, which
/// the CPU cannot forward from the stores, a stall on every field and element that cost a quarter of the
/// whole parse.
template <class T>
TRIAGE_ALWAYS_INLINE T& in_place(simdjson::simdjson_result<T>& result) noexcept {
  T&& value = std::move(result).value_unsafe();
  return value;
}

/// Steps over a JSON null the caller has already seen with type(): absent values are not errors.
inline bool consume_null(walker& w, od::value& value, const path_node& at) noexcept {
  bool is_null = false;
  if (auto e = value.is_null().get(is_null)) return w.fail(e, &at);
  return true;
}

/// read_string when the value is not a string: null reads as absent, anything else is an error.
TRIAGE_NOINLINE bool read_non_string(walker& w, od::value& value, field_path field,
                                     std::optional<std::string_view>& out, simdjson::error_code first) noexcept {
  const path_node at = field;
  if (first != simdjson::INCORRECT_TYPE) return w.fail(first, &at);
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) {
    if (!consume_null(w, value, at)) return false;
    out.reset();
    return true;
  }
  return w.wrong_type(&at, "a string", to_json_type(type));
}

/// The body of read_string, for the readers that start with one.
TRIAGE_ALWAYS_INLINE bool read_string_value(walker& w, od::value& value, field_path at,
                                            std::optional<std::string_view>& out) noexcept {
  // Strings are the common case: try first, look at the type only when it is not one.
  std::string_view text;
  const auto first = value.get_string().get(text);
  if (first != simdjson::SUCCESS) return read_non_string(w, value, at, out, first);
  if (text.size() > w.max_string_length()) return w.string_too_long(value, at);
  out = text;
  return true;
}

// The readers of single values are out of line, once for all fields: a handler ends in a jump to one of them.

/// Reads a string; JSON null reads as absent. The view points into the parser's string buffer.
TRIAGE_NOINLINE bool read_string(walker& w, od::value& value, field_path at,
                                 std::optional<std::string_view>& out) noexcept {
  return read_string_value(w, value, at, out);
}

/// Reads a timestamp: the string, kept raw (timestamp::time() parses it when asked); null reads as absent.
TRIAGE_NOINLINE bool read_timestamp(walker& w, od::value& value, field_path at,
                                    std::optional<timestamp>& out) noexcept {
  std::optional<std::string_view> text;
  if (!read_string_value(w, value, at, text)) return false;
  out = text ? std::optional<timestamp>(timestamp::from(*text)) : std::nullopt;
  return true;
}

/// Reads an object as its raw JSON text (a view into the input); null reads as absent.
TRIAGE_NOINLINE bool read_raw_object(walker& w, od::value& value, field_path field,
                                     std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::object) {
    od::object object;
    if (auto e = value.get_object().get(object)) return w.fail(e, &at);
    std::string_view text;
    if (auto e = object.raw_json().get(text)) return w.fail(e, &at);
    out = text;
    return true;
  }
  if (type == od::json_type::null) {
    if (!consume_null(w, value, at)) return false;
    out.reset();
    return true;
  }
  return w.wrong_type(&at, "an object", to_json_type(type));
}

/// Reads an integer sent either as a JSON number or as a numeric string (older SDKs and some providers
/// quote their codes); null reads as absent.
TRIAGE_NOINLINE bool read_integer(walker& w, od::value& value, field_path field,
                                  std::optional<std::int64_t>& out) noexcept {
  // The common case first; a failed get_int64 leaves the value unread for the checks below.
  std::int64_t integer = 0;
  if (value.get_int64().get(integer) == simdjson::SUCCESS) {
    out = integer;
    return true;
  }
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  switch (type) {
    case od::json_type::number: {
      std::int64_t n = 0;
      const auto e = value.get_int64().get(n);
      if (e == simdjson::INCORRECT_TYPE) {
        // A fraction or exponent is the wrong kind of number; an integer beyond 64 bits is out of range.
        if (is_integer_token(value.raw_json_token())) {
          w.fail(error_code::number_out_of_range, &at, "the integer does not fit in 64 bits");
          return false;
        }
        return w.wrong_type(&at, "an integer", json_type::number, error_code::invalid_value);
      }
      if (e) return w.fail(e, &at);
      out = n;
      return true;
    }
    case od::json_type::string: {
      const std::size_t where = w.offset();
      std::string_view text;
      if (!w.get_string(value, at, text)) return false;
      std::int64_t n = 0;
      if (!parse_integer(text, n)) {
        return w.mismatch_at(&at, "an integer or a numeric string", json_type::string, error_code::invalid_value,
                             where);
      }
      out = n;
      return true;
    }
    case od::json_type::null: {
      if (!consume_null(w, value, at)) return false;
      out.reset();
      return true;
    }
    default: return w.wrong_type(&at, "an integer or a numeric string", to_json_type(type));
  }
}

/// Reads a JSON boolean; null reads as absent. The string "true" or "false" is not one (a sender that
/// quotes booleans sends another field).
TRIAGE_NOINLINE bool read_boolean(walker& w, od::value& value, field_path field, std::optional<bool>& out) noexcept {
  bool flag = false;
  if (value.get_bool().get(flag) == simdjson::SUCCESS) {
    out = flag;
    return true;
  }
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) {
    if (!consume_null(w, value, at)) return false;
    out.reset();
    return true;
  }
  return w.wrong_type(&at, "a boolean", to_json_type(type));
}

/// Reads a code that the docs send as a string but a sender may send as a JSON number: `text` is the string
/// (a view into the parser's string buffer) or the number's token (a view into the input); `number` is its
/// value when the text is an integer; `was_number` tells which JSON type it had. A number with a fraction
/// or exponent is invalid (no code has one, and its text would not compare equal to the integer's). Null
/// reads as absent.
TRIAGE_NOINLINE bool read_string_or_integer(walker& w, od::value& value, field_path field,
                                            std::optional<std::string_view>& text, std::optional<std::int64_t>& number,
                                            bool& was_number) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  switch (type) {
    case od::json_type::string: {
      std::string_view s;
      if (!w.get_string(value, at, s)) return false;
      std::int64_t n = 0;
      text = s;
      number = parse_integer(s, n) ? std::optional<std::int64_t>(n) : std::nullopt;
      was_number = false;
      return true;
    }
    case od::json_type::number: {
      const std::string_view token = trim_ascii_space(value.raw_json_token());
      std::int64_t n = 0;
      const auto e = value.get_int64().get(n);
      if (e == simdjson::INCORRECT_TYPE) {
        if (is_integer_token(token)) {
          w.fail(error_code::number_out_of_range, &at, "the integer does not fit in 64 bits");
          return false;
        }
        return w.wrong_type(&at, "a string or an integer", json_type::number, error_code::invalid_value);
      }
      if (e) return w.fail(e, &at);
      text = token;
      number = n;
      was_number = true;
      return true;
    }
    case od::json_type::null: {
      if (!consume_null(w, value, at)) return false;
      text.reset();
      number.reset();
      was_number = false;
      return true;
    }
    default: return w.wrong_type(&at, "a string or an integer", to_json_type(type));
  }
}

/// Reads any JSON value as its raw text, a view into the input: an object or array whole, a string with its
/// quotes and escapes, a number or literal token. Scalars are validated; the inside of an object or array is
/// not read (like read_raw_object). Null reads as absent. For fields whose shape the library does not
/// interpret and whose type the docs do not pin down.
TRIAGE_NOINLINE bool read_raw_value(walker& w, od::value& value, field_path field,
                                    std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto e = value.get_object().get(object)) return w.fail(e, &at);
      std::string_view text;
      if (auto e = object.raw_json().get(text)) return w.fail(e, &at);
      out = text;
      return true;
    }
    case od::json_type::array: {
      od::array array;
      if (auto e = value.get_array().get(array)) return w.fail(e, &at);
      std::string_view text;
      if (auto e = array.raw_json().get(text)) return w.fail(e, &at);
      out = text;
      return true;
    }
    case od::json_type::null: {
      if (!consume_null(w, value, at)) return false;
      out.reset();
      return true;
    }
    case od::json_type::string: {
      const std::string_view token = trim_ascii_space(value.raw_json_token());
      std::string_view unescaped;
      if (!w.get_string(value, at, unescaped)) return false;
      out = token;
      return true;
    }
    case od::json_type::number: {
      const std::string_view token = trim_ascii_space(value.raw_json_token());
      od::number n;
      if (auto e = value.get_number().get(n)) return w.fail(e, &at);
      out = token;
      return true;
    }
    case od::json_type::boolean: {
      const std::string_view token = trim_ascii_space(value.raw_json_token());
      bool b = false;
      if (auto e = value.get_bool().get(b)) return w.fail(e, &at);
      out = token;
      return true;
    }
    default: return w.wrong_type(&at, "a JSON value", to_json_type(type));
  }
}

/// The document's root object, for a provider whose payload is one object: `expected` names it in the
/// wrong_type error of a document that is an array (a scalar document never reaches a provider's parser).
inline bool read_root_object(walker& w, od::object& out, std::string_view expected) noexcept {
  const path_node root{};
  if (auto e = w.document().get_object().get(out)) {
    if (e == simdjson::INCORRECT_TYPE) return w.wrong_type(&root, expected, json_type::array);
    return w.fail(e, &root);
  }
  return true;
}

/// Gets an object out of a value; null reads as absent (present = false).
inline bool read_object(walker& w, od::value& value, const path_node& at, od::object& out, bool& present) noexcept {
  // Objects are the common case: try first (a mismatch reads nothing), look at the type only after.
  const auto first = value.get_object().get(out);
  if (first == simdjson::SUCCESS) {
    present = true;
    return true;
  }
  if (first != simdjson::INCORRECT_TYPE) return w.fail(first, &at);
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) {
    if (!consume_null(w, value, at)) return false;
    present = false;
    return true;
  }
  return w.wrong_type(&at, "an object", to_json_type(type));
}

/// Gets an array out of a value; null reads as absent (present = false).
inline bool read_array(walker& w, od::value& value, const path_node& at, od::array& out, bool& present) noexcept {
  const auto first = value.get_array().get(out);
  if (first == simdjson::SUCCESS) {
    present = true;
    return true;
  }
  if (first != simdjson::INCORRECT_TYPE) return w.fail(first, &at);
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type == od::json_type::null) {
    if (!consume_null(w, value, at)) return false;
    present = false;
    return true;
  }
  return w.wrong_type(&at, "an array", to_json_type(type));
}

/// Reads an array as its raw JSON text (a view into the input, the inside not read); null reads as absent.
TRIAGE_NOINLINE bool read_raw_array(walker& w, od::value& value, field_path field,
                                    std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  od::array array;
  bool present = false;
  if (!read_array(w, value, at, array, present)) return false;
  if (!present) {
    out.reset();
    return true;
  }
  std::string_view text;
  if (auto e = array.raw_json().get(text)) return w.fail(e, &at);
  out = text;
  return true;
}

/// Calls `on_element(item, element_at)` for each element of `array` (whose node is `at`), in order, and stops
/// at the first that fails. `count` counts the elements read, so it is the index of the next one; an element
/// past the `max_items`-th is error_code::too_many_items, at the array, with `limit_detail`.
template <class OnElement>
bool for_each_element(walker& w, od::array& array, const path_node& at, std::size_t max_items,
                      std::string_view limit_detail, std::size_t& count, OnElement&& on_element) noexcept {
  for (auto element : array) {
    const path_node element_at = at.element(count);
    if (auto e = element.error()) return w.fail(e, &element_at);
    if (count == max_items) return w.fail(error_code::too_many_items, &at, limit_detail);
    if (!on_element(in_place(element), element_at)) return false;
    ++count;
  }
  return true;
}

/// Where a string array landed in a pool: offsets, not pointers, because the pool may still grow (and move)
/// while the rest of the payload is read.
struct pool_range {
  std::size_t first = 0;
  std::size_t count = 0;
};

/// Appends the elements of an array of strings to `pool` (views into the parser's string buffer, no copy of
/// the text); null reads as absent (present = false). An element that is not a string is an error naming
/// its index; more than `max_items` elements is error_code::too_many_items with `limit_detail`.
template <class Pool>
bool read_string_array(walker& w, od::value& value, const path_node& at, Pool& pool, std::size_t max_items,
                       std::string_view limit_detail, pool_range& out, bool& present) noexcept {
  od::array array;
  if (!read_array(w, value, at, array, present)) return false;
  out = {pool.size(), 0};
  if (!present) return true;
  return for_each_element(w, array, at, max_items, limit_detail, out.count,
                          [&](od::value& item, const path_node& element_at) {
                            std::string_view text;
                            const auto e = item.get_string().get(text);
                            if (e != simdjson::SUCCESS) {
                              if (e != simdjson::INCORRECT_TYPE) return w.fail(e, &element_at);
                              od::json_type type{};
                              if (auto te = item.type().get(type)) return w.fail(te, &element_at);
                              return w.wrong_type(&element_at, "a string", to_json_type(type));
                            }
                            if (text.size() > w.max_string_length()) return w.string_too_long(item, element_at);
                            // Built from its two parts, not copied whole: the copy read `text` back from the stack as
                            // one wide load just after it was written as two small stores, the stall that in_place()
                            // avoids.
                            if (append(pool, text.data(), text.size()) == nullptr) return w.out_of_memory(&element_at);
                            return true;
                          });
}

/// A field handler with its type erased: `on_field` is the handler object, `handle` calls it.
using field_handler = bool (*)(void* on_field, field_key key, od::value& value) noexcept;

/// The loop of for_each_field, compiled once for all handlers: simdjson's iteration over an object is about
/// 1.7 KB of machine code, and a copy per handler (two dozen of them) made the walk miss the instruction cache.
TRIAGE_NOINLINE bool visit_fields(walker& w, od::object& object, const path_node& at, void* on_field,
                                  field_handler handle) noexcept {
  for (auto field_result : object) {
    if (auto e = field_result.error()) return w.fail(e, &at);
    od::field& field = in_place(field_result);
    const char* raw = field.key().raw();
    if (!handle(on_field, field_key(raw), field.value())) return false;
    if (w.take_skipped() && key_decoder::has_escape(raw)) {
      key_decoder decoded;
      const std::string_view text = decoded(raw);
      // A decoded quote would end the key early for field_key; no known key has one.
      if (text.find('"') == std::string_view::npos && !handle(on_field, field_key(text.data()), field.value())) {
        return false;
      }
      w.take_skipped();
    }
  }
  return true;
}

/// Calls `on_field(key, value)` for every field of `object`; stops at the first failure. A handler answers a
/// key it does not know with `return w.skip_field();`: if that key has escapes it is decoded and offered once
/// more, so that "\u0069d" is read as "id". Later duplicates of a key overwrite earlier ones (the handlers
/// assign), so the last occurrence wins.
template <class OnField>
bool for_each_field(walker& w, od::object& object, const path_node& at, OnField&& on_field) noexcept {
  using handler_type = std::remove_reference_t<OnField>;
  void* erased = const_cast<void*>(static_cast<const void*>(std::addressof(on_field)));
  return visit_fields(w, object, at, erased, [](void* handler, field_key key, od::value& value) noexcept -> bool {
    return (*static_cast<handler_type*>(handler))(key, value);
  });
}

/// Reads an object whose fields `on_field(key, value)` keeps where it likes (the caller resets them first):
/// null reads as absent, so nothing is read.
template <class OnField>
bool read_object_fields(walker& w, od::value& value, const path_node& at, OnField&& on_field) noexcept {
  od::object object;
  bool present = false;
  if (!read_object(w, value, at, object, present)) return false;
  return !present || for_each_field(w, object, at, std::forward<OnField>(on_field));
}

/// Reads an optional object into `out`: null or absent leaves it empty, otherwise `out` is emplaced and
/// `on_field(target, key, value)` runs for every field (the last of duplicate keys wins).
template <class T, class OnField>
bool read_optional_object(walker& w, od::value& value, const path_node& at, std::optional<T>& out,
                          OnField&& on_field) noexcept {
  od::object object;
  bool present = false;
  if (!read_object(w, value, at, object, present)) return false;
  if (!present) {
    out.reset();
    return true;
  }
  T& target = out.emplace();
  return for_each_field(w, object, at, [&](field_key key, od::value& v) { return on_field(target, key, v); });
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_JSON_HPP
