// The verifiers make no allocation of their own: every scheme, on a valid request and on a rejected one,
// performs no operator new (OpenSSL's internals allocate with malloc, which is theirs and not counted).
// Counts every operator new of the program.
#include <triage/verify.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "../../benchmarks/alloc_counter.hpp"

namespace {

struct case_ {
  triage::scheme scheme;
  std::string url;
  std::vector<triage::header_field> headers;
  std::string body;
  std::string_view secret;
  std::int64_t now;
  std::string remote_address;
};

}  // namespace

int main() {
  // One valid request per scheme, from the vectors of tests/verify/.
  const std::vector<case_> cases = {
      {triage::scheme::bird_channels,
       "https://domain.com/webhook/bird",
       {{"messagebird-signature", "Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro="},
        {"messagebird-request-timestamp", "1719823259"}},
       R"({"service":"channels","event":"sms.outbound","payload":{"id":"m1","status":"delivered"}})",
       "secureSigningKey",
       1719823259,
       {}},
      {triage::scheme::bird_v1,
       "https://example.com/",
       {{"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
        {"webhook-timestamp", "1614265330"},
        {"webhook-signature", "v2,x v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}},
       R"({"test": 2432232314})",
       "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
       1614265330,
       {}},
      {triage::scheme::messagebird_jwt,
       "https://example.com/",
       {{"MessageBird-Signature-JWT",
         "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5Mj"
         "YwLCJqdGkiOiI1OWEyNDRkYy1lOWFkLTRlMjMtOTc3OC0zNzFmYWEyMzhmNzIiLCJ1cmxfaGFzaCI6IjBmMTE1ZGIwNjJiN2MwZGQwMzBi"
         "MTY4NzhjOTlkZWE1YzM1NGI0OWRjMzdiMzhlYjg4NDYxNzljNzc4M2U5ZDcifQ.6Fp0rVOsRr1fj9S2GidXAfkmPVofKr8_RTffC6G6r2E"}},
       "",
       "36efdd1aace2e26cd490f0d951138253bef2f7c6d34d18981da781555cc4cebb",
       1625479200,
       {}},
      {triage::scheme::messagebird_hmac,
       "https://example.com/?def=bar&abc=foo",
       {{"MessageBird-Signature", "orb0adPhRCYND1WCAvPBr+qjm4STGtyvNDIDNBZ4Ir4="},
        {"MessageBird-Request-Timestamp", "1544544948"}},
       R"({"a key":"some value"})",
       "other-secret",
       1544544948,
       {}},
      {triage::scheme::bandwidth_basic,
       "https://example.com/",
       {{"Authorization", "Basic YnctdXNlcjpzM2NyZXQgcGFzcw=="}},
       "[]",
       "bw-user:s3cret pass",
       0,
       {}},
      {triage::scheme::plivo_v3,
       "https://example.com/plivo/inbound",
       {{"X-Plivo-Signature-V3", "BsYEsmZvb8pj7+RQtDfliZnZKIBlAmvq4t8a3d6MkXU="},
        {"X-Plivo-Signature-V3-Nonce", "f4b1c2d3e5"}},
       "From=%2B14150000001&To=%2B14150000002&Text=test&Type=sms&MessageUUID=11111111-2222-3333-4444-555555555555",
       "FAKE_AUTH_TOKEN_1234567890",
       0,
       {}},
      {triage::scheme::plivo_v2,
       "https://answer.url",
       {{"X-Plivo-Signature-V2", "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc="},
        {"X-Plivo-Signature-V2-Nonce", "12345"}},
       "",
       "my_auth_token",
       0,
       {}},
      {triage::scheme::twilio_signature,
       "https://mycompany.com/myapp.php?foo=1&bar=2",
       {{"X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8="}, {"Content-Type", "application/x-www-form-urlencoded"}},
       "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212",
       "12345",
       0,
       {}},
      {triage::scheme::vibes_source_ip, "https://example.com/", {}, "{}", "unused", 0, "::ffff:34.243.232.57"},
      {triage::scheme::vonage_jwt,
       "https://example.com/",
       {{"Authorization",
         "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwYXlsb2FkX2hhc2giOiI4ZTc4M2NlOGMwNjVmOTQ3NmQyZThiYTA3NWQy"
         "MDllMmI5ZmUyZGMwNjFmY2RmZjRiNzRlMzVmZWVkYzRkNTg0IiwiaWF0IjoxNTE2MjM5MDIyLCJqdGkiOiJqdGkiLCJpc3MiOiJWb25h"
         "Z2UifQ.phPpAWnQ8LF9c4F3r8x0_RHYt_k1py1MqL2Acy3-q5c"}},
       R"({"status":"delivered","message_uuid":"1","to":"447700900000","channel":"sms"})",
       "secret-key",
       1516239022,
       {}},
      // Meta's Node SDK vector (WhatsApp/WhatsApp-Nodejs-SDK src/__tests__/utils.test.ts @ 58ca3d5f).
      {triage::scheme::whatsapp_hub_signature,
       "https://example.com/",
       {{"X-Hub-Signature-256", "sha256=0c61947b610d4f45e65f3d680e26027121ec2413e77598bcb6cfc6e0d9888221"}},
       "test",
       "TEST_APP_SECRET",
       0,
       {}},
      // telnyx-java's test key pair and payload (WebhookVerificationTest.kt @ 2f92ae1d), signed at 1234567890.
      {triage::scheme::telnyx_signature_ed25519,
       "https://example.com/",
       {{"telnyx-signature-ed25519",
         "5MPghQ2ZsyXixnvwbw3UbusrH29Ai6V/gUuuLDkPot+uYRdlrbgbVHZbB140dQOTmHlpc6BV27dMTqJO0A8HCA=="},
        {"telnyx-timestamp", "1234567890"}},
       R"({"event_type":"test","id":"abc123"})",
       "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=",
       1234567890,
       {}},
      // Sinch's SMS vector (sinch-sdk-node callbacks-webhook.test.ts @ affb35e5), signed at 1736760161.
      {triage::scheme::sinch_webhook_signature,
       "https://example.com/",
       {{"x-sinch-webhook-signature", "ZoHei66PPN/kZjw7hFVfGhJOnml3iGNCMWoyQVcE5o0="},
        {"x-sinch-webhook-signature-nonce", "01JHFFHWYY7HSS4FWTMDTQEK8V"},
        {"x-sinch-webhook-signature-timestamp", "1736760161"},
        {"x-sinch-webhook-signature-algorithm", "HmacSHA256"}},
       R"({"at":"2025-01-13T09:22:40.914Z","batch_id":"01JHFFHQ0P99JPPNQPJDV7JTBP","client_reference":"a client reference","code":0,"operator_status_at":"2025-01-13T09:22:00Z","recipient":"33662162466","status":"Delivered","type":"recipient_delivery_report_sms"})",
       "SMSWebhooksSecret",
       1736760161,
       {}},
      // Infobip's BASIC profile security: credentials made up here (no published vector exists).
      {triage::scheme::infobip_basic,
       "https://example.com/",
       {{"Authorization", "Basic aWItdXNlcjpzM2NyZXQgcGFzcw=="}},
       R"({"results":[]})",
       "ib-user:s3cret pass",
       0,
       {}},
  };
  int status = 0;
  if (cases.size() != triage::all_schemes.size()) {
    std::printf("a scheme has no case here\n");
    status = 1;
  }
  for (const case_& c : cases) {
    // A previous secret first, in the form the scheme takes, so that a rotation's loop runs too.
    const std::string_view previous = c.scheme == triage::scheme::bird_v1           ? "whsec_cHJldmlvdXM="
                                      : c.scheme == triage::scheme::bandwidth_basic ? "old:password"
                                      : c.scheme == triage::scheme::infobip_basic   ? "old:password"
                                                                                    : "previous-secret";
    const std::string_view secrets[] = {previous, c.secret};
    const triage::request req = {"POST", c.url, {c.headers.data(), c.headers.size()}, c.body, c.remote_address};
    const triage::request tampered = {"POST", c.url, {c.headers.data(), c.headers.size()}, "x", "192.0.2.1"};
    const std::uint64_t before = triage_bench::allocations();
    const triage::verify_result good = triage::verify(c.scheme, req, {secrets, 2}, {}, c.now);
    const triage::verify_result bad = triage::verify(c.scheme, tampered, {secrets, 2}, {}, c.now);
    const std::uint64_t allocations = triage_bench::allocations() - before;
    std::printf("%-17s valid: %-5s tampered: %-20s %llu allocations\n", triage::to_string(c.scheme).data(),
                good ? "yes" : "no", triage::to_string(bad.reason).data(),
                static_cast<unsigned long long>(allocations));
    // Basic auth covers no part of the request but its credentials, and Plivo's V2 only the URL and the
    // nonce: the changed body still passes, which is why Bandwidth callbacks need TLS (README, "Bandwidth")
    // and Plivo's V3 is preferred (README, "Plivo").
    const bool covers_body = c.scheme != triage::scheme::bandwidth_basic && c.scheme != triage::scheme::infobip_basic &&
                             c.scheme != triage::scheme::plivo_v2;
    if (!good || static_cast<bool>(bad) == covers_body || allocations != 0) status = 1;
  }
  // The counter itself works: a vector allocates.
  const std::uint64_t before = triage_bench::allocations();
  std::vector<int> probe(16);
  if (triage_bench::allocations() == before || probe.size() != 16) {
    std::printf("the allocation counter saw nothing: the check would be vacuous\n");
    status = 1;
  }
  return status;
}
