#ifndef TRIAGE_EXAMPLES_RECEIVER_AUTH_HPP
#define TRIAGE_EXAMPLES_RECEIVER_AUTH_HPP

// Webhook authentication for the example receivers (webhook_receiver.cpp, jetstream/receiver.cpp): which
// scheme and secrets each route has, and the check of one request with triage::verify. Configured only from
// the environment and a file, never from the command line (which every local user can read):
//   TRIAGE_AUTH_<PROVIDER>        the scheme of that route (triage verify --help lists them); by default the
//                                 provider's first: bandwidth-basic, bird-channels, twilio-signature,
//                                 vibes-source-ip
//   TRIAGE_SECRET_<PROVIDER>      its secret (bandwidth-basic: user:password), and
//   TRIAGE_SECRET_<PROVIDER>_PREVIOUS  the one before it, during a rotation
//   --secrets-file FILE           lines "<provider> <secret>" (several per provider for a rotation; # comments)
// A route with a secret is verified; vibes-source-ip takes none and is on when TRIAGE_AUTH_VIBES names it.
// Schemes that sign the URL need the public URL, the scheme, host and port the provider calls (the URL it was
// registered with, up to the path): the signed URL is that followed by the raw request-target, never one
// rebuilt from Host or X-Forwarded-* headers. Behind a proxy, trusted proxies name the proxies whose
// X-Forwarded-For (its last entry) is believed for the source address.

#include <httplib.h>
#include <sys/stat.h>
#include <triage/triage.hpp>
#include <triage/verify.hpp>

#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace triage_receiver {

/// One lock for the receiver's log lines, so that lines of two threads never interleave.
inline std::mutex& log_mutex() {
  static std::mutex m;
  return m;
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

inline std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

inline const char* env(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  return v != nullptr && *v != '\0' ? v : nullptr;
}

/// Reads the routes' schemes and secrets; false (with the reason printed) on a configuration error.
inline bool configure(auth_config& config, const std::string& secrets_file) {
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
inline std::string source_address(const auth_config& config, const httplib::Request& request) {
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
inline bool authenticate(const auth_config& config, triage::provider provider, const httplib::Request& request,
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
  const std::lock_guard<std::mutex> lock(log_mutex());
  fmt::print(stderr, "rejected {} request from {}: {} ({}) -> {}\n", provider, source, r.reason, r.detail,
             response.status);
  return false;
}

/// Prints how each route is authenticated; returns whether any is not.
inline bool print_routes(const auth_config& config) {
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
  return unauthenticated;
}

/// Reads one of the authentication options (--public-url, --secrets-file, --realm, --window,
/// --trusted-proxy) into `config` or `secrets_file`; false when `flag` is none of them.
inline bool read_auth_option(std::string_view flag, const std::string& value, auth_config& config,
                             std::string& secrets_file) {
  if (flag == "--public-url") {
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
    return false;
  }
  return true;
}

}  // namespace triage_receiver

#endif  // TRIAGE_EXAMPLES_RECEIVER_AUTH_HPP
