// SPDX-License-Identifier: BSD-2-Clause
// DragonFly Mail Agent (dma) bounces:
//   This is the DragonFly Mail Agent v0.13 at df.example.net.
//   There was an error delivering your mail to <rcpt@example.org>.
//   mx.example.org [192.0.2.1] did not like our RCPT TO:
//   550 5.1.1 <rcpt@example.org>: Recipient address rejected: User unknown
//   Message headers follow.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "dragonfly";

enum text_marker : std::size_t { dragonfly_agent, marker_count };
constexpr std::string_view markers[] = {"this is the dragonfly mail agent"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(dragonfly_agent); }
void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view t = r.text;
  constexpr std::string_view marker = "there was an error delivering your mail to";
  auto p = detail::ifind(t, marker);
  if (p == std::string_view::npos) return;
  std::string_view rest = t.substr(p + marker.size());
  // dma writes the address on the same line; a relay that wrapped the notice moved it to the
  // next one.
  while (!rest.empty() && detail::is_space(rest.front())) rest.remove_prefix(1);
  auto nl = rest.find('\n');
  std::string rcpt(kit::strip_address(rest.substr(0, nl)));
  if (!kit::is_address(rcpt)) return;
  std::string_view body = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  body = kit::until_line(body, {"Message headers follow", "Original message follows"});
  draft d;
  d.recipient = std::move(rcpt);
  std::string reply;
  for (std::string_view raw : kit::split_lines(body)) {
    std::string_view line = detail::trim(raw);
    if (line.empty()) continue;
    auto dl = detail::ifind(line, " did not like our ");
    if (dl != std::string_view::npos) {
      d.remote_mta = kit::host_name(line);
      std::string_view what = line.substr(dl + 18);
      if (detail::istarts_with(what, "final data"))
        d.smtp_command = "DATA";
      else
        d.smtp_command = kit::normalize_command(what);
      continue;
    }
    if (!reply.empty()) reply.push_back(' ');
    reply.append(line);
  }
  d.diagnostic = std::move(reply);
  // "Could not deliver for the last 432000 seconds. Giving up.": the queue lifetime ran out.
  if (d.smtp_command.empty() && detail::icontains(d.diagnostic, "could not deliver for the last")) {
    kit::set_verdict(d, k_engine, "giving-up", reason_kind::expired);
  }
  out.push_back(std::move(d));
}

}  // namespace

const extractor& dragonfly_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
