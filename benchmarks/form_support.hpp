#ifndef TRIAGE_BENCHMARKS_FORM_SUPPORT_HPP
#define TRIAGE_BENCHMARKS_FORM_SUPPORT_HPP

// The form-encoded counterparts of the floor and the peers, for the providers that post forms:
//   form_floor - a bare split on '&' and '=' that hands each pair to the provider's walk, with its value
//                percent- and plus-decoded only when it holds an escape (into a buffer kept between calls),
//                and does nothing else: no limits, no UTF-8 check, no error offsets, no structs;
//   form_peer  - the way most services parse a form: std::string keys and values, each decoded, in a
//                std::unordered_map (the last of a repeated key wins), then looked up by name.
// A provider's benchmarks/<provider>/extract.hpp walks the same fields with both.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace triage_bench {

namespace form_detail {

constexpr int hex(char c) noexcept {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

/// Appends the decoded `text` to `out`; a malformed escape is kept as it is.
inline void decode_into(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
}

inline std::string_view trim(std::string_view body) {
  while (!body.empty() && (body.front() == ' ' || body.front() == '\n' || body.front() == '\r' || body.front() == '\t'))
    body.remove_prefix(1);
  while (!body.empty() && (body.back() == ' ' || body.back() == '\n' || body.back() == '\r' || body.back() == '\t'))
    body.remove_suffix(1);
  if (!body.empty() && body.front() == '?') body.remove_prefix(1);
  return body;
}

}  // namespace form_detail

namespace form_floor {

/// Whether `key` is one of `keys` (a provider's list of the parameters triage types).
inline bool is_one_of(std::string_view key, const std::string_view* keys, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (keys[i] == key) return true;
  }
  return false;
}

/// A decimal integer, or `none` for an empty or non-decimal text.
inline std::int64_t decimal(std::string_view text, std::int64_t none) {
  if (text.empty()) return none;
  std::int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return none;
    n = n * 10 + (c - '0');
  }
  return n;
}

/// Calls f(key, value) for each pair of `body`, keys raw (the providers' keys hold no escape), values
/// decoded into `scratch` when they hold '%' or '+'. `scratch` is reserved to the body's size once, so the
/// views handed out stay valid for the whole body.
template <class F>
void each_field(std::string_view body, std::string& scratch, F&& f) {
  body = form_detail::trim(body);
  scratch.clear();
  if (scratch.capacity() < body.size()) scratch.reserve(body.size());
  std::size_t at = 0;
  while (at <= body.size()) {
    std::size_t end = body.find('&', at);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view pair = body.substr(at, end - at);
    at = end + 1;
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    const std::string_view key = pair.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    if (value.find_first_of("%+") != std::string_view::npos) {
      const std::size_t from = scratch.size();
      form_detail::decode_into(value, scratch);
      value = std::string_view(scratch).substr(from);
    }
    f(key, value);
  }
}

}  // namespace form_floor

namespace form_peer {

using fields = std::unordered_map<std::string, std::string>;

/// Splits and decodes the whole body into a map.
inline fields parse(std::string_view body) {
  fields out;
  body = form_detail::trim(body);
  std::size_t at = 0;
  while (at <= body.size()) {
    std::size_t end = body.find('&', at);
    if (end == std::string_view::npos) end = body.size();
    const std::string pair(body.substr(at, end - at));
    at = end + 1;
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::string key, value;
    form_detail::decode_into(pair.substr(0, eq), key);
    if (eq != std::string::npos) form_detail::decode_into(std::string_view(pair).substr(eq + 1), value);
    out[key] = value;
  }
  return out;
}

inline std::string_view str(const fields& f, const std::string& key) {
  const auto it = f.find(key);
  return it == f.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace form_peer

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_FORM_SUPPORT_HPP
