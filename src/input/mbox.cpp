// Streaming mbox reader (mboxrd reading rules): memory is bounded by the largest message kept
// plus a fixed read-ahead buffer, even for a file that is one giant line.
#include <cstring>

#include "input/input.hpp"

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
  if (buf_.size() != kBufferSize) buf_.resize(kBufferSize);
  for (;;) {
    if (beg_ < end_) {
      const char* base = buf_.data();
      const void* nl = std::memchr(base + beg_, '\n', end_ - beg_);
      if (nl != nullptr) {
        const std::size_t stop = static_cast<std::size_t>(static_cast<const char*>(nl) - base) + 1;
        piece = std::string_view(base + beg_, stop - beg_);
        line_start = bol_;
        bol_ = true;
        beg_ = stop;
        return true;
      }
      if (eof_ || (beg_ == 0 && end_ == buf_.size())) {
        // The last line without a newline, or a line longer than the buffer: hand out a piece.
        piece = std::string_view(base + beg_, end_ - beg_);
        line_start = bol_;
        bol_ = eof_;
        beg_ = end_;
        return true;
      }
    }
    if (eof_) return false;
    if (beg_ > 0) {  // keep the unfinished line, refill behind it
      std::memmove(buf_.data(), buf_.data() + beg_, end_ - beg_);
      end_ -= beg_;
      beg_ = 0;
    }
    std::streambuf* sb = in_.rdbuf();
    std::streamsize got = 0;
    if (sb != nullptr) {
      try {
        got = sb->sgetn(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_));
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
