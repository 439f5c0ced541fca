// The form reader (triage/detail/form.hpp): the providers' own form bodies, every decoding rule, malformed
// input (one clear error, at the right offset, naming the field), zero copy, and the limits.

#include <triage/detail/form.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_form {

namespace {

using triage::error_code;
using triage::detail::form_field;
using triage::detail::form_limits;
using triage::detail::form_reader;
using triage::detail::looks_like_form;

struct form_read {
  std::vector<form_field> fields;
  std::optional<triage::error> failure;

  /// The value of the first field named `key`, if any.
  std::optional<std::string_view> get(std::string_view key) const {
    for (const form_field& f : fields) {
      if (f.key == key) return f.value;
    }
    return std::nullopt;
  }
  std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const form_field& f : fields) out.emplace_back(f.key);
    return out;
  }
};

form_read read_form(std::string_view body, std::vector<char>& scratch, form_limits limits = {}) {
  form_read out;
  form_reader reader(body, scratch, limits);
  form_field f;
  while (reader.next(f)) out.fields.push_back(f);
  if (reader.failed()) out.failure = reader.failure();
  CHECK(reader.count() == out.fields.size());
  CHECK_FALSE(reader.next(f));  // stays at the end (or the error)
  return out;
}

/// Reads a body that must be read without error.
form_read read_ok(std::string_view body, std::vector<char>& scratch, form_limits limits = {}) {
  form_read out = read_form(body, scratch, limits);
  if (out.failure) FAIL_CHECK("unexpected error: " << out.failure->message() << " at " << out.failure->offset());
  return out;
}

/// Reads a body that must fail; returns its error.
triage::error read_error(std::string_view body, form_limits limits = {}) {
  std::vector<char> scratch;
  const form_read out = read_form(body, scratch, limits);
  REQUIRE(out.failure);
  return *out.failure;
}

bool points_into(std::string_view view, std::string_view buffer) {
  return view.data() >= buffer.data() && view.data() + view.size() <= buffer.data() + buffer.size();
}
bool points_into(std::string_view view, const std::vector<char>& scratch) {
  return points_into(view, std::string_view(scratch.data(), scratch.size()));
}

/// A field read without escapes is the body's own bytes at its offsets.
void check_zero_copy(std::string_view body, const form_field& f) {
  CHECK(f.key.data() == body.data() + f.key_offset);
  CHECK(f.value.data() == body.data() + f.value_offset);
}

}  // namespace

TEST_CASE("form: a Twilio status callback") {
  const std::string body = triage_test::fixture("form/constructed_twilio_status_delivered.form");
  REQUIRE(body.back() == '\n');  // stored with its newline, as bodies kept in files often are
  std::vector<char> scratch;
  const form_read form = read_ok(body, scratch);
  CHECK(form.keys() == std::vector<std::string>{"MessageSid", "SmsSid", "AccountSid", "MessagingServiceSid", "From",
                                                "To", "MessageStatus", "SmsStatus", "ApiVersion", "RawDlrDoneDate"});
  CHECK(form.get("MessageStatus") == std::string_view("delivered"));
  CHECK(form.get("From") == std::string_view("+15017122661"));
  CHECK(form.get("To") == std::string_view("+15558675310"));
  CHECK(form.get("RawDlrDoneDate") == std::string_view("2310281342"));  // the newline is not part of it
  for (const form_field& f : form.fields) {
    CHECK(points_into(f.key, body));
    if (f.key == "From" || f.key == "To") {
      CHECK(points_into(f.value, scratch));  // %2B decoded
    } else {
      check_zero_copy(body, f);
    }
  }
  CHECK(looks_like_form(body));
}

