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

// Mail.Ru's own words beyond Exim's catalogue. Source: Sisimai 4.25 Lhost/MailRu.pm
// ($messagesof, written from Sisimai's collection of Mail.Ru notices); its Exim rows are in
// Exim's catalogue, and its "No action is required on your part" (Exim's delay warning) is left
// to the classifier.
constexpr phrase k_catalogue[] = {
    {"user not found", reason_kind::userunknown, "user-not-found"},
    {"error: quota exceed", reason_kind::mailboxfull, "quota-exceeded"},
    {"no host found for existing smtp connection", reason_kind::notaccept, "no-host"},
    {"delivery to file forbidden", reason_kind::systemerror, "delivery-forbidden"},
    {"delivery to pipe forbidden", reason_kind::systemerror, "delivery-forbidden"},
    {"local delivery failed", reason_kind::systemerror, "local-delivery-failed"},
};

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
  const std::size_t first = out.size();
  exim_drafts(exim_entries(cut_before(list, {"------ this is a copy", "Рекомендуем"}),
                           exim_layout::address_lines),
              k_engine, out);
  for (std::size_t i = first; i < out.size(); ++i)
    if (!out[i].reason) apply_catalogue(out[i], k_engine, k_catalogue);
}

}  // namespace

const extractor& mailru_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
