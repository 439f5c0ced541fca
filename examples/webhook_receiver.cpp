// A webhook receiver: accepts provider callbacks over HTTP, checks that each comes from its provider, answers
// fast, and logs one line per callback with its verdict. Copy it into a service and replace log_callback()
// with your own sink.
//
//   triage-webhook-receiver [--host 127.0.0.1] [--port 8080] [--max-body BYTES] [--public-url URL]
//                           [--secrets-file FILE] [--require-auth] [--realm REALM] [--window S]
//                           [--trusted-proxy ADDR]...
//
// Routes: POST /webhooks/<provider>, one for every provider of the list (providers.hpp): /webhooks/vibes,
// /webhooks/bandwidth, ... The route names the provider, so a payload is never guessed at. A POST body is JSON
// or application/x-www-form-urlencoded as its Content-Type says (told apart by triage::detect_body_format
// when it says neither). A provider that posts forms (Twilio, Vonage, Plivo) may also be configured to call
// with GET: for those, GET /webhooks/<provider>?... reads the query string as the callback; GET
// /webhooks/whatsapp answers Meta's verification handshake when TRIAGE_VERIFY_TOKEN_WHATSAPP is set (200 with
// hub.challenge, else 403); for the others GET is a 405. Status codes follow what the providers retry on:
//   204 parsed and logged;
//   400 the body is not a callback of that provider (a body that will never parse must not be retried);
//   401 not authenticated (Bandwidth's first, credential-less leg gets its WWW-Authenticate challenge here);
//   403 authenticated by source address, and the address is not the provider's;
//   413 the body is larger than --max-body;
//   404 / 405 unknown route or method.
// Providers retry on 5xx and time-outs (Bandwidth for 24 h, Bird for 8 h), and deliver at least once:
// deduplicate downstream on the callback id.
//
// Authentication (triage/verify.hpp) per route, configured from the environment and --secrets-file, never
// from the command line: receiver_auth.hpp says how. Routes without authentication are listed at start;
// --require-auth refuses to start with any.

#include <httplib.h>
#include <triage/triage.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "error_body.hpp"
#include "receiver_auth.hpp"

namespace {

void log_callback(triage::provider provider, const triage::callback& cb, const triage::verdict& v) {
  const triage::callback_fields f = cb.fields();
  const std::lock_guard<std::mutex> lock(triage_receiver::log_mutex());
  fmt::print("{} {} id={} status={} code={} -> {} {} {}\n", provider, f.kind, f.id.value_or("-"),
             f.status.value_or("-"), f.code ? std::to_string(*f.code) : std::string("-"), v.outcome, v.category,
             v.retry);
  std::fflush(stdout);
}

/// The body's format as the request's one Content-Type says it, else as its bytes read
/// (triage::detect_body_format): a JSON provider given a form body then says so, and the reverse.
triage::body_format body_format_of(const httplib::Request& request) {
  // A repeated Content-Type says nothing: the bytes decide.
  if (request.get_header_value_count("Content-Type") != 1) return triage::detect_body_format(request.body);
  // get_header_value returns a copy: keep it alive while the view reads it.
  const std::string header = request.get_header_value("Content-Type");
  std::string_view type = header;
  type = triage::detail::trim_ascii_space(type.substr(0, type.find(';')));
  if (triage::detail::equals_ignoring_ascii_case(type, "application/x-www-form-urlencoded")) {
    return triage::body_format::form;
  }
  if (triage::detail::equals_ignoring_ascii_case(type, "application/json")) return triage::body_format::json;
  return triage::detect_body_format(request.body);
}

/// Parses, logs and answers one callback body of `provider`.
void answer(triage::provider provider, std::string_view body, triage::body_format format, httplib::Response& response);

/// One parser per server thread: parsers are reused, never shared.
triage::parser& thread_parser() {
  thread_local triage::parser parser;
  return parser;
}

httplib::Server* running = nullptr;

void stop(int) {
  if (running != nullptr) running->stop();
}

}  // namespace

namespace {

void answer(triage::provider provider, std::string_view body, triage::body_format format, httplib::Response& response) {
  auto batch = thread_parser().parse(body, provider, format);
  if (!batch) {
    fmt::print(stderr, "rejected {} payload: {}\n", provider, batch.error());
    response.status = 400;
    response.set_content(triage_receiver::error_body(batch.error()), "application/json");
    return;
  }
  for (const triage::callback& cb : *batch) log_callback(provider, cb, triage::classify(cb));
  response.status = 204;
}

}  // namespace

