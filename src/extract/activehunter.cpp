// SPDX-License-Identifier: BSD-2-Clause
// Active!Hunter (a Japanese mail gateway) bounces: multipart/report without a delivery-status
// part; Sendmail-like text:
//   ----- The following addresses had permanent fatal errors -----
//   >>> rcpt@example.org <rcpt@example.org>
//   ----- Transcript of session follows -----
//   550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
#include <algorithm>
#include <cctype>

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

// True when line names address (lower case; the line in any case) and the characters around it
// cannot be part of a longer address ("<a@b>", "a@b:", "a@b..." all name a@b).
bool names(std::string_view line, std::string_view address) {
  auto atom = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == '+';
  };
  for (std::size_t p = detail::ifind(line, address); p != std::string_view::npos;
       p = detail::ifind(line, address, p + 1)) {
    const std::size_t end = p + address.size();
    const bool open = p == 0 || !atom(line[p - 1]);
    const bool close = end == line.size() || !atom(line[end]) ||
                       (line[end] == '.' && (end + 1 == line.size() || !atom(line[end + 1])));
    if (open && close) return true;
  }
  return false;
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
    const bool seen =
        std::any_of(recipients.begin(), recipients.end(),
                    [&](const std::string& known) { return detail::iequals(known, a); });
    if (!seen) recipients.push_back(std::move(a));
  }
  std::vector<std::string> lowered;  // ifind's needles
  lowered.reserve(recipients.size());
  for (const std::string& a : recipients) lowered.push_back(detail::to_lower(a));
  // The transcript has one reply per failed recipient, Sendmail's way (savemail.c), and a reply
  // that names an address is that recipient's ("550 <a@b>: Recipient address rejected",
  // lhost-activehunter-02): a recipient takes the lines naming it and those naming no listed
  // recipient, so two recipients do not share each other's replies.
  const auto lines = kit::split_lines(transcript);
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    std::string own;
    for (std::string_view line : lines) {
      bool other = false;
      for (std::size_t j = 0; j < lowered.size(); ++j)
        if (j != i && names(line, lowered[j]) && !names(line, lowered[i])) other = true;
      if (other) continue;
      own.append(line);
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
