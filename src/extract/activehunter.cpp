// SPDX-License-Identifier: BSD-2-Clause
// Active!Hunter (a Japanese mail gateway) bounces: multipart/report without a delivery-status
// part; Sendmail-like text:
//   ----- The following addresses had permanent fatal errors -----
//   >>> rcpt@example.org <rcpt@example.org>
//   ----- Transcript of session follows -----
//   550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "activehunter";

bool claims(const mime::report& r, const marker_hits&) {
  return r.headers.has("X-AHMAILID") ||
         detail::icontains(r.headers.get("Content-Type"), "_active!hunter_");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = kit::after_line(r.text, "----- the following addresses had");
  list = kit::until_line(list, {"-----"});
  std::string_view transcript =
      kit::after_line(r.text, "----- transcript of session follows -----");
  transcript = kit::until_line(transcript, {"-----"});
  const std::string diag = kit::join_lines(transcript);
  for (std::string_view raw : kit::split_lines(list)) {
    std::string_view line = detail::trim(raw);
    if (line.substr(0, 3) == ">>>") line = detail::trim(line.substr(3));
    std::string a = kit::find_address(line);
    if (a.empty()) continue;
    draft d = kit::make_draft(a, diag);
    if (auto st = grammar::hash_status(diag)) {
      d.status = st;
      d.status_from = status_source::text;
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& activehunter_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
