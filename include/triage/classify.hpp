#ifndef TRIAGE_CLASSIFY_HPP
#define TRIAGE_CLASSIFY_HPP

// The verdict of any callback: dispatches to the provider's own table-driven classifier.

#include <variant>

#include "triage/bandwidth/classify.hpp"
#include "triage/bird/classify.hpp"
#include "triage/callback.hpp"
#include "triage/taxonomy.hpp"
#include "triage/vibes/classify.hpp"

namespace triage {

inline verdict classify(const callback& c) noexcept {
  return std::visit([](const auto& typed) { return classify(typed); }, c.variant());
}

}  // namespace triage

#endif  // TRIAGE_CLASSIFY_HPP
