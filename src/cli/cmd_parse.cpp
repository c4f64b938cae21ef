// SPDX-License-Identifier: BSD-2-Clause
// bounce parse PATH...: JSON Lines on stdout, one line per unreadable message on stderr.
// With -j N (default: all cores) one reader thread hands numbered batches of messages to N parser
// threads through a bounded window, and this thread writes the results in sequence order: the
// output is byte for byte that of -j 1, and memory stays bounded (window of batches and of bytes).
// No message's records are held: each is written as JSON as soon as it is complete
// (parse_message_each), and a message's JSON travels in pieces (outcome::pieces).
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "bounce/bounce.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/progress.hpp"

namespace bounce::cli {
namespace {

constexpr const char* parse_usage =
    "usage: bounce parse [options] PATH...\n"
    "\n"
    "PATH is a message file, a directory (walked recursively, in name order; maildir works),\n"
    "an mbox file (first line starts with \"From \"), or - for standard input. A file of\n"
    "provider events (SES, SendGrid, Mailgun, Postmark, SparkPost, Mandrill: JSON, JSON Lines,\n"
    "or a Mandrill form body) is recognised by its content (docs/esp.md).\n"
    "Prints one JSON object per record (docs/record-schema.md).\n"
    "\n"
    "options:\n"
    "  --format F             jsonl (default: docs/record-schema.md) or sisimai (Sisimai 5.8's\n"
    "                         JSON record shape, docs/sisimai-format.md)\n"
    "  --select S             all (default); bounces: failures and delays only (no delivered,\n"
    "                         feedback or vacation records); sisimai: failures and feedback\n"
    "                         reports (Sisimai's default: no delivered or vacation records)\n"
    "  --failures-only        the same as --select bounces\n"
    "  --header NAME          copy header NAME of the returned message into \"headers\"\n"
    "                         (repeatable; a missing header has the value null); for a\n"
    "                         provider event, its headers, then its metadata (docs/esp.md)\n"
    "  --verp-prefix P        decode VERP bounce addresses only after the local-part prefix P\n"
    "                         (repeatable; e.g. \"bounces+\"; default: any prefix up to '+' or "
    "'-')\n"
    "  --verp-separator C     the character between user and domain in a VERP address (default =)\n"
    "  --no-verp              do not decode VERP bounce addresses\n"
    "  --max-message-bytes N  larger messages are reported and skipped (default 10485760)\n"
    "  -j, --jobs N           parse on N threads (default: all cores); the output is the same\n"
    "                         as with -j 1, in the same order\n"
    "  --strict               stop at the first input that cannot be read or parsed\n"
    "  --verbose              print message-level warnings on stderr (with the number of\n"
    "                         provider events skipped as not delivery outcomes)\n"
    "  -q, --quiet            no progress line (shown on a terminal when a run lasts over 2 s)\n"
    "  -h, --help             this text\n"
    "\n"
    "exit status: 0 every input was read; 1 some inputs were not mail or could not be parsed\n"
    "(reported); 2 usage error; 3 an input path could not be opened; 4 output could not be\n"
    "written (the run stops)\n";

/// What one message (or one unreadable path) gives the writer.
struct outcome {
  enum kind_t { message, message_error, path_error } kind = message;
  std::string source;
  std::size_t index = 0;
  std::error_code error;
  std::vector<std::string> pieces;    ///< the records' JSON Lines before `json`, in full pieces
  std::string json;                   ///< the rest of the records' JSON Lines
  std::vector<std::string> warnings;  ///< message-level warnings (--verbose)
  std::string unparsed;  ///< a large message left for the writing thread to parse (parallel_run)
};

/// Writes one record (append_json or append_sisimai_json).
using record_writer = void (*)(std::string&, const record&);

// A message's JSON is handed on in pieces of about this size: a notice with thousands of
// recipients is never held as records, and its JSON never as one string that doubles as it
// grows (docs/performance.md, memory).
constexpr std::size_t kJsonPiece = std::size_t{1} << 16;

/// What to do with a full piece of a message's JSON: write it now (one thread, in order) or
/// keep it in the outcome (parser threads, written later in order).
using piece_sink = std::function<void(outcome&)>;

/// Parses one message into an outcome, each record written as JSON as soon as it is complete.
void parse_into(outcome& o, std::string_view bytes, const options& opt, record_writer write,
                const piece_sink& full_piece) {
  const message_ref ref{o.source, o.index};
  auto summary = parse_message_each(bytes, ref, opt, [&](record& rec) {
    write(o.json, rec);
    if (o.json.size() >= kJsonPiece) full_piece(o);
  });
  if (!summary) {
    o.kind = outcome::message_error;
    o.error = summary.error();  // parse_message_each gave no record then
    return;
  }
  o.warnings = std::move(summary->warnings);
}

// Keeps a full piece in the outcome. The next piece gets room for one piece and a few records
// past it, so that a kept piece seldom carries unused capacity.
void keep_piece(outcome& o) {
  o.pieces.push_back(std::move(o.json));
  o.json = std::string();
  o.json.reserve(kJsonPiece + 8192);
}

/// Writes outcomes in the order it is given them; stdout is buffered, stderr lines are written
/// after flushing what precedes them.
class writer {
 public:
  writer(bool verbose, bool quiet, bool strict)
      : verbose_(verbose), strict_(strict), prog_(quiet) {}

