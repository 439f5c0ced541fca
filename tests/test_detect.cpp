// Strict provider detection (detect.hpp): a provider claims a payload only when every key of one of its
// shapes is there with its JSON type; anything else is unknown_provider, with the closest shape named.

#include <triage/triage.hpp>

#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace test_detect {

namespace {

triage::result<triage::batch> parse(triage::parser& parser, const std::string& json) {
  return parser.parse(std::string_view(json));
}

/// The unknown_provider error of a payload (a failed REQUIRE if it parses, or fails otherwise).
triage::error unknown(triage::parser& parser, const std::string& json) {
  auto batch = parse(parser, json);
  REQUIRE_FALSE(batch);
  CHECK(batch.error().code() == triage::error_code::unknown_provider);
  return batch.error();
}

}  // namespace

TEST_CASE("every provider's shapes are listed, with keys that are never empty") {
  for (triage::provider p : triage::all_providers) {
    CAPTURE(p);
    std::size_t shapes = 0;
    // A provider is recognised by its JSON shapes, its form shapes (Twilio posts forms only), or both.
    auto count = [&](const auto& all) {
      for (const triage::detail::provider_shape& s : all) {
        if (s.id != p) continue;
        ++shapes;
        // One key is never a signature. Infobip's bodies have one top-level key, `results`, so its one shape
        // has one key, and its parse is the second half of the signature: it claims the body only when a
        // report in `results` has messageId with another of Infobip's report keys, else it fails with
        // unknown_provider (checked below and in test_infobip_fixtures.cpp).
        CHECK(s.what->size() >= (p == triage::provider::infobip ? 1u : 2u));
        CHECK_FALSE(s.what->description.empty());
      }
    };
    count(triage::detail::provider_shapes);
    count(triage::detail::provider_form_shapes);
    CHECK(shapes >= 1);
  }
  triage::parser parser;
  for (const char* json : {R"({"results":[]})", R"({"results":[{"id":1}]})", R"({"results":[{"messageId":"m"}]})"}) {
    CAPTURE(json);
    auto batch = parser.parse(std::string_view(json));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
  }
}

TEST_CASE("a Vibes callback needs event_id and callback_type, as strings, in any key order") {
  triage::parser parser;
  for (const std::string& json :
       {std::string(R"({"id":1,"status":"x","callback_type":"event_processed","event_id":"e"})"),
        std::string(R"({"event_id":"e","callback_type":"subscription_added"})"),
        std::string(
            R"({"event_processed":{},"event_date":"2024","callback_type":"event_processed","ev\u0065nt_id":"e"})")}) {
    CAPTURE(json);
    auto batch = parse(parser, json);
    REQUIRE(batch);
    CHECK((*batch)[0].provider() == triage::provider::vibes);
  }
  const triage::error missing = unknown(parser, R"({"event_id":"e","foo":1})");
  CHECK(missing.path() == "callback_type");
  CHECK(missing.expected() == "a string");
  CHECK(missing.found() == triage::json_type::none);
  CHECK_THAT(missing.message(), triage_test::contains("closest: a Vibes callback"));
  const triage::error wrong = unknown(parser, R"({"event_id":7,"callback_type":"event_processed"})");
  CHECK(wrong.path() == "event_id");
  CHECK(wrong.found() == triage::json_type::number);
}

TEST_CASE("Bandwidth payloads need a type and a message object: an array of events, or a bare event") {
  triage::parser parser;
  auto array = parse(parser, R"([{"type":"message-delivered","message":{"id":"m"}},{"type":"message-sent"}])");
  REQUIRE(array);
  REQUIRE(array->size() == 2);
  CHECK((*array)[0].provider() == triage::provider::bandwidth);
  CHECK((*array)[0].kind() == "message_delivered");
  CHECK((*array)[0].id() == std::optional<std::string_view>("m"));
  CHECK((*array)[1].kind() == "message_sent");

  auto bare = parse(parser, R"({"type":"message-failed","errorCode":4432,"message":{"id":"m"}})");
  REQUIRE(bare);
  REQUIRE(bare->size() == 1);
  CHECK((*bare)[0].provider() == triage::provider::bandwidth);
  CHECK(triage::classify((*bare)[0]).outcome == triage::outcome::permanent);

  // Keys no shape names come first and are skipped whole.
  for (
      const std::string& json :
      {std::string(R"([{"id":"x","status":"y","reason":"z","message":{"id":"m"},"type":"message-sent"}])"),
       std::string(
           R"({"zz_unknown":{"event_id":"v"},"id":"x","errorCode":"9902","type":"message-failed","message":{}})"),
       std::string(
           R"([{"extra":[{"channelId":"c"}],"eventTime":"2024-12-02T20:15:58Z","type":"message-read","message":{}}])")}) {
    CAPTURE(json);
    auto batch = parse(parser, json);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == triage::provider::bandwidth);
  }

  // A type alone, or with a message that is not an object, is no Bandwidth event.
  const triage::error alone = unknown(parser, R"({"type":"message-failed","errorCode":4432})");
  CHECK(alone.path() == "message");
  CHECK(alone.expected() == "an object");
  CHECK_THAT(alone.message(), triage_test::contains("closest: a Bandwidth messaging event"));
  const triage::error text = unknown(parser, R"([{"type":"message","message":"hello"}])");
  CHECK(text.path() == "[0].message");
  CHECK(text.found() == triage::json_type::string);
}

