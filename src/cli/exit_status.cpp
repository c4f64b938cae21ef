// SPDX-License-Identifier: BSD-2-Clause
// Exit statuses, the output guard and the stop on signals (exit_status.hpp).
#include "cli/exit_status.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace bounce::cli {
namespace {

// Set while write_stdout is writing: a signal then only asks for a stop after the write.
std::atomic<bool> writing{false};
std::atomic<int> stop_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free,
              "used from a signal handler");

extern "C" void on_stop_signal(int sig) {
  if (!writing.load()) std::_Exit(128 + sig);  // nothing half-written: stop now
  stop_signal.store(sig);
}

int rank(int status) {
  switch (status) {
    case exit_output:
      return 4;
    case exit_path:
      return 3;
    case exit_unreadable_message:
      return 2;
    case exit_ok:
      return 0;
    default:
      return 1;
  }
}

}  // namespace

int worse(int a, int b) { return rank(a) >= rank(b) ? a : b; }

void write_stdout(std::string_view bytes) {
  writing.store(true);
  bool ok = bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
  ok = std::fflush(stdout) == 0 && ok;
  const int err = errno;
  writing.store(false);
  if (!ok) {
    std::fprintf(stderr, "bounce: cannot write output: %s\n", std::strerror(err));
    std::_Exit(exit_output);  // other threads may still be parsing: no static destructors
  }
  if (const int sig = stop_signal.load()) std::_Exit(128 + sig);
}

int finish_stdout(int status) {
  errno = 0;
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return status;
  const int err = errno;
  std::fprintf(stderr, "bounce: cannot write output: %s\n",
               err != 0 ? std::strerror(err) : "write error");
  return exit_output;
}

void install_stop_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

std::string_view path_reason(std::string_view path, std::string_view fallback) {
  if (path == "-") return fallback;
  const std::string p(path);
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return std::strerror(errno);
  if (!S_ISDIR(st.st_mode)) {
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::strerror(errno);
    ::close(fd);
  }
  return fallback;
}

}  // namespace bounce::cli
