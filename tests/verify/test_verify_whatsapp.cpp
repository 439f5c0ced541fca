// WhatsApp Cloud API: X-Hub-Signature-256 with every published test vector (shared/reference/whatsapp.md
// §8.3, each recomputed with Python's hmac), and the GET verification handshake's token check.

#include <triage/verify.hpp>

#include <cctype>
#include <string>

#include "catch.hpp"
#include "support.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

owned_request signed_request(std::string body, std::string signature) {
  owned_request r;
  r.url = "https://example.com/webhooks/whatsapp";
  r.body = std::move(body);
  if (!signature.empty()) r.headers = {{"X-Hub-Signature-256", std::move(signature)}};
  return r;
}

// Meta's Node SDK, src/__tests__/utils.test.ts @ 58ca3d5f: 'test' with M4D_APP_SECRET 'TEST_APP_SECRET'.
const std::string node_sdk_signature = "sha256=0c61947b610d4f45e65f3d680e26027121ec2413e77598bcb6cfc6e0d9888221";
// pywa tests/test_server.py @ 0bcf2f19: a real Meta-signed webhook (the fixture, 511 bytes), secret reset.
const std::string pywa_secret = "1222e786b144d0e85b9f365372d93676";
const std::string pywa_signature = "sha256=54edfa1d7259e0eb13c677cc7d73d1b5c86cfa12433d19156e058ab9251bc441";
// whatsapp-api-js test/index.test.js @ 1ef1b00a: the body as Meta sends it, non-ASCII as \uXXXX escapes.
const std::string api_js_body =
    R"(Let's pretend this body is equal to the message object and can handle unicode characters like )"
    R"(\u307f\u3069\u308a\u3044\u308d and J'ai mang\u00e9 des p\u00e2tes)";
const std::string api_js_signature = "sha256=0363007aabdf1ab579f35936651a460fb5fa1aaf40df98b1264446b72cc96688";

}  // namespace

TEST_CASE("WhatsApp: every published X-Hub-Signature-256 vector verifies", "[verify][whatsapp]") {
  CHECK(run(scheme::whatsapp_hub_signature, signed_request("test", node_sdk_signature), {"TEST_APP_SECRET"}, 0));
  const std::string capture = triage_test::fixture("whatsapp/sdk_pywa_signed_text_message.json");
  REQUIRE(capture.size() == 511);
  CHECK(run(scheme::whatsapp_hub_signature, signed_request(capture, pywa_signature), {pywa_secret}, 0));
  CHECK(run(scheme::whatsapp_hub_signature, signed_request(api_js_body, api_js_signature), {"YOUR_APP_SECRET"}, 0));
  // The header name in any case; a rotation's second secret.
  owned_request lower = signed_request("test", "");
  lower.headers = {{"x-hub-signature-256", node_sdk_signature}};
  CHECK(run(scheme::whatsapp_hub_signature, lower, {"an old secret", "TEST_APP_SECRET"}, 0));
}

TEST_CASE("WhatsApp: a body decoded or re-serialised, or another secret, does not verify", "[verify][whatsapp]") {
  // The same text as UTF-8 bytes (what a framework that decoded the JSON holds) has another HMAC
  // (5ab50fef..., ours): the check must run on the bytes as received.
  const std::string decoded =
      "Let's pretend this body is equal to the message object and can handle unicode characters like "
      "\xE3\x81\xBF\xE3\x81\xA9\xE3\x82\x8A\xE3\x81\x84\xE3\x82\x8D and J'ai mang\xC3\xA9 des p\xC3\xA2tes";
  const owned_request utf8 = signed_request(decoded, api_js_signature);  // the subject is a view into it
  const auto r = run(scheme::whatsapp_hub_signature, utf8, {"YOUR_APP_SECRET"}, 0);
  CHECK(r.reason == verify_reason::bad_signature);
  CHECK(r.subject == api_js_signature);
  const std::string capture = triage_test::fixture("whatsapp/sdk_pywa_signed_text_message.json");
  CHECK(run(scheme::whatsapp_hub_signature, signed_request(capture + "\n", pywa_signature), {pywa_secret}, 0).reason ==
        verify_reason::bad_signature);
  // Meta's own sample keys the HMAC with the verify token (whatsapp.md §8.4): any other key fails.
  CHECK(
      run(scheme::whatsapp_hub_signature, signed_request("test", node_sdk_signature), {"the verify token"}, 0).reason ==
      verify_reason::bad_signature);
}

