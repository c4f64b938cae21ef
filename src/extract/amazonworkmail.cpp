// SPDX-License-Identifier: BSD-2-Clause
// Amazon WorkMail's failure notice (X-Mailer: Amazon WorkMail, sent through SES):
//   An error occurred while trying to deliver the mail to the following recipients:
//   a@example.org
//
//   Technical report:
//
//   Reporting-MTA: dsn; a27-85.smtp-out.us-west-2.amazonses.com
//   Action: failed
//   Final-Recipient: rfc822; a@example.org
//   Diagnostic-Code: smtp; 550 5.1.1 user unknown
//   Status: 5.1.1
// The "technical report" is an RFC 3464 delivery-status body written into the text part.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"
#include "bounce/fields.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

constexpr std::string_view k_engine = "amazonworkmail";

enum text_marker : std::size_t { technical_report, marker_count };
constexpr std::string_view markers[] = {"technical report:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  // Sisimai 4.25 Lhost/AmazonWorkMail.pm reads X-Original-Mailer before X-Mailer: a notice
  // passed on by another mailer keeps WorkMail's name there.
  return text.has(technical_report) &&
         (detail::icontains(r.headers.get("X-Mailer"), "amazon workmail") ||
          detail::icontains(r.headers.get("X-Original-Mailer"), "amazon workmail"));
}

// Sisimai 4.25 Lhost/AmazonWorkMail.pm: a Status of X.0.0 or X.1.0 is WorkMail's summary
// ("5.1.0 - Unknown address error 550-'5.7.1 <a@b>: Recipient address rejected ...'"); the
// remote's reply is quoted in the diagnostic, and its code is the specific status. The remote
// reply comes first then ("550 5.7.1 <a@b>: ... (5.1.0 - Unknown address error)"), as in
// ses_expired_reply(), so that the reply is what is read.
void quoted_reply(draft& d) {
  if (!d.status || d.status->detail != 0 || d.status->subject > 1) return;
  const std::string_view diag = d.diagnostic;
  for (std::size_t q = diag.find_first_of("'\""); q != npos; q = diag.find_first_of("'\"", q + 1)) {
    std::string_view quoted = diag.substr(q + 1);
    if (quoted.size() < 5 || quoted[0] < '2' || quoted[0] > '5' || quoted[1] != '.') continue;
    const std::size_t end = quoted.find(diag[q]);
    if (end != npos) quoted = quoted.substr(0, end);
    const auto st = find_status_in_text(quoted);
    if (!st) return;
    // "550-'5.7.1 ...'": the reply code that leads into the quote goes with the quoted reply.
    std::string_view head = detail::trim(diag.substr(0, q));
    std::string code;
    if (const auto c = find_reply_code_in_text(head)) {
      code = std::to_string(*c);
      const std::size_t at = head.rfind(code);
      if (at != npos && at + code.size() + 1 >= head.size()) {
        head = detail::trim(head.substr(0, at));
        code += ' ';
      } else {
        code.clear();
      }
    }
    d.status = *st;
    d.status_from = status_source::text;
    d.diagnostic = code + std::string(detail::trim(quoted)) + " (" + std::string(head) + ")";
    return;
  }
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t p = kit::offset_after(r.text, "technical report:");
  if (p == npos) return;
  // Read the report with the RFC 3464 code: a report view holding just the fields.
  mime::report view;
  view.delivery_status = std::string(detail::trim(std::string_view(r.text).substr(p)));
  view.text = r.text.substr(0, p);
  const std::size_t first = out.size();
  kit::dsn_drafts(view, out);
  kit::merge_split_groups(out, first);
  for (std::size_t i = first; i < out.size(); ++i) {
    quoted_reply(out[i]);
    kit::ses_expired_reply(out[i], k_engine);
  }
}

}  // namespace

const extractor& amazonworkmail_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
