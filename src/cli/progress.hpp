// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// A progress line on stderr ("bounce: 12345 messages, 4321 messages/s"), \r-updated. Shown only
// when stderr is a terminal, the run has lasted more than 2 s, and --quiet was not given.
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace bounce::cli {

class progress {
 public:
  explicit progress(bool quiet) : enabled_(!quiet && ::isatty(STDERR_FILENO) == 1) {}
  progress(const progress&) = delete;
  progress& operator=(const progress&) = delete;
  ~progress() { finish(); }

  /// Counts one message; redraws at most every 200 ms once 2 s have passed.
  void tick() {
    ++count_;
    if (!enabled_ || (count_ & 15) != 0) return;  // keep clock reads off the hot path
    const auto now = clock::now();
    if (now - start_ < std::chrono::seconds(2) || now - last_ < std::chrono::milliseconds(200))
      return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\rbounce: %zu messages, %.0f messages/s ", count_, count_ / secs);
    std::fflush(stderr);
    shown_ = true;
  }

  /// Clears the line (if one was drawn) so later stderr output starts at column 0.
  void finish() {
    if (!shown_) return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    shown_ = false;
  }

  std::size_t count() const { return count_; }

 private:
  using clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  std::size_t count_ = 0;
  clock::time_point start_ = clock::now();
  clock::time_point last_ = start_;
};

}  // namespace bounce::cli
