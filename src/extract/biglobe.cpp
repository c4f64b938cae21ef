// SPDX-License-Identifier: BSD-2-Clause
// BIGLOBE and the ISPs on its mail platform (inacatv, tmtv, ttv): a sendmail-like text from
// postmaster@<isp>, "----- The following addresses had delivery problems -----", the addresses,
// then "----- Non-delivered information -----" and one catalogue sentence.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

// Source: one message (corpus/lhost/biglobe/user-unknown.eml), the catalogue's last row (its
// mailbox-full neighbour, one message, was removed: no corpus result changed without it).
constexpr phrase catalogue[] = {
    {"mail delivery failed... user unknown", reason_kind::userunknown, "user-unknown"},
};

bool biglobe_domain(std::string_view s) {
  for (std::string_view d : {"biglobe.ne.jp", "inacatv.ne.jp", "tmtv.ne.jp", "ttv.ne.jp"})
    if (detail::icontains(s, d)) return true;
  return false;
}

constexpr std::string_view k_engine = "biglobe";

bool claims(const mime::report& r, const marker_hits&) {
  const std::string_view from = r.headers.get("From");
  return detail::icontains(from, "postmaster@") && biglobe_domain(from) &&
         detail::istarts_with(r.subject, "returned mail:");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = after_line(r.text, "----- the following addresses had delivery problems");
  if (list.empty()) return;
  std::string_view info = after_line(list, "----- non-delivered information");
  std::string diag;
  for (std::string_view line : kit::split_lines(cut_before(info, {"\n\n", "-----"})))
    append_spaced(diag, line);
  const std::size_t first = out.size();
  for (std::string_view line : kit::split_lines(cut_before(list, {"-----"}))) {
    std::string_view addr = address_alone(line);
    if (addr.empty()) continue;
    draft d = kit::make_draft(addr, diag);
    d.diagnostic_type = "SMTP";
    out.push_back(std::move(d));
  }
  if (const phrase* hit = find_phrase(diag, catalogue))
    for (std::size_t i = first; i < out.size(); ++i)
      set_verdict(out[i], k_engine, hit->id, hit->reason);
}

}  // namespace

const extractor& biglobe_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
