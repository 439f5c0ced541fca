#ifndef TRIAGE_JETSTREAM_PARTITION_OWNER_HPP
#define TRIAGE_JETSTREAM_PARTITION_OWNER_HPP

// One worker's ownership of one partition: folds the partition's callbacks with a triage::tracker in stream
// order, writes each changed state to the KV bucket fenced by the revision it last wrote, publishes the
// decisions, and acks a batch only once all of that is stored.
//
// Loading (at start, and after any doubt): the tracker is rebuilt by folding the partition again from the
// stream's first message up to the last one the durable consumer ever delivered (an ephemeral consumer), so a
// reload folds to exactly the state the previous owner had: the fold is a function of the stream order,
// which the tie-break of the last-word rule (arrival) then follows too. States touched after the
// consumer's ack floor may not have reached the KV bucket: they are written again, fenced by the revision
// the bucket has now. A redelivery (a sequence already folded) is acked and counted, never folded twice,
// so a state's counters match a single pass over the input. A message older than one already folded that
// was never folded itself (a delivery lost with a connection, redelivered after newer ones) would break
// the stream order: the owner reloads instead, and the replay folds it in its place. A provider's retry that got past
// the broker's dedup window is a new stream message: the tracker's fingerprints drop it.
//
// Fencing: every write expects the key's last revision (or no message, for a key this owner created). A
// "wrong last sequence" means someone else wrote the key: this owner has lost the partition, so it stops
// and reloads. So does any write whose outcome is unknown (no ack in time). Nothing is acked then: the
// consumer redelivers after its AckWait.
//
// Poison: a message that will never fold (no parse, not one callback, a key that is not its subject's)
// goes to the dead-letter stream with the reason, and is then acked: the partition moves on.

#include <triage/triage.hpp>

#include <cstdint>
#include <cstdio>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "async_publisher.hpp"
#include "key_token.hpp"
#include "nats_support.hpp"
#include "state_json.hpp"
#include "topology.hpp"

namespace triage_js {

struct worker_counters {
  std::uint64_t folded = 0;         ///< callbacks folded live (first delivery to this process)
  std::uint64_t replayed = 0;       ///< callbacks folded again while loading a partition
  std::uint64_t redeliveries = 0;   ///< deliveries of a sequence already folded: acked, not folded
  std::uint64_t duplicates = 0;     ///< callbacks the tracker dropped as duplicates of one it had
  std::uint64_t dead_lettered = 0;  ///< messages sent to the dead-letter stream
  std::uint64_t kv_writes = 0;
  std::uint64_t decisions = 0;
  std::uint64_t reloads = 0;    ///< loads after the first (lost fence, failed write)
  std::uint64_t conflicts = 0;  ///< fenced writes refused: ownership lost
};

struct worker_settings {
  int fetch_batch = 256;
  std::int64_t ack_wait_seconds = 30;
  std::int64_t replay_idle_ms = 5000;  ///< longest wait for the next replayed message before giving up
};

class partition_owner {
 public:
  partition_owner(int partition, jsCtx* js, async_publisher& writes, const worker_settings& settings,
                  worker_counters& counters)
      : partition_(partition), js_(js), writes_(writes), settings_(settings), counters_(counters) {}

  int partition() const noexcept { return partition_; }
  bool loaded() const noexcept { return loaded_; }