int main(int argc, char** argv) {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_body = std::size_t{1} << 20;
  bool require_auth = false;
  std::string secrets_file;
  triage_receiver::auth_config config;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (flag == "--require-auth") {
      require_auth = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr,
                   "usage: triage-webhook-receiver [--host H] [--port P] [--max-body BYTES] [--public-url URL]\n"
                   "         [--secrets-file FILE] [--require-auth] [--realm REALM] [--window S] "
                   "[--trusted-proxy ADDR]...\n");
      return 2;
    }
    const std::string value = argv[++i];
    if (flag == "--host") {
      host = value;
    } else if (flag == "--port") {
      port = std::atoi(value.c_str());
    } else if (flag == "--max-body") {
      max_body = std::strtoull(value.c_str(), nullptr, 10);
    } else if (!triage_receiver::read_auth_option(flag, value, config, secrets_file)) {
      std::fprintf(stderr, "unknown option %s (secrets are read from the environment or --secrets-file only)\n",
                   argv[i - 1]);
      return 2;
    }
  }
  if (!triage_receiver::configure(config, secrets_file)) return 2;
  const bool unauthenticated = triage_receiver::print_routes(config);
  if (require_auth && unauthenticated) {
    std::fprintf(stderr, "--require-auth: refusing to start with unauthenticated routes\n");
    return 2;
  }

  httplib::Server server;
  server.set_payload_max_length(max_body);  // larger bodies get 413 before they are read whole
  // One route per provider of the list: /webhooks/<name>; a name no provider has is a 404.
  server.Post(R"(/webhooks/([a-z_]+))", [&config](const httplib::Request& request, httplib::Response& response) {
    const auto provider = triage::provider_from_string(request.matches[1].str());
    if (!provider) {
      response.status = 404;
      return;
    }
    // The raw body is verified before anything parses it.
    if (!triage_receiver::authenticate(config, *provider, request, response)) return;
    answer(*provider, request.body, body_format_of(request), response);
  });
  // Meta's GET verification handshake (WhatsApp Cloud API): when the App Dashboard's Callback URL or Verify
  // token is set, Meta sends hub.mode=subscribe, hub.verify_token and hub.challenge and expects 200 with the
  // challenge. The token is TRIAGE_VERIFY_TOKEN_WHATSAPP (never on the command line); without one, 404.
  // Registered before the GET route of the form providers, which would answer it 405.
  const char* verify_token = triage_receiver::env("TRIAGE_VERIFY_TOKEN_WHATSAPP");
  const std::string hub_token = verify_token != nullptr ? verify_token : "";
  server.Get("/webhooks/whatsapp", [hub_token](const httplib::Request& request, httplib::Response& response) {
    if (hub_token.empty()) {
      response.status = 404;
      return;
    }
    const std::string mode = request.get_param_value("hub.mode");
    const std::string token = request.get_param_value("hub.verify_token");
    const std::string challenge = request.get_param_value("hub.challenge");
    const std::string_view answer = triage::whatsapp::subscription_challenge(mode, token, challenge, hub_token);
    if (answer.empty()) {
      const std::lock_guard<std::mutex> lock(triage_receiver::log_mutex());
      std::fprintf(stderr, "rejected whatsapp verification request: hub.mode or hub.verify_token differ -> 403\n");
      response.status = 403;
      return;
    }
    response.status = 200;
    response.set_content(std::string(answer), "text/plain");
  });

  // GET for the providers that post forms: the callback is the query string of the request-target, as sent.
  server.Get(R"(/webhooks/([a-z_]+))", [&config](const httplib::Request& request, httplib::Response& response) {
    const auto provider = triage::provider_from_string(request.matches[1].str());
    if (!provider) {
      response.status = 404;
      return;
    }
    if (!triage::reads_form_bodies(*provider)) {
      response.status = 405;
      return;
    }
    // The signature covers the URL, query included: verified before anything parses it.
    if (!triage_receiver::authenticate(config, *provider, request, response)) return;
    const std::size_t question = request.target.find('?');
    const std::string_view query =
        question == std::string::npos ? std::string_view() : std::string_view(request.target).substr(question);
    answer(*provider, query, triage::body_format::query, response);
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
