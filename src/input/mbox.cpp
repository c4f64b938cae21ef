// SPDX-License-Identifier: BSD-2-Clause
// Streaming mbox reader (mboxrd reading rules): memory is bounded by the largest message kept
// plus a fixed read-ahead buffer, even for a file that is one giant line.
#include <cstring>
#include <memory>

#include "input/input.hpp"

#include "detail/assert.hpp"

namespace bounce::input {
namespace {

constexpr std::size_t kBufferSize = 64u << 10;

bool is_from_line(std::string_view line) noexcept { return line.substr(0, 5) == "From "; }

// ">From ", ">>From " ... (mboxrd): the number of leading '>' when followed by "From ", else 0.
std::size_t quoted_from_depth(std::string_view line) noexcept {
  std::size_t i = 0;
  while (i < line.size() && line[i] == '>') ++i;
  return (i > 0 && line.substr(i, 5) == "From ") ? i : 0;
}

}  // namespace

mbox_reader::mbox_reader(std::istream& in, std::size_t max_bytes) : in_(in), max_(max_bytes) {}

bool mbox_reader::fetch(std::string_view& piece, bool& line_start) {
  if (!buf_) buf_ = std::make_unique_for_overwrite<char[]>(kBufferSize);  // not zero-filled
  auto emit = [&](std::size_t len, bool complete) {
    // A piece is never empty and never reaches past the bytes read.
    BOUNCE_ASSERT(len > 0 && beg_ + len <= end_);
    piece = std::string_view(buf_.get() + beg_, len);
    line_start = bol_;
    bol_ = complete;
    beg_ += len;
    return true;
  };
  for (;;) {
    if (beg_ < end_) {
      // A line ends at LF, CRLF or a bare CR (old Mac files).
      const char* b = buf_.get() + beg_;
      const std::size_t avail = end_ - beg_;
      const void* lf = std::memchr(b, '\n', avail);
      const std::size_t lf_at =
          lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - b) : avail;
      const void* cr = std::memchr(b, '\r', lf_at);
      bool cr_at_end = false;
      if (cr != nullptr) {
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(cr) - b);
        if (at + 1 < avail) return emit(b[at + 1] == '\n' ? at + 2 : at + 1, true);
        if (eof_) return emit(at + 1, true);
        cr_at_end = true;  // an LF may follow in the next read
      } else if (lf != nullptr) {
        return emit(lf_at + 1, true);
      }
      const bool full = beg_ == 0 && end_ == kBufferSize;
      if (eof_) return emit(avail, true);  // the last line, without a newline
      if (full) return emit(cr_at_end ? avail - 1 : avail, false);  // a line longer than the buffer
    }
    if (eof_) return false;
    BOUNCE_ASSERT(beg_ <= end_ && end_ <= kBufferSize);
    if (beg_ > 0) {  // keep the unfinished line, refill behind it
      std::memmove(buf_.get(), buf_.get() + beg_, end_ - beg_);
      end_ -= beg_;
      beg_ = 0;
    }
    std::streambuf* sb = in_.rdbuf();
    std::streamsize got = 0;
    if (sb != nullptr) {
      try {
        got = sb->sgetn(buf_.get() + end_, static_cast<std::streamsize>(kBufferSize - end_));
      } catch (...) {
        read_error_ = true;
        got = 0;
      }
    }
    if (got <= 0) {
      eof_ = true;
    } else {
      end_ += static_cast<std::size_t>(got);
    }
  }
}

bool mbox_reader::next(std::string& out, bool& too_large) {
  out.clear();
  too_large = false;
  bool in_message = started_;  // the previous call stopped on (and consumed) a From_ line
  started_ = false;
  std::string_view piece;
  bool line_start = true;
  while (fetch(piece, line_start)) {
    if (line_start && is_from_line(piece)) {
      pending_.assign(piece.substr(0, std::min<std::size_t>(piece.size(), 256)));
      if (in_message) {
        started_ = true;
        break;
      }
      in_message = true;  // the From_ line that opens the stream
      continue;
    }
    in_message = true;
    if (line_start && quoted_from_depth(piece) > 0) piece.remove_prefix(1);
    if (too_large) continue;
    if (out.size() + piece.size() > max_) {
      too_large = true;
      out.clear();
      continue;
    }
    out.append(piece);
  }
  if (!in_message) return false;
  if (too_large) {
    out.clear();
    return true;
  }
  normalize_newlines_inplace(out);
  // The blank line that separates this message from the next From_ line is not part of it.
  if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return true;
}

}  // namespace bounce::input
