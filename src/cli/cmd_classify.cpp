// SPDX-License-Identifier: BSD-2-Clause
// bounce classify 'TEXT': the reason rules applied to one diagnostic text, as one JSON object;
// with --lines or --tsv, to each line of standard input, as JSON Lines.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "bounce/bounce.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"

namespace bounce::cli {
namespace {

constexpr const char* classify_usage =
    "usage: bounce classify [options] TEXT...\n"
    "\n"
    "Classifies a diagnostic text (an SMTP reply, a log line, a provider's webhook message) with\n"
    "the same rules `bounce parse` uses, and prints one JSON object:\n"
    "  {\"reason\", \"status\", \"status_source\", \"reply_code\", \"hard_bounce\", \"rule\"}\n"
    "Several TEXT arguments are joined with spaces; - reads the text from standard input.\n"
    "With --lines, each line of standard input is a text of its own and gets its object on a\n"
    "line of its own, in input order (JSON Lines; an empty line too, so that output line N\n"
    "answers input line N).\n"
    "\n"
    "example: bounce classify '550 5.1.1 <a@example.net>: Recipient address rejected: User "
    "unknown'\n"
    "\n"
    "options:\n"
    "  --remote-mta HOST    the host that gave the reply (names a provider: its codes apply)\n"
    "  --recipient ADDRESS  the recipient (its domain names a provider too)\n"
    "  --lines              one text per line of standard input\n"
    "  --tsv                as --lines, each line TEXT[<tab>REMOTE_MTA[<tab>RECIPIENT]]; a\n"
    "                       column given overrides --remote-mta or --recipient for its line\n"
    "  --max-line-bytes N   with --lines or --tsv, classify only the first N bytes of a longer\n"
    "                       line and say so on stderr (default 65536)\n"
    "  -h, --help           this text\n"
    "\n"
    "exit status: 0 ok, 2 usage error, 3 standard input could not be read, 4 output could not\n"
    "be written\n";

// Splits a --tsv line into its text and the context columns it gives (views into line).
std::string_view tsv_columns(std::string_view line, classify_context& context) {
  const auto tab = line.find('\t');
  if (tab == std::string_view::npos) return line;
  std::string_view rest = line.substr(tab + 1);
  const auto tab2 = rest.find('\t');
  context.remote_mta = rest.substr(0, tab2);
  if (tab2 != std::string_view::npos) {
    rest = rest.substr(tab2 + 1);
    context.recipient = rest.substr(0, rest.find('\t'));
  }
  return line.substr(0, tab);
}

// One object per line of standard input. A line is read into a buffer of at most max_bytes
// (the rest is skipped, so a line with no end cannot grow memory); the object goes out before
// the next line is read and is flushed, so a program can keep one process open and ask it line
// by line (a pipe would otherwise hold the answers in its buffer).
int classify_lines(const classify_context& defaults, bool tsv, std::size_t max_bytes) {
  std::string line;
  std::size_t number = 0;
  int c = 0;
  while (c != EOF) {
    line.clear();
    std::size_t length = 0;
    while ((c = std::getc(stdin)) != EOF && c != '\n') {
      if (length++ < max_bytes) line.push_back(static_cast<char>(c));
    }
    if (c == EOF && length == 0) break;
    ++number;
    if (length > max_bytes)
      std::fprintf(stderr, "bounce classify: line %zu: %zu bytes, only the first %zu classified\n",
                   number, length, max_bytes);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    classify_context context = defaults;
    const std::string_view text = tsv ? tsv_columns(line, context) : std::string_view(line);
    write_stdout(to_json(classify(text, context)) + '\n');
  }
  if (std::ferror(stdin)) {
    std::fprintf(stderr, "bounce classify: cannot read standard input: %s\n", std::strerror(errno));
    return exit_path;
  }
  return exit_ok;
}

}  // namespace

int cmd_classify(int argc, char** argv) {
  std::string text;
  bool any = false;
  bool lines = false;
  bool tsv = false;
  std::size_t max_line_bytes = 65536;
  classify_context context;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(classify_usage, stdout);
      return 0;
    }
    if (a == "--remote-mta" || a == "--recipient") {
      if (i + 1 == argc) return usage_error("classify", "this option needs a value", a);
      (a == "--remote-mta" ? context.remote_mta : context.recipient) = argv[++i];
      continue;
    }
    if (a == "--lines" || a == "--tsv") {
      lines = true;
      tsv = tsv || a == "--tsv";
      continue;
    }
    if (a == "--max-line-bytes") {
      if (i + 1 == argc || !parse_count(argv[i + 1], 1, std::size_t{1} << 30, max_line_bytes))
        return usage_error("classify", "--max-line-bytes needs a count from 1 to 1073741824", a);
      ++i;
      continue;
    }
    if (a == "--") {
      for (++i; i < argc; ++i) {
        if (any) text.push_back(' ');
        text += argv[i];
        any = true;
      }
      break;
    }
    if (a == "-") {
      char buf[4096];
      std::size_t n;
      if (any) text.push_back(' ');
      while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
      any = true;
      continue;
    }
    if (a.size() > 1 && a[0] == '-') return usage_error("classify", "unknown option", a);
    if (any) text.push_back(' ');
    text += a;
    any = true;
  }
  if (lines) {
    if (any) return usage_error("classify", "--lines and --tsv read standard input, not TEXT");
    return classify_lines(context, tsv, max_line_bytes);
  }
  if (!any) {
    std::fputs(classify_usage, stderr);
    return 2;
  }
  write_stdout(to_json(classify(text, context)) + '\n');
  return exit_ok;
}

}  // namespace bounce::cli
