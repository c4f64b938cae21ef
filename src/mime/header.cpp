// SPDX-License-Identifier: BSD-2-Clause
// Header blocks and Content-Type values, parsed by our own code (not RFC 2047-decoded).
#include <algorithm>
#include <cstring>
#include <map>

#include "detail/byte_search.hpp"
#include "detail/string_util.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"

namespace bounce::mime {

using bounce::detail::iequals;

void header_block::add(std::string_view name, std::string_view value) {
  // Offsets are 32-bit: a block past 4 GiB (possible only with max_message_bytes raised that
  // far) keeps the fields that fit.
  if (text_.size() + name.size() + value.size() > UINT32_MAX) return;
  const auto at = static_cast<std::uint32_t>(text_.size());
  text_.append(name).append(value);
  spans_.push_back({at, static_cast<std::uint32_t>(name.size()),
                    static_cast<std::uint32_t>(at + name.size()),
                    static_cast<std::uint32_t>(value.size())});
}

void header_block::unfold_into_last(std::string_view more) {
  if (spans_.empty() || text_.size() + more.size() + 1 > UINT32_MAX) return;
  span& last = spans_.back();
  if (last.value_size != 0) {
    text_.push_back(' ');  // the last value ends the buffer
    ++last.value_size;
  }
  text_.append(more);
  last.value_size += static_cast<std::uint32_t>(more.size());
}

void header_block::reserve(std::size_t bytes, std::size_t fields) {
  text_.reserve(bytes);
  spans_.reserve(fields);
}

std::string_view header_block::get(std::string_view name) const noexcept {
  for (const span& s : spans_)
    if (s.name_size == name.size() && iequals(field_of(s).name, name)) return field_of(s).value;
  return {};
}

bool header_block::has(std::string_view name) const noexcept {
  for (const span& s : spans_)
    if (s.name_size == name.size() && iequals(field_of(s).name, name)) return true;
  return false;
}

std::vector<std::string_view> header_block::get_all(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const span& s : spans_)
    if (s.name_size == name.size() && iequals(field_of(s).name, name))
      out.emplace_back(field_of(s).value);
  return out;
}

