// triage-state: reads what the workers stored.
//
//   triage-state [--servers URLS] PROVIDER ID [RECIPIENT]   one message's final state (exit 1: not found)
//   triage-state [--servers URLS] --all                     every state, one line each
//   triage-state [--servers URLS] --decisions               every decision, in stream order
//   triage-state [--servers URLS] --dead-letters            every dead letter: sequence, reason, payload
//   triage-state [--servers URLS] --backlog                 callbacks not yet folded and acked, all partitions
//
// RECIPIENT is the recipient part of the key for a provider that keys on one (Bandwidth: the event's `to`).

#include <triage/triage.hpp>

#include <cstdio>
#include <string>
#include <string_view>

#include "key_token.hpp"
#include "nats_support.hpp"
#include "topology.hpp"

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: triage-state [--servers URLS] PROVIDER ID [RECIPIENT] | --all | --decisions | "
               "--dead-letters | --backlog\n");
  return 2;
}

/// Prints the last message of every subject of `filter` (or every message), until none is pending.
int dump(jsCtx* js, const char* stream, const char* filter, bool last_per_subject, bool dead_letters) {
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = stream;
  so.Ordered = true;
  so.Config.DeliverPolicy = last_per_subject ? js_DeliverLastPerSubject : js_DeliverAll;
  natsSubscription* raw = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_SubscribeSync(&raw, js, filter, nullptr, &so, &code);
  if (s != NATS_OK) {
    std::fprintf(stderr, "%s\n", triage_js::error_of(s, "subscribe", code).text.c_str());
    return 2;
  }
  triage_js::subscription_ptr sub(raw);
  for (;;) {
    natsMsg* m = nullptr;
    // An empty stream delivers nothing at all: a short wait then means the end.
    s = natsSubscription_NextMsg(&m, sub.get(), 2000);
    if (s == NATS_TIMEOUT) return 0;
    if (s != NATS_OK) {
      std::fprintf(stderr, "%s\n", triage_js::error_of(s, "next message").text.c_str());
      return 2;
    }
    triage_js::msg_ptr owned(m);
    const std::string_view data(natsMsg_GetData(m), static_cast<std::size_t>(natsMsg_GetDataLength(m)));
    if (dead_letters) {
      std::printf("%s\t%s\t%.*s\n", std::string(triage_js::header(m, "Triage-Stream-Seq")).c_str(),
                  std::string(triage_js::header(m, "Triage-Reason")).c_str(), static_cast<int>(data.size()),
                  data.data());
    } else {
      std::printf("%.*s\n", static_cast<int>(data.size()), data.data());
    }
    jsMsgMetaData* meta = nullptr;
    if (natsMsg_GetMetaData(&meta, m) != NATS_OK) return 2;
    const bool last = meta->NumPending == 0;
    jsMsgMetaData_Destroy(meta);
    if (last) return 0;
  }
}

/// Sums the partition consumers' backlog: messages not delivered yet, and delivered but not acked.
int backlog(jsCtx* js) {
  std::uint64_t pending = 0, ack_pending = 0, redelivered = 0;
  for (int p = 0; p < triage_js::partitions; ++p) {
    jsConsumerInfo* raw = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    const std::string name = triage_js::partition_consumer(p);
    natsStatus s = js_GetConsumerInfo(&raw, js, triage_js::callback_stream, name.c_str(), nullptr, &code);
    if (s != NATS_OK) {
      std::fprintf(stderr, "%s\n", triage_js::error_of(s, "consumer " + name, code).text.c_str());
      return 2;
    }
    triage_js::consumer_info_ptr info(raw);
    pending += info->NumPending;
    ack_pending += static_cast<std::uint64_t>(info->NumAckPending);
    redelivered += static_cast<std::uint64_t>(info->NumRedelivered);
  }
  std::printf("pending=%llu ack_pending=%llu redelivered=%llu\n", static_cast<unsigned long long>(pending),
              static_cast<unsigned long long>(ack_pending), static_cast<unsigned long long>(redelivered));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string servers = triage_js::local_cluster_servers;
  const int first = triage_js::take_servers_option(argc, argv, servers);
  if (first >= argc) return usage();
  triage_js::session session;
  if (triage_js::nats_error e = triage_js::connect(servers, session, "triage-state")) {
    std::fprintf(stderr, "%s\n", e.text.c_str());
    return 2;
  }
  const std::string_view what = argv[first];
  const std::string all_states = std::string("$KV.") + triage_js::state_bucket + ".>";
  if (what == "--all") return dump(session.js.get(), triage_js::state_stream, all_states.c_str(), true, false);
  if (what == "--decisions") return dump(session.js.get(), triage_js::decision_stream, "decision.>", false, false);
  if (what == "--backlog") return backlog(session.js.get());
  if (what == "--dead-letters") return dump(session.js.get(), triage_js::dead_letter_stream, "dlq.>", false, true);
  if (argc - first < 2 || argc - first > 3) return usage();
  const auto provider = triage::provider_from_string(argv[first]);
  if (!provider) {
    std::fprintf(stderr, "unknown provider '%s'\n", argv[first]);
    return 2;
  }
  const std::string key =
      triage_js::state_key(*provider, triage_js::key_token(argv[first + 1], argc - first == 3 ? argv[first + 2] : ""));
  const std::string subject = std::string("$KV.") + triage_js::state_bucket + "." + key;
  natsMsg* m = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_GetLastMsg(&m, session.js.get(), triage_js::state_stream, subject.c_str(), nullptr, &code);
  if (s == NATS_NOT_FOUND) {
    std::fprintf(stderr, "no state for %s\n", key.c_str());
    return 1;
  }
  if (s != NATS_OK) {
    std::fprintf(stderr, "%s\n", triage_js::error_of(s, "read " + key, code).text.c_str());
    return 2;
  }
  triage_js::msg_ptr owned(m);
  std::printf("%.*s\n", natsMsg_GetDataLength(m), natsMsg_GetData(m));
  return 0;
}
