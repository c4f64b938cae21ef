// SMTP reply syntax in running text (reply_syntax.hpp): one scanner for each token, used by the
// field parsers, the text finders, the classifier's normalisation and the extractors.
#include "grammar/reply_syntax.hpp"

namespace bounce::grammar {

namespace {
using reply_detail::blank;
using reply_detail::digit;
using reply_detail::eol;

constexpr bool alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool alnum(char c) noexcept { return digit(c) || alpha(c); }

/// [2-5]DD at s[i], no digit after it.
bool code_at(std::string_view s, std::size_t i, int& code) noexcept {
  if (i + 3 > s.size() || s[i] < '2' || s[i] > '5' || !digit(s[i + 1]) || !digit(s[i + 2]))
    return false;
  if (i + 3 < s.size() && digit(s[i + 3])) return false;
  code = (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return true;
}
}  // namespace

bool status_at(std::string_view s, std::size_t i, status_code& code, std::size_t& end) noexcept {
  std::size_t const n = s.size();
  if (i + 5 > n) return false;
  char const c = s[i];
  if (c != '2' && c != '4' && c != '5') return false;
  if (s[i + 1] != '.') return false;
  if (i > 0) {
    char const p = s[i - 1];
    if (alnum(p) || p == '.') return false;
  }
  int parts[2] = {0, 0};
  std::size_t j = i + 2;
  for (int k = 0; k < 2; ++k) {
    if (k == 1) {
      if (j >= n || s[j] != '.') return false;
      ++j;
    }
    std::size_t const start = j;
    while (j < n && digit(s[j]) && j - start < 4) parts[k] = parts[k] * 10 + (s[j++] - '0');
    if (j == start || j - start > 3) return false;
  }
  if (j < n && (alnum(s[j]) || (s[j] == '.' && j + 1 < n && digit(s[j + 1])))) return false;
  code = {c - '0', parts[0], parts[1]};
  end = j;
  return true;
}

bool reply_code_in_prose_at(std::string_view s, std::size_t i, int& code) noexcept {
  std::size_t const n = s.size();
  if (i + 3 > n) return false;
  char const c = s[i];
  if ((c != '2' && c != '4' && c != '5') || !digit(s[i + 1]) || !digit(s[i + 2])) return false;
  if (i > 0) {
    char const p = s[i - 1];
    if (alnum(p)) return false;
    // "12:550", "10.0.0.250", "555-250-…": punctuation right after a digit
    if (!blank(p) && !eol(p) && p != '\f' && p != '\v' && i > 1 && digit(s[i - 2])) return false;
  }
  if (i + 3 < n) {
    char const f = s[i + 3];
    if (!blank(f) && !eol(f) && f != '-') return false;
    // "550-5.1.1" but not "555-250-1234": after '-', a digit must start an enhanced code.
    if (f == '-' && i + 4 < n && digit(s[i + 4]) && (i + 5 >= n || s[i + 5] != '.')) return false;
  }
  code = (c - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return true;
}

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
  // RFC 2034 §4: the enhanced code's class is the reply code's first digit.
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
