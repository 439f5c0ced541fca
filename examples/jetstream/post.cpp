// triage-jetstream-post: plays the providers' side for tests and benchmarks. Posts every payload of an
// NDJSON archive to the receivers, as a provider would: to /webhooks/<provider>, retrying whatever was not
// answered 2xx or 4xx (a 503, a reset connection, a time-out) on the next receiver, as a load balancer and
// a provider's retry policy together would.
//
//   triage-jetstream-post --urls http://127.0.0.1:8081,http://... [--lanes 32] [--retry-ms 100]
//                         [--give-up-seconds 120] FILE.ndjson
//
// Payloads of one message go down one lane, in archive order, one at a time, so the stream holds each
// message's callbacks in the archive's order and `triage --final` over the archive is the reference (the
// tie-break of the last-word rule is arrival). Prints its counts on one line of standard output.

#include <httplib.h>
#include <triage/triage.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "nats_support.hpp"  // split_urls

namespace {

struct post_options {
  std::vector<std::string> urls;
  std::size_t lanes = 32;
  int retry_ms = 100;
  int give_up_seconds = 120;
  const char* file = nullptr;
};

struct post_counts {
  std::atomic<std::uint64_t> accepted{0};
  std::atomic<std::uint64_t> rejected{0};
  std::atomic<std::uint64_t> retries{0};
  std::atomic<std::uint64_t> unavailable{0};  // 503 answers among the retries
  std::atomic<std::uint64_t> gave_up{0};
  // Retries answered with Triage-Duplicates > 0: the first attempt was stored, only its answer was lost.
  std::atomic<std::uint64_t> retries_already_stored{0};
};

struct payload {
  std::string body;
  std::string path;
};

/// The lane of a payload: its first callback's message id (or fingerprint), so one message keeps one lane.
std::size_t lane_of(triage::parser& parser, const std::string& line, std::size_t lanes, std::string& path) {
  auto batch = parser.parse(std::string_view(line));
  if (!batch || batch->size() == 0) return 0;
  const triage::callback& cb = *batch->begin();
  path = "/webhooks/" + std::string(triage::to_string(cb.provider()));
  const triage::observation o = triage::make_observation(cb);
  triage::detail::fingerprint_hash h;
  h.add_number(static_cast<std::uint64_t>(o.provider));
  if (o.id) {
    h.add(*o.id);
  } else {
    h.add_number(o.fingerprint);
  }
  return static_cast<std::size_t>(h.value() % lanes);
}

void run_lane(const post_options& o, const std::vector<payload>& all, const std::vector<std::size_t>& mine,
              std::size_t lane, post_counts& counts) {
  std::vector<std::unique_ptr<httplib::Client>> clients;
  for (const std::string& url : o.urls) {
    auto c = std::make_unique<httplib::Client>(url);
    c->set_keep_alive(true);
    c->set_tcp_nodelay(true);  // a request's body otherwise waits for the server's delayed ACK
    c->set_connection_timeout(2, 0);
    c->set_read_timeout(10, 0);
    clients.push_back(std::move(c));
  }
  std::size_t next = lane;
  for (const std::size_t index : mine) {
    const payload& p = all[index];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(o.give_up_seconds);
    for (bool retry = false;; retry = true) {
      httplib::Client& c = *clients[next % clients.size()];
      auto response = c.Post(p.path.c_str(), p.body, "application/json");
      if (response && response->status >= 200 && response->status < 300) {
        ++counts.accepted;
        if (retry && std::atoi(response->get_header_value("Triage-Duplicates").c_str()) > 0) {
          ++counts.retries_already_stored;
        }
        break;
      }
      if (response && response->status >= 400 && response->status < 500) {
        ++counts.rejected;
        break;
      }
      if (response && response->status == 503) ++counts.unavailable;
      if (std::chrono::steady_clock::now() > deadline) {
        ++counts.gave_up;
        break;
      }
      ++counts.retries;
      ++next;  // the load balancer sends the retry elsewhere
      std::this_thread::sleep_for(std::chrono::milliseconds(o.retry_ms));
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  post_options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    const bool has_value = i + 1 < argc;
    if (flag == "--urls" && has_value) {
      o.urls = triage_js::split_urls(argv[++i]);
    } else if (flag == "--lanes" && has_value) {
      o.lanes = std::strtoull(argv[++i], nullptr, 10);
    } else if (flag == "--retry-ms" && has_value) {
      o.retry_ms = std::atoi(argv[++i]);
    } else if (flag == "--give-up-seconds" && has_value) {
      o.give_up_seconds = std::atoi(argv[++i]);
    } else if (o.file == nullptr && flag.substr(0, 2) != "--") {
      o.file = argv[i];
    } else {
      o.file = nullptr;
      break;
    }
  }
  if (o.file == nullptr || o.urls.empty() || o.lanes == 0) {
    std::fprintf(stderr, "usage: triage-jetstream-post --urls URL,URL [--lanes N] [--retry-ms MS] FILE.ndjson\n");
    return 2;
  }
  std::ifstream in(o.file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", o.file);
    return 2;
  }
  std::vector<payload> all;
  std::vector<std::vector<std::size_t>> lanes(o.lanes);
  triage::parser parser;
  std::uint64_t unparsed = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (triage::is_blank(line)) continue;
    payload p;
    const std::size_t lane = lane_of(parser, line, o.lanes, p.path);
    // A payload no provider claims has no route: the receivers would answer 404. It is counted, not sent.
    if (p.path.empty()) {
      ++unparsed;
      continue;
    }
    p.body = std::move(line);
    lanes[lane].push_back(all.size());
    all.push_back(std::move(p));
  }
  post_counts counts;
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (std::size_t l = 0; l < o.lanes; ++l) {
    threads.emplace_back(run_lane, std::cref(o), std::cref(all), std::cref(lanes[l]), l, std::ref(counts));
  }
  for (std::thread& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "posted=%zu accepted=%llu rejected=%llu unparsed=%llu retries=%llu unavailable=%llu "
      "retries_already_stored=%llu gave_up=%llu seconds=%.2f payloads_per_second=%.0f\n",
      all.size(), static_cast<unsigned long long>(counts.accepted.load()),
      static_cast<unsigned long long>(counts.rejected.load()), static_cast<unsigned long long>(unparsed),
      static_cast<unsigned long long>(counts.retries.load()),
      static_cast<unsigned long long>(counts.unavailable.load()),
      static_cast<unsigned long long>(counts.retries_already_stored.load()),
      static_cast<unsigned long long>(counts.gave_up.load()), seconds,
      seconds > 0 ? static_cast<double>(all.size()) / seconds : 0.0);
  return counts.gave_up == 0 ? 0 : 1;
}
