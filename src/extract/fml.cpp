// SPDX-License-Identifier: BSD-2-Clause
// fml (a Japanese mailing-list manager) error notices, marked by an X-MLServer: fml header: the
// list refuses a post from a non-member, or stops a loop. The "recipient" is the list address
// the notice names in angle brackets.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

// Sources: Sisimai 4.25 Lhost/FML.pm ($errortable for the text, $errortitle for the Subject,
// written from Sisimai's collection of fml notices); "not a member" also 2 messages
// (lhost-fml-02, corpus/lhost/fml/not-member.eml), "loop alert" one (lhost-fml-03).
constexpr kit::phrase notices[] = {
    {"not a member of this mailing list", reason_kind::rejected, "not-member"},
    {"you are not a member", reason_kind::rejected, "not-member"},
    {"not member article from ", reason_kind::rejected, "not-member"},
    {"spam mail from a spammer is rejected", reason_kind::rejected, "spammer"},
    {"reject spammers:", reason_kind::rejected, "spammer"},
    {"header may cause mail loop", reason_kind::rejected, "loop-header"},
    {"reject mail from ", reason_kind::rejected, "reject-mail"},
    {"duplicated message-id", reason_kind::systemerror, "duplicated-message-id"},
    {"has detected a loop condition", reason_kind::systemerror, "loop"},
    {"loop back warning", reason_kind::systemerror, "loop"},
    {"unix from loop", reason_kind::systemerror, "loop"},
    {"loop alert", reason_kind::systemerror, "loop"},
    {"fml system error message", reason_kind::systemerror, "system-error"},
    {"security alert", reason_kind::securityerror, "security-alert"},
};

constexpr std::string_view k_engine = "fml";

bool claims(const mime::report& r, const marker_hits&) {
  return detail::icontains(r.headers.get("X-MLServer"), "fml");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view subject = r.subject;
  std::string_view first = kit::until_line(r.text, {"Original mail as follows", "If you know"});
  const kit::phrase* hit = nullptr;
  for (const auto& n : notices)
    if (kit::contains_folded(subject, n.text) || kit::contains_folded(first, n.text)) {
      hit = &n;
      break;
    }
  if (!hit) return;
  // The list address in the notice ("<list@example.org>"); else the notice's own sender.
  std::string rcpt;
  for (auto p = first.find('<'); p != std::string_view::npos; p = first.find('<', p + 1)) {
    auto q = first.find('>', p);
    if (q == std::string_view::npos) break;
    std::string_view a = first.substr(p + 1, q - p - 1);
    if (kit::is_address(a)) {
      rcpt = std::string(a);
      break;
    }
  }
  if (rcpt.empty()) rcpt = kit::find_address(r.headers.get("To"));
  if (rcpt.empty()) return;
  draft d = kit::make_draft(rcpt, kit::join_lines(first));
  kit::set_verdict(d, k_engine, hit->id, hit->reason);
  out.push_back(std::move(d));
}

}  // namespace

const extractor& fml_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
