// SPDX-License-Identifier: BSD-2-Clause
// m-FILTER (Digital Arts' mail filter gateway, Japan): "failure notice" in Japanese with fixed
// section markers: the failed addresses after the preface, "-------server message" (the remote
// reply), "-------SMTP command" (the command it answered) and "-------original message" or
// "-------original mail info". The same layout is sent with other X-Mailer names by rebranded
// installations, so the markers, not only the header, identify it.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view server_marker = "-------server message";
constexpr std::string_view command_marker = "-------smtp command";

constexpr std::string_view k_engine = "mfilter";

enum text_marker : std::size_t { server_message, smtp_command, marker_count };
constexpr std::string_view markers[] = {server_marker, command_marker};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (detail::iequals(detail::trim(r.headers.get("X-Mailer")), "m-FILTER")) return true;
  return text.has(server_message) && text.has(smtp_command);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  auto server_at = detail::ifind(r.text, server_marker);
  if (server_at == std::string_view::npos) return;
  std::string_view head = std::string_view(r.text).substr(0, server_at);
  std::string_view server = cut_before(after_line(r.text, server_marker), {"-------"});
  std::string_view cmd =
      detail::trim(cut_before(after_line(r.text, command_marker), {"-------", "\n"}));
  std::string diag;
  for (std::string_view line : kit::split_lines(server)) append_spaced(diag, line);
  const std::string command = kit::normalize_command(cmd);
  for (std::string_view line : kit::split_lines(head)) {
    std::string_view addr = address_alone(line);
    if (addr.empty()) continue;
    draft d = kit::make_draft(addr, diag, command);
    d.diagnostic_type = "SMTP";
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& mfilter_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
