// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The MIME layer's result: the parts of a bounce that later layers read, decoded to UTF-8.
// No mimetic type appears here (architecture.md: only src/mime/*.cpp use mimetic).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/options.hpp"
#include "bounce/result.hpp"

namespace bounce::mime {

/// One header field; value unfolded (a fold becomes one space), not RFC 2047-decoded. The views
/// point into the header_block that yields the field.
struct field {
  std::string_view name;
  std::string_view value;
};

/// The fields of one header block, in order. Their text lives in one buffer owned by the block
/// (one growing allocation per block instead of two per field: a bounce has two blocks of 20-60
/// fields, and these allocations were the largest share of the pipeline's). Fields are stored as
/// offsets, so copies and moves of the block stay valid; a yielded field is valid until the block
/// is changed or destroyed.
class header_block {
 public:
  /// Appends a field.
  void add(std::string_view name, std::string_view value);
  /// Appends a continuation line's text to the last field's value, after one space (none when
  /// the value is empty: unfolding as RFC 5322 describes it); no-op when there is no field.
  void unfold_into_last(std::string_view more);
  /// Room for this many bytes of names and values and this many fields.
  void reserve(std::size_t bytes, std::size_t fields);

  std::size_t size() const noexcept { return spans_.size(); }
  bool empty() const noexcept { return spans_.empty(); }
  field operator[](std::size_t i) const noexcept { return field_of(spans_[i]); }

  /// Value of the first field with this name (ASCII case-insensitive); empty view when absent.
  std::string_view get(std::string_view name) const noexcept;
  bool has(std::string_view name) const noexcept;
  /// All values of the fields with this name, in order.
  std::vector<std::string_view> get_all(std::string_view name) const;

  class iterator {
   public:
    using value_type = field;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const header_block* b, std::size_t i) noexcept : block_(b), i_(i) {}
    field operator*() const noexcept { return (*block_)[i_]; }
    iterator& operator++() noexcept {
      ++i_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const iterator& o) const noexcept { return i_ == o.i_; }

   private:
    const header_block* block_ = nullptr;
    std::size_t i_ = 0;
  };
  iterator begin() const noexcept { return {this, 0}; }
  iterator end() const noexcept { return {this, spans_.size()}; }

 private:
  struct span {
    std::uint32_t name_at, name_size, value_at, value_size;
  };
  field field_of(const span& s) const noexcept {
    return {std::string_view(text_).substr(s.name_at, s.name_size),
            std::string_view(text_).substr(s.value_at, s.value_size)};
  }
  std::string text_;  // names and values, back to back; the last value is at the end
  std::vector<span> spans_;
};

/// Parse a header block (up to the first empty line) into fields; unfolds. Stops at a line that
/// is neither a field nor a continuation. Returns the offset of the body (after the blank line).
std::size_t parse_header_block(std::string_view text, header_block& out);

struct report {
  header_block headers;  ///< top-level headers of the bounce (raw values, not 2047-decoded)
  /// The top Subject, trimmed, RFC 2047-decoded and without a gateway's tag in front
  /// ("[EXTERNAL] "): what every extractor matches (relays and Exchange write an ASCII Subject
  /// as an encoded word too).
  std::string subject;
  /// The top From's sender name and address, in either RFC 5322 form ("Name <addr>" or
  /// "addr (Name)"): what extractors recognise a notice's sender by.
  std::string from_name;
  std::string from_address;
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
  /// body of message/disposition-notification (an MDN, RFC 8098), decoded: how a Sieve
  /// "reject" (RFC 5429) reports a refused message
  std::string disposition_notification;
  bool has_original = false;  ///< a returned message or its headers was found (first one wins)
  /// Headers of the returned message (values not 2047-decoded). Without a returned message part
  /// (has_original false) they may come from a copy quoted in the text (inline_original_at).
  header_block original;
  /// The returned message (message/rfc822, message/global) or headers part as bytes, LF line
  /// ends, capped at 64 KiB (cut after a whole line): enough for its headers and start.
  std::string original_raw;
  std::vector<std::string> warnings;  ///< mime_limits, mime_malformed, charset_unknown
  /// The caller's limits, for readers that bound their work by them (max_recipients: an
  /// extractor reads no more recipients than the pipeline keeps, plus one to tell it so).
  bounce::limits limits;
};

/// Build the report view of an LF-normalised message (CR is tolerated: it is normalised again).
/// A leading mbox "From " line and blank lines are skipped. A multipart message over a limit
/// (warning mime_limits) or one mimetic cannot split (mime_malformed) gets the flat view: top
/// headers, content_type/report_type, and the raw body as text. errc::not_a_message when the
/// input is empty, whitespace or its first line is not a header field.
result<report> build_report(std::string_view lf_message, const limits&);

namespace detail {
/// build_report, or (allow_fast false) the same without mimetic's fast path and without cutting
/// the returned message off: the reference the differential tests (tests/support/mime_oracles)
/// compare build_report with.
result<report> build_report_on(std::string_view lf_message, const limits&, bool allow_fast);
}  // namespace detail

/// Whether a line starts a field of a message's header block (Received:, From:, To:, Subject:,
/// Message-ID:, Date:, MIME-Version: ...), as a returned message's headers do.
bool starts_message_field(std::string_view line);

/// Whether a line names the returned message that follows it ("------ This is a copy of the
/// message, including all the headers. ------", "Original message follows.").
bool names_returned_message(std::string_view line);

/// Where the header block of a returned message quoted in a notice's text starts: a header
/// field line right below a line that names the returned message, starting a block with at
/// least two message fields (From:, To:, Received: ...), one of them From, To, Subject or
/// Message-ID. npos when the text quotes none.
std::size_t inline_original_at(std::string_view text);

/// Decode RFC 2047 encoded words to UTF-8 (B and Q; adjacent words joined).
std::string decode_rfc2047(std::string_view value);
/// Convert bytes in charset to UTF-8 (iconv); bytes returned unchanged when the charset is
/// unknown (ok=false).
std::string to_utf8(std::string_view bytes, std::string_view charset, bool* ok = nullptr);
std::string decode_base64(std::string_view);
std::string decode_quoted_printable(std::string_view);

}  // namespace bounce::mime
