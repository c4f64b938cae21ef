// Mail.Ru: Exim bounces with a Russian preface. The English Exim part ("This message was
// created automatically by mail delivery software") lists each failed address followed by the
// remote reply; a Russian-only notice lists them the same way after "получателям:".
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

class mailru_impl final : public extractor {
 public:
  std::string_view name() const override { return "mailru"; }
  bool claims(const mime::report& r, const marker_hits&) const override {
    // mailer-daemon@corp.mail.ru, ...@mail.ru; the Message-Id is an Exim id at *.mail.ru.
    const std::string_view from = r.headers.get("From");
    if (!detail::icontains(from, "mailer-daemon@")) return false;
    return detail::icontains(from, "mail.ru") || detail::icontains(r.headers.get("Message-Id"), ".mail.ru>");
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    std::string_view list = after_line(r.text, "failed:");
    if (list.empty()) list = after_line(r.text, "получателям:");
    if (list.empty()) return;
    // The Russian list ends at its closing advice ("Рекомендуем Вам проверить ...").
    exim_drafts(exim_entries(cut_before(list, {"------ this is a copy", "Рекомендуем"})), name(), out);
  }
};

}  // namespace

const extractor& mailru_extractor() {
  static const mailru_impl instance;
  return instance;
}

}  // namespace bounce::extract
