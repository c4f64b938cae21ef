#pragma once
// The line walks of the MIME layer (pre-scan, header blocks, the fast-path gate) look for the
// next '\n' once per line. Mail lines are short (60-80 bytes), and there a call to memchr,
// with its dispatch and alignment prologue, cost more than the search: it was the largest
// single symbol of the pipeline in perf. This inline search does 16 bytes per step with SSE2
// (part of x86-64's baseline) and falls back to a byte loop elsewhere and for the tail.
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

namespace bounce::detail {

/// The first '\n' in [p, end), or end when there is none.
inline const char* find_newline(const char* p, const char* end) noexcept {
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  while (end - p >= 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, nl)));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p != end && *p != '\n') ++p;
  return p;
}

/// Offset of the first '\n' in text at or after from; text.size() when there is none.
inline std::size_t newline_at(std::string_view text, std::size_t from) noexcept {
  const char* const base = text.data();
  return static_cast<std::size_t>(find_newline(base + from, base + text.size()) - base);
}

}  // namespace bounce::detail
