// triage-jetstream-receiver: accepts provider callbacks over HTTP and answers only once they are durable
// in the JetStream cluster, so a receiver that dies loses nothing (the provider retries what we did not
// answer). Stateless: run as many as the load needs behind a load balancer.
//
//   triage-jetstream-receiver [--host 127.0.0.1] [--port 8080] [--servers URL,URL,...] [--threads N]
//                             [--max-body BYTES] [--max-in-flight N] [--ack-timeout-ms MS] [--retry-after S]
//                             [--answer-only] [--public-url URL] [--secrets-file FILE] [--require-auth]
//                             [--realm REALM] [--window S] [--trusted-proxy ADDR]...
//
// --answer-only is the benchmark's baseline: the same HTTP server answering 204 without parsing or publishing.
//
// POST /webhooks/<provider>:
//   204 every callback of the payload is stored in stream CB (or was already: a retry; the header
//       Triage-Duplicates says how many were);
//   400 the body is not a callback of that provider (it never will be: do not retry);
//   401 not authenticated (Bandwidth's first, credential-less leg gets its WWW-Authenticate challenge here),
//   403 authenticated by source address, and the address is not the provider's: every route with a secret
//       is verified before anything is parsed or published, as by the plain receiver (../receiver_auth.hpp:
//       secrets from the environment or --secrets-file, never from the command line);
//   503 + Retry-After the cluster did not acknowledge in time (no quorum, no connection, too many in
//       flight): the provider retries, and the broker drops what was stored the first time (Nats-Msg-Id).
// Each callback (each element of a Bandwidth batch) is published on its own to cb.in.<provider>.<key>,
// where the server maps its key to a partition; its Nats-Msg-Id is its duplicate identity (key_token.hpp).
//
// HTTP: cpp-httplib with a thread pool as large as the connections to serve (--threads): each keep-alive
// connection holds a thread, and a thread waiting for its acks costs a stack, not CPU. A pool smaller than
// the connections makes connections queue for a thread (the plain receiver's p99 at 256 connections).

#include <httplib.h>
#include <triage/triage.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "../error_body.hpp"
#include "../receiver_auth.hpp"
#include "async_publisher.hpp"
#include "key_token.hpp"
#include "nats_support.hpp"
#include "split_batch.hpp"
#include "topology.hpp"

namespace {

struct receiver_options {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string servers = triage_js::local_cluster_servers;
  std::size_t threads = 300;
  std::size_t max_body = std::size_t{1} << 20;
  std::int64_t max_in_flight = 4096;
  std::int64_t ack_timeout_ms = 5000;
  int retry_after_seconds = 2;
  bool answer_only = false;  // the benchmark's baseline: the same server answering 204 without any work
  bool require_auth = false;
  std::string secrets_file;
  triage_receiver::auth_config auth;
};

bool parse_options(int argc, char** argv, receiver_options& o) {
  for (int i = 1; i < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--answer-only" || flag == "--require-auth") {
      (flag == "--answer-only" ? o.answer_only : o.require_auth) = true;
      --i;
      continue;
    }
    if (i + 1 >= argc) return false;
    const char* value = argv[i + 1];
    if (flag == "--host") {
      o.host = value;
    } else if (flag == "--port") {
      o.port = std::atoi(value);
    } else if (flag == "--servers") {
      o.servers = value;
    } else if (flag == "--threads") {
      o.threads = std::strtoull(value, nullptr, 10);
    } else if (flag == "--max-body") {
      o.max_body = std::strtoull(value, nullptr, 10);
    } else if (flag == "--max-in-flight") {
      o.max_in_flight = std::strtoll(value, nullptr, 10);
    } else if (flag == "--ack-timeout-ms") {
      o.ack_timeout_ms = std::strtoll(value, nullptr, 10);
    } else if (flag == "--retry-after") {
      o.retry_after_seconds = std::atoi(value);
    } else if (!triage_receiver::read_auth_option(flag, value, o.auth, o.secrets_file)) {
      return false;
    }
  }
  return o.port > 0 && o.threads > 0 && o.max_in_flight > 0 && o.ack_timeout_ms > 0;
}

struct counters {
  std::atomic<std::uint64_t> accepted{0};     // requests answered 204
  std::atomic<std::uint64_t> callbacks{0};    // callbacks acknowledged by the stream
  std::atomic<std::uint64_t> duplicates{0};   // of which the broker already had (a retry)
  std::atomic<std::uint64_t> rejected{0};     // 400
  std::atomic<std::uint64_t> unavailable{0};  // 503
};

/// Per server thread: a parser is reused, never shared.
struct thread_parsers {
  triage::parser triage;
  simdjson::ondemand::parser split;
  std::vector<std::string_view> parts;
  std::vector<triage_js::outgoing> group;
};

thread_parsers& parsers() {
  thread_local thread_parsers p;
  return p;
}

class receiver {
 public:
  receiver(const receiver_options& o, triage_js::async_publisher& publisher) : options_(o), publisher_(publisher) {}

