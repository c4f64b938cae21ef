// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Byte searches for the MIME layer's walks over whole messages.
//
// The line walks (pre-scan, header blocks, the fast-path gate) look for the next '\n' once per
// line. Mail lines are short (60-80 bytes), and there a call to memchr, with its dispatch and
// alignment prologue, cost more than the search: it was the largest single symbol of the
// pipeline in perf. These inline searches do 16 bytes per step with SSE2 (part of x86-64's
// baseline) and fall back to byte loops elsewhere and for the tails.
#include <cstddef>
#include <cstring>
#include <string_view>

#include "detail/assert.hpp"

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

namespace bounce::detail {

/// The first c in [p, end), or end when there is none. For bytes met every line or so.
inline const char* find_byte(const char* p, const char* end, char c) noexcept {
  BOUNCE_ASSERT(p <= end);
#if defined(__SSE2__)
  const __m128i want = _mm_set1_epi8(c);
  while (end - p >= 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, want)));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p != end && *p != c) ++p;
  return p;
}

/// The first '\n' in [p, end), or end when there is none.
inline const char* find_newline(const char* p, const char* end) noexcept {
  return find_byte(p, end, '\n');
}

/// Offset of the first '\n' at or after from that starts a line beginning with lower_letter (an
/// ASCII lower-case letter) in either case, or with other; npos when there is none. For walks
/// that only care about lines starting with a few bytes ("Content-Type:", "--boundary"): 16
/// bytes a step, no per-line work.
inline std::size_t newline_before(std::string_view text, std::size_t from, char lower_letter,
                                  char other) noexcept {
  // The case fold below (| 0x20) is right only for a lower-case ASCII letter.
  BOUNCE_ASSERT(lower_letter >= 'a' && lower_letter <= 'z');
  const std::size_t n = text.size();
  const char* const h = text.data();
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i letter = _mm_set1_epi8(lower_letter);
  const __m128i fold = _mm_set1_epi8(0x20);  // only the letter's two cases fold to it
  const __m128i also = _mm_set1_epi8(other);
  while (i < n && n - i >= 17) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i + 1));
    const __m128i first =
        _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(b, fold), letter), _mm_cmpeq_epi8(b, also));
    const unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, nl), first)));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    i += 16;
  }
#endif
  for (; i + 1 < n; ++i)
    if (h[i] == '\n' && ((h[i + 1] | 0x20) == lower_letter || h[i + 1] == other)) return i;
  return std::string_view::npos;
}

/// Offset of the first '\n' in text at or after from; text.size() when there is none.
inline std::size_t newline_at(std::string_view text, std::size_t from) noexcept {
  BOUNCE_ASSERT(from <= text.size());
  const char* const base = text.data();
  return static_cast<std::size_t>(find_newline(base + from, base + text.size()) - base);
}

/// The last '\n' in [begin, end), or nullptr when there is none.
inline const char* find_last_newline(const char* begin, const char* end) noexcept {
  BOUNCE_ASSERT(begin <= end);
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  while (end - begin >= 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, nl)));
    if (mask != 0) return end - 16 + (31 - __builtin_clz(mask));
    end -= 16;
  }
#endif
  while (end != begin)
    if (*--end == '\n') return end;
  return nullptr;
}

/// Offset of the first occurrence of needle in hay at or after from, or npos. Candidates are
/// the positions where the needle's first and last bytes both match, 16 at a time (for a MIME
/// delimiter "--boundary" they are rare, where glibc's memmem looked at every '-'); only those
/// are compared. Linear whatever the input: once comparisons have cost more than a few passes
/// over the text (a hostile run of one byte), the rest is left to memmem's two-way search.
inline std::size_t find_bytes(std::string_view hay, std::string_view needle,
                              std::size_t from = 0) noexcept {
  constexpr std::size_t npos = std::string_view::npos;
  const std::size_t n = hay.size(), k = needle.size();
  if (from > n || k > n - from) return npos;
  if (k == 0) return from;
  const char* const h = hay.data();
  if (k == 1) {
    const void* p = std::memchr(h + from, needle[0], n - from);
    return p == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(p) - h);
  }
  std::size_t i = from;
  std::size_t budget = 4 * (n - from) + 4096;  // bytes compared before handing over to memmem
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(needle[0]);
  const __m128i last = _mm_set1_epi8(needle[k - 1]);
  while (n - i >= k - 1 + 16) {  // both 16-byte loads in bounds
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i + k - 1));
    unsigned mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
    while (mask != 0) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      if (std::memcmp(h + at + 1, needle.data() + 1, k - 2) == 0) return at;
      if (budget < k) {
        const void* p = memmem(h + at + 1, n - at - 1, needle.data(), k);
        return p == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(p) - h);
      }
      budget -= k;
      mask &= mask - 1;
    }
    i += 16;
  }
#endif
  const void* p = memmem(h + i, n - i, needle.data(), k);  // the tail (under 16 + k bytes)
  (void)budget;
  return p == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(p) - h);
}

}  // namespace bounce::detail