  /// Loads the partition (see above). On an error nothing is owned yet; call again later.
  nats_error load() {
    if (loads_++ > 0) ++counters_.reloads;
    loaded_ = false;
    subscription_.reset();
    tracker_ = triage::tracker();
    keys_.clear();
    folded_upto_ = 0;
    replayed_upto_ = 0;
    live_folded_.clear();
    live_order_.clear();
    if (nats_error e = ensure_consumer()) return e;
    jsConsumerInfo* raw = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    natsStatus s = js_GetConsumerInfo(&raw, js_, callback_stream, consumer_.c_str(), nullptr, &code);
    if (s != NATS_OK) return error_of(s, "consumer info " + consumer_, code);
    consumer_info_ptr info(raw);
    const std::uint64_t ack_floor = info->AckFloor.Stream;
    const std::uint64_t delivered = info->Delivered.Stream;
    std::unordered_set<std::string> dirty;
    if (delivered > 0) {
      if (nats_error e = replay(ack_floor, delivered, dirty)) return e;
    }
    folded_upto_ = replayed_upto_ = delivered;
    // Bind to the durable consumer before writing, so that a write failure leaves nothing half-owned.
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = callback_stream;
    so.Consumer = consumer_.c_str();
    natsSubscription* sub = nullptr;
    s = js_PullSubscribe(&sub, js_, partition_subject(partition_).c_str(), consumer_.c_str(), nullptr, &so, &code);
    if (s != NATS_OK) return error_of(s, "pull subscribe " + consumer_, code);
    subscription_.reset(sub);
    pending_.clear();
    for (const std::string& key : dirty) {
      if (nats_error e = learn_revision(key)) return e;
      merge(pending_[key], std::move(rendered_[key]));
    }
    rendered_.clear();
    if (nats_error e = write_pending()) return e;
    loaded_ = true;
    return {};
  }

  /// Fetches and processes one batch. Returns an error when the partition must be loaded again.
  nats_error poll(std::int64_t timeout_ms) {
    natsMsgList list{};
    jsErrCode code = static_cast<jsErrCode>(0);
    natsStatus s = natsSubscription_Fetch(&list, subscription_.get(), settings_.fetch_batch, timeout_ms, &code);
    if (s == NATS_TIMEOUT || s == NATS_NOT_FOUND) return {};
    if (s != NATS_OK) {
      // A fetch can fail while the cluster elects leaders: not a loss of ownership, try again.
      natsMsgList_Destroy(&list);
      return {};
    }
    std::vector<msg_ptr> batch;
    batch.reserve(static_cast<std::size_t>(list.Count));
    for (int i = 0; i < list.Count; ++i) {
      batch.emplace_back(list.Msgs[i]);
      list.Msgs[i] = nullptr;
    }
    natsMsgList_Destroy(&list);
    pending_.clear();
    for (const msg_ptr& m : batch) {
      if (nats_error e = take(m.get())) {
        loaded_ = false;
        return e;
      }
    }
    if (nats_error e = write_pending()) {
      loaded_ = false;
      return e;
    }
    for (const msg_ptr& m : batch) natsMsg_Ack(m.get(), nullptr);
    return {};
  }

 private:
  struct key_info {
    std::uint64_t revision = 0;   // the KV revision this owner last wrote or read
    bool revision_known = false;  // false: read it before the next write
    std::string decision;         // the last decision published for the key
  };

  struct pending_write {
    std::string state;
    std::string decision;     // empty: none to publish
    std::string decision_id;  // its Nats-Msg-Id: a reload that publishes it again is dropped by the broker
  };

  // A later state of a key replaces an earlier one not yet written, but not the earlier one's decision.
  static void merge(pending_write& into, pending_write&& later) {
    into.state = std::move(later.state);
    if (!later.decision.empty()) {
      into.decision = std::move(later.decision);
      into.decision_id = std::move(later.decision_id);
    }
  }

  nats_error ensure_consumer() {
    consumer_ = partition_consumer(partition_);
    const std::string filter = partition_subject(partition_);
    jsConsumerConfig cfg;
    jsConsumerConfig_Init(&cfg);
    cfg.Durable = consumer_.c_str();
    cfg.FilterSubject = filter.c_str();
    cfg.AckPolicy = js_AckExplicit;
    cfg.AckWait = settings_.ack_wait_seconds * nanoseconds_per_second;
    cfg.DeliverPolicy = js_DeliverAll;
    // Unlimited: a message is never dropped by the consumer; one that cannot fold is dead-lettered by us.
    cfg.MaxDeliver = -1;
    cfg.MaxAckPending = settings_.fetch_batch * 4;
    jsConsumerInfo* info = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    natsStatus s = js_AddConsumer(&info, js_, callback_stream, &cfg, nullptr, &code);
    if (s == NATS_OK) jsConsumerInfo_Destroy(info);
    if (s != NATS_OK && (code == JSConsumerNameExistErr || code == JSConsumerExistingActiveErr)) return {};
    return error_of(s, "create consumer " + consumer_, code);
  }

