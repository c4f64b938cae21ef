#pragma once
// Shared by extractors whose MTA sends RFC 3464 reports: the generic reading of the
// delivery-status part, which a family extractor may then enrich (SMTP command, reason ...).
#include <string_view>
#include <vector>

#include "extract/draft.hpp"
#include "mime/report.hpp"

namespace bounce::extract {

/// One draft per recipient group of r.delivery_status (nothing when there is none). Fills the
/// SMTP command and, when the DSN has no Diagnostic-Code, the diagnostic from the paragraph of
/// the human-readable text that names the recipient. The recipient is Final-Recipient unless
/// that is no Internet address (X.400 "/S=../", "user@host" without a domain) or a local alias
/// inside the Original-Recipient's domain: then Original-Recipient (else X-Actual-Recipient).
/// A recipient named only by X-Actual-Recipient is taken from there; two adjacent groups for
/// the same recipient, one of
/// them without any result (a broken MTA split one group with a blank line or field order),
/// are joined into one draft.
void dsn_drafts(const mime::report& r, std::vector<draft>& out);

/// The same reading for a delivery-status body found elsewhere (e.g. embedded in the text);
/// human_text is where diagnostics for groups without Diagnostic-Code are looked up.
void dsn_drafts_of_body(const mime::report& r, std::string_view delivery_status,
                        std::string_view human_text, std::vector<draft>& out);

/// The paragraph (blank-line delimited) of text that best reports on address: among the
/// paragraphs that mention it, the first that carries an SMTP reply code, else the first.
/// Empty when none mentions it.
std::string_view paragraph_about(std::string_view text, std::string_view address);

/// The blank-line delimited paragraph of text around offset at (white-space lines count as
/// blank), without its final newline.
std::string_view paragraph_around(std::string_view text, std::size_t at);

/// A delivery-status body written into the text instead of its own MIME part (broken MIME
/// structure, forwarded or plain-text DSNs): from the first line starting a DSN field group
/// (Reporting-MTA, Final-Recipient, Original-Recipient) through the following paragraphs that
/// start with a DSN field. Empty when the text has none. No allocation.
std::string_view embedded_delivery_status(std::string_view text);

/// The message presents itself as a delivery report: From a mailer daemon or postmaster,
/// a failure Subject, X-Failed-Recipients, an Auto-Submitted auto-generated failure, or a
/// multipart/report. No allocation.
bool presents_as_bounce(const mime::report& r);

}  // namespace bounce::extract
