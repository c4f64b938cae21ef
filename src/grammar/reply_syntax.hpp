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
/// (the enhanced code follows the reply code; its class is the reply code's first digit).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "bounce/status.hpp"

namespace bounce::grammar {

namespace reply_detail {
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool eol(char c) noexcept { return c == '\r' || c == '\n'; }
/// A word starts at s[i]: the text's start or after a blank or a line break.
constexpr bool word_start(std::string_view s, std::size_t i) noexcept {
  return i == 0 || blank(s[i - 1]) || eol(s[i - 1]);
}
}  // namespace reply_detail

/// The prefix of one reply line at some offset: "550-", "550 5.7.1 ", "550-5.7.1 ", "550".
struct reply_prefix {
  int code = 0;                         ///< 200..599
  std::optional<status_code> enhanced;  ///< RFC 2034 code after it, of the same class
  bool continuation = false;            ///< '-' after the code: more lines follow
  std::size_t length = 0;               ///< code, separator, enhanced code and the blanks after
};

/** A reply-line prefix at s[i], or none.
    @par BNF    prefix = code ("-" / WSP / CR / LF / end) *WSP [status-code (WSP / CR / LF / end)]
   *WSP code   = %x32-35 2DIGIT, no digit after
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
bool status_at(std::string_view s, std::size_t i, status_code& code, std::size_t& end) noexcept;

/** A reply code standing alone in prose at s[i]: [245]DD not glued to a word, a number, a time
    or an address ("12:550", "10.0.0.250"), followed by a blank, a line break, '-' or the end;
    after '-', a digit must begin an enhanced code ("555-250-1234" is a telephone number). */
bool reply_code_in_prose_at(std::string_view s, std::size_t i, int& code) noexcept;

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
};

/** Folds a multi-line SMTP reply: "550-5.7.1 mailbox\n550-5.7.1 is\n550 5.7.1 full" or its
    unfolded form "550-5.7.1 mailbox 550-5.7.1 is 550 5.7.1 full" -> "550-5.7.1 mailbox is full"
    (keep_first) or "mailbox is full".

    The reply starts at the first prefix that begins the text (after blanks), or, later in the
    text, at the first word-start prefix that carries '-' or an enhanced code (a bare "550 " in
    prose is a number). Every later prefix at a word start (a line start with line_starts_only)
    with the reply's code is a line of the same reply (RFC 5321 §4.2.1: every line repeats the
    code) and is dropped together with its enhanced code and the blanks after it.

    emit(std::string_view) receives the kept text in order, one call per piece between dropped
    prefixes (never an empty piece); white space inside pieces is left as it is, so that the
    caller decides how to collapse it (normalize_text folds and lower-cases in one pass). */
template <class Emit>
void fold_reply(std::string_view text, const fold_options& opt, Emit&& emit) {
  using namespace reply_detail;
  std::size_t piece = 0;  // start of the text not yet emitted
  int code = 0;           // the reply's code, once it started
  const auto cut = [&](std::size_t from, std::size_t to) {
    if (from > piece) emit(text.substr(piece, from - piece));
    piece = to;
  };
  std::size_t lead = 0;
  while (lead < text.size() && (blank(text[lead]) || eol(text[lead]))) ++lead;
  for (std::size_t i = lead; i + 3 <= text.size(); ++i) {
    const char c = text[i];
    if (c < '2' || c > '5' || !word_start(text, i)) continue;
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
    }
    i += p->length - 1;
  }
  cut(text.size(), text.size());
}

/** fold_reply into a string: line breaks (with the blanks around them) and the place of each
    dropped prefix become one space; the ends are trimmed. Other white space stays. */
std::string fold_reply(std::string_view text, const fold_options& opt = {});

}  // namespace bounce::grammar
