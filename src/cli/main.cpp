// SPDX-License-Identifier: BSD-2-Clause
// bounce: command-line front end. Subcommands live in cmd_*.cpp.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "bounce/version.hpp"
#include "cli/commands.hpp"

namespace {

constexpr const char* usage_text =
    "usage: bounce <command> [options] [args]\n"
    "\n"
    "Turns bounce messages into delivery-failure records (JSON Lines).\n"
    "\n"
    "commands:\n"
    "  parse PATH...      parse files, directories, mbox files or - (stdin); one JSON record per "
    "line\n"
    "  stats PATH...      records by reason, hard/soft and recipient domain (--json for JSON)\n"
    "  explain PATH...    explain in words where each record came from and why it has its reason\n"
    "  classify TEXT      classify one diagnostic text (JSON: reason, status, rule ...)\n"
    "  registry [CODE]    print the IANA enhanced status code registry as JSON Lines\n"
    "  --version          print the version\n"
    "  --help             this text; `bounce <command> --help` for a command's options\n";

struct command {
  std::string_view name;
  int (*run)(int, char**);
};

}  // namespace

int main(int argc, char** argv) {
  static constexpr command commands[] = {
      {"parse", bounce::cli::cmd_parse},       {"stats", bounce::cli::cmd_stats},
      {"explain", bounce::cli::cmd_explain},   {"classify", bounce::cli::cmd_classify},
      {"registry", bounce::cli::cmd_registry},
  };
  if (argc < 2) {
    std::fputs(usage_text, stderr);
    return 2;
  }
  std::string_view sub = argv[1];
  if (sub == "--help" || sub == "-h" || sub == "help") {
    std::fputs(usage_text, stdout);
    return 0;
  }
  if (sub == "--version") {
    std::puts("bounce " BOUNCE_VERSION_STRING);
    return 0;
  }
  for (const auto& c : commands)
    if (c.name == sub) return c.run(argc - 1, argv + 1);
  std::fprintf(stderr, "bounce: unknown command '%s'\n\n%s", argv[1], usage_text);
  return 2;
}
