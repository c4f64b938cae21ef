// SPDX-License-Identifier: BSD-2-Clause
// Mail.Ru: Exim bounces with a Russian preface. The English Exim part ("This message was
// created automatically by mail delivery software") lists each failed address followed by the
// remote reply; a Russian-only notice lists them the same way after "получателям:".
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "mailru";

bool claims(const mime::report& r, const marker_hits&) {
  // mailer-daemon@corp.mail.ru, ...@mail.ru; the Message-Id is an Exim id at *.mail.ru.
  const std::string_view from = r.headers.get("From");
  if (!detail::icontains(from, "mailer-daemon@")) return false;
  return detail::icontains(from, "mail.ru") ||
         detail::icontains(r.headers.get("Message-Id"), ".mail.ru>");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = after_line(r.text, "failed:");
  if (list.empty()) list = after_line(r.text, "получателям:");
  if (list.empty()) return;
  // The Russian list ends at its closing advice ("Рекомендуем Вам проверить ...").
  exim_drafts(exim_entries(cut_before(list, {"------ this is a copy", "Рекомендуем"}),
                           exim_layout::address_lines),
              k_engine, out);
}

}  // namespace

const extractor& mailru_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