  void emit(outcome& o) {
    if (o.kind == outcome::path_error) {
      status_ = worse(status_, exit_path);
      flush();
      prog_.finish();
      const std::string message = o.error.message();
      std::fprintf(stderr, "bounce: %s: %s\n", o.source.c_str(),
                   std::string(path_reason(o.source, message)).c_str());
      if (strict_) std::_Exit(status_);  // output so far is flushed; threads may run
      return;
    }
    prog_.tick();
    if (o.kind == outcome::message_error) {
      status_ = worse(status_, exit_unreadable_message);
      flush();
      prog_.finish();
      std::fprintf(stderr, "bounce: %s#%zu: %s\n", o.source.c_str(), o.index,
                   o.error.message().c_str());
      if (strict_) std::_Exit(status_);  // output so far is flushed; threads may run
      return;
    }
    for (std::string& piece : o.pieces) write_piece(piece);
    o.pieces.clear();
    if (o.json.size() >= kJsonPiece)  // a large message's JSON is written as it is, not copied
      write_piece(o.json);
    else
      buffer_ += o.json;
    if (verbose_ && !o.warnings.empty()) prog_.finish();
    for (const auto& w : o.warnings) {
      // A broken provider event ("error: event N: ...", docs/esp.md) is reported like an
      // unreadable message, with or without --verbose; the input's other events are kept.
      const bool broken = w.rfind("error: ", 0) == 0;
      if (broken) {
        status_ = worse(status_, exit_unreadable_message);
        flush();
        prog_.finish();
      }
      if (verbose_ || broken)
        std::fprintf(stderr, "bounce: %s#%zu: %s%s\n", o.source.c_str(), o.index,
                     broken ? "" : "warning: ", w.c_str());
      if (broken && strict_) std::_Exit(status_);  // output so far is flushed; threads may run
    }
    if (buffer_.size() > (1u << 16)) flush();
  }

  /// Writes a full piece of the current message's JSON now, after what precedes it.
  void write_piece(std::string& piece) {
    flush();
    write_stdout(piece);
    piece.clear();
  }

  /// The piece_sink of the thread that writes: each full piece goes out at once, in order.
  piece_sink piece_writer() {
    return [this](outcome& o) { write_piece(o.json); };
  }

  int finish() {
    flush();
    prog_.finish();
    return status_;
  }

 private:
  // A failed write ends the run with exit_output (write_stdout).
  void flush() {
    write_stdout(buffer_);
    buffer_.clear();
  }

