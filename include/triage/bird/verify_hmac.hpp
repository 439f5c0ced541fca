#ifndef TRIAGE_BIRD_VERIFY_HMAC_HPP
#define TRIAGE_BIRD_VERIFY_HMAC_HPP

// MessageBird's deprecated scheme, for accounts that still receive it: MessageBird-Signature is the base64
// HMAC-SHA256, keyed with the signing key's bytes, of
//   MessageBird-Request-Timestamp + "\n" + canonical query + "\n" + SHA256(body)     (the raw digest)
// where the canonical query is the request's query decoded and re-encoded as Go's url.Values.Encode() does
// (messagebird/go-rest-api signature/signature.go): pairs sorted by key (stable, so a repeated key keeps its
// values' order), each part form-encoded (space as '+', every byte but A-Z a-z 0-9 - _ . ~ as %XX).
// The scheme signs neither the host nor the path nor the method: only the query and the body. The SDKs'
// windows differ (Go +-2.5 s, others 10 s into the past only); options.window applies both ways.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/span.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::bird {

inline constexpr std::string_view hmac_signature_header = "MessageBird-Signature";
inline constexpr std::string_view hmac_timestamp_header = "MessageBird-Request-Timestamp";

namespace verify_detail {

/// Query pairs a canonical query is built from at most (MessageBird's status reports carry about ten).
inline constexpr std::size_t max_query_pairs = 128;

struct query_pair {
  std::string_view key;    ///< form-encoded, as received
  std::string_view value;  ///< form-encoded, as received
};

constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Whether every '%' of `text` starts a two-digit escape (what url.QueryUnescape accepts).
constexpr bool form_decodable(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') continue;
    if (i + 2 >= text.size() || hex_value(text[i + 1]) < 0 || hex_value(text[i + 2]) < 0) return false;
    i += 2;
  }
  return true;
}

/// The decoded bytes of a form-decodable text, one at a time.
class form_bytes {
 public:
  constexpr explicit form_bytes(std::string_view text) noexcept : text_(text) {}
  constexpr bool next(unsigned char& out) noexcept {
    if (at_ == text_.size()) return false;
    const char c = text_[at_];
    if (c == '%') {
      out = static_cast<unsigned char>(hex_value(text_[at_ + 1]) * 16 + hex_value(text_[at_ + 2]));
      at_ += 3;
    } else {
      out = static_cast<unsigned char>(c == '+' ? ' ' : c);
      ++at_;
    }
    return true;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

/// The decoded keys compared bytewise (Go's sort.Strings): negative, zero or positive.
constexpr int compare_decoded(std::string_view a, std::string_view b) noexcept {
  form_bytes x(a);
  form_bytes y(b);
  while (true) {
    unsigned char cx = 0;
    unsigned char cy = 0;
    const bool hx = x.next(cx);
    const bool hy = y.next(cy);
    if (!hx || !hy) return hx ? 1 : hy ? -1 : 0;
    if (cx != cy) return cx < cy ? -1 : 1;
  }
}

/// Splits `query` into pairs as url.ParseQuery does, then sorts them stably by decoded key. False when a
/// pair holds ';' or a bad escape (Go drops those pairs; a verifier refuses the request instead), or when
/// there are more than max_query_pairs.
constexpr bool canonical_pairs(std::string_view query, query_pair* pairs, std::size_t& count) noexcept {
  count = 0;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    std::string_view piece = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (piece.find(';') != std::string_view::npos) return false;
    if (piece.empty()) continue;
    const std::size_t eq = piece.find('=');
    const query_pair pair = {piece.substr(0, eq),
                             eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1)};
    if (!form_decodable(pair.key) || !form_decodable(pair.value) || count == max_query_pairs) return false;
    std::size_t at = count++;
    for (; at > 0 && compare_decoded(pairs[at - 1].key, pair.key) > 0; --at) pairs[at] = pairs[at - 1];
    pairs[at] = pair;
  }
  return true;
}

