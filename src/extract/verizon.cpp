// SPDX-License-Identifier: BSD-2-Clause
// Verizon Wireless gateways: the SMS gateway (post_master@vtext.com) and the MMS gateway
// ("MMSC NDR Administrator" @vzwpix.com).
//   vtext.com:   Error: Invalid user address / Error message below: / 550 - ... no such user here
//                Message details: ... RCPT TO: a@vtext.com
//   vzwpix.com:  Message could not be delivered to mobile. / Error: No valid recipients for this MM
//                Original Message: ... To: 0000000000@vzwpix.com
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

// The gateways' own summary lines. Sources: "invalid user address" 3 messages
// (lhost-apachejames-01, corpus/lhost/verizon/no-such-user.eml,
// corpus/lhost/apachejames/invalid-user.eml); "no valid recipients" one message (lhost-verizon-01),
// kept: without it the shared corpus' reason drops.
constexpr kit::phrase k_catalogue[] = {
    {"no valid recipients for this mm", reason_kind::userunknown, "no-valid-recipient"},
    {"error: invalid user address", reason_kind::userunknown, "invalid-user"},
};

constexpr std::string_view k_engine = "verizon";

enum text_marker : std::size_t { error, marker_count };
constexpr std::string_view markers[] = {"error:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  const std::string_view from = r.headers.get("From");
  return (detail::icontains(from, "vtext.com") || detail::icontains(from, "vzwpix.com")) &&
         text.has(error);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = r.text;
  std::vector<std::string> rcpts;
  std::string diag;
  if (const std::size_t below = kit::offset_after(text, "error message below:"); below != npos) {
    // SMS gateway. Every "RCPT TO:" line of the details is a recipient (Sisimai 4.25
    // Lhost/Verizon.pm reads one per line).
    std::size_t end = detail::ifind(text, "message details:", below);
    if (end == npos) end = text.size();
    diag = detail::collapse_space(text.substr(below, end - below));
    for (std::size_t rc = kit::offset_after(text, "rcpt to:", end); rc != npos;
         rc = kit::offset_after(text, "rcpt to:", rc)) {
      std::string a = kit::find_address(kit::line_at(text, rc));
      if (!a.empty()) rcpts.push_back(std::move(a));
    }
  } else {
    // MMS gateway: the original recipient follows "Original Message:".
    const std::size_t orig = detail::ifind(text, "original message:");
    const std::size_t to = orig == npos ? npos : kit::offset_after(text, "\nto:", orig);
    if (to != npos) rcpts.push_back(kit::find_address(kit::line_at(text, to)));
    if (!rcpts.empty() && rcpts.back().empty()) rcpts.pop_back();
  }
  const std::size_t err = detail::ifind(text, "error:");
  const std::string_view err_line = detail::trim(kit::line_at(text, err));
  if (rcpts.empty() && r.has_original) {
    std::string a = kit::find_address(r.original.get("To"));
    if (!a.empty()) rcpts.push_back(std::move(a));
  }
  for (std::string& rcpt : rcpts) {
    draft d;
    d.recipient = std::move(rcpt);
    d.diagnostic = diag.empty() ? std::string(err_line) : std::string(err_line) + ' ' + diag;
    kit::apply_catalogue(d, k_engine, k_catalogue);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& verizon_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
