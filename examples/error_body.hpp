#ifndef TRIAGE_EXAMPLES_ERROR_BODY_HPP
#define TRIAGE_EXAMPLES_ERROR_BODY_HPP

// The body of a receiver's 400 answer: the parse error as one JSON object, {"error": message, "offset": n}.

#include <triage/triage.hpp>

#include <string>

namespace triage_receiver {

inline std::string error_body(const triage::error& e) {
  std::string body = R"({"error":")";
  for (char c : e.message()) {
    if (c == '"' || c == '\\') body += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) body += c;  // control bytes are dropped, not escaped
  }
  body += R"(","offset":)";
  body += e.has_offset() ? std::to_string(e.offset()) : std::string("null");
  body += "}";
  return body;
}

}  // namespace triage_receiver

#endif  // TRIAGE_EXAMPLES_ERROR_BODY_HPP
