// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The CLI's exit statuses (docs/cli.md), its output guard and its stop on SIGINT/SIGTERM.
#include <string_view>

namespace bounce::cli {

enum exit_status : int {
  exit_ok = 0,
  exit_unreadable_message = 1,  ///< some inputs were not mail or could not be parsed (reported)
  exit_usage = 2,
  exit_path = 3,    ///< an input path could not be opened (reported with the system's reason)
  exit_output = 4,  ///< output could not be written: the run stops
};

/// The worse of two statuses (output > path > message > ok), so that one bad message after an
/// unopenable path still exits 3.
int worse(int a, int b);

/// Writes bytes to stdout and flushes them. A write that fails is reported on stderr with the
/// system's reason and ends the process with exit_output at once: nothing parsed later could be
/// written either. A SIGINT or SIGTERM received meanwhile ends the process once this write is
/// complete (128 + the signal), so the last line written is whole; one received outside a
/// write ends it at once (what was written is whole lines).
void write_stdout(std::string_view bytes);

/// Flushes stdout at the end of a command that printed with stdio: status, or exit_output
/// (reported on stderr with the system's reason) when anything written to stdout failed.
int finish_stdout(int status);

/// Installs the SIGINT/SIGTERM handlers behind write_stdout's guarantee.
void install_stop_handlers();

/// "No such file or directory" style reason why path cannot be opened now, or the fallback.
std::string_view path_reason(std::string_view path, std::string_view fallback);

}  // namespace bounce::cli
