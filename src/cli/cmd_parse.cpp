// bounce parse PATH...: JSON Lines on stdout, one line per unreadable message on stderr.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
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

}  // namespace

int cmd_parse(int argc, char** argv) {
  options opt;
  bool verbose = false;
  bool quiet = false;
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

  int status = 0;
  progress prog(quiet);
  std::string buffer;
  auto flush = [&] {
    if (!buffer.empty() && std::fwrite(buffer.data(), 1, buffer.size(), stdout) != buffer.size())
      status = 1;
    buffer.clear();
  };
  for (std::string_view path : paths) {
    auto walked = for_each_message(path, opt, [&](const message_ref& ref, result<parsed_message>& r) {
      prog.tick();
      if (!r) {
        status = 1;
        flush();
        prog.finish();
        std::fprintf(stderr, "bounce: %.*s#%zu: %s\n", static_cast<int>(ref.source.size()),
                     ref.source.data(), ref.index, r.error().message().c_str());
        return;
      }
      for (const auto& rec : r->records) append_json(buffer, rec);
      if (verbose && !r->warnings.empty()) prog.finish();
      if (verbose)
        for (const auto& w : r->warnings)
          std::fprintf(stderr, "bounce: %.*s#%zu: warning: %s\n", static_cast<int>(ref.source.size()),
                       ref.source.data(), ref.index, w.c_str());
      if (buffer.size() > (1u << 16)) flush();
    });
    if (!walked) {
      status = 1;
      flush();
      prog.finish();
      std::fprintf(stderr, "bounce: %.*s: %s\n", static_cast<int>(path.size()), path.data(),
                   walked.error().message().c_str());
    }
  }
  flush();
  prog.finish();
  if (std::fflush(stdout) != 0) status = 1;
  return status;
}

}  // namespace bounce::cli
