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
/// the human-readable text that names the recipient.
void dsn_drafts(const mime::report& r, std::vector<draft>& out);

/// The paragraph (blank-line delimited) of text that first mentions address; empty when none.
std::string_view paragraph_about(std::string_view text, std::string_view address);

}  // namespace bounce::extract
