// SPDX-License-Identifier: BSD-2-Clause
// mlmmj refusing a post (mlmmj 1.3, src/mlmmj-process.c, open_text(listdir, "deny", "post", ...)
// with the template listtexts/en/deny-post): "Hi, this is the Mlmmj program managing the
// <list@domain> mailing list. The message from <poster> with subject "..." was unable to be
// delivered to the list because <reason>." The list refused the post: one record for the list's
// address, the reason from the template's own sentence. A held post (wait-post: "Awaiting
// release") or a confirmation request is no refusal and is not claimed.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "mlmmj";

enum text_marker : std::size_t { prologue, marker_count };
constexpr std::string_view markers[] = {"this is the mlmmj program managing the <"};
static_assert(std::size(markers) == marker_count);

// listtexts/en/deny-post's reasons. A sender the list does not take posts from is refused as the
// sender (`rejected`, as Sisimai's gold reads fml's and Google Groups' non-member refusals); a
// rule of the list's own is its policy.
constexpr kit::phrase reasons[] = {
    {"because you are not a list subscriber", reason_kind::rejected, "not-subscriber"},
    {"because you are not a list moderator", reason_kind::rejected, "not-moderator"},
    {"because it exceeded the maximum allowed message size", reason_kind::emailtoolarge,
     "max-size"},
    {"because the list address was not found in either the to: or cc: header",
     reason_kind::policyviolation, "to-cc"},
    {"because of an access rule set up by the list administrator", reason_kind::policyviolation,
     "access-rule"},
    {"because a moderator rejected it", reason_kind::policyviolation, "moderator-rejected"},
    {"because too much time passed without any moderator releasing it",
     reason_kind::policyviolation, "moderation-expired"},
};

bool claims(const mime::report& r, const marker_hits& text) {
  return text.has(prologue) &&
         kit::contains_folded(r.text, "was unable to be delivered to the list");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = r.text;
  // The list's address: the first address of the prologue, the notice's first paragraph.
  const std::string list =
      kit::find_address(kit::paragraph_around(text, detail::ifind(text, "mlmmj")));
  if (list.empty()) return;
  draft d = kit::make_draft(list, {});
  d.action = action_kind::failed;
  d.smtp_command = "DATA";  // the list judged the post it had received
  d.prose = true;
  // deny-post's own paragraph: "The message from <poster> with subject ... because ...".
  if (const std::size_t at = detail::ifind(text, "the message from <");
      at != std::string_view::npos)
    d.diagnostic = kit::join_lines(kit::paragraph_around(text, at));
  if (const kit::phrase* hit = kit::find_phrase(text, reasons))
    kit::set_verdict(d, k_engine, hit->id, hit->reason, draft::strength::stated);
  out.push_back(std::move(d));
}

}  // namespace

const extractor& mlmmj_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
