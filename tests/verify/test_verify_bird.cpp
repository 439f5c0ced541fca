// Bird Channels (messagebird-signature), Bird platform v1 (Standard Webhooks) and MessageBird's deprecated
// HMAC: published vectors with the clock at their time, our own where none exists, tampering of every
// signed part, the window's edges, header spelling, rotation.

#include <triage/verify.hpp>

#include <cstdint>
#include <string>

#include "catch.hpp"
#include "support_verify.hpp"

namespace {

using triage::scheme;
using triage::verify_reason;
using triage_test::owned_request;
using triage_test::run;

// Bird publishes no vector for this scheme: these are ours, computed with Python's hmac, hashlib and base64
// (a second implementation) from the scheme as docs.bird.com states it:
//   base64(hmac.new(key, ts + b"\n" + url + b"\n" + hashlib.sha256(body).digest(), hashlib.sha256).digest())
// The key "secureSigningKey" and the URL are those of Bird's own PHP sample on that page.
constexpr std::int64_t channels_ts = 1719823259;
const std::string channels_body =
    R"({"service":"channels","event":"sms.outbound","payload":{"id":"m1","status":"delivered"}})";

owned_request channels_request() {
  owned_request r;
  r.url = "https://domain.com/webhook/bird";
  r.body = channels_body;
  r.headers = {{"messagebird-signature", "Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro="},
               {"messagebird-request-timestamp", std::to_string(channels_ts)},
               {"messagebird-request-id", "b0e5a1c2"}};
  return r;
}

}  // namespace

TEST_CASE("Bird Channels: our Python-computed vectors verify", "[verify][bird]") {
  CHECK(run(scheme::bird_channels, channels_request(), {"secureSigningKey"}, channels_ts));
  // The docs' example signingKey looks like base64 but is used as its bytes; a port and an encoded query
  // are part of the URL string.
  owned_request r = channels_request();
  r.url = "https://domain.com:8443/webhook/bird?tenant=a%20b";
  r.set("messagebird-signature", "oqxjrfD4s4olxL7MUh5UmdFX8rpGDod0H8Nv00LOtKY=");
  CHECK(run(scheme::bird_channels, r, {"KeV+/HGoIQrxuE5YPCRR6AuQOJveldYNNhbVi1i22qk="}, channels_ts));
  r = channels_request();
  r.body.clear();
  r.set("messagebird-signature", "6e7z54NkySLCPcq0P+tV7TqSKyUmedFi1tQjDddtEMY=");
  CHECK(run(scheme::bird_channels, r, {"secureSigningKey"}, channels_ts));
}

TEST_CASE("Bird Channels: tampering with any signed part is a bad signature", "[verify][bird]") {
  const triage_test::secret_list key = {"secureSigningKey"};
  owned_request r = channels_request();
  r.body.back() = ' ';
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_signature);
  r = channels_request();
  r.url = "https://domain.com/webhook/bird/";
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_signature);
  r.url = "https://domain.com:443/webhook/bird";
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_signature);
  r = channels_request();
  r.set("messagebird-request-timestamp", std::to_string(channels_ts + 1));
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_signature);
  r = channels_request();
  r.set("messagebird-signature", "Nj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro=");
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_signature);
  CHECK(run(scheme::bird_channels, channels_request(), {"secureSigningKeY"}, channels_ts).reason ==
        verify_reason::bad_signature);
  const owned_request kept = channels_request();  // the subject views the request
  const auto result = run(scheme::bird_channels, kept, {"wrong"}, channels_ts);
  CHECK(result.subject == "Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro=");  // the received one, never the expected
}

TEST_CASE("Bird Channels: the window's edges, both ways", "[verify][bird]") {
  const triage_test::secret_list key = {"secureSigningKey"};
  CHECK(run(scheme::bird_channels, channels_request(), key, channels_ts + 300));
  CHECK(run(scheme::bird_channels, channels_request(), key, channels_ts - 300));
  CHECK(run(scheme::bird_channels, channels_request(), key, channels_ts + 301).reason == verify_reason::expired);
  CHECK(run(scheme::bird_channels, channels_request(), key, channels_ts - 301).reason == verify_reason::not_yet_valid);
  triage::verify_options tight;
  tight.window = 10;
  CHECK(run(scheme::bird_channels, channels_request(), key, channels_ts + 10, tight));
  CHECK(run(scheme::bird_channels, channels_request(), key, channels_ts + 11, tight).reason == verify_reason::expired);
}

