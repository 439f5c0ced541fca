// libFuzzer target: the form reader (triage/detail/form.hpp). Checks, for every input:
//  - every view lies inside the input or the scratch buffer, and the scratch buffer never moved;
//  - a key or value without '%' or '+' is the input's own bytes at its offset, one with them is decoded;
//  - the fields and the error agree with a small reference decoder written here, independently (split,
//    then decode, then check UTF-8 with the JSON path's checker);
//  - the fields, encoded again (in a way the input's size picks) and read again, come back the same;
//  - looks_like_form accepts such an encoding (spaces as "%20") whenever every key is non-empty.
// The input's size picks the limits, so that small limits are hit as well as the defaults.
#include <triage/detail/form.hpp>
#include <triage/detail/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

using triage::error_code;
using triage::detail::form_field;
using triage::detail::form_limits;
using triage::detail::form_reader;

struct plain_field {
  std::string key;
  std::string value;
  std::size_t key_offset;
  std::size_t value_offset;
};

struct outcome {
  std::vector<plain_field> fields;
  bool failed = false;
  error_code code = error_code::internal;
  std::size_t offset = 0;
  std::string path;
};

void check(bool ok) {
  if (!ok) std::abort();
}

bool inside(std::string_view view, const char* begin, std::size_t size) {
  const auto b = reinterpret_cast<std::uintptr_t>(begin);
  const auto v = reinterpret_cast<std::uintptr_t>(view.data());
  return v >= b && v + view.size() <= b + size;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int hex(char c) {
  const std::string_view digits = "0123456789abcdef";
  const std::size_t at = digits.find(static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c));
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

/// The reference: one token decoded on its own, without the reader's tables or single pass.
struct token_result {
  std::string bytes;
  bool failed = false;
  error_code code = error_code::internal;
  std::size_t offset = 0;
};

token_result decode_token(std::string_view input, std::size_t begin, std::size_t end, std::size_t max_length) {
  token_result r;
  // 1. The first malformed escape.
  for (std::size_t i = begin; i < end; ++i) {
    if (input[i] == '%' && (i + 2 >= end || hex(input[i + 1]) < 0 || hex(input[i + 2]) < 0)) {
      r.failed = true;
      r.code = error_code::invalid_value;
      r.offset = i;
      return r;
    }
  }
  // 2. Decode, remembering where each decoded byte came from.
  std::vector<std::size_t> from;
  for (std::size_t i = begin; i < end;) {
    from.push_back(i);
    if (input[i] == '%') {
      r.bytes += static_cast<char>(hex(input[i + 1]) * 16 + hex(input[i + 2]));
      i += 3;
    } else {
      r.bytes += input[i] == '+' ? ' ' : input[i];
      ++i;
    }
  }
  // 3. The length, then 4. UTF-8.
  if (r.bytes.size() > max_length) {
    r.failed = true;
    r.code = error_code::string_too_long;
    r.offset = begin;
    return r;
  }
  const std::size_t bad = triage::detail::first_invalid_utf8(r.bytes);
  if (bad != triage::error::no_offset) {
    r.failed = true;
    r.code = error_code::invalid_utf8;
    r.offset = from[bad];
  }
  return r;
}

outcome reference_read(std::string_view input, const form_limits& limits) {
  outcome out;
  std::size_t begin = 0;
  std::size_t end = input.size();
  while (begin < end && is_blank(input[begin])) ++begin;
  while (end > begin && is_blank(input[end - 1])) --end;
  if (begin < end && input[begin] == '?') ++begin;
  auto fail = [&](const token_result& t, std::string path) {
    out.failed = true;
    out.code = t.code;
    out.offset = t.offset;
    out.path = std::move(path);
  };
  for (std::size_t pair = begin; pair <= end;) {
    std::size_t pair_end = input.find('&', pair);
    if (pair_end == std::string_view::npos || pair_end > end) pair_end = end;
    if (pair_end > pair) {
      if (out.fields.size() == limits.max_fields) {
        out.failed = true;
        out.code = error_code::too_many_items;
        out.offset = pair;
        return out;
      }
      std::size_t equals = input.find('=', pair);
      const bool has_value = equals != std::string_view::npos && equals < pair_end;
      if (!has_value) equals = pair_end;
      const token_result key = decode_token(input, pair, equals, limits.max_key_length);
      if (key.failed) {
        fail(key, {});
        return out;
      }
      token_result value;
      if (has_value) {
        value = decode_token(input, equals + 1, pair_end, limits.max_value_length);
        if (value.failed) {
          // error::with_path keeps a long path's first max_path - 3 bytes and "...".
          const std::size_t max = triage::error::max_path;
          fail(value, key.bytes.size() > max ? key.bytes.substr(0, max - 3) + "..." : key.bytes);
          return out;
        }
      }
      out.fields.push_back({key.bytes, value.bytes, pair, has_value ? equals + 1 : equals});
    }
    pair = pair_end + 1;
  }
  return out;
}

/// Reads `input` with the library's reader and checks the invariants that do not need the reference.
outcome library_read(std::string_view input, std::vector<char>& scratch, const form_limits& limits) {
  outcome out;
  form_reader reader(input, scratch, limits);
  check(scratch.capacity() >= input.size());
  const char* const buffer = scratch.data();
  const std::size_t capacity = scratch.capacity();
  std::vector<form_field> fields;
  form_field f;
  while (reader.next(f)) fields.push_back(f);
  check(!reader.next(f));
  check(scratch.data() == buffer && scratch.capacity() == capacity);  // the views of earlier fields are valid
  for (const form_field& field : fields) {
    for (const auto& [view, offset, is_key] :
         {std::tuple{field.key, field.key_offset, true}, std::tuple{field.value, field.value_offset, false}}) {
      check(offset <= input.size());
      check(inside(view, input.data(), input.size()) || inside(view, scratch.data(), scratch.size()));
      // The raw token: up to '&' (or '=' for a key), the end of the input or its trailing white space.
      std::size_t end = offset;
      while (end < input.size() && input[end] != '&' && !(is_key && input[end] == '=')) ++end;
      std::string_view raw = input.substr(offset, end - offset);
      while (!raw.empty() && is_blank(raw.back()) && end == input.size()) raw.remove_suffix(1);
      if (raw.find_first_of("%+") == std::string_view::npos) {
        check(view.data() == input.data() + offset && view == raw);  // zero copy
      } else {
        check(inside(view, scratch.data(), scratch.size()));
      }
    }
    out.fields.push_back({std::string(field.key), std::string(field.value), field.key_offset, field.value_offset});
  }
  check(reader.count() == fields.size());
  if (reader.failed()) {
    const triage::error& e = reader.failure();
    out.failed = true;
    out.code = e.code();
    out.offset = e.offset();
    out.path = std::string(e.path());
    check(e.has_offset() && e.offset() <= input.size());
    check(!e.message().empty());
  }
  return out;
}

bool same(const outcome& a, const outcome& b, bool offsets) {
  if (a.fields.size() != b.fields.size() || a.failed != b.failed) return false;
  for (std::size_t i = 0; i < a.fields.size(); ++i) {
    if (a.fields[i].key != b.fields[i].key || a.fields[i].value != b.fields[i].value) return false;
    if (offsets &&
        (a.fields[i].key_offset != b.fields[i].key_offset || a.fields[i].value_offset != b.fields[i].value_offset)) {
      return false;
    }
  }
  return !a.failed || (a.code == b.code && a.offset == b.offset && a.path == b.path);
}

/// Percent-encodes every byte but the unreserved ones; `style` picks '+' or "%20" for a space and the
/// case of the hex digits, and whether unreserved bytes are escaped too.
std::string encode(const std::vector<plain_field>& fields, unsigned style) {
  constexpr char upper[] = "0123456789ABCDEF";
  constexpr char lower[] = "0123456789abcdef";
  const char* digits = (style & 1) != 0 ? lower : upper;
  std::string out;
  auto put = [&](const std::string& s) {
    for (char c : s) {
      const auto b = static_cast<unsigned char>(c);
      if (c == ' ' && (style & 2) == 0) {
        out += '+';
      } else if (triage::detail::is_url_unreserved(c) && (style & 4) == 0) {
        out += c;
      } else {
        out += '%';
        out += digits[b >> 4];
        out += digits[b & 15];
      }
    }
  };
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i != 0) out += (style & 8) != 0 ? "&&" : "&";
    put(fields[i].key);
    out += '=';
    put(fields[i].value);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  form_limits limits;
  switch (size % 4) {
    case 1: limits = {3, 4, 8}; break;
    case 2: limits = {16, 16, 64}; break;
    default: break;  // the defaults
  }
  static std::vector<char> scratch;  // reused across inputs, as a service would
  const outcome got = library_read(input, scratch, limits);
  const outcome want = reference_read(input, limits);
  check(same(got, want, true));

  std::vector<char> scratch2;
  const auto style = static_cast<unsigned>(size / 4);
  const std::string again = encode(got.fields, style);
  const outcome reread = library_read(again, scratch2, limits);
  check(!reread.failed);
  outcome expected = got;
  expected.failed = false;
  check(same(reread, expected, false));

  bool named = !got.fields.empty();
  for (const plain_field& f : got.fields) named = named && !f.key.empty();
  // For detection a key's space must be "%20": looks_like_form takes no raw '+' in a key.
  if (named) check(triage::detail::looks_like_form(encode(got.fields, style | 2)));
  return 0;
}