namespace {

bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

std::string_view rtrim(std::string_view s) noexcept {
  while (!s.empty() && bounce::detail::is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Where the run of lines at text[pos] that are neither fields nor indented ends, when a field
// or an indented line ends it inside the block; npos when the block (or the text) ends first.
std::size_t end_of_lost_folds(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const std::size_t end = bounce::detail::newline_at(text, pos);
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return std::string_view::npos;
    if (is_blank(line.front()) || detail::is_field_line(line)) return pos;
    if (end >= text.size()) return std::string_view::npos;
    pos = end + 1;
  }
  return std::string_view::npos;
}

// Shared by parse_header_block, parse_returned_header_block and header_length; out may be null.
// With lost_folds, a run of lines that are neither fields nor indented, with a field or an
// indented line after it in the block, continues the field before it (folds whose white space
// was lost); each run is looked at twice at most, so the scan stays linear.
std::size_t scan_header_block(std::string_view text, header_block* out, bool lost_folds = false) {
  const std::size_t n = text.size();
  // A bounce's header blocks are 1-4 KiB of 20-60 fields, and never longer than their text:
  // one reservation covers most.
  if (out != nullptr && out->empty()) out->reserve(std::min<std::size_t>(n, 4096), 32);
  std::size_t pos = 0;
  bool have_field = false;
  std::size_t folds_until = 0;  // the lines before it are a run of lost folds
  while (pos < n) {
    const std::size_t end = bounce::detail::newline_at(text, pos);
    const std::size_t next = end < n ? end + 1 : n;
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return next;  // the blank line that ends the block
    bool continues = is_blank(line.front());
    if (!continues && !detail::is_field_line(line)) {
      if (!lost_folds || !have_field) return pos;  // the body starts here
      if (pos >= folds_until) {
        const std::size_t run_end = end_of_lost_folds(text, pos);
        if (run_end == std::string_view::npos) return pos;
        folds_until = run_end;
      }
      continues = true;
    }
    if (continues) {
      if (!have_field) return pos;  // a continuation with nothing to continue
      if (out) {
        const std::string_view more = bounce::detail::trim(line);
        if (!more.empty()) out->unfold_into_last(more);
      }
      pos = next;
      continue;
    }
    have_field = true;
    if (out) {
      const std::size_t colon = line.find(':');
      out->add(rtrim(line.substr(0, colon)), bounce::detail::trim(line.substr(colon + 1)));
    }
    pos = next;
  }
  return n;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (const int b = s[i] == '%' ? bounce::detail::hex_byte(s, i + 1) : -1; b >= 0) {
      out.push_back(static_cast<char>(b));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Skips blanks and (nested) comments.
void skip_cfws(std::string_view s, std::size_t& i) noexcept {
  while (i < s.size()) {
    if (bounce::detail::is_space(s[i])) {
      ++i;
    } else if (s[i] == '(') {
      int depth = 0;
      while (i < s.size()) {
        if (s[i] == '\\') {  // a quoted pair; a backslash at the very end quotes nothing
          i = std::min(i + 2, s.size());
          continue;
        }
        if (s[i] == '(') ++depth;
        if (s[i] == ')' && --depth == 0) {
          ++i;
          break;
        }
        ++i;
      }
    } else {
      break;
    }
  }
}

}  // namespace

std::size_t parse_header_block(std::string_view text, header_block& out) {
  return scan_header_block(text, &out);
}

namespace detail {

std::size_t parse_returned_header_block(std::string_view text, header_block& out) {
  return scan_header_block(text, &out, true);
}

std::size_t header_length(std::string_view text) noexcept {
  try {
    return scan_header_block(text, nullptr);
  } catch (...) {  // cannot happen without an output, but keeps noexcept honest
    return text.size();
  }
}

bool is_field_line(std::string_view line) noexcept {
  std::size_t i = 0;
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c <= 32 || c >= 127 || c == ':') break;
    ++i;
  }
  if (i == 0) return false;
  while (i < line.size() && is_blank(line[i])) ++i;  // obsolete "Name :" (RFC 5322 §4.5)
  return i < line.size() && line[i] == ':';
}

std::string_view content_type::param(std::string_view lower_name) const noexcept {
  for (const auto& p : params)
    if (p.first == lower_name) return p.second;
  return {};
}

content_type parse_content_type(std::string_view raw) {
  content_type ct;
  std::size_t i = 0;
  skip_cfws(raw, i);
  std::size_t t0 = i;
  while (i < raw.size() && is_token_char(raw[i])) ++i;
  std::string_view type = raw.substr(t0, i - t0);
  skip_cfws(raw, i);
  std::string_view subtype;
  if (i < raw.size() && raw[i] == '/') {
    ++i;
    skip_cfws(raw, i);
    t0 = i;
    while (i < raw.size() && is_token_char(raw[i])) ++i;
    subtype = raw.substr(t0, i - t0);
  }
  if (!type.empty() && !subtype.empty()) {
    ct.type = bounce::detail::to_lower(type);
    ct.subtype = bounce::detail::to_lower(subtype);
    ct.present = true;
  } else {
    ct.type = "text";
    ct.subtype = "plain";
  }
  // Parameters. RFC 2231 pieces (name*0, name*1*, name*) are gathered, then joined and decoded.
  struct piece {
    int section;
    bool extended;
    std::string value;
  };
  std::map<std::string, std::vector<piece>> split;
  for (;;) {
    const std::size_t semi = raw.find(';', i);
    if (semi == std::string_view::npos) break;
    i = semi + 1;
    skip_cfws(raw, i);
    t0 = i;
    while (i < raw.size() && raw[i] != '=' && raw[i] != ';' && !bounce::detail::is_space(raw[i]))
      ++i;
    std::string name = bounce::detail::to_lower(raw.substr(t0, i - t0));
    skip_cfws(raw, i);
    if (name.empty() || i >= raw.size() || raw[i] != '=') continue;
    ++i;
    skip_cfws(raw, i);
    std::string value;
    if (i < raw.size() && raw[i] == '"') {
      ++i;
      while (i < raw.size() && raw[i] != '"') {
        if (raw[i] == '\\' && i + 1 < raw.size()) ++i;
        value.push_back(raw[i++]);
      }
      if (i < raw.size()) ++i;  // closing quote
    } else {
      t0 = i;
      while (i < raw.size() && raw[i] != ';') ++i;
      value = std::string(bounce::detail::trim(raw.substr(t0, i - t0)));
    }
    if (const std::size_t star = name.find('*'); star != std::string::npos) {
      std::string_view rest = std::string_view(name).substr(star + 1);  // "", "0", "0*"
      bool extended = rest.empty();  // "name*": one extended piece
      if (!rest.empty() && rest.back() == '*') {
        extended = true;
        rest.remove_suffix(1);
      }
      int section = 0;
      bool numeric = true;
      for (char c : rest) {
        if (c < '0' || c > '9' || section > 100000) {
          numeric = false;
          break;
        }
        section = section * 10 + (c - '0');
      }
      if (numeric && split.size() < 64) {
        split[name.substr(0, star)].push_back({section, extended, std::move(value)});
        continue;
      }
    }
    ct.params.emplace_back(std::move(name), std::move(value));
  }
  for (auto& [name, pieces] : split) {
    if (!ct.param(name).empty()) continue;  // a plain parameter wins
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const piece& a, const piece& b) { return a.section < b.section; });
    std::string charset, bytes;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      std::string_view v = pieces[k].value;
      if (pieces[k].extended) {
        if (k == 0) {  // charset'language'value
          const std::size_t q1 = v.find('\'');
          const std::size_t q2 = q1 == std::string_view::npos ? q1 : v.find('\'', q1 + 1);
          if (q2 != std::string_view::npos) {
            charset = std::string(v.substr(0, q1));
            v = v.substr(q2 + 1);
          }
        }
        bytes += percent_decode(v);
      } else {
        bytes += v;
      }
    }
    ct.params.emplace_back(name, charset.empty() ? bytes : to_utf8(bytes, charset));
  }
  return ct;
}

}  // namespace detail
}  // namespace bounce::mime
