// SPDX-License-Identifier: BSD-2-Clause
// Mailman 3 refusing a post: a rejection (chains/reject.py -> app/bounces.py bounce_message(),
// template list:user:notice:rejected.txt: "Your message to the <list> mailing-list was rejected
// for the following reasons: <the rules' reasons>", From the list's owner address) or a
// moderator's refusal (app/moderator.py send_rejection(), template list:user:notice:refuse.txt:
// "... has been rejected by the list moderator", From the list's bounces address). Both carry
// X-Mailman-Version. One record for the list's posting address. A held post ("awaits moderator
// approval"), a confirmation or a welcome is no refusal and is not claimed.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "mailman";

// The reasons the moderation rules give (rules/moderation.py), then the moderator's refusal. A
// sender the list does not take posts from is refused as the sender (`rejected`, as Sisimai's
// gold reads fml's and Google Groups' non-member refusals); a moderator's decision is the list's
// policy.
constexpr kit::phrase reasons[] = {
    {"the message is not from a list member", reason_kind::rejected, "not-member"},
    {"the message comes from a moderated member", reason_kind::rejected, "moderated-member"},
    {"has been rejected by the list moderator", reason_kind::policyviolation, "moderator-rejected"},
};

bool refusal(std::string_view text) {
  return kit::contains_folded(text, "mailing-list was rejected for the following reasons") ||
         kit::contains_folded(text, "has been rejected by the list moderator");
}

bool claims(const mime::report& r, const marker_hits&) {
  return r.headers.has("X-Mailman-Version") && refusal(r.text);
}

// The list's posting address from the notice's sender: "<list>-owner@domain" (a rejection) or
// "<list>-bounces@domain" (a moderator's refusal), Mailman 3's owner_address and bounces_address.
std::string list_address(const mime::report& r) {
  const std::string from = kit::find_address(r.headers.get("From"));
  const std::size_t at = from.find('@');
  if (at == std::string::npos) return {};
  std::string_view local = std::string_view(from).substr(0, at);
  for (std::string_view suffix : {"-owner", "-bounces"})
    if (local.size() > suffix.size() &&
        detail::iequals(local.substr(local.size() - suffix.size()), suffix)) {
      local.remove_suffix(suffix.size());
      return std::string(local) + from.substr(at);
    }
  return {};
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string list = list_address(r);
  if (!kit::is_address(list)) return;
  draft d = kit::make_draft(
      list, kit::join_lines(kit::until_line(r.text, {"The original message", "Any questions"})));
  d.action = action_kind::failed;
  d.smtp_command = "DATA";  // the list judged the post it had received
  d.prose = true;
  if (const kit::phrase* hit = kit::find_phrase(r.text, reasons))
    kit::set_verdict(d, k_engine, hit->id, hit->reason, draft::strength::stated);
  out.push_back(std::move(d));
}

}  // namespace

const extractor& mailman_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