TEST_CASE("form: a Twilio inbound MMS with AddOns JSON and MediaUrl0") {
  const std::string body = triage_test::fixture("form/constructed_twilio_inbound_addons_media.form");
  std::vector<char> scratch;
  const form_read form = read_ok(body, scratch);
  CHECK(form.fields.size() == 23);
  CHECK(form.get("AddOns") == std::string_view(R"({"status":"successful","message":null,"code":null,"results":{}})"));
  CHECK(form.get("NumMedia") == std::string_view("1"));
  CHECK(form.get("MediaContentType0") == std::string_view("image/jpeg"));
  CHECK(form.get("MediaUrl0") == std::string_view("https://api.twilio.com/2010-04-01/Accounts/"
                                                  "AC3cfc4b5a78368f2cdb70baf2c945aee7/Messages/"
                                                  "MM0d2ae7b1f5c44f7c9e3d6b2a8f4e1c90/Media/"
                                                  "ME5c2b8e3f9a1d4c7b6e0f2a9d8c3b1e4f"));
  CHECK(form.get("Body") == std::string_view("Here's the photo \xF0\x9F\x93\xB7"));  // + and %27 and an emoji
  // Present and empty is not absent.
  CHECK(form.get("ToCity") == std::string_view(""));
  CHECK(form.get("FromZip") == std::string_view(""));
  CHECK_FALSE(form.get("Latitude"));
  CHECK(looks_like_form(body));
}

TEST_CASE("form: Plivo's status callback and inbound SMS, verbatim") {
  std::vector<char> scratch;
  const std::string status = triage_test::fixture("form/plivo_status_delivered_courier.form");
  const form_read dlr = read_ok(status, scratch);
  CHECK(dlr.fields.size() == 12);
  CHECK(dlr.get("Status") == std::string_view("delivered"));
  CHECK(dlr.get("PartInfo") == std::string_view("1 of 1"));
  CHECK(dlr.get("ErrorCode") == std::string_view(""));
  CHECK(dlr.get("MessageUUID") == std::string_view("83876bdb-2033-4876-bfaf-0ff8693705af"));
  for (const form_field& f : dlr.fields) {
    if (f.key != "PartInfo") check_zero_copy(status, f);
  }
  CHECK(looks_like_form(status));

  const std::string inbound = triage_test::fixture("form/plivo_inbound_2016_captured.form");
  CHECK(inbound.size() == 140);  // the captured request's Content-Length
  const form_read mo = read_ok(inbound, scratch);
  CHECK(mo.get("Text") == std::string_view("How are you"));
  CHECK(mo.get("Type") == std::string_view("sms"));
  CHECK(looks_like_form(inbound));
}

TEST_CASE("form: a Vonage SMS DLR query string, with and without its '?'") {
  const std::string query = triage_test::fixture("form/vonage_dlr_get_php_sdk.query");
  std::vector<char> scratch;
  const form_read dlr = read_ok(query, scratch);
  CHECK(dlr.keys() == std::vector<std::string>{"msisdn", "to", "network-code", "messageId", "price", "status", "scts",
                                               "err-code", "api-key", "client-ref", "message-timestamp"});
  CHECK(dlr.get("message-timestamp") == std::string_view("2020-07-17 02:34:35"));
  CHECK(dlr.get("err-code") == std::string_view("0"));
  CHECK(looks_like_form(query));

  const std::string url_query = "?" + query;
  std::vector<char> scratch2;
  const form_read same = read_ok(url_query, scratch2);
  REQUIRE(same.fields.size() == dlr.fields.size());
  for (std::size_t i = 0; i < same.fields.size(); ++i) {
    CHECK(same.fields[i].key == dlr.fields[i].key);
    CHECK(same.fields[i].value == dlr.fields[i].value);
    CHECK(same.fields[i].key_offset == dlr.fields[i].key_offset + 1);  // offsets count from the caller's '?'
    CHECK(same.fields[i].value_offset == dlr.fields[i].value_offset + 1);
  }
  CHECK(looks_like_form(url_query));
}

