// Sinch: x-sinch-webhook-signature = Base64(HMAC-SHA256(secret, body "." nonce "." timestamp)), with the test
// vectors Sinch's SDKs publish (shared/reference/sinch.md §9.1; both recomputed with Python's hmac):
//  - SMS delivery report: sinch/sinch-sdk-node @ affb35e5 packages/sms/tests/rest/v1/callbacks/
//    callbacks-webhook.test.ts (the same values in sinch-sdk-java's SinchEventsServiceTest.java @ d747cc30);
//  - Conversation contact-create notification: sinch/sinch-sdk-node @ affb35e5 packages/sdk-client/tests/
//    utils/authorization.helper.test.ts (the same in sinch-sdk-java's HmacAuthenticationValidationTest.java);
//  - a multi-line body, its final newline signed: sinch/sinch-sdk-dotnet @ f408a0f2a432531904b3e66cfec67ce8e417c020
//    tests/Sinch.Tests/Conversation/WebhooksTests.cs ValidateMultiLinePayloadRequest, over the whole file
//    tests/Sinch.Tests/Resources/Conversation/Hooks/WebhooksAuthValidation.json (Apache-2.0), copied as
//    vectors/sinch_dotnet_webhooks_auth_validation.json.

#include <triage/verify.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "catch.hpp"
#include "support.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

owned_request signed_request(std::string body, std::string nonce, std::string timestamp, std::string signature,
                             std::string algorithm = "HmacSHA256") {
  owned_request r;
  r.url = "https://example.com/webhooks/sinch";
  r.body = std::move(body);
  if (!signature.empty()) r.headers.emplace_back("x-sinch-webhook-signature", std::move(signature));
  if (!nonce.empty()) r.headers.emplace_back("x-sinch-webhook-signature-nonce", std::move(nonce));
  if (!timestamp.empty()) r.headers.emplace_back("x-sinch-webhook-signature-timestamp", std::move(timestamp));
  if (!algorithm.empty()) r.headers.emplace_back("x-sinch-webhook-signature-algorithm", std::move(algorithm));
  return r;
}

const std::string sms_body =
    R"({"at":"2025-01-13T09:22:40.914Z","batch_id":"01JHFFHQ0P99JPPNQPJDV7JTBP","client_reference":"a client reference","code":0,"operator_status_at":"2025-01-13T09:22:00Z","recipient":"33662162466","status":"Delivered","type":"recipient_delivery_report_sms"})";
const std::string sms_nonce = "01JHFFHWYY7HSS4FWTMDTQEK8V";
const std::string sms_timestamp = "1736760161";
const std::string sms_secret = "SMSWebhooksSecret";
const std::string sms_signature = "ZoHei66PPN/kZjw7hFVfGhJOnml3iGNCMWoyQVcE5o0=";
constexpr std::int64_t sms_signed_at = 1736760161;

const std::string conversation_body =
    R"({"app_id":"","accepted_time":"2021-10-18T17:49:13.813615Z","project_id":"e2df3a34-a71b-4448-9db5-a8d2baad28e4","contact_create_notification":{"contact":{"id":"01FJA8B466Y0R2GNXD78MD9SM1","channel_identities":[{"channel":"SMS","identity":"48123456789","app_id":""}],"display_name":"New Test Contact","email":"new.contact@email.com","external_id":"","metadata":"","language":"EN_US"}},"message_metadata":""})";
const std::string conversation_nonce = "01FJA8B4A7BM43YGWSG9GBV067";
const std::string conversation_timestamp = "1634579353";
const std::string conversation_secret = "foo_secret1234";
const std::string conversation_signature = "6bpJoRmFoXVjfJIVglMoJzYXxnoxRujzR4k2GOXewOE=";
constexpr std::int64_t conversation_signed_at = 1634579353;

}  // namespace

TEST_CASE("Sinch: the SDKs' vectors verify", "[verify][sinch]") {
  const scheme s = scheme::sinch_webhook_signature;
  CHECK(run(s, signed_request(sms_body, sms_nonce, sms_timestamp, sms_signature), {sms_secret}, sms_signed_at));
  CHECK(run(s, signed_request(conversation_body, conversation_nonce, conversation_timestamp, conversation_signature),
            {conversation_secret}, conversation_signed_at + 10));
  // The signed SMS body is the fixture's, byte for byte (type last).
  CHECK(triage_test::fixture("sinch/sdk_node_signed_recipient_delivery_report_sms.json") == sms_body);
  // Header names in any case (Java made its lookup case-insensitive late); no algorithm header (the Node and
  // Python SDKs never read it); a rotation's second secret.
  owned_request upper = signed_request(sms_body, "", "", "", "");
  upper.headers = {{"X-Sinch-Webhook-Signature", sms_signature},
                   {"X-Sinch-Webhook-Signature-Nonce", sms_nonce},
                   {"X-Sinch-Webhook-Signature-Timestamp", sms_timestamp}};
  CHECK(run(s, upper, {conversation_secret, sms_secret}, sms_signed_at));
  CHECK(triage::to_string(s) == "sinch-webhook-signature");
  CHECK(triage::info(s).owner == triage::provider::sinch);
  CHECK_FALSE(triage::info(s).signs_url);
}

