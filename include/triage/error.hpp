#ifndef TRIAGE_ERROR_HPP
#define TRIAGE_ERROR_HPP

// Errors are values: what went wrong, where (field path and byte offset), and what was expected versus
// found. Nothing here allocates until message() renders the text.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "triage/detail/enum_table.hpp"

namespace triage {

enum class error_code : std::uint8_t {
  empty_input,          ///< no bytes, or only white space
  invalid_json,         ///< not well-formed JSON (syntax)
  invalid_utf8,         ///< the bytes are not valid UTF-8
  scalar_document,      ///< the payload is a JSON string, number, boolean or null
  unknown_provider,     ///< valid JSON, but no known provider's callback
  wrong_type,           ///< a known field holds a value of the wrong JSON type
  invalid_value,        ///< a known field has the right type but an unusable value
  number_out_of_range,  ///< a number does not fit the field
  trailing_content,     ///< bytes after the end of the JSON value
  document_too_large,   ///< the payload exceeds parser_options::max_document_size
  too_deep,             ///< nesting deeper than parser_options::max_depth
  too_many_items,       ///< an array exceeds its configured limit
  string_too_long,      ///< a string value exceeds parser_options::max_string_length
  out_of_memory,        ///< the parser could not allocate its buffers
  internal,             ///< an unexpected condition inside the JSON parser
};

/// One row of the error table: the code's name and the sentence message() starts with.
struct error_code_row {
  error_code value;
  std::string_view name;
  std::string_view message;
};

/// Every error code, with its text, in one table (as simdjson's error_messages).
inline constexpr error_code_row error_codes[] = {
    {error_code::empty_input, "empty_input", "empty payload"},
    {error_code::invalid_json, "invalid_json", "invalid JSON"},
    {error_code::invalid_utf8, "invalid_utf8", "invalid UTF-8"},
    {error_code::scalar_document, "scalar_document", "payload is a JSON scalar, not an object or array"},
    {error_code::unknown_provider, "unknown_provider", "not a callback of any known provider"},
    {error_code::wrong_type, "wrong_type", "wrong type"},
    {error_code::invalid_value, "invalid_value", "invalid value"},
    {error_code::number_out_of_range, "number_out_of_range", "number out of range"},
    {error_code::trailing_content, "trailing_content", "unexpected content after the JSON value"},
    {error_code::document_too_large, "document_too_large", "payload too large"},
    {error_code::too_deep, "too_deep", "nesting too deep"},
    {error_code::too_many_items, "too_many_items", "too many items"},
    {error_code::string_too_long, "string_too_long", "string too long"},
    {error_code::out_of_memory, "out_of_memory", "out of memory"},
    {error_code::internal, "internal", "internal JSON parser error"},
};
constexpr const auto& enum_table(error_code) noexcept { return error_codes; }

/// How many error codes there are, for tables indexed by error_code.
inline constexpr std::size_t error_code_count = std::size(error_codes);

/// The JSON type of a value, as far as an error needs to name it.
enum class json_type : std::uint8_t { none, object, array, string, number, boolean, null };

/// Names as a sentence needs them ("expected a string, found a number").
inline constexpr enum_name<json_type> json_type_names[] = {
    {json_type::none, "nothing"},    {json_type::object, "an object"}, {json_type::array, "an array"},
    {json_type::string, "a string"}, {json_type::number, "a number"},  {json_type::boolean, "a boolean"},
    {json_type::null, "null"}};
constexpr const auto& enum_table(json_type) noexcept { return json_type_names; }

/// A parse error. Copyable, fixed size, no heap.
class error {
 public:
  static constexpr std::size_t no_offset = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_path = 120;

  constexpr error() noexcept = default;
  error(error_code code, std::size_t offset, std::string_view detail = {}) noexcept
      : code_(code), offset_(offset), detail_(detail) {}

  error_code code() const noexcept { return code_; }
  /// Byte offset into the payload where the problem was seen, or no_offset when not known.
  std::size_t offset() const noexcept { return offset_; }
  bool has_offset() const noexcept { return offset_ != no_offset; }
  /// Dotted field path, e.g. "event_processed.action.failure.errors[0].error_code"; empty at document level.
  std::string_view path() const noexcept { return {path_, path_size_}; }
  /// What the field should have held ("a string"), for wrong_type and invalid_value; static storage.
  std::string_view expected() const noexcept { return expected_; }
  json_type found() const noexcept { return found_; }
  /// A short static explanation (e.g. "unclosed string", or the shape a payload came closest to); may be empty.
  std::string_view detail() const noexcept { return detail_; }

  error& with_expected(std::string_view expected, json_type found) noexcept {
    expected_ = expected;
    found_ = found;
    return *this;
  }
  /// Stores a copy of the path (truncated with "..." past max_path bytes).
  error& with_path(std::string_view path) noexcept {
    if (path.size() > max_path) {
      std::memcpy(path_, path.data(), max_path - 3);
      std::memcpy(path_ + max_path - 3, "...", 3);
      path_size_ = max_path;
    } else {
      std::memcpy(path_, path.data(), path.size());
      path_size_ = static_cast<std::uint8_t>(path.size());
    }
    return *this;
  }

  /// A sentence a person can act on: "event_processed.action.status: expected a string, found a number".
  /// The byte offset is not part of it: callers print offset() next to it.
  std::string message() const {
    std::string out;
    if (path_size_ != 0) {
      out.append(path_, path_size_);
      out += ": ";
    }
    out += detail::checked_enum_table<error_code>()[static_cast<std::size_t>(code_)].message;
    if (!expected_.empty()) {
      out += ": expected ";
      out += expected_;
      out += ", found ";
      out += to_string(found_);
    }
    if (!detail_.empty()) {
      out += " (";
      out += detail_;
      out += ')';
    }
    return out;
  }

 private:
  error_code code_ = error_code::internal;
  json_type found_ = json_type::none;
  std::uint8_t path_size_ = 0;
  std::size_t offset_ = no_offset;
  std::string_view expected_;
  std::string_view detail_;
  char path_[max_path] = {};
};

}  // namespace triage

#endif  // TRIAGE_ERROR_HPP