  // Folds every message of the partition from the first through `delivered`, writing nothing; keys folded
  // after `ack_floor` are the ones the previous owner may not have written.
  nats_error replay(std::uint64_t ack_floor, std::uint64_t delivered, std::unordered_set<std::string>& dirty) {
    // An ephemeral pull consumer, not an ordered push one: the push consumer keeps streaming the rest of
    // the partition after the replay's end, and one run of the worker-kill scenario hung on the client's
    // locks right after such a replay (libnats 3.4.1).
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = callback_stream;
    so.Config.DeliverPolicy = js_DeliverAll;
    so.Config.AckPolicy = js_AckAll;
    so.Config.MaxAckPending = settings_.fetch_batch * 4;
    natsSubscription* raw = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    natsStatus s = js_PullSubscribe(&raw, js_, partition_subject(partition_).c_str(), nullptr, nullptr, &so, &code);
    if (s != NATS_OK) return error_of(s, "replay subscribe", code);
    subscription_ptr replay(raw);
    rendered_.clear();
    for (bool done = false; !done;) {
      natsMsgList list{};
      s = natsSubscription_Fetch(&list, replay.get(), settings_.fetch_batch, settings_.replay_idle_ms, &code);
      if (s != NATS_OK) {
        natsMsgList_Destroy(&list);
        return error_of(s, "replay of partition " + std::to_string(partition_), code);
      }
      for (int i = 0; i < list.Count && !done; ++i) {
        natsMsg* m = list.Msgs[i];
        const std::uint64_t seq = stream_sequence(m);
        if (seq > delivered) {
          done = true;
          break;
        }
        std::string key;
        const fold_result r = fold(m, seq, key, seq > ack_floor, false);
        if (r == fold_result::poison && seq > ack_floor) {
          if (nats_error e = dead_letter(m, seq, poison_reason_)) {
            natsMsgList_Destroy(&list);
            return e;
          }
        }
        if (r == fold_result::folded && seq > ack_floor) dirty.insert(key);
        if (seq >= delivered) done = true;
      }
      // AckAll: one ack per batch releases the whole batch.
      if (list.Count > 0) natsMsg_Ack(list.Msgs[list.Count - 1], nullptr);
      natsMsgList_Destroy(&list);
    }
    return {};
  }

  enum class fold_result { folded, poison };

  static std::uint64_t stream_sequence(natsMsg* m) {
    jsMsgMetaData* raw = nullptr;
    if (natsMsg_GetMetaData(&raw, m) != NATS_OK) return 0;
    meta_ptr meta(raw);
    return meta->Sequence.Stream;
  }

  // Folds one message; on success `key` is its KV key and its state is rendered into rendered_ (with its
  // decision only when `publish_decision`: a replayed fold that was acked had its decision published).
  // `live`: the message was never delivered before this owner's load, so no one can have written it.
  fold_result fold(natsMsg* m, std::uint64_t seq, std::string& key, bool publish_decision, bool live) {
    // cb.p.<partition>.<provider>.<token>
    const std::string_view subject = natsMsg_GetSubject(m);
    std::string_view rest = subject;
    for (int skip = 0; skip < 3 && !rest.empty(); ++skip) {
      const std::size_t dot = rest.find('.');
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    }
    const std::size_t dot = rest.find('.');
    const auto provider =
        dot == std::string_view::npos ? std::nullopt : triage::provider_from_string(std::string(rest.substr(0, dot)));
    if (!provider) return poison("the subject names no provider: " + std::string(subject));
    const std::string_view token = rest.substr(dot + 1);
    const std::string_view data(natsMsg_GetData(m), static_cast<std::size_t>(natsMsg_GetDataLength(m)));
    auto batch = parser_.parse(data, *provider);
    if (!batch) return poison(fmt::format("{}", batch.error()));
    // A body of several callbacks comes once per callback, with the index of the one to fold.
    std::size_t index = 0;
    const std::string_view index_text = header(m, index_header);
    if (!index_text.empty()) {
      std::int64_t parsed = -1;
      if (!triage::detail::parse_integer(index_text, parsed) || parsed < 0 ||
          static_cast<std::uint64_t>(parsed) >= batch->size()) {
        return poison(
            fmt::format("{} {} names no callback of the {} in the message", index_header, index_text, batch->size()));
      }
      index = static_cast<std::size_t>(parsed);
    } else if (batch->size() != 1) {
      return poison(fmt::format("{} callbacks in one message without a {} header", batch->size(), index_header));
    }
    const triage::callback& cb = (*batch)[index];
    const triage::observation o = triage::make_observation(cb);
    if (key_token(o) != token) return poison("the callback's key is not its subject's: " + key_token(o));
    const triage::observe_status status = tracker_.observe(o, seq);
    ++(live ? counters_.folded : counters_.replayed);
    if (status == triage::observe_status::duplicate) ++counters_.duplicates;
    key = state_key(*provider, token);
    const bool evicted_any = tracker_.stats().evicted_final + tracker_.stats().evicted_open != 0;
    if (live && status == triage::observe_status::created && !evicted_any && keys_.find(key) == keys_.end()) {
      // The partition's whole history is folded, and the key is not in it: it cannot be in the bucket yet
      // (and if it were, the no-message fence would say so).
      key_info& info = keys_[key];
      info.revision = 0;
      info.revision_known = true;
    }
    const triage::message_state* state = tracker_.find(cb);
    merge(rendered_[key], render(*state, key, seq, publish_decision));
    return fold_result::folded;
  }