/// Feeds the form encoding (url.QueryEscape) of a form-encoded text's decoded bytes to `mac`.
inline void update_escaped(triage::verify_detail::hmac& mac, std::string_view text) noexcept {
  constexpr std::string_view hex = "0123456789ABCDEF";
  char chunk[96];
  std::size_t n = 0;
  form_bytes bytes(text);
  unsigned char b = 0;
  while (bytes.next(b)) {
    if (n + 3 > sizeof chunk) {
      mac.update(std::string_view(chunk, n));
      n = 0;
    }
    const bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' ||
                            b == '_' || b == '.' || b == '~';
    if (unreserved) {
      chunk[n++] = static_cast<char>(b);
    } else if (b == ' ') {
      chunk[n++] = '+';
    } else {
      chunk[n++] = '%';
      chunk[n++] = hex[b >> 4];
      chunk[n++] = hex[b & 15u];
    }
  }
  mac.update(std::string_view(chunk, n));
}

/// The query of a URL: after the first '?', before any '#'.
constexpr std::string_view query_of(std::string_view url) noexcept {
  const std::size_t hash = url.find('#');
  url = url.substr(0, hash);
  const std::size_t q = url.find('?');
  return q == std::string_view::npos ? std::string_view() : url.substr(q + 1);
}

}  // namespace verify_detail

inline verify_result verify_messagebird_hmac(const request& req, span<std::string_view> secrets,
                                             const verify_options& options, std::int64_t now) noexcept {
  namespace vd = triage::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no signing key configured");
  const header_lookup signature = req.header(hmac_signature_header);
  const header_lookup timestamp = req.header(hmac_timestamp_header);
  if (signature.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header MessageBird-Signature is missing");
  }
  if (timestamp.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header MessageBird-Request-Timestamp is missing");
  }
  if (!signature.present() || !timestamp.present()) {
    return rejected(verify_reason::malformed_header, "a MessageBird-Signature header repeats");
  }
  std::int64_t signed_at = 0;
  if (!vd::parse_unix_seconds(timestamp.value, signed_at)) {
    return rejected(verify_reason::malformed_header, "MessageBird-Request-Timestamp is not unix seconds",
                    timestamp.value);
  }
  if (verify_result r = vd::check_window(
          signed_at, now, options.window, "MessageBird-Request-Timestamp is later than the window allows",
          "MessageBird-Request-Timestamp is older than the window allows", timestamp.value);
      !r) {
    return r;
  }
  unsigned char received[vd::base64_decoded_capacity(44)];
  std::size_t received_size = 0;
  if (!vd::decode_base64(signature.value, vd::base64_alphabet::standard, vd::base64_padding::required, received,
                         sizeof received, received_size)) {
    return rejected(verify_reason::bad_encoding, "MessageBird-Signature is not canonical padded base64",
                    signature.value);
  }
  if (received_size != 32) {
    return rejected(verify_reason::malformed_header, "MessageBird-Signature is not a 32-byte HMAC-SHA256",
                    signature.value);
  }
  verify_detail::query_pair pairs[verify_detail::max_query_pairs];
  std::size_t count = 0;
  const std::string_view query = verify_detail::query_of(req.url);
  if (!verify_detail::canonical_pairs(query, pairs, count)) {
    return rejected(verify_reason::url_mismatch, "the query is not form-encoded pairs (or has too many)", query);
  }
  unsigned char body_hash[32];
  if (!vd::sha256(req.body, body_hash)) return rejected(verify_reason::crypto_failure, "SHA-256 failed");
  for (std::string_view key : secrets) {
    vd::hmac mac(vd::digest::sha256, key);
    mac.update(timestamp.value);
    mac.update("\n");
    for (std::size_t i = 0; i < count; ++i) {
      if (i != 0) mac.update("&");
      verify_detail::update_escaped(mac, pairs[i].key);
      mac.update("=");
      verify_detail::update_escaped(mac, pairs[i].value);
    }
    mac.update("\n");
    mac.update(body_hash, 32);
    unsigned char expected[32];
    if (!mac.finish(expected)) return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");
    if (vd::constant_time_equal(expected, 32, received, received_size)) return verified();
  }
  return rejected(verify_reason::bad_signature, "no configured signing key signs this timestamp, query and body",
                  signature.value);
}

}  // namespace triage::bird

#endif  // TRIAGE_BIRD_VERIFY_HMAC_HPP
