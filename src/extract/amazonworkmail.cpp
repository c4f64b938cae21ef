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
  for (std::size_t i = first; i < out.size(); ++i) kit::ses_expired_reply(out[i], k_engine);
}

}  // namespace

const extractor& amazonworkmail_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
