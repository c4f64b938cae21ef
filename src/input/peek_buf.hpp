// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Read-only stream buffers the walker reads messages through: one over a file descriptor, and
// one that decompresses gzip, bzip2 or xz from another buffer. Both can peek at the bytes
// ahead without consuming them, so an mbox or a compressed stream is recognised on a pipe.
#include <cstddef>
#include <memory>
#include <streambuf>
#include <string_view>

namespace bounce::input {

/// A streambuf with a 64 KiB get area, filled by produce().
class peek_buf : public std::streambuf {
 public:
  peek_buf();
  ~peek_buf() override;
  peek_buf(const peek_buf&) = delete;
  peek_buf& operator=(const peek_buf&) = delete;

  /// True when a read failed (or the data was corrupt), as opposed to a clean end.
  bool failed() const noexcept { return failed_; }
  /// Up to n bytes from the current position (fewer only at end of input).
  std::string_view peek(std::size_t n);

 protected:
  /// Writes up to n bytes to out: the count, 0 at the end, -1 on an error.
  virtual std::ptrdiff_t produce(char* out, std::size_t n) = 0;
  int_type underflow() override;

 private:
  bool fill_more();  // appends one produce() to the get area; false at end or on error

  // Not zero-filled: clearing 64 KiB per file cost more than parsing a small bounce's headers.
  static constexpr std::size_t kSize = 64u << 10;
  std::unique_ptr<char[]> buf_;
  bool eof_ = false, failed_ = false;
};

/// Reads a file descriptor (files and stdin alike).
class fd_buf final : public peek_buf {
 public:
  explicit fd_buf(int fd) : fd_(fd) {}

 protected:
  std::ptrdiff_t produce(char* out, std::size_t n) override;

 private:
  int fd_;
};

enum class compression { none, gzip, bzip2, xz };

/// The format whose magic bytes start head (at least 6 bytes wanted), none otherwise.
compression compression_of(std::string_view head) noexcept;

/// Decompresses what it reads from upstream. A stream that expands past 1000 times its
/// compressed size (after the first 16 MiB) is a decompression bomb: it ends as failed().
/// Memory stays bounded whatever the input: the walker bounds each message by the size limit.
class decompress_buf final : public peek_buf {
 public:
  decompress_buf(peek_buf& upstream, compression kind);
  ~decompress_buf() override;

 protected:
  std::ptrdiff_t produce(char* out, std::size_t n) override;

 private:
  struct codec;
  peek_buf& upstream_;
  std::unique_ptr<codec> codec_;
};

}  // namespace bounce::input
