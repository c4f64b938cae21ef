// SPDX-License-Identifier: BSD-2-Clause
// GNU-style option forms and strict numbers for the subcommands (args.hpp).
#include "cli/args.hpp"

#include <cstdio>
#include <cstring>
#include <limits>

#include "cli/exit_status.hpp"

namespace bounce::cli {

bool arg_reader::next() {
  if (++i_ >= argc_) return false;
  name_ = argv_[i_];
  attached_ = nullptr;
  if (name_.size() > 2 && name_.substr(0, 2) == "--") {
    const auto eq = name_.find('=');
    if (eq != std::string_view::npos) {
      attached_ = argv_[i_] + eq + 1;
      name_ = name_.substr(0, eq);
    }
  }
  return true;
}

bool arg_reader::is(std::string_view long_name, std::string_view short_name) {
  if (name_ == long_name) return true;
  if (short_name.empty() || name_.substr(0, short_name.size()) != short_name) return false;
  if (name_.size() > short_name.size()) {
    // "-j2": the rest is the value (short options with a value only).
    attached_ = argv_[i_] + short_name.size();
    name_ = short_name;
  }
  return true;
}

const char* arg_reader::value() {
  if (attached_ != nullptr) return attached_;
  if (i_ + 1 >= argc_) return nullptr;
  return argv_[++i_];
}

bool parse_count(const char* s, std::size_t min, std::size_t max, std::size_t& out) {
  if (s == nullptr || *s == '\0') return false;
  std::size_t v = 0;
  for (const char* p = s; *p != '\0'; ++p) {
    if (*p < '0' || *p > '9') return false;
    const std::size_t d = static_cast<std::size_t>(*p - '0');
    if (v > (std::numeric_limits<std::size_t>::max() - d) / 10) return false;
    v = v * 10 + d;
  }
  if (v < min || v > max) return false;
  out = v;
  return true;
}

bool select_records(options& opt, std::string_view selection) {
  if (selection == "all") {
    opt.include_delivered = opt.include_feedback = opt.include_vacation = true;
  } else if (selection == "bounces") {
    opt.include_delivered = opt.include_feedback = opt.include_vacation = false;
  } else if (selection == "sisimai") {
    opt.include_delivered = opt.include_vacation = false;
    opt.include_feedback = true;
  } else {
    return false;
  }
  return true;
}

bool header_name_ok(std::string_view name) {
  if (name.empty() || name.size() > 998) return false;
  for (char c : name)
    if (c <= 32 || c >= 127 || c == ':') return false;
  return true;
}

int usage_error(std::string_view cmd, std::string_view message, std::string_view arg) {
  std::fprintf(stderr, "bounce %.*s: %.*s", static_cast<int>(cmd.size()), cmd.data(),
               static_cast<int>(message.size()), message.data());
  if (!arg.empty()) std::fprintf(stderr, " '%.*s'", static_cast<int>(arg.size()), arg.data());
  std::fprintf(stderr, "\nTry 'bounce %.*s --help' for its options.\n",
               static_cast<int>(cmd.size()), cmd.data());
  return exit_usage;
}

}  // namespace bounce::cli
