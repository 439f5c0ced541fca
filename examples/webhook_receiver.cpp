// A webhook receiver: accepts provider callbacks over HTTP, checks that each comes from its provider, answers
// fast, and logs one line per callback with its verdict. Copy it into a service and replace log_callback()
// with your own sink.
//
//   triage-webhook-receiver [--host 127.0.0.1] [--port 8080] [--max-body BYTES] [--public-url URL]
//                           [--secrets-file FILE] [--require-auth] [--realm REALM] [--window S]
//                           [--trusted-proxy ADDR]...
//
// Routes: POST /webhooks/<provider>, one for every provider of the list (providers.hpp): /webhooks/vibes,
// /webhooks/bandwidth, ... The route names the provider, so a payload is never guessed at. Status codes follow what the
// providers retry on:
//   204 parsed and logged;
//   400 the body is not a callback of that provider (a body that will never parse must not be retried);
//   401 not authenticated (Bandwidth's first, credential-less leg gets its WWW-Authenticate challenge here);
//   403 authenticated by source address, and the address is not the provider's;
//   413 the body is larger than --max-body;
//   404 / 405 unknown route or method.
// Providers retry on 5xx and time-outs (Bandwidth for 24 h, Bird for 8 h), and deliver at least once:
// deduplicate downstream on the callback id.
//
// Authentication (triage/verify.hpp), per route, configured only from the environment and a file, never from
// the command line (which every local user can read):
//   TRIAGE_AUTH_<PROVIDER>        the scheme of that route (triage verify --help lists them); by default the
//                                 provider's first: bandwidth-basic, bird-channels, vibes-source-ip
//   TRIAGE_SECRET_<PROVIDER>      its secret (bandwidth-basic: user:password), and
//   TRIAGE_SECRET_<PROVIDER>_PREVIOUS  the one before it, during a rotation
//   --secrets-file FILE           lines "<provider> <secret>" (several per provider for a rotation; # comments)
// A route with a secret is verified; vibes-source-ip takes none and is on when TRIAGE_AUTH_VIBES names it.
// Schemes that sign the URL need --public-url, the scheme, host and port the provider calls (the URL it was
// registered with, up to the path): the signed URL is that followed by the raw request-target, never one
// rebuilt from Host or X-Forwarded-* headers. Behind a proxy, --trusted-proxy names the proxies whose
// X-Forwarded-For (its last entry) is believed for the source address. Routes without authentication are
// listed at start; --require-auth refuses to start with any.

#include <httplib.h>
#include <sys/stat.h>
#include <triage/triage.hpp>
#include <triage/verify.hpp>

#include <array>
#include <cctype>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

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

/// How one route is authenticated; read-only once the server runs.
struct route_auth {
  triage::scheme scheme = triage::scheme::bird_channels;
  std::vector<std::string> secrets;
  bool enabled = false;
};

