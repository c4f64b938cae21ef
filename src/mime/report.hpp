#pragma once
// The MIME layer's result: the parts of a bounce that later layers read, decoded to UTF-8.
// No mimetic type appears here (architecture.md: only src/mime/*.cpp use mimetic).
#include <string>
#include <string_view>
#include <vector>

#include "bounce/options.hpp"
#include "bounce/result.hpp"

namespace bounce::mime {

/// One header field; value unfolded (a fold becomes one space), not RFC 2047-decoded.
struct field {
  std::string name;
  std::string value;
};

struct header_block {
  std::vector<field> fields;
  /// Value of the first field with this name (ASCII case-insensitive); empty view when absent.
  std::string_view get(std::string_view name) const noexcept;
  bool has(std::string_view name) const noexcept;
  /// All values of the fields with this name, in order.
  std::vector<std::string_view> get_all(std::string_view name) const;
};

/// Parse a header block (up to the first empty line) into fields; unfolds. Stops at a line that
/// is neither a field nor a continuation. Returns the offset of the body (after the blank line).
std::size_t parse_header_block(std::string_view text, header_block& out);

struct report {
  header_block headers;      ///< top-level headers of the bounce (raw values, not 2047-decoded)
  std::string content_type;  ///< top-level "type/subtype", lower-case ("text/plain" when absent)
  std::string report_type;   ///< report-type parameter of the first multipart/report, lower-case
  /// Human-readable text, decoded (CTE, charset) to UTF-8 with LF line ends; invalid bytes are
  /// not repaired here. Multipart: the first text/plain outside the returned message (an inline
  /// one before an attachment), else the first text/html reduced to text, else empty.
  /// Single part: the whole body. Flat view: the raw body.
  std::string text;
  std::string delivery_status;  ///< body of message/delivery-status or global-delivery-status
                                ///< (first one; base64/QP decoded, LF line ends)
  bool global_dsn = false;      ///< it was message/global-delivery-status (RFC 6533)
  std::string feedback_report;  ///< body of message/feedback-report (RFC 5965), decoded
  bool has_original = false;    ///< a returned message or its headers was found (first one wins)
  header_block original;        ///< headers of the returned message (values not 2047-decoded)
  /// The returned message (message/rfc822, message/global) or headers part as bytes, LF line
  /// ends, capped at 64 KiB (cut after a whole line): enough for its headers and start.
  std::string original_raw;
  std::vector<std::string> warnings;  ///< mime_limits, mime_malformed, charset_unknown
};

/// Build the report view of an LF-normalised message (CR is tolerated: it is normalised again).
/// A leading mbox "From " line and blank lines are skipped. A multipart message over a limit
/// (warning mime_limits) or one mimetic cannot split (mime_malformed) gets the flat view: top
/// headers, content_type/report_type, and the raw body as text. errc::not_a_message when the
/// input is empty, whitespace or its first line is not a header field.
result<report> build_report(std::string_view lf_message, const limits&);

namespace detail {
/// build_report without mimetic's fast path and without cutting the returned message off:
/// the reference the differential tests (tests/unit/mime, fuzz/fuzz_mime_paths) compare with.
result<report> build_report_input_path(std::string_view lf_message, const limits&);
/// Every field of a report as text, for those comparisons (text fields without trailing
/// newlines: mimetic's input path keeps one at the edge of its 4 KiB buffer).
std::string report_digest(const report&);
}  // namespace detail

/// Decode RFC 2047 encoded words to UTF-8 (B and Q; adjacent words joined).
std::string decode_rfc2047(std::string_view value);
/// Convert bytes in charset to UTF-8 (iconv); bytes returned unchanged when the charset is
/// unknown (ok=false).
std::string to_utf8(std::string_view bytes, std::string_view charset, bool* ok = nullptr);
std::string decode_base64(std::string_view);
std::string decode_quoted_printable(std::string_view);

}  // namespace bounce::mime
