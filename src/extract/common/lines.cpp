// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/lines.hpp"

#include "bounce/fields.hpp"
#include "detail/string_util.hpp"

namespace bounce::extract::kit {
namespace {

std::size_t line_begin(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  const std::size_t nl = text.rfind('\n', pos - 1);
  return nl == npos ? 0 : nl + 1;
}

std::size_t line_end(std::string_view text, std::size_t pos) {
  const std::size_t nl = text.find('\n', pos);
  return nl == npos ? text.size() : nl;
}

constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  return s;
}

}  // namespace

bool quoted_header(std::string_view line_start) {
  const std::string_view t = detail::trim(line_start);
  static constexpr std::string_view names[] = {
      "to:", "cc:", "from:", "bcc:", "reply-to:", "sender:", "delivered-to:", "x-original-to:"};
  for (auto n : names)
    if (detail::istarts_with(t, n)) return true;
  return false;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto nl = text.find('\n', start);
    if (nl == npos) {
      if (start < text.size()) out.push_back(text.substr(start));
      break;
    }
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::string_view line_at(std::string_view text, std::size_t pos) {
  if (pos > text.size()) return {};
  const std::size_t b = line_begin(text, pos);
  return text.substr(b, line_end(text, pos) - b);
}

std::size_t next_line(std::string_view text, std::size_t pos) {
  const std::size_t e = text.find('\n', pos);
  return e == npos ? text.size() : e + 1;
}

bool blank(std::string_view line) { return detail::trim(line).empty(); }

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  for (char c : line) {
    if (c == ' ')
      ++n;
    else if (c == '\t')
      n += 8;
    else
      break;
  }
  return n;
}

std::size_t offset_after(std::string_view text, std::string_view lower_marker, std::size_t from) {
  const std::size_t p = detail::ifind(text, lower_marker, from);
  return p == npos ? npos : p + lower_marker.size();
}

std::string_view after_line(std::string_view text, std::string_view lower_marker) {
  const std::size_t p = detail::ifind(text, lower_marker);
  if (p == npos) return {};
  const std::size_t nl = text.find('\n', p);
  return nl == npos ? std::string_view{} : text.substr(nl + 1);
}

std::string_view cut_before(std::string_view text, std::span<const std::string_view> markers) {
  std::size_t end = text.size();
  for (auto m : markers) {
    const std::size_t p = detail::ifind(text, m);
    if (p < end) end = p;
  }
  return text.substr(0, end);
}

std::string_view until_line(std::string_view text,
                            std::initializer_list<std::string_view> markers) {
  std::size_t cut = text.size();
  for_lines(text, [&](std::string_view line, std::size_t off) {
    const std::string_view l = ltrim(line);
    for (auto m : markers)
      if (detail::istarts_with(l, m)) {
        cut = off;
        return false;
      }
    return true;
  });
  return text.substr(0, cut);
}

bool has_line_starting(std::string_view text, std::string_view prefix) {
  bool found = false;
  for_lines(text, [&](std::string_view line, std::size_t) {
    if (detail::istarts_with(ltrim(line), prefix)) found = true;
    return !found;
  });
  return found;
}

std::string unquote(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_lines(text, [&](std::string_view line, std::size_t) {
    std::string_view l = line;
    // "> text", ">> text", "> > text": drop every leading quote mark and one blank after each.
    while (!l.empty() && l.front() == '>') {
      // ">>> DATA" inside a quoted Sendmail transcript is "> " + ">>> DATA": keep a run of
      // three marks that follows a quote mark.
      if (l.size() >= 4 && l.substr(0, 4) == ">>>>") {
        l.remove_prefix(1);
        break;
      }
      if (l.substr(0, 3) == ">>>" || l.substr(0, 3) == "<<<") break;
      l.remove_prefix(1);
      if (!l.empty() && l.front() == ' ') l.remove_prefix(1);
    }
    out.append(l);
    out.push_back('\n');
    return true;
  });
  return out;
}

std::string join_lines(std::string_view text) { return detail::collapse_space(text); }

void append_spaced(std::string& out, std::string_view s) {
  s = detail::trim(s);
  if (s.empty()) return;
  if (!out.empty()) out.push_back(' ');
  out.append(s);
}

std::string_view paragraph_around(std::string_view text, std::size_t at) {
  std::size_t start = line_begin(text, at);
  while (start > 0) {
    const std::size_t prev = line_begin(text, start - 1);
    if (blank(text.substr(prev, start - 1 - prev))) break;
    start = prev;
  }
  std::size_t end = line_end(text, at);
  while (end < text.size()) {
    const std::size_t next_end = line_end(text, end + 1);
    if (blank(text.substr(end + 1, next_end - end - 1))) break;
    end = next_end;
  }
  return text.substr(start, end - start);
}

std::string_view paragraph_about(std::string_view text, std::string_view recipient) {
  if (recipient.empty()) return {};
  const std::string needle = detail::to_lower(recipient);
  std::string_view first, plain;
  for (std::size_t pos = detail::ifind(text, needle); pos != npos;) {
    const std::string_view para = paragraph_around(text, pos);
    if (find_reply_code_in_text(para)) return para;
    if (first.empty()) first = para;
    // A quoted header of the returned message ("To: a@b") says nothing about the failure.
    const std::size_t lb = line_begin(text, pos);
    if (plain.empty() && !quoted_header(text.substr(lb, pos - lb))) plain = para;
    const std::size_t next = static_cast<std::size_t>(para.data() - text.data()) + para.size();
    pos = detail::ifind(text, needle, next > pos ? next : pos + 1);
  }
  return plain.empty() ? first : plain;
}

bool header_contains(const mime::report& r, std::string_view name, std::string_view lower_needle) {
  for (const auto f : r.headers)
    if (detail::iequals(f.name, name) && detail::icontains(f.value, lower_needle)) return true;
  return false;
}

}  // namespace bounce::extract::kit
