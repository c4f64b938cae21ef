// SPDX-License-Identifier: BSD-2-Clause
// peek_buf.hpp: the walker's stream buffers, plain and decompressing.
#include "input/peek_buf.hpp"

#include <bzlib.h>
#include <lzma.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace bounce::input {

peek_buf::peek_buf() : buf_(std::make_unique_for_overwrite<char[]>(kSize)) {
  setg(buf_.get(), buf_.get(), buf_.get());
}

peek_buf::~peek_buf() = default;

std::string_view peek_buf::peek(std::size_t n) {
  while (static_cast<std::size_t>(egptr() - gptr()) < n && fill_more()) {
  }
  return {gptr(), std::min<std::size_t>(n, static_cast<std::size_t>(egptr() - gptr()))};
}

peek_buf::int_type peek_buf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  setg(buf_.get(), buf_.get(), buf_.get());
  if (!fill_more()) return traits_type::eof();
  return traits_type::to_int_type(*gptr());
}

bool peek_buf::fill_more() {
  if (eof_) return false;
  const std::size_t have = static_cast<std::size_t>(egptr() - gptr());
  if (gptr() != buf_.get()) {
    std::memmove(buf_.get(), gptr(), have);
    setg(buf_.get(), buf_.get(), buf_.get() + have);
  }
  if (have == kSize) return false;
  const std::ptrdiff_t got = produce(buf_.get() + have, kSize - have);
  if (got <= 0) {
    if (got < 0) failed_ = true;
    eof_ = true;
    return false;
  }
  setg(buf_.get(), buf_.get(), buf_.get() + have + static_cast<std::size_t>(got));
  return true;
}

std::ptrdiff_t fd_buf::produce(char* out, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(fd_, out, n);
    if (got < 0 && errno == EINTR) continue;
    return got;
  }
}

compression compression_of(std::string_view h) noexcept {
  const auto starts = [&](std::string_view magic) { return h.substr(0, magic.size()) == magic; };
  if (starts("\x1f\x8b")) return compression::gzip;  // RFC 1952
  if (starts("BZh") && h.size() > 3 && h[3] >= '1' && h[3] <= '9') return compression::bzip2;
  if (starts(std::string_view("\xfd"
                              "7zXZ\0",
                              6)))
    return compression::xz;  // xz file format
  return compression::none;
}

namespace {
constexpr std::size_t kInChunk = 16u << 10;
constexpr unsigned long long kBombRatio = 1000;         // real mail compresses 4-10 times
constexpr unsigned long long kBombFloor = 16ull << 20;  // small outputs are never bombs
}  // namespace

// One of the three decoders, fed from upstream in chunks. Each of them reads concatenated
// streams (gzip members, bzip2 streams, xz streams) one after another, as their tools do.
struct decompress_buf::codec {
  compression kind;
  z_stream z{};
  bz_stream bz{};
  lzma_stream xz = LZMA_STREAM_INIT;
  char in[kInChunk];
  std::size_t in_len = 0, in_pos = 0;
  bool in_end = false;
  bool boundary = false;  // between two streams: the input may end here cleanly
  unsigned long long consumed = 0, produced = 0;

  explicit codec(compression k) : kind(k) { start(); }
  ~codec() { stop(); }

  bool start() {
    switch (kind) {
      case compression::gzip:
        return inflateInit2(&z, 15 + 32) == Z_OK;  // gzip or zlib header
      case compression::bzip2:
        return BZ2_bzDecompressInit(&bz, 0, 0) == BZ_OK;
      case compression::xz:
        return lzma_stream_decoder(&xz, UINT64_MAX, LZMA_CONCATENATED) == LZMA_OK;
      case compression::none:
        return false;
    }
    return false;
  }
  void stop() {
    switch (kind) {
      case compression::gzip:
        inflateEnd(&z);
        break;
      case compression::bzip2:
        BZ2_bzDecompressEnd(&bz);
        break;
      case compression::xz:
        lzma_end(&xz);
        break;
      case compression::none:
        break;
    }
  }
};

decompress_buf::decompress_buf(peek_buf& upstream, compression kind)
    : upstream_(upstream), codec_(std::make_unique<codec>(kind)) {}

decompress_buf::~decompress_buf() = default;

std::ptrdiff_t decompress_buf::produce(char* out, std::size_t n) {
  codec& c = *codec_;
  std::size_t written = 0;
  while (written == 0) {
    if (c.in_pos == c.in_len && !c.in_end) {
      const std::streamsize got = upstream_.sgetn(c.in, static_cast<std::streamsize>(kInChunk));
      if (upstream_.failed()) return -1;
      c.in_len = got > 0 ? static_cast<std::size_t>(got) : 0;
      c.in_pos = 0;
      c.in_end = got <= 0;
      c.consumed += c.in_len;
    }
    const std::size_t avail = c.in_len - c.in_pos;
    std::size_t used = 0;
    bool stream_end = false;
    switch (c.kind) {
      case compression::gzip: {
        c.z.next_in = reinterpret_cast<Bytef*>(c.in + c.in_pos);
        c.z.avail_in = static_cast<uInt>(avail);
        c.z.next_out = reinterpret_cast<Bytef*>(out);
        c.z.avail_out = static_cast<uInt>(n);
        const int rc = inflate(&c.z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) return -1;
        used = avail - c.z.avail_in;
        written = n - c.z.avail_out;
        stream_end = rc == Z_STREAM_END;
        if (stream_end && inflateReset(&c.z) != Z_OK) return -1;
        break;
      }
      case compression::bzip2: {
        c.bz.next_in = c.in + c.in_pos;
        c.bz.avail_in = static_cast<unsigned>(avail);
        c.bz.next_out = out;
        c.bz.avail_out = static_cast<unsigned>(n);
        const int rc = BZ2_bzDecompress(&c.bz);
        if (rc != BZ_OK && rc != BZ_STREAM_END) return -1;
        used = avail - c.bz.avail_in;
        written = n - c.bz.avail_out;
        stream_end = rc == BZ_STREAM_END;
        if (stream_end) {
          c.stop();
          c.bz = bz_stream{};
          if (!c.start()) return -1;
        }
        break;
      }
      case compression::xz: {
        c.xz.next_in = reinterpret_cast<const uint8_t*>(c.in + c.in_pos);
        c.xz.avail_in = avail;
        c.xz.next_out = reinterpret_cast<uint8_t*>(out);
        c.xz.avail_out = n;
        const lzma_ret rc = lzma_code(&c.xz, c.in_end ? LZMA_FINISH : LZMA_RUN);
        used = avail - c.xz.avail_in;
        written = n - c.xz.avail_out;
        if (rc == LZMA_STREAM_END) return static_cast<std::ptrdiff_t>(written);  // all streams read
        if (rc != LZMA_OK && !(rc == LZMA_BUF_ERROR && written > 0)) return -1;
        break;
      }
      case compression::none:
        return -1;
    }
    c.in_pos += used;
    c.produced += written;
    if (used > 0) c.boundary = false;
    if (stream_end) c.boundary = true;
    if (c.produced > kBombFloor && c.produced > kBombRatio * (c.consumed + 1)) return -1;
    // gzip and bzip2 end cleanly only between two streams; anywhere else the input was cut.
    if (written == 0 && c.in_end && c.in_pos == c.in_len) return c.boundary ? 0 : -1;
  }
  return static_cast<std::ptrdiff_t>(written);
}

}  // namespace bounce::input