struct auth_config {
  std::array<route_auth, triage::all_providers.size()> routes;
  std::string public_url;  ///< without a trailing '/'
  std::string realm = "triage";
  triage::verify_options options;
  std::vector<std::string> trusted_proxies;
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const char* env(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  return v != nullptr && *v != '\0' ? v : nullptr;
}

/// Reads the routes' schemes and secrets; false (with the reason printed) on a configuration error.
bool configure(auth_config& config, const std::string& secrets_file) {
  for (triage::provider p : triage::all_providers) {
    route_auth& route = config.routes[static_cast<std::size_t>(p)];
    const std::string name = upper(triage::to_string(p));
    bool chosen = false;
    for (const triage::scheme_info& row : triage::scheme_table) {
      if (row.owner == p) {
        route.scheme = row.value;
        chosen = true;
        break;
      }
    }
    if (const char* wanted = env("TRIAGE_AUTH_" + name)) {
      const auto s = triage::scheme_from_string(wanted);
      if (!s || triage::info(*s).owner != p) {
        std::fprintf(stderr, "TRIAGE_AUTH_%s: '%s' is not a scheme of %s\n", name.c_str(), wanted,
                     std::string(triage::to_string(p)).c_str());
        return false;
      }
      route.scheme = *s;
      route.enabled = triage::info(*s).needs == triage::credential::none;
      chosen = true;
    }
    if (!chosen) continue;
    for (const std::string& var : {"TRIAGE_SECRET_" + name, "TRIAGE_SECRET_" + name + "_PREVIOUS"}) {
      if (const char* secret = env(var)) route.secrets.emplace_back(secret);
    }
  }
  if (!secrets_file.empty()) {
    struct stat st {};
    if (::stat(secrets_file.c_str(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
      std::fprintf(stderr, "warning: %s is readable by other users (chmod 600 it)\n", secrets_file.c_str());
    }
    std::ifstream in(secrets_file);
    if (!in) {
      std::fprintf(stderr, "cannot read --secrets-file %s\n", secrets_file.c_str());
      return false;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      const std::string_view text = triage::detail::trim_ascii_space(line);
      if (text.empty() || text.front() == '#') continue;
      const std::size_t space = text.find_first_of(" \t");
      const auto p = triage::provider_from_string(text.substr(0, space));
      const std::string_view secret =
          space == std::string_view::npos ? std::string_view() : triage::detail::trim_ascii_space(text.substr(space));
      if (!p || secret.empty()) {
        // The line is not echoed: it may hold a secret.
        std::fprintf(stderr, "%s:%d: expected '<provider> <secret>'\n", secrets_file.c_str(), number);
        return false;
      }
      config.routes[static_cast<std::size_t>(*p)].secrets.emplace_back(secret);
    }
  }
  for (triage::provider p : triage::all_providers) {
    route_auth& route = config.routes[static_cast<std::size_t>(p)];
    if (!route.secrets.empty()) route.enabled = true;
    const triage::scheme_info& info = triage::info(route.scheme);
    if (route.enabled && config.public_url.empty() &&
        (info.signs_url || route.scheme == triage::scheme::messagebird_hmac)) {
      std::fprintf(stderr, "route /webhooks/%s: %s signs the URL: give --public-url (as the provider calls it)\n",
                   std::string(triage::to_string(p)).c_str(), std::string(info.name).c_str());
      return false;
    }
  }
  return true;
}

/// The source address: the peer's, or the last X-Forwarded-For entry when the peer is a trusted proxy.
std::string source_address(const auth_config& config, const httplib::Request& request) {
  for (const std::string& proxy : config.trusted_proxies) {
    if (proxy != request.remote_addr || !request.has_header("X-Forwarded-For")) continue;
    const std::string forwarded = request.get_header_value("X-Forwarded-For");
    const std::size_t comma = forwarded.rfind(',');
    return std::string(triage::detail::trim_ascii_space(
        comma == std::string::npos ? std::string_view(forwarded) : std::string_view(forwarded).substr(comma + 1)));
  }
  return request.remote_addr;
}

/// Verifies a request on an authenticated route; on failure sets the response and returns false.
bool authenticate(const auth_config& config, triage::provider provider, const httplib::Request& request,
                  httplib::Response& response) {
  const route_auth& route = config.routes[static_cast<std::size_t>(provider)];
  if (!route.enabled) return true;
  std::vector<triage::header_field> headers;
  headers.reserve(request.headers.size());
  for (const auto& [name, value] : request.headers) headers.push_back({name, value});
  const std::string url = config.public_url + request.target;
  const std::string source = source_address(config, request);
  std::vector<std::string_view> secrets(route.secrets.begin(), route.secrets.end());
  const triage::request req = {request.method, url, {headers.data(), headers.size()}, request.body, source};
  const triage::verify_result r = triage::verify(route.scheme, req, {secrets.data(), secrets.size()}, config.options,
                                                 static_cast<std::int64_t>(std::time(nullptr)));
  if (r) return true;
  switch (r.reason) {
    case triage::verify_reason::missing_credentials:
      // Bandwidth's first leg: without this header it never sends the authenticated request.
      response.status = 401;
      response.set_header("WWW-Authenticate", triage::bandwidth::basic_challenge(config.realm));
      break;
    case triage::verify_reason::address_not_allowed: response.status = 403; break;
    case triage::verify_reason::crypto_failure: response.status = 503; break;  // ours, not theirs: retry
    default: response.status = 401;
  }
  // The reason and detail never hold a secret; the response says nothing a forger could learn from.
  const std::lock_guard<std::mutex> lock(log_mutex);
  fmt::print(stderr, "rejected {} request from {}: {} ({}) -> {}\n", provider, source, r.reason, r.detail,
             response.status);
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_body = std::size_t{1} << 20;
  bool require_auth = false;
  std::string secrets_file;
  auth_config config;
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
    } else if (flag == "--public-url") {
      config.public_url = value;
      while (!config.public_url.empty() && config.public_url.back() == '/') config.public_url.pop_back();
    } else if (flag == "--secrets-file") {
      secrets_file = value;
    } else if (flag == "--realm") {
      config.realm = value;
    } else if (flag == "--window") {
      config.options.window = std::atoll(value.c_str());
    } else if (flag == "--trusted-proxy") {
      config.trusted_proxies.push_back(value);
    } else {
      std::fprintf(stderr, "unknown option %s (secrets are read from the environment or --secrets-file only)\n",
                   argv[i - 1]);
      return 2;
    }
  }
  if (!configure(config, secrets_file)) return 2;
  bool unauthenticated = false;
  for (triage::provider p : triage::all_providers) {
    const route_auth& route = config.routes[static_cast<std::size_t>(p)];
    if (route.enabled && triage::info(route.scheme).needs == triage::credential::none) {
      std::fprintf(stderr, "route /webhooks/%s: %s (source addresses only: the provider signs nothing)\n",
                   std::string(triage::to_string(p)).c_str(), std::string(triage::to_string(route.scheme)).c_str());
    } else if (route.enabled) {
      std::fprintf(stderr, "route /webhooks/%s: %s, %zu secret(s)\n", std::string(triage::to_string(p)).c_str(),
                   std::string(triage::to_string(route.scheme)).c_str(), route.secrets.size());
    } else {
      unauthenticated = true;
      std::fprintf(stderr, "route /webhooks/%s: UNAUTHENTICATED: anyone who can reach it can post callbacks\n",
                   std::string(triage::to_string(p)).c_str());
    }
  }
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
    if (!authenticate(config, *provider, request, response)) return;
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
