// SPDX-License-Identifier: BSD-2-Clause
// bounce stats PATH...: how many records per reason, hard/soft and recipient domain.
#include <algorithm>
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
    "by reason, by hard/soft bounce, and for the 10 most frequent recipient domains.\n"
    "\n"
    "options:\n"
    "  --json            one JSON object instead of the table\n"
    "  --failures-only   leave out delivered, feedback and vacation records\n"
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

}  // namespace

int cmd_stats(int argc, char** argv) {
  options opt;
  bool json = false, quiet = false;
  std::size_t top = 10;
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
      opt.include_delivered = opt.include_feedback = opt.include_vacation = false;
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

  int status = 0;
  std::size_t records = 0, messages = 0, failed = 0, hard = 0;
  std::map<std::string, std::size_t> by_reason, by_domain;
  progress prog(quiet);
  for (std::string_view path : paths) {
    auto walked =
        for_each_message(path, opt, [&](const message_ref& ref, result<parsed_message>& r) {
          prog.tick();
          ++messages;
          if (!r) {
            status = worse(status, exit_unreadable_message);
            ++failed;
            prog.finish();
            std::fprintf(stderr, "bounce: %.*s#%zu: %s\n", static_cast<int>(ref.source.size()),
                         ref.source.data(), ref.index, r.error().message().c_str());
            return;
          }
          for (const auto& rec : r->records) {
            ++records;
            hard += rec.hard_bounce ? 1 : 0;
            ++by_reason[std::string(to_string(rec.reason))];
            ++by_domain[domain_of(rec.recipient)];
          }
        });
    if (!walked) {
      status = worse(status, exit_path);
      prog.finish();
      std::fprintf(stderr, "bounce: %.*s: %s\n", static_cast<int>(path.size()), path.data(),
                   std::string(path_reason(path, walked.error().message())).c_str());
    }
  }
  prog.finish();

  const counts reasons = sorted(by_reason);
  counts domains = sorted(by_domain);
  const std::size_t distinct_domains = domains.size();
  if (domains.size() > top) domains.resize(top);
  const counts kinds = {{"hard", hard}, {"soft", records - hard}};

  if (json) {
    std::string out = "{\"records\":" + std::to_string(records) +
                      ",\"messages\":" + std::to_string(messages) +
                      ",\"failed_messages\":" + std::to_string(failed) +
                      ",\"distinct_domains\":" + std::to_string(distinct_domains);
    append_rows(out, "by_reason", "reason", reasons, records);
    append_rows(out, "by_type", "type", kinds, records);
    append_rows(out, "top_domains", "domain", domains, records);
    out += "}\n";
    std::fputs(out.c_str(), stdout);
  } else {
    std::printf("%zu record%s from %zu message%s (%zu could not be parsed)\n", records,
                records == 1 ? "" : "s", messages, messages == 1 ? "" : "s", failed);
    print_section("by reason", reasons, records);
    print_section("hard / soft", kinds, records);
    char title[64];
    std::snprintf(title, sizeof title, "top recipient domains (%zu of %zu)", domains.size(),
                  distinct_domains);
    print_section(title, domains, records);
  }
  return finish_stdout(status);
}

}  // namespace bounce::cli
