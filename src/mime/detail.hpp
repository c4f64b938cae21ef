// SPDX-License-Identifier: BSD-2-Clause
#pragma once
#include "detail/utf8.hpp"
// Private helpers of the MIME layer (shared by its .cpp files and its unit tests).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bounce/options.hpp"

namespace bounce::mime {
struct report;
class header_block;
}  // namespace bounce::mime

namespace bounce::mime::detail {

/// A parsed Content-Type value (our own parser: mimetic re-serialises values after typed access).
struct content_type {
  std::string type;     ///< lower-case; "text" when absent or invalid (RFC 2045 §5.2)
  std::string subtype;  ///< lower-case; "plain" when absent or invalid
  std::vector<std::pair<std::string, std::string>> params;  ///< names lower-case, values unquoted
  bool present = false;  ///< a syntactically valid type/subtype was given

  std::string_view param(std::string_view lower_name) const noexcept;
  bool is(std::string_view t, std::string_view s) const noexcept {
    return type == t && subtype == s;
  }
  std::string full() const { return type + "/" + subtype; }
  /// A returned message whole: message/rfc822 (RFC 6522), message/global (RFC 6533), and
  /// message/news, which old news gateways return it as.
  bool is_returned_message() const noexcept {
    return type == "message" && (subtype == "rfc822" || subtype == "global" || subtype == "news");
  }
  /// The returned message's header block alone: text/rfc822-headers (RFC 6522),
  /// message/global-headers (RFC 6533), and message/rfc822-headers, the label VOPmail and
  /// MAILsweeper gave it (flufl.bounce's samples dsn_05, dsn_07).
  bool is_returned_headers() const noexcept {
    return is("text", "rfc822-headers") || is("message", "global-headers") ||
           is("message", "rfc822-headers");
  }
};

/// Parse a raw Content-Type value; RFC 2231 continuations and charsets are decoded.
content_type parse_content_type(std::string_view raw);

/// Lower-cased mechanism of a Content-Transfer-Encoding value ("base64", "quoted-printable" ...).
std::string parse_cte(std::string_view raw);

/// Decode a body per its Content-Transfer-Encoding (identity for 7bit/8bit/binary/unknown).
std::string decode_cte(std::string_view body, std::string_view cte);

/// An RFC 2045 token byte: printable ASCII, no space, no tspecial. A table: it is asked for
/// every byte of every Content-Type value the gate and the parser read.
inline bool is_token_char(char c) noexcept {
  static constexpr auto table = [] {
    struct bytes {
      bool v[256];
    } t{};
    for (int u = 33; u < 127; ++u) t.v[u] = true;
    for (const char* p = "()<>@,;:\\\"/[]?="; *p; ++p) t.v[static_cast<unsigned char>(*p)] = false;
    return t;
  }();
  return table.v[static_cast<unsigned char>(c)];
}

/// Nesting allowed whatever limits::max_depth says (mimetic's loader is recursive).
inline constexpr std::size_t kHardMaxDepth = 256;

/// Where the colon of a Content-Type field starting this line is ("Content-Type", any case, then
/// blanks allowed before the colon, as mimetic reads the name), or npos when it starts none.
std::size_t content_type_colon(std::string_view line) noexcept;

/// The pre-scan of stack-notes.md: true when the message is within the limits for mimetic.
/// Lines starting with "--" (parts), the longest header field in any header block before
/// unfolding (a folded field counts whole), and "multipart"/"rfc822" occurrences in the
/// Content-Type fields of header blocks (nesting depth; capped at kHardMaxDepth).
/// With content_type_lines, the offsets of the lines that start a Content-Type field (anywhere,
/// in order) are appended to it in the same pass, for pointer_path_safe.
bool prescan_ok(std::string_view lf_message, const limits& lim,
                std::vector<std::size_t>* content_type_lines = nullptr);

/// Some MTAs continue Content-Type on an unindented line ("boundary=..." at line start, after a
/// line ending in ';'), which every strict parser reads as the end of the header block; and a
/// Content-Type folded right after its colon ("Content-Type:\n multipart/mixed; ...", legal,
/// what Python's email package writes) is read by mimetic as no type. Returns the message with
/// such lines indented (a fold) and such folds joined ("Content-Type: multipart/mixed; ..."), or
/// an empty string when nothing needed it.
std::string repair_unfolded_params(std::string_view lf_message);

/// Where a signature under the text starts: its last "-- " line (RFC 3676 section 4.3), when
/// at most a few lines follow and none is a header field; npos when there is none. A relay's
/// footer (a virus scanner's, a disclaimer) is not part of the notice.
std::size_t signature_at(std::string_view text) noexcept;

/// The notice's Subject as its MTA wrote it: trimmed, RFC 2047-decoded, and without the tags a
/// gateway or filter put in front of it ("[EXTERNAL] ", "*****SPAM***** ", "{Spam?} ") while
/// text follows them.
std::string notice_subject(std::string_view raw_value);

/// The notice's From split into its sender's name (the display name of "Name <addr>" or the
/// comment of "addr (Name)", unquoted and RFC 2047-decoded) and address (as written).
void notice_from(std::string_view raw_value, std::string& name, std::string& address);

/// Fills rep.original from a returned message quoted in rep.text (inline_original_at), when
/// the message had no returned message part.
void read_inline_original(report& rep);

/// parse_header_block for a returned message's header block, which some notices copy with the
/// folds' white space lost (GMX's, and the Office 365 notices office365-09 to -11 of the shared
/// corpus, whose "DKIM-Signature:" continues on "s=selector1;"): a run of lines that are
/// neither fields nor indented continues the field before it when a field or an indented line
/// follows the run in the block; otherwise the run ends the block, as in parse_header_block.
std::size_t parse_returned_header_block(std::string_view text, header_block& out);

/// Whether text starts with a message's header block: at least two of the fields a message's
/// header holds, one of them saying which message it was (From, To, Subject, Message-ID).
bool starts_with_message_header(std::string_view text);

/// Reduce HTML to text: tags dropped (block tags become newlines), script/style removed,
/// entities decoded (named basics and numeric).
std::string html_to_text(std::string_view html);

/// Length of the header block at the start of text including its terminating blank line:
/// the offset where the body starts. Same rules as parse_header_block.
std::size_t header_length(std::string_view text) noexcept;

/// True when the line (without its newline) is a header field "Name: value".
bool is_field_line(std::string_view line) noexcept;

/// True when mimetic's fast (const char*) path builds the same tree as its input-iterator path
/// for this LF message: no CR, every boundary that a Content-Type field names is read the same
/// by mimetic and by us, every "--boundary" occurrence is a whole delimiter line, and the
/// delimiter lines nest. Linear in the message size.
/// content_type_lines: what prescan_ok collected for this message (offsets past its end are
/// ignored); without it the lines are found here.
bool pointer_path_safe(std::string_view lf_message,
                       const std::vector<std::size_t>* content_type_lines = nullptr);

/// A Content-Type value of the plain form "type/subtype; name=value; name=\"value\"" (tokens,
/// quoted strings without '\\', '"' or ';', no RFC 2231, at most one boundary): its boundary
/// (empty when none) and whether the type is multipart. False for any other form.
bool simple_boundary(std::string_view value, std::string& boundary, bool& multipart);
/// The same read by mimetic's ContentType (false when it threw); serialized, when given,
/// receives the value as mimetic writes it back (what Field::value() returns after its loader
/// parsed the field).
bool mimetic_boundary(std::string_view value, std::string& boundary, bool& multipart,
                      std::string* serialized = nullptr);

/// When the last part of the top-level multipart (whose boundary is given) is a returned message
/// or its headers (content_type::is_returned_message, is_returned_headers),
/// its content as mimetic's input-iterator path would split it: from its header block to the
/// closing delimiter, with no line inside starting with "--boundary". The caller then lets
/// mimetic parse only the bytes before it (if pointer_path_safe accepts those): the returned
/// message, often the bulk of a bounce, is read by our own header code anyway, and a returned
/// message cut short inside its own multipart no longer keeps the message off the fast path.
std::optional<std::string_view> returned_last_part(std::string_view lf_message,
                                                   std::string_view top_boundary);

/// What mimetic needs of a message pointer_path_safe accepted, to split it the same way: a
/// Content-Type field with the top type and boundary, then the body from body_at up to end.
/// The top header block (often long: Received, DKIM ...) is parsed by our own code already.
/// body_at must come from parse_header_block. Empty when mimetic might end the top header block
/// elsewhere than body_at.
bool structure_for_mimetic(std::string_view lf_message, std::size_t body_at, std::string_view type,
                           std::string_view boundary, std::size_t end, std::string& out);

/// Append the UTF-8 encoding of a code point (invalid ones become U+FFFD).
using bounce::detail::append_utf8;

}  // namespace bounce::mime::detail
