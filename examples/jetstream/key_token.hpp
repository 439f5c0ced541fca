#ifndef TRIAGE_JETSTREAM_KEY_TOKEN_HPP
#define TRIAGE_JETSTREAM_KEY_TOKEN_HPP

// The tracker's key of a callback as one NATS subject token and as a KV key, and its duplicate identity
// as a Nats-Msg-Id.
//
// Subject tokens may not hold '.', '*', '>' or white space, and KV keys allow only [-/_=.a-zA-Z0-9] (a
// Bandwidth recipient "+1555..." is rejected), so every byte outside [-a-zA-Z0-9] is written as _XX (hex).
// The token is <id>=<recipient>, reversible and unambiguous because '=' is never an escaped byte's output;
// a callback without an id (keyed on its own fingerprint, tracker/observation.hpp) is ==<fingerprint>.

#include <triage/triage.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace triage_js {

namespace detail {

inline void append_hex(std::string& out, std::uint64_t value, int digits) {
  static constexpr char hex[] = "0123456789ABCDEF";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xf];
}

inline void append_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (plain) {
      out += c;
    } else {
      out += '_';
      append_hex(out, static_cast<unsigned char>(c), 2);
    }
  }
}

}  // namespace detail

/// The key token of a message (and recipient), from its id: what triage-state looks up.
inline std::string key_token(std::string_view id, std::string_view recipient) {
  std::string token;
  token.reserve(id.size() + recipient.size() + 8);
  detail::append_escaped(token, id);
  token += '=';
  detail::append_escaped(token, recipient);
  return token;
}

/// The key token of the state a callback folds into.
inline std::string key_token(const triage::observation& o) {
  if (o.id) return key_token(*o.id, o.recipient);
  std::string token = "==";
  detail::append_hex(token, o.fingerprint, 16);
  return token;
}

/// The KV key of a state: <provider>.<key token>.
inline std::string state_key(triage::provider p, std::string_view token) {
  std::string key(triage::to_string(p));
  key += '.';
  key.append(token.data(), token.size());
  return key;
}

/// The callback's duplicate identity: its key and its fingerprint, which the tracker also drops on. Two
/// deliveries of one callback (a provider's retry, or ours after a lost ack) get the same id.
inline std::string message_id(triage::provider p, std::string_view token, std::uint64_t fingerprint) {
  std::string id = state_key(p, token);
  id += '.';
  detail::append_hex(id, fingerprint, 16);
  return id;
}

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_KEY_TOKEN_HPP