  fold_result poison(std::string reason) {
    poison_reason_ = std::move(reason);
    return fold_result::poison;
  }

  pending_write render(const triage::message_state& s, const std::string& key, std::uint64_t seq,
                       bool publish_decision) {
    pending_write w;
    w.state = state_json(s);
    key_info& info = keys_[key];
    if (const char* action = decision_of(s); action != nullptr && info.decision != action) {
      info.decision = action;
      if (publish_decision) {
        w.decision = decision_json(s, action, key);
        w.decision_id = "decision." + key + "." + action + "." + std::to_string(seq);
      }
    }
    return w;
  }

  // A live message: a redelivery is acked as it is; anything new is folded or dead-lettered.
  nats_error take(natsMsg* m) {
    const std::uint64_t seq = stream_sequence(m);
    if (seq == 0) return {};  // not a JetStream message: nothing to fold (acked with the batch)
    if (seq <= replayed_upto_ || live_folded_.count(seq) != 0) {
      ++counters_.redeliveries;
      return {};
    }
    if (seq < folded_upto_) {
      return nats_error{NATS_ERR, static_cast<jsErrCode>(0),
                        fmt::format("partition {}: seq {} delivered after seq {}: reloading to fold it in order",
                                    partition_, seq, folded_upto_)};
    }
    std::string key;
    if (fold(m, seq, key, true, true) == fold_result::poison) {
      if (nats_error e = dead_letter(m, seq, poison_reason_)) return e;
    } else {
      if (nats_error e = learn_revision(key)) return e;
      merge(pending_[key], std::move(rendered_[key]));
      rendered_.erase(key);
    }
    folded_upto_ = seq;
    remember_live(seq);
    return {};
  }

  // The sequences folded live, the newest ones only: an older one that comes again is not known to have
  // been folded, and reloads the partition (which is always correct, only slower).
  void remember_live(std::uint64_t seq) {
    static constexpr std::size_t remembered = std::size_t{1} << 17;
    live_folded_.insert(seq);
    live_order_.push_back(seq);
    if (live_order_.size() > remembered) {
      live_folded_.erase(live_order_.front());
      live_order_.pop_front();
    }
  }

  // The key's last revision in the bucket, read from the stream's leader (a direct get may be stale).
  nats_error learn_revision(const std::string& key) {
    key_info& info = keys_[key];
    if (info.revision_known) return {};
    const std::string subject = std::string("$KV.") + state_bucket + "." + key;
    natsMsg* m = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    natsStatus s = js_GetLastMsg(&m, js_, state_stream, subject.c_str(), nullptr, &code);
    if (s == NATS_NOT_FOUND) {
      info.revision = 0;
    } else if (s == NATS_OK) {
      info.revision = natsMsg_GetSequence(m);
      natsMsg_Destroy(m);
    } else {
      return error_of(s, "read revision of " + key, code);
    }
    info.revision_known = true;
    return {};
  }

