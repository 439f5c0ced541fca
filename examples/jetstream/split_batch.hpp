#ifndef TRIAGE_JETSTREAM_SPLIT_BATCH_HPP
#define TRIAGE_JETSTREAM_SPLIT_BATCH_HPP

// The bytes of each callback of a payload, so that each is published (and folded) on its own: the
// elements of a top-level JSON array (a Bandwidth batch; its parser accepts a bare event too), or the
// whole payload. The bytes are the payload's own, unchanged: no re-serialisation that could alter a
// number or an escape.

#include <simdjson.h>

#include <string_view>
#include <vector>

namespace triage_js {

/// Fills `out` with the callbacks' bytes; false when the payload's top level cannot be walked (the
/// triage parser already accepted it, so this does not happen for a payload it parsed).
inline bool split_batch(simdjson::ondemand::parser& parser, simdjson::padded_string_view payload,
                        std::vector<std::string_view>& out) {
  out.clear();
  std::size_t first = 0;
  while (first < payload.length() && (payload.data()[first] == ' ' || payload.data()[first] == '\t' ||
                                      payload.data()[first] == '\n' || payload.data()[first] == '\r')) {
    ++first;
  }
  if (first == payload.length() || payload.data()[first] != '[') {
    out.emplace_back(payload.data(), payload.length());
    return true;
  }
  simdjson::ondemand::document doc;
  if (parser.iterate(payload).get(doc) != simdjson::SUCCESS) return false;
  simdjson::ondemand::array array;
  if (doc.get_array().get(array) != simdjson::SUCCESS) return false;
  for (auto element : array) {
    simdjson::ondemand::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) return false;
    std::string_view raw;
    if (object.raw_json().get(raw) != simdjson::SUCCESS) return false;
    out.push_back(raw);
  }
  return true;
}

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_SPLIT_BATCH_HPP
