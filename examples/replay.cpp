// Replays an archive of raw callback payloads and says what to do about it: which messages to resend and
// which numbers to stop texting. Copy it as the start of a reconciliation job.
//
//   triage-replay PATH...   (files or directories of *.json / *.ndjson / *.jsonl, as the triage CLI reads them)
//
// Per message and recipient only the last callback in archive order counts (a late "delivered" cancels an
// earlier failure). Then:
//   resend    the last verdict is retryable (with the provider's retry advice);
//   suppress  the last verdict is permanent because of the recipient or compliance (invalid, deactivated,
//             opted out, blocked): the number, not the message, is the problem.

#include <triage/triage.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/inputs.hpp"

namespace {

/// Who a callback is about: the phone number where the payload has one, else the provider's person key.
std::string recipient_of(const triage::callback& cb) {
  if (const auto* b = cb.get_if<triage::bandwidth::message_callback>()) {
    if (b->to) return std::string(*b->to);
  } else if (const auto* m = cb.get_if<triage::bird::message>()) {
    if (m->receiver && !m->receiver->contacts.empty() && m->receiver->contacts[0].identifier_value) {
      return std::string(*m->receiver->contacts[0].identifier_value);
    }
  } else if (const auto* v = cb.get_if<triage::vibes::event_processed>()) {
    if (const auto* a = v->find_action()) {
      for (const auto* part : {&a->sms, &a->mms}) {
        if (*part && (*part)->person.person_key) return "person:" + std::string(*(*part)->person.person_key);
      }
    }
  }
  return "";
}

struct last_word {
  triage::verdict verdict;
  std::string rule;
};

using message_key = std::tuple<triage::provider, std::string, std::string>;  // provider, id, recipient

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: triage-replay PATH...\n");
    return 2;
  }
  std::vector<triage_cli::input> inputs;
  std::vector<std::string> problems;
  const bool paths_ok = triage_cli::expand_paths({argv + 1, argv + argc}, false, inputs, problems);
  for (const auto& p : problems) std::fprintf(stderr, "triage-replay: %s\n", p.c_str());

  triage::parser parser;
  std::map<message_key, last_word> messages;
  std::size_t payloads = 0, callbacks = 0, errors = 0;
  auto replay = [&](std::string_view payload) {
    ++payloads;
    auto batch = parser.parse(payload);
    if (!batch) {
      ++errors;
      return;
    }
    for (const triage::callback& cb : *batch) {
      ++callbacks;
      const triage::callback_fields f = cb.fields();
      if (!f.id) continue;  // nothing to resend or correlate without an id
      const triage::verdict v = triage::classify(cb);
      messages[{cb.provider(), std::string(*f.id), recipient_of(cb)}] = {v, std::string(v.rule)};
    }
  };

  std::vector<char> whole;
  for (const triage_cli::input& in : inputs) {
    std::FILE* f = in.is_stdin ? stdin : std::fopen(in.source.c_str(), "rb");
    if (f == nullptr) continue;
    if (in.ndjson) {
      triage_cli::line_reader reader(f, std::size_t{1} << 20, parser.options().max_document_size);
      std::string_view line;
      std::size_t number = 0;
      for (auto s = reader.next(line, number);
           s != triage_cli::line_reader::status::end && s != triage_cli::line_reader::status::io_error;
           s = reader.next(line, number)) {
        if (s == triage_cli::line_reader::status::too_long) {
          ++errors;
        } else if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
          replay(line);
        }
      }
    } else {
      std::size_t size = 0;
      if (triage_cli::read_whole(f, parser.options().max_document_size, whole, size) == triage_cli::read_status::ok) {
        replay(std::string_view(whole.data(), size));
      } else {
        ++errors;
      }
    }
    if (!in.is_stdin) std::fclose(f);
  }

  std::set<std::string> suppress;
  std::size_t resend = 0;
  fmt::print("resend (last verdict retryable):\n");
  for (const auto& [key, last] : messages) {
    const auto& [provider, id, recipient] = key;
    const triage::verdict& v = last.verdict;
    if (v.outcome == triage::outcome::retryable) {
      ++resend;
      fmt::print("  {} {} to {}: {} ({}, {})\n", provider, id, recipient.empty() ? "?" : recipient, v.category, v.retry,
                 last.rule);
    }
    if (v.outcome == triage::outcome::permanent &&
        (v.category == triage::category::recipient || v.category == triage::category::compliance) &&
        !recipient.empty()) {
      suppress.insert(fmt::format("{} ({}: {})", recipient, v.category, last.rule));
    }
  }
  fmt::print("suppress (permanent: recipient or compliance):\n");
  for (const std::string& line : suppress) fmt::print("  {}\n", line);
  fmt::print("{} payloads, {} callbacks, {} messages, {} to resend, {} to suppress, {} unreadable payloads\n", payloads,
             callbacks, messages.size(), resend, suppress.size(), errors);
  return paths_ok ? 0 : 2;
}
