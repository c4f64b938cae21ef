// bounce parse PATH...: JSON Lines on stdout, one line per unreadable message on stderr.
// With -j N (default: all cores) one reader thread hands (sequence, bytes) to N parser threads
// through a bounded window, and this thread writes the results in sequence order: the output is
// byte for byte that of -j 1, and memory stays bounded (window of messages and of bytes).
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "bounce/bounce.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"

namespace bounce::cli {
namespace {

constexpr const char* parse_usage =
    "usage: bounce parse [options] PATH...\n"
    "\n"
    "PATH is a message file, a directory (walked recursively, in name order; maildir works),\n"
    "an mbox file (first line starts with \"From \"), or - for standard input.\n"
    "Prints one JSON object per record (docs/record-schema.md).\n"
    "\n"
    "options:\n"
    "  --failures-only        drop records that are not failures (delivered, feedback, vacation)\n"
    "  --max-message-bytes N  larger messages are reported and skipped (default 10485760)\n"
    "  -j, --jobs N           parse on N threads (default: all cores); the output is the same\n"
    "                         as with -j 1, in the same order\n"
    "  --verbose              print message-level warnings on stderr\n"
    "  -q, --quiet            no progress line (shown on a terminal when a run lasts over 2 s)\n"
    "  -h, --help             this text\n"
    "\n"
    "exit status: 0 every input was read, 1 some input or message failed, 2 usage error\n";

bool parse_size(const char* s, std::size_t& out) {
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (!s[0] || *end) return false;
  out = static_cast<std::size_t>(v);
  return true;
}

/// What one message (or one unreadable path) gives the writer.
struct outcome {
  enum kind_t { message, message_error, path_error } kind = message;
  std::string source;
  std::size_t index = 0;
  std::error_code error;
  std::string json;                   ///< the records as JSON Lines
  std::vector<std::string> warnings;  ///< message-level warnings (--verbose)
};

void fill(outcome& o, result<parsed_message>& r) {
  if (!r) {
    o.kind = outcome::message_error;
    o.error = r.error();
    return;
  }
  for (const auto& rec : r->records) append_json(o.json, rec);
  o.warnings = std::move(r->warnings);
}

/// Writes outcomes in the order it is given them; stdout is buffered, stderr lines are written
/// after flushing what precedes them.
class writer {
 public:
  writer(bool verbose, bool quiet) : verbose_(verbose), prog_(quiet) {}

  void emit(const outcome& o) {
    if (o.kind == outcome::path_error) {
      status_ = 1;
      flush();
      prog_.finish();
      std::fprintf(stderr, "bounce: %s: %s\n", o.source.c_str(), o.error.message().c_str());
      return;
    }
    prog_.tick();
    if (o.kind == outcome::message_error) {
      status_ = 1;
      flush();
      prog_.finish();
      std::fprintf(stderr, "bounce: %s#%zu: %s\n", o.source.c_str(), o.index, o.error.message().c_str());
      return;
    }
    buffer_ += o.json;
    if (verbose_ && !o.warnings.empty()) prog_.finish();
    if (verbose_)
      for (const auto& w : o.warnings)
        std::fprintf(stderr, "bounce: %s#%zu: warning: %s\n", o.source.c_str(), o.index, w.c_str());
    if (buffer_.size() > (1u << 16)) flush();
  }

  int finish() {
    flush();
    prog_.finish();
    if (std::fflush(stdout) != 0) status_ = 1;
    return status_;
  }

 private:
  void flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), stdout) != buffer_.size())
      status_ = 1;
    buffer_.clear();
  }

  bool verbose_;
  progress prog_;
  std::string buffer_;
  int status_ = 0;
};

int run_sequential(const std::vector<std::string_view>& paths, const options& opt, writer& out) {
  outcome o;
  for (std::string_view path : paths) {
    auto walked = for_each_message(path, opt, [&](const message_ref& ref, result<parsed_message>& r) {
      o.kind = outcome::message;
      o.source.assign(ref.source);
      o.index = ref.index;
      o.json.clear();
      o.warnings.clear();
      fill(o, r);
      out.emit(o);
    });
    if (!walked) {
      o.kind = outcome::path_error;
      o.source.assign(path);
      o.error = walked.error();
      out.emit(o);
    }
  }
  return out.finish();
}

/// The parallel run: reader -> bounded window -> N parsers -> ordered writer (this thread).
class parallel_run {
 public:
  parallel_run(const options& opt, unsigned jobs, writer& out) : opt_(opt), jobs_(jobs), out_(out) {
    max_window_ = std::max<std::size_t>(8, 4u * jobs);
  }

