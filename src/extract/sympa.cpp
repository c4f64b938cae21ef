// SPDX-License-Identifier: BSD-2-Clause
// Sympa refusing a post by its moderator: lib/Sympa/Spindle/ProcessModeration.pm _reject() sends
// mail_tt2/reject.tt2 (or a list's own reject template) from the list's "-request" address,
// X-Mailer "Sympa <version>": "Your message for list <list> has been rejected by the moderator
// (<moderator>)." One `failed` record for the list's posting address, `policyviolation` (a
// moderator's decision, as Mailman's refuse.txt). Sympa's refusal by the list's send scenario is a
// delivery report (Spindle/AuthorizeMessage.pm, mail_tt2/report.tt2) whose Diagnostic-Code is
// the same for every cause ("Delivery not authorized, message refused"): the report's sentence
// names it. Its other reports (a size limit, an unknown list) say enough in their fields and are
// left to rfc3464; held posts, confirmations and command results are not claimed.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "sympa";
constexpr std::string_view k_refusal = "has been rejected by the moderator";

constexpr std::string_view k_not_allowed = "not allowed to send this message for the following";

// report.tt2's reasons for a send scenario's "reject": a closed list refuses everyone (the
// list's rule); a subscribers-only list refuses this sender, as Sisimai's gold reads fml's and
// Google Groups' non-member refusals.
constexpr kit::phrase send_reasons[] = {
    {"message distribution in this list is not allowed", reason_kind::policyviolation,
     "send-closed"},
    {"restricted to list subscribers", reason_kind::rejected, "send-subscriber"},
};

bool claims(const mime::report& r, const marker_hits&) {
  if (!detail::istarts_with(detail::trim(r.headers.get("X-Mailer")), "sympa")) return false;
  if (r.delivery_status.empty()) return kit::contains_folded(r.text, k_refusal);
  return kit::contains_folded(r.text, k_not_allowed);
}

// "Your message for list <list> has been rejected": the address after "for list ".
std::string list_address(std::string_view text) {
  const std::size_t at = detail::ifind(text, "message for list ");
  if (at == std::string_view::npos) return {};
  std::string_view rest = text.substr(at + 17);
  rest = rest.substr(0, rest.find_first_of(" \t\r\n"));
  return std::string(kit::strip_address(rest));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  if (!r.delivery_status.empty()) {
    std::vector<draft> drafts;
    kit::dsn_drafts(r, drafts);
    const kit::phrase* hit = kit::find_phrase(r.text, send_reasons);
    for (auto& d : drafts) {
      if (hit) kit::set_verdict(d, k_engine, hit->id, hit->reason, draft::strength::stated);
      out.push_back(std::move(d));
    }
    return;
  }
  const std::string list = list_address(r.text);
  if (!kit::is_address(list)) return;
  draft d = kit::make_draft(list, kit::join_lines(kit::until_line(r.text, {"Check "})));
  d.action = action_kind::failed;
  d.smtp_command = "DATA";  // the list judged the post it had received
  d.prose = true;
  kit::set_verdict(d, k_engine, "moderator-rejected", reason_kind::policyviolation,
                   draft::strength::stated);
  out.push_back(std::move(d));
}

}  // namespace

const extractor& sympa_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
