#ifndef TRIAGE_JETSTREAM_TOPOLOGY_HPP
#define TRIAGE_JETSTREAM_TOPOLOGY_HPP

// The streams, the consumers and the KV bucket of the deployment, their names and their settings, and
// the one call that makes sure they exist (every receiver and worker makes it at start: it is idempotent,
// and the first to come creates them).
//
//   receivers --publish cb.in.<provider>.<key>--> server mapping --> cb.p.<partition>.<provider>.<key>
//   stream CB (R3, file): cb.p.>        one durable pull consumer per partition: worker-p<N>
//   KV bucket triage_final (R3): <provider>.<key> = the state line of the message
//   stream DECISIONS (R3): decision.<provider>   what to do about a message whose state became final
//   stream DLQ (R3): dlq.<partition>              callbacks a worker could not fold, with the reason

#include <cstdint>
#include <string>

#include "nats_support.hpp"

namespace triage_js {

/// The number of partitions: the same number as the server's mapping (nats/common.conf). Fixed for the
/// stream's life; at least 4 x the largest worker pool, so ownership can be spread evenly.
inline constexpr int partitions = 8;

inline constexpr const char* callback_stream = "CB";
inline constexpr const char* decision_stream = "DECISIONS";
inline constexpr const char* dead_letter_stream = "DLQ";
inline constexpr const char* state_bucket = "triage_final";
inline constexpr const char* state_stream = "KV_triage_final";  // the stream behind the bucket

inline constexpr std::int64_t nanoseconds_per_second = 1000000000;
/// Retention of callbacks: longer than the longest provider retry window (Bandwidth: 24 h), so that a
/// worker that reloads can fold every callback of its partitions again.
inline constexpr std::int64_t callback_retention = 48 * 3600 * nanoseconds_per_second;
/// Broker-side dedup by Nats-Msg-Id: our own retries and a provider's fast ones (seconds to minutes).
/// Later retries reach the workers, whose tracker drops them by fingerprint.
inline constexpr std::int64_t dedup_window = 10 * 60 * nanoseconds_per_second;

inline std::string partition_subject(int p) { return "cb.p." + std::to_string(p) + ".>"; }
inline std::string partition_consumer(int p) { return "worker-p" + std::to_string(p); }

namespace detail {

inline nats_error ensure_stream(jsCtx* js, const char* name, const char* subject, std::int64_t max_age,
                                std::int64_t duplicates) {
  jsStreamInfo* info = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&info, js, name, nullptr, &code);
  if (s == NATS_OK) {
    jsStreamInfo_Destroy(info);
    return {};
  }
  if (s != NATS_NOT_FOUND) return error_of(s, std::string("stream info ") + name, code);
  jsStreamConfig cfg;
  jsStreamConfig_Init(&cfg);
  cfg.Name = name;
  const char* subjects[] = {subject};
  cfg.Subjects = subjects;
  cfg.SubjectsLen = 1;
  cfg.Storage = js_FileStorage;
  cfg.Replicas = 3;
  cfg.MaxAge = max_age;
  cfg.Duplicates = duplicates;
  s = js_AddStream(&info, js, &cfg, nullptr, &code);
  if (s == NATS_OK) jsStreamInfo_Destroy(info);
  // Another process created it first: the same settings, so it is ours too.
  if (s != NATS_OK && code == JSStreamNameExistErr) return {};
  return error_of(s, std::string("create stream ") + name, code);
}

inline nats_error ensure_bucket(jsCtx* js) {
  kvStore* kv = nullptr;
  natsStatus s = js_KeyValue(&kv, js, state_bucket);
  if (s == NATS_OK) {
    kvStore_Destroy(kv);
    return {};
  }
  kvConfig cfg;
  kvConfig_Init(&cfg);
  cfg.Bucket = state_bucket;
  cfg.History = 1;
  cfg.Replicas = 3;
  cfg.StorageType = js_FileStorage;
  s = js_CreateKeyValue(&kv, js, &cfg);
  if (s == NATS_OK) kvStore_Destroy(kv);
  return error_of(s, "create KV bucket triage_final");
}

}  // namespace detail

/// Creates whatever of the topology is missing. Settings of existing streams are left as they are.
inline nats_error ensure_topology(jsCtx* js) {
  if (nats_error e = detail::ensure_stream(js, callback_stream, "cb.p.>", callback_retention, dedup_window)) return e;
  if (nats_error e = detail::ensure_stream(js, decision_stream, "decision.>", callback_retention, dedup_window)) {
    return e;
  }
  if (nats_error e = detail::ensure_stream(js, dead_letter_stream, "dlq.>", 0, dedup_window)) return e;
  return detail::ensure_bucket(js);
}

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_TOPOLOGY_HPP
