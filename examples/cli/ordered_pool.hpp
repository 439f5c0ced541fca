#ifndef TRIAGE_CLI_ORDERED_POOL_HPP
#define TRIAGE_CLI_ORDERED_POOL_HPP

// Worker threads that process jobs in parallel while the one thread that submits them gets every finished
// job back in submission order. Jobs live in a fixed ring that is reused: the number in flight, and so the
// memory, is bounded, and a job's buffers are recycled instead of allocated per job. When the ring is full,
// the submitting thread processes queued jobs itself rather than sleep until the oldest is done: it is one
// of the workers, and nobody has to wake it for every job.

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace triage_cli {

template <class Job>
class ordered_pool {
 public:
  /// `work(worker, job)` runs on worker thread `worker` (0 to threads - 1), or on the submitting thread as
  /// worker `threads`; at most `capacity` jobs are in flight (being filled, queued, processed, or finished
  /// and not yet handed back).
  ordered_pool(std::size_t threads, std::size_t capacity, std::function<void(std::size_t, Job&)> work)
      : ring_(new slot[capacity]), capacity_(capacity), work_(std::move(work)) {
    threads_.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this, i] { serve(i); });
  }
  ordered_pool(const ordered_pool&) = delete;
  ordered_pool& operator=(const ordered_pool&) = delete;
  ~ordered_pool() { stop(); }

  /// The job to fill next, as the previous use left it. When the ring is full, first processes queued jobs
  /// or waits until the oldest is finished, and hands it to `done`, which is where the caller writes its
  /// results out.
  template <class Done>
  Job& next(Done&& done) {
    while (submitted_ - retired_ == capacity_) help_or_retire(done);
    return ring_[submitted_ % capacity_].job;
  }

  /// Queues the job that next() returned, then hands back every job at the head that is already finished.
  template <class Done>
  void submit(Done&& done) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ring_[submitted_ % capacity_].finished = false;
      ++submitted_;
    }
    work_ready_.notify_one();
    hand_back_finished(done);
  }

  /// Processes or waits for every queued job and hands each to `done`, in order.
  template <class Done>
  void drain(Done&& done) {
    while (retired_ != submitted_) help_or_retire(done);
  }

  /// Ends the worker threads once they are idle; call drain() first to keep the results.
  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
    threads_.clear();
  }

 private:
  struct slot {
    Job job;
    bool finished = false;
  };

  /// On the submitting thread: processes the next queued job if there is one, else waits for the oldest;
  /// then hands back every finished job at the head.
  template <class Done>
  void help_or_retire(Done& done) {
    std::size_t seq = 0;
    bool helping = false;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (taken_ != submitted_) {
        seq = taken_++;
        helping = true;
      } else {
        slot& oldest = ring_[retired_ % capacity_];
        job_finished_.wait(lock, [&] { return oldest.finished; });
      }
    }
    if (helping) run(threads_.size(), seq);
    hand_back_finished(done);
  }

  template <class Done>
  void hand_back_finished(Done& done) {
    for (;;) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (retired_ == submitted_ || !ring_[retired_ % capacity_].finished) return;
      }
      done(ring_[retired_++ % capacity_].job);
    }
  }

  void run(std::size_t worker, std::size_t seq) {
    slot& s = ring_[seq % capacity_];
    work_(worker, s.job);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      s.finished = true;
    }
    job_finished_.notify_one();
  }

  void serve(std::size_t worker) {
    for (;;) {
      std::size_t seq = 0;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || taken_ != submitted_; });
        if (taken_ == submitted_) return;
        seq = taken_++;
      }
      run(worker, seq);
    }
  }

  std::unique_ptr<slot[]> ring_;
  std::size_t capacity_;
  std::function<void(std::size_t, Job&)> work_;
  // Jobs are numbered in submission order; job n lives in ring_[n % capacity_]. Only the submitting
  // thread changes retired_; submitted_ and taken_ change under mutex_.
  std::size_t retired_ = 0;
  std::size_t submitted_ = 0;
  std::size_t taken_ = 0;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable job_finished_;
  std::vector<std::thread> threads_;
};

}  // namespace triage_cli

#endif  // TRIAGE_CLI_ORDERED_POOL_HPP
