// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit, topic "SMTP transcripts": the command a text says a failure came
// after, Sendmail-style transcripts (">>> RCPT To:<a>" / "<<< 550 ..."), and the qmail-style
// "<address>:" paragraphs with the remote host's reply.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/status.hpp"
#include "extract/draft.hpp"

namespace bounce::extract::kit {

/// The SMTP command a text says the failure came after ("in reply to RCPT TO command",
/// "after RCPT TO:", ">>> DATA", "SMTP error from remote mail server after MAIL FROM:"):
/// CONN, EHLO, HELO, MAIL, RCPT, DATA, or empty.
std::string find_smtp_command(std::string_view text);

/// True when text holds a "RCPT TO:" and every one names another address than recipient: a
/// reply to "RCPT TO:<a>" is about a (RFC 5321 section 4.1.1.3), so that step is not
/// recipient's.
bool rcpt_names_others_only(std::string_view text, std::string_view recipient);

/// Normalises a command word ("RCPT TO" -> "RCPT", "end of data" -> "DATA", "connect" -> "CONN").
std::string normalize_command(std::string_view word);

/// An MTA's own sentence (lower case) naming the SMTP step whose reply follows: qmail's "does
/// not like recipient" (RCPT), IMail's "data command generated response" (DATA).
struct command_phrase {
  std::string_view text;
  std::string_view command;
};

/// The command of the first entry of table whose text occurs in text (any case), or empty.
std::string_view find_command_phrase(std::string_view text, std::span<const command_phrase> table);

/// One SMTP exchange of a transcript: Sendmail's (">>> RCPT To:<a>" / "<<< 550 ...") or
/// MDaemon's ("... 10:00:00.601: --> RCPT To:<a>" / "... 10:00:00.700: <-- 550 ...").
struct smtp_exchange {
  std::string host;          ///< from "... while talking to HOST.:" / "While talking to HOST:"
  std::string command;       ///< normalised command of the last ">>> " line before the reply
  std::string command_line;  ///< that line, without ">>> "
  std::string reply;         ///< the "<<< " lines, prefix removed, joined with one space
  int code = 0;              ///< reply code of the first "<<< " line, 0 when none
  std::size_t end = 0;       ///< offset in the transcript just past the last "<<< " line
};

/// The exchanges of a transcript, in order; only those with a reply.
std::vector<smtp_exchange> parse_transcript(std::string_view transcript);

/// The failing exchange (code >= 400) that concerns recipient: its ">>> RCPT To:" or its reply
/// names the address; nullptr when none does.
const smtp_exchange* exchange_naming(const std::vector<smtp_exchange>& exchanges,
                                     std::string_view recipient);

/// Drafts from qmail-style "<address>:" paragraphs (qmail, netqmail, indimail, vpopmail and the
/// qmail-derived X2/X4 notices): the remote reply after "Remote host said:" or "... said:",
/// the command from qmail's fixed sentences ("does not like recipient" -> RCPT, "failed after I
/// sent the message" -> DATA, "sender was rejected" -> MAIL, "my name was rejected" -> HELO),
/// the "(#5.1.1)" code, and qmail's catalogue for its own fixed messages (rule
/// "extractor/<engine>/<id>"). body is the notice without the returned message.
/// With expiry_decides, a paragraph that ends in qmail-send's "this message has been in the
/// queue too long" gets no catalogue reason: the notice's format (X2's) reports the expiry, and
/// the last attempt's failure is left to the classifier to weigh against it.
void qmail_style_drafts(std::string_view body, std::string_view engine, std::vector<draft>& out,
                        bool expiry_decides = false);

}  // namespace bounce::extract::kit
