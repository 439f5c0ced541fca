#ifndef TRIAGE_TWILIO_VERIFY_HPP
#define TRIAGE_TWILIO_VERIFY_HPP

// Twilio's X-Twilio-Signature (https://www.twilio.com/docs/usage/webhooks/webhooks-security; the SDKs'
// RequestValidator, twilio-python twilio/request_validator.py at 306691e7, twilio-node src/webhooks/webhooks.ts
// at 45d3d65a): base64(HMAC-SHA1(auth token, signed string)), where the signed string is
//   the full URL Twilio requested (scheme, optional user:pass@, host, optional port, path, query as sent; the
//   fragment, which holds Twilio's connection overrides "#rc=..", is not signed)
//   + for a form POST, every parameter sorted by name (bytewise), each name immediately followed by its value,
//     decoded; a name with several values signs each distinct value once, in sorted order (python
//     sorted(set(values)), node Array.from(new Set(v)).sort(), php array_unique + sort).
// A request whose URL query has bodySHA256 (JSON bodies: Studio, Event Streams) signs the URL alone, and the
// body must hash to it: lowercase hex SHA-256 of the raw body.
//
// Twilio is inconsistent about the port (twilio-python: "since sig generation on back end is inconsistent"),
// so, as every SDK does, the URL is tried as given and with the port changed: a URL without a port also with
// the scheme's default one (443 for https, 80 for http), a URL with a port also without it.
// With a Webhooks SharedKey (Public Beta, 2026) Twilio signs with HMAC-SHA256 instead and says so in
// X-Twilio-Webhooks-Signature-Settings (`key=..,algorithm=HMAC_SHA256`); the signed string is the same.
// Nothing time-based is signed: a captured request replays forever (dedupe on I-Twilio-Idempotency-Token).
//
// The secrets are the account's Auth Tokens (the sub-account's own for its traffic; the primary one during a
// rotation, twilio.md section 8.1). No allocation: the pairs are views sorted on the stack and decoded into
// the HMAC in small chunks.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "triage/detail/form.hpp"
#include "triage/detail/text.hpp"
#include "triage/span.hpp"
#include "triage/taxonomy.hpp"
#include "triage/verify/encoding.hpp"
#include "triage/verify/openssl.hpp"
#include "triage/verify/request.hpp"
#include "triage/verify/result.hpp"
#include "triage/verify/scheme.hpp"
#include "triage/verify/timestamp.hpp"

