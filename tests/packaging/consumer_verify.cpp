// A downstream program using triage::verify: the Standard Webhooks spec's vector verifies, and a changed
// body does not.
#include <triage/verify.hpp>

#include <cstdio>
#include <string_view>

int main() {
  const triage::header_field headers[] = {{"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
                                          {"webhook-timestamp", "1614265330"},
                                          {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}};
  const std::string_view secrets[] = {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"};
  triage::request req{"POST", "https://example.com/", {headers, 3}, R"({"test": 2432232314})", {}};
  const triage::verify_result good = triage::verify(triage::scheme::bird_v1, req, {secrets, 1}, {}, 1614265330);
  req.body = R"({"test": 2432232315})";
  const triage::verify_result bad = triage::verify(triage::scheme::bird_v1, req, {secrets, 1}, {}, 1614265330);
  std::printf("%s %s\n", triage::to_string(good.reason).data(), triage::to_string(bad.reason).data());
  return good && bad.reason == triage::verify_reason::bad_signature ? 0 : 1;
}
