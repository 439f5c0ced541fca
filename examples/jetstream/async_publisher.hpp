#ifndef TRIAGE_JETSTREAM_ASYNC_PUBLISHER_HPP
#define TRIAGE_JETSTREAM_ASYNC_PUBLISHER_HPP

// Asynchronous JetStream publishes whose acks a caller can wait for, a group at a time: a receiver's
// request publishes every callback of its payload and waits for their acks only, so one slow ack never
// stalls the other requests, and the number of publishes in flight is bounded (MaxPending: a publish
// over the bound waits StallWait and then fails, and the request answers 503).

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "nats_support.hpp"

namespace triage_js {

/// The header that names the callback of a multi-callback body (outgoing::index).
inline constexpr const char* index_header = "Triage-Index";

/// One publish to make: subject, body and duplicate identity.
struct outgoing {
  std::string subject;
  std::string_view body;
  std::string msg_id;  ///< empty: none
  /// Which callback of the body this publish is (the Triage-Index header), for a body that holds several
  /// callbacks that cannot be cut apart (a WhatsApp envelope, a Telnyx event per recipient, an Infobip
  /// `results` batch): -1 for a body that is one callback.
  int index = -1;
  std::uint64_t expect_subject_seq = 0;  ///< a fence: the subject's last sequence must be this (0: no fence)
  bool expect_no_message = false;        ///< a fence: the subject must have no message yet
};

/// What became of a group of publishes.
struct group_result {
  bool all_acked = false;  ///< every publish was acknowledged by the stream (stored, or a known duplicate)
  std::size_t duplicates = 0;
  std::string error;                                 ///< the first failure, when not all_acked
  jsErrCode error_code = static_cast<jsErrCode>(0);  ///< JetStream's code of the first failure, if any
  std::vector<std::uint64_t> sequences;              ///< the stream sequence of each publish, in order
};

class async_publisher {
 public:
  async_publisher(natsConnection* connection, std::int64_t max_in_flight, std::int64_t ack_timeout_ms)
      : ack_timeout_ms_(ack_timeout_ms) {
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.Wait = ack_timeout_ms;
    jo.PublishAsync.MaxPending = max_in_flight;
    jo.PublishAsync.StallWait = 50;
    jo.PublishAsync.AckHandler = &async_publisher::on_ack;
    jo.PublishAsync.AckHandlerClosure = this;
    jsCtx* js = nullptr;
    status_ = natsConnection_JetStream(&js, connection, &jo);
    js_.reset(js);
  }
  async_publisher(const async_publisher&) = delete;
  async_publisher& operator=(const async_publisher&) = delete;

  nats_error status() const { return error_of(status_, "JetStream context"); }

  /// Publishes the group and waits for its acks, at most the ack time-out.
  group_result publish(const std::vector<outgoing>& group) {
    auto wait = std::make_shared<group_wait>();
    wait->sequences.assign(group.size(), 0);
    group_result result;
    std::vector<natsMsg*> sent;
    for (std::size_t index = 0; index < group.size(); ++index) {
      const outgoing& o = group[index];
      natsMsg* m = nullptr;
      natsStatus s = natsMsg_Create(&m, o.subject.c_str(), nullptr, o.body.data(), static_cast<int>(o.body.size()));
      if (s != NATS_OK) return failed(result, error_of(s, "natsMsg_Create").text, sent);
      if (o.index >= 0) {
        s = natsMsgHeader_Set(m, index_header, std::to_string(o.index).c_str());
        if (s != NATS_OK) {
          natsMsg_Destroy(m);
          return failed(result, error_of(s, "natsMsgHeader_Set").text, sent);
        }
      }
      jsPubOptions po;
      jsPubOptions_Init(&po);
      if (!o.msg_id.empty()) po.MsgId = o.msg_id.c_str();
      po.MaxWait = ack_timeout_ms_;
      po.ExpectLastSubjectSeq = o.expect_subject_seq;
      po.ExpectNoMessage = o.expect_no_message;
      {
        const std::lock_guard<std::mutex> lock(wait->mutex);
        ++wait->pending;
      }
      remember(m, wait, index);
      natsMsg* owned = m;
      s = js_PublishMsgAsync(js_.get(), &owned, &po);
      if (s != NATS_OK) {
        // Not handed over: the message is still ours, and no ack will come for it.
        forget(m);
        natsMsg_Destroy(owned);
        return failed(result, error_of(s, "publish").text, sent);
      }
      sent.push_back(m);
    }
    std::unique_lock<std::mutex> lock(wait->mutex);
    const bool done =
        wait->done.wait_for(lock, std::chrono::milliseconds(ack_timeout_ms_), [&] { return wait->pending == 0; });
    result.duplicates = wait->duplicates;
    if (!done) {
      lock.unlock();
      return failed(result, "no ack within the ack time-out", sent);
    }
    if (!wait->error.empty()) {
      result.error = wait->error;
      result.error_code = wait->error_code;
      return result;
    }
    result.all_acked = true;
    result.sequences = std::move(wait->sequences);
    return result;
  }

 private:
  struct group_wait {
    std::mutex mutex;
    std::condition_variable done;
    std::size_t pending = 0;
    std::size_t duplicates = 0;
    std::string error;
    jsErrCode error_code = static_cast<jsErrCode>(0);
    std::vector<std::uint64_t> sequences;
  };
  struct waiter {
    std::shared_ptr<group_wait> wait;
    std::size_t index = 0;
  };

  void remember(natsMsg* m, const std::shared_ptr<group_wait>& wait, std::size_t index) {
    const std::lock_guard<std::mutex> lock(mutex_);
    waiting_[m] = waiter{wait, index};
  }
  void forget(natsMsg* m) {
    const std::lock_guard<std::mutex> lock(mutex_);
    waiting_.erase(m);
  }

  // A group that gave up: its acks may still come, and must then find nobody waiting.
  group_result& failed(group_result& result, std::string error, const std::vector<natsMsg*>& sent) {
    const std::lock_guard<std::mutex> lock(mutex_);
    for (natsMsg* m : sent) waiting_.erase(m);
    result.all_acked = false;
    result.error = std::move(error);
    return result;
  }

  static void on_ack(jsCtx*, natsMsg* msg, jsPubAck* ack, jsPubAckErr* err, void* closure) {
    auto* self = static_cast<async_publisher*>(closure);
    std::shared_ptr<group_wait> wait;
    std::size_t index = 0;
    {
      const std::lock_guard<std::mutex> lock(self->mutex_);
      auto it = self->waiting_.find(msg);
      if (it != self->waiting_.end()) {
        wait = std::move(it->second.wait);
        index = it->second.index;
        self->waiting_.erase(it);
      }
    }
    // With an ack handler the message is ours again once acknowledged (or failed).
    natsMsg_Destroy(msg);
    if (!wait) return;
    const std::lock_guard<std::mutex> lock(wait->mutex);
    if (err != nullptr) {
      if (wait->error.empty()) {
        wait->error = err->ErrText != nullptr ? err->ErrText : natsStatus_GetText(err->Err);
        wait->error_code = err->ErrCode;
      }
    } else if (ack != nullptr) {
      wait->sequences[index] = ack->Sequence;
      if (ack->Duplicate) ++wait->duplicates;
    }
    if (--wait->pending == 0) wait->done.notify_one();
  }

  std::int64_t ack_timeout_ms_;
  natsStatus status_ = NATS_OK;
  js_ptr js_;
  std::mutex mutex_;
  std::unordered_map<natsMsg*, waiter> waiting_;
};

}  // namespace triage_js

#endif  // TRIAGE_JETSTREAM_ASYNC_PUBLISHER_HPP
