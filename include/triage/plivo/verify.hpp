#ifndef TRIAGE_PLIVO_VERIFY_HPP
#define TRIAGE_PLIVO_VERIFY_HPP

// Plivo's webhook signatures (shared/reference/plivo.md section 8). Both are the standard-base64
// HMAC-SHA256, keyed with the Auth Token's bytes; the account's token signs X-Plivo-Signature-V3/-V2, the
// main account's X-Plivo-Signature-Ma-V3/-Ma-V2 ("You can use either"). Neither signs a time: there is no
// replay window, only a random nonce, so replay protection is the receiver's (remember nonces for a while,
// and the tracker drops duplicate callbacks).
//
//  - V3 (X-Plivo-Signature-V3-Nonce), over the URL without its query, then the parameters sorted by key
//    (and value), decoded (plivo-python plivo/utils/signature_v3.py @ a0cd3237d2ce1dc46434572997f9ccf380502af0,
//    the same in plivo-go, -node, -ruby, -java, -php, -dotnet):
//      GET:  base ["?" k=v&k=v... of the query's pairs, when there are any]
//      POST: base ["?" [k=v&k=v... of the query's pairs] ["." when both] k1v1k2v2... of the body's pairs]
//    then "." nonce. The header may hold several signatures separated by ',' (every SDK accepts a match on
//    any). The body is signed; a body that is not a form cannot be.
//  - V2 (X-Plivo-Signature-V2-Nonce), over the URL without its query followed by the nonce, with no
//    separator (plivo-ruby#116): the body is NOT signed, so a captured V2 header verifies any body sent to
//    the same URL. Prefer V3 where Plivo sends it.
//
// "base" is the configured public URL (request::url) up to its '?' or '#', port included (python, go and
// node keep it; ruby and java drop it, plivo.md 8.2). The parameters are compared and signed decoded ('+'
// a space, %XX its byte); a malformed escape refuses the request rather than guess.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/text.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::plivo {

inline constexpr std::string_view v3_signature_header = "X-Plivo-Signature-V3";
inline constexpr std::string_view v3_main_account_header = "X-Plivo-Signature-Ma-V3";
inline constexpr std::string_view v3_nonce_header = "X-Plivo-Signature-V3-Nonce";
inline constexpr std::string_view v2_signature_header = "X-Plivo-Signature-V2";
inline constexpr std::string_view v2_main_account_header = "X-Plivo-Signature-Ma-V2";
inline constexpr std::string_view v2_nonce_header = "X-Plivo-Signature-V2-Nonce";

namespace verify_detail {

/// Parameters a V3 signature is computed over at most (a Plivo callback has about twenty).
inline constexpr std::size_t max_pairs = 256;
/// Signatures one header may list at most.
inline constexpr std::size_t max_signatures = 8;

/// One key=value pair as received (still form-encoded).
struct encoded_pair {
  std::string_view key;
  std::string_view value;
};

constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Whether every '%' of `text` starts a two-digit escape.
constexpr bool decodable(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') continue;
    if (i + 2 >= text.size() || hex_value(text[i + 1]) < 0 || hex_value(text[i + 2]) < 0) return false;
    i += 2;
  }
  return true;
}

/// The decoded bytes of a decodable text, one at a time.
class decoded_bytes {
 public:
  constexpr explicit decoded_bytes(std::string_view text) noexcept : text_(text) {}
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

/// The decoded texts compared bytewise (Python's sorted() of str, which is code point order = UTF-8 byte
/// order): negative, zero or positive.
constexpr int compare_decoded(std::string_view a, std::string_view b) noexcept {
  decoded_bytes x(a);
  decoded_bytes y(b);
  while (true) {
    unsigned char cx = 0;
    unsigned char cy = 0;
    const bool hx = x.next(cx);
    const bool hy = y.next(cy);
    if (!hx || !hy) return hx ? 1 : hy ? -1 : 0;
    if (cx != cy) return cx < cy ? -1 : 1;
  }
}

/// The order of the signed parameters: by key, a repeated key's values by value (the SDKs sort both).
constexpr bool before(const encoded_pair& a, const encoded_pair& b) noexcept {
  const int by_key = compare_decoded(a.key, b.key);
  return by_key != 0 ? by_key < 0 : compare_decoded(a.value, b.value) < 0;
}

/// The pairs of a form or query (split on '&', empty pieces skipped, a piece without '=' an empty value),
/// sorted. False on a malformed escape or more than max_pairs pairs.
constexpr bool sorted_pairs(std::string_view text, encoded_pair* pairs, std::size_t& count) noexcept {
  count = 0;
  while (!text.empty()) {
    const std::size_t amp = text.find('&');
    const std::string_view piece = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (piece.empty()) continue;
    const std::size_t eq = piece.find('=');
    const encoded_pair pair = {piece.substr(0, eq),
                               eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1)};
    if (!decodable(pair.key) || !decodable(pair.value) || count == max_pairs) return false;
    std::size_t at = count++;
    for (; at > 0 && before(pair, pairs[at - 1]); --at) pairs[at] = pairs[at - 1];
    pairs[at] = pair;
  }
  return true;
}

