#ifndef TRIAGE_JETSTREAM_STATE_JSON_HPP
#define TRIAGE_JETSTREAM_STATE_JSON_HPP

// The value of a state in the KV bucket: the same JSON line as `triage --final` writes (examples/cli),
// field for field and in the same order, except that the last word's origin is its stream sequence
// ("seq") instead of an input file and payload index ("source", "doc"). A state read back is compared
// with `triage --final` byte for byte once those origin fields are cut (tests/jetstream).

#include <triage/triage.hpp>

#include <cstdint>
#include <string>

#include "json_out.hpp"   // triage_cli::output_buffer
#include "state_out.hpp"  // triage_cli::state_fields

namespace triage_js {

/// The state line, without its newline. The state's origin is the stream sequence of its last word.
inline std::string state_json(const triage::message_state& s) {
  triage_cli::output_buffer out(nullptr, 1024);
  out.raw('{');
  triage_cli::state_fields(out, s);
  out.key("seq");
  out.number(s.origin);
  out.raw('}');
  return std::string(out.text());
}

/// What a user does about a message whose state became final, for the decisions stream.
inline const char* decision_of(const triage::message_state& s) {
  if (s.phase != triage::phase::terminal) return nullptr;
  switch (s.verdict.outcome) {
    case triage::outcome::delivered: return "delivered";
    case triage::outcome::retryable: return "resend";
    case triage::outcome::permanent:
      // A number that will fail the same way every time: stop sending to it until something changes.
      if (s.verdict.category == triage::category::recipient || s.verdict.category == triage::category::compliance) {
        return "suppress_number";
      }
      return "hold";
    default: return "hold";  // unknown: resending risks a duplicate
  }
}

/// The decision line: the key, the action, and the verdict with its rule.
inline std::string decision_json(const triage::message_state& s, const char* action, const std::string& key) {
  triage_cli::output_buffer out(nullptr, 512);
  out.raw('{');
  out.key("key", true);
  out.string(key);
  out.key("action");
  out.string(action);
  out.key("provider");
  out.string(triage::to_string(s.provider));
  out.key("id");
  out.string_or_null(s.id.view());
  out.key("recipient");
  out.string_or_null(s.contact.view());
  triage_cli::verdict_fields(out, s.verdict);
  out.key("seq");
  out.number(s.origin);
  out.raw('}');
  return std::string(out.text());
}

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_STATE_JSON_HPP
