#ifndef TRIAGE_VERIFY_ENCODING_HPP
#define TRIAGE_VERIFY_ENCODING_HPP

// Strict base64, base64url and lowercase hex, into caller buffers. OpenSSL's EVP_DecodeBlock is lax (it
// accepts padding mid-string and surrounding white space, and counts padding as bytes), and a lax decoder
// lets one signature have many spellings. These accept exactly one spelling of each byte string: the
// standard alphabet or the URL-safe one, padding as the caller requires it, and the unused bits of the last
// character zero. No white space anywhere.

#include <cstddef>
#include <string_view>

namespace triage::verify_detail {

enum class base64_alphabet : unsigned char { standard, url };
enum class base64_padding : unsigned char { required, forbidden, optional };

/// The 6-bit value of `c` in `alphabet`, or -1.
constexpr int base64_value(char c, base64_alphabet alphabet) noexcept {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (alphabet == base64_alphabet::standard) return c == '+' ? 62 : c == '/' ? 63 : -1;
  return c == '-' ? 62 : c == '_' ? 63 : -1;
}

/// Bytes that decoding `in` gives at most.
constexpr std::size_t base64_decoded_capacity(std::size_t encoded) noexcept { return encoded / 4 * 3 + 3; }

/// Decodes `in` into out[0, capacity); returns false (and leaves `size` unspecified) for anything but a
/// canonical encoding, or when the bytes do not fit.
constexpr bool decode_base64(std::string_view in, base64_alphabet alphabet, base64_padding padding, unsigned char* out,
                             std::size_t capacity, std::size_t& size) noexcept {
  std::size_t pad = 0;
  while (pad < 2 && pad < in.size() && in[in.size() - 1 - pad] == '=') ++pad;
  const std::string_view data = in.substr(0, in.size() - pad);
  const std::size_t tail = data.size() % 4;
  if (tail == 1) return false;
  if (pad != 0) {
    if (padding == base64_padding::forbidden) return false;
    if ((data.size() + pad) % 4 != 0) return false;  // padding only completes the last quantum
  } else if (tail != 0 && padding == base64_padding::required) {
    return false;
  }
  size = data.size() / 4 * 3 + (tail == 0 ? 0 : tail - 1);
  if (size > capacity) return false;
  std::size_t o = 0;
  unsigned bits = 0;
  int nbits = 0;
  for (char c : data) {
    const int v = base64_value(c, alphabet);
    if (v < 0) return false;
    bits = (bits << 6) | static_cast<unsigned>(v);
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = static_cast<unsigned char>((bits >> nbits) & 0xffu);
    }
  }
  return (bits & ((1u << nbits) - 1u)) == 0;  // the unused low bits of the last character are zero
}

/// Characters that encoding `n` bytes gives, with padding.
constexpr std::size_t base64_encoded_size(std::size_t n) noexcept { return (n + 2) / 3 * 4; }

/// Encodes in[0, n) into out (base64_encoded_size(n) characters, standard alphabet, padded).
constexpr void encode_base64(const unsigned char* in, std::size_t n, char* out) noexcept {
  constexpr std::string_view digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t o = 0;
  for (std::size_t i = 0; i < n; i += 3) {
    const unsigned a = in[i];
    const unsigned b = i + 1 < n ? in[i + 1] : 0u;
    const unsigned c = i + 2 < n ? in[i + 2] : 0u;
    const unsigned triple = (a << 16) | (b << 8) | c;
    out[o++] = digits[(triple >> 18) & 63u];
    out[o++] = digits[(triple >> 12) & 63u];
    out[o++] = i + 1 < n ? digits[(triple >> 6) & 63u] : '=';
    out[o++] = i + 2 < n ? digits[triple & 63u] : '=';
  }
}

/// Writes in[0, n) as 2n lowercase hex digits.
constexpr void encode_hex(const unsigned char* in, std::size_t n, char* out) noexcept {
  constexpr std::string_view digits = "0123456789abcdef";
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15u];
  }
}

/// Decodes exactly 2*capacity lowercase hex digits (the form MessageBird's hash claims take).
constexpr bool decode_hex_lower(std::string_view in, unsigned char* out, std::size_t capacity) noexcept {
  if (in.size() != 2 * capacity) return false;
  for (std::size_t i = 0; i < capacity; ++i) {
    int v[2] = {0, 0};
    for (int k = 0; k < 2; ++k) {
      const char c = in[2 * i + static_cast<std::size_t>(k)];
      if (c >= '0' && c <= '9') {
        v[k] = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v[k] = c - 'a' + 10;
      } else {
        return false;
      }
    }
    out[i] = static_cast<unsigned char>(v[0] * 16 + v[1]);
  }
  return true;
}

}  // namespace triage::verify_detail

#endif  // TRIAGE_VERIFY_ENCODING_HPP
