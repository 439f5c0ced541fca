// libFuzzer target: one verifier (TRIAGE_FUZZ_SCHEME, a value of enum class triage::scheme) on arbitrary
// requests. The input is "Name: value" header lines up to an empty line, then the URL line, then the body;
// a header "x-remote-address" gives the peer address. Checks, for every input:
//  - the verifier returns (no crash, no sanitizer finding, no exception: it is noexcept);
//  - its reason is a value of the table and its detail is not empty;
//  - its subject lies inside the request's own bytes (never a dangling or a computed, secret-derived view);
//  - with the test secret, a request that verifies really is signed: for the HMAC schemes, signing the same
//    parts with OpenSSL's one-shot HMAC() (another API than the verifier's) gives the received signature;
//  - and for Bird Channels and Bird v1, the input's parts signed that way verify, and stop verifying when
//    the body changes; for Twilio, the input's URL signed that way (an empty body) verifies, and stops
//    verifying when the URL changes.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <triage/verify.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr triage::scheme fuzzed = triage::scheme::TRIAGE_FUZZ_SCHEME;
// Secrets as each scheme takes them; the fuzzer's dictionary holds them, so valid requests are reachable
// for the schemes without a MAC (Basic auth) and for signatures the input copies.
constexpr std::string_view shared_key = "fuzz-signing-key";
constexpr std::string_view whsec = "whsec_ZnV6ei1zaWduaW5nLWtleQ==";  // base64("fuzz-signing-key")
constexpr std::string_view basic = "fuzz:secret";
// An Ed25519 public key (telnyx-java's test key), so that the fuzzed signatures reach the curve check.
constexpr std::string_view ed25519_public_key = "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=";

std::string_view secret_for(triage::scheme s) {
  if (s == triage::scheme::bird_v1) return whsec;
  if (s == triage::scheme::bandwidth_basic || s == triage::scheme::infobip_basic) return basic;
  if (s == triage::scheme::telnyx_signature_ed25519) return ed25519_public_key;
  return shared_key;
}

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_verify: %s\n", what);
  std::abort();
}

bool inside(std::string_view part, std::string_view whole) {
  return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

std::string base64(const unsigned char* mac, std::size_t n) {
  std::string out(triage::verify_detail::base64_encoded_size(n), '\0');
  triage::verify_detail::encode_base64(mac, n, out.data());
  return out;
}

/// HMAC-SHA256 with OpenSSL's one-shot HMAC(), base64.
std::string one_shot_mac(std::string_view key, const std::string& message) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &size) == nullptr) {
    fail("HMAC() failed");
  }
  return base64(mac, size);
}

/// HMAC-SHA1 with OpenSSL's one-shot HMAC(), base64 (Twilio's X-Twilio-Signature).
std::string one_shot_sha1_mac(std::string_view key, std::string_view message) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
           message.size(), mac, &size) == nullptr) {
    fail("HMAC() failed");
  }
  return base64(mac, size);
}

/// Twilio: the input's URL (without its fragment, which Twilio does not sign) signed with an empty body
/// verifies, and the same signature on a changed URL does not.
void check_twilio_round_trip(const triage::request& original) {
  if (fuzzed != triage::scheme::twilio_signature) return;
  const std::string url(original.url.substr(0, original.url.find('#')));
  // bodySHA256 in the query makes the body's hash part of the check: an empty body would not match it.
  if (url.find("bodySHA256") != std::string::npos) return;
  const std::string signature = one_shot_sha1_mac(shared_key, url);
  const std::vector<triage::header_field> headers = {{"X-Twilio-Signature", signature}};
  const std::string_view secrets[] = {shared_key};
  triage::request req = {"POST", url, {headers.data(), headers.size()}, {}, {}};
  if (!triage::verify(fuzzed, req, {secrets, 1}, {}, 0)) fail("a Twilio request signed right does not verify");
  const std::string changed = url + "x";
  req.url = changed;
  if (triage::verify(fuzzed, req, {secrets, 1}, {}, 0)) fail("a changed Twilio URL still verifies");
}

std::string sha256_raw(std::string_view data) {
  unsigned char md[32];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), md, &size, EVP_sha256(), nullptr);
  return std::string(reinterpret_cast<const char*>(md), 32);
}

