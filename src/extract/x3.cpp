// SPDX-License-Identifier: BSD-2-Clause
// X3: an unnamed MTA's "This is an automatically generated Delivery Status Notification." with
// "Delivery to the following recipients failed permanently:" (or "... was aborted after N
// hour(s):"), "   * rcpt@example.org", and "Technical details:" ("SMTP:RCPT host 192.0.2.1:
// 553 5.3.0 ..."). Also seen misspelt "Delevery".
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "x3";

enum text_marker : std::size_t { generated_dsn, following_recipients, marker_count };
constexpr std::string_view markers[] = {
    "this is an automatically generated delivery status notification",
    "to the following recipients"};
static_assert(std::size(markers) == marker_count);

constexpr std::string_view k_detail_labels[] = {"routing:", "diagnostic-code:"};

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(generated_dsn) && text.has(following_recipients);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list = kit::after_line(r.text, "to the following recipients");
  list = kit::until_line(list, {"=====", "Technical details"});
  std::string_view tech = kit::after_line(r.text, "technical details:");
  tech = kit::until_line(tech, {"====="});
  std::string diag = kit::join_lines(tech);
  std::string command;
  if (detail::istarts_with(diag, "smtp:")) {
    std::string_view rest = std::string_view(diag).substr(5);
    command = kit::normalize_command(rest);
    auto colon = rest.find(": ");
    if (colon != std::string_view::npos) diag = std::string(detail::trim(rest.substr(colon + 2)));
  } else {
    // The other layouts of the details (Sisimai 4.25 Lhost/X3.pm): "Routing: Could not find a
    // gateway for rcpt@example.org" and "Diagnostic-Code: smtp; 552 5.2.2 Over quota".
    for (std::string_view label : k_detail_labels) {
      if (!detail::istarts_with(diag, label)) continue;
      std::string_view rest = std::string_view(diag).substr(label.size());
      if (const auto semi = rest.find(';'); label == "diagnostic-code:" && semi != kit::npos)
        rest = rest.substr(semi + 1);
      diag = std::string(detail::trim(rest));
      break;
    }
  }
  const bool aborted = detail::icontains(r.text, "recipients was aborted after");
  for (std::string_view raw : kit::split_lines(list)) {
    std::string_view line = detail::trim(raw);
    if (line.substr(0, 1) != "*") continue;
    std::string_view who = kit::strip_address(line.substr(1));
    if (!kit::is_address(who)) continue;
    draft d = kit::make_draft(who, diag, command);
    if (aborted && command.empty()) {
      kit::set_verdict(d, k_engine, "aborted", reason_kind::expired);
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& x3_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
