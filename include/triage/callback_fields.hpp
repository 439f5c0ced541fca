#ifndef TRIAGE_CALLBACK_FIELDS_HPP
#define TRIAGE_CALLBACK_FIELDS_HPP

// The provider-neutral facts of a callback: what the CLI prints and what a tracker keys on. Each provider
// says how its callbacks fill them, in `fields_of` beside its callback type (<provider>/fields.hpp).

#include <cstdint>
#include <optional>
#include <string_view>

namespace triage {

struct callback_fields {
  std::string_view kind;               ///< the provider's kind of callback, in snake_case (static storage)
  std::optional<std::string_view> id;  ///< the id of the message the callback reports on (DESIGN.md: `id`)
  std::optional<std::string_view> status;
  std::optional<std::string_view> reason;
  std::optional<std::string_view> detail;  ///< the most specific free text: a failure reason or description
  std::optional<std::int64_t> code;        ///< the provider's numeric error code
};

}  // namespace triage

#endif  // TRIAGE_CALLBACK_FIELDS_HPP
