// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Small text helpers shared by the grammar layer's hand-written code (no Spirit here).
#include <cstring>
#include <string>
#include <string_view>

namespace bounce::grammar {

namespace text_detail {
constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool eol(char c) noexcept { return c == '\r' || c == '\n'; }
inline bool has_eol(std::string_view s) noexcept {
  return std::memchr(s.data(), '\n', s.size()) || std::memchr(s.data(), '\r', s.size());
}
}  // namespace text_detail

/// Undoes RFC 5322 folding: every line break, with the blanks around it, becomes one space;
/// the result is trimmed. "a \n\t b" -> "a b".
inline std::string unfold(std::string_view s) {
  using text_detail::blank, text_detail::eol;
  std::size_t b = 0, e = s.size();
  while (b < e && (blank(s[b]) || eol(s[b]))) ++b;
  while (e > b && (blank(s[e - 1]) || eol(s[e - 1]))) --e;
  std::string out;
  out.reserve(e - b);
  // Line by line, one append each: field values run to hundreds of bytes (Diagnostic-Code).
  for (std::size_t i = b; i < e;) {
    std::size_t j = i;
    while (j < e && !eol(s[j])) ++j;
    out.append(s.data() + i, j - i);
    if (j == e) break;
    while (!out.empty() && blank(out.back())) out.pop_back();
    while (j < e && (blank(s[j]) || eol(s[j]))) ++j;
    out.push_back(' ');
    i = j;
  }
  return out;
}

/// s = unfold(s), without a copy when s holds no line break (most field values): then
/// unfolding is only the trim.
inline void unfold_in_place(std::string& s) {
  if (text_detail::has_eol(s)) {
    s = unfold(s);
    return;
  }
  std::size_t e = s.size();
  while (e > 0 && text_detail::blank(s[e - 1])) --e;
  s.erase(e);
  std::size_t b = 0;
  while (b < s.size() && text_detail::blank(s[b])) ++b;
  s.erase(0, b);
}

}  // namespace bounce::grammar
