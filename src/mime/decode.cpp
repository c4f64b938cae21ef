// SPDX-License-Identifier: BSD-2-Clause
// Decoders: base64, quoted-printable, RFC 2047 encoded words, charsets to UTF-8 (glibc iconv).
// Every decoder is linear and its output is bounded by a small multiple of its input.
#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include "bounce/jsonl.hpp"
#include "detail/string_util.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"

namespace bounce::mime {
namespace {

using bounce::detail::ascii_lower;
using bounce::detail::iequals;

// A table: base64 bodies are the largest input this layer decodes byte by byte.
int base64_value(unsigned char c) noexcept {
  static constexpr auto table = [] {
    struct values {
      signed char v[256];
    } t{};
    for (auto& v : t.v) v = -1;
    for (int i = 0; i < 26; ++i) {
      t.v['A' + i] = static_cast<signed char>(i);
      t.v['a' + i] = static_cast<signed char>(26 + i);
    }
    for (int i = 0; i < 10; ++i) t.v['0' + i] = static_cast<signed char>(52 + i);
    t.v[static_cast<unsigned char>('+')] = 62;
    t.v[static_cast<unsigned char>('/')] = 63;
    return t;
  }();
  return table.v[c];
}

// RFC 2047 "Q": like quoted-printable, but '_' is a space and there are no soft breaks.
std::string decode_q(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      out.push_back(' ');
    } else if (const int b = c == '=' ? bounce::detail::hex_byte(s, i + 1) : -1; b >= 0) {
      out.push_back(static_cast<char>(b));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// ---- charsets ------------------------------------------------------------------------------

// Canonical lower-case charset label: trimmed, unquoted, RFC 2231 language suffix dropped.
std::string canonical_charset(std::string_view cs) {
  cs = bounce::detail::trim(cs);
  if (cs.size() >= 2 && (cs.front() == '"' || cs.front() == '\'') && cs.back() == cs.front())
    cs = cs.substr(1, cs.size() - 2);
  if (auto star = cs.find('*'); star != std::string_view::npos) cs = cs.substr(0, star);
  return bounce::detail::to_lower(bounce::detail::trim(cs));
}

bool is_utf8_label(std::string_view cs) noexcept {
  return cs.empty() || cs == "utf-8" || cs == "utf8" || cs == "us-ascii" || cs == "ascii" ||
         cs == "ansi_x3.4-1968" || cs == "us" || cs == "646" || cs == "x-unknown" ||
         cs == "unknown-8bit" || cs == "x-user-defined" || cs == "default" || cs == "7bit" ||
         cs == "8bit";
}

// The iconv name for a MIME label; supersets are preferred (real mail uses vendor extensions).
std::string iconv_name(const std::string& cs) {
  if (cs == "shift_jis" || cs == "shift-jis" || cs == "sjis" || cs == "x-sjis" ||
      cs == "ms_kanji" || cs == "csshiftjis" || cs == "windows-31j" || cs == "cp932" ||
      cs == "x-ms-cp932" || cs == "ms932" || cs == "x-sjis-open")
    return "CP932";
  if (cs == "euc-jp" || cs == "x-euc-jp" || cs == "eucjp" || cs == "euc_jp" ||
      cs == "cseucpkdfmtjapanese" || cs == "cp51932" || cs == "eucjp-ms" || cs == "euc-jp-ms")
    return "EUC-JP-MS";
  if (cs == "gb2312" || cs == "gbk" || cs == "x-gbk" || cs == "cp936" || cs == "euc-cn" ||
      cs == "gb18030" || cs == "csgb2312" || cs == "x-gb2312" || cs == "gb_2312-80" ||
      cs == "chinese")
    return "GB18030";
  if (cs == "big5" || cs == "big-5" || cs == "x-big5" || cs == "cn-big5" || cs == "csbig5" ||
      cs == "big5-hkscs" || cs == "cp950")
    return "BIG5-HKSCS";
  if (cs == "ks_c_5601-1987" || cs == "ks_c_5601" || cs == "euc-kr" || cs == "ksc5601" ||
      cs == "korean" || cs == "cp949" || cs == "x-windows-949" || cs == "uhc" ||
      cs == "ks_c_5601-1989")
    return "CP949";
  for (std::string_view prefix :
       {"windows-", "x-cp", "cp-", "ms-"}) {  // windows-1252, x-cp1251 ...
    if (cs.size() > prefix.size() && cs.compare(0, prefix.size(), prefix) == 0) {
      std::string rest = cs.substr(prefix.size());
      if (rest.compare(0, 2, "cp") == 0) rest.erase(0, 2);
      if (!rest.empty() && rest.find_first_not_of("0123456789") == std::string::npos)
        return "CP" + rest;
    }
  }
  if (cs == "latin1" || cs == "latin-1" || cs == "l1") return "ISO-8859-1";
  if (cs == "iso-8859-8-i" || cs == "iso-8859-8-e") return "ISO-8859-8";
  if (cs == "iso-8859-6-i" || cs == "iso-8859-6-e") return "ISO-8859-6";
  std::string up = cs;
  for (char& c : up) c = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
  return up;
}

// One iconv descriptor per charset and thread, reused (iconv_open is not cheap).
struct iconv_cache {
  struct entry {
    std::string name;
    iconv_t cd;
  };
  std::vector<entry> entries;
  ~iconv_cache() {
    for (auto& e : entries)
      if (e.cd != reinterpret_cast<iconv_t>(-1)) iconv_close(e.cd);
  }
  iconv_t get(const std::string& name) {
    for (auto& e : entries)
      if (e.name == name) return e.cd;
    if (entries.size() >= 32) {  // bounded: a message full of odd labels cannot grow it
      if (entries.front().cd != reinterpret_cast<iconv_t>(-1)) iconv_close(entries.front().cd);
      entries.erase(entries.begin());
    }
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    entries.push_back({name, cd});
    return cd;
  }
};

// Converts with iconv; an invalid byte is copied unchanged (the output layer repairs UTF-8).
std::string run_iconv(iconv_t cd, std::string_view in) {
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset the shift state
  const std::size_t cap = in.size() * 4 + 16;     // bounded by the input size
  std::string out;
  out.resize(std::min<std::size_t>(cap, in.size() * 2 + 16));
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  std::size_t used = 0;
  auto room = [&]() -> bool {
    if (out.size() >= cap) return false;
    out.resize(std::min(cap, out.size() * 2));
    return true;
  };
  while (src_left > 0) {
    char* dst = out.data() + used;
    std::size_t dst_left = out.size() - used;
    const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    used = static_cast<std::size_t>(dst - out.data());
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      if (!room()) break;
      continue;
    }
    // EILSEQ or EINVAL (truncated at the end): keep the byte, go on after it
    if (used == out.size() && !room()) break;
    out[used++] = *src;
    ++src;
    --src_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  for (;;) {  // flush a stateful encoding back to the initial state
    char* dst = out.data() + used;
    std::size_t dst_left = out.size() - used;
    const std::size_t r = iconv(cd, nullptr, nullptr, &dst, &dst_left);
    used = static_cast<std::size_t>(dst - out.data());
    if (r != static_cast<std::size_t>(-1) || errno != E2BIG || !room()) break;
  }
  out.resize(used);
  return out;
}

// ISO-2022-JP and its extensions (CP50220/1/2: JIS X 0201 katakana, NEC and IBM rows) as
// EUC-JP bytes, which EUC-JP-MS then converts: glibc's ISO-2022-JP rejects those extensions.
std::string iso2022jp_to_eucjp(std::string_view in) {
  enum class mode { ascii, jis0208, kana, jis0212 } m = mode::ascii;
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == 0x1B) {
      const std::string_view esc = in.substr(i + 1, 3);
      if (esc.substr(0, 2) == "(B" || esc.substr(0, 2) == "(J" || esc.substr(0, 2) == "(H") {
        m = mode::ascii;
        i += 3;
        continue;
      }
      if (esc.substr(0, 2) == "(I") {
        m = mode::kana;
        i += 3;
        continue;
      }
      if (esc.substr(0, 2) == "$@" || esc.substr(0, 2) == "$B") {
        m = mode::jis0208;
        i += 3;
        continue;
      }
      if (esc == "$(D") {
        m = mode::jis0212;
        i += 4;
        continue;
      }
      if (esc == "$(Q" || esc == "$(O" || esc == "$(P") {  // JIS X 0213: close enough to 0208
        m = mode::jis0208;
        i += 4;
        continue;
      }
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c == 0x0E) {  // SO: JIS X 0201 katakana (CP50221)
      m = mode::kana;
      ++i;
      continue;
    }
    if (c == 0x0F) {
      m = mode::ascii;
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r') {  // a line ends every shift (RFC 1468)
      m = m == mode::kana ? mode::ascii : m;
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    switch (m) {
      case mode::ascii:
        out.push_back(static_cast<char>(c));
        ++i;
        break;
      case mode::kana:
        if (c >= 0x21 && c <= 0x5F) {
          out.push_back(static_cast<char>(0x8E));
          out.push_back(static_cast<char>(c | 0x80));
        } else {
          out.push_back(static_cast<char>(c));
        }
        ++i;
        break;
      case mode::jis0208:
      case mode::jis0212:
        if (c >= 0x21 && c <= 0x7E && i + 1 < in.size()) {
          const unsigned char d = static_cast<unsigned char>(in[i + 1]);
          if (d >= 0x21 && d <= 0x7E) {
            if (m == mode::jis0212) out.push_back(static_cast<char>(0x8F));
            out.push_back(static_cast<char>(c | 0x80));
            out.push_back(static_cast<char>(d | 0x80));
            i += 2;
            break;
          }
        }
        out.push_back(static_cast<char>(c));
        ++i;
        break;
    }
  }
  return out;
}

bool has_high_bytes(std::string_view s) noexcept {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

}  // namespace

std::string to_utf8(std::string_view bytes, std::string_view charset, bool* ok) {
  if (ok) *ok = true;
  const std::string cs = canonical_charset(charset);
  if (is_utf8_label(cs)) return std::string(bytes);
  const bool iso2022 = cs.compare(0, 8, "iso-2022") == 0 || cs.compare(0, 7, "iso2022") == 0 ||
                       cs == "csiso2022jp" || cs == "jis" || cs == "cp50220" || cs == "cp50221" ||
                       cs == "cp50222";
  const bool wide = cs.compare(0, 6, "utf-16") == 0 || cs.compare(0, 6, "utf-32") == 0 ||
                    cs.compare(0, 3, "ucs") == 0 || cs == "utf16" || cs == "utf32";
  const bool seven_bit_shift = iso2022 || cs == "utf-7" || cs == "hz-gb-2312" || cs == "hz";
  // A seven-bit charset (RFC 1468's ISO-2022-JP, UTF-7, HZ) never has a byte >= 0x80: such
  // bytes that are valid UTF-8 were re-encoded on the way without the label changing (a relay
  // or a gateway that converts to UTF-8), so they are read as what they are.
  const bool high = has_high_bytes(bytes);
  if (seven_bit_shift && high && bounce::is_valid_utf8(bytes)) return std::string(bytes);
  // Pure ASCII needs no conversion in every ASCII-compatible charset.
  if (!wide && !high) {
    if (!seven_bit_shift) return std::string(bytes);
    if (iso2022 && bytes.find('\x1b') == std::string_view::npos &&
        bytes.find('\x0e') == std::string_view::npos)
      return std::string(bytes);
    if (!iso2022 && bytes.find(cs == "utf-7" ? '+' : '~') == std::string_view::npos)
      return std::string(bytes);
  }
  thread_local iconv_cache cache;
  if (iso2022 && (cs == "iso-2022-jp" || cs == "iso2022jp" || cs == "csiso2022jp" || cs == "jis" ||
                  cs == "iso-2022-jp-1" || cs == "iso-2022-jp-ms" ||
                  cs.compare(0, 5, "cp502") == 0 || cs == "iso-2022-jp-3")) {
    iconv_t cd = cache.get("EUC-JP-MS");
    if (cd == reinterpret_cast<iconv_t>(-1)) cd = cache.get("EUC-JP");
    if (cd != reinterpret_cast<iconv_t>(-1)) return run_iconv(cd, iso2022jp_to_eucjp(bytes));
  }
  iconv_t cd = cache.get(iconv_name(cs));
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    if (ok) *ok = false;
    return std::string(bytes);
  }
  return run_iconv(cd, bytes);
}

std::string decode_base64(std::string_view in) {
  // Written through a pointer into a buffer sized for the most it can hold, then cut: a
  // push_back per byte cost a capacity check each.
  std::string out(in.size() / 4 * 3 + 3, '\0');
  char* w = out.data();
  unsigned long acc = 0;
  int bits = 0;
  for (const char ch : in) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '=') {  // padding: the quantum ends here (concatenated chunks realign)
      acc = 0;
      bits = 0;
      continue;
    }
    const int v = base64_value(c);
    if (v < 0) continue;  // whitespace and junk are skipped
    acc = (acc << 6) | static_cast<unsigned long>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      *w++ = static_cast<char>((acc >> bits) & 0xFF);
      acc &= (1ul << bits) - 1;
    }
  }
  out.resize(static_cast<std::size_t>(w - out.data()));
  return out;
}