namespace triage::twilio {

inline constexpr std::string_view signature_header = "X-Twilio-Signature";
inline constexpr std::string_view signature_settings_header = "X-Twilio-Webhooks-Signature-Settings";
inline constexpr std::string_view content_type_header = "Content-Type";

namespace verify_detail {

/// Form parameters signed at most (parser_options::max_form_fields' default; Twilio sends about 40).
inline constexpr std::size_t max_signed_pairs = 1000;

/// One parameter of the body, form-encoded as received.
struct form_pair {
  std::string_view key;
  std::string_view value;
};

/// Whether every '%' of `text` starts a two-digit escape.
constexpr bool form_decodable(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') continue;
    if (i + 2 >= text.size() || triage::detail::hex_digit_value(text[i + 1]) < 0 ||
        triage::detail::hex_digit_value(text[i + 2]) < 0) {
      return false;
    }
    i += 2;
  }
  return true;
}

/// The decoded bytes of a form-decodable text ('+' is a space), one at a time.
class decoded_bytes {
 public:
  constexpr explicit decoded_bytes(std::string_view text) noexcept : text_(text) {}
  constexpr bool next(unsigned char& out) noexcept {
    if (at_ == text_.size()) return false;
    const char c = text_[at_];
    if (c == '%') {
      out = static_cast<unsigned char>(triage::detail::hex_digit_value(text_[at_ + 1]) * 16 +
                                       triage::detail::hex_digit_value(text_[at_ + 2]));
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

/// Two form-encoded texts compared by their decoded bytes: negative, zero or positive.
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

constexpr int compare_pairs(const form_pair& a, const form_pair& b) noexcept {
  const int keys = compare_decoded(a.key, b.key);
  return keys != 0 ? keys : compare_decoded(a.value, b.value);
}

/// The body's pairs sorted by decoded name, then value, each distinct pair once (how the SDKs sign repeated
/// names). The body is trimmed and split as detail/form.hpp reads it. False when a token holds a bad escape
/// or there are more than max_signed_pairs pairs.
constexpr bool signed_pairs(std::string_view body, form_pair* pairs, std::size_t& count) noexcept {
  count = 0;
  body = triage::detail::trim_ascii_space(body);
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view piece = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (piece.empty()) continue;
    const std::size_t eq = piece.find('=');
    const form_pair pair = {piece.substr(0, eq),
                            eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1)};
    if (!form_decodable(pair.key) || !form_decodable(pair.value)) return false;
    std::size_t at = count;
    while (at > 0 && compare_pairs(pairs[at - 1], pair) > 0) --at;
    if (at > 0 && compare_pairs(pairs[at - 1], pair) == 0) continue;  // a repeated pair signs once
    if (count == max_signed_pairs) return false;
    for (std::size_t i = count; i > at; --i) pairs[i] = pairs[i - 1];
    pairs[at] = pair;
    ++count;
  }
  return true;
}

/// Feeds the decoded bytes of a form-encoded text to `mac`, in chunks.
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

/// A URL as signed: `head` + `port` + `tail`, the port changed from the URL as given (or not).
struct url_variant {
  std::string_view head;
  std::string_view port;
  std::string_view tail;
};

/// The URL as given and, where its scheme has a default port, the other port form (twilio-python
/// add_port/remove_port, twilio-go addPort/removePort): the fragment is never part of either. `count` is 1 or 2.
constexpr void url_variants(std::string_view url, url_variant (&out)[2], std::size_t& count) noexcept {
  url = url.substr(0, url.find('#'));
  out[0] = {url, {}, {}};
  count = 1;
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return;
  const std::string_view scheme = url.substr(0, scheme_end);
  std::string_view default_port;
  if (triage::detail::equals_ignoring_ascii_case(scheme, "https")) {
    default_port = ":443";
  } else if (triage::detail::equals_ignoring_ascii_case(scheme, "http")) {
    default_port = ":80";
  } else {
    return;
  }
  const std::size_t authority = scheme_end + 3;
  std::size_t authority_end = url.find_first_of("/?", authority);
  if (authority_end == std::string_view::npos) authority_end = url.size();
  const std::string_view hostport = url.substr(authority, authority_end - authority);
  const std::size_t at = hostport.rfind('@');
  const std::size_t host_start = at == std::string_view::npos ? 0 : at + 1;
  // An IPv6 literal's colons are not a port's.
  const std::size_t bracket = hostport.rfind(']');
  const std::size_t colon = hostport.rfind(':');
  const bool has_port =
      colon != std::string_view::npos && colon >= host_start && (bracket == std::string_view::npos || colon > bracket);
  if (has_port) {
    out[1] = {url.substr(0, authority + colon), {}, url.substr(authority_end)};
  } else {
    out[1] = {url.substr(0, authority_end), default_port, url.substr(authority_end)};
  }
  count = 2;
}

/// The value of `name` in the URL's query (the first, as the SDKs' parsers keep it), or nothing.
constexpr bool query_value(std::string_view url, std::string_view name, std::string_view& out) noexcept {
  url = url.substr(0, url.find('#'));
  const std::size_t q = url.find('?');
  if (q == std::string_view::npos) return false;
  std::string_view query = url.substr(q + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view piece = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const std::size_t eq = piece.find('=');
    if (piece.substr(0, eq) != name) continue;
    out = eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1);
    return true;
  }
  return false;
}

/// The digest the settings header names: SHA-1 without it (the default scheme), SHA-256 with
/// algorithm=HMAC_SHA256 (a SharedKey). False for another algorithm.
constexpr bool settings_digest(std::string_view settings, triage::verify_detail::digest& out) noexcept {
  out = triage::verify_detail::digest::sha1;
  while (!settings.empty()) {
    const std::size_t comma = settings.find(',');
    const std::string_view item = triage::detail::trim_ascii_space(settings.substr(0, comma));
    settings = comma == std::string_view::npos ? std::string_view() : settings.substr(comma + 1);
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos || !triage::detail::equals_ignoring_ascii_case(item.substr(0, eq), "algorithm")) {
      continue;
    }
    const std::string_view algorithm = item.substr(eq + 1);
    if (triage::detail::equals_ignoring_ascii_case(algorithm, "HMAC_SHA256")) {
      out = triage::verify_detail::digest::sha256;
    } else if (!triage::detail::equals_ignoring_ascii_case(algorithm, "HMAC_SHA1")) {
      return false;
    }
  }
  return true;
}

}  // namespace verify_detail

