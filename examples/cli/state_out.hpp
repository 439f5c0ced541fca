#ifndef TRIAGE_CLI_STATE_OUT_HPP
#define TRIAGE_CLI_STATE_OUT_HPP

// The fields of a message state as `triage --final` writes them, for the CLI and for the JetStream tools,
// which write the same line with another origin (examples/jetstream/state_json.hpp).

#include <triage/triage.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "json_out.hpp"

namespace triage_cli {

/// ISO-8601 UTC text of a time point: seconds, plus the fraction when there is one (trailing zeros
/// dropped), e.g. "2024-03-01T12:00:05Z", "2024-12-02T20:15:57.666Z".
inline std::string iso8601(triage::utc_time t) {
  const std::int64_t ns = t.time_since_epoch().count();
  std::int64_t seconds = ns / 1000000000;
  std::int64_t fraction = ns % 1000000000;
  if (fraction < 0) {
    fraction += 1000000000;
    --seconds;
  }
  std::int64_t days = seconds / 86400;
  std::int64_t in_day = seconds % 86400;
  if (in_day < 0) {
    in_day += 86400;
    --days;
  }
  // H. Hinnant's civil_from_days.
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  std::string out = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", year, month, day, in_day / 3600,
                                in_day / 60 % 60, in_day % 60);
  if (fraction != 0) {
    std::string digits = fmt::format("{:09}", fraction);
    digits.erase(digits.find_last_not_of('0') + 1);
    out += '.';
    out += digits;
  }
  out += 'Z';
  return out;
}

inline void time_or_null(output_buffer& out, const std::optional<triage::utc_time>& t) {
  if (t) {
    out.string(iso8601(*t));
  } else {
    out.raw("null");
  }
}

/// A state's fields from "provider" to "last_seen", the first without a leading comma. A multipart
/// message's part counts come after "deliveries", only when its callbacks said their parts.
inline void state_fields(output_buffer& out, const triage::message_state& s) {
  out.key("provider", true);
  out.string(triage::to_string(s.provider));
  out.key("id");
  out.string_or_null(s.id.view());
  out.key("recipient");
  out.string_or_null(s.contact.view());
  out.key("kind");
  out.string(s.kind);
  out.key("status");
  out.string_or_null(s.status.view());
  out.key("reason");
  out.string_or_null(s.reason.view());
  out.key("detail");
  out.string_or_null(s.detail.view());
  out.key("code");
  out.number_or_null(s.code);
  verdict_fields(out, s.verdict);
  out.key("final");
  out.raw(s.is_final() ? "true" : "false");
  out.key("callbacks");
  out.number(s.callbacks);
  out.key("duplicates");
  out.number(s.duplicates);
  out.key("failures");
  out.number(std::uint64_t{s.failures});
  out.key("deliveries");
  out.number(std::uint64_t{s.deliveries});
  if (s.parts != 0) {
    out.key("parts");
    out.number(std::uint64_t{s.parts});
    out.key("parts_delivered");
    out.number(std::uint64_t{s.parts_delivered.size()});
    out.key("parts_failed");
    out.number(std::uint64_t{s.parts_failed.size()});
  }
  out.key("first_seen");
  time_or_null(out, s.first_seen);
  out.key("last_seen");
  time_or_null(out, s.last_seen);
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_STATE_OUT_HPP