TEST_CASE("only the first element of an array decides, and [] alone is no provider") {
  triage::parser parser;
  const triage::error empty = unknown(parser, "[]");
  CHECK(empty.offset() == 0);
  unknown(parser, R"([{"hello":"world"},{"type":"message-sent","message":{}}])");
  auto known =
      parser.parse(std::string_view(R"([{"hello":"world"},{"type":"message-sent"}])"), triage::provider::bandwidth);
  REQUIRE(known);
  CHECK(known->size() == 2);
  CHECK((*known)[0].kind() == "unknown");
  CHECK((*known)[1].kind() == "message_sent");
}

TEST_CASE("Bird payloads: the webhook envelope with its payload, or a bare message with id, channelId and status") {
  struct detected {
    std::string json;
    const char* id;
  };
  const detected cases[] = {
      // The webhook envelope, in its documented key order and with the payload first.
      {R"({"service":"channels","event":"sms.outbound","payload":{"id":"m1","status":"delivered"}})", "m1"},
      {R"({"payload":{"id":"m2","status":"sent"},"event":"whatsapp.outbound","service":"channels"})", "m2"},
      // A bare message.
      {R"({"id":"m3","status":"delivery_failed","reason":"x","details":"unknown_subscriber","channelId":"c"})", "m3"},
      {R"({"channelId":"c","id":"m4","status":"accepted"})", "m4"},
      // Escaped keys are decoded before they are compared.
      {R"({"id":"m5","ch\u0061nnelId":"c","status":"sent"})", "m5"},
  };
  triage::parser parser;
  for (const detected& c : cases) {
    CAPTURE(c.json);
    auto batch = parse(parser, c.json);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == triage::provider::bird);
    CHECK((*batch)[0].kind() == "message");
    CHECK((*batch)[0].id() == std::optional<std::string_view>(c.id));
  }
  // Only generic keys: no provider can be told, Bird included.
  unknown(parser, R"({"id":"m","status":"delivered","reason":"x"})");
  // A webhook subscription (no payload) is not a callback.
  const triage::error subscription = unknown(
      parser, R"({"service":"channels","event":"sms.inbound","url":"https://example.com/hook","signingKey":"k"})");
  CHECK(subscription.path() == "payload");
  CHECK_THAT(subscription.message(), triage_test::contains("closest: a Bird webhook envelope"));
  CHECK_THAT(subscription.message(), triage_test::contains("a Bird webhook subscription"));
  CHECK_THAT(subscription.message(), triage_test::contains("not a callback"));
  // With its payload, a root `url` changes nothing: the envelope is a callback.
  auto with_url = parse(parser, R"({"service":"channels","url":"https://example.com/hook","event":"sms.outbound",)"
                                R"("payload":{"id":"m","channelId":"c","status":"delivered"}})");
  REQUIRE(with_url);
  CHECK((*with_url)[0].provider() == triage::provider::bird);
  CHECK(triage::classify((*with_url)[0]).outcome == triage::outcome::delivered);
  // A null payload is no payload.
  unknown(parser, R"({"service":"channels","event":"sms.outbound","payload":null})");
  // A Bird message in an array is not a Bird payload (Bird does not post arrays).
  unknown(parser, R"([{"id":"m","channelId":"c","status":"sent"}])");
}

