// fml (a Japanese mailing-list manager) error notices, marked by an X-MLServer: fml header: the
// list refuses a post from a non-member, or stops a loop. The "recipient" is the list address
// the notice names in angle brackets.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"
#include "extract/unix_text.hpp"

namespace bounce::extract {
namespace {

namespace ut = unix_text;

struct notice {
  std::string_view lower_text;
  std::string_view id;
  reason_kind reason;
};
constexpr notice notices[] = {
    {"are not member", "not-member", reason_kind::rejected},
    {"not a member of this mailing list", "not-member", reason_kind::rejected},
    {"you are not a member", "not-member", reason_kind::rejected},
    {"reject mail from", "rejected", reason_kind::rejected},
    {"loop alert", "loop", reason_kind::systemerror},
    {"duplicated message-id", "loop", reason_kind::systemerror},
    {"loop back warning", "loop", reason_kind::systemerror},
    {"security alert", "security", reason_kind::securityerror},
    {"fml system error", "system", reason_kind::systemerror},
};

class fml_impl final : public extractor {
 public:
  std::string_view name() const override { return "fml"; }
  bool claims(const mime::report& r, const marker_hits&) const override {
    return detail::icontains(r.headers.get("X-MLServer"), "fml");
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    const std::string_view subject = r.headers.get("Subject");
    std::string_view first = ut::until_line(r.text, {"Original mail as follows", "If you know"});
    const notice* hit = nullptr;
    for (const auto& n : notices)
      if (detail::icontains(subject, n.lower_text) || detail::icontains(first, n.lower_text)) {
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
      if (is_address(a)) {
        rcpt = std::string(a);
        break;
      }
    }
    if (rcpt.empty()) rcpt = find_address(r.headers.get("To"));
    if (rcpt.empty()) return;
    draft d = ut::make_draft(rcpt, ut::join(first));
    d.reason = hit->reason;
    d.rule = "extractor/fml/" + std::string(hit->id);
    out.push_back(std::move(d));
  }
};

}  // namespace

const extractor& fml_extractor() {
  static const fml_impl instance;
  return instance;
}

}  // namespace bounce::extract
