#pragma once
// Small text helpers shared by the grammar layer's hand-written code (no Spirit here).
#include <string>
#include <string_view>

namespace bounce::grammar {

/// Undoes RFC 5322 folding: every line break, with the blanks around it, becomes one space;
/// the result is trimmed. "a \n\t b" -> "a b".
inline std::string unfold(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  auto eol = [](char c) { return c == '\r' || c == '\n'; };
  std::size_t b = 0, e = s.size();
  while (b < e && (blank(s[b]) || eol(s[b]))) ++b;
  while (e > b && (blank(s[e - 1]) || eol(s[e - 1]))) --e;
  std::string out;
  out.reserve(e - b);
  for (std::size_t i = b; i < e;) {
    if (!eol(s[i])) {
      out.push_back(s[i++]);
      continue;
    }
    while (!out.empty() && blank(out.back())) out.pop_back();
    while (i < e && (blank(s[i]) || eol(s[i]))) ++i;
    out.push_back(' ');
  }
  return out;
}

}  // namespace bounce::grammar
