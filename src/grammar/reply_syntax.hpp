// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file reply_syntax.hpp  The one home of SMTP reply syntax in running text: reply codes,
/// enhanced status codes, reply-line prefixes, qmail's "(#5.1.1)" and the folding of multi-line
/// replies. Hand-written (no Spirit): these run on the hot path, over every diagnostic.
///
/// The X3 grammar of a whole reply field is grammar/smtp_reply.hpp; this file reads the same
/// syntax where it appears inside other text (a transcript, a diagnostic, prose).
///
/// Specification: RFC 5321 §4.2 (reply lines: code, "-" on every line but the last, the same
/// code on every line), RFC 3463 §2 (status-code = class "." 1*3digit "." 1*3digit), RFC 2034 §4
/// (the enhanced code follows the reply code). An enhanced code of another class than the reply
/// code's first digit ("550 4.2.2") is read as text, as the classifier's normalisation always did.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "bounce/status.hpp"

namespace bounce::grammar {

namespace reply_detail {
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool eol(char c) noexcept { return c == '\r' || c == '\n'; }
constexpr bool alnum(char c) noexcept {
  return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The offset of the first ASCII digit in p[0..8), 8 when there is none: the scanners below
/// pass digit-free text eight bytes at a time. SWAR: the high bit of each byte of the sums
/// marks "low seven bits >= '0'" and "... > '9'" (no sum carries into the next byte); bytes
/// >= 0x80 are masked out.
inline unsigned first_digit8(const char* p) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  const std::uint64_t low7 = x & ~high;
  const std::uint64_t ge_0 = low7 + (0x80 - '0') * ones;
  const std::uint64_t gt_9 = low7 + (0x80 - '9' - 1) * ones;
  const std::uint64_t digits = ge_0 & ~gt_9 & ~x & high;
  if constexpr (std::endian::native == std::endian::little)
    return static_cast<unsigned>(std::countr_zero(digits)) / 8;  // 64 / 8 when none
  else
    return static_cast<unsigned>(std::countl_zero(digits)) / 8;
}
/// A word starts at s[i]: the text's start or after a blank or a line break.
constexpr bool word_start(std::string_view s, std::size_t i) noexcept {
  return i == 0 || blank(s[i - 1]) || eol(s[i - 1]);
}
}  // namespace reply_detail

/// The prefix of one reply line at some offset: "550-", "550 5.7.1 ", "550-5.7.1 ", "550".
struct reply_prefix {
  int code = 0;                         ///< 200..599
  std::optional<status_code> enhanced;  ///< the enhanced code after it, of the same class
  bool continuation = false;            ///< '-' after the code: more lines follow
  std::size_t length = 0;               ///< code, separator, enhanced code and the blanks after
};

/** A reply-line prefix at s[i], or none.
    @par BNF
        prefix = code ("-" / WSP / CR / LF / end) *WSP [status-code (WSP / CR / LF / end) *WSP]
        code   = %x32-35 2DIGIT, no digit after
    @par Example "550-5.7.1 text" -> {550, 5.7.1, continuation, 10}; "550 text" -> {550, -, -, 4};
                 "5500", "550x", "150 " -> none. "550 4.2.2 x": the code 4.2.2 is text. */
std::optional<reply_prefix> reply_prefix_at(std::string_view s, std::size_t i) noexcept;

/** The reply code that starts s after blanks ("550 ...", "550-...", "550"), or none. 3xx
    counts (a transcript's "354 go ahead"). */
std::optional<int> leading_reply_code(std::string_view s) noexcept;

/** An enhanced status code standing alone at s[i] (not inside a version number, an address or
    a longer number); *end is set past it. Parts have 1 to 3 digits; the class is 2, 4 or 5.
    @par Example "said 5.1.1 user" at 5 -> 5.1.1; "v5.1.1", "1.5.1.1", "5.1.1a", "5.1.1.2" -> none
 */
inline bool status_at(std::string_view s, std::size_t i, status_code& code,
                      std::size_t& end) noexcept {
  std::size_t const n = s.size();
  if (i + 5 > n) return false;
  char const c = s[i];
  if (c != '2' && c != '4' && c != '5') return false;
  if (s[i + 1] != '.') return false;
  if (i > 0) {
    char const p = s[i - 1];
    if (reply_detail::alnum(p) || p == '.') return false;
  }
  int parts[2] = {0, 0};
  std::size_t j = i + 2;
  for (int k = 0; k < 2; ++k) {
    if (k == 1) {
      if (j >= n || s[j] != '.') return false;
      ++j;
    }
    std::size_t const start = j;
    while (j < n && reply_detail::digit(s[j]) && j - start < 4)
      parts[k] = parts[k] * 10 + (s[j++] - '0');
    if (j == start || j - start > 3) return false;
  }
  if (j < n &&
      (reply_detail::alnum(s[j]) || (s[j] == '.' && j + 1 < n && reply_detail::digit(s[j + 1]))))
    return false;
  code = {c - '0', parts[0], parts[1]};
  end = j;
  return true;
}

/** A reply code standing alone in prose at s[i]: [245]DD not glued to a word, a number, a time
    or an address ("12:550", "10.0.0.250"), followed by a blank, a line break, '-' or the end;
    after '-', a digit must begin an enhanced code ("555-250-1234" is a telephone number). */
inline bool reply_code_in_prose_at(std::string_view s, std::size_t i, int& code) noexcept {
  std::size_t const n = s.size();
  if (i + 3 > n) return false;
  char const c = s[i];
  if ((c != '2' && c != '4' && c != '5') || !reply_detail::digit(s[i + 1]) ||
      !reply_detail::digit(s[i + 2]))
    return false;
  if (i > 0) {
    char const p = s[i - 1];
    if (reply_detail::alnum(p)) return false;
    // "12:550", "10.0.0.250", "555-250-…": punctuation right after a digit
    if (!reply_detail::blank(p) && !reply_detail::eol(p) && p != '\f' && p != '\v' && i > 1 &&
        reply_detail::digit(s[i - 2]))
      return false;
  }
  if (i + 3 < n) {
    char const f = s[i + 3];
    if (!reply_detail::blank(f) && !reply_detail::eol(f) && f != '-') return false;
    // "550-5.1.1" but not "555-250-1234": after '-', a digit must start an enhanced code.
    if (f == '-' && i + 4 < n && reply_detail::digit(s[i + 4]) && (i + 5 >= n || s[i + 5] != '.'))
      return false;
  }
  code = (c - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return true;
}

/** qmail's "(#5.1.1)": the first "(#" followed by a status code standing alone.
    @par Example "Sorry, no mailbox here by that name. (#5.1.1)" -> 5.1.1 */
std::optional<status_code> hash_status(std::string_view text) noexcept;

/// How fold_reply reads its text.
struct fold_options {
  /// Keep the first line's prefix ("550-5.7.1 ") in the output; false: the text only.
  bool keep_first = true;
  /// Look for prefixes only at line starts (a transcript keeps its line breaks); otherwise at
  /// every word start (a reply already unfolded onto one line).
  bool line_starts_only = false;
  /// The reply's code when the text starts after its first line's prefix (a parser took it
  /// off); 0: the reply starts at its first prefix in the text.
  int code = 0;
};

/** Folds a multi-line SMTP reply: "550-5.7.1 mailbox\n550-5.7.1 is\n550 5.7.1 full" or its
    unfolded form "550-5.7.1 mailbox 550-5.7.1 is 550 5.7.1 full" -> "550-5.7.1 mailbox is full"
    (keep_first) or "mailbox is full".

    The reply starts at the first prefix that begins the text (after blanks), or, later in the
    text, at the first word-start prefix that carries '-' or an enhanced code (a bare "550 " in
    prose is a number). While its last line read ended in '-', the next prefix at a word start
    (a line start with line_starts_only) with the reply's code is its next line (RFC 5321
    §4.2.1: every line repeats the code, all but the last with '-') and is dropped together with
    its enhanced code and the blanks after it. After the last line ("550 "), the rest is text:
    "550 5.1.1 a -> 550 : b" quotes another server's reply, it does not continue this one.

    emit(std::string_view) receives the kept text in order, one call per piece between dropped
    prefixes (never an empty piece); white space inside pieces is left as it is, so that the
    caller decides how to collapse it (normalize_text folds and lower-cases in one pass). */
template <class Emit>
void fold_reply(std::string_view text, const fold_options& opt, Emit&& emit) {
  using namespace reply_detail;
  std::size_t piece = 0;  // start of the text not yet emitted
  int code = opt.code;    // the reply's code, once it started
  const auto cut = [&](std::size_t from, std::size_t to) {
    if (from > piece) emit(text.substr(piece, from - piece));
    piece = to;
  };
  std::size_t lead = 0;
  while (lead < text.size() && (blank(text[lead]) || eol(text[lead]))) ++lead;
  for (std::size_t i = lead; i + 3 <= text.size(); ++i) {
    // A prefix starts with a digit: the bytes before the next one are passed eight at a time.
    if (i + 8 <= text.size()) {
      const unsigned skip = first_digit8(text.data() + i);
      if (skip == 8) {
        i += 7;
        continue;
      }
      i += skip;
      if (i + 3 > text.size()) break;
    }
    // A class digit 2..5 (one unsigned comparison) at a word start.
    if (static_cast<unsigned char>(text[i] - '2') > 3 || !word_start(text, i)) continue;
    if (opt.line_starts_only && i != lead) {
      std::size_t k = i;
      while (k > 0 && blank(text[k - 1])) --k;
      if (k != 0 && !eol(text[k - 1])) continue;
    }
    const auto p = reply_prefix_at(text, i);
    if (!p) continue;
    if (code == 0) {
      if (i != lead && !p->continuation && !p->enhanced) continue;
      code = p->code;
      if (!opt.keep_first) cut(i, i + p->length);
    } else if (p->code == code) {
      cut(i, i + p->length);
    } else {
      continue;
    }
    // No '-': the reply's last line; the rest is text.
    if (!p->continuation) break;
    i += p->length - 1;
  }
  cut(text.size(), text.size());
}

/** fold_reply into a string: line breaks (with the blanks around them) and the place of each
    dropped prefix become one space; the ends are trimmed. Other white space stays. */
std::string fold_reply(std::string_view text, const fold_options& opt = {});

}  // namespace bounce::grammar
