#pragma once
// Text helpers shared by the extractors of the Unix MTA families (Postfix, Sendmail, Exim, qmail,
// Courier, OpenSMTPD, DragonFly ...): cutting the notice off the returned message, finding
// "<addr>:" paragraphs, reading Sendmail-style SMTP transcripts (">>> RCPT To:<a>" / "<<< 550 ..."),
// and DSN fields carried as plain text (a forwarded or quoted bounce).
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/status.hpp"
#include "extract/draft.hpp"
#include "mime/report.hpp"

namespace bounce::extract::unix_text {

/// Text up to (not including) the first line that starts, after leading blanks, with one of
/// markers (case-sensitive); the whole text when none does.
std::string_view until_line(std::string_view text, std::initializer_list<std::string_view> markers);

/// Text after the end of the first line that contains lower_marker (ASCII case-insensitive;
/// the marker must be lower-case); empty when no line does.
std::string_view after_line(std::string_view text, std::string_view lower_marker);

/// True when some line starts, after leading blanks, with prefix (case-sensitive).
bool has_line_starting(std::string_view text, std::string_view prefix);

/// Every line with its leading quote marks ("> ", ">", "> > ") removed.
std::string unquote(std::string_view text);

/// Lines joined with one space, blanks collapsed, trimmed.
std::string join(std::string_view text);

/// s without surrounding blanks, one pair of angle brackets and a trailing ':' / '.'.
std::string_view bare_address(std::string_view s);

/// The 3-digit SMTP reply code that starts s ("550 ...", "550-...", "550"); none otherwise.
std::optional<int> leading_reply_code(std::string_view s);

/// The enhanced status code of a qmail-style "(#5.1.1)" in text; none when absent.
std::optional<status_code> hash_status(std::string_view text);

/// The delivery-status fields carried inside plain text (a bounce forwarded inline or quoted,
/// or a multipart/report pasted into a text/plain body): from the first line that starts with
/// "Reporting-MTA:", "Original-Recipient:" or "Final-Recipient:" up to the next MIME boundary
/// line ("--..."); empty when there is none.
std::string_view inline_delivery_status(std::string_view text);

/// dsn_drafts() over a delivery-status body other than r.delivery_status.
void dsn_drafts_from(const mime::report& r, std::string_view delivery_status,
                     std::vector<draft>& out);

/// A draft with recipient, diagnostic and SMTP command set.
draft make_draft(std::string_view recipient, std::string diagnostic, std::string command = {});

/// "host mx.example.net[192.0.2.1]", "mx.example.net [192.0.2.1]": the host name part.
std::string host_name(std::string_view s);

/// True when the recipient's domain is host or a parent domain of host (the MX of a domain is
/// usually a host under it): ("kim@example.org", "mx1.example.org") -> true.
bool host_serves(std::string_view host, std::string_view recipient);

/// One SMTP exchange of a Sendmail-style transcript.
struct smtp_exchange {
  std::string host;     ///< from "... while talking to HOST.:" / "While talking to HOST:"
  std::string command;  ///< normalised command of the last ">>> " line before the reply
  std::string command_line;  ///< that line, without ">>> "
  std::string reply;    ///< the "<<< " lines, prefix removed, joined with one space
  int code = 0;         ///< reply code of the first "<<< " line, 0 when none
  std::size_t end = 0;  ///< offset in the transcript just past the last "<<< " line
};

/// The exchanges of a transcript, in order; only those with a reply.
std::vector<smtp_exchange> parse_transcript(std::string_view transcript);

/// The failing exchange (code >= 400) that concerns recipient: its ">>> RCPT To:" or its reply
/// names the address; nullptr when none does.
const smtp_exchange* exchange_naming(const std::vector<smtp_exchange>& exchanges,
                                     std::string_view recipient);

/// An "<addr>:" paragraph of a notice (Postfix, qmail, Courier, X2 ...).
struct address_block {
  std::string recipient;  ///< address without brackets
  std::string alias;      ///< "(expanded from <alias>)" when given
  std::string text;       ///< the rest of the paragraph, lines joined with LF, trimmed
};

/// Paragraphs of text that begin with "<address>" (optionally "(expanded from <x>)") and a ':'.
/// A paragraph runs to the next blank line or the next such start.
std::vector<address_block> angle_address_blocks(std::string_view text);

}  // namespace bounce::extract::unix_text

namespace bounce::extract::unix_text {

/// Drafts from qmail-style "<address>:" paragraphs (qmail, netqmail, indimail, vpopmail and the
/// qmail-derived X2/X4 notices): the remote reply after "Remote host said:" or "... said:",
/// the command from qmail's fixed sentences ("does not like recipient" -> RCPT, "failed after I
/// sent the message" -> DATA, "sender was rejected" -> MAIL, "my name was rejected" -> HELO),
/// the "(#5.1.1)" code, and a reason for qmail's own fixed messages (rule
/// "extractor/<engine>/<id>"). body is the notice without the returned message.
/// With expiry_decides, a paragraph that ends in qmail-send's "this message has been in the
/// queue too long" gets no catalogue reason: the notice's format (X2's) reports the expiry, and
/// the last attempt's failure is left to the classifier to weigh against it.
void qmail_style_drafts(std::string_view body, std::string_view engine, std::vector<draft>& out,
                        bool expiry_decides = false);

}  // namespace bounce::extract::unix_text
