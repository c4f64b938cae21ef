// SPDX-License-Identifier: BSD-2-Clause
// A signature under the notice's text. Relays add one to every message that passes them:
// MailScanner's "Inline Text Signature" ("This message has been scanned for viruses and
// dangerous content by MailScanner, and is believed to be clean.", MailScanner.conf "Sign
// Clean Messages"), disclaimers and confidentiality notices. Its words ("viruses", "blocked",
// "delete it") are not the delivery's: read into a recipient's diagnostic they decided the
// reason. The usual separator is the "sig dash" line "-- " (RFC 3676 section 4.3).
#include <cstddef>
#include <string_view>

#include "detail/string_util.hpp"
#include "detail/byte_search.hpp"
#include "mime/detail.hpp"

namespace bounce::mime::detail {
namespace {

// Longer than this after the separator, it is not a footer: the text stays whole.
constexpr std::size_t kMaxSignatureLines = 40;

// A line that starts with a failure reply code ("550 ", "451-") or an enhanced status code of
// a failure ("5.1.1 "): RFC 5321 section 4.2, RFC 3463 section 2.
bool starts_with_failure_reply(std::string_view line) noexcept {
  line = bounce::detail::trim(line);
  const auto digit = [&line](std::size_t i) {
    return i < line.size() && line[i] >= '0' && line[i] <= '9';
  };
  if (line.empty() || (line[0] != '4' && line[0] != '5')) return false;
  if (digit(1) && digit(2) && (line.size() == 3 || line[3] == ' ' || line[3] == '-')) return true;
  if (line.size() < 5 || line[1] != '.' || !digit(2)) return false;
  std::size_t i = 2;
  while (digit(i) && i < 5) ++i;
  if (i >= line.size() || line[i] != '.' || !digit(i + 1)) return false;
  std::size_t j = i + 1;
  while (digit(j) && j < i + 4) ++j;
  return j == line.size() || line[j] == ' ';
}

}  // namespace

std::size_t signature_at(std::string_view text) noexcept {
  // The last separator line: a relay's footer comes after anything the notice carries. Found
  // by a substring search, not line by line: this runs on every notice's text.
  std::size_t at = std::string_view::npos;
  for (std::size_t p = text.find("-- "); p != std::string_view::npos; p = text.find("-- ", p + 1)) {
    const std::size_t end = p + 3;
    const bool line_start = p == 0 || text[p - 1] == '\n';
    const bool line_end = end == text.size() || text[end] == '\n' ||
                          (text[end] == '\r' && (end + 1 == text.size() || text[end + 1] == '\n'));
    if (line_start && line_end) at = p;
  }
  if (at == std::string_view::npos) return at;
  // What follows must be a footer: a few lines, none a header field (a message quoted after
  // the separator, which read_inline_original reads, keeps the text whole) and none an SMTP
  // failure reply (the notice's own; a footer's street number or version is not one).
  std::size_t lines = 0;
  for (std::size_t pos = bounce::detail::newline_at(text, at) + 1; pos < text.size();) {
    const std::size_t end = bounce::detail::newline_at(text, pos);
    const std::string_view line = text.substr(pos, end - pos);
    if (++lines > kMaxSignatureLines || is_field_line(line) || starts_with_failure_reply(line))
      return std::string_view::npos;
    pos = end + 1;
  }
  return at;
}

}  // namespace bounce::mime::detail
