// SPDX-License-Identifier: BSD-2-Clause
// Barracuda Spam & Virus Firewall: "**Message you sent blocked by our bulk email filter**" with
// an RFC 3464 report whose Diagnostic-Code holds the verdict. Claimed only by its subject and
// its own wording, never by X-Barracuda-* or Received headers, which any mail relayed through a
// Barracuda carries.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "barracuda";

enum text_marker : std::size_t { spam_virus_firewall, spam_firewall, marker_count };
constexpr std::string_view markers[] = {"blocked by our spam & virus firewall",
                                        "blocked by our spam firewall"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return detail::icontains(r.subject, "message you sent blocked by our bulk email filter") ||
         text.has(spam_virus_firewall) || text.has(spam_firewall);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::vector<draft> drafts;
  kit::dsn_drafts(r, drafts);
  if (drafts.empty()) {
    // "Your message to: a@b was blocked by our Spam & Virus Firewall."
    std::string addr = kit::find_address(cut_before(r.text, {"was blocked"}));
    if (addr.empty()) return;
    draft d;
    d.recipient = std::move(addr);
    for (std::string_view line : kit::split_lines(cut_before(r.text, {"\n\n\n"})))
      append_spaced(d.diagnostic, line);
    drafts.push_back(std::move(d));
  }
  for (auto& d : drafts) {
    if (d.smtp_command.empty()) d.smtp_command = "DATA";  // a content filter judges the message
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& barracuda_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