  bool verbose_, strict_;
  progress prog_;
  std::string buffer_;
  int status_ = 0;
};

int run_sequential(const std::vector<std::string_view>& paths, const options& opt,
                   record_writer write, writer& out) {
  outcome o;
  const piece_sink write_now = out.piece_writer();
  for (std::string_view path : paths) {
    auto walked =
        for_each_raw_message(path, opt, [&](const message_ref& ref, result<std::string>& bytes) {
          o.kind = outcome::message;
          o.source.assign(ref.source);
          o.index = ref.index;
          o.json.clear();
          o.warnings.clear();
          if (bytes) {
            parse_into(o, *bytes, opt, write, write_now);
          } else {
            o.kind = outcome::message_error;
            o.error = bytes.error();
          }
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

/// The parallel run: reader -> bounded window of batches -> N parsers -> ordered writer (this
/// thread). Messages travel in batches (up to kBatchMessages or kBatchBytes) so that the threads
/// meet once per batch, not once per message: per-message hand-offs cost more in wake-ups and
/// context switches than a small bounce costs to parse.
class parallel_run {
 public:
  parallel_run(const options& opt, record_writer write, unsigned jobs, writer& out)
      : opt_(opt), write_(write), jobs_(jobs), out_(out) {
    max_window_ = 4u * jobs;
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
  /// One message to parse, or an error to pass on in its place.
  struct item {
    outcome::kind_t kind = outcome::message;
    std::string source;
    std::size_t index = 0;
    std::error_code error;
    std::string bytes;
  };
  struct batch {
    std::size_t seq = 0;
    std::size_t bytes = 0;
    std::vector<item> items;
  };

  static constexpr std::size_t kBatchMessages = 32;
  static constexpr std::size_t kBatchBytes = 1u << 20;
  // A message this large is parsed by the writing thread when its turn comes, its JSON written
  // piece by piece as with -j 1: a parser thread would have to hold all of its JSON until then
  // (a notice with 10 000 recipients gives about 12 MB). Such messages are rare in bounce
  // streams, so the lost parallelism costs little.
  static constexpr std::size_t kLargeMessage = 1u << 20;
  // Batches read but not yet written are bounded in number and in bytes (one batch over the
  // byte budget still goes through, alone): memory is bounded by the largest message.
  static constexpr std::size_t kMaxBytesInFlight = 32u << 20;

  void add(outcome::kind_t kind, std::string_view source, std::size_t index, std::error_code ec,
           std::string* bytes) {
    item it;
    it.kind = kind;
    it.source.assign(source);
    it.index = index;
    it.error = ec;
    if (bytes) {
      pending_.bytes += bytes->size();
      it.bytes = std::move(*bytes);
    }
    pending_.items.push_back(std::move(it));
    if (pending_.items.size() >= kBatchMessages || pending_.bytes >= kBatchBytes) submit();
  }

  // Reader: blocks while the window is full.
  void submit() {
    if (pending_.items.empty()) return;
    std::unique_lock lock(mu_);
    space_.wait(lock, [&] {
      const std::size_t in_flight = next_seq_ - next_write_;
      return in_flight == 0 ||
             (in_flight < max_window_ && bytes_in_flight_ + pending_.bytes <= kMaxBytesInFlight);
    });
    pending_.seq = next_seq_++;
    bytes_in_flight_ += pending_.bytes;
    queue_.push_back(std::move(pending_));
    pending_ = batch{};
    work_ready_.notify_one();
  }

  void read_all(const std::vector<std::string_view>& paths) {
    for (std::string_view path : paths) {
      auto walked =
          for_each_raw_message(path, opt_, [&](const message_ref& ref, result<std::string>& bytes) {
            if (!bytes)
              add(outcome::message_error, ref.source, ref.index, bytes.error(), nullptr);
            else
              add(outcome::message, ref.source, ref.index, {}, &*bytes);
          });
      if (!walked) add(outcome::path_error, path, 0, walked.error(), nullptr);
    }
    submit();
    std::lock_guard lock(mu_);
    reading_done_ = true;
    work_ready_.notify_all();
    result_ready_.notify_all();
  }

  void work() {
    for (;;) {
      batch b;
      {
        std::unique_lock lock(mu_);
        work_ready_.wait(lock, [&] { return !queue_.empty() || reading_done_; });
        if (queue_.empty()) return;
        b = std::move(queue_.front());
        queue_.pop_front();
      }
      finished f;
      f.bytes = b.bytes;
      f.outcomes.resize(b.items.size());
      for (std::size_t i = 0; i < b.items.size(); ++i) {
        item& it = b.items[i];
        outcome& o = f.outcomes[i];
        o.kind = it.kind;
        o.index = it.index;
        o.error = it.error;
        o.source = std::move(it.source);
        if (it.kind == outcome::message && it.bytes.size() >= kLargeMessage) {
          o.unparsed = std::move(it.bytes);
        } else if (it.kind == outcome::message) {
          parse_into(o, it.bytes, opt_, write_, keep_piece_);
          std::string().swap(it.bytes);  // release the message now, not with the batch
        }
      }
      std::lock_guard lock(mu_);
      done_.emplace(b.seq, std::move(f));
      if (b.seq == next_write_) result_ready_.notify_one();
    }
  }

  void write_all() {
    for (;;) {
      finished f;
      {
        std::unique_lock lock(mu_);
        result_ready_.wait(lock, [&] {
          return done_.count(next_write_) != 0 || (reading_done_ && next_write_ == next_seq_);
        });
        auto it = done_.find(next_write_);
        if (it == done_.end()) return;  // everything read has been written
        f = std::move(it->second);
        done_.erase(it);
        bytes_in_flight_ -= f.bytes;
        ++next_write_;
        space_.notify_one();
      }
      for (outcome& o : f.outcomes) {
        if (!o.unparsed.empty()) {
          parse_into(o, o.unparsed, opt_, write_, write_now_);
          std::string().swap(o.unparsed);
        }
        out_.emit(o);
      }
    }
  }

  struct finished {
    std::size_t bytes = 0;
    std::vector<outcome> outcomes;
  };

  const options& opt_;
  record_writer write_;
  const piece_sink keep_piece_ = keep_piece;  // parser threads keep pieces for the writer
  unsigned jobs_;
  writer& out_;
  const piece_sink write_now_ = out_.piece_writer();  // the writing thread's large messages
  std::size_t max_window_;
  batch pending_;  // the reader's batch being filled

  std::mutex mu_;
  std::condition_variable space_, work_ready_, result_ready_;
  std::deque<batch> queue_;
  std::map<std::size_t, finished> done_;
  std::size_t next_seq_ = 0, next_write_ = 0, bytes_in_flight_ = 0;
  bool reading_done_ = false;
};

}  // namespace

int cmd_parse(int argc, char** argv) {
  options opt;
  record_writer write = append_json;
  bool verbose = false;
  bool quiet = false;
  bool strict = false;
  std::size_t jobs = 0;  // 0: all cores
  std::vector<std::string_view> paths;
  constexpr std::size_t max_bytes = std::size_t{1} << 40;  // 1 TiB: past it, a typo
  arg_reader args(argc, argv);
  while (args.next()) {
    const std::string_view a = args.arg();
    if (a == "-h" || a == "--help") {
      std::fputs(parse_usage, stdout);
      return 0;
    } else if (a == "--failures-only") {
      select_records(opt, "bounces");
    } else if (args.is("--select")) {
      const char* v = args.value();
      if (v == nullptr || !select_records(opt, v))
        return usage_error("parse", "--select wants all, bounces or sisimai, not", v ? v : "");
    } else if (args.is("--format")) {
      const char* v = args.value();
      const std::string_view f = v ? v : "";
      if (f == "jsonl" || f == "json")
        write = append_json;
      else if (f == "sisimai")
        write = append_sisimai_json;
      else
        return usage_error("parse", "--format wants jsonl or sisimai, not", f);
    } else if (args.is("--header")) {
      const char* v = args.value();
      if (v == nullptr || !header_name_ok(v))
        return usage_error("parse", "--header wants a header field name, not", v ? v : "");
      opt.headers.emplace_back(v);
    } else if (args.is("--verp-prefix")) {
      const char* v = args.value();
      if (v == nullptr || *v == '\0' || std::string_view(v).find('@') != std::string_view::npos)
        return usage_error("parse", "--verp-prefix wants a local-part prefix, not", v ? v : "");
      opt.verp.prefixes.emplace_back(v);
    } else if (args.is("--verp-separator")) {
      const char* v = args.value();
      if (v == nullptr || std::strlen(v) != 1 || *v == '@')
        return usage_error("parse", "--verp-separator wants one character, not", v ? v : "");
      opt.verp.separator = *v;
    } else if (a == "--no-verp") {
      opt.verp.enabled = false;
    } else if (a == "--strict") {
      strict = true;
    } else if (a == "--verbose") {
      verbose = true;
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (args.is("--max-message-bytes")) {
      const char* v = args.value();
      if (!parse_count(v, 1, max_bytes, opt.limits.max_message_bytes))
        return usage_error(
            "parse", "--max-message-bytes wants a number of bytes from 1 to 2^40, not", v ? v : "");
    } else if (args.is("--jobs", "-j")) {
      const char* v = args.value();
      if (!parse_count(v, 1, 1024, jobs))
        return usage_error("parse", "--jobs wants a number from 1 to 1024, not", v ? v : "");
    } else if (args.is_option()) {
      return usage_error("parse", "unknown option", a);
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) return usage_error("parse", "no PATH given (- reads standard input)");
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());

  install_stop_handlers();
  writer out(verbose, quiet, strict);
  if (jobs == 1) return run_sequential(paths, opt, write, out);
  parallel_run par(opt, write, static_cast<unsigned>(jobs), out);
  return par.run(paths);
}

}  // namespace bounce::cli
