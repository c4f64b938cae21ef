// SPDX-License-Identifier: BSD-2-Clause
#include "esp/json.hpp"

#include "detail/string_util.hpp"
#include "detail/utf8.hpp"

namespace bounce::esp::json {
namespace {

bool is_ws(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Recursive descent; the recursion is bounded by max_depth.
class parser {
 public:
  parser(std::string_view s, std::size_t max_depth) : s_(s), max_depth_(max_depth) {}

  bool run(value& out, error& err) {
    skip_ws();
    if (!parse_value(out, 0)) {
      err = err_;
      return false;
    }
    skip_ws();
    if (i_ != s_.size()) {
      err = {error_kind::syntax, i_};
      return false;
    }
    return true;
  }

 private:
  bool fail(error_kind k) {
    err_ = {i_ >= s_.size() ? error_kind::truncated : k, i_};
    return false;
  }
  void skip_ws() {
    while (i_ < s_.size() && is_ws(s_[i_])) ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) == word) {
      i_ += word.size();
      return true;
    }
    if (word.substr(0, s_.size() - i_) == s_.substr(i_)) {  // a prefix cut by the end
      i_ = s_.size();
      return fail(error_kind::truncated);
    }
    return fail(error_kind::syntax);
  }

  bool parse_value(value& v, std::size_t depth) {
    if (i_ >= s_.size()) return fail(error_kind::truncated);
    const char c = s_[i_];
    switch (c) {
      case '{':
      case '[':
        if (depth >= max_depth_) return fail(error_kind::too_deep);
        return c == '{' ? parse_object(v, depth + 1) : parse_array(v, depth + 1);
      case '"':
        v.type = value::kind::string;
        return parse_string(v.text);
      case 't':
        v.type = value::kind::boolean;
        v.boolean = true;
        return literal("true");
      case 'f':
        v.type = value::kind::boolean;
        return literal("false");
      case 'n':
        v.type = value::kind::null;
        return literal("null");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number(v);
        return fail(error_kind::syntax);
    }
  }

  bool parse_number(value& v) {
    const std::size_t b = i_;
    if (s_[i_] == '-') ++i_;
    bool digits = false;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
        break;
      }
      ++i_;
    }
    if (!digits) return fail(error_kind::syntax);
    v.type = value::kind::number;
    v.text.assign(s_.substr(b, i_ - b));
    return true;
  }

  bool parse_string(std::string& out) {
    ++i_;  // the opening quote
    while (i_ < s_.size()) {
      // Copy the run up to the next quote or backslash at once.
      std::size_t j = i_;
      while (j < s_.size() && s_[j] != '"' && s_[j] != '\\') ++j;
      out.append(s_.substr(i_, j - i_));
      i_ = j;
      if (i_ >= s_.size()) break;
      if (s_[i_] == '"') {
        ++i_;
        return true;
      }
      if (++i_ >= s_.size()) break;
      const char e = s_[i_++];
      switch (e) {
        case 'n':
          out.push_back('\n');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case '"':
        case '\\':
        case '/':
          out.push_back(e);
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return false;
          // A surrogate pair is one code point; a lone surrogate becomes U+FFFD.
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
            i_ += 2;
            unsigned lo = 0;
            if (!hex4(lo)) return false;
            cp = (lo >= 0xDC00 && lo < 0xE000) ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                                               : 0xFFFD;
          } else if (cp >= 0xD800 && cp < 0xE000) {
            cp = 0xFFFD;
          }
          detail::append_utf8(out, cp);
          break;
        }
        default:
          --i_;
          return fail(error_kind::syntax);
      }
    }
    return fail(error_kind::truncated);
  }

  bool hex4(unsigned& cp) {
    for (int k = 0; k < 4; ++k, ++i_) {
      if (i_ >= s_.size()) return fail(error_kind::truncated);
      const int d = detail::hex_digit(s_[i_]);
      if (d < 0) return fail(error_kind::syntax);
      cp = cp * 16 + static_cast<unsigned>(d);
    }
    return true;
  }

  bool parse_array(value& v, std::size_t depth) {
    v.type = value::kind::array;
    ++i_;
    skip_ws();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    while (true) {
      skip_ws();
      if (!parse_value(v.items.emplace_back(), depth)) return false;
      skip_ws();
      if (i_ >= s_.size()) return fail(error_kind::truncated);
      if (s_[i_] == ']') {
        ++i_;
        return true;
      }
      if (s_[i_] != ',') return fail(error_kind::syntax);
      ++i_;
    }
  }

  bool parse_object(value& v, std::size_t depth) {
    v.type = value::kind::object;
    ++i_;
    skip_ws();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    while (true) {
      skip_ws();
      if (i_ >= s_.size()) return fail(error_kind::truncated);
      if (s_[i_] != '"') return fail(error_kind::syntax);
      if (!parse_string(v.keys.emplace_back())) return false;
      skip_ws();
      if (i_ >= s_.size()) return fail(error_kind::truncated);
      if (s_[i_] != ':') return fail(error_kind::syntax);
      ++i_;
      skip_ws();
      if (!parse_value(v.items.emplace_back(), depth)) return false;
      skip_ws();
      if (i_ >= s_.size()) return fail(error_kind::truncated);
      if (s_[i_] == '}') {
        ++i_;
        return true;
      }
      if (s_[i_] != ',') return fail(error_kind::syntax);
      ++i_;
    }
  }

  std::string_view s_;
  std::size_t max_depth_;
  std::size_t i_ = 0;
  error err_;
};

}  // namespace