std::string decode_quoted_printable(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const std::size_t n = in.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = in[i];
    if (c != '=') {
      // Copy the whole run up to the next '=' at once: byte-wise push_back dominated this
      // function on mostly-plain QP bodies.
      const void* eq = std::memchr(in.data() + i, '=', n - i);
      const std::size_t stop =
          eq ? static_cast<std::size_t>(static_cast<const char*>(eq) - in.data()) : n;
      out.append(in.data() + i, stop - i);
      i = stop - 1;
      continue;
    }
    if (const int b = bounce::detail::hex_byte(in, i + 1); b >= 0) {
      out.push_back(static_cast<char>(b));
      i += 2;
      continue;
    }
    // Soft line break: "=" then optional trailing blanks, then the end of the line.
    std::size_t j = i + 1;
    while (j < n && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j < n && in[j] == '\r') ++j;
    if (j < n && in[j] == '\n') {
      i = j;
      continue;
    }
    if (j == n) break;  // "=" at the very end: a soft break with the newline trimmed
    out.push_back(c);   // an invalid escape is kept as is
  }
  return out;
}

std::string decode_rfc2047(std::string_view value) {
  if (value.find("=?") == std::string_view::npos) return std::string(value);
  std::string out;
  out.reserve(value.size());
  std::string pending, pending_cs;  // decoded bytes of adjacent words in one charset
  auto flush = [&] {
    if (!pending.empty()) out += to_utf8(pending, pending_cs);
    pending.clear();
  };
  bool after_word = false;
  std::size_t i = 0;
  while (i < value.size()) {
    const std::size_t start = value.find("=?", i);
    if (start == std::string_view::npos) break;
    // =?charset?enc?text?=
    const std::size_t q1 = value.find('?', start + 2);
    bool valid = q1 != std::string_view::npos && q1 > start + 2 && q1 + 3 < value.size() &&
                 value[q1 + 2] == '?';
    std::size_t end = std::string_view::npos;
    char enc = 0;
    if (valid) {
      enc = ascii_lower(value[q1 + 1]);
      end = value.find('?', q1 + 3);
      valid = (enc == 'b' || enc == 'q') && end != std::string_view::npos &&
              end + 1 < value.size() && value[end + 1] == '=';
    }
    if (valid) {
      for (std::size_t k = start + 2; k < end; ++k) {
        const char c = value[k];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          valid = false;
          break;
        }
      }
    }
    if (!valid) {  // not an encoded word: copy through "=?" and go on
      flush();
      out.append(value.substr(i, start + 2 - i));
      i = start + 2;
      after_word = false;
      continue;
    }
    const std::string_view between = value.substr(i, start - i);
    const bool only_space = bounce::detail::trim(between).empty();
    if (!(after_word && only_space)) {
      flush();
      out.append(between);
    }
    const std::string_view cs = value.substr(start + 2, q1 - start - 2);
    const std::string_view text = value.substr(q1 + 3, end - q1 - 3);
    std::string bytes = enc == 'b' ? decode_base64(text) : decode_q(text);
    const std::string canon = canonical_charset(cs);
    if (!pending.empty() && canon != pending_cs) flush();
    pending_cs = canon;
    pending += bytes;
    after_word = true;
    i = end + 2;
  }
  flush();
  if (i < value.size()) out.append(value.substr(i));
  return out;
}

namespace detail {

std::string parse_cte(std::string_view raw) {
  raw = bounce::detail::trim(raw);
  std::size_t n = 0;
  while (n < raw.size() && raw[n] != ';' && raw[n] != ' ' && raw[n] != '\t' && raw[n] != '(') ++n;
  std::string cte = bounce::detail::to_lower(raw.substr(0, n));
  if (cte.size() >= 2 && cte.front() == '"' && cte.back() == '"')
    cte = cte.substr(1, cte.size() - 2);
  return cte;
}

std::string decode_cte(std::string_view body, std::string_view cte) {
  if (cte == "base64") return decode_base64(body);
  if (cte == "quoted-printable") return decode_quoted_printable(body);
  return std::string(body);
}

}  // namespace detail
}  // namespace bounce::mime