/// Feeds the decoded bytes of `text` to `mac`, in chunks.
inline void update_decoded(triage::verify_detail::hmac& mac, std::string_view text) noexcept {
  char chunk[128];
  std::size_t n = 0;
  decoded_bytes bytes(text);
  unsigned char b = 0;
  while (bytes.next(b)) {
    if (n == sizeof chunk) {
      mac.update(std::string_view(chunk, n));
      n = 0;
    }
    chunk[n++] = static_cast<char>(b);
  }
  mac.update(std::string_view(chunk, n));
}

/// The URL up to its query or fragment.
constexpr std::string_view base_of(std::string_view url) noexcept { return url.substr(0, url.find_first_of("?#")); }

/// The query of a URL: after the first '?', before any '#'.
constexpr std::string_view query_of(std::string_view url) noexcept {
  url = url.substr(0, url.find('#'));
  const std::size_t q = url.find('?');
  return q == std::string_view::npos ? std::string_view() : url.substr(q + 1);
}

/// The signatures a header lists, separated by ',' (white space around each ignored).
struct signature_list {
  std::string_view items[max_signatures];
  std::size_t size = 0;
};

/// Adds the header's signatures to `out`; false when it lists more than max_signatures in all.
constexpr bool add_signatures(std::string_view value, signature_list& out) noexcept {
  while (true) {
    const std::size_t comma = value.find(',');
    const std::string_view one = triage::detail::trim_ascii_space(value.substr(0, comma));
    if (!one.empty()) {
      if (out.size == max_signatures) return false;
      out.items[out.size++] = one;
    }
    if (comma == std::string_view::npos) return true;
    value.remove_prefix(comma + 1);
  }
}

/// The signature and main-account signature headers of a scheme, with the nonce, as a verifier needs them.
struct signed_headers {
  signature_list signatures;
  std::string_view nonce;
};

inline verify_result read_headers(const request& req, std::string_view signature_name, std::string_view main_name,
                                  std::string_view nonce_name, std::string_view missing_detail,
                                  std::string_view repeated_detail, std::string_view nonce_missing_detail,
                                  signed_headers& out) noexcept {
  const header_lookup account = req.header(signature_name);
  const header_lookup main = req.header(main_name);
  const header_lookup nonce = req.header(nonce_name);
  if (account.where == header_lookup::state::absent && main.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, missing_detail);
  }
  if (nonce.where == header_lookup::state::absent) return rejected(verify_reason::missing_header, nonce_missing_detail);
  if (account.where == header_lookup::state::repeated || main.where == header_lookup::state::repeated ||
      !nonce.present()) {
    return rejected(verify_reason::malformed_header, repeated_detail);
  }
  if (nonce.value.empty()) return rejected(verify_reason::malformed_header, "the signature nonce is empty");
  out.nonce = nonce.value;
  if ((account.present() && !add_signatures(account.value, out.signatures)) ||
      (main.present() && !add_signatures(main.value, out.signatures))) {
    return rejected(verify_reason::malformed_header, "the signature headers list too many signatures");
  }
  if (out.signatures.size == 0) return rejected(verify_reason::malformed_header, "the signature header is empty");
  return verified();
}

/// Whether the MAC, base64-encoded, is one of the listed signatures (each compared in constant time).
inline bool listed(const unsigned char (&mac)[32], const signature_list& list) noexcept {
  char encoded[triage::verify_detail::base64_encoded_size(32)];
  triage::verify_detail::encode_base64(mac, 32, encoded);
  const std::string_view expected(encoded, sizeof encoded);
  bool found = false;
  for (std::size_t i = 0; i < list.size; ++i) {
    found = triage::verify_detail::constant_time_equal(expected, list.items[i]) || found;
  }
  return found;
}

}  // namespace verify_detail