const value* value::get(std::string_view key) const noexcept {
  if (type != kind::object) return nullptr;
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return &items[i];
  return nullptr;
}

std::string_view value::scalar() const noexcept {
  return (type == kind::string || type == kind::number) ? std::string_view(text)
                                                        : std::string_view{};
}

std::string_view value::str(std::string_view key) const noexcept {
  const value* v = get(key);
  return v ? v->scalar() : std::string_view{};
}

std::string_view to_string(error_kind k) noexcept {
  switch (k) {
    case error_kind::none:
      return "no error";
    case error_kind::truncated:
      return "truncated JSON";
    case error_kind::syntax:
      return "malformed JSON";
    case error_kind::too_deep:
      return "JSON nested too deep";
    case error_kind::too_large:
      return "event too large";
  }
  return "malformed JSON";
}

bool parse(std::string_view text, std::size_t max_depth, value& out, error& err) {
  out = value{};
  return parser(text, max_depth).run(out, err);
}

bool value_extent(std::string_view text, std::size_t pos, std::size_t max_depth,
                  std::size_t max_bytes, std::size_t& end, error& err) {
  const std::size_t limit = max_bytes > text.size() - pos ? text.size() : pos + max_bytes;
  const bool cut = limit < text.size();
  const auto stop = [&](std::size_t at) {
    err = {cut && at >= limit ? error_kind::too_large : error_kind::truncated, at};
    return false;
  };
  std::size_t i = pos;
  if (i >= text.size()) return stop(i);
  const char first = text[i];
  if (first != '{' && first != '[') {
    if (first == '"') {
      for (++i; i < limit; ++i) {
        if (text[i] == '\\')
          ++i;
        else if (text[i] == '"') {
          end = i + 1;
          return true;
        }
      }
      return stop(limit);
    }
    // A scalar: up to the next delimiter.
    while (i < limit && !is_ws(text[i]) && text[i] != ',' && text[i] != ']' && text[i] != '}') ++i;
    if (i == pos) {
      err = {error_kind::syntax, pos};
      return false;
    }
    end = i;
    return true;
  }
  std::size_t depth = 0;
  for (; i < limit; ++i) {
    const char c = text[i];
    if (c == '"') {
      for (++i; i < limit && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
      if (i >= limit) return stop(limit);
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        err = {error_kind::too_deep, i};
        return false;
      }
    } else if (c == '}' || c == ']') {
      if (depth == 0) {
        err = {error_kind::syntax, i};
        return false;
      }
      if (--depth == 0) {
        end = i + 1;
        return true;
      }
    }
  }
  return stop(limit);
}

}  // namespace bounce::esp::json