TEST_CASE("Bird Channels: headers in any case and padding, malformed or absent ones", "[verify][bird]") {
  const triage_test::secret_list key = {"secureSigningKey"};
  owned_request r = channels_request();
  r.headers = {{"MessageBird-Signature", " Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro=\t"},
               {"MESSAGEBIRD-REQUEST-TIMESTAMP", " 1719823259 "}};
  CHECK(run(scheme::bird_channels, r, key, channels_ts));
  r.headers.emplace_back("messagebird-signature", "Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro=");
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::malformed_header);
  r = channels_request();
  r.erase("messagebird-signature");
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::missing_header);
  r = channels_request();
  r.erase("messagebird-request-timestamp");
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::missing_header);
  r = channels_request();
  r.set("messagebird-request-timestamp", "1719823259.0");
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::malformed_header);
  r = channels_request();
  r.set("messagebird-signature", "Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtro");  // unpadded
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_encoding);
  r.set("messagebird-signature", "Mj1sk47DPujtXhWyT0aduUyqv5wWs8ICBCIvbWtDtrp=");  // non-canonical last character
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::bad_encoding);
  r.set("messagebird-signature", "SGVsbG8=");
  CHECK(run(scheme::bird_channels, r, key, channels_ts).reason == verify_reason::malformed_header);
}

TEST_CASE("Bird Channels: during a key rotation either key verifies", "[verify][bird]") {
  CHECK(run(scheme::bird_channels, channels_request(), {"old-key", "secureSigningKey"}, channels_ts));
  CHECK(run(scheme::bird_channels, channels_request(), {"secureSigningKey", "new-key"}, channels_ts));
  CHECK_FALSE(run(scheme::bird_channels, channels_request(), {"old-key", "new-key"}, channels_ts));
}

namespace {

// The Standard Webhooks spec's fixed vector, which its libraries in every language check
// (standard-webhooks/standard-webhooks libraries/go/webhook_test.go TestWebhookSign, python test_sign_function).
constexpr std::int64_t sw_ts = 1614265330;
constexpr std::string_view sw_secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr std::string_view sw_signature = "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

owned_request v1_request() {
  owned_request r;
  r.url = "https://example.com/webhooks/bird";
  r.body = R"({"test": 2432232314})";
  r.headers = {{"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
               {"webhook-timestamp", std::to_string(sw_ts)},
               {"webhook-signature", "v1," + std::string(sw_signature)}};
  return r;
}

}  // namespace

TEST_CASE("Bird v1: the Standard Webhooks vector verifies, with and without the whsec_ prefix", "[verify][bird]") {
  CHECK(run(scheme::bird_v1, v1_request(), {sw_secret}, sw_ts));
  CHECK(run(scheme::bird_v1, v1_request(), {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}, sw_ts));
  owned_request r = v1_request();
  r.headers = {{"Webhook-Id", " msg_p5jXN8AQM9LWM0D4loKWxJek"},
               {"WEBHOOK-TIMESTAMP", "1614265330 "},
               {"Webhook-Signature", " v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= "}};
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts));
}

TEST_CASE("Bird v1: several signatures, unknown versions skipped, one valid is enough", "[verify][bird]") {
  const std::string valid = "v1," + std::string(sw_signature);
  owned_request r = v1_request();
  // As the reference libraries' "valid multi sig is valid" case: wrong v1, a v2, then the right v1.
  r.set("webhook-signature",
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/"
        "9tdO6mc= " +
            valid + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=");
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts));
  r.set("webhook-signature", "v2,junk " + valid);  // Bird's Go SDK test
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts));
  r.set("webhook-signature", "v2," + std::string(sw_signature));  // a valid MAC under another version
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts).reason == verify_reason::unsupported_algorithm);
  r.set("webhook-signature", "v1,");
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts).reason == verify_reason::bad_encoding);
  r.set("webhook-signature", "v1,deadbeef");
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts).reason == verify_reason::bad_encoding);
  r.set("webhook-signature", "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=");
  CHECK(run(scheme::bird_v1, r, {sw_secret}, sw_ts).reason == verify_reason::bad_signature);
  // Rotation on the receiver's side: the old and the new secret configured.
  CHECK(run(scheme::bird_v1, v1_request(), {"whsec_bmV3LXNlY3JldC1ieXRlcw==", sw_secret}, sw_ts));
}