TEST_CASE("Sinch: what does not verify, and why", "[verify][sinch]") {
  const scheme s = scheme::sinch_webhook_signature;
  auto reason = [&](const owned_request& r, std::initializer_list<std::string_view> secrets, std::int64_t now) {
    return run(s, r, triage_test::secret_list(secrets), now).reason;
  };
  const owned_request good = signed_request(sms_body, sms_nonce, sms_timestamp, sms_signature);
  // The body trimmed or with a newline, another nonce, another timestamp, another app's secret.
  CHECK(reason(signed_request(sms_body + "\n", sms_nonce, sms_timestamp, sms_signature), {sms_secret}, sms_signed_at) ==
        verify_reason::bad_signature);
  CHECK(reason(signed_request(sms_body.substr(1), sms_nonce, sms_timestamp, sms_signature), {sms_secret},
               sms_signed_at) == verify_reason::bad_signature);
  CHECK(reason(signed_request(sms_body, conversation_nonce, sms_timestamp, sms_signature), {sms_secret},
               sms_signed_at) == verify_reason::bad_signature);
  CHECK(reason(signed_request(sms_body, sms_nonce, "1736760162", sms_signature), {sms_secret}, sms_signed_at) ==
        verify_reason::bad_signature);
  CHECK(reason(good, {conversation_secret}, sms_signed_at) == verify_reason::bad_signature);
  // The secret is used as typed, not Base64-decoded, and compared whole.
  CHECK(reason(good, {"SMSWebhooksSecre"}, sms_signed_at) == verify_reason::bad_signature);
  std::string flipped = sms_signature;
  flipped[3] = flipped[3] == 'A' ? 'B' : 'A';
  CHECK(reason(signed_request(sms_body, sms_nonce, sms_timestamp, flipped), {sms_secret}, sms_signed_at) ==
        verify_reason::bad_signature);
  // The window: 300 s either way by default.
  CHECK(reason(good, {sms_secret}, sms_signed_at + 300) == verify_reason::valid);
  CHECK(reason(good, {sms_secret}, sms_signed_at - 300) == verify_reason::valid);
  CHECK(reason(good, {sms_secret}, sms_signed_at + 301) == verify_reason::expired);
  CHECK(reason(good, {sms_secret}, sms_signed_at - 301) == verify_reason::not_yet_valid);
  // Headers missing, repeated or malformed.
  CHECK(reason(signed_request(sms_body, sms_nonce, sms_timestamp, ""), {sms_secret}, sms_signed_at) ==
        verify_reason::missing_header);
  CHECK(reason(signed_request(sms_body, "", sms_timestamp, sms_signature), {sms_secret}, sms_signed_at) ==
        verify_reason::missing_header);
  CHECK(reason(signed_request(sms_body, sms_nonce, "", sms_signature), {sms_secret}, sms_signed_at) ==
        verify_reason::missing_header);
  owned_request twice = good;
  twice.headers.emplace_back("x-sinch-webhook-signature-nonce", "other");
  CHECK(reason(twice, {sms_secret}, sms_signed_at) == verify_reason::malformed_header);
  CHECK(reason(signed_request(sms_body, sms_nonce, "2025-01-13T09:22:41Z", sms_signature), {sms_secret},
               sms_signed_at) == verify_reason::malformed_header);
  CHECK(reason(signed_request(sms_body, sms_nonce, sms_timestamp, sms_signature, "HmacSHA1"), {sms_secret},
               sms_signed_at) == verify_reason::unsupported_algorithm);
  // Padding is required ("Do not disable padding"), and the signature is 32 bytes.
  CHECK(reason(signed_request(sms_body, sms_nonce, sms_timestamp, sms_signature.substr(0, 43)), {sms_secret},
               sms_signed_at) == verify_reason::bad_encoding);
  CHECK(reason(signed_request(sms_body, sms_nonce, sms_timestamp, "c2lnbmF0dXJl"), {sms_secret}, sms_signed_at) ==
        verify_reason::bad_encoding);
  // No secret, or an empty one: fail closed.
  CHECK(reason(good, {}, sms_signed_at) == verify_reason::no_secret);
  CHECK(reason(good, {""}, sms_signed_at) == verify_reason::no_secret);
  // No detail names a secret.
  const triage::verify_result r = run(s, good, {conversation_secret}, sms_signed_at);
  CHECK(std::string(r.detail).find(conversation_secret) == std::string::npos);
  CHECK(std::string(r.detail).find(sms_secret) == std::string::npos);
}

TEST_CASE("Sinch: the .NET SDK's multi-line vector, whose final newline is signed", "[verify][sinch]") {
  std::ifstream in(std::string(TRIAGE_VERIFY_VECTORS_DIR) + "/sinch_dotnet_webhooks_auth_validation.json",
                   std::ios::binary);
  REQUIRE(in);
  const std::string body{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  REQUIRE(body.size() == 723);
  REQUIRE(body.back() == '\n');
  const scheme s = scheme::sinch_webhook_signature;
  const std::string signature = "wKmZBGo4Cf+y9cZoPHhiVw6ziKeubLGqN4OdG8jlaPo=";
  CHECK(run(s, signed_request(body, conversation_nonce, conversation_timestamp, signature, ""), {conversation_secret},
            conversation_signed_at));
  CHECK(run(s, signed_request(body, conversation_nonce, conversation_timestamp, signature, ""), {"wrong_secret"},
            conversation_signed_at)
            .reason == verify_reason::bad_signature);
  // Trimmed, it no longer verifies (its signature would be zM65Zo1I..., reference §9.1).
  CHECK(run(s,
            signed_request(body.substr(0, body.size() - 1), conversation_nonce, conversation_timestamp, signature, ""),
            {conversation_secret}, conversation_signed_at)
            .reason == verify_reason::bad_signature);
}
