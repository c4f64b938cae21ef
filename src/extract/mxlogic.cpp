// SPDX-License-Identifier: BSD-2-Clause
// MXLogic (McAfee SaaS email protection): an Exim-derived bounce, "The following address
// failed:" then "  <addr>: 550 5.1.1 ..." lines, marked by X-MX-Bounce / X-MXL-NoteHash headers
// and "<mxl~...>" message ids.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "mxlogic";

// Sisimai 4.25 Lhost/MXLogic.pm: any of X-MX-Bounce, X-MXL-Hash and X-MXL-NoteHash marks the
// notice (the bounce of a message that carried X-MXL-Hash carries it as well).
constexpr std::string_view mxl_headers[] = {"X-MX-Bounce", "X-MXL-Hash", "X-MXL-NoteHash"};

bool claims(const mime::report& r, const marker_hits&) {
  for (std::string_view h : mxl_headers)
    if (r.headers.has(h)) return true;
  return r.headers.get("Message-Id").starts_with("<mxl~");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = after_line(r.text, "failed:");
  if (list.empty()) return;
  exim_drafts(exim_entries(cut_before(list, {"included is a copy", "------ this is a copy"}),
                           exim_layout::address_lines),
              k_engine, out);
}

}  // namespace

const extractor& mxlogic_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