TEST_CASE("form: pairs, separators and empty parts") {
  std::vector<char> scratch;
  SECTION("empty pairs are skipped, a trailing '&' too") {
    const form_read f = read_ok("a=1&&b=2&", scratch);
    REQUIRE(f.fields.size() == 2);
    CHECK(f.fields[0].key == "a");
    CHECK(f.fields[1].key == "b");
    CHECK(f.fields[1].key_offset == 5);
    CHECK(f.fields[1].value_offset == 7);
  }
  SECTION("nothing, blanks, '?' alone or only separators: no fields and no error") {
    CHECK(read_ok("", scratch).fields.empty());
    CHECK(read_ok(" \r\n", scratch).fields.empty());
    CHECK(read_ok("?", scratch).fields.empty());
    CHECK(read_ok("&&&", scratch).fields.empty());
  }
  SECTION("';' is not a separator") {
    const form_read f = read_ok("a=1;b=2", scratch);
    REQUIRE(f.fields.size() == 1);
    CHECK(f.fields[0].value == "1;b=2");
  }
  SECTION("a key without '=' has an empty value, placed just past the key") {
    const form_read f = read_ok("flag&b=2", scratch);
    REQUIRE(f.fields.size() == 2);
    CHECK(f.fields[0].key == "flag");
    CHECK(f.fields[0].value.empty());
    CHECK(f.fields[0].value_offset == 4);
    CHECK(f.fields[0].value.data() == std::string_view("flag&b=2").data() + 4);
  }
  SECTION("the first '=' ends the key; the others are the value's") {
    const form_read f = read_ok("sig=ab==&x=a=b", scratch);
    CHECK(f.get("sig") == std::string_view("ab=="));
    CHECK(f.get("x") == std::string_view("a=b"));
  }
  SECTION("an empty key is yielded as such") {
    const form_read f = read_ok("=x&=", scratch);
    REQUIRE(f.fields.size() == 2);
    CHECK(f.fields[0].key.empty());
    CHECK(f.fields[0].value == "x");
    CHECK(f.fields[1].key.empty());
    CHECK(f.fields[1].value.empty());
  }
  SECTION("one leading '?' is skipped, not two") {
    const std::string_view body = "??a=1";
    const form_read f = read_ok(body, scratch);
    REQUIRE(f.fields.size() == 1);
    CHECK(f.fields[0].key == "?a");
    CHECK(f.fields[0].key_offset == 1);
    check_zero_copy(body, f.fields[0]);
  }
  SECTION("white space around the body is trimmed; offsets still count from its first byte") {
    const std::string_view body = "\n a=1 \r\n";
    const form_read f = read_ok(body, scratch);
    REQUIRE(f.fields.size() == 1);
    CHECK(f.fields[0].key_offset == 2);
    CHECK(f.fields[0].value == "1");
    check_zero_copy(body, f.fields[0]);
  }
}

TEST_CASE("form: decoding") {
  std::vector<char> scratch;
  SECTION("'+' is a space, %2B a plus, hex digits of either case") {
    const form_read f = read_ok("a=1+of+1&To=%2B15558675310&l=%c3%a9&u=%C3%A9&m=%2b", scratch);
    CHECK(f.get("a") == std::string_view("1 of 1"));
    CHECK(f.get("To") == std::string_view("+15558675310"));
    CHECK(f.get("l") == std::string_view("\xC3\xA9"));
    CHECK(f.get("u") == std::string_view("\xC3\xA9"));
    CHECK(f.get("m") == std::string_view("+"));
  }
  SECTION("keys are decoded too") {
    const form_read f = read_ok("Media%55rl0=x&a+b=y&%5Bk%5D=z", scratch);
    CHECK(f.keys() == std::vector<std::string>{"MediaUrl0", "a b", "[k]"});
  }
  SECTION("raw UTF-8 and escaped UTF-8 mix") {
    const form_read f = read_ok("t=\xC3%A9&r=caf\xC3\xA9", scratch);
    CHECK(f.get("t") == std::string_view("\xC3\xA9"));
    CHECK(f.get("r") == std::string_view("caf\xC3\xA9"));
  }
  SECTION("%00 decodes to a NUL, kept in a sized view") {
    const form_read f = read_ok("a=%00b", scratch);
    REQUIRE(f.fields.size() == 1);
    CHECK(f.fields[0].value == std::string_view("\0b", 2));
  }
  SECTION("JSON nested in a value stays raw text") {
    const form_read f = read_ok("ChannelMetadata=%7B%22type%22%3A%22whatsapp%22%7D", scratch);
    CHECK(f.get("ChannelMetadata") == std::string_view(R"({"type":"whatsapp"})"));
  }
}

