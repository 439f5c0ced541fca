#ifndef TRIAGE_VERIFY_ADDRESS_HPP
#define TRIAGE_VERIFY_ADDRESS_HPP

// IPv4 and IPv6 addresses and CIDR ranges, parsed at compile time for tables and at run time for a peer's
// address. An IPv4 address is kept as its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so that a dual-stack
// server's view of an IPv4 peer matches the IPv4 ranges.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace triage::verify_detail {

struct ip_address {
  std::array<std::uint8_t, 16> bytes{};
};

struct ip_range {
  ip_address base;
  unsigned prefix = 0;  ///< leading bits that must match, of the 128 (an IPv4 /n is 96 + n)
};

constexpr bool parse_ipv4(std::string_view text, std::uint8_t* out) noexcept {
  for (int part = 0; part < 4; ++part) {
    if (part != 0) {
      if (text.empty() || text.front() != '.') return false;
      text.remove_prefix(1);
    }
    std::size_t n = 0;
    unsigned v = 0;
    while (n < text.size() && n < 4 && text[n] >= '0' && text[n] <= '9') v = v * 10 + unsigned(text[n++] - '0');
    // No leading zeros: "010" is octal to some parsers and decimal to others.
    if (n == 0 || n > 3 || v > 255 || (n > 1 && text[0] == '0')) return false;
    out[part] = static_cast<std::uint8_t>(v);
    text.remove_prefix(n);
  }
  return text.empty();
}

constexpr int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// RFC 4291 text: eight groups, one "::", an IPv4 tail; no zone index.
constexpr bool parse_ipv6(std::string_view text, std::uint8_t* out) noexcept {
  std::uint8_t bytes[16] = {};
  std::size_t n = 0;     // bytes written
  std::size_t gap = 0;   // where "::" stands, in bytes
  bool has_gap = false;  // whether it does
  if (text.substr(0, 2) == "::") {
    has_gap = true;
    text.remove_prefix(2);
  }
  while (!text.empty()) {
    if (n == 16) return false;
    const std::size_t dot = text.find('.');
    const std::size_t colon = text.find(':');
    if (dot != std::string_view::npos && (colon == std::string_view::npos || dot < colon)) {
      if (n > 12 || !parse_ipv4(text, bytes + n)) return false;  // the IPv4 tail ends the address
      n += 4;
      text = {};
      break;
    }
    std::size_t len = 0;
    unsigned v = 0;
    while (len < text.size() && len < 5 && hex_digit(text[len]) >= 0) v = v * 16 + unsigned(hex_digit(text[len++]));
    if (len == 0 || len > 4) return false;
    bytes[n++] = static_cast<std::uint8_t>(v >> 8);
    bytes[n++] = static_cast<std::uint8_t>(v & 0xff);
    text.remove_prefix(len);
    if (text.empty()) break;
    if (text.front() != ':') return false;
    text.remove_prefix(1);
    if (!text.empty() && text.front() == ':') {
      if (has_gap) return false;
      has_gap = true;
      gap = n;
      text.remove_prefix(1);
    } else if (text.empty()) {
      return false;  // a trailing single ':'
    }
  }
  if (!has_gap) {
    if (n != 16) return false;
    gap = 16;
  } else if (n == 16) {
    return false;  // "::" must stand for at least one group
  }
  const std::size_t fill = 16 - n;
  for (std::size_t i = 0; i < 16; ++i) out[i] = 0;
  for (std::size_t i = 0; i < gap; ++i) out[i] = bytes[i];
  for (std::size_t i = gap; i < n; ++i) out[i + fill] = bytes[i];
  return true;
}

/// An address in either notation (an IPv6 one may stand in brackets, as in a URL's host).
constexpr bool parse_ip(std::string_view text, ip_address& out) noexcept {
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  out = ip_address{};
  if (text.find(':') == std::string_view::npos) {
    out.bytes[10] = 0xff;
    out.bytes[11] = 0xff;
    return parse_ipv4(text, out.bytes.data() + 12);
  }
  return parse_ipv6(text, out.bytes.data());
}

/// "a.b.c.d/n" or "x:y::z/n"; a range without "/n" is one address.
constexpr bool parse_ip_range(std::string_view text, ip_range& out) noexcept {
  const std::size_t slash = text.find('/');
  const bool v4 = text.find(':') == std::string_view::npos;
  if (!parse_ip(text.substr(0, slash), out.base)) return false;
  const unsigned max = v4 ? 32 : 128;
  unsigned prefix = max;
  if (slash != std::string_view::npos) {
    const std::string_view digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3) return false;
    prefix = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      prefix = prefix * 10 + unsigned(c - '0');
    }
    if (prefix > max) return false;
  }
  out.prefix = v4 ? prefix + 96 : prefix;
  return true;
}

constexpr bool in_range(const ip_address& a, const ip_range& r) noexcept {
  for (unsigned bit = 0; bit < r.prefix; bit += 8) {
    const unsigned bits = r.prefix - bit < 8 ? r.prefix - bit : 8;
    const auto mask = static_cast<std::uint8_t>(0xffu << (8 - bits));
    if ((a.bytes[bit / 8] & mask) != (r.base.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

}  // namespace triage::verify_detail

#endif  // TRIAGE_VERIFY_ADDRESS_HPP
