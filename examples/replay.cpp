// Replays an archive of raw callback payloads and says what to do about it: which messages to resend and
// which numbers to stop texting. Copy it as the start of a reconciliation job.
//
//   triage-replay PATH...   (files or directories of *.json / *.ndjson / *.jsonl, as the triage CLI reads them)
//
// Every callback is folded into a triage::tracker, which keeps one state per message (and recipient): the
// callbacks of one message, whatever their own ids (one per part of a multipart SMS, one per receipt),
// duplicates and late or reordered receipts are folded into the message's final word (tracker/state.hpp).
// These are the states `triage --final` prints, one line each. Then, per message:
//   resend    its state is retryable (with the provider's retry advice);
//   suppress  its state is permanent because of the recipient or compliance (invalid, deactivated, opted
//             out, blocked): the number, not the message, is the problem.

#include <triage/triage.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cli/inputs.hpp"

namespace {

/// What the replay keeps of a message's final state: its strings are copied, as a state does not outlive
/// its eviction.
struct message {
  triage::provider provider;
  std::string id;       ///< the message id of the tracker's key ("?" for a callback without one)
  std::string contact;  ///< who the message is for ("" when no callback said it)
  triage::verdict verdict;
};

message keep(const triage::message_state& s) {
  const std::optional<std::string_view> id = s.id.view(), contact = s.contact.view();
  return {s.provider, id ? std::string(*id) : std::string("?"), contact ? std::string(*contact) : std::string(),
          s.verdict};
}

/// The visitor of triage_cli::read_input: every payload into the tracker.
struct replay {
  triage::tracker& tracker;
  std::size_t payloads = 0, callbacks = 0, errors = 0;

  void payload(const triage_cli::payload_origin&, simdjson::padded_string_view json) {
    ++payloads;
    const auto folded = tracker.observe_payload(json);
    if (folded) {
      callbacks += *folded;
    } else {
      ++errors;
    }
  }
  void oversized(const triage_cli::payload_origin&, const char*) {
    ++payloads;
    ++errors;
  }
  void io_problem(const std::string& what) { std::fprintf(stderr, "triage-replay: %s\n", what.c_str()); }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: triage-replay PATH...\n");
    return 2;
  }
  std::vector<triage_cli::input> inputs;
  std::vector<std::string> problems;
  bool inputs_ok = triage_cli::expand_paths({argv + 1, argv + argc}, false, inputs, problems);
  for (const auto& p : problems) std::fprintf(stderr, "triage-replay: %s\n", p.c_str());

  // The tracker's capacity bounds memory; a state evicted to make room is judged as it goes, so every
  // message is judged exactly once (as `triage --final` writes an evicted state when it goes).
  triage::tracker tracker;
  std::vector<message> messages;
  tracker.on_eviction([&](const triage::message_state& s, bool) { messages.push_back(keep(s)); });

  replay r{tracker};
  std::vector<char> whole;
  for (const triage_cli::input& in : inputs) {
    inputs_ok = triage_cli::read_input(in, tracker.parser().options().max_document_size, whole, r) && inputs_ok;
  }

  // The states still held, in the order their messages were first seen (the order of `triage --final`).
  std::vector<const triage::message_state*> held;
  held.reserve(tracker.size());
  for (const triage::message_state& s : tracker) held.push_back(&s);
  std::sort(held.begin(), held.end(), [](const triage::message_state* a, const triage::message_state* b) {
    return a->first_arrival < b->first_arrival;
  });
  for (const triage::message_state* s : held) messages.push_back(keep(*s));

  std::set<std::string> suppress;
  std::size_t resend = 0;
  fmt::print("resend (final state retryable):\n");
  for (const message& m : messages) {
    const triage::verdict& v = m.verdict;
    if (v.outcome == triage::outcome::retryable) {
      ++resend;
      fmt::print("  {} {} to {}: {} ({}, {})\n", m.provider, m.id, m.contact.empty() ? "?" : m.contact, v.category,
                 v.retry, v.rule);
    }
    if (v.outcome == triage::outcome::permanent &&
        (v.category == triage::category::recipient || v.category == triage::category::compliance) &&
        !m.contact.empty()) {
      suppress.insert(fmt::format("{} ({}: {})", m.contact, v.category, v.rule));
    }
  }
  fmt::print("suppress (permanent: recipient or compliance):\n");
  for (const std::string& line : suppress) fmt::print("  {}\n", line);
  fmt::print(
      "{} payloads, {} callbacks ({} duplicates), {} messages, {} to resend, {} to suppress, {} unreadable "
      "payloads\n",
      r.payloads, r.callbacks, tracker.stats().duplicates, messages.size(), resend, suppress.size(), r.errors);
  return inputs_ok ? 0 : 2;
}
