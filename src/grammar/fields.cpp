// SPDX-License-Identifier: BSD-2-Clause
// Public field parsers (include/bounce/fields.hpp): thin wrappers over the X3 rules, plus the
// hand-written helpers that run on the hot path (find_*_in_text) and the address clean-up.
#include "bounce/fields.hpp"
#include "bounce/jsonl.hpp"

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <utility>

#include "detail/string_util.hpp"
#include "detail/utf8.hpp"
#include "grammar/action.hpp"
#include "grammar/date.hpp"
#include "grammar/reply_syntax.hpp"
#include "grammar/smtp_reply.hpp"
#include "grammar/status.hpp"
#include "grammar/text.hpp"
#include "grammar/typed_field.hpp"

namespace bounce {

namespace {

namespace x3 = boost::spirit::x3;
using grammar::iterator_type;

struct byte_range {
  iterator_type first, last;
};
byte_range bytes(std::string_view s) noexcept {
  auto const* p = reinterpret_cast<iterator_type>(s.data());
  return {p, p + s.size()};
}

/// Runs a whole-input rule into a fresh attribute; false unless all input was consumed.
template <class Rule, class Attr>
bool parse_all(std::string_view s, Rule const& rule, Attr& attr) {
  auto [first, last] = bytes(s);
  return x3::parse(first, last, rule, attr) && first == last;
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr int upper_hex_value(char c) noexcept {
  return is_digit(c) ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
}

/// RFC 6533 EmbeddedUnicodeChar: "\x{" 1*6HEXDIG "}" -> UTF-8. Surrogates, values above
/// U+10FFFF and malformed escapes stay as written.
std::string decode_unicode_escapes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\\' && i + 3 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X') &&
        s[i + 2] == '{') {
      std::size_t j = i + 3;
      unsigned long cp = 0;
      while (j < s.size() && j - (i + 3) < 7 && detail::hex_digit(s[j]) >= 0)
        cp = cp * 16 + detail::hex_digit(s[j++]);
      std::size_t const digits = j - (i + 3);
      if (digits >= 1 && digits <= 6 && j < s.size() && s[j] == '}' && cp <= 0x10FFFF &&
          !(cp >= 0xD800 && cp <= 0xDFFF)) {
        detail::append_utf8(out, cp);
        i = j + 1;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

/// RFC 3461 xtext ("+HH", upper-case hex). Only what xtext must encode and what no plain
/// address would contain is decoded: "+2B" ('+'), "+3D" ('='), and runs of "+HH" >= 0x80 that
/// form valid UTF-8. "+20" or "+1F" stay: "user+20@…" is far more often a sub-address tag.
std::string decode_xtext(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto token_at = [&](std::size_t i) -> int {
    if (i + 2 >= s.size() || s[i] != '+') return -1;
    int const hi = upper_hex_value(s[i + 1]), lo = upper_hex_value(s[i + 2]);
    return (hi < 0 || lo < 0) ? -1 : hi * 16 + lo;
  };
  for (std::size_t i = 0; i < s.size();) {
    int const v = token_at(i);
    if (v == 0x2B || v == 0x3D) {
      out.push_back(static_cast<char>(v));
      i += 3;
      continue;
    }
    if (v >= 0x80) {
      std::string run;
      std::size_t j = i;
      for (int w; (w = token_at(j)) >= 0x80; j += 3) run.push_back(static_cast<char>(w));
      if (bounce::is_valid_utf8(run)) {
        out += run;
        i = j;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

/// Removes one trailing "(comment)" (nested parentheses allowed) when text precedes it.
std::string_view strip_trailing_comment(std::string_view s) noexcept {
  if (s.empty() || s.back() != ')') return s;
  int depth = 0;
  for (std::size_t i = s.size(); i-- > 0;) {
    if (s[i] == ')') ++depth;
    if (s[i] == '(' && --depth == 0) {
      std::string_view const head = detail::trim(s.substr(0, i));
      return head.empty() ? s : head;
    }
  }
  return s;
}

/// "<a@b>" -> "a@b"; "Name <a@b>" -> "a@b"; an unmatched bracket at either end is dropped.
std::string_view strip_angle_brackets(std::string_view s) noexcept {
  std::size_t const open = s.find('<');
  if (open != std::string_view::npos) {
    std::size_t const close = s.find('>', open + 1);
    s = close == std::string_view::npos ? s.substr(open + 1) : s.substr(open + 1, close - open - 1);
  } else if (!s.empty() && s.back() == '>') {
    s.remove_suffix(1);
  }
  return detail::trim(s);
}

bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) noexcept {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

}  // namespace

result<status_code> parse_status(std::string_view field) {
  status_code code;
  if (!parse_all(field, grammar::status_field(), code)) return errc::bad_field;
  return code;
}

result<action_kind> parse_action(std::string_view field) {
  action_kind action{};
  if (!parse_all(field, grammar::action_field(), action)) return errc::bad_field;
  return action;
}

result<typed_value> parse_typed_field(std::string_view field) {
  grammar::ast::typed_field ast;
  if (!parse_all(field, grammar::typed_field(), ast)) return errc::bad_field;
  // The attribute's strings become the result: no copies.
  for (char& c : ast.type) c = detail::ascii_lower(c);
  grammar::unfold_in_place(ast.text);
  return typed_value{std::move(ast.type), std::move(ast.text)};
}

result<std::string> parse_address_field(std::string_view field) {
  grammar::ast::typed_field ast;
  if (!parse_all(field, grammar::typed_field(), ast)) {
    ast = {};
    if (!parse_all(field, grammar::field_text(), ast.text)) return errc::bad_field;
  }
  std::string& text = ast.text;
  grammar::unfold_in_place(text);
  std::string_view const address = strip_angle_brackets(strip_trailing_comment(text));
  if (address.empty()) return errc::bad_field;
  // The decoders change only what starts with '\\' or '+' respectively.
  if (detail::iequals(ast.type, "utf-8") && address.find('\\') != std::string_view::npos)
    return decode_unicode_escapes(address);
  if (detail::iequals(ast.type, "rfc822") && address.find('+') != std::string_view::npos)
    return decode_xtext(address);
  // The address is a piece of text: cut text down to it rather than copy it.
  std::size_t const begin = static_cast<std::size_t>(address.data() - text.data());
  text.erase(begin + address.size());
  text.erase(0, begin);
  return std::move(text);
}

namespace {
// Two or four decimal digits of v (0 <= v < 10^n) at p.
char* put_digits(char* p, int v, int n) noexcept {
  for (int k = n - 1; k >= 0; --k, v /= 10) p[k] = static_cast<char>('0' + v % 10);
  return p + n;
}
}  // namespace

std::string date_time::to_rfc3339() const {
  int const off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  auto two = [](int v) { return v >= 0 && v <= 99; };
  // Every value of a parsed date fits its width: formatted by hand (snprintf costs some
  // thousand instructions, and a DSN has a date per recipient). Anything else: snprintf.
  if (year >= 0 && year <= 9999 && two(month) && two(day) && two(hour) && two(minute) &&
      two(second) && off >= 0 && off / 60 <= 99) {
    char buf[25];  // "2013-10-16T14:15:35+09:00"
    char* p = put_digits(buf, year, 4);
    *p++ = '-';
    p = put_digits(p, month, 2);
    *p++ = '-';
    p = put_digits(p, day, 2);
    *p++ = 'T';
    p = put_digits(p, hour, 2);
    *p++ = ':';
    p = put_digits(p, minute, 2);
    *p++ = ':';
    p = put_digits(p, second, 2);
    *p++ = offset_minutes < 0 ? '-' : '+';
    p = put_digits(p, off / 60, 2);
    *p++ = ':';
    p = put_digits(p, off % 60, 2);
    return std::string(buf, p);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", year, month, day, hour,
                minute, second, offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

result<date_time> parse_date(std::string_view field) {
  grammar::ast::date_time ast;
  if (!parse_all(field, grammar::date_time(), ast)) return errc::bad_field;
  date_time dt;
  // RFC 5322 §4.3: a 2-digit year below 50 is 20xx, otherwise 19xx; a 3-digit year adds 1900.
  dt.year = ast.year < 50 ? ast.year + 2000 : ast.year < 1000 ? ast.year + 1900 : ast.year;
  dt.month = ast.month;
  dt.day = ast.day;
  dt.hour = ast.hour;
  dt.minute = ast.minute;
  dt.second = ast.second;
  dt.offset_minutes = ast.zone;
  if (dt.day < 1 || dt.day > days_in_month(dt.year, dt.month) || dt.hour > 23 || dt.minute > 59 ||
      dt.second > 60)
    return errc::bad_field;
  return dt;
}

result<smtp_reply> parse_smtp_reply(std::string_view text) {
  std::vector<grammar::ast::reply_line> lines;
  if (!parse_all(text, grammar::smtp_reply(), lines) || lines.empty()) return errc::bad_field;
  smtp_reply reply;
  reply.code = lines.front().code;
  for (auto const& line : lines) {
    if (line.code != reply.code) return errc::bad_field;
    if (!reply.enhanced && line.enhanced) reply.enhanced = *line.enhanced;
    std::string_view const t = detail::trim(line.text);
    if (t.empty()) continue;
    if (!reply.text.empty()) reply.text.push_back(' ');
    reply.text.append(t);
  }
  // One line ending in '-' is a multi-line reply unfolded onto one line: its later prefixes go.
  if (lines.size() == 1 && lines.front().separator == '-') {
    grammar::fold_options opt;
    opt.keep_first = false;
    opt.code = reply.code;
    reply.text = grammar::fold_reply(reply.text, opt);
  }
  return reply;
}

std::optional<status_code> find_status_in_text(std::string_view text) {
  status_code code;
  std::size_t end = 0;
  // Every code has a '.' at offset 1: look at the character before each '.'.
  for (std::size_t dot = text.find('.', 1); dot != std::string_view::npos;
       dot = text.find('.', dot + 1))
    if (grammar::status_at(text, dot - 1, code, end)) return code;
  return std::nullopt;
}

std::optional<int> find_reply_code_in_text(std::string_view text) {
  std::optional<int> first;
  int code = 0;
  status_code ecode;
  std::size_t end = 0;
  for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
    // A code starts with a digit: the bytes before the next one are passed at once (eight
    // at a time through most text).
    if (i + 8 <= text.size()) {
      const unsigned skip = grammar::reply_detail::first_digit8(text.data() + i);
      if (skip == 8) {
        i += 7;
        continue;
      }
      i += skip;
      if (i + 3 > text.size()) break;
    }
    if (!grammar::reply_code_in_prose_at(text, i, code)) continue;
    // A code followed by an enhanced code of the same class is the strongest evidence.
    if (i + 4 < text.size() && text[i + 3] != '\r' && text[i + 3] != '\n' &&
        grammar::status_at(text, i + 4, ecode, end) && ecode.cls == code / 100)
      return code;
    if (!first) first = code;
    i += 2;
  }
  return first;
}

}  // namespace bounce