  void handle(const httplib::Request& request, httplib::Response& response) {
    const auto provider = triage::provider_from_string(request.matches[1].str());
    if (!provider) {
      response.status = 404;
      return;
    }
    if (options_.answer_only) {
      response.status = 204;
      return;
    }
    // The raw body is verified before anything parses or publishes it.
    if (!triage_receiver::authenticate(options_.auth, *provider, request, response)) return;
    thread_parsers& p = parsers();
    // One padded copy: the batch's views and the split's both point into it while we publish.
    const simdjson::padded_string body(request.body);
    auto batch = p.triage.parse(simdjson::padded_string_view(body), *provider);
    if (!batch) {
      ++counters_.rejected;
      response.status = 400;
      response.set_content(triage_receiver::error_body(batch.error()), "application/json");
      return;
    }
    // Each element of a top-level array is a callback of its own (Bandwidth); a body of one object that
    // holds several (WhatsApp's entries and statuses, Telnyx's recipients, Infobip's results) is published
    // whole once per callback, with its index, and the worker folds that one.
    const bool split = triage_js::split_batch(p.split, body, p.parts);
    const bool whole = split && p.parts.size() == 1 && batch->size() > 1;
    if (!split || (p.parts.size() != batch->size() && !whole)) {
      ++counters_.rejected;
      response.status = 400;
      response.set_content(R"({"error":"the payload's callbacks cannot be told apart","offset":null})",
                           "application/json");
      return;
    }
    p.group.clear();
    std::size_t i = 0;
    for (const triage::callback& cb : *batch) {
      const triage::observation o = triage::make_observation(cb);
      const std::string token = triage_js::key_token(o);
      triage_js::outgoing out;
      out.subject = "cb.in.";
      out.subject += triage::to_string(*provider);
      out.subject += '.';
      out.subject += token;
      out.body = whole ? p.parts[0] : p.parts[i];
      if (whole) out.index = static_cast<int>(i);
      ++i;
      out.msg_id = triage_js::message_id(*provider, token, o.fingerprint);
      p.group.push_back(std::move(out));
    }
    const triage_js::group_result r = publisher_.publish(p.group);
    if (!r.all_acked) {
      ++counters_.unavailable;
      response.status = 503;
      response.set_header("Retry-After", std::to_string(options_.retry_after_seconds));
      response.set_content(r.error, "text/plain");
      return;
    }
    ++counters_.accepted;
    counters_.callbacks += p.group.size();
    counters_.duplicates += r.duplicates;
    // How many of the callbacks the stream already had: on a retry, a non-zero count means the first
    // attempt was stored and only its answer was lost.
    response.set_header("Triage-Duplicates", std::to_string(r.duplicates));
    response.status = 204;
  }

  void print_counters() const {
    std::fprintf(stderr, "receiver: accepted=%llu callbacks=%llu duplicates=%llu rejected=%llu unavailable=%llu\n",
                 static_cast<unsigned long long>(counters_.accepted.load()),
                 static_cast<unsigned long long>(counters_.callbacks.load()),
                 static_cast<unsigned long long>(counters_.duplicates.load()),
                 static_cast<unsigned long long>(counters_.rejected.load()),
                 static_cast<unsigned long long>(counters_.unavailable.load()));
  }

 private:
  const receiver_options& options_;
  triage_js::async_publisher& publisher_;
  counters counters_;
};

httplib::Server* running = nullptr;

void stop(int) {
  if (running != nullptr) running->stop();
}

}  // namespace

int main(int argc, char** argv) {
  receiver_options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr,
                 "usage: triage-jetstream-receiver [--host H] [--port P] [--servers URLS] [--threads N] "
                 "[--max-body BYTES] [--max-in-flight N] [--ack-timeout-ms MS] [--retry-after S] [--answer-only]\n"
                 "         [--public-url URL] [--secrets-file FILE] [--require-auth] [--realm REALM] [--window S] "
                 "[--trusted-proxy ADDR]...\n"
                 "(secrets are read from the environment or --secrets-file only)\n");
    return 2;
  }
  if (!triage_receiver::configure(options.auth, options.secrets_file)) return 2;
  if (triage_receiver::print_routes(options.auth) && options.require_auth) {
    std::fprintf(stderr, "--require-auth: refusing to start with unauthenticated routes\n");
    return 2;
  }
  triage_js::session session;
  if (triage_js::nats_error e = triage_js::connect(options.servers, session, "triage-receiver")) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 1;
  }
  // The first process up creates the streams; a cluster that is down now is only waited for.
  if (triage_js::nats_error e = triage_js::ensure_topology(session.js.get())) {
    std::fprintf(stderr, "topology not checked (%s); publishing anyway\n", e.text.c_str());
  }
  triage_js::async_publisher publisher(session.connection.get(), options.max_in_flight, options.ack_timeout_ms);
  if (triage_js::nats_error e = publisher.status()) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 1;
  }
  receiver handler(options, publisher);

  httplib::Server server;
  const std::size_t threads = options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // Without it, a small answer waits for the client's delayed ACK (Nagle): 40 ms per request.
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(1000000);
  server.set_keep_alive_timeout(30);
  server.set_payload_max_length(options.max_body);
  server.Post(R"(/webhooks/([a-z_]+))", [&handler](const httplib::Request& request, httplib::Response& response) {
    handler.handle(request, response);
  });
  running = &server;
  std::signal(SIGTERM, stop);
  std::signal(SIGINT, stop);
  if (!server.bind_to_port(options.host.c_str(), options.port)) {
    std::fprintf(stderr, "cannot listen on %s:%d\n", options.host.c_str(), options.port);
    return 1;
  }
  std::fprintf(stderr, "listening on %s:%d\n", options.host.c_str(), options.port);
  server.listen_after_bind();
  handler.print_counters();
  return 0;
}
