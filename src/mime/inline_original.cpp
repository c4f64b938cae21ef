// SPDX-License-Identifier: BSD-2-Clause
// A returned message quoted in the notice's own text. MTAs that send no MIME structure (Exim's
// plain notices, qmail, Sendmail 5, DragonFly's dma, IMail, Yahoo, Gmail's old notices) return
// the message below a separator line: "------ This is a copy of the message, including all the
// headers. ------" (Exim, deliver.c), "--- Below this line is a copy of the message."
// (qmail-send.c), "----- Original message follows -----" (Sendmail's savemail.c), "Original
// message follows." (IMail, dma). Its header block gives the records their original Message-ID,
// From, To and Subject, as a message/rfc822 part would.
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "detail/string_util.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"

namespace bounce::mime {
namespace {

using bounce::detail::icontains;
using bounce::detail::istarts_with;
using bounce::detail::trim;

// Words of the lines after which the returned message (or a copy of its headers) follows.
// Substrings: "original message" also covers "original message follows" and "... headers";
// "original mail" m-FILTER's "-------original mail info" (Sisimai Lhost::mFILTER), "returned
// mail" the "-------- Returned Mail --------" of flufl.bounce's bounce_02 sample.
constexpr std::array<std::string_view, 13> returned_words = {
    "message text follows", "returned message",        "original message",
    "copy of the message",  "copy of your message",    "message headers follow",
    "unsent message below", "headers of the original", "undelivered message",
    "message follows",      "original headers",        "original mail",
    "returned mail"};

// A rule line under a separator's words ("Included is a copy of the message header:" then a
// line of dashes, MXLogic's): it neither names nor hides the words above it.
bool rule_line(std::string_view line) {
  line = trim(line);
  if (line.size() < 3) return false;
  for (char c : line)
    if (c != '-' && c != '=' && c != '_' && c != '*') return false;
  return true;
}

// The fields a returned message's header block starts with or holds.
constexpr std::array<std::string_view, 11> message_fields = {
    "received:",   "return-path:",  "from:",         "to:", "subject:", "date:",
    "message-id:", "mime-version:", "content-type:", "cc:", "reply-to:"};
// Of those, the ones that say which message it was.
constexpr std::array<std::string_view, 4> identifying_fields = {
    "from:", "to:", "subject:", "message-id:"};

bool starts_with_any(std::string_view line, std::span<const std::string_view> names) {
  for (std::string_view n : names)
    if (istarts_with(line, n)) return true;
  return false;
}

// Some MTAs copy the returned headers with their folds' indentation lost: GMX's "Received:
// from [192.0.2.135] by 3capp-mailcom-lxa02.server.lan (via" then "HTTP); Sat, 29 Nov 2014"
// on a line of its own (4 of the shared corpus's GMX notices), Yahoo's the eight lines of an
// "X-YMail-OSG:" value (yahoo-04, -05). A run of such lines is read as folds when a field or a
// fold follows it; a few runs per block, each of a bounded length, so that prose between
// fields is not read as headers.
constexpr int kMaxLostRuns = 4;
constexpr int kMaxRunLines = 16;

bool folds_or_field(std::string_view line) {
  return !line.empty() &&
         (line.front() == ' ' || line.front() == '\t' || detail::is_field_line(line));
}

// Calls on_line(line, lost_fold) for each line of the header block at text[pos], lost_fold
// true for a line read as a fold whose indentation was lost; stops at the block's end or when
// on_line returns false.
template <class F>
void walk_header_block(std::string_view text, std::size_t pos, F&& on_line) {
  const auto line_at = [&](std::size_t at, std::size_t& nl) {
    nl = text.find('\n', at);
    return text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
  };
  int runs = 0;
  std::size_t folds_until = 0;  // the lines before it are a run of lost folds, checked
  while (pos < text.size()) {
    std::size_t nl = 0;
    const std::string_view line = line_at(pos, nl);
    if (line.empty()) return;
    const bool lost_fold = !folds_or_field(line);
    if (lost_fold && pos >= folds_until) {
      // The run of lines that are neither fields nor folds: lost folds only when a field or a
      // fold ends it. Each line is looked at once here and once below.
      if (++runs > kMaxLostRuns) return;
      std::size_t at = pos;
      std::size_t run_nl = nl;
      int lines = 0;
      for (std::string_view l = line; !folds_or_field(l); l = line_at(at, run_nl)) {
        if (l.empty() || run_nl == std::string_view::npos || ++lines > kMaxRunLines ||
            names_returned_message(l))
          return;
        at = run_nl + 1;
      }
      folds_until = at;
    }
    if (!on_line(line, lost_fold)) return;
    if (nl == std::string_view::npos) return;
    pos = nl + 1;
  }
}

// A header block of a message at text[pos]: at least two message fields, one of them saying
// which message it was.
bool message_header_block(std::string_view text, std::size_t pos) {
  int fields = 0;
  bool identifying = false;
  bool found = false;
  walk_header_block(text, pos, [&](std::string_view line, bool lost_fold) {
    if (lost_fold || line.front() == ' ' || line.front() == '\t') return true;
    if (starts_message_field(line)) ++fields;
    identifying = identifying || starts_with_any(line, identifying_fields);
    found = fields >= 2 && identifying;
    return !found;
  });
  return found;
}

}  // namespace

bool starts_message_field(std::string_view line) { return starts_with_any(line, message_fields); }

bool names_returned_message(std::string_view line) {
  for (std::string_view w : returned_words)
    if (icontains(line, w)) return true;
  return false;
}

namespace {

// A separator line framed by dashes around words, in any language: "------ This is a copy of
// the message, including all the headers. ------" (Exim), "----- Original message follows
// -----" (Sendmail), "--- Kopfzeilen der ursprünglichen Nachricht ---". Only a header
// block of a message right after it makes it the returned message's.
bool framed_separator(std::string_view line) {
  line = trim(line);
  if (line.size() < 6 || !istarts_with(line, "--") || line.substr(line.size() - 2) != "--")
    return false;
  // Words: an ASCII letter, or a byte of a UTF-8 sequence (the words may be in any script).
  for (char c : line) {
    const char lower = bounce::detail::ascii_lower(c);
    if (static_cast<unsigned char>(c) >= 0x80 || (lower >= 'a' && lower <= 'z')) return true;
  }
  return false;
}

// A heading of words that ends in ':' ("Original message headers:", "Kopfzeilen der
// ursprünglichen Nachricht:", "En-têtes de message d'origine :", "Intestazioni originali del
// messaggio:": Exchange's in English, French and Italian as Sisimai 4.25 Lhost/Exchange2007.pm
// lists them): in any language, when a blank line sets it apart from a header block of a
// message below it ("The server said:" leads straight into what it quotes).
bool colon_heading(std::string_view line) {
  line = trim(line);
  return line.size() >= 8 && line.back() == ':' && line.find(' ') != std::string_view::npos;
}

}  // namespace

std::size_t inline_original_at(std::string_view text) {
  // One pass over the lines; a header field line (the block may start with any field:
  // DKIM-Signature, X-...) is checked against the last non-blank line before it, which must name
  // the returned message, or against the part header or paragraph start below.
  constexpr std::size_t max_marker = 160;  // a separator line, not a paragraph
  std::string_view marker;                 // the last non-blank line before pos
  bool heading_apart = false;   // marker is a colon_heading, a blank line below it (no rule line)
  bool paragraph_start = true;  // the line at pos follows a blank line (or none)
  // A MIME part header that declares a returned message, left in the text when the notice's
  // own structure was lost (no Content-Type on top, a boundary that matches no delimiter: four
  // of the shared corpus's Sendmail and Orange notices): the block after its blank line is the
  // returned message's header.
  bool returned_part = false;        // the current header lines declare a returned type
  bool after_returned_part = false;  // the line at pos is the first after such a header
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(pos, end - pos);
    const auto separated = [&] {
      return !marker.empty() && marker.size() <= max_marker &&
             (names_returned_message(marker) || framed_separator(marker) || heading_apart);
    };
    // A block below a separator or a returned part's header; or a paragraph that starts with a
    // Received field, a copy of a message's header with or without a separator above it
    // (Zoho's notices give none: zoho-01 to -05 of the shared corpus), which a notice's own
    // prose never starts with.
    const bool field = detail::is_field_line(line);
    if (field &&
        ((paragraph_start && istarts_with(line, "received:")) || after_returned_part ||
         separated()) &&
        message_header_block(text, pos))
      return pos;
    const bool blank = trim(line).empty();
    if (!blank) after_returned_part = false;
    if (field) {
      if (istarts_with(line, "content-type:")) {
        const detail::content_type ct = detail::parse_content_type(line.substr(13));
        returned_part = ct.is_returned_message() || ct.is_returned_headers();
      }
    } else if (blank) {
      after_returned_part = returned_part;
      returned_part = false;
    } else if (line.front() != ' ' && line.front() != '\t') {  // not a fold of the header
      returned_part = false;
    }
    paragraph_start = blank || rule_line(line);
    // A separator is not a header field ("X-Original-Message-ID:" names the words too): so each
    // block checked starts after a separator of its own and the whole pass stays linear.
    if (!trim(line).empty() && !rule_line(line))
      marker = detail::is_field_line(line) ? std::string_view() : line;
    heading_apart = blank ? heading_apart || colon_heading(marker) : false;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return std::string_view::npos;
}

namespace detail {

bool starts_with_message_header(std::string_view text) {
  return is_field_line(text.substr(0, text.find('\n'))) && message_header_block(text, 0);
}

void read_inline_original(report& rep) {
  if (rep.has_original || rep.text.empty()) return;
  const std::size_t at = inline_original_at(rep.text);
  if (at == std::string_view::npos) return;
  // The block as parse_header_block reads it: a lost fold gets its indentation back.
  std::string block;
  walk_header_block(rep.text, at, [&](std::string_view line, bool lost_fold) {
    if (lost_fold) block.push_back(' ');
    block.append(line).push_back('\n');
    return true;
  });
  parse_returned_header_block(block, rep.original);
}

}  // namespace detail
}  // namespace bounce::mime