/// X-Plivo-Signature-V3 (or -Ma-V3) with X-Plivo-Signature-V3-Nonce; each secret is an Auth Token.
inline verify_result verify_v3(const request& req, span<std::string_view> secrets, const verify_options&,
                               std::int64_t) noexcept {
  namespace vd = triage::verify_detail;
  namespace pd = verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no Auth Token configured");
  pd::signed_headers headers;
  if (verify_result r = pd::read_headers(req, v3_signature_header, v3_main_account_header, v3_nonce_header,
                                         "headers X-Plivo-Signature-V3 and X-Plivo-Signature-Ma-V3 are missing",
                                         "a X-Plivo-Signature-V3 header repeats",
                                         "header X-Plivo-Signature-V3-Nonce is missing", headers);
      !r) {
    return r;
  }
  const bool get = triage::detail::equals_ignoring_ascii_case(req.method, "GET");
  if (!get && !triage::detail::equals_ignoring_ascii_case(req.method, "POST")) {
    return rejected(verify_reason::unsupported_algorithm, "Plivo signs GET and POST requests only", req.method);
  }
  pd::encoded_pair query[pd::max_pairs];
  std::size_t query_count = 0;
  const std::string_view query_text = pd::query_of(req.url);
  if (!pd::sorted_pairs(query_text, query, query_count)) {
    return rejected(verify_reason::url_mismatch, "the query is not form-encoded pairs (or has too many)", query_text);
  }
  pd::encoded_pair params[pd::max_pairs];
  std::size_t param_count = 0;
  if (!get && !pd::sorted_pairs(triage::detail::trim_ascii_space(req.body), params, param_count)) {
    return rejected(verify_reason::body_mismatch, "the body is not form-encoded pairs (or has too many)");
  }
  const std::string_view base = pd::base_of(req.url);
  for (std::string_view key : secrets) {
    vd::hmac mac(vd::digest::sha256, key);
    mac.update(base);
    if (query_count + param_count > 0) mac.update("?");
    for (std::size_t i = 0; i < query_count; ++i) {
      if (i > 0) mac.update("&");
      pd::update_decoded(mac, query[i].key);
      mac.update("=");
      pd::update_decoded(mac, query[i].value);
    }
    if (query_count > 0 && param_count > 0) mac.update(".");
    for (std::size_t i = 0; i < param_count; ++i) {
      pd::update_decoded(mac, params[i].key);
      pd::update_decoded(mac, params[i].value);
    }
    mac.update(".");
    mac.update(headers.nonce);
    unsigned char out[32];
    if (!mac.finish(out)) return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");
    if (pd::listed(out, headers.signatures)) return verified();
  }
  return rejected(verify_reason::bad_signature, "no configured Auth Token produces X-Plivo-Signature-V3");
}

/// X-Plivo-Signature-V2 (or -Ma-V2) with X-Plivo-Signature-V2-Nonce; each secret is an Auth Token. Signs
/// the URL and the nonce only, never the body.
inline verify_result verify_v2(const request& req, span<std::string_view> secrets, const verify_options&,
                               std::int64_t) noexcept {
  namespace vd = triage::verify_detail;
  namespace pd = verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no Auth Token configured");
  pd::signed_headers headers;
  if (verify_result r = pd::read_headers(req, v2_signature_header, v2_main_account_header, v2_nonce_header,
                                         "headers X-Plivo-Signature-V2 and X-Plivo-Signature-Ma-V2 are missing",
                                         "a X-Plivo-Signature-V2 header repeats",
                                         "header X-Plivo-Signature-V2-Nonce is missing", headers);
      !r) {
    return r;
  }
  const std::string_view base = pd::base_of(req.url);
  for (std::string_view key : secrets) {
    vd::hmac mac(vd::digest::sha256, key);
    mac.update(base);
    mac.update(headers.nonce);
    unsigned char out[32];
    if (!mac.finish(out)) return rejected(verify_reason::crypto_failure, "HMAC-SHA256 failed");
    if (pd::listed(out, headers.signatures)) return verified();
  }
  return rejected(verify_reason::bad_signature, "no configured Auth Token produces X-Plivo-Signature-V2");
}

inline constexpr std::array<scheme_info, 2> verify_schemes = {{
    {scheme::plivo_v3, "plivo-v3", provider::plivo, credential::shared_secret, true, &verify_v3},
    {scheme::plivo_v2, "plivo-v2", provider::plivo, credential::shared_secret, true, &verify_v2},
}};

}  // namespace triage::plivo

#endif  // TRIAGE_PLIVO_VERIFY_HPP
