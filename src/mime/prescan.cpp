// SPDX-License-Identifier: BSD-2-Clause
// The linear pre-scan that keeps mimetic away from its measured failure modes (stack-notes.md):
// quadratic header buffering, deep recursion, part bombs.
#include <algorithm>
#include <cstring>
#include <vector>

#include "detail/byte_search.hpp"
#include "detail/string_util.hpp"
#include "mime/detail.hpp"

namespace bounce::mime::detail {
namespace {

bool at_word(std::string_view line, std::size_t i, std::string_view lower_word) noexcept {
  return line.size() - i >= lower_word.size() &&
         bounce::detail::iequals(line.substr(i, lower_word.size()), lower_word);
}

// Occurrences of "multipart" and "rfc822", ASCII case-insensitive. Each word is found by its
// rarest byte ('8' of "rfc822", 'p' of "multipart", both occurring once in their word, and the
// words cannot overlap themselves, so the count is the same as a scan from every start):
// searching on 'm'/'r' stopped at most letters of a header line.
std::size_t count_nesting_words(std::string_view line, bool& saw_rfc822) noexcept {
  std::size_t count = 0;
  for (const char anchor : {'p', 'P', '8'}) {
    const std::string_view word = anchor == '8' ? "rfc822" : "multipart";
    const std::size_t at = anchor == '8' ? 3 : 5;  // index of the anchor in the word
    std::size_t i = at;
    while (i < line.size()) {
      const void* hit = std::memchr(line.data() + i, anchor, line.size() - i);
      if (hit == nullptr) break;
      i = static_cast<std::size_t>(static_cast<const char*>(hit) - line.data());
      if (at_word(line, i - at, word)) {
        ++count;
        if (anchor == '8') saw_rfc822 = true;
      }
      ++i;
    }
  }
  return count;
}

}  // namespace

// mimetic parses a header block at the start of the message, after every boundary line and
// right after the header block of a message/rfc822 entity. "Header context" here is a superset
// of those places: the start, after any line starting with "--", and the block after a header
// block whose Content-Type mentions rfc822. Only there are field lengths measured and nesting
// words counted (in Content-Type fields); lines starting with "--" are counted everywhere.
std::size_t content_type_colon(std::string_view line) noexcept {
  constexpr std::string_view name = "content-type";
  if (line.size() < name.size() || !bounce::detail::iequals(line.substr(0, name.size()), name))
    return std::string_view::npos;
  std::size_t i = name.size();
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == ':' ? i : std::string_view::npos;
}

bool prescan_ok(std::string_view msg, const limits& lim,
                std::vector<std::size_t>* content_type_lines) {
  // mimetic's loader recurses once per level: whatever the options say, stay far below the
  // depth that overflows a small (or sanitizer-inflated) thread stack.
  const std::size_t max_depth = std::min<std::size_t>(lim.max_depth, kHardMaxDepth);
  const char* const base = msg.data();
  const std::size_t n = msg.size();
  std::size_t dash_lines = 0, nesting = 0, field_len = 0;
  bool header = true, block_has_rfc822 = false, in_content_type = false;
  std::size_t pos = 0;
  while (pos < n) {
    if (!header && pos > 0) {
      // In a body only lines starting with "--" or a Content-Type field count: skip to the
      // next line starting with '-', 'c' or 'C' (most of a message is body lines).
      const std::size_t nl = bounce::detail::newline_before(msg, pos - 1, 'c', '-');
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
    const std::size_t end = bounce::detail::newline_at(msg, pos);
    const std::string_view line(base + pos, end - pos);
    const std::size_t start = pos;
    pos = end < n ? end + 1 : n;
    // The fast-path gate needs every line that starts a Content-Type field, anywhere.
    if (content_type_lines && !line.empty() && (line[0] | 0x20) == 'c' &&
        content_type_colon(line) != std::string_view::npos)
      content_type_lines->push_back(start);
    if (line.size() >= 2 && line[0] == '-' && line[1] == '-') {
      if (++dash_lines > lim.max_parts) return false;
      if (line.size() > lim.max_header_line && header) return false;
      header = true;  // a part's header block may follow
      block_has_rfc822 = false;
      field_len = 0;
      in_content_type = false;
      continue;
    }
    if (!header) continue;
    if (line.empty() || (line.size() == 1 && line[0] == '\r')) {
      header = block_has_rfc822;  // an embedded message's header block follows
      block_has_rfc822 = false;
      field_len = 0;
      in_content_type = false;
      continue;
    }
    // A folded field is buffered whole by mimetic: measure the field, not just the line.
    const bool continuation = line[0] == ' ' || line[0] == '\t';
    field_len = continuation ? field_len + line.size() + 1 : line.size();
    if (field_len > lim.max_header_line) return false;
    // Every level of nesting needs a Content-Type naming multipart or rfc822 (a digest's parts
    // default to rfc822 but are themselves inside a multipart): counting the words in those
    // fields alone bounds the depth, and spares a search of every other header line.
    if (!continuation)
      in_content_type =
          (line[0] | 0x20) == 'c' && content_type_colon(line) != std::string_view::npos;
    if (!in_content_type) continue;
    nesting += count_nesting_words(line, block_has_rfc822);
    if (nesting > max_depth) return false;
  }
  return true;
}

}  // namespace bounce::mime::detail

namespace bounce::mime::detail {
namespace {

// "name=" at the start of a line: what a Content-Type parameter looks like.
bool looks_like_param(std::string_view line) noexcept {
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    const bool tok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '_' || c == '*' || c == '.';
    if (!tok) break;
    ++i;
  }
  if (i == 0) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == '=';
}

// The line at pos without its newline (and a CR before it).
std::string_view line_at(std::string_view msg, std::size_t pos) noexcept {
  std::string_view line = msg.substr(pos, bounce::detail::newline_at(msg, pos) - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool ends_in_semicolon(std::string_view s) noexcept {
  const std::string_view t = bounce::detail::trim(s);
  return !t.empty() && t.back() == ';';
}

/// An edit of repair_unfolded_params: a tab inserted at `at` (erase 0), or `erase` bytes removed
/// from `at`.
struct repair_edit {
  std::size_t at = 0;
  std::size_t erase = 0;
};

/// Walks the Content-Type field starting at the line at start: a continuation line stays in it,
/// and so does a "name=" line after a line ending in ';' (recorded in fix: it needs a tab). A
/// field whose value starts on its second line ("Content-Type:\n multipart/mixed; ...", a legal
/// fold that mimetic reads as a type starting with a blank, so as no type) gets that line break
/// and its blanks removed. Returns the start of the first line after the field.
std::size_t walk_content_type(std::string_view msg, std::size_t start,
                              std::vector<repair_edit>& fix) {
  const std::size_t n = msg.size();
  const std::string_view first = line_at(msg, start).substr(13);
  bool ends_semicolon = ends_in_semicolon(first);
  std::size_t pos = std::min(bounce::detail::newline_at(msg, start) + 1, n);
  if (bounce::detail::trim(first).empty() && pos < n && (msg[pos] == ' ' || msg[pos] == '\t')) {
    std::size_t blanks = pos;
    while (blanks < n && (msg[blanks] == ' ' || msg[blanks] == '\t')) ++blanks;
    // From the line's end (a CR before the newline too) to the value; one space stays.
    std::size_t from = start + 13 + first.size();
    while (from > start + 13 && (msg[from - 1] == ' ' || msg[from - 1] == '\t')) --from;
    fix.push_back({from, blanks - from});
    ends_semicolon = ends_in_semicolon(line_at(msg, pos));
    pos = std::min(bounce::detail::newline_at(msg, pos) + 1, n);
  }
  while (pos < n) {
    const std::string_view line = line_at(msg, pos);
    const bool continuation = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    if (!continuation && !(ends_semicolon && looks_like_param(line))) break;
    if (!continuation) fix.push_back({pos, 0});
    ends_semicolon = ends_in_semicolon(line);
    pos = std::min(bounce::detail::newline_at(msg, pos) + 1, n);
  }
  return pos;
}

}  // namespace

std::string repair_unfolded_params(std::string_view msg) {
  // Only a Content-Type field can need a repair, so only lines starting with 'c' or 'C' are
  // looked at, found 16 bytes a step (this ran on every message; most have no such field
  // outside their headers).
  const std::size_t n = msg.size();
  std::vector<repair_edit> fix;  // in message order
  std::size_t line = 0;
  while (line < n) {
    if (bounce::detail::istarts_with(line_at(msg, line), "content-type:")) {
      line = walk_content_type(msg, line, fix);  // the line after the field may start another
      continue;
    }
    const std::size_t nl = bounce::detail::newline_before(msg, line, 'c', 'c');
    if (nl == std::string_view::npos) break;
    line = nl + 1;
  }
  if (fix.empty()) return {};
  std::string out;
  out.reserve(n + fix.size());
  std::size_t from = 0;
  for (const repair_edit& e : fix) {
    out.append(msg.substr(from, e.at - from));
    if (e.erase == 0) {
      out.push_back('\t');
      from = e.at;
    } else {
      out.push_back(' ');
      from = e.at + e.erase;
    }
  }
  out.append(msg.substr(from));
  return out;
}

}  // namespace bounce::mime::detail