TEST_CASE("Vonage payloads: an SMS API DLR or inbound SMS, or a Messages API event with message_uuid and to") {
  struct detected {
    std::string json;
    const char* kind;
    const char* id;
  };
  const detected cases[] = {
      // The DLR's usual keys; without network-code (vonage-php-sdk-core#435); an inbound SMS.
      {R"({"msisdn":"447700900000","to":"Acme","network-code":"23410","messageId":"0B01","status":"delivered"})",
       "delivery_receipt", "0B01"},
      {R"({"status":"failed","err-code":"12","messageId":"0B02","msisdn":"447700900000","to":"Acme"})",
       "delivery_receipt", "0B02"},
      {R"({"network-code":"US-TOLL-FREE","msisdn":"1","status":"failed"})", "delivery_receipt", nullptr},
      {R"({"msisdn":"447700900001","to":"447700900000","messageId":"0A03","text":"Hi","type":"text"})", "inbound_sms",
       "0A03"},
      // The Messages API: a status, an inbound message, v0.1's objects; `to` before message_uuid.
      {R"({"message_uuid":"u1","to":"447700900000","from":"Acme","status":"rejected","channel":"sms"})",
       "message_status", "u1"},
      {R"({"to":"447700900000","from":"1","channel":"whatsapp","message_type":"text","message_uuid":"u2"})",
       "inbound_message", "u2"},
      {R"({"message_uuid":"u3","to":{"type":"sms","number":"1"},"status":"delivered"})", "message_status", "u3"},
      // Escaped keys are decoded before they are compared.
      {R"({"message_uuid":"u4","to":"1","status":"read"})", "message_status", "u4"},
  };
  triage::parser parser;
  for (const detected& c : cases) {
    CAPTURE(c.json);
    auto batch = parse(parser, c.json);
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == triage::provider::vonage);
    CHECK((*batch)[0].kind() == c.kind);
    CHECK((*batch)[0].id() == (c.id ? std::optional<std::string_view>(c.id) : std::nullopt));
  }
  // One key of a shape is not enough: msisdn alone, message_uuid alone, a messageId without msisdn (another
  // vendor's id), a Dispatch workflow event (dispatch_uuid, no message_uuid).
  const triage::error msisdn = unknown(parser, R"({"msisdn":"1","status":"delivered"})");
  CHECK_THAT(msisdn.message(), triage_test::contains("closest: a Vonage SMS API"));
  const triage::error uuid = unknown(parser, R"({"message_uuid":"u","status":"delivered"})");
  CHECK(uuid.path() == "to");
  unknown(parser, R"({"messageId":"m","status":"DELIVERED","to":"1"})");
  unknown(parser, R"({"template":"failover","dispatch_uuid":"d","status":"completed","to":"1"})");
  // A number where the shape wants a string does not complete it.
  unknown(parser, R"({"msisdn":447700900000,"network-code":"23410"})");
  // Vonage does not post arrays.
  unknown(parser, R"([{"msisdn":"1","messageId":"m","status":"delivered"}])");
}

TEST_CASE("a payload with no key of any shape says so") {
  triage::parser parser;
  const triage::error none = unknown(parser, R"({"hello":"world"})");
  CHECK(none.path().empty());
  CHECK_THAT(none.message(), triage_test::contains("no key that a provider always sends"));
  unknown(parser, "{}");
  unknown(parser, R"([{"callback_type":"event_processed","event_id":"e"}])");
  unknown(parser, R"([1,2,3])");
}

TEST_CASE("a known provider skips detection") {
  triage::parser parser;
  auto batch = parser.parse(std::string_view(R"({"id":"only-generic-keys"})"), triage::provider::vibes);
  REQUIRE(batch);
  CHECK((*batch)[0].provider() == triage::provider::vibes);
  CHECK(triage::classify((*batch)[0]).outcome == triage::outcome::unknown);
  auto scalar = parser.parse(std::string_view("7"), triage::provider::vibes);
  REQUIRE_FALSE(scalar);
  CHECK(scalar.error().code() == triage::error_code::scalar_document);
  auto wrong_shape = parser.parse(std::string_view("[]"), triage::provider::vibes);
  REQUIRE_FALSE(wrong_shape);
  CHECK(wrong_shape.error().code() == triage::error_code::wrong_type);
}

