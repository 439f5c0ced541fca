#ifndef TRIAGE_JETSTREAM_REQUEST_VERIFIER_HPP
#define TRIAGE_JETSTREAM_REQUEST_VERIFIER_HPP

// Where webhook verification plugs into the JetStream receiver: the receiver asks its verifier about every
// request before it parses or publishes anything, and answers 401 with the verifier's reason when it says
// no. Verification itself (signatures, timestamps, secrets: `triage::verify`) is being built as its own
// target; until the receiver links it, no verifier is configured, the receiver says so at start, and every
// request goes on to the parser. Secrets come from the environment, never from the command line.

#include <triage/triage.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace triage_js {

/// A request as received, for the verifier: what a signature is computed over.
struct request_view {
  triage::provider provider{};
  std::string_view method;
  std::string_view target;  ///< path and query as received
  std::vector<std::pair<std::string_view, std::string_view>> headers;
  std::string_view body;
};

/// Returns the reason a request is rejected, or nothing when it is genuine.
using request_verifier = std::function<std::optional<std::string>(const request_view&)>;

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_REQUEST_VERIFIER_HPP
