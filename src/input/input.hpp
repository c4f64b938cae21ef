// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Input layer: files, directories, mbox, stdin -> (source, index, LF-normalised bytes).
#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "bounce/options.hpp"
#include "bounce/result.hpp"

namespace bounce::input {

/// CRLF and bare CR become LF, so no later layer handles three line-ending styles.
std::string normalize_newlines(std::string_view bytes);
/// In place; does not touch (or allocate for) a buffer without CR.
void normalize_newlines_inplace(std::string& bytes);

/// Called once per message with its LF-normalised bytes, or with the error that stopped it
/// (io_error, message_too_large). The string may be moved from.
using raw_callback =
    std::function<void(std::string_view source, std::size_t index, result<std::string>& bytes)>;

/// Walk PATH: a regular file (an mbox when its first line starts with "From "), a directory
/// (recursive, entries sorted by name in byte order, entries starting with '.' skipped,
/// directory symlinks not followed, file symlinks read, fifos/sockets/devices skipped), or "-"
/// for standard input (an mbox when it starts with "From "). Sources inside a directory are
/// PATH + "/" + entry names. A plain file is message 1; an mbox numbers its messages from 1.
/// Failures of one file or message (io_error, message_too_large) go to the callback and the
/// walk goes on. Returns the number of callbacks made (messages and failures), or io_error when
/// PATH itself cannot be opened.
result<std::size_t> for_each_raw(std::string_view path, const limits&, const raw_callback&);

/// Reads an mbox one message at a time from a stream: memory is bounded by the largest message.
/// ">From " lines are unquoted. A message over max_bytes is skipped to its end and reported.
class mbox_reader {
 public:
  mbox_reader(std::istream& in, std::size_t max_bytes);
  /// Next message into out; false at end of input. too_large is set when it was over the limit
  /// (out is then empty).
  bool next(std::string& out, bool& too_large);
  /// False when the stream reported a read error (badbit) while reading.
  bool ok() const noexcept { return !read_error_; }

 private:
  // One piece of a line (a whole line unless it is longer than the buffer); views buf_.
  bool fetch(std::string_view& piece, bool& line_start);

  std::istream& in_;
  std::size_t max_;
  std::string pending_;  // the "From " line that starts the next message, once seen
  bool started_ = false;
  std::unique_ptr<char[]> buf_;  // read-ahead buffer of kBufferSize bytes (mbox.cpp)
  std::size_t beg_ = 0, end_ = 0;
  bool eof_ = false, bol_ = true, read_error_ = false;
};

/// True when the bytes look like an mbox (first line starts with "From ").
bool looks_like_mbox(std::string_view head) noexcept;

}  // namespace bounce::input
