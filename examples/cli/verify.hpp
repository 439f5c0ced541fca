#ifndef TRIAGE_CLI_VERIFY_HPP
#define TRIAGE_CLI_VERIFY_HPP

// `triage verify`: checks one captured request against a scheme, for "why does my signature not verify?".
//
//   triage verify --scheme NAME --url URL [--method M] [--header 'Name: value']... [--secret-env VAR]...
//                 [--remote-address ADDR] [--window S] [--leeway S] [--now UNIX_SECONDS] BODY_FILE
//
// Prints one JSON line {"scheme":..,"valid":..,"reason":..,"detail":..} and, when the request does not
// verify, what the signature covered as this side sees it (the configured URL and its hash against the
// token's url_hash, the decoded JWT claims, the body's SHA-256), none of it secret. Secrets come only from
// the environment variables named by --secret-env, never from the command line (which other users can read
// in the process list). Exit status: 0 valid, 1 not valid, 2 usage or I/O error.

#include <triage/verify.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "json_out.hpp"

namespace triage_cli {

inline std::string scheme_names() {
  std::string out;
  for (triage::scheme s : triage::all_schemes) {
    if (!out.empty()) out += ", ";
    out += triage::to_string(s);
  }
  return out;
}

inline std::string verify_usage() {
  return fmt::format(
      "usage: triage verify --scheme NAME --url URL [--method M] [--header 'Name: value']...\n"
      "                     [--secret-env VAR]... [--remote-address ADDR] [--window S] [--leeway S]\n"
      "                     [--now UNIX_SECONDS] BODY_FILE\n"
      "\n"
      "Verifies one captured webhook request; prints one JSON line and exits 0 valid, 1 not valid, 2 usage.\n"
      "\n"
      "  --scheme NAME       {}\n"
      "  --url URL           the URL as the provider signed it: your public base URL and the request-target\n"
      "  --header 'N: v'     a request header, repeated for each\n"
      "  --secret-env VAR    an environment variable holding one secret (bandwidth-basic: user:password);\n"
      "                      repeated for each secret of a rotation. Secrets are never taken from arguments\n"
      "  --remote-address A  the peer address (vibes-source-ip)\n"
      "  --window S          replay window of signed timestamps, both ways (300)\n"
      "  --leeway S          clock skew allowed around a JWT's nbf and exp (1)\n"
      "  --now S             the time to verify at, unix seconds (default: now)\n"
      "  BODY_FILE           the raw body, byte for byte (- for standard input)\n",
      scheme_names());
}

struct verify_args {
  triage::scheme scheme = triage::scheme::bird_channels;
  bool has_scheme = false;
  std::string url;
  bool has_url = false;
  std::string method = "POST";
  std::vector<std::pair<std::string, std::string>> headers;
  std::vector<std::string> secret_vars;
  std::string remote_address;
  triage::verify_options options;
  std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  std::string body_path;
};

inline bool parse_seconds(std::string_view text, std::int64_t& out) { return triage::detail::parse_integer(text, out); }

/// argv[0] is "verify". On a usage error returns false and sets `problem`.
inline bool parse_verify_args(int argc, char** argv, verify_args& out, std::string& problem) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&](std::string_view& v) {
      if (i + 1 >= argc) {
        problem = std::string(arg) + " needs a value";
        return false;
      }
      v = argv[++i];
      return true;
    };
    std::string_view v;
    if (arg == "--scheme") {
      if (!value(v)) return false;
      const auto s = triage::scheme_from_string(v);
      if (!s) {
        problem = "unknown scheme '" + std::string(v) + "': expected " + scheme_names();
        return false;
      }
      out.scheme = *s;
      out.has_scheme = true;
    } else if (arg == "--url") {
      if (!value(v)) return false;
      out.url = std::string(v);
      out.has_url = true;
    } else if (arg == "--method") {
      if (!value(v)) return false;
      out.method = std::string(v);
    } else if (arg == "--header" || arg == "-H") {
      if (!value(v)) return false;
      const std::size_t colon = v.find(':');
      if (colon == std::string_view::npos || colon == 0) {
        problem = "--header needs 'Name: value', not '" + std::string(v) + "'";
        return false;
      }
      out.headers.emplace_back(std::string(v.substr(0, colon)), std::string(v.substr(colon + 1)));
    } else if (arg == "--secret-env") {
      if (!value(v)) return false;
      out.secret_vars.emplace_back(v);
    } else if (arg == "--secret" || arg.rfind("--secret=", 0) == 0) {
      problem =
          "secrets are not taken from the command line (others can read it): put the secret in an "
          "environment variable and name it with --secret-env";
      return false;
    } else if (arg == "--remote-address") {
      if (!value(v)) return false;
      out.remote_address = std::string(v);
    } else if (arg == "--window" || arg == "--leeway" || arg == "--now") {
      if (!value(v)) return false;
      std::int64_t n = 0;
      if (!parse_seconds(v, n) || (arg != "--now" && n < 0)) {
        problem = std::string(arg) + " needs a number of seconds, not '" + std::string(v) + "'";
        return false;
      }
      (arg == "--window" ? out.options.window : arg == "--leeway" ? out.options.leeway : out.now) = n;
    } else if (arg == "--help" || arg == "-h") {
      problem.clear();
      return false;
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      problem = "unknown option '" + std::string(arg) + "'";
      return false;
    } else if (out.body_path.empty()) {
      out.body_path = std::string(arg);
    } else {
      problem = "one BODY_FILE only";
      return false;
    }
  }
  if (!out.has_scheme)
    problem = "--scheme is required: " + scheme_names();
  else if (!out.has_url)
    problem = "--url is required (the URL as the provider signed it)";
  else if (out.body_path.empty())
    problem = "no BODY_FILE given (use - for standard input, or an empty file)";
  return problem.empty();
}

