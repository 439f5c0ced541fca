// The pieces every verifier stands on: strict codecs, header lookup, the claims reader, timestamps and
// address ranges, and the scheme table.

#include <triage/verify.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "catch.hpp"
#include "support_verify.hpp"

namespace {

namespace vd = triage::verify_detail;

std::string decode(std::string_view in, vd::base64_alphabet a, vd::base64_padding p, bool& ok) {
  unsigned char out[256];
  std::size_t size = 0;
  ok = vd::decode_base64(in, a, p, out, sizeof out, size);
  return ok ? std::string(reinterpret_cast<const char*>(out), size) : std::string();
}

bool decodes(std::string_view in, vd::base64_padding p = vd::base64_padding::required,
             vd::base64_alphabet a = vd::base64_alphabet::standard) {
  bool ok = false;
  decode(in, a, p, ok);
  return ok;
}

}  // namespace

TEST_CASE("base64 decoding accepts exactly the canonical spelling", "[verify][encoding]") {
  bool ok = false;
  CHECK(decode("SGVsbG8=", vd::base64_alphabet::standard, vd::base64_padding::required, ok) == "Hello");
  CHECK(ok);
  CHECK(decode("SGVsbA==", vd::base64_alphabet::standard, vd::base64_padding::required, ok) == "Hell");
  CHECK(decode("SGVs", vd::base64_alphabet::standard, vd::base64_padding::required, ok) == "Hel");
  CHECK(decode("", vd::base64_alphabet::standard, vd::base64_padding::required, ok).empty());
  CHECK(ok);
  // What OpenSSL's EVP_DecodeBlock lets through, refused here.
  CHECK_FALSE(decodes("abc=def="));  // padding mid-string
  CHECK_FALSE(decodes(" SGVsbG8="));
  CHECK_FALSE(decodes("SGVsbG8= "));
  CHECK_FALSE(decodes("SGVs\nbG8="));
  CHECK_FALSE(decodes("SGVsbG8"));   // padding required
  CHECK_FALSE(decodes("SGVsbG9="));  // non-zero unused bits: a second spelling of "Hello"
  CHECK_FALSE(
      decodes("SGVsbA=="
              "=="));
  CHECK_FALSE(decodes("S==="));
  CHECK_FALSE(decodes("S"));
  CHECK_FALSE(decodes("SGVsbG8-"));  // URL-safe character in the standard alphabet
  CHECK(decodes("SGVsbG8", vd::base64_padding::optional));
  CHECK(decodes("SGVsbG8=", vd::base64_padding::optional));
  CHECK_FALSE(decodes("SGVsbG8=", vd::base64_padding::forbidden, vd::base64_alphabet::url));
  CHECK(decodes("-_-_", vd::base64_padding::forbidden, vd::base64_alphabet::url));
  CHECK_FALSE(decodes("+/+/", vd::base64_padding::forbidden, vd::base64_alphabet::url));
  unsigned char small[2];
  std::size_t size = 0;
  CHECK_FALSE(vd::decode_base64("SGVs", vd::base64_alphabet::standard, vd::base64_padding::required, small, 2, size));
}

TEST_CASE("base64 and hex encoding round-trip", "[verify][encoding]") {
  const std::string bytes = "\x00\xff\x10 triage";
  char out[vd::base64_encoded_size(11)];
  vd::encode_base64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), out);
  bool ok = false;
  CHECK(decode(std::string_view(out, sizeof out), vd::base64_alphabet::standard, vd::base64_padding::required, ok) ==
        bytes);
  char hex[4];
  const unsigned char two[] = {0x0f, 0xa0};
  vd::encode_hex(two, 2, hex);
  CHECK(std::string_view(hex, 4) == "0fa0");
  unsigned char back[2];
  CHECK(vd::decode_hex_lower("0fa0", back, 2));
  CHECK((back[0] == 0x0f && back[1] == 0xa0));
  CHECK_FALSE(vd::decode_hex_lower("0FA0", back, 2));
  CHECK_FALSE(vd::decode_hex_lower("0fa", back, 2));
}

TEST_CASE("headers are found without regard to case and white space, and a repeated one is refused", "[verify]") {
  triage_test::owned_request r;
  r.headers = {{"Content-Type", "application/json"}, {" MessageBird-Signature ", "  abc= \t"}};
  CHECK(r.view().header("messagebird-signature").present());
  CHECK(r.view().header("MESSAGEBIRD-SIGNATURE").value == "abc=");
  CHECK(r.view().header("messagebird-request-timestamp").where == triage::header_lookup::state::absent);
  r.headers.emplace_back("messagebird-signature", "def=");
  CHECK(r.view().header("MessageBird-Signature").where == triage::header_lookup::state::repeated);
}