  nats_error dead_letter(natsMsg* m, std::uint64_t seq, const std::string& reason) {
    const std::string subject = "dlq." + std::to_string(partition_);
    natsMsg* out = nullptr;
    natsStatus s = natsMsg_Create(&out, subject.c_str(), nullptr, natsMsg_GetData(m), natsMsg_GetDataLength(m));
    if (s != NATS_OK) return error_of(s, "dead-letter message");
    msg_ptr owned(out);
    const std::string sequence = std::to_string(seq);
    natsMsgHeader_Set(out, "Triage-Reason", reason.c_str());
    natsMsgHeader_Set(out, "Triage-Stream-Seq", sequence.c_str());
    natsMsgHeader_Set(out, "Triage-Subject", natsMsg_GetSubject(m));
    jsPubOptions po;
    jsPubOptions_Init(&po);
    const std::string id = "dlq." + sequence;  // a reload that dead-letters it again is dropped by the broker
    po.MsgId = id.c_str();
    jsPubAck* ack = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    s = js_PublishMsg(&ack, js_, out, &po, &code);
    if (s != NATS_OK) return error_of(s, "publish to the dead-letter stream", code);
    if (!ack->Duplicate) ++counters_.dead_lettered;
    jsPubAck_Destroy(ack);
    std::fprintf(stderr, "worker: partition %d: seq %llu dead-lettered: %s\n", partition_,
                 static_cast<unsigned long long>(seq), reason.c_str());
    return {};
  }

  // Writes every pending state, fenced, and its decision; all or nothing as far as acks go.
  nats_error write_pending() {
    if (pending_.empty()) return {};
    std::vector<outgoing> group;
    std::vector<std::string> keys;
    group.reserve(pending_.size() * 2);
    for (auto& [key, w] : pending_) {
      const key_info& info = keys_[key];
      outgoing out;
      out.subject = std::string("$KV.") + state_bucket + "." + key;
      out.body = w.state;
      if (info.revision == 0) {
        out.expect_no_message = true;
      } else {
        out.expect_subject_seq = info.revision;
      }
      group.push_back(std::move(out));
      keys.push_back(key);
    }
    for (auto& [key, w] : pending_) {
      if (w.decision.empty()) continue;
      outgoing out;
      out.subject = "decision." + key.substr(0, key.find('.'));
      out.body = w.decision;
      out.msg_id = w.decision_id;
      group.push_back(std::move(out));
    }
    const group_result r = writes_.publish(group);
    if (!r.all_acked) {
      if (r.error_code == JSStreamWrongLastSequenceErr) ++counters_.conflicts;
      // Whatever was written, the revisions are no longer certain.
      for (const std::string& key : keys) keys_[key].revision_known = false;
      return nats_error{NATS_ERR, r.error_code, "partition " + std::to_string(partition_) + ": " + r.error};
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
      keys_[keys[i]].revision = r.sequences[i];
      keys_[keys[i]].revision_known = true;
    }
    counters_.kv_writes += keys.size();
    counters_.decisions += group.size() - keys.size();
    pending_.clear();
    return {};
  }

  int partition_;
  jsCtx* js_;
  async_publisher& writes_;
  const worker_settings& settings_;
  worker_counters& counters_;
  std::string consumer_;
  subscription_ptr subscription_;
  triage::tracker tracker_;
  triage::parser parser_;
  std::unordered_map<std::string, key_info> keys_;
  std::unordered_map<std::string, pending_write> rendered_;  // the latest state of each key folded, unwritten
  std::unordered_map<std::string, pending_write> pending_;   // the batch's writes
  std::uint64_t folded_upto_ = 0;                            // the newest sequence folded
  std::uint64_t replayed_upto_ = 0;  // every sequence up to this one was folded by the load's replay
  std::unordered_set<std::uint64_t> live_folded_;
  std::deque<std::uint64_t> live_order_;
  std::string poison_reason_;
  int loads_ = 0;
  bool loaded_ = false;
};

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_PARTITION_OWNER_HPP
