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

// The reply and the remote host of one "Delivery failed for the following reason:" block
// ("Server mx.example.org[192.0.2.1] failed with: 550 ..."); empty when text has none.
struct failure {
  std::string diagnostic;
  std::string host;
};

failure reason_in(std::string_view text) {
  std::string_view why = kit::after_line(text, "delivery failed for the following reason:");
  why = kit::until_line(why, {"This has been a permanent failure", "This is a permanent failure",
                              "Unable to deliver message to:"});
  failure f{kit::join_lines(why), {}};
  auto w = detail::ifind(f.diagnostic, " failed with: ");
  if (w != std::string::npos) {
    auto s = detail::ifind(f.diagnostic, "server ");
    if (s != std::string::npos && s < w)
      f.host = kit::host_name(std::string_view(f.diagnostic).substr(s + 7));
    f.diagnostic = f.diagnostic.substr(w + 14);
  }
  return f;
}

// Sisimai 4.25 Lhost/MailFoundry.pm: every "Unable to deliver message to:" line starts a
// recipient of its own, with the reason block under it; a notice to several recipients repeats
// the pair. A recipient with no block of its own takes the notice's first one.
void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = r.text;
  const failure shared = reason_in(text);
  const std::vector<std::string_view> lines = kit::split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = detail::trim(lines[i]);
    if (!detail::istarts_with(line, "unable to deliver message to:")) continue;
    std::string a = kit::find_address(line);
    if (a.empty()) continue;
    // This recipient's block: from the next line to the next "Unable to deliver" line.
    std::size_t from =
        kit::next_line(text, static_cast<std::size_t>(lines[i].data() - text.data()));
    std::size_t to = text.size();
    for (std::size_t j = i + 1; j < lines.size(); ++j)
      if (detail::istarts_with(detail::trim(lines[j]), "unable to deliver message to:")) {
        to = static_cast<std::size_t>(lines[j].data() - text.data());
        break;
      }
    failure own = reason_in(text.substr(from, to - from));
    const failure& f = own.diagnostic.empty() ? shared : own;
    draft d = kit::make_draft(a, f.diagnostic);
    d.remote_mta = f.host;
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& mailfoundry_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
