// SPDX-License-Identifier: BSD-2-Clause
// Gmail's own (pre-2017) bounce and delay notices, sent by mailer-daemon@googlemail.com:
//   Delivery to the following recipient failed permanently:   (or: has been delayed:)
//        a@example.org
//   Technical details of permanent failure:
//   Google tried to deliver your message, but it was rejected by the server for the recipient
//   domain example.org by mx.example.org. [192.0.2.1].
//   The error that the other server returned was:
//   550 5.1.1 <a@example.org>... User Unknown
//   ----- Original message -----
// The diagnostic is the other server's reply when Gmail quotes one, else Gmail's own words, which
// its catalogue below maps to a reason (they describe Gmail's own give-up, not a remote reply).
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using detail::ifind;
using kit::npos;

constexpr std::string_view k_intro = "delivery to the following recipient";
constexpr std::string_view k_ends[] = {"----- original message -----",
                                       "----- message header follows -----",
                                       "----- original message follows -----"};

// Gmail's own failure descriptions (no remote reply): they state the reason. Source: 7 messages
// (lhost-gmail-09, -10, -11, -17 ...).
constexpr kit::phrase k_catalogue[] = {
    {"the recipient server did not accept our requests to connect", reason_kind::expired,
     "connect-refused"},
};

// "... rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.1]."
std::string remote_host(std::string_view tech) {
  std::size_t p = kit::offset_after(tech, "for the recipient domain ");
  if (p == npos) return {};
  p = kit::offset_after(tech, " by ", p);
  if (p == npos) return {};
  std::size_t e = p;
  while (e < tech.size() && tech[e] != ' ' && tech[e] != '\n' && tech[e] != '[') ++e;
  std::string_view host = tech.substr(p, e - p);
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  return std::string(host);
}

constexpr std::string_view k_engine = "gmail";

enum text_marker : std::size_t { intro, technical_details, will_be_retried, marker_count };
constexpr std::string_view markers[] = {k_intro, "technical details of", "message will be retried"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  // The two headings together are Gmail's alone; the sender address is not required, as
  // Google Workspace domains send these notices from their own mailer-daemon.
  return text.has(intro) && (text.has(technical_details) || text.has(will_be_retried));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = kit::cut_before(r.text, k_ends);
  const std::size_t intro = ifind(text, k_intro);
  if (intro == npos) return;
  const std::string_view intro_line = kit::line_at(text, intro);
  const bool delayed = detail::icontains(intro_line, "delayed");

  // The recipients: the address lines after the intro, up to the technical details.
  std::size_t tech_at = ifind(text, "technical details of", intro);
  std::size_t list_end = tech_at == npos ? text.size() : tech_at;
  const std::size_t retry = ifind(text, "message will be retried", intro);
  if (retry < list_end) list_end = retry;
  const std::size_t list_begin = kit::next_line(text, intro);
  std::vector<std::string> rcpts =
      list_begin < list_end ? kit::find_addresses(text.substr(list_begin, list_end - list_begin))
                            : std::vector<std::string>{};
  if (rcpts.empty()) return;

  std::string_view tech;
  if (tech_at != npos) {
    const std::size_t colon = text.find(':', tech_at);
    if (colon != npos) tech = detail::trim(text.substr(colon + 1));
  }
  std::string_view diag = tech;
  const std::size_t said = kit::offset_after(tech, "the error that the other server returned was:");
  const bool remote_reply = said != npos;
  if (remote_reply) diag = detail::trim(tech.substr(said));
  if (diag.empty()) diag = detail::trim(intro_line);

  const std::string host = remote_host(tech);
  for (auto& a : rcpts) {
    draft d;
    d.recipient = std::move(a);
    d.diagnostic = std::string(diag);
    d.remote_mta = host;
    if (delayed) kit::mark_delayed(d);
    if (!remote_reply) {
      if (!kit::apply_catalogue(d, k_engine, k_catalogue) && delayed && tech.empty()) {
        // A bare delay warning: Gmail is still retrying and names no cause.
        kit::set_verdict(d, k_engine, "delayed", reason_kind::expired);
      }
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& gmail_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
