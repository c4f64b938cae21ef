// SPDX-License-Identifier: BSD-2-Clause
// What mimetic is given, and on which of its loaders: the gate (pointer_path_safe), the returned
// message cut off the end (returned_last_part), the structure-only input (structure_for_mimetic),
// both loaders, and the tree dump of the differential tests.
//
// mimetic's random-access parser is 2.5x faster than its input-iterator path on our corpus, but
// it finds "--boundary" anywhere, not only at line starts, and it looks for the innermost open
// boundary before any outer one (stack-notes.md). On a message where every boundary occurrence
// is a whole delimiter line and the delimiter lines nest properly, the two paths build the same
// tree (checked by tests/unit/mime and fuzz/fuzz_mime_paths); everything else takes the input path.
#include <mimetic/mimetic.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

#include "detail/byte_search.hpp"
#include "detail/string_util.hpp"
#include "mime/detail.hpp"
#include "mime/load.hpp"

namespace bounce::mime::detail {
namespace {

// More distinct boundaries than this: not worth checking, take the input path.
constexpr std::size_t kMaxCheckedBoundaries = 16;

/// Where a boundary is declared (its Content-Type field) or used (a delimiter line, "--b" or
/// the closing "--b--").
struct event {
  std::size_t pos;
  std::uint32_t boundary;
  enum kind { declaration, opening, closing } what;
};

/// The value of a "Content-Type:" field starting at line, with its continuation lines; empty
/// when the line is not such a field. next receives the offset after the field.
bool content_type_field(std::string_view msg, std::size_t line, std::size_t& value_at,
                        std::size_t& next) noexcept {
  const std::size_t colon = content_type_colon(msg.substr(line));
  if (colon == std::string_view::npos) return false;
  value_at = line + colon + 1;
  std::size_t end = value_at;
  for (;;) {  // the field ends at a newline not followed by a space or tab
    end = bounce::detail::newline_at(msg, end);
    if (end == msg.size()) break;
    if (end + 1 < msg.size() && (msg[end + 1] == ' ' || msg[end + 1] == '\t')) {
      ++end;
      continue;
    }
    break;
  }
  next = end;
  return true;
}

/// What the occurrence of needle ("--boundary") at i is: a whole delimiter line ending in a
/// newline (the input path takes no unterminated last line for one), opening or closing, or
/// anything else (mid-line, more text after it, at the very end).
enum class delimiter { other, opening, closing };
delimiter delimiter_at(std::string_view msg, std::size_t i, std::size_t needle_size) noexcept {
  const std::size_t n = msg.size();
  std::size_t j = i + needle_size;
  const bool closing = n - j >= 2 && msg[j] == '-' && msg[j + 1] == '-';
  if (closing) j += 2;
  if ((i != 0 && msg[i - 1] != '\n') || j >= n || msg[j] != '\n') return delimiter::other;
  return closing ? delimiter::closing : delimiter::opening;
}

}  // namespace

bool simple_boundary(std::string_view v, std::string& boundary, bool& multipart) {
  std::size_t i = 0;
  const auto blanks = [&] {
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
  };
  const auto token = [&] {
    const std::size_t from = i;
    while (i < v.size() && is_token_char(v[i])) ++i;
    return v.substr(from, i - from);
  };
  // No leading blanks: mimetic's header loader drops them, and its ContentType does not.
  const std::string_view type = token();
  if (type.empty() || i >= v.size() || v[i] != '/') return false;
  ++i;
  if (token().empty()) return false;
  blanks();
  multipart = bounce::detail::iequals(type, "multipart");
  boundary.clear();
  bool have_boundary = false;
  while (i < v.size()) {
    if (v[i] != ';') return false;
    ++i;
    blanks();
    if (i == v.size()) break;  // a trailing ';'
    const std::string_view name = token();
    if (name.empty() || name.find('*') != std::string_view::npos)
      return false;  // RFC 2231: not simple
    blanks();
    if (i >= v.size() || v[i] != '=') return false;
    ++i;
    blanks();
    std::string_view value;
    if (i < v.size() && v[i] == '"') {
      const std::size_t from = ++i;
      while (i < v.size() && v[i] != '"') {
        const unsigned char u = static_cast<unsigned char>(v[i]);
        if (u < 32 || u > 126 || v[i] == '\\' || v[i] == ';')
          return false;  // mimetic splits on any ';'
        ++i;
      }
      if (i == v.size()) return false;
      value = v.substr(from, i - from);
      ++i;
    } else {
      value = token();
      if (value.empty()) return false;
    }
    blanks();
    if (bounce::detail::iequals(name, "boundary")) {
      if (have_boundary) return false;
      have_boundary = true;
      boundary.assign(value);
    }
  }
  return true;
}

bool mimetic_boundary(std::string_view value, std::string& boundary, bool& multipart,
                      std::string* serialized) {
  try {
    const mimetic::ContentType ct{std::string(value)};
    multipart = ct.isMultipart();
    boundary = ct.param("boundary");
    if (serialized) *serialized = ct.str();
    return true;
  } catch (...) {
    return false;
  }
}

namespace {

/// mimetic's own reading of a Content-Type value's boundary (the one its loader splits on),
/// or false when mimetic and our parser disagree, or the type is multipart without one.
bool boundary_of(std::string_view raw, std::string& out) {
  // Unfolded as mimetic's header loader does: leading blanks dropped, a newline and the blanks
  // after it become one space. A NUL would cut mimetic's copy short: not worth following.
  if (std::memchr(raw.data(), '\0', raw.size()) != nullptr) return false;
  // Most fields name no boundary: mimetic's typed parse (costly) is only needed for those that
  // do. Without the word, a multipart type would make mimetic split on a bare "--".
  if (!bounce::detail::icontains(raw, "boundary")) {
    out.clear();
    return !bounce::detail::icontains(raw, "multipart");
  }
  std::string value;
  value.reserve(raw.size());
  std::size_t i = 0;
  while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
  for (; i < raw.size(); ++i) {
    if (raw[i] != '\n') {
      value.push_back(raw[i]);
      continue;
    }
    while (i + 1 < raw.size() && (raw[i + 1] == ' ' || raw[i + 1] == '\t')) ++i;
    value.push_back(' ');
  }
  // A plain "type/subtype; name=value ..." reads the same by any parser (checked against
  // mimetic's in tests/unit/mime); anything else asks mimetic's, which is slower.
  std::string b;
  bool multipart = false;
  if (simple_boundary(value, b, multipart)) {
    if (multipart && b.empty()) return false;
    out = std::move(b);
    return true;
  }
  std::string serialized;
  if (!mimetic_boundary(value, b, multipart, &serialized)) return false;
  if (multipart && b.empty()) return false;  // "--" would match everywhere
  // Ours must read the same from the value as written, and from the value as mimetic's Field
  // returns it once its loader has parsed it (re-serialised: what the walker reads). The type
  // too: a value that starts on a continuation line keeps a leading space in mimetic's
  // unfolding, and mimetic then takes no "multipart" in it (CI fuzz finding).
  const content_type ours = parse_content_type(value);
  if (ours.param("boundary") != b || (ours.type == "multipart") != multipart) return false;
  if (parse_content_type(serialized).param("boundary") != b) return false;
  out = std::move(b);
  return true;
}

// Lines walked back from a delimiter to find the header block it may sit in; beyond this the
// message takes the input path.
constexpr std::size_t kMaxWalkBack = 500;

std::string_view line_at(std::string_view msg, std::size_t start) noexcept {
  return msg.substr(start, bounce::detail::newline_at(msg, start) - start);
}

/// Start of the line before the one starting at start (which must not be 0).
std::size_t previous_line(std::string_view msg, std::size_t start) noexcept {
  if (start < 2) return 0;
  const char* nl = bounce::detail::find_last_newline(msg.data(), msg.data() + start - 1);
  return nl == nullptr ? 0 : static_cast<std::size_t>(nl - msg.data()) + 1;
}

/// A line mimetic's header loader keeps in the header block: a field ("name: value", blanks
/// allowed before the colon), a continuation, or a line it ignores (starting with ':').
bool header_line(std::string_view line) noexcept {
  if (line.empty()) return false;
  if (line[0] == ' ' || line[0] == '\t' || line[0] == ':') return true;
  std::size_t i = 0;
  while (i < line.size() && line[i] > 32 && line[i] < 127 && line[i] != ':') ++i;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i > 0 && i < line.size() && line[i] == ':';
}

/// True when the line at pos is certainly in a body, not a header block: walking back over
/// header lines meets a line that ends any header block (mimetic moves it to the body) before
/// anything that could start one (the message start, a blank line, a "--" line).
bool inside_body_text(std::string_view msg, std::size_t pos) noexcept {
  std::size_t cur = pos;
  for (std::size_t steps = 0; steps < kMaxWalkBack && cur > 0; ++steps) {
    cur = previous_line(msg, cur);
    const std::string_view line = line_at(msg, cur);
    if (line.empty() || (line.size() >= 2 && line[0] == '-' && line[1] == '-')) return false;
    if (!header_line(line)) return true;
  }
  return false;
}

/// False when the delimiter line at pos may be read by mimetic's header loader (which does not
/// look for boundaries) instead of as a delimiter: right after an opening delimiter or inside
/// the top header block, through header lines only, or right after the header block of what may
/// be an embedded message (a blank line after header lines with a Content-Type naming rfc822).
bool outside_header_blocks(std::string_view msg, std::size_t pos,
                           const std::vector<std::size_t>& openings) {
  std::size_t cur = pos;
  for (std::size_t steps = 0; steps < kMaxWalkBack; ++steps) {
    if (cur == 0) return false;  // the top header block
    cur = previous_line(msg, cur);
    if (std::binary_search(openings.begin(), openings.end(), cur)) return false;
    const std::string_view line = line_at(msg, cur);
    if (line.empty()) {  // the end of a header block, or a blank line in a body
      while (cur > 0) {
        if (++steps == kMaxWalkBack) return false;
        cur = previous_line(msg, cur);
        const std::string_view h = line_at(msg, cur);
        if (!header_line(h)) return true;
        if (bounce::detail::istarts_with(h, "content-type") &&
            bounce::detail::icontains(h, "rfc822"))
          return false;
      }
      return true;  // the top header block (its Content-Type is multipart, not rfc822)
    }
    if (!header_line(line)) return true;
  }
  return false;
}

}  // namespace

bool pointer_path_safe(std::string_view msg, const std::vector<std::size_t>* content_type_lines) {
  const std::size_t n = msg.size();
  if (n == 0 || std::memchr(msg.data(), '\r', n) != nullptr)
    return false;  // the length_error bug needs a CR
  // Every Content-Type field at a line start that may be in a header block (a superset of those
  // mimetic reads; quoted headers in a text body are not): the boundaries, and where each is
  // declared.
  std::vector<std::string> boundaries;
  std::vector<std::size_t> declared_at;
  std::vector<event> events;
  const auto declaration = [&](std::size_t pos) {
    std::size_t value_at = 0, next = 0;
    if (!content_type_field(msg, pos, value_at, next) || inside_body_text(msg, pos)) return true;
    std::string b;
    if (!boundary_of(msg.substr(value_at, next - value_at), b)) return false;
    if (b.empty()) return true;
    // mimetic's fast loader (utils::find_bm) compares a text byte read as unsigned char with a
    // boundary byte read as char: a byte past 0x7F never matches, so it never finds such a
    // boundary, where the input loader does. RFC 2046 boundaries are ASCII anyway.
    for (const char c : b)
      if (static_cast<unsigned char>(c) > 0x7F) return false;
    if (std::find(boundaries.begin(), boundaries.end(), b) != boundaries.end()) return false;
    if (boundaries.size() == kMaxCheckedBoundaries) return false;
    events.push_back({pos, static_cast<std::uint32_t>(boundaries.size()), event::declaration});
    boundaries.push_back(std::move(b));
    declared_at.push_back(pos);
    return true;
  };
  if (content_type_lines != nullptr) {
    for (const std::size_t pos : *content_type_lines)
      if (pos < n && !declaration(pos)) return false;
  } else {
    for (std::size_t pos = 0; pos < n;) {
      if ((msg[pos] | 0x20) == 'c' && !declaration(pos)) return false;
      pos = bounce::detail::newline_at(msg, pos) + 1;
    }
  }
  if (boundaries.empty()) return true;

  // Every occurrence of "--boundary" after its declaration must be a whole delimiter line, ended
  // by a newline (the input path does not take an unterminated last line for one). Before its
  // declaration the text is text to both paths: no entity has pushed the boundary yet.
  std::string needle;
  for (std::uint32_t k = 0; k < boundaries.size(); ++k) {
    needle.assign("--").append(boundaries[k]);
    for (std::size_t at = declared_at[k];;) {
      const std::size_t i = bounce::detail::find_bytes(msg, needle, at);
      if (i == std::string_view::npos) break;
      const delimiter d = delimiter_at(msg, i, needle.size());
      if (d == delimiter::other) return false;
      // An opening delimiter that ends the input: the fast path adds an empty part there.
      if (d == delimiter::opening && i + needle.size() + 1 == n) return false;
      events.push_back({i, k, d == delimiter::closing ? event::closing : event::opening});
      at = i + 1;
    }
  }
  // Replay the boundary list both paths keep. A declaration opens its boundary (mimetic pushes
  // it when the field is an entity's header; a field quoted in a body is pushed here too, which
  // only makes the check stricter). A delimiter line must belong to the innermost open
  // boundary: the fast path looks for that one first, across the rest of the input, and swallows
  // the rest when it is missing, where the input path stops at an outer delimiter. The one
  // harmless exception is a closing line with nothing but blank lines after it.
  std::sort(events.begin(), events.end(),
            [](const event& a, const event& b) { return a.pos < b.pos; });
  std::vector<std::size_t> openings;
  for (const event& e : events)
    if (e.what == event::opening) openings.push_back(e.pos);
  for (const event& e : events)
    if (e.what != event::declaration && !outside_header_blocks(msg, e.pos, openings)) return false;
  std::vector<std::uint32_t> open;
  std::vector<bool> used(boundaries.size(), false);  // a delimiter line of it was seen
  for (const event& e : events) {
    if (e.what == event::declaration) {
      open.push_back(e.boundary);
      continue;
    }
    const auto it = std::find(open.begin(), open.end(), e.boundary);
    if (it == open.end()) return false;  // before its declaration, or after its closing line
    if (it + 1 != open.end()) {
      // Inner boundaries still open. Harmless only when none of them was ever used (at most an
      // unused multipart's preamble, which is not kept, takes the rest) and this line closes
      // the message.
      if (e.what != event::closing) return false;
      for (auto inner = it + 1; inner != open.end(); ++inner)
        if (used[*inner]) return false;
      const std::size_t after = msg.find('\n', e.pos) + 1;
      if (msg.find_first_not_of(" \t\n", after) != std::string_view::npos) return false;
      open.erase(it, open.end());
      continue;
    }
    used[e.boundary] = true;
    if (e.what == event::closing) open.pop_back();
  }
  return true;
}

std::optional<std::string_view> returned_last_part(std::string_view msg,
                                                   std::string_view boundary) {
  if (boundary.empty()) return std::nullopt;
  const std::string needle = std::string("--").append(boundary);
  const std::size_t n = msg.size();
  std::size_t last_open = std::string_view::npos, closing = std::string_view::npos;
  std::size_t last_other = std::string_view::npos;  // "--boundary" anywhere but as a whole line
  for (std::size_t at = 0;;) {
    const std::size_t i = bounce::detail::find_bytes(msg, needle, at);
    if (i == std::string_view::npos) break;
    at = i + 1;
    const delimiter d = delimiter_at(msg, i, needle.size());
    if (d == delimiter::other) {
      last_other = i;
    } else if (d == delimiter::opening) {
      last_open = i;
    } else {
      closing = i;
      // Nothing of it may follow: where mimetic's loader reads the closing line as a header
      // line of the returned message (right after its blank line, say), the input path would
      // go on to find more parts.
      if (bounce::detail::find_bytes(msg, needle, at) != std::string_view::npos)
        return std::nullopt;
      break;
    }
  }
  // Inside the part the boundary may appear only as its closing line: the input-iterator path
  // takes any line starting with it for a delimiter, and after a header line mimetic rejects it
  // even reads on from mid-line. (Occurrences before the part are the gate's business: it
  // judges the bytes mimetic gets.)
  if (last_open == std::string_view::npos) return std::nullopt;
  if (last_other != std::string_view::npos && last_other > last_open) return std::nullopt;
  // The part's header block: header lines only, up to a blank line (else mimetic and our
  // header_length might disagree on where its content starts).
  std::size_t pos = msg.find('\n', last_open);
  if (pos == std::string_view::npos) return std::nullopt;
  ++pos;
  std::string ct_value;
  bool in_content_type = false, have_content_type = false, have_field = false;
  for (;;) {
    if (pos >= n) return std::nullopt;
    const std::string_view line = line_at(msg, pos);
    pos += line.size() + 1;
    if (line.empty()) break;
    // A field, or a continuation of one: mimetic takes a blank-led first line, or a line it
    // would skip (':'), as the start of the body.
    if (line[0] == ' ' || line[0] == '\t') {
      if (!have_field) return std::nullopt;
      if (in_content_type) ct_value.append(" ").append(line);
      continue;
    }
    if (line[0] == ':' || !header_line(line)) return std::nullopt;
    have_field = true;
    const std::size_t colon = have_content_type ? std::string_view::npos : content_type_colon(line);
    in_content_type = colon != std::string_view::npos;
    if (in_content_type) {
      have_content_type = true;
      ct_value.assign(line.substr(colon + 1));
    }
  }
  const content_type ct = parse_content_type(ct_value);
  const bool returned = ct.is_returned_message() || ct.is_returned_headers();
  if (!returned || pos > n) return std::nullopt;
  // Up to the newline before the closing delimiter, as mimetic ends a part.
  const std::size_t end =
      closing == std::string_view::npos ? n : std::max(pos, closing - 1);  // closing > last_open
  return msg.substr(pos, end - pos);
}

bool structure_for_mimetic(std::string_view msg, std::size_t body_at, std::string_view type,
                           std::string_view boundary, std::size_t end, std::string& out) {
  out.clear();
  // Only when mimetic would end the top header block where we do. body_at comes from our header
  // parser, whose field lines are a subset of mimetic's header lines (header_line): when ours
  // ended at a blank line, so does mimetic's.
  if (body_at < 2 || body_at > end || msg[body_at - 1] != '\n' || msg[body_at - 2] != '\n')
    return false;
  for (const char c : boundary)  // written inside quotes below
    if (c == '"' || c == '\\') return false;
  out.reserve(40 + type.size() + boundary.size() + (end - body_at));
  out.append("Content-Type: ")
      .append(type)
      .append("; boundary=\"")
      .append(boundary)
      .append("\"\n\n");
  out.append(msg.substr(body_at, end - body_at));
  return true;
}

}  // namespace bounce::mime::detail

namespace bounce::mime::detail {
namespace {

/// A streambuf viewing our buffer, for the input-iterator path.
struct view_buf final : std::streambuf {
  view_buf(const char* p, std::size_t n) {
    auto* b = const_cast<char*>(p);  // the get area is never written through
    setg(b, b, b + n);
  }
};

// Neither path needs a multipart's preamble or epilogue: do not copy them.
constexpr int kLoadMask = mimetic::imPreamble | mimetic::imEpilogue;

}  // namespace

bool load_mimetic(std::string_view bytes, bool fast, mimetic::MimeEntity& me) noexcept {
  try {
    if (fast) {
      me.load(bytes.data(), bytes.data() + bytes.size(), kLoadMask);
    } else {
      view_buf buf(bytes.data(), bytes.size());
      me.load(std::istreambuf_iterator<char>(&buf), std::istreambuf_iterator<char>(), kLoadMask);
    }
    return true;
  } catch (...) {
    return false;
  }
}

}  // namespace bounce::mime::detail
