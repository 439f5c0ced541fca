#ifndef TRIAGE_JETSTREAM_NATS_SUPPORT_HPP
#define TRIAGE_JETSTREAM_NATS_SUPPORT_HPP

// Owning handles for the C client's objects, and its status codes as error values: every call that can
// fail returns a `nats_error` (empty when it worked), never throws, and names what failed.

#include <nats/nats.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace triage_js {

struct connection_closer {
  void operator()(natsConnection* c) const noexcept { natsConnection_Destroy(c); }
};
struct options_closer {
  void operator()(natsOptions* o) const noexcept { natsOptions_Destroy(o); }
};
struct js_closer {
  void operator()(jsCtx* j) const noexcept { jsCtx_Destroy(j); }
};
struct msg_closer {
  void operator()(natsMsg* m) const noexcept { natsMsg_Destroy(m); }
};
struct subscription_closer {
  void operator()(natsSubscription* s) const noexcept { natsSubscription_Destroy(s); }
};
struct kv_closer {
  void operator()(kvStore* k) const noexcept { kvStore_Destroy(k); }
};
struct kv_entry_closer {
  void operator()(kvEntry* e) const noexcept { kvEntry_Destroy(e); }
};
struct meta_closer {
  void operator()(jsMsgMetaData* m) const noexcept { jsMsgMetaData_Destroy(m); }
};
struct consumer_info_closer {
  void operator()(jsConsumerInfo* c) const noexcept { jsConsumerInfo_Destroy(c); }
};

using connection_ptr = std::unique_ptr<natsConnection, connection_closer>;
using js_ptr = std::unique_ptr<jsCtx, js_closer>;
using msg_ptr = std::unique_ptr<natsMsg, msg_closer>;
using subscription_ptr = std::unique_ptr<natsSubscription, subscription_closer>;
using kv_ptr = std::unique_ptr<kvStore, kv_closer>;
using kv_entry_ptr = std::unique_ptr<kvEntry, kv_entry_closer>;
using meta_ptr = std::unique_ptr<jsMsgMetaData, meta_closer>;
using consumer_info_ptr = std::unique_ptr<jsConsumerInfo, consumer_info_closer>;

/// A failed call: the client's status, JetStream's error code when the server gave one, and the text.
struct nats_error {
  natsStatus status = NATS_OK;
  jsErrCode js_code = static_cast<jsErrCode>(0);
  std::string text;

  explicit operator bool() const noexcept { return status != NATS_OK; }
};

/// The error of a status, with the client's last error text for this thread (it says more than the status).
inline nats_error error_of(natsStatus s, std::string_view what, jsErrCode code = static_cast<jsErrCode>(0)) {
  if (s == NATS_OK) return {};
  nats_error e;
  e.status = s;
  e.js_code = code;
  e.text.assign(what.data(), what.size());
  e.text += ": ";
  const char* last = nats_GetLastError(nullptr);
  e.text += last != nullptr && *last != '\0' ? last : natsStatus_GetText(s);
  if (code != 0) e.text += " (JetStream error " + std::to_string(static_cast<int>(code)) + ")";
  return e;
}

/// Splits "nats://a:1,nats://b:2" into its URLs.
/// The servers of the development cluster (cluster.sh, nats/node-*.conf): every tool's default.
inline constexpr const char* local_cluster_servers =
    "nats://127.0.0.1:4241,nats://127.0.0.1:4242,nats://127.0.0.1:4243";

/// Reads a leading `--servers URLS` into `servers`; returns the index of the first argument after it.
inline int take_servers_option(int argc, char** argv, std::string& servers) {
  if (argc >= 3 && std::string_view(argv[1]) == "--servers") {
    servers = argv[2];
    return 3;
  }
  return 1;
}

inline std::vector<std::string> split_urls(std::string_view list) {
  std::vector<std::string> urls;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view one = list.substr(0, comma);
    if (!one.empty()) urls.emplace_back(one);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return urls;
}

/// A connection to any of the servers, reconnecting for ever: a node that dies is a node to wait for,
/// never a reason for a receiver or a worker to exit.
struct session {
  connection_ptr connection;
  js_ptr js;
};

inline nats_error connect(const std::string& servers, session& out, const char* name, int64_t js_wait_ms = 5000) {
  natsOptions* raw = nullptr;
  if (natsStatus s = natsOptions_Create(&raw); s != NATS_OK) return error_of(s, "natsOptions_Create");
  std::unique_ptr<natsOptions, options_closer> opts(raw);
  const std::vector<std::string> urls = split_urls(servers);
  std::vector<const char*> pointers;
  for (const std::string& u : urls) pointers.push_back(u.c_str());
  natsStatus s = natsOptions_SetServers(opts.get(), pointers.data(), static_cast<int>(pointers.size()));
  if (s == NATS_OK) s = natsOptions_SetName(opts.get(), name);
  if (s == NATS_OK) s = natsOptions_SetMaxReconnect(opts.get(), -1);
  if (s == NATS_OK) s = natsOptions_SetReconnectWait(opts.get(), 250);
  if (s == NATS_OK) s = natsOptions_SetRetryOnFailedConnect(opts.get(), true, nullptr, nullptr);
  // Publishes made while reconnecting wait in this buffer; the receiver answers 503 for them if no ack comes.
  if (s == NATS_OK) s = natsOptions_SetReconnectBufSize(opts.get(), 64 * 1024 * 1024);
  if (s != NATS_OK) return error_of(s, "natsOptions");
  natsConnection* conn = nullptr;
  s = natsConnection_Connect(&conn, opts.get());
  // With retry-on-failed-connect, "not yet connected" is a connection that keeps trying.
  if (s != NATS_OK && s != NATS_NOT_YET_CONNECTED) return error_of(s, "connect to " + servers);
  out.connection.reset(conn);
  jsOptions jo;
  jsOptions_Init(&jo);
  jo.Wait = js_wait_ms;
  jsCtx* js = nullptr;
  s = natsConnection_JetStream(&js, out.connection.get(), &jo);
  if (s != NATS_OK) return error_of(s, "natsConnection_JetStream");
  out.js.reset(js);
  return {};
}

/// A message header's value, or empty.
inline std::string_view header(natsMsg* m, const char* name) {
  const char* value = nullptr;
  if (natsMsgHeader_Get(m, name, &value) != NATS_OK || value == nullptr) return {};
  return value;
}

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_NATS_SUPPORT_HPP
