// SPDX-License-Identifier: BSD-2-Clause
// SMTP reply syntax in running text (reply_syntax.hpp): one scanner for each token, used by the
// field parsers, the text finders, the classifier's normalisation and the extractors.
#include "grammar/reply_syntax.hpp"

namespace bounce::grammar {

namespace {
using reply_detail::blank;
using reply_detail::digit;
using reply_detail::eol;

/// [2-5]DD at s[i], no digit after it.
bool code_at(std::string_view s, std::size_t i, int& code) noexcept {
  if (i + 3 > s.size() || s[i] < '2' || s[i] > '5' || !digit(s[i + 1]) || !digit(s[i + 2]))
    return false;
  if (i + 3 < s.size() && digit(s[i + 3])) return false;
  code = (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return true;
}
}  // namespace

std::optional<reply_prefix> reply_prefix_at(std::string_view s, std::size_t i) noexcept {
  reply_prefix p;
  if (!code_at(s, i, p.code)) return std::nullopt;
  std::size_t const n = s.size();
  std::size_t j = i + 3;
  if (j < n) {
    char const sep = s[j];
    if (sep == '-') {
      p.continuation = true;
      ++j;
    } else if (!blank(sep) && !eol(sep)) {
      return std::nullopt;
    }
  }
  while (j < n && blank(s[j])) ++j;
  status_code ecode;
  std::size_t end = 0;
  // The enhanced code counts only in the reply code's class (see reply_syntax.hpp).
  if (j < n && s[j] == s[i] && status_at(s, j, ecode, end) &&
      (end == n || blank(s[end]) || eol(s[end]))) {
    p.enhanced = ecode;
    j = end;
    while (j < n && blank(s[j])) ++j;
  }
  p.length = j - i;
  return p;
}

std::optional<int> leading_reply_code(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size() && blank(s[i])) ++i;
  if (auto p = reply_prefix_at(s, i)) return p->code;
  return std::nullopt;
}

std::optional<status_code> hash_status(std::string_view text) noexcept {
  status_code code;
  std::size_t end = 0;
  for (std::size_t p = text.find("(#"); p != std::string_view::npos; p = text.find("(#", p + 2))
    if (status_at(text, p + 2, code, end)) return code;
  return std::nullopt;
}

std::string fold_reply(std::string_view text, const fold_options& opt) {
  std::string out;
  out.reserve(text.size());
  bool first = true;
  fold_reply(text, opt, [&](std::string_view piece) {
    // The place of a dropped prefix: one space between the pieces around it.
    if (!first) {
      while (!out.empty() && (reply_detail::blank(out.back()) || eol(out.back()))) out.pop_back();
      while (!piece.empty() && (blank(piece.front()) || eol(piece.front()))) piece.remove_prefix(1);
      if (!out.empty() && !piece.empty()) out.push_back(' ');
    }
    first = false;
    // Line breaks, with the blanks around them, become one space.
    for (std::size_t i = 0; i < piece.size();) {
      if (!eol(piece[i])) {
        out.push_back(piece[i++]);
        continue;
      }
      while (!out.empty() && blank(out.back())) out.pop_back();
      while (i < piece.size() && (blank(piece[i]) || eol(piece[i]))) ++i;
      out.push_back(' ');
    }
  });
  std::size_t b = 0, e = out.size();
  while (b < e && (blank(out[b]) || eol(out[b]))) ++b;
  while (e > b && (blank(out[e - 1]) || eol(out[e - 1]))) --e;
  return out.substr(b, e - b);
}

}  // namespace bounce::grammar
