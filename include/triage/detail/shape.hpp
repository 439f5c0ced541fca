#ifndef TRIAGE_DETAIL_SHAPE_HPP
#define TRIAGE_DETAIL_SHAPE_HPP

// How a provider is recognised: the shapes of its payloads, each a few top-level keys that it always sends
// together, with the JSON type of their values. A payload is claimed by a provider only when every key of
// one of its shapes is there with that type; one key alone is never a signature (other vendors' webhooks
// have `type`, `event`, `id`, `status`, `message`, ...). detect.hpp reads the keys and compares them.

#include <cstddef>
#include <string_view>

#include "triage/error.hpp"

namespace triage::detail {

/// A key a shape needs: its name and the JSON type of its value (json_type::none: any type). `example` is
/// a value (JSON text) that a payload of the shape holds, for a provider whose parse asks more of the value
/// than its type (a fixed string, an array that must hold an item to make a callback); detection never reads
/// it, the tests build payloads of every shape from it. Empty: any value of the type will do.
struct shape_key {
  std::string_view name;
  json_type type = json_type::none;
  std::string_view example = {};
};

/// One payload shape of a provider.
struct shape {
  static constexpr std::size_t max_keys = 4;

  /// What the shape is, for the error that names the closest provider: "a webhook envelope
  /// {service, event, payload}". Static storage.
  std::string_view description;
  shape_key keys[max_keys] = {};

  constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    while (n < max_keys && !keys[n].name.empty()) ++n;
    return n;
  }
};

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_SHAPE_HPP
