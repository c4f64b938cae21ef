// SPDX-License-Identifier: BSD-2-Clause
// SurfControl E-mail Filter (Websense): X-Mailer "SurfControl E-mail Filter", a text transcript
// ("Addressed To: a@b", "Failed to send to identified host,", "a@b: [ip], 554 reply") and an
// RFC 3464 part with Final-Recipient and Diagnostic-Code.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "surfcontrol";

bool claims(const mime::report& r, const marker_hits&) {
  return detail::icontains(r.headers.get("X-Mailer"), "surfcontrol");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  // "a@b: [192.0.2.1], 554 Service currently unavailable" -> the reply after "], ".
  std::vector<draft> text_drafts;
  for (std::string_view line : kit::split_lines(r.text)) {
    std::string_view t = detail::trim(line);
    auto colon = t.find(": [");
    if (colon == std::string_view::npos || !kit::is_address(t.substr(0, colon))) continue;
    auto close = t.find("], ", colon);
    draft d;
    d.recipient = std::string(t.substr(0, colon));
    d.remote_mta =
        std::string(t.substr(colon + 3, close == std::string_view::npos ? 0 : close - colon - 3));
    if (close != std::string_view::npos) d.diagnostic = std::string(t.substr(close + 3));
    text_drafts.push_back(std::move(d));
  }
  kit::dsn_drafts_with_text(r, std::move(text_drafts), out);
}

}  // namespace

const extractor& surfcontrol_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