namespace {

/// A JSON value of the given type (json_type::none: any value, a string here).
std::string value_of(triage::json_type type) {
  switch (type) {
    case triage::json_type::object: return "{}";
    case triage::json_type::array: return "[]";
    case triage::json_type::number: return "1";
    case triage::json_type::boolean: return "true";
    case triage::json_type::null: return "null";
    default: return R"("x")";
  }
}

/// A value of another type than `type` (a number, or a string for a number).
std::string wrong_value_of(triage::json_type type) { return type == triage::json_type::number ? R"("x")" : "7"; }

/// The object with the shape's keys in the given order, `skip` left out and `wrong` given a mistyped value.
std::string object_of(const triage::detail::shape& shape, const std::vector<std::size_t>& order,
                      std::size_t skip = triage::detail::shape::max_keys,
                      std::size_t wrong = triage::detail::shape::max_keys) {
  std::string json = "{";
  for (std::size_t k : order) {
    // The bound is for g++ 12, which otherwise warns that keys[max_keys] may be read (-Warray-bounds).
    if (k == skip || k >= triage::detail::shape::max_keys) continue;
    if (json.size() > 1) json += ',';
    const triage::detail::shape_key& key = shape.keys[k];
    const std::string value = !key.example.empty() ? std::string(key.example) : value_of(key.type);
    json += '"' + std::string(key.name) + "\":" + (k == wrong ? wrong_value_of(key.type) : value);
  }
  return json + "}";
}

/// Another shape than `own` that the shape's keys complete with key `skip` left out (or `wrong` mistyped),
/// or nullptr: a wider shape's keys, one dropped, can be a narrower shape of their own (the legacy
/// MessageBird Conversations webhook less its conversation is Bandwidth's {type, message}).
const triage::detail::provider_shape* completed_by_rest(const triage::detail::provider_shape& own, bool in_array,
                                                        std::size_t skip = triage::detail::shape::max_keys,
                                                        std::size_t wrong = triage::detail::shape::max_keys) {
  const triage::detail::shape& shape = *own.what;
  for (const triage::detail::provider_shape& other : triage::detail::provider_shapes) {
    if (&other == &own || (in_array && !other.posts_arrays)) continue;
    bool complete = true;
    for (std::size_t j = 0; j < other.what->size() && complete; ++j) {
      const triage::detail::shape_key& needed = other.what->keys[j];
      bool present = false;
      for (std::size_t k = 0; k < shape.size(); ++k) {
        if (k == skip || k == wrong || shape.keys[k].name != needed.name) continue;
        present = needed.type == triage::json_type::none || needed.type == shape.keys[k].type;
      }
      complete = present;
    }
    if (complete) return &other;
  }
  return nullptr;
}

}  // namespace

// The parser claims a payload provisionally on its first decisive key and lets the provider's parse confirm
// the shape (detect.hpp); these cases hold the two paths to the same answer for every shape of the list.
TEST_CASE("every shape claims a payload of exactly its keys in any order, and loses it without any one of them") {
  triage::parser parser;
  for (const triage::detail::provider_shape& s : triage::detail::provider_shapes) {
    const triage::detail::shape& shape = *s.what;
    CAPTURE(s.id, shape.description);
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < shape.size(); ++k) order.push_back(k);
    const std::vector<std::size_t> reversed(order.rbegin(), order.rend());
    for (const auto& keys : {order, reversed}) {
      for (const std::string& json : {object_of(shape, keys), "[" + object_of(shape, keys) + "]"}) {
        const bool in_array = json.front() == '[';
        CAPTURE(json);
        auto batch = parse(parser, json);
        if (in_array && !s.posts_arrays) {
          // In an array only a shape of a provider that posts arrays counts, if the keys make one.
          if (const triage::detail::provider_shape* poster = completed_by_rest(s, true)) {
            REQUIRE(batch);
            CHECK((*batch)[0].provider() == poster->id);
            continue;
          }
          REQUIRE_FALSE(batch);
          CHECK(batch.error().code() == triage::error_code::unknown_provider);
          continue;
        }
        REQUIRE(batch);
        REQUIRE(batch->size() == 1);
        CHECK((*batch)[0].provider() == s.id);
        for (std::size_t k = 0; k < shape.size(); ++k) {
          CAPTURE(shape.keys[k].name);
          if (const triage::detail::provider_shape* rest = completed_by_rest(s, in_array, k)) {
            // The keys left are a shape of their own: theirs. With key k mistyped instead, theirs too, unless
            // that provider reads the key itself: then the error names it.
            auto narrower = parse(parser, object_of(shape, keys, k));
            REQUIRE(narrower);
            CHECK((*narrower)[0].provider() == rest->id);
            auto mistyped = parse(parser, object_of(shape, keys, shape.size(), k));
            if (mistyped) {
              CHECK((*mistyped)[0].provider() == rest->id);
            } else {
              CHECK(mistyped.error().code() == triage::error_code::wrong_type);
              CHECK(mistyped.error().path() == shape.keys[k].name);
            }
            continue;
          }
          const triage::error missing = unknown(parser, object_of(shape, keys, k));
          CHECK(missing.found() == triage::json_type::none);
          if (shape.keys[k].type == triage::json_type::none) continue;
          const std::string mistyped = object_of(shape, keys, triage::detail::shape::max_keys, k);
          const triage::error wrong = unknown(parser, mistyped);
          CHECK(wrong.path() == shape.keys[k].name);
          CHECK(wrong.found() != triage::json_type::none);
          CHECK(wrong.offset() == mistyped.find(wrong_value_of(shape.keys[k].type), mistyped.find(shape.keys[k].name)));
        }
      }
    }
  }
}