TEST_CASE("form: order and repeated keys") {
  std::vector<char> scratch;
  // The reader yields every occurrence of a repeated key, in body order; which one counts is the caller's.
  const form_read f = read_ok("z=1&MediaUrl=first&a=2&MediaUrl=second&z=3", scratch);
  CHECK(f.keys() == std::vector<std::string>{"z", "MediaUrl", "a", "MediaUrl", "z"});
  CHECK(f.fields[1].value == "first");
  CHECK(f.fields[3].value == "second");
  CHECK(f.fields[4].value == "3");
}

TEST_CASE("form: zero copy, and one scratch buffer that never moves") {
  const std::string body = "MessageSid=SM1&Body=hi+there&To=%2B1555&Status=sent";
  std::vector<char> scratch;
  form_reader reader(body, scratch);
  REQUIRE(scratch.capacity() >= body.size());
  const char* const buffer = scratch.data();
  std::vector<form_field> fields;
  form_field f;
  while (reader.next(f)) fields.push_back(f);
  REQUIRE_FALSE(reader.failed());
  REQUIRE(fields.size() == 4);
  CHECK(scratch.data() == buffer);  // decoded into the reserved space: earlier views still valid
  check_zero_copy(body, fields[0]);
  check_zero_copy(body, fields[3]);
  CHECK(points_into(fields[1].key, body));
  CHECK(points_into(fields[1].value, scratch));
  CHECK(fields[1].value == "hi there");
  CHECK(points_into(fields[2].value, scratch));
  CHECK(fields[2].value == "+1555");
  CHECK(scratch.size() == 8 + 5);  // only the decoded values were written

  // Reused for a smaller body, the scratch buffer is not allocated again.
  const std::size_t capacity = scratch.capacity();
  const form_read again = read_ok("a=%41", scratch);
  CHECK(again.get("a") == std::string_view("A"));
  CHECK(scratch.capacity() == capacity);
  CHECK(scratch.data() == buffer);
}

TEST_CASE("form: malformed escapes are invalid_value at the '%', naming the field") {
  const triage::error bad_digit = read_error("a=1&b=%G1");
  CHECK(bad_digit.code() == error_code::invalid_value);
  CHECK(bad_digit.offset() == 6);
  CHECK(bad_digit.path() == "b");
  CHECK(bad_digit.message() == "b: invalid value (malformed percent escape: '%' must be followed by two hex digits)");

  CHECK(read_error("a=%4").offset() == 2);      // cut by the end of the body
  CHECK(read_error("a=%").offset() == 2);       // no digit at all
  CHECK(read_error("a=%4&b=1").offset() == 2);  // cut by the end of the pair
  CHECK(read_error("a=%4\n").offset() == 2);    // the newline is trimmed, not a digit
  CHECK(read_error("x=ok&To=%2B1%2").path() == "To");
  CHECK(read_error("x=ok&To=%2B1%2").offset() == 12);

  const triage::error decoded_key = read_error("Media%55rl0=%zz");
  CHECK(decoded_key.path() == "MediaUrl0");  // the decoded key names the field

  const triage::error in_key = read_error("ok=1&a%=1");
  CHECK(in_key.code() == error_code::invalid_value);
  CHECK(in_key.offset() == 6);
  CHECK(in_key.path().empty());  // the key could not be read
  CHECK_THAT(in_key.message(), triage_test::contains("in a key"));
}

