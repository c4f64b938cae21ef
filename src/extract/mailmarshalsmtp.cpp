// SPDX-License-Identifier: BSD-2-Clause
// MailMarshal SMTP notices: "Your message: ... Could not be delivered because of <reply>",
// "The following recipients were affected:" then the addresses, indented, and an "Additional
// Information" block ("Remote-MTA: <192.0.2.1>").
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "mailmarshalsmtp";

enum text_marker : std::size_t { not_delivered_because, recipients_affected, marker_count };
constexpr std::string_view markers[] = {"could not be delivered because of",
                                        "the following recipients were affected:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(not_delivered_because) && text.has(recipients_affected);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view why = kit::after_line(r.text, "could not be delivered because of");
  why = kit::until_line(why, {"The following recipients were affected"});
  const std::string diag = kit::join_lines(why);
  std::string_view list = kit::after_line(r.text, "the following recipients were affected:");
  list = kit::until_line(list, {"Additional Information", "====="});
  std::string remote;
  std::string_view info = kit::after_line(r.text, "additional information");
  for (std::string_view raw : kit::split_lines(info)) {
    std::string_view line = detail::trim(raw);
    if (detail::istarts_with(line, "remote-mta:"))
      remote = std::string(kit::strip_address(line.substr(11)));
  }
  for (auto& a : kit::find_addresses(list)) {
    draft d = kit::make_draft(a, diag);
    d.remote_mta = remote;
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& mailmarshalsmtp_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
