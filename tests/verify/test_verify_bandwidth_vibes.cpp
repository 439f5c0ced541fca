// Bandwidth's Basic auth with its challenge leg, and Vibes' source-address list.

#include <triage/verify.hpp>

#include <string>

#include "catch.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

owned_request basic_request(std::string authorization) {
  owned_request r;
  r.url = "https://example.com/webhooks/bandwidth";
  r.body = R"([{"type":"message-delivered"}])";
  if (!authorization.empty()) r.headers = {{"Authorization", std::move(authorization)}};
  return r;
}

// base64 of "bw-user:s3cret pass", from Python's base64.b64encode.
const std::string good = "Basic YnctdXNlcjpzM2NyZXQgcGFzcw==";

}  // namespace

TEST_CASE("Bandwidth: the first leg has no credentials and gets the challenge", "[verify][bandwidth]") {
  const auto r = run(scheme::bandwidth_basic, basic_request(""), {"bw-user:s3cret pass"}, 0);
  CHECK(r.reason == verify_reason::missing_credentials);
  CHECK(triage::bandwidth::basic_challenge("triage") == R"(Basic realm="triage")");
  CHECK(triage::bandwidth::basic_challenge("") == R"(Basic realm="")");
  CHECK(triage::bandwidth::basic_challenge("a\"b\\c\r\n") == R"(Basic realm="a\"b\\c")");
}

TEST_CASE("Bandwidth: the configured credentials, and only they, verify", "[verify][bandwidth]") {
  const triage_test::secret_list creds = {"bw-user:s3cret pass"};
  CHECK(run(scheme::bandwidth_basic, basic_request(good), creds, 0));
  CHECK(run(scheme::bandwidth_basic, basic_request("basic YnctdXNlcjpzM2NyZXQgcGFzcw== "), creds, 0));
  CHECK(run(scheme::bandwidth_basic, basic_request(good), {"old:one", "bw-user:s3cret pass"}, 0));
  // "bw-user:s3cret pas" and "bw-user:s3cret passx" (Python's base64 again).
  CHECK(run(scheme::bandwidth_basic, basic_request("Basic YnctdXNlcjpzM2NyZXQgcGFz"), creds, 0).reason ==
        verify_reason::wrong_credentials);
  CHECK(run(scheme::bandwidth_basic, basic_request("Basic YnctdXNlcjpzM2NyZXQgcGFzc3g="), creds, 0).reason ==
        verify_reason::wrong_credentials);
  CHECK(run(scheme::bandwidth_basic, basic_request("Bearer YnctdXNlcjpzM2NyZXQgcGFzcw=="), creds, 0).reason ==
        verify_reason::malformed_header);
  CHECK(run(scheme::bandwidth_basic, basic_request("Basic YnctdXNlcjpzM2NyZXQgcGFzcw"), creds, 0).reason ==
        verify_reason::bad_encoding);
  const auto r = run(scheme::bandwidth_basic, basic_request("Basic YnctdXNlcjpzM2NyZXQgcGFz"), creds, 0);
  CHECK(r.subject.empty());  // credentials, even wrong ones, are never echoed
  CHECK(run(scheme::bandwidth_basic, basic_request(good), {"no-colon"}, 0).reason == verify_reason::no_secret);
  owned_request twice = basic_request(good);
  twice.headers.emplace_back("authorization", good);
  CHECK(run(scheme::bandwidth_basic, twice, creds, 0).reason == verify_reason::malformed_header);
}

TEST_CASE("Vibes: the published US and EU callback sources, and nothing else", "[verify][vibes]") {
  for (const auto& row : triage::vibes::callback_sources) {
    const std::string address(row.cidr.substr(0, row.cidr.find('/')));
    owned_request r;
    r.remote_address = address;
    CHECK(run(scheme::vibes_source_ip, r, {}, 0));
    r.remote_address = "::ffff:" + address;
    CHECK(run(scheme::vibes_source_ip, r, {}, 0));
    CHECK(triage::vibes::is_callback_source(address));
  }
  static_assert(triage::vibes::is_callback_source("35.155.139.143"));
  static_assert(!triage::vibes::is_callback_source("35.155.139.144"));
  owned_request r;
  CHECK(run(scheme::vibes_source_ip, r, {}, 0).reason == verify_reason::address_not_allowed);
  for (const char* other : {"127.0.0.1", "35.155.139.142", "54.217.181.161", "::1", "2001:db8::1", "not an address"}) {
    r.remote_address = other;
    CHECK(run(scheme::vibes_source_ip, r, {}, 0).reason == verify_reason::address_not_allowed);
  }
}
