// SPDX-License-Identifier: BSD-2-Clause
// SHA-1 as FIPS 180-4 §6.1 specifies it, on one in-memory input.
#include "pipeline/sha1.hpp"

#include <cstdint>
#include <cstring>

namespace bounce::pipeline {
namespace {

constexpr std::uint32_t rotl(std::uint32_t x, int n) noexcept { return (x << n) | (x >> (32 - n)); }

void compress(std::uint32_t h[5], const unsigned char* block) noexcept {
  std::uint32_t w[80];
  for (int t = 0; t < 16; ++t)
    w[t] = std::uint32_t{block[4 * t]} << 24 | std::uint32_t{block[4 * t + 1]} << 16 |
           std::uint32_t{block[4 * t + 2]} << 8 | std::uint32_t{block[4 * t + 3]};
  for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  // The four rounds as four loops: a test of t inside one loop of 80 kept the compiler from
  // unrolling it, and this runs once or twice per record.
  const auto step = [&](std::uint32_t f, std::uint32_t k, std::uint32_t wt) {
    const std::uint32_t tmp = rotl(a, 5) + f + e + k + wt;
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = tmp;
  };
  for (int t = 0; t < 20; ++t) step((b & c) | (~b & d), 0x5A827999, w[t]);
  for (int t = 20; t < 40; ++t) step(b ^ c ^ d, 0x6ED9EBA1, w[t]);
  for (int t = 40; t < 60; ++t) step((b & c) | (b & d) | (c & d), 0x8F1BBCDC, w[t]);
  for (int t = 60; t < 80; ++t) step(b ^ c ^ d, 0xCA62C1D6, w[t]);
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

}  // namespace

std::array<char, 40> sha1_hex(std::string_view data) noexcept {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t n = data.size();
  const std::uint64_t bits = static_cast<std::uint64_t>(n) * 8;
  for (; n >= 64; n -= 64, p += 64) compress(h, p);
  // The tail, the 0x80 marker and the length: one block, or two when the tail leaves no room.
  unsigned char last[128] = {};
  if (n != 0) std::memcpy(last, p, n);
  last[n] = 0x80;
  const std::size_t blocks = n + 1 + 8 <= 64 ? 1 : 2;
  for (int i = 0; i < 8; ++i)
    last[blocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  for (std::size_t b = 0; b < blocks; ++b) compress(h, last + 64 * b);
  static constexpr char hex[] = "0123456789abcdef";
  std::array<char, 40> out;
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 8; ++j) out[8 * i + j] = hex[(h[i] >> (28 - 4 * j)) & 0xF];
  return out;
}

}  // namespace bounce::pipeline
