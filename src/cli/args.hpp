// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Command-line arguments of the subcommands: GNU-style option forms and strict numbers.
#include <cstddef>
#include <string_view>

#include "bounce/options.hpp"

namespace bounce::cli {

/// Walks argv[1..argc) (argv[0] is the subcommand). Options take their value in any of the
/// GNU forms: "--jobs=2", "--jobs 2", "-j2", "-j 2". "-" is a positional argument (stdin).
class arg_reader {
 public:
  arg_reader(int argc, char** argv) : argc_(argc), argv_(argv) {}

  /// Moves to the next argument; false after the last.
  bool next();
  /// The current argument, without a "=value" part.
  std::string_view arg() const { return name_; }
  /// True when the current argument is an option ('-' then something) rather than a path.
  bool is_option() const { return name_.size() > 1 && name_[0] == '-'; }
  /// The current argument is the option long_name ("--jobs") or short_name ("-j", which also
  /// matches "-j2"). For an option without a value, "--flag=x" does not match.
  bool is(std::string_view long_name, std::string_view short_name = {});
  /// The value of the option just matched by is(); nullptr when none is given.
  const char* value();

 private:
  int argc_;
  char** argv_;
  int i_ = 0;
  std::string_view name_;
  const char* attached_ = nullptr;  // "2" of "--jobs=2" or of "-j2"
};

/// A count written as decimal digits only, within [min, max]: "-1", "+3", "1e3", "", "0x10"
/// and values past max are rejected (false).
bool parse_count(const char* s, std::size_t min, std::size_t max, std::size_t& out);

/// Applies a --select value to opt: "all" keeps every record; "bounces" failures and delays only
/// (no delivered, feedback or vacation records); "sisimai" failures and feedback reports
/// (Sisimai's default). False for another value.
bool select_records(options& opt, std::string_view selection);

/// A header field name as RFC 5322 3.6.8 allows it: 1 to 998 printable ASCII characters but ':'.
bool header_name_ok(std::string_view name);

/// Prints "bounce CMD: MESSAGE" and a hint to run --help on stderr; returns the usage status.
int usage_error(std::string_view cmd, std::string_view message, std::string_view arg = {});

}  // namespace bounce::cli