/// X-Twilio-Signature over the URL and, for a form body, its sorted parameters; or, with bodySHA256 in the
/// query, over the URL with the body's hash checked.
inline verify_result verify_signature(const request& req, span<std::string_view> secrets, const verify_options&,
                                      std::int64_t) noexcept {
  namespace vd = triage::verify_detail;
  namespace td = triage::twilio::verify_detail;
  if (!vd::secrets_usable(secrets)) return rejected(verify_reason::no_secret, "no Auth Token configured");
  const header_lookup signature = req.header(signature_header);
  if (signature.where == header_lookup::state::absent) {
    return rejected(verify_reason::missing_header, "header X-Twilio-Signature is missing");
  }
  if (!signature.present()) return rejected(verify_reason::malformed_header, "header X-Twilio-Signature repeats");
  vd::digest digest = vd::digest::sha1;
  const header_lookup settings = req.header(signature_settings_header);
  if (settings.where == header_lookup::state::repeated) {
    return rejected(verify_reason::malformed_header, "header X-Twilio-Webhooks-Signature-Settings repeats");
  }
  if (settings.present() && !td::settings_digest(settings.value, digest)) {
    return rejected(verify_reason::unsupported_algorithm,
                    "X-Twilio-Webhooks-Signature-Settings names an algorithm other than HMAC_SHA1 or HMAC_SHA256",
                    settings.value);
  }
  unsigned char received[vd::base64_decoded_capacity(44)];
  std::size_t received_size = 0;
  if (signature.value.size() > 44 ||
      !vd::decode_base64(signature.value, vd::base64_alphabet::standard, vd::base64_padding::required, received,
                         sizeof received, received_size)) {
    return rejected(verify_reason::bad_encoding, "X-Twilio-Signature is not canonical padded base64", signature.value);
  }
  if (received_size != vd::digest_size(digest)) {
    return rejected(verify_reason::malformed_header,
                    digest == vd::digest::sha1 ? "X-Twilio-Signature is not a 20-byte HMAC-SHA1"
                                               : "X-Twilio-Signature is not a 32-byte HMAC-SHA256",
                    signature.value);
  }

  td::form_pair pairs[td::max_signed_pairs];
  std::size_t count = 0;
  std::string_view body_hash;
  if (td::query_value(req.url, "bodySHA256", body_hash)) {
    // The JSON variant: the URL alone is signed, and the body must be the one hashed there.
    unsigned char digest_bytes[32];
    if (!vd::sha256(req.body, digest_bytes)) return rejected(verify_reason::crypto_failure, "SHA-256 failed");
    char hex[64];
    vd::encode_hex(digest_bytes, 32, hex);
    if (!vd::constant_time_equal(std::string_view(hex, 64), body_hash)) {
      return rejected(verify_reason::body_mismatch, "the body's SHA-256 is not the URL's bodySHA256", body_hash);
    }
  } else if (!triage::detail::trim_ascii_space(req.body).empty()) {
    const header_lookup type = req.header(content_type_header);
    const bool declared_form =
        type.present() && triage::detail::equals_ignoring_ascii_case(
                              triage::detail::trim_ascii_space(type.value.substr(0, type.value.find(';'))),
                              "application/x-www-form-urlencoded");
    // Without a Content-Type (an archived body), a body that reads as a form is one.
    if ((declared_form || (!type.present() && triage::detail::looks_like_form(req.body))) &&
        !td::signed_pairs(req.body, pairs, count)) {
      return rejected(verify_reason::body_mismatch,
                      "the form body is not form-encoded pairs (a bad escape, or more than 1000 parameters)");
    }
  }

  td::url_variant urls[2];
  std::size_t url_count = 0;
  td::url_variants(req.url, urls, url_count);
  for (std::string_view secret : secrets) {
    for (std::size_t u = 0; u < url_count; ++u) {
      vd::hmac mac(digest, secret);
      mac.update(urls[u].head);
      mac.update(urls[u].port);
      mac.update(urls[u].tail);
      for (std::size_t i = 0; i < count; ++i) {
        td::update_decoded(mac, pairs[i].key);
        td::update_decoded(mac, pairs[i].value);
      }
      unsigned char expected[vd::max_digest_size];
      if (!mac.finish(expected)) return rejected(verify_reason::crypto_failure, "HMAC failed");
      if (vd::constant_time_equal(expected, vd::digest_size(digest), received, received_size)) return verified();
    }
  }
  return rejected(verify_reason::bad_signature,
                  "no configured Auth Token signs this URL (with or without its port) and these parameters",
                  signature.value);
}

inline constexpr std::array<scheme_info, 1> verify_schemes = {{
    {scheme::twilio_signature, "twilio-signature", provider::twilio, credential::shared_secret, true,
     &verify_signature},
}};

}  // namespace triage::twilio

#endif  // TRIAGE_TWILIO_VERIFY_HPP
