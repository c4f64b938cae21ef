#pragma once
// A JSON string writer for the CLI's own objects (stats, classify). Invalid UTF-8 becomes U+FFFD,
// so the output is always valid JSON.
#include <string>
#include <string_view>

namespace bounce::cli {

inline void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Length of a valid UTF-8 sequence here (RFC 3629), or 0.
      std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      unsigned char lo = 0x80, hi = 0xBF;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
      if (n && i + n <= s.size()) {
        for (std::size_t k = 1; k < n; ++k) {
          const auto b = static_cast<unsigned char>(s[i + k]);
          if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) n = 0;
        }
      } else {
        n = 0;
      }
      if (n) out.append(s.substr(i, n));
      else out += "\xEF\xBF\xBD";
      i += n ? n : 1;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
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
}

}  // namespace bounce::cli
