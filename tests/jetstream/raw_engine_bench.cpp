// The engine's own rate, for the benchmark (bench.sh): the same callbacks as the end-to-end run, published
// asynchronously with the same Nats-Msg-Id to an R3 file stream with the same settings, over the same 8
// partitions, and consumed by 2 consumers of 4 partitions each that ack every message: no HTTP, no
// parsing, no tracking, no KV. The ratio of the end-to-end rate to this one is the cost of triage's part.
//
//   triage-jetstream-raw-bench CORPUS.ndjson
#include <triage/triage.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "async_publisher.hpp"
#include "key_token.hpp"
#include "nats_support.hpp"
#include "split_batch.hpp"
#include "topology.hpp"

namespace {

struct prepared {
  std::string subject;
  std::string body;
  std::string msg_id;
};

std::vector<prepared> prepare(const char* path) {
  std::vector<prepared> out;
  std::ifstream in(path, std::ios::binary);
  triage::parser parser;
  simdjson::ondemand::parser split;
  std::vector<std::string_view> parts;
  for (std::string line; std::getline(in, line);) {
    if (triage::is_blank(line)) continue;
    const simdjson::padded_string body(line);
    auto batch = parser.parse(simdjson::padded_string_view(body));
    if (!batch || !triage_js::split_batch(split, body, parts) || parts.size() != batch->size()) continue;
    std::size_t i = 0;
    for (const triage::callback& cb : *batch) {
      const triage::observation o = triage::make_observation(cb);
      const std::string token = triage_js::key_token(o);
      const std::uint64_t partition = triage::detail::fingerprint_hash{}.value() ^ std::hash<std::string>{}(token);
      out.push_back({"raw." + std::to_string(partition % triage_js::partitions), std::string(parts[i++]),
                     triage_js::message_id(cb.provider(), token, o.fingerprint)});
    }
  }
  return out;
}

void consume(jsCtx* js, int first, std::atomic<std::uint64_t>& consumed, std::uint64_t total) {
  std::vector<triage_js::subscription_ptr> subs;
  for (int p = first; p < triage_js::partitions; p += 2) {
    const std::string name = "raw-p" + std::to_string(p), subject = "raw." + std::to_string(p);
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = "RAW";
    so.Config.AckPolicy = js_AckExplicit;
    so.Config.MaxAckPending = 1024;
    natsSubscription* sub = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    if (js_PullSubscribe(&sub, js, subject.c_str(), name.c_str(), nullptr, &so, &code) != NATS_OK) return;
    subs.emplace_back(sub);
  }
  while (consumed.load() < total) {
    for (const auto& sub : subs) {
      natsMsgList list{};
      jsErrCode code = static_cast<jsErrCode>(0);
      if (natsSubscription_Fetch(&list, sub.get(), 256, 20, &code) != NATS_OK) continue;
      for (int i = 0; i < list.Count; ++i) natsMsg_Ack(list.Msgs[i], nullptr);
      consumed += static_cast<std::uint64_t>(list.Count);
      natsMsgList_Destroy(&list);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: triage-jetstream-raw-bench CORPUS.ndjson\n");
    return 2;
  }
  const std::vector<prepared> messages = prepare(argv[1]);
  // The broker stores each duplicate identity once: that many messages are consumed.
  std::unordered_set<std::string> identities;
  for (const prepared& m : messages) identities.insert(m.msg_id);
  const std::uint64_t distinct = identities.size();
  triage_js::session session;
  if (triage_js::nats_error e = triage_js::connect("nats://127.0.0.1:4241,nats://127.0.0.1:4242", session, "raw")) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 2;
  }
  jsStreamConfig cfg;
  jsStreamConfig_Init(&cfg);
  cfg.Name = "RAW";
  const char* subjects[] = {"raw.>"};
  cfg.Subjects = subjects;
  cfg.SubjectsLen = 1;
  cfg.Storage = js_FileStorage;
  cfg.Replicas = 3;
  cfg.MaxAge = triage_js::callback_retention;
  cfg.Duplicates = triage_js::dedup_window;
  jsStreamInfo* si = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  js_DeleteStream(session.js.get(), "RAW", nullptr, nullptr);
  if (natsStatus s = js_AddStream(&si, session.js.get(), &cfg, nullptr, &code); s != NATS_OK) {
    std::fprintf(stderr, "%s\n", triage_js::error_of(s, "add stream RAW", code).text.c_str());
    return 2;
  }
  jsStreamInfo_Destroy(si);
  // Two consumers, as two workers: their own connections.
  triage_js::session consumers[2];
  for (auto& c : consumers) {
    if (triage_js::connect("nats://127.0.0.1:4242,nats://127.0.0.1:4243", c, "raw-consumer")) return 2;
  }
  std::atomic<std::uint64_t> consumed{0};
  const auto start = std::chrono::steady_clock::now();
  std::thread a(consume, consumers[0].js.get(), 0, std::ref(consumed), distinct);
  std::thread b(consume, consumers[1].js.get(), 1, std::ref(consumed), distinct);
  triage_js::async_publisher publisher(session.connection.get(), 4096, 10000);
  std::vector<triage_js::outgoing> group;
  std::uint64_t failed = 0;
  // Groups of 64: as many publishes in flight as the receivers' requests give in the end-to-end run.
  for (std::size_t i = 0; i < messages.size(); i += 64) {
    group.clear();
    for (std::size_t j = i; j < std::min(messages.size(), i + 64); ++j) {
      group.push_back({messages[j].subject, messages[j].body, messages[j].msg_id});
    }
    if (!publisher.publish(group).all_acked) ++failed;
  }
  const double published_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  a.join();
  b.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "raw: published=%zu stored=%llu publish_seconds=%.2f seconds=%.2f callbacks_per_second=%.0f "
      "failed_groups=%llu\n",
      messages.size(), static_cast<unsigned long long>(distinct), published_s, seconds,
      static_cast<double>(distinct) / seconds, static_cast<unsigned long long>(failed));
  js_DeleteStream(session.js.get(), "RAW", nullptr, nullptr);
  return 0;
}
