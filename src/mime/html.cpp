// SPDX-License-Identifier: BSD-2-Clause
// HTML reduced to text for bounces that carry only a text/html part.
#include <cstring>

#include "detail/string_util.hpp"
#include "mime/detail.hpp"

namespace bounce::mime::detail {
namespace {

using bounce::detail::ascii_lower;

bool tag_is(std::string_view name, std::initializer_list<std::string_view> set) noexcept {
  for (auto s : set)
    if (name == s) return true;
  return false;
}

// Decodes the entity at html[i] == '&'; returns the number of bytes consumed (0: not one).
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semi = html.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 12) return 0;
  const std::string_view name = html.substr(i + 1, semi - i - 1);
  if (!name.empty() && name[0] == '#') {
    unsigned long cp = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9')
        v = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
      else
        return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
      if (cp > 0x10FFFF) cp = 0x110000;  // saturate; becomes U+FFFD
    }
    if (cp == 0xA0) cp = ' ';
    append_utf8(out, cp == 0 ? 0xFFFD : cp);
    return semi - i + 1;
  }
  struct ent {
    std::string_view name, text;
  };
  static constexpr ent table[] = {{"amp", "&"},
                                  {"lt", "<"},
                                  {"gt", ">"},
                                  {"nbsp", " "},
                                  {"quot", "\""},
                                  {"apos", "'"},
                                  {"copy", "\xC2\xA9"},
                                  {"reg", "\xC2\xAE"},
                                  {"ndash", "\xE2\x80\x93"},
                                  {"mdash", "\xE2\x80\x94"},
                                  {"hellip", "\xE2\x80\xA6"},
                                  {"laquo", "\xC2\xAB"},
                                  {"raquo", "\xC2\xBB"}};
  for (const auto& e : table) {
    if (bounce::detail::iequals(name, e.name)) {
      out.append(e.text);
      return semi - i + 1;
    }
  }
  return 0;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string out;
  out.reserve(html.size() / 2);
  int pre = 0;
  bool space = false;  // a collapsed blank is pending
  auto newline = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out.push_back('\n');
    space = false;
  };
  const std::size_t n = html.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = html[i];
    if (c == '<') {
      if (html.substr(i, 4) == "<!--") {
        const std::size_t e = html.find("-->", i + 4);
        i = e == std::string_view::npos ? n : e + 3;
        continue;
      }
      const char next = i + 1 < n ? html[i + 1] : ' ';
      const bool tag_start = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                             next == '/' || next == '!' || next == '?';
      const std::size_t gt = tag_start ? html.find('>', i + 1) : std::string_view::npos;
      if (gt == std::string_view::npos) {  // "a < b", or an unclosed tag: a literal '<'
        if (space) out.push_back(' ');
        space = false;
        out.push_back('<');
        ++i;
        continue;
      }
      std::size_t k = i + 1;
      const bool closing = k < gt && html[k] == '/';
      if (closing) ++k;
      std::string name;
      while (k < gt && name.size() < 12 &&
             ((html[k] >= 'a' && html[k] <= 'z') || (html[k] >= 'A' && html[k] <= 'Z') ||
              (html[k] >= '0' && html[k] <= '9')))
        name.push_back(ascii_lower(html[k++]));
      i = gt + 1;
      if (!closing && tag_is(name, {"script", "style", "head", "title"})) {
        const std::string close = "</" + name;
        std::size_t e = bounce::detail::ifind(html, close, i);
        if (e == std::string_view::npos) {
          i = n;
        } else {
          const std::size_t g = html.find('>', e);
          i = g == std::string_view::npos ? n : g + 1;
        }
        continue;
      }
      if (name == "pre") pre += closing ? (pre > 0 ? -1 : 0) : 1;
      if (name == "br" ||
          (closing && tag_is(name, {"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                    "table", "ul", "ol", "pre", "blockquote"})) ||
          (!closing &&
           tag_is(name, {"p", "div", "tr", "li", "table", "blockquote", "hr", "pre"}))) {
        if (name == "br" || (!out.empty() && out.back() != '\n')) newline();
      } else if (tag_is(name, {"td", "th"}) && !closing) {
        space = !out.empty() && out.back() != '\n';
      }
      continue;
    }
    if (c == '&') {
      if (space) out.push_back(' ');
      space = false;
      const std::size_t used = decode_entity(html, i, out);
      if (used) {
        i += used;
        continue;
      }
      out.push_back('&');
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (pre > 0) {
        out.push_back(c == '\n' ? '\n' : ' ');
      } else {
        space = !out.empty() && out.back() != '\n';
      }
      ++i;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    ++i;
  }
  // At most one empty line in a row; no leading or trailing blank lines.
  std::string tidy;
  tidy.reserve(out.size());
  int newlines = 0;
  for (char ch : out) {
    if (ch == '\n') {
      if (!tidy.empty() && ++newlines <= 2) tidy.push_back('\n');
      continue;
    }
    newlines = 0;
    tidy.push_back(ch);
  }
  while (!tidy.empty() && tidy.back() == '\n') tidy.pop_back();
  if (!tidy.empty()) tidy.push_back('\n');
  return tidy;
}

}  // namespace bounce::mime::detail
