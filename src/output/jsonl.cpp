// SPDX-License-Identifier: BSD-2-Clause
// JSON Lines: every key of the record in a fixed order, null when unknown, valid UTF-8 always.
#include "bounce/jsonl.hpp"

#include "bounce/record_schema.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace bounce {
namespace {

using namespace std::string_view_literals;

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF). The library's one UTF-8 check: the other layers call
// the public is_valid_utf8 below.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else
    return 0;
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

// The escape of a code point that JSON allows raw but that line readers take for a line break
// (U+0085 NEL, U+2028, U+2029: Python's str.splitlines(), JavaScript before ES2019), so that
// one record is always one line to every reader; nullptr for any other sequence.
const char* line_break_escape(std::string_view seq) {
  if (seq == "\xC2\x85"sv) return "\\u0085";
  if (seq == "\xE2\x80\xA8"sv) return "\\u2028";
  if (seq == "\xE2\x80\xA9"sv) return "\\u2029";
  return nullptr;
}

// Bytes copied as they are: printable ASCII but the quote and the backslash.
constexpr auto kPlain = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

// Appends s as a JSON string; returns false when invalid UTF-8 had to be replaced.
bool append_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  bool clean = true;
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    // Copy the run of printable ASCII that needs no escape in one append (most of any value).
    std::size_t run = i;
    while (run < s.size() && kPlain[static_cast<unsigned char>(s[run])]) ++run;
    if (run != i) {
      out.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_sequence(s, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD
        clean = false;
        ++i;
      } else if (const char* esc = line_break_escape(s.substr(i, n))) {
        out += esc;
        i += n;
      } else {
        out.append(s.data() + i, n);
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out.push_back('"');
  return clean;
}

// Appends a decimal integer without a temporary string.
void append_integer(std::string& out, long long v) {
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  out.append(buf, static_cast<std::size_t>(end - buf));
}

}  // namespace

bool append_json_string(std::string& out, std::string_view s) { return append_string(out, s); }

bool is_valid_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

namespace {

// Whether every string of a field's value is valid UTF-8.
bool clean_value(const record_field& f, const field_value& v) {
  switch (f.type) {
    case field_type::string:
      return is_valid_utf8(v.string());
    case field_type::string_list:
      for (const std::string& item : v.strings())
        if (!is_valid_utf8(item)) return false;
      return true;
    case field_type::header_map:
      for (const named_header& h : v.headers())
        if (!is_valid_utf8(h.name) || (h.value && !is_valid_utf8(*h.value))) return false;
      return true;
    default:
      return true;
  }
}

// Whether the strings of the fields after "warnings" are valid UTF-8: "warnings" is written
// before them, and its invalid_utf8 warning covers the whole record.
bool clean_after_warnings(const record& r) {
  for (std::size_t i = warnings_field_index + 1; i < record_fields.size(); ++i) {
    const record_field& f = record_fields[i];
    const field_value v = f.get(r);
    if (!f.is_null(v) && !clean_value(f, v)) return false;
  }
  return true;
}

// One field of the schema: its key and its value. clean turns false when bytes were replaced.
void append_field(std::string& out, const record_field& f, const record& r, bool first,
                  bool& clean) {
  out.append(first ? "{\""sv : ",\""sv);
  out.append(f.name);
  out.append("\":"sv);
  const field_value v = f.get(r);
  if (f.is_null(v)) {
    out.append("null"sv);
    return;
  }
  switch (f.type) {
    case field_type::string:
      clean &= append_string(out, v.string());
      break;
    case field_type::integer:
      append_integer(out, v.integer());
      break;
    case field_type::boolean:
      out.append(v.boolean() ? "true"sv : "false"sv);
      break;
    case field_type::string_list: {  // "warnings"
      out.append("["sv);
      bool comma = false;
      for (const std::string& item : v.strings()) {
        if (comma) out.append(","sv);
        comma = true;
        clean &= append_string(out, item);
      }
      // The fields before it are written; the ones after it are checked here.
      if (clean) clean = clean_after_warnings(r);
      if (!clean) {
        if (comma) out.append(","sv);
        out.append("\""sv).append(invalid_utf8_warning).append("\""sv);
      }
      out.append("]"sv);
      break;
    }
    case field_type::header_map: {
      out.append("{"sv);
      bool comma = false;
      for (const named_header& h : v.headers()) {
        if (comma) out.append(","sv);
        comma = true;
        append_string(out, h.name);
        out.append(":"sv);
        if (h.value)
          append_string(out, *h.value);
        else
          out.append("null"sv);
      }
      out.append("}"sv);
      break;
    }
  }
}

}  // namespace

void append_json(std::string& out, const record& r) {
  // Every field of the schema in its order (this is the hot path of `bounce parse`: no
  // per-field allocation).
  bool clean = true;
  bool first = true;
  for (const record_field& f : record_fields) {
    append_field(out, f, r, first, clean);
    first = false;
  }
  out.append("}\n"sv);
}

std::string to_json(const record& r) {
  std::string out;
  append_json(out, r);
  return out;
}

}  // namespace bounce
