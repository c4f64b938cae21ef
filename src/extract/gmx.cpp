// SPDX-License-Identifier: BSD-2-Clause
// GMX (and WEB.DE, same platform): an Exim-like "Mail delivery failed" text with the failed
// address in quotes, "SMTP error from remote server after RCPT command:", "host: NAME" and the
// remote reply on separate lines. Marked by X-GMX-Antispam / X-UI-Out-Filterresults headers.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "gmx";

bool claims(const mime::report& r, const marker_hits&) {
  if (r.headers.has("X-GMX-Antispam")) return true;
  const std::string_view from = r.headers.get("From");
  return detail::icontains(from, "mailer-daemon@") &&
         (detail::icontains(from, "gmx.") || detail::icontains(from, "web.de"));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  united_internet_drafts(r.text, k_engine, out);
}

}  // namespace

const extractor& gmx_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
