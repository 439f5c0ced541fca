#ifndef TRIAGE_DETAIL_SCAN_HPP
#define TRIAGE_DETAIL_SCAN_HPP

// Byte scans of a whole document for what simdjson On-Demand does not report: nesting depth (On-Demand
// skips unread values without a depth limit), where an unclosed string opens (stage 1 reports the error
// without a position), and object members sent without their braces (the as-published Bird snippets).

#include <cstddef>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/error.hpp"

namespace triage::detail {

inline constexpr std::size_t never_closes = static_cast<std::size_t>(-1);

/// Index just past the string whose opening quote is at `open`, or never_closes.
constexpr std::size_t skip_string(std::string_view text, std::size_t open) noexcept {
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i + 1;
    }
  }
  return never_closes;
}

/// Offset of the first '{' or '[' that opens a level deeper than `max_depth`, or error::no_offset.
/// Brackets inside strings do not count. Called on every document, so it first rules out cheaply the
/// documents that cannot be that deep: nesting N levels takes N opening brackets and 2N bytes.
constexpr std::size_t first_too_deep(std::string_view text, std::size_t max_depth) noexcept {
  if (text.size() / 2 <= max_depth) return error::no_offset;
  // '[' | 0x20 == '{': one compare counts both. A byte-wide counter per block of constant size (it cannot
  // overflow in 128 bytes) lets the compiler vectorise the block whole, without a scalar tail per block.
  constexpr auto opens = [](char c) { return (c | 0x20) == '{'; };
  constexpr std::size_t block = 128;
  std::size_t openings = 0;
  std::size_t start = 0;
  for (; text.size() - start >= block; start += block) {
    // Once even a rest made of nothing but opening brackets could not take the count past the limit, the
    // count cannot either: the answer is the one counting to the end would give.
    if (openings + (text.size() - start) <= max_depth) return error::no_offset;
    unsigned char count = 0;
    for (std::size_t k = 0; k < block; ++k) count = static_cast<unsigned char>(count + opens(text[start + k]));
    openings += count;
  }
  // The rest in blocks of 16 (also vectorised whole), then byte by byte.
  for (; text.size() - start >= 16; start += 16) {
    unsigned char count = 0;
    for (std::size_t k = 0; k < 16; ++k) count = static_cast<unsigned char>(count + opens(text[start + k]));
    openings += count;
  }
  for (; start < text.size(); ++start) openings += opens(text[start]);
  if (openings <= max_depth) return error::no_offset;

  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"') {
      i = skip_string(text, i);
      if (i == never_closes) break;
      continue;
    }
    if (c == '{' || c == '[') {
      if (++depth > max_depth) return i;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
    ++i;
  }
  return error::no_offset;
}

/// Where a person should look when stage 1 reports an unclosed string, which it does without a position:
/// the first byte at which the text stops being JSON, found by a small tokenizer. An unbalanced quote is
/// usually a typographic quote (“) or a missing one earlier on, where the tokenizer trips; a string that
/// really runs to the end is reported at its opening quote. error::no_offset when nothing is found (or the
/// nesting exceeds what the tokenizer tracks). Only ever called for a document that already failed.
constexpr std::size_t first_syntax_error(std::string_view text) noexcept {
  enum class want { value, first_key, key, colon, after_value };
  constexpr std::size_t max_tracked = 4096;
  bool in_object[max_tracked] = {};  // per open container: object (true) or array
  std::size_t depth = 0;
  want next = want::value;
  auto literal = [&text](std::size_t at, std::string_view word) { return text.substr(at, word.size()) == word; };
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (is_ascii_space(c)) continue;
    switch (next) {
      case want::first_key:
        if (c == '}') {
          --depth;
          next = want::after_value;
          continue;
        }
        [[fallthrough]];
      case want::key: {
        if (c != '"') return i;
        const std::size_t end = skip_string(text, i);
        if (end == never_closes) return i;
        i = end - 1;
        next = want::colon;
        continue;
      }
      case want::colon:
        if (c != ':') return i;
        next = want::value;
        continue;
      case want::after_value:
        if (depth == 0) return i;  // content after the document
        if (c == ',') {
          next = in_object[depth - 1] ? want::key : want::value;
        } else if (c == (in_object[depth - 1] ? '}' : ']')) {
          --depth;
        } else {
          return i;
        }
        continue;
      case want::value:
        if (c == '{' || c == '[') {
          if (depth == max_tracked) return error::no_offset;
          in_object[depth++] = c == '{';
          next = c == '{' ? want::first_key : want::value;
          continue;
        }
        if (c == ']' && depth > 0 && !in_object[depth - 1] && text[i - 1] == '[') {  // an empty array
          --depth;
          next = want::after_value;
          continue;
        }
        if (c == '"') {
          const std::size_t end = skip_string(text, i);
          if (end == never_closes) return i;
          i = end - 1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
          while (i + 1 < text.size() &&
                 std::string_view("0123456789+-.eE").find(text[i + 1]) != std::string_view::npos) {
            ++i;
          }
        } else if (literal(i, "true") || literal(i, "null")) {
          i += 3;
        } else if (literal(i, "false")) {
          i += 4;
        } else {
          return i;
        }
        next = want::after_value;
        continue;
    }
  }
  return error::no_offset;
}

/// When the document starts with a string followed by ':', as a copied fragment of an object does
/// (`"status": "failed", ...`), the offset of that string, where the '{' is missing; otherwise
/// error::no_offset.
constexpr std::size_t member_without_braces(std::string_view text) noexcept {
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  if (i >= text.size() || text[i] != '"') return error::no_offset;
  const std::size_t key = i;
  i = skip_string(text, i);
  if (i == never_closes) return error::no_offset;
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  return i < text.size() && text[i] == ':' ? key : error::no_offset;
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_SCAN_HPP
