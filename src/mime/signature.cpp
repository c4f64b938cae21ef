// SPDX-License-Identifier: BSD-2-Clause
// A signature under the notice's text. Relays add one to every message that passes them:
// MailScanner's "Inline Text Signature" ("This message has been scanned for viruses and
// dangerous content by MailScanner, and is believed to be clean.", MailScanner.conf "Sign
// Clean Messages"), disclaimers and confidentiality notices. Its words ("viruses", "blocked",
// "delete it") are not the delivery's: read into a recipient's diagnostic they decided the
// reason. The usual separator is the "sig dash" line "-- " (RFC 3676 section 4.3).
#include <cstddef>
#include <string_view>

#include "bounce/fields.hpp"
#include "detail/byte_search.hpp"
#include "mime/detail.hpp"

namespace bounce::mime::detail {
namespace {

// Longer than this after the separator, it is not a footer: the text stays whole.
constexpr std::size_t kMaxSignatureLines = 40;

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
  // A reply code or an enhanced status code after it is the notice's, not a footer's.
  const std::string_view tail = text.substr(at);
  if (find_status_in_text(tail) || find_reply_code_in_text(tail)) return std::string_view::npos;
  // What follows must be a footer: a few lines, none a header field (a message quoted after
  // the separator, which read_inline_original reads, keeps the text whole).
  std::size_t lines = 0;
  for (std::size_t pos = bounce::detail::newline_at(text, at) + 1; pos < text.size();) {
    const std::size_t end = bounce::detail::newline_at(text, pos);
    if (++lines > kMaxSignatureLines || is_field_line(text.substr(pos, end - pos)))
      return std::string_view::npos;
    pos = end + 1;
  }
  return at;
}

}  // namespace bounce::mime::detail
