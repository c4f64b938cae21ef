// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Helpers for the hostile-input tests: a strict JSON / UTF-8 validator, sample loading, timing.
#include <chrono>
#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "bounce/bounce.hpp"

namespace hostile {

// Wall-clock budgets are for optimised builds; sanitizers and -O0 get more.
#if defined(__SANITIZE_ADDRESS__) || !defined(__OPTIMIZE__)
inline constexpr double kSlowdown = 10.0;
#elif defined(__has_feature)
#  if __has_feature(address_sanitizer)
inline constexpr double kSlowdown = 10.0;
#  else
inline constexpr double kSlowdown = 1.0;
#  endif
#else
inline constexpr double kSlowdown = 1.0;
#endif

inline std::string read_sample(std::string_view rel) {
  std::ifstream in(std::string(BOUNCE_SOURCE_DIR) + "/" + std::string(rel), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Strict UTF-8 (RFC 3629): no overlongs, surrogates or code points above U+10FFFF.
inline bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c == 0xE0) {
      len = 3;
      lo = 0xA0;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
      len = 3;
    else if (c == 0xED) {
      len = 3;
      hi = 0x9F;
    } else if (c == 0xF0) {
      len = 4;
      lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3)
      len = 4;
    else if (c == 0xF4) {
      len = 4;
      hi = 0x8F;
    } else
      return false;
    if (n - i < len || p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
    i += len;
  }
  return true;
}

/// A small strict JSON (RFC 8259) recogniser: one value, nothing after it.
class json_checker {
 public:
  explicit json_checker(std::string_view s) : s_(s) {}
  bool ok() {
    ws();
    if (!value(0)) return false;
    ws();
    return i_ == s_.size();
  }

 private:
  bool value(int depth) {
    if (depth > 64 || i_ >= s_.size()) return false;
    switch (s_[i_]) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return lit("true");
      case 'f':
        return lit("false");
      case 'n':
        return lit("null");
      default:
        return number();
    }
  }
  bool object(int depth) {
    ++i_;
    ws();
    if (peek('}')) {
      ++i_;
      return true;
    }
    for (;;) {
      ws();
      if (!string()) return false;
      ws();
      if (!peek(':')) return false;
      ++i_;
      ws();
      if (!value(depth + 1)) return false;
      ws();
      if (peek(',')) {
        ++i_;
        continue;
      }
      if (peek('}')) {
        ++i_;
        return true;
      }
      return false;
    }
  }
  bool array(int depth) {
    ++i_;
    ws();
    if (peek(']')) {
      ++i_;
      return true;
    }
    for (;;) {
      ws();
      if (!value(depth + 1)) return false;
      ws();
      if (peek(',')) {
        ++i_;
        continue;
      }
      if (peek(']')) {
        ++i_;
        return true;
      }
      return false;
    }
  }
  bool string() {
    if (!peek('"')) return false;
    ++i_;
    while (i_ < s_.size()) {
      const unsigned char c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c != '\\') continue;
      if (i_ >= s_.size()) return false;
      const char e = s_[i_++];
      if (e == 'u') {
        for (int k = 0; k < 4; ++k, ++i_) {
          if (i_ >= s_.size()) return false;
          const char h = s_[i_];
          if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
            return false;
        }
      } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
        return false;
      }
    }
    return false;
  }
  bool number() {
    const std::size_t start = i_;
    if (peek('-')) ++i_;
    if (peek('0'))
      ++i_;
    else if (i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9')
      while (i_ < s_.size() && isdigit_(s_[i_])) ++i_;
    else
      return false;
    if (peek('.')) {
      ++i_;
      if (!digits()) return false;
    }
    if (peek('e') || peek('E')) {
      ++i_;
      if (peek('+') || peek('-')) ++i_;
      if (!digits()) return false;
    }
    return i_ > start;
  }
  bool digits() {
    const std::size_t start = i_;
    while (i_ < s_.size() && isdigit_(s_[i_])) ++i_;
    return i_ > start;
  }
  static bool isdigit_(char c) { return c >= '0' && c <= '9'; }
  bool lit(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
  }
  std::string_view s_;
  std::size_t i_ = 0;
};

/// JSON Lines of a parse result; checks every line is one valid JSON object and all is UTF-8.
inline bool json_lines_ok(const bounce::parsed_message& m, std::string* out = nullptr) {
  std::string all;
  for (const auto& rec : m.records) bounce::append_json(all, rec);
  if (!valid_utf8(all)) return false;
  std::size_t pos = 0;
  while (pos < all.size()) {
    const std::size_t nl = all.find('\n', pos);
    if (nl == std::string::npos) return false;
    const std::string_view line(all.data() + pos, nl - pos);
    if (line.empty() || line.front() != '{' || !json_checker(line).ok()) return false;
    pos = nl + 1;
  }
  if (out) *out = std::move(all);
  return true;
}

template <class F>
double seconds(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

inline bool has(const std::vector<std::string>& v, std::string_view w) {
  for (const auto& s : v)
    if (s == w) return true;
  return false;
}

/// The message warnings plus every record's warnings.
inline bool any_warning(const bounce::parsed_message& m, std::string_view w) {
  if (has(m.warnings, w)) return true;
  for (const auto& r : m.records)
    if (has(r.warnings, w)) return true;
  return false;
}

}  // namespace hostile
