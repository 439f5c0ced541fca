// Telnyx API v2: telnyx-signature-ed25519 over telnyx-timestamp|body, with the key pairs Telnyx's SDKs
// publish in their webhook tests (shared/reference/telnyx.md §8: no SDK publishes a fixed signature, they sign
// at run time, so the signatures here were computed with `openssl pkeyutl -sign -rawin` from the published
// private keys, and match the reference's, which it checked with Python's cryptography), and a key pair made
// with `openssl genpkey -algorithm ed25519` for a whole webhook (the .NET SDK example's bytes, CRLF kept).

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

owned_request signed_request(std::string body, std::string timestamp, std::string signature) {
  owned_request r;
  r.url = "https://example.com/webhooks/telnyx";
  r.body = std::move(body);
  if (!signature.empty()) r.headers.emplace_back("telnyx-signature-ed25519", std::move(signature));
  if (!timestamp.empty()) r.headers.emplace_back("telnyx-timestamp", std::move(timestamp));
  return r;
}

// telnyx-java telnyx-lib/src/test/kotlin/com/telnyx/sdk/lib/WebhookVerificationTest.kt @ 2f92ae1d: its test
// key pair and payload; signed at 1234567890.
const std::string java_public_key = "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=";
const std::string java_body = R"({"event_type":"test","id":"abc123"})";
const std::string java_signature =
    "5MPghQ2ZsyXixnvwbw3UbusrH29Ai6V/gUuuLDkPot+uYRdlrbgbVHZbB140dQOTmHlpc6BV27dMTqJO0A8HCA==";
// telnyx-php tests/Services/WebhooksTest.php @ 5506db66: its TEST_PUBLIC_KEY, TEST_SECRET_KEY and payload.
const std::string php_public_key = "+7E99DXiiQXvceNX4nHm3Lbm5mqPWad5RhDr2ufuCik=";
const std::string php_body = R"({"data":{"event_type":"message.received","id":"test-123"}})";
const std::string php_signature =
    "0YjSOoYFQ5YOXSz2JXEsmYVQ05kjTxFnvD0PcJEhuldkVrTNcb/JjHwMB+Zhbcp527E0SDnGvz3GsAOPeZleBw==";
// Ours (openssl genpkey; seed tGq5kGs4uBP0RKvW4t4GJi9tag3otVeHjkcZcEGziLQ=): the .NET fixture, signed at
// 1765000000. The receiver's test signs with the same seed.
const std::string own_public_key = "9TOoQQ17DQ6dOVxTHRHm0TzYyv2Q4rw5QPZpgUnxtpc=";
const std::string own_signature =
    "oHXP4YF7ce4e/ABKsceglRna/vY03flp/VFd/6Bfeassz6cT8yYCPj438HUoT2duFcTFgKW3v0dSXBvulA2EDA==";
constexpr std::int64_t signed_at = 1234567890;

}  // namespace

TEST_CASE("Telnyx: the SDKs' key pairs verify their payloads", "[verify][telnyx]") {
  CHECK(run(scheme::telnyx_signature_ed25519, signed_request(java_body, "1234567890", java_signature),
            {java_public_key}, signed_at));
  CHECK(run(scheme::telnyx_signature_ed25519, signed_request(php_body, "1234567890", php_signature), {php_public_key},
            signed_at));
  const std::string fixture = triage_test::fixture("telnyx/sdk_dotnet_message_finalized_delivered.json");
  REQUIRE(fixture.size() == 1487);
  CHECK(run(scheme::telnyx_signature_ed25519, signed_request(fixture, "1765000000", own_signature), {own_public_key},
            1765000000 + 299));
  // Header names in any case; a rotation's second key; a configured value that is no key is passed over.
  owned_request upper = signed_request(java_body, "", "");
  upper.headers = {{"Telnyx-Signature-Ed25519", java_signature}, {"Telnyx-Timestamp", "1234567890"}};
  CHECK(run(scheme::telnyx_signature_ed25519, upper, {"not a key", php_public_key, java_public_key}, signed_at));
  CHECK(triage::to_string(scheme::telnyx_signature_ed25519) == "telnyx-signature-ed25519");
  CHECK(triage::info(scheme::telnyx_signature_ed25519).owner == triage::provider::telnyx);
  CHECK_FALSE(triage::info(scheme::telnyx_signature_ed25519).signs_url);
}

