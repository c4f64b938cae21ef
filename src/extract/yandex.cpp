// SPDX-License-Identifier: BSD-2-Clause
// Yandex (yandex.ru / yandex.net): a Postfix-based report from mailer-daemon@yandex.ru with a
// Russian preface, X-Yandex-* fields in the delivery-status part and Postfix's
// "<a@b>: host h[ip] said: 550 ... (in reply to RCPT TO command)" paragraphs in the text.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "yandex";

bool claims(const mime::report& r, const marker_hits&) {
  const std::string_view from = r.headers.get("From");
  return detail::icontains(from, "mailer-daemon@yandex.") ||
         (detail::icontains(from, "mailer-daemon@") && r.headers.has("X-Yandex-Uniq"));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::vector<draft> drafts;
  kit::dsn_drafts(r, drafts);
  if (drafts.empty()) {
    // No report part: Postfix's "<a@b>: text" paragraphs.
    std::string_view rest = r.text;
    while (!rest.empty()) {
      auto end = rest.find("\n\n");
      std::string_view para = detail::trim(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 2);
      if (para.empty() || para.front() != '<') continue;
      auto close = para.find(">:");
      if (close == std::string_view::npos || address_alone(para.substr(1, close - 1)).empty())
        continue;
      draft d;
      d.recipient = std::string(para.substr(1, close - 1));
      d.diagnostic = std::string(detail::trim(para.substr(close + 2)));
      d.diagnostic_type = "SMTP";
      drafts.push_back(std::move(d));
    }
  }
  kit::append_drafts(out, std::move(drafts));
}

}  // namespace

const extractor& yandex_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