TEST_CASE("WhatsApp: a missing, repeated or malformed header says so, without the secret", "[verify][whatsapp]") {
  const triage_test::secret_list secret = {"TEST_APP_SECRET"};
  CHECK(run(scheme::whatsapp_hub_signature, signed_request("test", ""), secret, 0).reason ==
        verify_reason::missing_header);
  owned_request twice = signed_request("test", "");
  twice.headers = {{"X-Hub-Signature-256", node_sdk_signature}, {"X-Hub-Signature-256", node_sdk_signature}};
  CHECK(run(scheme::whatsapp_hub_signature, twice, secret, 0).reason == verify_reason::malformed_header);
  // The older SHA-1 header form, and an upper-case or short hex digest.
  CHECK(run(scheme::whatsapp_hub_signature, signed_request("test", "sha1=0c61947b610d4f45e65f3d680e26027121ec2413"),
            secret, 0)
            .reason == verify_reason::unsupported_algorithm);
  std::string upper = node_sdk_signature;
  for (std::size_t i = 7; i < upper.size(); ++i) upper[i] = static_cast<char>(std::toupper(upper[i]));
  CHECK(run(scheme::whatsapp_hub_signature, signed_request("test", upper), secret, 0).reason ==
        verify_reason::bad_encoding);
  CHECK(
      run(scheme::whatsapp_hub_signature, signed_request("test", node_sdk_signature.substr(0, 70)), secret, 0).reason ==
      verify_reason::bad_encoding);
  CHECK(run(scheme::whatsapp_hub_signature, signed_request("test", node_sdk_signature), {}, 0).reason ==
        verify_reason::no_secret);
  CHECK(run(scheme::whatsapp_hub_signature, signed_request("test", node_sdk_signature), {""}, 0).reason ==
        verify_reason::no_secret);
  const owned_request short_hex = signed_request("test", "sha256=00");
  const auto r = run(scheme::whatsapp_hub_signature, short_hex, secret, 0);
  CHECK(std::string(r.detail).find("TEST_APP_SECRET") == std::string::npos);
  CHECK(std::string(r.subject).find("TEST_APP_SECRET") == std::string::npos);
}

TEST_CASE("WhatsApp: the scheme's row", "[verify][whatsapp]") {
  CHECK(triage::to_string(scheme::whatsapp_hub_signature) == "whatsapp-hub-signature");
  CHECK(triage::scheme_from_string("whatsapp-hub-signature") == scheme::whatsapp_hub_signature);
  CHECK(triage::whatsapp::verify_schemes[0].owner == triage::provider::whatsapp);
  CHECK(triage::whatsapp::verify_schemes[0].needs == triage::credential::shared_secret);
}

TEST_CASE("WhatsApp: the GET verification handshake answers the challenge only for the verify token",
          "[verify][whatsapp]") {
  using triage::whatsapp::subscription_challenge;
  CHECK(subscription_challenge("subscribe", "my-token", "1158201444", "my-token") == "1158201444");
  CHECK(subscription_challenge("subscribe", "my-tokeN", "1158201444", "my-token").empty());
  CHECK(subscription_challenge("subscribe", "", "1158201444", "my-token").empty());
  CHECK(subscription_challenge("unsubscribe", "my-token", "1158201444", "my-token").empty());
  CHECK(subscription_challenge("subscribe", "my-token", "", "my-token").empty());
  CHECK(subscription_challenge("subscribe", "", "1158201444", "").empty());
}