TEST_CASE("form: decoded bytes that are not UTF-8 are invalid_utf8 where the sequence starts") {
  struct bad_case {
    std::string_view body;
    std::size_t offset;
  };
  const bad_case cases[] = {
      {"a=%FF", 2},                   // never a UTF-8 byte
      {"a=ok%C3", 4},                 // cut at the end of the value
      {"a=ok%C3&b=1", 4},             // cut at the end of the pair
      {"a=%C3%28", 2},                // not a continuation byte
      {"a=%C0%AF", 2},                // overlong
      {"a=%ED%A0%80", 2},             // a surrogate
      {"a=%F4%90%80%80", 2},          // past U+10FFFF
      {"a=%80", 2},                   // a continuation byte alone
      {"a=x\xFF", 3},                 // raw, in a value read without copying
      {"a=\xC0\xAF", 2},              // raw overlong
      {"a=\xE2\x82", 2},              // raw, cut
      {"a=ok+\xE2%82", 5},            // raw lead, escaped continuation, cut
      {"a=1&Body=hi%F0%9F%93+", 11},  // a '+' (space) cannot continue a sequence
  };
  for (const bad_case& c : cases) {
    INFO(std::string(c.body));
    const triage::error e = read_error(c.body);
    CHECK(e.code() == error_code::invalid_utf8);
    CHECK(e.offset() == c.offset);
    CHECK_FALSE(e.path().empty());
  }
  const triage::error in_key = read_error("%FF=1");
  CHECK(in_key.code() == error_code::invalid_utf8);
  CHECK(in_key.offset() == 0);
  CHECK(in_key.path().empty());
  CHECK(in_key.message() == "invalid UTF-8 (in a key)");
  CHECK(read_error("Body=%F0%9F").message() == "Body: invalid UTF-8");
}

TEST_CASE("form: the first problem decides, and the fields before it were read") {
  std::vector<char> scratch;
  const form_read f = read_form("a=1&b=%FF&c=%G1", scratch);
  CHECK(f.keys() == std::vector<std::string>{"a"});
  REQUIRE(f.failure);
  CHECK(f.failure->code() == error_code::invalid_utf8);  // b comes before c
  CHECK(f.failure->offset() == 6);
  // Within one value, a malformed escape wins over invalid UTF-8 before it (the escape is syntax).
  const triage::error e = read_error("v=%FF%G1");
  CHECK(e.code() == error_code::invalid_value);
  CHECK(e.offset() == 5);
  // A bad key is reported before its value is looked at.
  CHECK(read_error("%FF=%G1").code() == error_code::invalid_utf8);
}

