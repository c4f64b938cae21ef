// SPDX-License-Identifier: BSD-2-Clause
// Active!Hunter (a Japanese mail gateway) bounces: multipart/report without a delivery-status
// part; Sendmail-like text:
//   ----- The following addresses had permanent fatal errors -----
//   >>> rcpt@example.org <rcpt@example.org>
//   ----- Transcript of session follows -----
//   550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
#include <algorithm>

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

// Whether one of addresses (as kit::find_addresses found them in a line) is address.
bool lists(const std::vector<std::string>& addresses, std::string_view address) {
  return std::any_of(addresses.begin(), addresses.end(),
                     [&](const std::string& known) { return detail::iequals(known, address); });
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = kit::after_line(r.text, "----- the following addresses had");
  list = kit::until_line(list, {"-----"});
  std::string_view transcript =
      kit::after_line(r.text, "----- transcript of session follows -----");
  transcript = kit::until_line(transcript, {"-----"});
  std::vector<std::string> recipients;
  for (std::string_view raw : kit::split_lines(list)) {
    std::string_view line = detail::trim(raw);
    if (line.substr(0, 3) == ">>>") line = detail::trim(line.substr(3));
    std::string a = kit::find_address(line);
    if (a.empty()) continue;
    if (!lists(recipients, a)) recipients.push_back(std::move(a));
  }
  // The transcript has one reply per failed recipient, Sendmail's way (savemail.c), and a reply
  // that names an address is that recipient's ("550 <a@b>: Recipient address rejected",
  // lhost-activehunter-02): a recipient takes the lines naming it and those naming no listed
  // recipient, so two recipients do not share each other's replies.
  const auto lines = kit::split_lines(transcript);
  std::vector<std::vector<std::string>> named;  // the addresses each line names
  named.reserve(lines.size());
  for (std::string_view line : lines) named.push_back(kit::find_addresses(line));
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    std::string own;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const bool others =
          !lists(named[k], recipients[i]) &&
          std::any_of(recipients.begin(), recipients.end(),
                      [&](const std::string& other) { return lists(named[k], other); });
      if (others) continue;
      own.append(lines[k]);
      own.push_back('\n');
    }
    const std::string diag = kit::join_lines(own);
    draft d = kit::make_draft(recipients[i], diag);
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
