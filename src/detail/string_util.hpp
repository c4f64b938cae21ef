#pragma once
// Small ASCII string helpers shared by all layers (no locale: ASCII folding only).
#include <algorithm>
#include <cstddef>
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
inline std::size_t ifind(std::string_view haystack, std::string_view lower_needle,
                         std::size_t from = 0) noexcept {
  if (lower_needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < lower_needle.size()) return std::string_view::npos;
  const char first = lower_needle[0];
  for (std::size_t i = from; i + lower_needle.size() <= haystack.size(); ++i) {
    if (ascii_lower(haystack[i]) != first) continue;
    std::size_t j = 1;
    while (j < lower_needle.size() && ascii_lower(haystack[i + j]) == lower_needle[j]) ++j;
    if (j == lower_needle.size()) return i;
  }
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
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace bounce::detail