inline bool read_body(const std::string& path, std::string& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

inline std::string sha256_hex(std::string_view data) {
  unsigned char md[32];
  if (!triage::verify_detail::sha256(data, md)) return {};
  std::string hex(64, '0');
  triage::verify_detail::encode_hex(md, 32, hex.data());
  return hex;
}

/// The decoded claims of a JWT (public data: the provider sends them in the clear), or empty.
inline std::string jwt_claims(std::string_view token) {
  namespace vd = triage::verify_detail;
  const std::size_t a = token.find('.');
  const std::size_t b = a == std::string_view::npos ? a : token.find('.', a + 1);
  if (b == std::string_view::npos) return {};
  const std::string_view part = token.substr(a + 1, b - a - 1);
  std::string out(vd::base64_decoded_capacity(part.size()), '\0');
  std::size_t size = 0;
  if (!vd::decode_base64(part, vd::base64_alphabet::url, vd::base64_padding::forbidden,
                         reinterpret_cast<unsigned char*>(out.data()), out.size(), size)) {
    return {};
  }
  out.resize(size);
  return out;
}

/// What the signature covers, as this side computes it: printed when a request does not verify.
inline void explain(output_buffer& out, const verify_args& args, const triage::request& req,
                    const triage::verify_result& r) {
  const triage::scheme_info& info = triage::info(args.scheme);
  if (info.signs_url || args.scheme == triage::scheme::messagebird_hmac) {
    out.raw(",\"configured_url\":");
    out.string(req.url);
  }
  if (args.scheme == triage::scheme::messagebird_jwt) {
    const std::string claims = jwt_claims(req.header(triage::bird::jwt_header).value);
    if (!claims.empty()) {
      out.raw(",\"claims\":");
      out.string(claims);
      triage::verify_detail::flat_object o;
      const triage::verify_detail::json_member* signed_hash = nullptr;
      if (o.read(claims)) signed_hash = o.find("url_hash");
      if (signed_hash != nullptr) {
        out.raw(",\"signed_url_hash\":");
        out.string(signed_hash->value);
      }
      out.raw(",\"configured_url_hash\":");
      out.string(sha256_hex(req.url));
    }
  }
  if (r.reason == triage::verify_reason::bad_signature || r.reason == triage::verify_reason::body_mismatch) {
    out.raw(",\"body_bytes\":");
    out.number(static_cast<std::uint64_t>(req.body.size()));
    out.raw(",\"body_sha256\":");
    out.string(sha256_hex(req.body));
  }
  out.raw(",\"now\":");
  out.number(args.now);
}

/// `triage verify ...`: argv[0] is "verify".
inline int run_verify(int argc, char** argv) {
  verify_args args;
  std::string problem;
  if (!parse_verify_args(argc, argv, args, problem)) {
    if (problem.empty()) {
      fmt::print("{}", verify_usage());
      return 0;
    }
    fmt::print(stderr, "triage verify: {}\n{}", problem, verify_usage());
    return 2;
  }
  std::vector<std::string> secrets;
  for (const std::string& var : args.secret_vars) {
    const char* value = std::getenv(var.c_str());
    if (value == nullptr || *value == '\0') {
      fmt::print(stderr, "triage verify: the environment variable {} named by --secret-env is {}\n", var,
                 value == nullptr ? "not set" : "empty");
      return 2;
    }
    secrets.emplace_back(value);
  }
  if (secrets.empty() && triage::info(args.scheme).needs != triage::credential::none) {
    fmt::print(stderr, "triage verify: scheme {} needs a secret: --secret-env VAR\n", triage::to_string(args.scheme));
    return 2;
  }
  std::string body;
  if (!read_body(args.body_path, body)) {
    fmt::print(stderr, "triage verify: cannot read {}\n", args.body_path);
    return 2;
  }
  std::vector<triage::header_field> headers;
  for (const auto& [name, value] : args.headers) headers.push_back({name, value});
  std::vector<std::string_view> secret_views(secrets.begin(), secrets.end());
  const triage::request req = {args.method, args.url, {headers.data(), headers.size()}, body, args.remote_address};
  const triage::verify_result r =
      triage::verify(args.scheme, req, {secret_views.data(), secret_views.size()}, args.options, args.now);

  output_buffer out(stdout);
  out.raw("{\"scheme\":");
  out.string(triage::to_string(args.scheme));
  out.raw(r ? ",\"valid\":true" : ",\"valid\":false");
  out.raw(",\"reason\":");
  out.string(triage::to_string(r.reason));
  out.raw(",\"detail\":");
  out.string(r.detail);
  if (!r) {
    if (!r.subject.empty()) {
      out.raw(",\"received\":");
      out.string(r.subject);
    }
    explain(out, args, req, r);
  }
  out.raw("}\n");
  return r ? 0 : 1;
}

}  // namespace triage_cli

#endif  // TRIAGE_CLI_VERIFY_HPP
