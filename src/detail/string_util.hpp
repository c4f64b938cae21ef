// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Small ASCII string helpers shared by all layers (no locale: ASCII folding only).
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "detail/assert.hpp"

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

namespace bounce::detail {

/// The value of a hexadecimal digit (either case), or -1.
constexpr int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
/// The byte that the two hexadecimal digits at s[at] and s[at + 1] spell ("%41", "=41" after
/// their marker), or -1 when there are not two digits there.
constexpr int hex_byte(std::string_view s, std::size_t at) noexcept {
  if (at + 1 >= s.size()) return -1;
  const int hi = hex_digit(s[at]), lo = hex_digit(s[at + 1]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}
constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
constexpr bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}
inline bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
inline bool iends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}
namespace string_util_detail {
// How common a byte is in mail text (higher: more common), to pick the needle byte ifind
// looks for: English letter frequencies, white space and vowels high, punctuation low.
constexpr auto byte_commonness = [] {
  struct table {
    unsigned char v[256];
  } t{};
  constexpr const char* by_frequency = "etaoinsrhldcumfpgwybvkxjqz";  // most common first
  for (unsigned i = 0; by_frequency[i]; ++i) {
    const auto c = static_cast<unsigned char>(by_frequency[i]);
    t.v[c] = static_cast<unsigned char>(60 - i);
    t.v[c - 32] = static_cast<unsigned char>(60 - i);
  }
  for (unsigned c = '0'; c <= '9'; ++c) t.v[c] = 30;
  for (unsigned c = 0x80; c < 256; ++c) t.v[c] = 30;  // UTF-8 text
  t.v[' '] = 80;
  t.v['\n'] = 40;
  t.v['.'] = t.v[','] = t.v['-'] = 32;
  return t;
}();

// The index of the byte of lower_needle (among its first 16) least common in text.
inline std::size_t rare_byte_index(std::string_view lower_needle) noexcept {
  std::size_t best = 0;
  unsigned best_score = 256;
  const std::size_t n = lower_needle.size() < 16 ? lower_needle.size() : 16;
  for (std::size_t j = 0; j < n; ++j) {
    const unsigned score = byte_commonness.v[static_cast<unsigned char>(lower_needle[j])];
    if (score < best_score) {
      best_score = score;
      best = j;
    }
  }
  return best;
}
}  // namespace string_util_detail

/// Position of needle in haystack, ASCII case-insensitive; npos when absent. needle must be
/// lower-case. Candidates are the positions of the needle's least common byte (for a letter, in
/// both cases), so that a needle starting with a frequent letter does not stop the search at every
/// "t" of the text. They are found 16 bytes a step with SSE2, inline: most haystacks are short
/// header values and diagnostic lines, where two memchr calls per candidate cost more than the
/// search.
inline std::size_t ifind(std::string_view haystack, std::string_view lower_needle,
                         std::size_t from = 0) noexcept {
  // A capital in the needle never matches (the haystack is folded, the needle is not): a
  // needle built from an address or a field must be lowered first.
  BOUNCE_ASSERT(std::none_of(lower_needle.begin(), lower_needle.end(),
                             [](char c) { return c >= 'A' && c <= 'Z'; }));
  if (lower_needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < lower_needle.size() || from > haystack.size() - lower_needle.size())
    return std::string_view::npos;
  const std::size_t a = string_util_detail::rare_byte_index(lower_needle);
  const char anchor = lower_needle[a];
  const bool letter = anchor >= 'a' && anchor <= 'z';
  const char upper = letter ? char(anchor - 32) : anchor;
  const char* const base = haystack.data();
  const std::size_t last = haystack.size() - lower_needle.size();  // last possible start
  const std::size_t end = last + a + 1;                            // anchors lie before this
  // A match at i: the first byte as given or its upper-case letter, the others folded.
  const char first = lower_needle[0];
  const bool first_letter = first >= 'a' && first <= 'z';
  auto matches_at = [&](const char* h) {
    if (h[0] != first && !(first_letter && h[0] == char(first - 32))) return false;
    for (std::size_t j = 1; j < lower_needle.size(); ++j)
      if (ascii_lower(h[j]) != lower_needle[j]) return false;
    return true;
  };
  std::size_t k = from + a;  // candidate anchor positions are [from + a, end)
#if defined(__SSE2__)
  const __m128i lower_v = _mm_set1_epi8(anchor);
  const __m128i upper_v = _mm_set1_epi8(upper);
  while (end - k >= 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + k));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(block, lower_v), _mm_cmpeq_epi8(block, upper_v))));
    while (mask != 0) {
      const std::size_t at = k + static_cast<std::size_t>(__builtin_ctz(mask)) - a;
      if (matches_at(base + at)) return at;
      mask &= mask - 1;
    }
    k += 16;
  }
#endif
  for (; k < end; ++k)
    if ((base[k] == anchor || base[k] == upper) && matches_at(base + (k - a))) return k - a;
  return std::string_view::npos;
}
inline bool icontains(std::string_view haystack, std::string_view lower_needle) noexcept {
  return ifind(haystack, lower_needle) != std::string_view::npos;
}
inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}
inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}
/// Collapse runs of whitespace into one space and trim.
inline std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Word by word: one append per run of non-space bytes, not one push_back per byte.
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t word = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i == word) break;
    if (!out.empty()) out.push_back(' ');
    out.append(s.data() + word, i - word);
  }
  return out;
}

}  // namespace bounce::detail
