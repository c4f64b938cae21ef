// SPDX-License-Identifier: BSD-2-Clause
// bounce classify 'TEXT': the reason rules applied to one diagnostic text, as one JSON object.
#include <cstdio>
#include <string>
#include <string_view>

#include "bounce/bounce.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json_util.hpp"

namespace bounce::cli {
namespace {

constexpr const char* classify_usage =
    "usage: bounce classify [options] TEXT...\n"
    "\n"
    "Classifies a diagnostic text (an SMTP reply, a log line, a provider's webhook message) with\n"
    "the same rules `bounce parse` uses, and prints one JSON object:\n"
    "  {\"reason\", \"status\", \"status_source\", \"reply_code\", \"hard_bounce\", \"rule\"}\n"
    "Several TEXT arguments are joined with spaces; - reads the text from standard input.\n"
    "\n"
    "example: bounce classify '550 5.1.1 <a@example.net>: Recipient address rejected: User "
    "unknown'\n"
    "\n"
    "options:\n"
    "  --remote-mta HOST    the host that gave the reply (names a provider: its codes apply)\n"
    "  --recipient ADDRESS  the recipient (its domain names a provider too)\n"
    "  -h, --help           this text\n"
    "\n"
    "exit status: 0 ok, 2 usage error\n";

}  // namespace

int cmd_classify(int argc, char** argv) {
  std::string text;
  bool any = false;
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
  if (!any) {
    std::fputs(classify_usage, stderr);
    return 2;
  }
  const classification c = classify(text, context);
  std::string out = "{\"reason\":";
  append_json_string(out, to_string(c.reason));
  out += ",\"status\":";
  if (c.status)
    append_json_string(out, c.status->to_string());
  else
    out += "null";
  out += ",\"status_source\":";
  if (c.status)
    append_json_string(out, to_string(c.status_source));
  else
    out += "null";
  out += ",\"reply_code\":";
  out += c.reply_code ? std::to_string(*c.reply_code) : std::string("null");
  out += ",\"hard_bounce\":";
  out += c.hard_bounce ? "true" : "false";
  out += ",\"rule\":";
  append_json_string(out, c.rule);
  out += "}\n";
  std::fputs(out.c_str(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace bounce::cli
