#include "pipeline/batch.h"

#include <google/protobuf/arena.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace newsie {
namespace {

// A record's hundreds of small messages and strings live on an arena that
// is reset for the next record: freed at once instead of one by one, and
// the first block, kept across resets, holds most records whole (a reused
// record would keep its repeated elements but still free and reallocate
// every singular sub-message: spans, speakers).
class RecordArena {
 public:
  RecordArena() : block_(new char[kFirstBlock]), arena_(Options(block_.get())) {}
  // An empty record; the previous one is gone.
  newsie::v1::ArticleRecord* Fresh() {
    arena_.Reset();
    return google::protobuf::Arena::CreateMessage<newsie::v1::ArticleRecord>(&arena_);
  }

 private:
  static constexpr size_t kFirstBlock = 64 << 10;
  static google::protobuf::ArenaOptions Options(char* block) {
    google::protobuf::ArenaOptions o;
    o.initial_block = block;
    o.initial_block_size = kFirstBlock;
    o.start_block_size = kFirstBlock;
    o.max_block_size = kFirstBlock;
    return o;
  }
  std::unique_ptr<char[]> block_;
  google::protobuf::Arena arena_;
};

struct Slot {
  InputRecord in;
  RecordArena arena;
  newsie::v1::ArticleRecord* rec = nullptr;  // on `arena`
  std::string bytes;
  bool stage_failed = false;
  Status status;  // serialization error
  bool done = false;
};

// Extraction and conversion of one record; runs on any thread.
void Process(const Pipeline& pipeline, const BatchOptions& opts, Slot* s) {
  s->stage_failed = false;
  s->status = OkStatus();
  if (!s->in.error) s->stage_failed = !pipeline.Run(s->in.doc);
  s->rec = s->arena.Fresh();
  DocumentToRecord(s->in.doc, opts.record, s->rec);
  if (s->in.error) s->rec->set_error(true);
  s->in.doc = Document();  // the record holds what is needed now
  s->bytes.clear();
  if (opts.serialize) s->status = opts.serialize(*s->rec, &s->bytes);
}

// The first error diagnostic of a record: "file:line: stage: message".
std::string FirstError(const newsie::v1::ArticleRecord& rec) {
  for (const auto& d : rec.diagnostics()) {
    if (d.severity() == newsie::v1::ERROR) {
      std::string where = d.file().empty() ? rec.article().origin()
                                           : d.file() + ":" + std::to_string(d.line());
      return where + ": " + (d.stage().empty() ? "" : d.stage() + ": ") + d.message();
    }
  }
  return rec.article().origin() + ": error";
}

class Emitter {
 public:
  Emitter(const BatchOptions& opts, const RecordSink& sink, BatchStats* stats)
      : opts_(opts), sink_(sink), stats_(stats) {}

  Status Emit(Slot& s) {
    if (!s.status.ok()) return s.status;
    if (s.stage_failed) ++stats_->stage_errors;
    if (s.in.error) ++stats_->failed;
    if (s.in.error || s.stage_failed) {
      if (opts_.strict) return FailedPreconditionError(FirstError(*s.rec));
      if (stats_->first_errors.size() < BatchStats::kMaxListedErrors) {
        stats_->first_errors.push_back(FirstError(*s.rec));
      }
    }
    NEWSIE_RETURN_IF_ERROR(sink_(*s.rec, s.bytes));
    ++stats_->written;
    return OkStatus();
  }

 private:
  const BatchOptions& opts_;
  const RecordSink& sink_;
  BatchStats* stats_;
};

}  // namespace

std::string BatchStats::Summary() const {
  std::string s = "read " + std::to_string(read) + " record" + (read == 1 ? "" : "s") +
                  ", wrote " + std::to_string(written) + ", failed " +
                  std::to_string(failed);
  std::string extra;
  if (stage_errors > 0) extra = std::to_string(stage_errors) + " with extractor errors";
  if (blank_lines > 0) {
    if (!extra.empty()) extra += "; ";
    extra += std::to_string(blank_lines) + " blank line" + (blank_lines == 1 ? "" : "s") +
             " skipped";
  }
  if (!extra.empty()) s += " (" + extra + ")";
  char buf[96];
  std::snprintf(buf, sizeof buf, " in %.2f s", seconds);
  return s + buf;
}

Status RunBatch(ArticleReader& reader, const Pipeline& pipeline,
                const BatchOptions& opts, const RecordSink& sink, BatchStats* stats) {
  const auto t0 = std::chrono::steady_clock::now();
  *stats = BatchStats();
  Emitter emitter(opts, sink, stats);
  Status result;
  const int threads = std::max(1, opts.threads);

  if (threads == 1) {
    Slot slot;
    while (reader.Next(&slot.in)) {
      Process(pipeline, opts, &slot);
      result = emitter.Emit(slot);
      if (!result.ok()) break;
    }
  } else {
    // The calling thread is one of the `threads`: between reading and
    // writing it processes records too, so that N threads keep N cores
    // busy. A separate reader/writer thread would be an N+1st, competing
    // with the workers for the cores and waking up for every record.
    const size_t window = opts.window > 0 ? opts.window : 4 * static_cast<size_t>(threads);
    // Cache-line aligned: workers write their own slots only.
    struct alignas(64) AlignedSlot : Slot {};
    std::vector<AlignedSlot> slots(window);
    std::mutex mu;
    std::condition_variable work_cv, done_cv;
    std::deque<size_t> queue;  // slot indices ready for a worker
    bool closing = false;
    bool caller_waiting = false;

    std::vector<std::thread> workers;
    for (int i = 1; i < threads; ++i) {
      workers.emplace_back([&] {
        for (;;) {
          size_t k;
          {
            std::unique_lock<std::mutex> lock(mu);
            work_cv.wait(lock, [&] { return closing || !queue.empty(); });
            if (queue.empty()) return;
            k = queue.front();
            queue.pop_front();
          }
          Process(pipeline, opts, &slots[k]);
          bool wake;
          {
            std::lock_guard<std::mutex> lock(mu);
            slots[k].done = true;
            wake = caller_waiting;
          }
          if (wake) done_cv.notify_one();
        }
      });
    }

    uint64_t next_read = 0, next_write = 0;
    bool more = true;
    while (result.ok()) {
      // Keep the window full; the reader runs on this thread.
      while (more && next_read - next_write < window) {
        Slot& s = slots[next_read % window];
        s.done = false;
        if (!reader.Next(&s.in)) {
          more = false;
          break;
        }
        {
          std::lock_guard<std::mutex> lock(mu);
          queue.push_back(next_read % window);
        }
        work_cv.notify_one();
        ++next_read;
      }
      if (next_write == next_read) break;
      Slot& head = slots[next_write % window];
      size_t job = window;  // none
      {
        std::unique_lock<std::mutex> lock(mu);
        if (!head.done && !queue.empty()) {
          // Work instead of waiting: the oldest queued record.
          job = queue.front();
          queue.pop_front();
        } else {
          caller_waiting = true;
          done_cv.wait(lock, [&] { return head.done; });
          caller_waiting = false;
        }
      }
      if (job != window) {
        Process(pipeline, opts, &slots[job]);
        std::lock_guard<std::mutex> lock(mu);
        slots[job].done = true;
        continue;
      }
      result = emitter.Emit(head);
      ++next_write;
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      closing = true;
      queue.clear();
    }
    work_cv.notify_all();
    for (std::thread& t : workers) t.join();
  }

  stats->read = reader.stats().records;
  stats->blank_lines = reader.stats().blank_lines;
  stats->bytes = reader.stats().bytes;
  stats->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace newsie
