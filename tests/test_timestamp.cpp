#include <triage/timestamp.hpp>

#include <chrono>

#include "catch.hpp"

namespace test_timestamp {

namespace {

std::int64_t unix_nanos(std::string_view text) {
  const auto t = triage::parse_iso8601(text);
  REQUIRE(t.has_value());
  return t->time_since_epoch().count();
}

}  // namespace

TEST_CASE("ISO-8601 timestamps with no, 3 or 6 fractional digits parse to UTC") {
  CHECK(unix_nanos("1970-01-01T00:00:00Z") == 0);
  CHECK(unix_nanos("2022-08-15T20:02:36Z") == 1660593756LL * 1000000000);
  CHECK(unix_nanos("2022-08-15T20:02:36.123Z") == 1660593756LL * 1000000000 + 123000000);
  CHECK(unix_nanos("2022-08-15T20:02:36.123456Z") == 1660593756LL * 1000000000 + 123456000);
  CHECK(unix_nanos("2022-08-15T20:02:36.123456789123Z") == 1660593756LL * 1000000000 + 123456789);
  CHECK(unix_nanos("2016-02-29t12:00:00z") == 1456747200LL * 1000000000);
}

TEST_CASE("offsets and minute-precision times parse") {
  CHECK(unix_nanos("2019-06-04T22:29:51+00:00") == unix_nanos("2019-06-04T22:29:51Z"));
  CHECK(unix_nanos("2011-04-19T15:10:08.320-05:00") == unix_nanos("2011-04-19T20:10:08.320Z"));
  CHECK(unix_nanos("2011-04-19T15:10:08+0130") == unix_nanos("2011-04-19T13:40:08Z"));
  CHECK(unix_nanos("2017-01-01T00:00Z") == unix_nanos("2017-01-01T00:00:00Z"));
  CHECK(unix_nanos("1969-12-31T23:59:59Z") == -1000000000LL);
}

TEST_CASE("malformed dates are not parsed (and are not errors)") {
  for (std::string_view bad :
       {"2023-05-05T16: 15: 40Z", "", "2023-05-05", "2023-05-05T16:15:40", "2023-13-01T00:00:00Z",
        "2023-02-29T00:00:00Z", "2023-01-01T24:00:00Z", "2023-01-01T00:00:00.Z", "2023-01-01T00:00:00Zjunk",
        "9999-01-01T00:00:00Z", "2023-01-01T00:00:00+2400", "abcd-ef-ghTij:kl:mnZ"}) {
    CAPTURE(bad);
    CHECK_FALSE(triage::parse_iso8601(bad).has_value());
  }
  const triage::timestamp kept = triage::timestamp::from("2023-05-05T16: 15: 40Z");
  CHECK(kept.raw == "2023-05-05T16: 15: 40Z");
  CHECK_FALSE(kept.time().has_value());
  CHECK(triage::timestamp::from("2022-08-15T20:02:36Z").time() == triage::parse_iso8601("2022-08-15T20:02:36Z"));
}

}  // namespace test_timestamp
