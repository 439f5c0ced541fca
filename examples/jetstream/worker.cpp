// triage-jetstream-worker: owns the partitions of its ordinal and folds them into the KV bucket
// (partition_owner.hpp). Run exactly one per ordinal 0..n-1 (a StatefulSet's ordinal, a unit's instance
// number): worker i of n owns every partition p with p mod n == i. Two processes on one ordinal do not
// corrupt a state (the revision fence refuses the second writer), but they keep taking the partition from
// each other.
//
//   triage-jetstream-worker --ordinal I --workers N [--servers URL,URL,...] [--batch 256] [--ack-wait S]
//
// SIGTERM or SIGINT: finishes the batch in hand, prints its counters, exits 0.

#include <triage/triage.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "async_publisher.hpp"
#include "nats_support.hpp"
#include "partition_owner.hpp"
#include "topology.hpp"

namespace {

std::atomic<bool> stopping{false};

void stop(int) { stopping = true; }

struct worker_options {
  int ordinal = -1;
  int workers = 0;
  std::string servers = triage_js::local_cluster_servers;
  triage_js::worker_settings settings;
};

bool parse_options(int argc, char** argv, worker_options& o) {
  for (int i = 1; i < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (i + 1 >= argc) return false;
    const char* value = argv[i + 1];
    if (flag == "--ordinal") {
      o.ordinal = std::atoi(value);
    } else if (flag == "--workers") {
      o.workers = std::atoi(value);
    } else if (flag == "--servers") {
      o.servers = value;
    } else if (flag == "--batch") {
      o.settings.fetch_batch = std::atoi(value);
    } else if (flag == "--ack-wait") {
      o.settings.ack_wait_seconds = std::atoll(value);
    } else {
      return false;
    }
  }
  return o.workers > 0 && o.workers <= triage_js::partitions && o.ordinal >= 0 && o.ordinal < o.workers &&
         o.settings.fetch_batch > 0 && o.settings.ack_wait_seconds > 0;
}

void print_counters(const triage_js::worker_counters& c, int ordinal) {
  std::fprintf(
      stderr,
      "worker %d: folded=%llu replayed=%llu redeliveries=%llu duplicates=%llu dead_lettered=%llu kv_writes=%llu "
      "decisions=%llu reloads=%llu conflicts=%llu\n",
      ordinal, static_cast<unsigned long long>(c.folded), static_cast<unsigned long long>(c.replayed),
      static_cast<unsigned long long>(c.redeliveries), static_cast<unsigned long long>(c.duplicates),
      static_cast<unsigned long long>(c.dead_lettered), static_cast<unsigned long long>(c.kv_writes),
      static_cast<unsigned long long>(c.decisions), static_cast<unsigned long long>(c.reloads),
      static_cast<unsigned long long>(c.conflicts));
}

}  // namespace

int main(int argc, char** argv) {
  worker_options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr,
                 "usage: triage-jetstream-worker --ordinal I --workers N [--servers URLS] [--batch N] "
                 "[--ack-wait SECONDS]   (0 <= I < N <= %d)\n",
                 triage_js::partitions);
    return 2;
  }
  std::signal(SIGTERM, stop);
  std::signal(SIGINT, stop);
  triage_js::session session;
  if (triage_js::nats_error e = triage_js::connect(options.servers, session, "triage-worker")) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 1;
  }
  while (!stopping) {
    triage_js::nats_error e = triage_js::ensure_topology(session.js.get());
    if (!e) break;
    std::fprintf(stderr, "worker %d: waiting for the cluster: %s\n", options.ordinal, e.text.c_str());
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  triage_js::async_publisher writes(session.connection.get(), 65536, 5000);
  if (triage_js::nats_error e = writes.status()) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 1;
  }
  triage_js::worker_counters counters;
  std::vector<std::unique_ptr<triage_js::partition_owner>> owned;
  for (int p = options.ordinal; p < triage_js::partitions; p += options.workers) {
    owned.push_back(
        std::make_unique<triage_js::partition_owner>(p, session.js.get(), writes, options.settings, counters));
  }
  std::fprintf(stderr, "worker %d of %d: partitions", options.ordinal, options.workers);
  for (const auto& o : owned) std::fprintf(stderr, " %d", o->partition());
  std::fprintf(stderr, "\n");
  while (!stopping) {
    bool any_loaded = false;
    for (const auto& o : owned) {
      if (stopping) break;
      if (!o->loaded()) {
        if (triage_js::nats_error e = o->load()) {
          std::fprintf(stderr, "worker %d: partition %d not loaded: %s\n", options.ordinal, o->partition(),
                       e.text.c_str());
          continue;
        }
      }
      any_loaded = true;
      if (triage_js::nats_error e = o->poll(20)) {
        std::fprintf(stderr, "worker %d: partition %d reloads: %s\n", options.ordinal, o->partition(), e.text.c_str());
      }
    }
    if (!any_loaded) std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  print_counters(counters, options.ordinal);
  return 0;
}
