// SPDX-License-Identifier: BSD-2-Clause
// Bigfoot (bigfoot.com forwarding, LiteMail): a sendmail-style report from
// MAILER-DAEMON@bigfoot.com whose transcript (">>> RCPT TO:<a@b>" / "<<< 553 ...") sits in its own
// paragraph, away from the recipient line, so the command is read from the whole transcript.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "bigfoot";

// Sisimai 4.25 Lhost/Bigfoot.pm: the From's address is at bigfoot.com or one of its hosts
// (in either From form, "<addr>" or "addr (Name)"), or any Received names a
// host "*.bigfoot.com " (not only the LiteMail hosts; the sender may be
// MAILER-DAEMON@mxN.bigfoot.com).
bool claims(const mime::report& r, const marker_hits&) {
  return detail::icontains(r.from_address, "@bigfoot.com") ||
         detail::iends_with(r.from_address, ".bigfoot.com") ||
         header_contains(r, "Received", ".bigfoot.com ");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::vector<draft> drafts;
  kit::dsn_drafts(r, drafts);
  std::string_view transcript = after_line(r.text, "----- transcript of session follows -----");
  const std::string command = kit::find_smtp_command(transcript);
  for (auto& d : drafts) {
    if (d.smtp_command.empty()) d.smtp_command = command;
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& bigfoot_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