TEST_CASE("the claims reader is strict where a verifier needs it", "[verify][json]") {
  vd::flat_object o;
  REQUIRE(o.read(R"( {"iss":"MessageBird","nbf":1625479200,"aud":["a",{"b":[1,2]}],"x":null,"s":"a\"b"} )"));
  CHECK(o.find("iss")->value == "MessageBird");
  CHECK(o.find("nbf")->kind == vd::json_kind::number);
  CHECK(o.find("aud")->kind == vd::json_kind::nested);
  CHECK(o.find("s")->escaped);
  CHECK(o.find("missing") == nullptr);
  CHECK(o.read("{}"));
  CHECK_FALSE(o.read(R"({"iss":"a","iss":"b"})"));  // a key twice
  CHECK_FALSE(o.read(R"({"\u0069ss":"a"})"));       // an escaped key
  CHECK_FALSE(o.read(R"({"a":1} {"b":2})"));        // something after the object
  CHECK_FALSE(o.read(R"({"a":1,})"));
  CHECK_FALSE(o.read(R"({"a":01})"));
  CHECK_FALSE(o.read(R"({"a":"\x"})"));
  CHECK_FALSE(o.read(R"({"a":[1,2})"));
  CHECK_FALSE(o.read("[1]"));
  CHECK_FALSE(o.read(std::string(40, '[')));
  std::string deep = R"({"a":)" + std::string(20, '[') + std::string(20, ']') + "}";
  CHECK_FALSE(o.read(deep));  // deeper than max_depth
}

TEST_CASE("signed timestamps are strict decimal seconds, checked both ways", "[verify][timestamp]") {
  std::int64_t t = 0;
  CHECK(vd::parse_unix_seconds("1614265330", t));
  CHECK(t == 1614265330);
  for (const char* bad :
       {"", "-161426533", "+161426533", "161426533.0", " 1614265330", "0x10", "1234567890123456789"}) {
    CHECK_FALSE(vd::parse_unix_seconds(bad, t));
  }
  const std::int64_t now = 1'700'000'000;
  CHECK(vd::check_window(now - 300, now, 300, "new", "old", {}));
  CHECK(vd::check_window(now + 300, now, 300, "new", "old", {}));
  CHECK(vd::check_window(now - 301, now, 300, "new", "old", {}).reason == triage::verify_reason::expired);
  CHECK(vd::check_window(now + 301, now, 300, "new", "old", {}).reason == triage::verify_reason::not_yet_valid);
  // Extreme clocks do not overflow into acceptance.
  CHECK_FALSE(vd::check_window(999'999'999'999'999'999, INT64_MIN, 300, "new", "old", {}));
  CHECK_FALSE(vd::check_window(0, INT64_MAX, 300, "new", "old", {}));
}

TEST_CASE("addresses and ranges, IPv4 and IPv6", "[verify][address]") {
  vd::ip_address a;
  vd::ip_range r;
  REQUIRE(vd::parse_ip_range("10.0.0.0/8", r));
  CHECK((vd::parse_ip("10.200.3.4", a) && vd::in_range(a, r)));
  CHECK((vd::parse_ip("::ffff:10.1.2.3", a) && vd::in_range(a, r)));  // a dual-stack server's view of it
  CHECK((vd::parse_ip("11.0.0.1", a) && !vd::in_range(a, r)));
  REQUIRE(vd::parse_ip_range("2001:db8::/32", r));
  CHECK((vd::parse_ip("2001:db8:ffff::1", a) && vd::in_range(a, r)));
  CHECK((vd::parse_ip("[2001:db8::1]", a) && vd::in_range(a, r)));
  CHECK((vd::parse_ip("2001:db9::1", a) && !vd::in_range(a, r)));
  REQUIRE(vd::parse_ip_range("2001:db8:0:0:0:0:0:1", r));
  CHECK((vd::parse_ip("2001:db8::1", a) && vd::in_range(a, r)));
  CHECK((vd::parse_ip("2001:db8::2", a) && !vd::in_range(a, r)));
  REQUIRE(vd::parse_ip_range("192.168.1.128/25", r));
  CHECK((vd::parse_ip("192.168.1.200", a) && vd::in_range(a, r)));
  CHECK((vd::parse_ip("192.168.1.127", a) && !vd::in_range(a, r)));
  for (const char* bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "::1::2", "1:2:3:4:5:6:7:8:9",
                          "fe80::1%eth0", "12345::", "1:2:3:4:5:6:7:8::", ":1", "1:"}) {
    INFO(bad);
    CHECK_FALSE(vd::parse_ip(bad, a));
  }
  CHECK_FALSE(vd::parse_ip_range("10.0.0.0/33", r));
  CHECK_FALSE(vd::parse_ip_range("10.0.0.0/", r));
}

TEST_CASE("the scheme table names every scheme once and dispatches to its provider's verifier", "[verify]") {
  for (triage::scheme s : triage::all_schemes) {
    CHECK(triage::scheme_from_string(triage::to_string(s)) == s);
    CHECK(triage::info(s).verify != nullptr);
  }
  CHECK(triage::to_string(triage::scheme::bird_channels) == "bird-channels");
  CHECK(triage::to_string(triage::scheme::bandwidth_basic) == "bandwidth-basic");
  CHECK(triage::info(triage::scheme::messagebird_jwt).owner == triage::provider::bird);
  CHECK(triage::info(triage::scheme::vibes_source_ip).needs == triage::credential::none);
  CHECK_FALSE(triage::scheme_from_string("twilio").has_value());
  CHECK(triage::to_string(triage::verify_reason::bad_signature) == "bad_signature");
  // Every scheme that takes a secret fails closed without one, whatever the request.
  triage_test::owned_request r;
  r.url = "https://example.com/";
  for (triage::scheme s : triage::all_schemes) {
    if (triage::info(s).needs == triage::credential::none) continue;
    CHECK(triage_test::run(s, r, {}, 0).reason == triage::verify_reason::no_secret);
    CHECK(triage_test::run(s, r, {""}, 0).reason == triage::verify_reason::no_secret);
    CHECK(triage_test::run(s, r, {"k", ""}, 0).reason == triage::verify_reason::no_secret);
  }
}
