// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit, topic "delivery-status reports": the generic reading of an RFC 3464
// delivery-status body into drafts (which a family extractor may then enrich with what only
// its MTA says), the one finder of a delivery-status body written into the text, the one
// merge of a recipient group split in two, and the small draft constructors extractors share.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/draft.hpp"
#include "mime/report.hpp"

namespace bounce::extract::kit {

/// One draft per recipient group of r.delivery_status (nothing when there is none), at most
/// r.limits.max_recipients + 1 (dsn_drafts_of_body()). Fills the
/// SMTP command and, when the DSN has no Diagnostic-Code, the diagnostic from the paragraph of
/// the human-readable text that names the recipient. The recipient is Final-Recipient unless
/// that is no Internet address (X.400 "/S=../", "user@host" without a domain) or a local alias
/// inside the Original-Recipient's domain: then Original-Recipient (else X-Actual-Recipient).
/// Adjacent groups for the same recipient, one of them without any result (a broken MTA split
/// one group with a blank line or field order), are joined (merge_split_group()).
void dsn_drafts(const mime::report& r, std::vector<draft>& out);

/// The same reading for a delivery-status body found elsewhere (embedded_delivery_status());
/// human_text is where diagnostics for groups without Diagnostic-Code are looked up. Reads at
/// most max_recipients + 1 groups (report::limits): the groups past the pipeline's cap cost no
/// memory, and the one extra tells the pipeline to warn truncated_recipients.
void dsn_drafts_of_body(std::string_view delivery_status, std::string_view human_text,
                        std::size_t max_recipients, std::vector<draft>& out);

/// A delivery-status body written into the text instead of its own MIME part (broken MIME
/// structure, forwarded, quoted or plain-text DSNs): from the first line starting a DSN field
/// group (Reporting-MTA, Final-Recipient, Original-Recipient) through the following paragraphs
/// that start with a DSN field, up to a MIME boundary line. Empty when the text has none or it
/// names no recipient. No allocation.
std::string_view embedded_delivery_status(std::string_view text);

/// Joins cur into prev, the draft before it for the same recipient (one RFC 3464 group split
/// in two): each field prev lacks is taken from cur; a Diagnostic-Code (typed diagnostic) of
/// cur beats prev's untyped text. The caller erases cur.
void merge_split_group(draft& prev, draft& cur);

/// Merges every pair of adjacent drafts from index first on that name the same recipient
/// (merge_split_group()); for providers whose DSNs repeat a recipient's group in two halves,
/// each with a result.
void merge_split_groups(std::vector<draft>& out, std::size_t first);

/// The drafts of r's delivery-status part completed by the drafts read from its text (a
/// filter's "<addr> (reply)" list): without groups, text_drafts are the drafts; otherwise each
/// group takes the diagnostic and remote MTA it lacks from the text draft of its recipient.
/// The filters that write such lists relay SMTP replies: a draft without a diagnostic type gets
/// "SMTP". Appends to out.
void dsn_drafts_with_text(const mime::report& r, std::vector<draft>&& text_drafts,
                          std::vector<draft>& out);

/// The message presents itself as a delivery report: From a mailer daemon or postmaster,
/// a failure Subject, X-Failed-Recipients, an Auto-Submitted auto-generated failure, or a
/// multipart/report. No allocation.
bool presents_as_bounce(const mime::report& r);

/// Moves drafts to the end of out; when out is empty it takes drafts' buffer instead (a
/// many-recipient report then never holds two vectors of drafts at once).
void append_drafts(std::vector<draft>& out, std::vector<draft>&& drafts);

/// The message is a challenge-response request, not a failure: a sender-verification system
/// holds the mail until the sender proves to be a person or gets on the recipient's list (TMDA,
/// Boxbe, Spam Arrest, Mailinblack, ChoiceMail and mail filters with the same feature). Nothing
/// was refused, so no record: like an ordinary message, it is not a bounce (reasons.md has no
/// reason for it).
/// True only without a delivery-status part and when the text asks for the confirmation in one
/// of the products' documented sentences (the table in dsn.cpp names each source). A refusal
/// that only mentions verification ("550 sender verify failed", an SES identity "not
/// verified") does not match. No allocation.
bool challenge_response(const mime::report& r);

/// Lower-case fragments (at least marker_scanner::k_min_length bytes, on one line) of which the
/// text of every challenge_response() message holds one, or its Subject "verification
/// required": run_extractors() finds them in its one pass over the text and asks
/// challenge_response() only then, so ordinary bounces pay nothing for it.
std::span<const std::string_view> challenge_anchors();

/// A draft with recipient, diagnostic and SMTP command set.
draft make_draft(std::string_view recipient, std::string diagnostic, std::string command = {});

/// The notice is a delay warning (the MTA keeps the message and tries again): d is temporary,
/// and its action delayed unless its delivery report gave one.
void mark_delayed(draft& d);

}  // namespace bounce::extract::kit
