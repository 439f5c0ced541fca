#ifndef TRIAGE_FUZZ_COMMON_HPP
#define TRIAGE_FUZZ_COMMON_HPP

// What every fuzz target does with a parsed payload: read every public fact of every callback, so that a
// wrong view, span or variant access shows up under the sanitizers.

#include <triage/triage.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace triage_fuzz {

inline std::size_t touch(std::string_view s) noexcept {
  std::size_t sum = 0;
  for (char c : s) sum += static_cast<unsigned char>(c);
  return sum;
}
inline std::size_t touch(const std::optional<std::string_view>& s) noexcept { return s ? touch(*s) : 0; }

/// Parses `data` (copied into padded memory by the parser) and reads everything; aborts on a broken
/// invariant so the fuzzer reports it.
inline void exercise(triage::parser& parser, std::string_view data, std::optional<triage::provider> known) {
  auto batch = known ? parser.parse(data, *known) : parser.parse(data);
  if (!batch) {
    const triage::error& e = batch.error();
    const std::string message = e.message();
    if (message.empty()) std::abort();
    if (e.has_offset() && e.offset() > data.size()) std::abort();
    (void)touch(e.path());
    (void)fmt::format("{}", e);
    return;
  }
  std::size_t sum = 0;
  for (const triage::callback& cb : *batch) {
    const triage::callback_fields f = cb.fields();
    sum += touch(f.kind) + touch(f.id) + touch(f.status) + touch(f.reason) + touch(f.detail);
    const triage::verdict v = triage::classify(cb);
    if (v.rule.empty()) std::abort();
    sum += touch(triage::to_string(v.outcome)) + touch(triage::to_string(v.category));
    if (const auto* bw = cb.get_if<triage::bandwidth::message_callback>()) {
      if (bw->time) sum += touch(bw->time->raw);
      if (bw->message) {
        // Spans are resolved after the whole payload is parsed: read every element.
        for (std::string_view to : bw->message->to) sum += touch(to);
        for (std::string_view url : bw->message->media) sum += touch(url);
        sum += touch(bw->message->text) + touch(bw->message->tag);
      }
    }
    if (const auto* bird = cb.get_if<triage::bird::message>()) {
      sum += touch(bird->body) + touch(bird->template_) + touch(bird->meta) + touch(bird->reason);
      for (const auto& part : bird->parts) sum += touch(part.platform_reference);
      if (bird->receiver) {
        for (const auto& contact : bird->receiver->contacts) sum += touch(contact.identifier_value);
      }
      if (bird->reason_parts) sum += touch(bird->reason_parts->details) + touch(bird->reason_parts->reason);
    }
    if (const auto* vibes = cb.get_if<triage::vibes::event_processed>()) {
      if (vibes->event_date) sum += touch(vibes->event_date->raw);
      if (vibes->event) {
        sum += touch(vibes->event->event_data) + touch(vibes->event->debug_data);
        if (const auto* action = vibes->find_action(); action && action->failure) {
          for (const auto& err : action->failure->errors) sum += touch(err.error) + touch(err.resource_url);
        }
      }
    }
  }
  if (sum == 1) std::abort();  // keeps the reads from being optimised away; never true in practice
}

}  // namespace triage_fuzz

#endif  // TRIAGE_FUZZ_COMMON_HPP
