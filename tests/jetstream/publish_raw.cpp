// Publishes standard input as one message to SUBJECT and waits for the stream's ack: the JetStream tests'
// way to put a payload in front of a worker that no receiver would have let through (poison).
//
//   triage-jetstream-publish-raw [--servers URLS] SUBJECT < BODY
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

#include "nats_support.hpp"

int main(int argc, char** argv) {
  std::string servers = triage_js::local_cluster_servers;
  const int first = triage_js::take_servers_option(argc, argv, servers);
  if (argc != first + 1) {
    std::fprintf(stderr, "usage: triage-jetstream-publish-raw [--servers URLS] SUBJECT < BODY\n");
    return 2;
  }
  const std::string body((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  triage_js::session session;
  if (triage_js::nats_error e = triage_js::connect(servers, session, "triage-publish-raw")) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 2;
  }
  jsPubAck* ack = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s =
      js_Publish(&ack, session.js.get(), argv[first], body.data(), static_cast<int>(body.size()), nullptr, &code);
  if (s != NATS_OK) {
    std::fprintf(stderr, "%s\n", triage_js::error_of(s, "publish", code).text.c_str());
    return 1;
  }
  std::printf("%llu\n", static_cast<unsigned long long>(ack->Sequence));
  jsPubAck_Destroy(ack);
  return 0;
}
