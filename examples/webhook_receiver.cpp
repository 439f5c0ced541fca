// A webhook receiver: accepts provider callbacks over HTTP, answers fast, and logs one line per callback
// with its verdict. Copy it into a service and replace log_callback() with your own sink.
//
//   triage-webhook-receiver [--host 127.0.0.1] [--port 8080] [--max-body BYTES]
//
// Routes: POST /webhooks/<provider>, one for every provider of the list (providers.hpp): /webhooks/vibes,
// /webhooks/bandwidth, ... The route names the provider, so a payload is never guessed at. Status codes follow what the
// providers retry on:
//   204 parsed and logged;
//   400 the body is not a callback of that provider (a body that will never parse must not be retried);
//   413 the body is larger than --max-body;
//   404 / 405 unknown route or method.
// Providers retry on 5xx and time-outs (Bandwidth for 24 h, Bird for 8 h), and deliver at least once:
// deduplicate downstream on the callback id.

#include <httplib.h>
#include <triage/triage.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>

namespace {

std::mutex log_mutex;

void log_callback(triage::provider provider, const triage::callback& cb, const triage::verdict& v) {
  const triage::callback_fields f = cb.fields();
  const std::lock_guard<std::mutex> lock(log_mutex);
  fmt::print("{} {} id={} status={} code={} -> {} {} {}\n", provider, f.kind, f.id.value_or("-"),
             f.status.value_or("-"), f.code ? std::to_string(*f.code) : std::string("-"), v.outcome, v.category,
             v.retry);
  std::fflush(stdout);
}

/// One parser per server thread: parsers are reused, never shared.
triage::parser& thread_parser() {
  thread_local triage::parser parser;
  return parser;
}

std::string error_body(const triage::error& e) {
  std::string body = R"({"error":")";
  for (char c : e.message()) {
    if (c == '"' || c == '\\') body += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) body += c;
  }
  body += R"(","offset":)";
  body += e.has_offset() ? std::to_string(e.offset()) : std::string("null");
  body += "}";
  return body;
}

httplib::Server* running = nullptr;

void stop(int) {
  if (running != nullptr) running->stop();
}

}  // namespace

int main(int argc, char** argv) {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_body = std::size_t{1} << 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--host") {
      host = argv[i + 1];
    } else if (flag == "--port") {
      port = std::atoi(argv[i + 1]);
    } else if (flag == "--max-body") {
      max_body = std::strtoull(argv[i + 1], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: triage-webhook-receiver [--host H] [--port P] [--max-body BYTES]\n");
      return 2;
    }
  }

  httplib::Server server;
  server.set_payload_max_length(max_body);  // larger bodies get 413 before they are read whole
  // One route per provider of the list: /webhooks/<name>; a name no provider has is a 404.
  server.Post(R"(/webhooks/([a-z_]+))", [](const httplib::Request& request, httplib::Response& response) {
    const auto provider = triage::provider_from_string(request.matches[1].str());
    if (!provider) {
      response.status = 404;
      return;
    }
    auto batch = thread_parser().parse(std::string_view(request.body), *provider);
    if (!batch) {
      fmt::print(stderr, "rejected {} payload: {}\n", *provider, batch.error());
      response.status = 400;
      response.set_content(error_body(batch.error()), "application/json");
      return;
    }
    for (const triage::callback& cb : *batch) log_callback(*provider, cb, triage::classify(cb));
    response.status = 204;
  });

  running = &server;
  std::signal(SIGTERM, stop);
  std::signal(SIGINT, stop);
  if (!server.bind_to_port(host.c_str(), port)) {
    std::fprintf(stderr, "cannot listen on %s:%d\n", host.c_str(), port);
    return 1;
  }
  std::fprintf(stderr, "listening on %s:%d\n", host.c_str(), port);
  server.listen_after_bind();
  return 0;
}
