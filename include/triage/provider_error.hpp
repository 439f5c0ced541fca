#ifndef TRIAGE_PROVIDER_ERROR_HPP
#define TRIAGE_PROVIDER_ERROR_HPP

// An error a provider reports about the payload's batch as a whole, not about any one message: a system-,
// app- or account-level error that names no message id, so it is no callback and has no verdict. The
// parser keeps them on the batch (triage::batch::errors()) so that nothing the provider said is lost.

#include <cstdint>
#include <optional>
#include <string_view>

namespace triage {

struct provider_error {
  std::optional<std::int64_t> code;         ///< the provider's numeric code
  std::optional<std::string_view> title;    ///< the provider's short title
  std::optional<std::string_view> message;  ///< the provider's message text
  std::optional<std::string_view> details;  ///< the most specific text the provider gives
  std::optional<std::string_view> href;     ///< where the provider documents the code
};

}  // namespace triage

#endif  // TRIAGE_PROVIDER_ERROR_HPP
