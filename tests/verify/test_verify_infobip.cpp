// Infobip: the BASIC security setting of a subscription profile (shared/reference/infobip.md §9), the one
// scheme Infobip documents well enough to check. No published vector exists (no SDK verifies webhooks), so
// the credentials are made up here; base64 of "ib-user:s3cret pass" computed with coreutils base64. Its HMAC
// option is not verifiable from any available source (infobip/verify.hpp says why), so there is no scheme
// for it: these tests pin that too.

#include <triage/verify.hpp>

#include <string>

#include "catch.hpp"
#include "support.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

const std::string credentials = "ib-user:s3cret pass";
const std::string encoded = "aWItdXNlcjpzM2NyZXQgcGFzcw==";

owned_request with_authorization(std::string value) {
  owned_request r;
  r.url = "https://example.com/webhooks/infobip";
  r.body = triage_test::fixture("infobip/spec_sms_v3_delivery_report.json");
  if (!value.empty()) r.headers.emplace_back("Authorization", std::move(value));
  return r;
}

}  // namespace

TEST_CASE("Infobip: Basic credentials of the profile verify, in any header case, during a rotation",
          "[verify][infobip]") {
  const scheme s = scheme::infobip_basic;
  CHECK(triage::info(s).owner == triage::provider::infobip);
  CHECK(triage::info(s).needs == triage::credential::user_password);
  CHECK(triage::to_string(s) == "infobip-basic");
  CHECK(triage::scheme_from_string("infobip-basic") == s);
  CHECK(run(s, with_authorization("Basic " + encoded), {credentials}, 0));
  CHECK(run(s, with_authorization("basic " + encoded), {"old:password", credentials}, 0));
  owned_request lower = with_authorization("");
  lower.headers.emplace_back("authorization", "Basic " + encoded);
  CHECK(run(s, lower, {credentials}, 0));
}

TEST_CASE("Infobip: what does not verify, and why, with no secret in the texts", "[verify][infobip]") {
  const scheme s = scheme::infobip_basic;
  auto check = [&](const owned_request& r, std::initializer_list<std::string_view> secrets, verify_reason expected) {
    const triage::verify_result result = run(s, r, triage_test::secret_list(secrets), 0);
    CHECK_FALSE(result);
    CHECK(result.reason == expected);
    CHECK(std::string(result.detail).find("s3cret") == std::string::npos);
    CHECK(std::string(result.detail).find(encoded) == std::string::npos);
    return result;
  };
  // No header: not the Bandwidth challenge leg, Infobip always sends the profile's credentials.
  const auto missing = check(with_authorization(""), {credentials}, verify_reason::missing_credentials);
  CHECK(std::string(missing.detail).find("401") == std::string::npos);
  check(with_authorization("Basic " + encoded), {"ib-user:other"}, verify_reason::wrong_credentials);
  check(with_authorization("Bearer " + encoded), {credentials}, verify_reason::malformed_header);
  check(with_authorization("Basic not*base64"), {credentials}, verify_reason::bad_encoding);
  check(with_authorization("Basic " + encoded), {}, verify_reason::no_secret);
  check(with_authorization("Basic " + encoded), {"no-colon"}, verify_reason::no_secret);
  owned_request twice = with_authorization("Basic " + encoded);
  twice.headers.emplace_back("Authorization", "Basic " + encoded);
  check(twice, {credentials}, verify_reason::malformed_header);
}

TEST_CASE("Infobip: no scheme claims its undocumented HMAC option", "[verify][infobip]") {
  std::size_t infobip_schemes = 0;
  for (const triage::scheme s : triage::all_schemes) {
    if (triage::info(s).owner != triage::provider::infobip) continue;
    ++infobip_schemes;
    CHECK(triage::info(s).needs == triage::credential::user_password);
  }
  CHECK(infobip_schemes == 1);
}
