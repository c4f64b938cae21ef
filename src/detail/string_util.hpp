#pragma once
// Small ASCII string helpers shared by all layers (no locale: ASCII folding only).
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace bounce::detail {

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

/// Position of needle in haystack, ASCII case-insensitive; npos when absent. needle must be lower-case.
/// Candidates are found with memchr on the needle's least common byte (for a letter, on both
/// cases, each position found once), so that a needle starting with a frequent letter does not
/// stop the search at every "t" of the text.
inline std::size_t ifind(std::string_view haystack, std::string_view lower_needle,
                         std::size_t from = 0) noexcept {
  if (lower_needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < lower_needle.size() || from > haystack.size() - lower_needle.size())
    return std::string_view::npos;
  const std::size_t a = string_util_detail::rare_byte_index(lower_needle);
  const char anchor = lower_needle[a];
  const bool letter = anchor >= 'a' && anchor <= 'z';
  const char upper = letter ? char(anchor - 32) : anchor;
  const char* const base = haystack.data();
  const std::size_t last = haystack.size() - lower_needle.size();  // last possible start
  const std::size_t end = last + a + 1;                             // anchors lie before this
  auto next_of = [&](char c, std::size_t k) -> std::size_t {
    if (k >= end) return std::string_view::npos;
    const void* p = std::memchr(base + k, c, end - k);
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
  };
  // A match at i: the first byte as given or its upper-case letter, the others folded.
  const char first = lower_needle[0];
  const bool first_letter = first >= 'a' && first <= 'z';
  auto matches_at = [&](const char* h) {
    if (h[0] != first && !(first_letter && h[0] == char(first - 32))) return false;
    for (std::size_t j = 1; j < lower_needle.size(); ++j)
      if (ascii_lower(h[j]) != lower_needle[j]) return false;
    return true;
  };
  std::size_t lo = next_of(anchor, from + a);
  std::size_t up = letter ? next_of(upper, from + a) : std::string_view::npos;
  for (;;) {
    const std::size_t k = lo < up ? lo : up;
    if (k == std::string_view::npos) return std::string_view::npos;
    if (matches_at(base + (k - a))) return k - a;
    if (k == lo) lo = next_of(anchor, k + 1);
    else up = next_of(upper, k + 1);
  }
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