TEST_CASE("a payload that a decisive key claims for one provider but whose shape is another's is the other's") {
  triage::parser parser;
  // `service` is Bird's alone, but there is no Bird envelope here: the Vibes shape is complete.
  auto vibes = parse(parser, R"({"service":"channels","event_id":"e","callback_type":"event_processed"})");
  REQUIRE(vibes);
  CHECK((*vibes)[0].provider() == triage::provider::vibes);
  // `id` is Bird's alone, and Bird's parse fails on the mistyped channelId: Bandwidth's shape is complete.
  auto bandwidth = parse(parser, R"({"id":"m","channelId":5,"type":"message-sent","message":{}})");
  REQUIRE(bandwidth);
  CHECK((*bandwidth)[0].provider() == triage::provider::bandwidth);
  // An envelope without service, whose root is a bare Bird message too.
  auto bare = parse(parser, R"({"event":"sms.outbound","payload":{"id":"p"},"id":"m","channelId":"c"})");
  REQUIRE(bare);
  CHECK((*bare)[0].provider() == triage::provider::bird);
  // The error of a provisional claim that fails is the full detection's, not the provider's.
  const triage::error invalid = unknown(parser, R"({"id":"m","status":"sent","channelId":null})");
  CHECK(invalid.path() == "channelId");
}

TEST_CASE("a Plivo form is claimed by MessageUUID with Status, Text, Body or MediaCount, and nothing else is") {
  triage::parser parser;
  using triage::provider;
  for (const char* body : {"MessageUUID=u&Status=sent", "Status=queued&MessageUUID=u", "MessageUUID=u&Text=hi",
                           "Body=&MessageUUID=u", "MediaCount=1&MessageUUID=u&Media0=https%3A%2F%2Fm"}) {
    CAPTURE(body);
    auto batch = parser.parse(std::string_view(body));
    REQUIRE(batch);
    CHECK((*batch)[0].provider() == provider::plivo);
  }
  // Other vendors' forms are their own: Twilio's status and inbound callbacks (MessageSid, AccountSid)
  // and Vonage's SMS API receipt (msisdn, network-code, messageId).
  const std::pair<const char*, provider> others[] = {
      {"form/constructed_twilio_status_delivered.form", provider::twilio},
      {"form/constructed_twilio_inbound_addons_media.form", provider::twilio},
      {"form/vonage_dlr_get_php_sdk.query", provider::vonage}};
  for (const auto& [file, owner] : others) {
    CAPTURE(file);
    auto batch = parser.parse(std::string_view(triage_test::fixture(file)));
    REQUIRE(batch);
    REQUIRE(batch->size() == 1);
    CHECK((*batch)[0].provider() == owner);
  }
  // A Twilio status with a Plivo-looking Status key but no MessageUUID is Twilio's.
  auto twilio_like = parser.parse(std::string_view("MessageSid=SM1&Status=delivered&AccountSid=AC1"));
  REQUIRE(twilio_like);
  CHECK((*twilio_like)[0].provider() == provider::twilio);
  // Near misses: a Plivo key alone, keys of another case (courier's tests send `status=`, which Plivo never
  // does).
  for (const char* body :
       {"MessageUUID=u", "Status=delivered&To=1", "messageuuid=u&status=sent", "message_uuid=u&status=delivered"}) {
    CAPTURE(body);
    auto batch = parser.parse(std::string_view(body));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code() == triage::error_code::unknown_provider);
  }
  // The closest shape and its missing key are named.
  auto half = parser.parse(std::string_view("MessageUUID=u&From=1"));
  REQUIRE_FALSE(half);
  CHECK(half.error().path() == "Status");
  CHECK_THAT(half.error().message(), triage_test::contains("Plivo message status callback"));
  // A JSON rendering of a Plivo callback (an application's log) is no provider's JSON: Plivo posts forms.
  auto json = parser.parse(std::string_view(R"({"MessageUUID":"u","Status":"delivered","ErrorCode":""})"));
  REQUIRE_FALSE(json);
  CHECK(json.error().code() == triage::error_code::unknown_provider);
}

}  // namespace test_detect