TEST_CASE("form: limits on fields and on decoded key and value lengths") {
  std::vector<char> scratch;
  SECTION("fields") {
    form_limits limits;
    limits.max_fields = 3;
    CHECK(read_ok("a&b&c", scratch, limits).fields.size() == 3);
    CHECK(read_ok("a&&b&&c&&", scratch, limits).fields.size() == 3);  // empty pairs are not fields
    const triage::error e = read_error("a&b&c&d=1", limits);
    CHECK(e.code() == error_code::too_many_items);
    CHECK(e.offset() == 6);
    CHECK_THAT(e.message(), triage_test::contains("max_fields"));
  }
  SECTION("the default allows 1000 fields") {
    std::string body;
    for (int i = 0; i < 1000; ++i)
      body += "MediaUrl" + std::to_string(i) + "=https%3A%2F%2Fx%2F" + std::to_string(i) + "&";
    const form_read f = read_ok(body, scratch);
    REQUIRE(f.fields.size() == 1000);
    CHECK(f.fields[999].value == "https://x/999");
    CHECK(read_error(body + "one=more").code() == error_code::too_many_items);
    CHECK(read_error(body + "one=more").offset() == body.size());
  }
  SECTION("keys, counted once decoded") {
    form_limits limits;
    limits.max_key_length = 4;
    CHECK(read_ok("abcd=1", scratch, limits).fields.size() == 1);
    CHECK(read_ok("%41%42%43%44=1", scratch, limits).get("ABCD") == std::string_view("1"));
    const triage::error e = read_error("ok=1&abcde=1", limits);
    CHECK(e.code() == error_code::string_too_long);
    CHECK(e.offset() == 5);
    CHECK(e.path().empty());
    CHECK(read_error("%41%42%43%44%45=1", limits).code() == error_code::string_too_long);
    CHECK(read_error("abcde", limits).code() == error_code::string_too_long);  // no '=' needed
  }
  SECTION("values, counted once decoded") {
    form_limits limits;
    limits.max_value_length = 8;
    CHECK(read_ok("a=12345678", scratch, limits).fields.size() == 1);
    CHECK(read_ok("a=%31%32%33%34%35%36%37%38", scratch, limits).get("a") == std::string_view("12345678"));
    const triage::error e = read_error("a=123456789", limits);
    CHECK(e.code() == error_code::string_too_long);
    CHECK(e.offset() == 2);
    CHECK(e.path() == "a");
    CHECK(read_error("a=1234+5678", limits).code() == error_code::string_too_long);
  }
  SECTION("the default value limit is 1 MiB") {
    const std::string value(std::size_t{1} << 20, 'x');
    CHECK(read_ok("Body=" + value, scratch).fields[0].value.size() == value.size());
    CHECK(read_error("Body=" + value + "x").code() == error_code::string_too_long);
    // The same length escaped: decoded into the scratch buffer, which was reserved once for all of it.
    std::string escaped = "AddOns=";
    for (std::size_t i = 0; i < value.size() / 2; ++i) escaped += "%7B+";
    const form_read f = read_ok(escaped, scratch);
    CHECK(f.fields[0].value.size() == value.size());
    CHECK(points_into(f.fields[0].value, scratch));
  }
}

TEST_CASE("form: looks_like_form") {
  static_assert(looks_like_form("MessageSid=SM1&To=%2B1"));
  static_assert(!looks_like_form(R"({"a":1})"));
  CHECK(looks_like_form("a=1"));
  CHECK(looks_like_form("?a=1"));
  CHECK(looks_like_form("  a=1\n"));
  CHECK(looks_like_form("a&b="));  // one '=' is enough; a key without one is allowed
  CHECK(looks_like_form("a=1&&b=2&"));
  CHECK(looks_like_form("err-code=0&message-timestamp=2020-07-17+02%3A34%3A35"));
  CHECK(looks_like_form("a%5B%5D=1"));
  CHECK(looks_like_form("a=%zz"));  // values are not looked at
  CHECK(looks_like_form("MessagingBinding.Address=x&k~=y"));

  CHECK_FALSE(looks_like_form(""));
  CHECK_FALSE(looks_like_form(" \n"));
  CHECK_FALSE(looks_like_form("?"));
  CHECK_FALSE(looks_like_form("{\"MessageSid\":\"SM1\"}"));
  CHECK_FALSE(looks_like_form("  [1,2]"));
  CHECK_FALSE(looks_like_form("hello"));
  CHECK_FALSE(looks_like_form("a&b"));  // no '=' anywhere
  CHECK_FALSE(looks_like_form("status: failed"));
  CHECK_FALSE(looks_like_form("a b=1"));
  CHECK_FALSE(looks_like_form("=1"));
  CHECK_FALSE(looks_like_form("a=1&=2"));
  CHECK_FALSE(looks_like_form("a+b=1"));  // '+' is not raw-safe in a key for detection
  CHECK_FALSE(looks_like_form("%zz=1"));
  CHECK_FALSE(looks_like_form("a%4=1"));
  CHECK_FALSE(looks_like_form("\"MessageSid\": \"SM1\""));
  CHECK_FALSE(looks_like_form("MessageSid: SM1\nMessageStatus: sent"));  // the docs' printed samples
  CHECK_FALSE(looks_like_form(triage_test::fixture("vibes/s1_handset_dlr_success.json")));
}

}  // namespace test_form