struct parsed {
  std::vector<triage::header_field> headers;
  triage::request req;
};

parsed parse(std::string_view input) {
  parsed p;
  while (true) {
    const std::size_t eol = input.find('\n');
    const std::string_view line = input.substr(0, eol);
    input = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
    if (line.empty()) break;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const triage::header_field h = {line.substr(0, colon), line.substr(colon + 1)};
    if (triage::detail::equals_ignoring_ascii_case(h.name, "x-remote-address")) {
      p.req.remote_address = triage::detail::trim_ascii_space(h.value);
    } else {
      p.headers.push_back(h);
    }
    if (eol == std::string_view::npos) break;
  }
  const std::size_t eol = input.find('\n');
  p.req.method = "POST";
  p.req.url = input.substr(0, eol);
  p.req.body = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
  p.req.headers = {p.headers.data(), p.headers.size()};
  return p;
}

void check_result(const triage::verify_result& r, std::string_view input) {
  if (static_cast<std::size_t>(r.reason) >= std::size(triage::verify_reason_names)) fail("reason out of range");
  if (r.detail.empty()) fail("empty detail");
  if (!inside(r.subject, input)) fail("subject outside the request");
}

/// A valid result for a MAC scheme means the input carries the right MAC of its own parts.
void check_valid_is_signed(const triage::request& req) {
  if (fuzzed == triage::scheme::bird_channels) {
    const std::string message = std::string(req.header("messagebird-request-timestamp").value) + "\n" +
                                std::string(req.url) + "\n" + sha256_raw(req.body);
    const std::string_view received = req.header("messagebird-signature").value;
    if (one_shot_mac(shared_key, message) != received && one_shot_mac("second-secret", message) != received) {
      fail("forged Channels request");
    }
  }
}

/// Signs the input's parts as Bird does, then checks that the result verifies and a changed body does not.
void check_round_trip(const triage::request& original, std::int64_t now) {
  if (fuzzed != triage::scheme::bird_channels && fuzzed != triage::scheme::bird_v1) return;
  const std::string ts = std::to_string(now);
  std::string body(original.body);
  std::vector<triage::header_field> headers;
  std::string signature;
  const auto sign = [&] {
    if (fuzzed == triage::scheme::bird_channels) {
      signature = one_shot_mac(shared_key, ts + "\n" + std::string(original.url) + "\n" + sha256_raw(body));
      headers = {{"messagebird-signature", signature}, {"messagebird-request-timestamp", ts}};
    } else {
      signature = "v1," + one_shot_mac("fuzz-signing-key", "msg_1." + ts + "." + body);
      headers = {{"webhook-id", "msg_1"}, {"webhook-timestamp", ts}, {"webhook-signature", signature}};
    }
  };
  sign();
  const std::string_view secrets[] = {secret_for(fuzzed)};
  triage::request req = {"POST", original.url, {headers.data(), headers.size()}, body, {}};
  const triage::verify_result good = triage::verify(fuzzed, req, {secrets, 1}, {}, now);
  if (!good) fail("a request signed right does not verify");
  body += 'x';
  req.body = body;
  if (triage::verify(fuzzed, req, {secrets, 1}, {}, now)) fail("a changed body still verifies");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const parsed p = parse(input);
  // The clock: the request's own timestamp when it has one (so that signatures are what is explored),
  // else a fixed instant.
  std::int64_t now = 1'700'000'000;
  for (std::string_view name : {"messagebird-request-timestamp", "webhook-timestamp"}) {
    std::int64_t t = 0;
    if (triage::verify_detail::parse_unix_seconds(p.req.header(name).value, t)) now = t;
  }
  const std::string_view secrets[] = {secret_for(fuzzed), "second-secret"};
  for (std::size_t n = 0; n <= 2; ++n) {
    const triage::verify_result r = triage::verify(fuzzed, p.req, {secrets, n}, {}, now);
    check_result(r, input);
    if (n == 0 && triage::info(fuzzed).needs != triage::credential::none && r) fail("verified without a secret");
    if (r) check_valid_is_signed(p.req);
  }
  check_round_trip(p.req, now);
  check_twilio_round_trip(p.req);
  return 0;
}
