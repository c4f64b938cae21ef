// SPDX-License-Identifier: BSD-2-Clause
// Haraka's bounces (outbound/hmail.js, default template config/outbound.bounce_message), with an
// RFC 3464 part:
//   Hi. This is the Haraka Mailer program at mx.example.net.
//   I'm afraid I wasn't able to deliver your message
//   ...
//   Intended Recipients: <a@example.org>, <b@example.org>
//   Failure Reason: Error: 554 5.7.1 Message rejected as spam     (what ended the attempt)
//
//   <a@example.org>: 550 5.1.1 No such user                       (a recipient refused at RCPT)
// Haraka's report gives every recipient of a message refused after DATA the DATA reply, even one
// already refused at RCPT (hmail.js try_deliver()): the "<addr>: reply" line is that recipient's
// own refusal. The template copies qmail's wording, so this reader comes before qmail's.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "haraka";

enum text_marker : std::size_t { haraka_mailer, marker_count };
constexpr std::string_view markers[] = {"this is the haraka mailer program"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(haraka_mailer); }

// The rest of the template's line that starts with lower_label ("Intended Recipients:",
// "Failure Reason:"), trimmed; empty when there is none.
std::string_view labelled_line(std::string_view text, std::string_view lower_label) {
  const auto at = detail::ifind(text, lower_label);
  if (at == std::string_view::npos) return {};
  const std::string_view rest = text.substr(at + lower_label.size());
  return detail::trim(rest.substr(0, rest.find('\n')));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  // The template's {extended_reason}: "<addr>: reply" for each recipient refused at RCPT.
  const std::vector<kit::address_block> own = kit::angle_address_blocks(r.text);
  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) kit::dsn_drafts(r, drafts);
  if (drafts.empty()) {
    // No report: the intended recipients, each with its own refusal or the failure reason
    // ("Failure Reason: Error: 554 ...": what ended the attempt).
    std::string_view reason = labelled_line(r.text, "failure reason:");
    if (detail::istarts_with(reason, "error:")) reason = detail::trim(reason.substr(6));
    for (const std::string& a : kit::find_addresses(labelled_line(r.text, "intended recipients:")))
      drafts.push_back(kit::make_draft(a, std::string(reason)));
  }
  for (draft& d : drafts) {
    for (const kit::address_block& f : own) {
      if (!detail::iequals(f.recipient, d.recipient) || !grammar::leading_reply_code(f.text))
        continue;
      d.diagnostic = f.text;
      d.smtp_command = "RCPT";
      // The report's Status is the DATA reply's: the recipient's own code, if its reply has one.
      const auto prefix = grammar::reply_prefix_at(f.text, 0);
      d.status = prefix ? prefix->enhanced : std::nullopt;
      d.status_from = status_source::reply;
      break;
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& haraka_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