  int run(const std::vector<std::string_view>& paths) {
    std::thread reader([&] { read_all(paths); });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs_; ++i) workers.emplace_back([&] { work(); });
    write_all();
    reader.join();
    for (auto& w : workers) w.join();
    return out_.finish();
  }

 private:
  struct job {
    std::size_t seq = 0;
    message_ref ref;
    std::string source;  // owns ref.source
    std::string bytes;
  };

  // Reader: blocks while the window (messages read but not yet written) is full.
  void submit(outcome::kind_t kind, std::string_view source, std::size_t index, std::error_code ec,
              std::string* bytes) {
    std::unique_lock lock(mu_);
    const std::size_t size = bytes ? bytes->size() : 0;
    space_.wait(lock, [&] {
      const std::size_t in_flight = next_seq_ - next_write_;
      return in_flight == 0 || (in_flight < max_window_ && bytes_in_flight_ + size <= kMaxBytesInFlight);
    });
    const std::size_t seq = next_seq_++;
    bytes_in_flight_ += size;
    sizes_[seq] = size;
    if (kind == outcome::message) {
      job j;
      j.seq = seq;
      j.source.assign(source);
      j.ref = {std::string_view(), index};
      j.bytes = std::move(*bytes);
      queue_.push_back(std::move(j));
      work_ready_.notify_one();
    } else {  // nothing to parse: straight to the writer
      outcome o;
      o.kind = kind;
      o.source.assign(source);
      o.index = index;
      o.error = ec;
      done_.emplace(seq, std::move(o));
      result_ready_.notify_one();
    }
  }

  void read_all(const std::vector<std::string_view>& paths) {
    for (std::string_view path : paths) {
      auto walked = for_each_raw_message(path, opt_, [&](const message_ref& ref, result<std::string>& bytes) {
        if (!bytes)
          submit(outcome::message_error, ref.source, ref.index, bytes.error(), nullptr);
        else
          submit(outcome::message, ref.source, ref.index, {}, &*bytes);
      });
      if (!walked) submit(outcome::path_error, path, 0, walked.error(), nullptr);
    }
    std::lock_guard lock(mu_);
    reading_done_ = true;
    work_ready_.notify_all();
    result_ready_.notify_all();
  }

  void work() {
    for (;;) {
      job j;
      {
        std::unique_lock lock(mu_);
        work_ready_.wait(lock, [&] { return !queue_.empty() || reading_done_; });
        if (queue_.empty()) return;
        j = std::move(queue_.front());
        queue_.pop_front();
      }
      j.ref.source = j.source;
      outcome o;
      o.source = j.source;
      o.index = j.ref.index;
      result<parsed_message> r = parse_message_at(j.bytes, j.ref, opt_);
      fill(o, r);
      std::lock_guard lock(mu_);
      done_.emplace(j.seq, std::move(o));
      if (j.seq == next_write_) result_ready_.notify_one();
    }
  }

  void write_all() {
    for (;;) {
      outcome o;
      {
        std::unique_lock lock(mu_);
        result_ready_.wait(lock, [&] {
          return done_.count(next_write_) != 0 || (reading_done_ && next_write_ == next_seq_);
        });
        auto it = done_.find(next_write_);
        if (it == done_.end()) return;  // everything read has been written
        o = std::move(it->second);
        done_.erase(it);
        bytes_in_flight_ -= sizes_[next_write_];
        sizes_.erase(next_write_);
        ++next_write_;
        space_.notify_one();
      }
      out_.emit(o);
    }
  }

  // Messages read but not yet written are bounded in number and in bytes (one message over the
  // byte budget still goes through, alone): memory is bounded by the largest message.
  static constexpr std::size_t kMaxBytesInFlight = 32u << 20;

  const options& opt_;
  unsigned jobs_;
  writer& out_;
  std::size_t max_window_;

  std::mutex mu_;
  std::condition_variable space_, work_ready_, result_ready_;
  std::deque<job> queue_;
  std::map<std::size_t, outcome> done_;
  std::map<std::size_t, std::size_t> sizes_;
  std::size_t next_seq_ = 0, next_write_ = 0, bytes_in_flight_ = 0;
  bool reading_done_ = false;
};

}  // namespace

int cmd_parse(int argc, char** argv) {
  options opt;
  bool verbose = false;
  bool quiet = false;
  std::size_t jobs = 0;  // 0: all cores
  std::vector<std::string_view> paths;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(parse_usage, stdout);
      return 0;
    } else if (a == "--failures-only") {
      opt.include_delivered = opt.include_feedback = opt.include_vacation = false;
    } else if (a == "--verbose") {
      verbose = true;
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (a == "--max-message-bytes" && i + 1 < argc) {
      if (!parse_size(argv[++i], opt.limits.max_message_bytes)) {
        std::fprintf(stderr, "bounce parse: bad number '%s'\n", argv[i]);
        return 2;
      }
    } else if ((a == "-j" || a == "--jobs") && i + 1 < argc) {
      if (!parse_size(argv[++i], jobs) || jobs == 0 || jobs > 1024) {
        std::fprintf(stderr, "bounce parse: bad number of jobs '%s'\n", argv[i]);
        return 2;
      }
    } else if (a.size() > 2 && a.substr(0, 2) == "-j") {
      if (!parse_size(argv[i] + 2, jobs) || jobs == 0 || jobs > 1024) {
        std::fprintf(stderr, "bounce parse: bad number of jobs '%s'\n", argv[i] + 2);
        return 2;
      }
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "bounce parse: unknown option '%s'\n\n%s", argv[i], parse_usage);
      return 2;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    std::fputs(parse_usage, stderr);
    return 2;
  }
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());

  writer out(verbose, quiet);
  if (jobs == 1) return run_sequential(paths, opt, out);
  parallel_run par(opt, static_cast<unsigned>(jobs), out);
  return par.run(paths);
}

}  // namespace bounce::cli
