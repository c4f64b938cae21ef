// SPDX-License-Identifier: BSD-2-Clause
// MailFoundry gateway notices: "Unable to deliver message to: <rcpt@example.org>", "Delivery
// failed for the following reason:", "Server mx.example.org[192.0.2.1] failed with: 550 ...".
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "mailfoundry";

enum text_marker : std::size_t { unable_to_deliver, failed_reason, marker_count };
constexpr std::string_view markers[] = {"unable to deliver message to: ",
                                        "delivery failed for the following reason:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(unable_to_deliver) && text.has(failed_reason);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view why = kit::after_line(r.text, "delivery failed for the following reason:");
  why = kit::until_line(why, {"This has been a permanent failure", "This is a permanent failure"});
  std::string diag = kit::join_lines(why);
  std::string host;
  auto f = detail::ifind(diag, " failed with: ");
  if (f != std::string::npos) {
    auto s = detail::ifind(diag, "server ");
    if (s != std::string::npos && s < f)
      host = kit::host_name(std::string_view(diag).substr(s + 7));
    diag = diag.substr(f + 14);
  }
  for (std::string_view raw : kit::split_lines(r.text)) {
    std::string_view line = detail::trim(raw);
    if (!detail::istarts_with(line, "unable to deliver message to:")) continue;
    std::string a = kit::find_address(line);
    if (a.empty()) continue;
    draft d = kit::make_draft(a, diag);
    d.remote_mta = host;
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& mailfoundry_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
