// SPDX-License-Identifier: BSD-2-Clause
// McAfee Email and Web Security appliance: "Delivery Status" with X-NAI-Header "Modified by
// McAfee", a text part "--- The following addresses had delivery problems ---" with
// "<addr>   (reply)" lines, and a delivery-status part whose groups carry Original-Recipient
// and Diagnostic-Code but often no Final-Recipient or Status.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "mcafee";

bool claims(const mime::report& r, const marker_hits&) {
  return detail::icontains(r.headers.get("X-NAI-Header"), "modified by mcafee");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  // The text lines: "<addr>   (550 5.1.1 <addr>... User unknown)".
  std::string_view list =
      after_line(r.text, "--- the following addresses had delivery problems ---");
  std::vector<draft> text_drafts;
  for (std::string_view line : kit::split_lines(list)) {
    std::string_view t = detail::trim(line);
    if (t.empty() || t.front() != '<') continue;
    auto close = t.find('>');
    if (close == std::string_view::npos || !kit::is_address(t.substr(1, close - 1))) continue;
    draft d;
    d.recipient = std::string(t.substr(1, close - 1));
    std::string_view rest = detail::trim(t.substr(close + 1));
    if (rest.size() >= 2 && rest.front() == '(' && rest.back() == ')')
      rest = rest.substr(1, rest.size() - 2);
    d.diagnostic = std::string(rest);
    text_drafts.push_back(std::move(d));
  }
  kit::dsn_drafts_with_text(r, std::move(text_drafts), out);
}

}  // namespace

const extractor& mcafee_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