TEST_CASE("Bird v1: tampering, the window, malformed headers and secrets", "[verify][bird]") {
  const triage_test::secret_list key = {sw_secret};
  owned_request r = v1_request();
  r.body = R"({"test": 2432232315})";
  CHECK(run(scheme::bird_v1, r, key, sw_ts).reason == verify_reason::bad_signature);
  r = v1_request();
  r.set("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJeK");
  CHECK(run(scheme::bird_v1, r, key, sw_ts).reason == verify_reason::bad_signature);
  r.set("webhook-id", "msg.1");
  CHECK(run(scheme::bird_v1, r, key, sw_ts).reason == verify_reason::malformed_header);
  r = v1_request();
  r.set("webhook-timestamp", std::to_string(sw_ts + 1));
  CHECK(run(scheme::bird_v1, r, key, sw_ts).reason == verify_reason::bad_signature);
  CHECK(run(scheme::bird_v1, v1_request(), key, sw_ts + 300));
  CHECK(run(scheme::bird_v1, v1_request(), key, sw_ts - 300));
  CHECK(run(scheme::bird_v1, v1_request(), key, sw_ts + 301).reason == verify_reason::expired);
  CHECK(run(scheme::bird_v1, v1_request(), key, sw_ts - 301).reason == verify_reason::not_yet_valid);
  CHECK(run(scheme::bird_v1, v1_request(), key, sw_ts + 10000).reason == verify_reason::expired);
  for (const char* name : {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
    r = v1_request();
    r.erase(name);
    CHECK(run(scheme::bird_v1, r, key, sw_ts).reason == verify_reason::missing_header);
  }
  r = v1_request();
  r.set("webhook-timestamp", "-1614265330");
  CHECK(run(scheme::bird_v1, r, key, sw_ts).reason == verify_reason::malformed_header);
  CHECK(run(scheme::bird_v1, v1_request(), {"whsec_"}, sw_ts).reason == verify_reason::no_secret);
  CHECK(run(scheme::bird_v1, v1_request(), {"whsec_not base64!"}, sw_ts).reason == verify_reason::no_secret);
}

namespace {

// MessageBird's deprecated HMAC: the vectors of its Go SDK (go-rest-api signature/signature_test.go) and
// PHP SDK (php-rest-api tests/Unit/RequestValidatorTest.php), each with the clock at its timestamp.
owned_request hmac_request(std::string query, std::string body, std::string ts, std::string signature) {
  owned_request r;
  r.url = "https://example.com/webhooks/bird" + (query.empty() ? std::string() : "?" + query);
  r.body = std::move(body);
  r.headers = {{"MessageBird-Signature", std::move(signature)}, {"MessageBird-Request-Timestamp", std::move(ts)}};
  return r;
}

const std::string php_query =
    "recipient=31612345678&reference=FOO&statusDatetime=2019-01-11T09%3A17%3A11%2B00%3A00&id="
    "eef0ab57a9e049be946f3821568c2b2e&status=delivered&mccmnc=20408&ported=1";

}  // namespace

TEST_CASE("MessageBird HMAC: the Go SDK's vectors", "[verify][bird]") {
  constexpr std::int64_t ts = 1544544948;
  const std::string body = R"({"a key":"some value"})";
  CHECK(run(scheme::messagebird_hmac,
            hmac_request("abc=foo&def=bar", body, "1544544948", "orb0adPhRCYND1WCAvPBr+qjm4STGtyvNDIDNBZ4Ir4="),
            {"other-secret"}, ts));
  // "Unorganized query params": the query is sorted before signing.
  CHECK(run(scheme::messagebird_hmac,
            hmac_request("def=bar&abc=foo", body, "1544544948", "orb0adPhRCYND1WCAvPBr+qjm4STGtyvNDIDNBZ4Ir4="),
            {"other-secret"}, ts));
  CHECK(run(scheme::messagebird_hmac,
            hmac_request("", "", "1544544948", "LISw4Je7n0/MkYDgVSzTJm8dW6BkytKTXMZZk1IElMs="), {"secret"}, ts));
  CHECK(run(scheme::messagebird_hmac,
            hmac_request("", body, "1544544948", "p2e20OtAg39DEmz1ORHpjQ556U4o1ZaH4NWbM9Q8Qjk="), {"secret"}, ts));
  CHECK(run(scheme::messagebird_hmac,
            hmac_request("abc=foo&def=bar", "", "1544544948", "Tfn+nRUBsn6lQgf6IpxBMS1j9lm7XsGjt5xh47M3jCk="),
            {"secret"}, ts));
  // "Wrong signature": another vector's signature.
  CHECK(run(scheme::messagebird_hmac,
            hmac_request("abc=foo&def=bar", body, "1544544948", "LISw4Je7n0/MkYDgVSzTJm8dW6BkytKTXMZZk1IElMs="),
            {"other-secret"}, ts)
            .reason == verify_reason::bad_signature);
  CHECK(run(scheme::messagebird_hmac, hmac_request("abc=foo&def=bar", body, "1544544948", "wrong signature"),
            {"other-secret"}, ts)
            .reason == verify_reason::bad_encoding);
}

TEST_CASE("MessageBird HMAC: the PHP SDK's vectors", "[verify][bird]") {
  constexpr std::int64_t ts = 1547198231;
  const triage_test::secret_list key = {"PlLrKaqvZNRR5zAjm42ZT6q1SQxgbbGd"};
  CHECK(run(scheme::messagebird_hmac,
            hmac_request(php_query, "", "1547198231", "KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w="), key, ts));
  CHECK(run(scheme::messagebird_hmac,
            hmac_request(php_query, R"({"foo":"bar"})", "1547198231", "2bl+38H4oHVg03pC3bk2LvCB0IHFgfC4cL5HPQ0LdmI="),
            key, ts));
  // testVerificationFails: reference BAR instead of FOO under the same signature.
  const std::string bar =
      php_query.substr(0, php_query.find("FOO")) + "BAR" + php_query.substr(php_query.find("FOO") + 3);
  CHECK(run(scheme::messagebird_hmac,
            hmac_request(bar, "", "1547198231", "KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w="), key, ts)
            .reason == verify_reason::bad_signature);
  // The same pairs encoded differently (space as %20, ':' raw) canonicalise alike, as in Go.
  std::string respelled = php_query;
  respelled.replace(respelled.find("%3A17%3A11"), 10, ":17:11");
  CHECK(run(scheme::messagebird_hmac,
            hmac_request(respelled, "", "1547198231", "KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w="), key, ts));
  // Replayed: the PHP SDK's isRecent() cases, against our two-sided window.
  CHECK(run(scheme::messagebird_hmac,
            hmac_request(php_query, "", "1547198231", "KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w="), key, ts + 301)
            .reason == verify_reason::expired);
  CHECK(run(scheme::messagebird_hmac,
            hmac_request(php_query + "&bad=%zz", "", "1547198231", "KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w="), key,
            ts)
            .reason == verify_reason::url_mismatch);
}

TEST_CASE("MessageBird HMAC: query canonicalisation follows Go's url.Values.Encode", "[verify][bird]") {
  namespace bd = triage::bird::verify_detail;
  bd::query_pair pairs[bd::max_query_pairs];
  std::size_t n = 0;
  REQUIRE(bd::canonical_pairs("b=2&a=1&b=1&&c", pairs, n));
  REQUIRE(n == 4);
  CHECK((pairs[0].key == "a" && pairs[1].key == "b" && pairs[1].value == "2" && pairs[2].value == "1"));
  CHECK((pairs[3].key == "c" && pairs[3].value.empty()));
  CHECK_FALSE(bd::canonical_pairs("a=1;b=2", pairs, n));
  CHECK_FALSE(bd::canonical_pairs("a=%4", pairs, n));
  CHECK(bd::query_of("https://x/p?a=1#frag") == "a=1");
  CHECK(bd::query_of("https://x/p#a?b").empty());
}
