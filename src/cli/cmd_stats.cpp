// SPDX-License-Identifier: BSD-2-Clause
// bounce stats PATH...: how many records per reason, type (hard, soft, complaint, delivered,
// vacation) and recipient domain.
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <system_error>
#include <cctype>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bounce/bounce.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/json_util.hpp"
#include "cli/progress.hpp"

namespace bounce::cli {
namespace {

constexpr const char* stats_usage =
    "usage: bounce stats [options] PATH...\n"
    "\n"
    "Parses PATH... like `bounce parse` and prints a summary of the records: counts and shares\n"
    "by reason, by type (hard and soft bounces, complaints, delivered, vacation), and for the 10\n"
    "most frequent recipient domains.\n"
    "\n"
    "options:\n"
    "  --json            one JSON object instead of the table\n"
    "  --select S        all (default), bounces (failures and delays only) or sisimai\n"
    "                    (failures and feedback reports), as for `bounce parse`\n"
    "  --failures-only   the same as --select bounces\n"
    "  -j, --jobs N      parse on N threads (default: all cores); the counts are the same\n"
    "  --top N           number of recipient domains to list (default 10)\n"
    "  -q, --quiet       no progress line (shown on a terminal when a run lasts over 2 s)\n"
    "  -h, --help        this text\n"
    "\n"
    "exit status: 0 every input was read; 1 some inputs were not mail or could not be parsed;\n"
    "2 usage error; 3 an input path could not be opened; 4 output could not be written\n";

using counts = std::vector<std::pair<std::string, std::size_t>>;

// Most frequent first; ties in name order so the output is stable.
counts sorted(const std::map<std::string, std::size_t>& m) {
  counts v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

double percent(std::size_t n, std::size_t total) { return total ? 100.0 * n / total : 0.0; }

std::string domain_of(std::string_view recipient) {
  const auto at = recipient.rfind('@');
  if (recipient.empty() || at == std::string_view::npos || at + 1 == recipient.size())
    return "(none)";
  std::string d(recipient.substr(at + 1));
  for (char& c : d) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return d;
}

void print_section(const char* title, const counts& rows, std::size_t total) {
  std::printf("\n%-32s %8s %7s\n", title, "count", "%");
  for (const auto& [name, n] : rows)
    std::printf("  %-30s %8zu %7.1f\n", name.c_str(), n, percent(n, total));
}

void append_rows(std::string& out, const char* key, const char* name_key, const counts& rows,
                 std::size_t total) {
  out += ",\"";
  out += key;
  out += "\":[";
  bool comma = false;
  char pct[32];
  for (const auto& [name, n] : rows) {
    if (comma) out.push_back(',');
    comma = true;
    out += "{\"";
    out += name_key;
    out += "\":";
    append_json_string(out, name);
    out += ",\"count\":" + std::to_string(n);
    std::snprintf(pct, sizeof pct, "%.2f", percent(n, total));
    out += ",\"percent\":";
    out += pct;
    out.push_back('}');
  }
  out.push_back(']');
}

/// The counts of a run. Message errors are kept with the message's position so that a
/// parallel run reports them in the order a sequential one does.
struct tally {
  std::size_t records = 0, messages = 0, failed = 0;
  // Delivery reports that named no recipient (warning no_recipient): bounces whose records
  // were lost, to be looked at (a relay dropped the report's body, or a format not read).
  std::size_t unread_reports = 0;
  std::size_t hard = 0, soft = 0, complaints = 0, delivered = 0, vacation = 0;
  std::map<std::string, std::size_t> by_reason, by_domain;

  void add(const parsed_message& m) {
    if (std::find(m.warnings.begin(), m.warnings.end(), "no_recipient") != m.warnings.end())
      ++unread_reports;
    for (const auto& rec : m.records) {
      ++records;
      switch (rec.reason) {
        case reason_kind::feedback:
          ++complaints;
          break;
        case reason_kind::delivered:
          ++delivered;
          break;
        case reason_kind::vacation:
          ++vacation;
          break;
        default:
          ++(rec.hard_bounce ? hard : soft);
      }
      ++by_reason[std::string(to_string(rec.reason))];
      ++by_domain[domain_of(rec.recipient)];
    }
  }
  void merge(const tally& o) {
    records += o.records;
    messages += o.messages;
    failed += o.failed;
    unread_reports += o.unread_reports;
    hard += o.hard;
    soft += o.soft;
    complaints += o.complaints;
    delivered += o.delivered;
    vacation += o.vacation;
    for (const auto& [k, n] : o.by_reason) by_reason[k] += n;
    for (const auto& [k, n] : o.by_domain) by_domain[k] += n;
  }
};

void report_message_error(progress& prog, std::string_view source, std::size_t index,
                          const std::error_code& ec) {
  prog.finish();
  std::fprintf(stderr, "bounce: %.*s#%zu: %s\n", static_cast<int>(source.size()), source.data(),
               index, ec.message().c_str());
}

void report_path_error(progress& prog, std::string_view path, const std::error_code& ec) {
  prog.finish();
  std::fprintf(stderr, "bounce: %.*s: %s\n", static_cast<int>(path.size()), path.data(),
               std::string(path_reason(path, ec.message())).c_str());
}

int count_sequential(const std::vector<std::string_view>& paths, const options& opt, progress& prog,
                     tally& t) {
  int status = 0;
  for (std::string_view path : paths) {
    auto walked =
        for_each_message(path, opt, [&](const message_ref& ref, result<parsed_message>& r) {
          prog.tick();
          ++t.messages;
          if (!r) {
            status = worse(status, exit_unreadable_message);
            ++t.failed;
            report_message_error(prog, ref.source, ref.index, r.error());
            return;
          }
          t.add(*r);
        });
    if (!walked) {
      status = worse(status, exit_path);
      report_path_error(prog, path, walked.error());
    }
  }
  return status;
}

/// The parallel count: this thread reads, `jobs` threads parse and count into their own tally.
/// The queue of read messages is bounded (messages and bytes), so memory stays bounded. Errors
/// are reported after the run, in input order: the stderr of -j 1.
int count_parallel(const std::vector<std::string_view>& paths, const options& opt, unsigned jobs,
                   progress& prog, tally& total) {
  struct item {
    std::size_t seq;
    std::string source;
    std::size_t index;
    std::string bytes;
  };
  struct error_line {
    std::size_t seq;
    std::string text;
  };
  constexpr std::size_t max_items = 256, max_bytes = 64u << 20;
  std::mutex mu;
  std::condition_variable ready, space;
  std::deque<item> queue;
  std::size_t queued_bytes = 0;
  bool done = false;
  std::vector<error_line> errors;
  int status = 0;
  std::vector<tally> tallies(jobs);
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w)
    workers.emplace_back([&, w] {
      for (;;) {
        item it;
        {
          std::unique_lock lock(mu);
          ready.wait(lock, [&] { return !queue.empty() || done; });
          if (queue.empty()) return;
          it = std::move(queue.front());
          queue.pop_front();
          queued_bytes -= it.bytes.size();
          space.notify_one();
        }
        const message_ref ref{it.source, it.index};
        result<parsed_message> r = parse_message_at(it.bytes, ref, opt);
        ++tallies[w].messages;
        if (r) {
          tallies[w].add(*r);
          continue;
        }
        ++tallies[w].failed;
        std::lock_guard lock(mu);
        status = worse(status, exit_unreadable_message);
        errors.push_back(
            {it.seq, it.source + "#" + std::to_string(it.index) + ": " + r.error().message()});
      }
    });
  std::size_t seq = 0;
  auto error_now = [&](std::string text, int code) {
    std::lock_guard lock(mu);
    status = worse(status, code);
    errors.push_back({seq++, std::move(text)});
  };
  for (std::string_view path : paths) {
    auto walked =
        for_each_raw_message(path, opt, [&](const message_ref& ref, result<std::string>& bytes) {
          prog.tick();
          if (!bytes) {
            std::lock_guard lock(mu);
            ++total.messages;
            ++total.failed;
            status = worse(status, exit_unreadable_message);
            errors.push_back({seq++, std::string(ref.source) + "#" + std::to_string(ref.index) +
                                         ": " + bytes.error().message()});
            return;
          }
          std::unique_lock lock(mu);
          space.wait(lock, [&] {
            return queue.empty() ||
                   (queue.size() < max_items && queued_bytes + bytes->size() <= max_bytes);
          });
          queued_bytes += bytes->size();
          queue.push_back({seq++, std::string(ref.source), ref.index, std::move(*bytes)});
          ready.notify_one();
        });
    if (!walked)
      error_now(std::string(path) + ": " + std::string(path_reason(path, walked.error().message())),
                exit_path);
  }
  {
    std::lock_guard lock(mu);
    done = true;
  }
  ready.notify_all();
  for (auto& w : workers) w.join();
  for (const tally& t : tallies) total.merge(t);
  std::sort(errors.begin(), errors.end(),
            [](const error_line& a, const error_line& b) { return a.seq < b.seq; });
  if (!errors.empty()) prog.finish();
  for (const auto& e : errors) std::fprintf(stderr, "bounce: %s\n", e.text.c_str());
  return status;
}

}  // namespace

int cmd_stats(int argc, char** argv) {
  options opt;
  bool json = false, quiet = false;
  std::size_t top = 10;
  std::size_t jobs = 0;  // 0: all cores
  std::vector<std::string_view> paths;
  arg_reader args(argc, argv);
  while (args.next()) {
    const std::string_view a = args.arg();
    if (a == "-h" || a == "--help") {
      std::fputs(stats_usage, stdout);
      return 0;
    } else if (a == "--json") {
      json = true;
    } else if (a == "--failures-only") {
      select_records(opt, "bounces");
    } else if (args.is("--select")) {
      const char* v = args.value();
      if (v == nullptr || !select_records(opt, v))
        return usage_error("stats", "--select wants all, bounces or sisimai, not", v ? v : "");
    } else if (args.is("--jobs", "-j")) {
      const char* v = args.value();
      if (!parse_count(v, 1, 1024, jobs))
        return usage_error("stats", "--jobs wants a number from 1 to 1024, not", v ? v : "");
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (args.is("--top")) {
      const char* v = args.value();
      if (!parse_count(v, 0, 1000000, top))
        return usage_error("stats", "--top wants a number from 0 to 1000000, not", v ? v : "");
    } else if (args.is_option()) {
      return usage_error("stats", "unknown option", a);
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) return usage_error("stats", "no PATH given (- reads standard input)");

  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  progress prog(quiet);
  tally t;
  const int status = jobs == 1 ? count_sequential(paths, opt, prog, t)
                               : count_parallel(paths, opt, static_cast<unsigned>(jobs), prog, t);
  prog.finish();
  const std::size_t records = t.records, messages = t.messages, failed = t.failed;
  const auto& by_reason = t.by_reason;
  const auto& by_domain = t.by_domain;

  const counts reasons = sorted(by_reason);
  counts domains = sorted(by_domain);
  const std::size_t distinct_domains = domains.size();
  if (domains.size() > top) domains.resize(top);
  // Every record is of one type: complaints, deliveries and auto-replies are no bounces.
  const counts kinds = {{"hard", t.hard},
                        {"soft", t.soft},
                        {"complaint", t.complaints},
                        {"delivered", t.delivered},
                        {"vacation", t.vacation}};

  if (json) {
    std::string out = "{\"records\":" + std::to_string(records) +
                      ",\"messages\":" + std::to_string(messages) +
                      ",\"failed_messages\":" + std::to_string(failed) +
                      ",\"distinct_domains\":" + std::to_string(distinct_domains);
    append_rows(out, "by_reason", "reason", reasons, records);
    append_rows(out, "by_type", "type", kinds, records);
    append_rows(out, "top_domains", "domain", domains, records);
    out += ",\"reports_without_recipient\":" + std::to_string(t.unread_reports);
    out += "}\n";
    std::fputs(out.c_str(), stdout);
  } else {
    std::printf("%zu record%s from %zu message%s (%zu could not be parsed)\n", records,
                records == 1 ? "" : "s", messages, messages == 1 ? "" : "s", failed);
    if (t.unread_reports != 0)
      std::printf("%zu delivery report%s gave no record (bounce parse --verbose: no_recipient)\n",
                  t.unread_reports, t.unread_reports == 1 ? "" : "s");
    print_section("by reason", reasons, records);
    print_section("by type", kinds, records);
    char title[64];
    std::snprintf(title, sizeof title, "top recipient domains (%zu of %zu)", domains.size(),
                  distinct_domains);
    print_section(title, domains, records);
  }
  return finish_stdout(status);
}

}  // namespace bounce::cli
