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
/// Position of needle in haystack, ASCII case-insensitive; npos when absent. needle must be lower-case.
/// Candidate starts are found with memchr (for a letter, on both cases, each position found once).
inline std::size_t ifind(std::string_view haystack, std::string_view lower_needle,
                         std::size_t from = 0) noexcept {
  if (lower_needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < lower_needle.size() || from > haystack.size() - lower_needle.size())
    return std::string_view::npos;
  const char first = lower_needle[0];
  const bool letter = first >= 'a' && first <= 'z';
  const char upper = letter ? char(first - 32) : first;
  const char* const base = haystack.data();
  const std::size_t last = haystack.size() - lower_needle.size();  // last possible start
  const std::size_t span = last + 1;
  auto next_of = [&](char c, std::size_t i) -> std::size_t {
    if (i >= span) return std::string_view::npos;
    const void* p = std::memchr(base + i, c, span - i);
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
  };
  std::size_t lo = next_of(first, from);
  std::size_t up = letter ? next_of(upper, from) : std::string_view::npos;
  for (;;) {
    const std::size_t i = lo < up ? lo : up;
    if (i == std::string_view::npos) return std::string_view::npos;
    std::size_t j = 1;
    while (j < lower_needle.size() && ascii_lower(base[i + j]) == lower_needle[j]) ++j;
    if (j == lower_needle.size()) return i;
    if (i == lo) lo = next_of(first, i + 1);
    else up = next_of(upper, i + 1);
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
