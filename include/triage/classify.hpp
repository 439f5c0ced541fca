#ifndef TRIAGE_CLASSIFY_HPP
#define TRIAGE_CLASSIFY_HPP

// The verdict of any callback: dispatches to its provider's own table-driven classifier (the `classify`
// beside its callback type, <provider>/classify.hpp).

#include <variant>

#include "triage/callback.hpp"
#include "triage/taxonomy.hpp"

namespace triage {

inline verdict classify(const callback& c) noexcept {
  return std::visit([](const auto& typed) { return classify(typed); }, c.variant());
}

}  // namespace triage

#endif  // TRIAGE_CLASSIFY_HPP