TEST_CASE("Telnyx: what does not verify, and why", "[verify][telnyx]") {
  const scheme s = scheme::telnyx_signature_ed25519;
  auto reason = [&](const owned_request& r, std::initializer_list<std::string_view> keys, std::int64_t now) {
    return run(s, r, triage_test::secret_list(keys), now).reason;
  };
  const owned_request good = signed_request(java_body, "1234567890", java_signature);
  // The body plus a newline, another timestamp, another account's key: a bad signature.
  CHECK(reason(signed_request(java_body + "\n", "1234567890", java_signature), {java_public_key}, signed_at) ==
        verify_reason::bad_signature);
  CHECK(reason(signed_request(java_body, "1234567891", java_signature), {java_public_key}, signed_at) ==
        verify_reason::bad_signature);
  CHECK(reason(good, {php_public_key}, signed_at) == verify_reason::bad_signature);
  // A flipped bit of the signature.
  std::string flipped = java_signature;
  flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
  CHECK(reason(signed_request(java_body, "1234567890", flipped), {java_public_key}, signed_at) ==
        verify_reason::bad_signature);
  // The window: 300 s either way by default, as Telnyx's SDKs; the real clock is far past 1234567890.
  CHECK(reason(good, {java_public_key}, signed_at + 300) == verify_reason::valid);
  CHECK(reason(good, {java_public_key}, signed_at - 300) == verify_reason::valid);
  CHECK(reason(good, {java_public_key}, signed_at + 301) == verify_reason::expired);
  CHECK(reason(good, {java_public_key}, signed_at - 301) == verify_reason::not_yet_valid);
  CHECK(reason(good, {java_public_key}, 1765000000) == verify_reason::expired);
  triage::verify_options wide;
  wide.window = 600;
  CHECK(run(s, good, {java_public_key}, signed_at + 599, wide));
  // Headers missing, repeated or malformed.
  CHECK(reason(signed_request(java_body, "1234567890", ""), {java_public_key}, signed_at) ==
        verify_reason::missing_header);
  CHECK(reason(signed_request(java_body, "", java_signature), {java_public_key}, signed_at) ==
        verify_reason::missing_header);
  owned_request twice = good;
  twice.headers.emplace_back("telnyx-timestamp", "1234567890");
  CHECK(reason(twice, {java_public_key}, signed_at) == verify_reason::malformed_header);
  CHECK(reason(signed_request(java_body, "1234567890.0", java_signature), {java_public_key}, signed_at) ==
        verify_reason::malformed_header);
  CHECK(reason(signed_request(java_body, "-1234567890", java_signature), {java_public_key}, signed_at) ==
        verify_reason::malformed_header);
  CHECK(reason(signed_request(java_body, "1234567890", java_signature.substr(0, 86)), {java_public_key}, signed_at) ==
        verify_reason::bad_encoding);
  CHECK(reason(signed_request(java_body, "1234567890", "c2lnbmF0dXJl"), {java_public_key}, signed_at) ==
        verify_reason::bad_encoding);
  // No key, an empty one, or none that is a key: fail closed.
  CHECK(reason(good, {}, signed_at) == verify_reason::no_secret);
  CHECK(reason(good, {""}, signed_at) == verify_reason::no_secret);
  CHECK(reason(good, {"whsec_abc", "AAAA"}, signed_at) == verify_reason::no_secret);
  // A key must be 32 bytes: the 64-byte PHP secret key is no public key.
  CHECK(reason(good, {"p68GNpDl9oAQohBiK0MEOFIjxnoFnz0uGGeJqxQ5PSb7sT30NeKJBe9x41ficebctubmao9Zp3lGEOva5+4KKQ=="},
               signed_at) == verify_reason::no_secret);
  // No detail names a key.
  const triage::verify_result r = run(s, good, {php_public_key}, signed_at);
  CHECK(std::string(r.detail).find(php_public_key) == std::string::npos);
}

TEST_CASE("Telnyx: a body larger than the inline buffer verifies too", "[verify][telnyx]") {
  // 64 KiB of 'x' signed at 1234567890 with our key (openssl pkeyutl -sign -rawin): the heap path.
  const std::string large(64 * 1024, 'x');
  const std::string large_signature =
      "RXuSkb6dV4sTHf98sPMxAHtPv0Cm6FOOXoD1ZkVJcGimOlA/AMJBIMh8NiRni0nBuMXdTrQLzYrFHrdRxo/dCQ==";
  CHECK(run(scheme::telnyx_signature_ed25519, signed_request(large, "1234567890", large_signature), {own_public_key},
            signed_at));
  CHECK(run(scheme::telnyx_signature_ed25519, signed_request(large + "x", "1234567890", large_signature),
            {own_public_key}, signed_at)
            .reason == verify_reason::bad_signature);
}
