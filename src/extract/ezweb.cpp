// SPDX-License-Identifier: BSD-2-Clause
// au by KDDI mobile mail (ezweb.ne.jp, au.com): "Mail System Error - Returned Mail" from
// Postmaster@ezweb.ne.jp. A Japanese preface, then one English sentence from a small catalogue
// ("The user(s) account is disabled.", "Your message was not delivered within ..."), the
// recipients as "<addr>" or "Recipient: <addr>" lines and sometimes a ">>> RCPT TO" / "<<< 550"
// transcript. X-SPASIGN: NG marks mail the recipient's domain filter refused.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

// The catalogue sentences and what each one states. Source: Sisimai 4.25 Lhost/EZweb.pm
// ($refailures, written from Sisimai's collection of au notices): "account is disabled" and
// "temporarily limited" (suspend: an unpaid account), "temporarily over quota" (mailboxfull),
// "Your message was not delivered within N days and N hours." (expired); "disabled" also in 2
// messages (lhost-ezweb-02, -03).
constexpr phrase catalogue[] = {
    {"the user(s) account is disabled", reason_kind::suspend, "account-disabled"},
    {"the user(s) account is temporarily limited", reason_kind::suspend, "account-limited"},
    {"the user(s) account is temporarily over quota", reason_kind::mailboxfull, "over-quota"},
    {"your message was not delivered within ", reason_kind::expired, "not-delivered-within"},
};

// Lines that carry the error for the recipients (the rest is boilerplate), in any case as the
// catalogue is matched.
bool message_line(std::string_view t) {
  for (std::string_view start :
       {"the user(s) ", "your message ", "each of the following", "remote host ", "<<< "})
    if (detail::istarts_with(t, start)) return true;
  return false;
}

constexpr std::string_view k_engine = "ezweb";

bool claims(const mime::report& r, const marker_hits&) {
  int score = 0;
  const std::string_view from = r.headers.get("From");
  if (detail::icontains(from, "postmaster@ezweb.ne.jp") ||
      detail::icontains(from, "postmaster@au.com"))
    ++score;
  if (detail::iequals(detail::trim(r.headers.get("Subject")), "Mail System Error - Returned Mail"))
    ++score;
  const std::string_view mid = r.headers.get("Message-Id");
  if (detail::icontains(mid, ".ezweb.ne.jp>") || detail::icontains(mid, ".au.com>")) ++score;
  // The Received headers, the costly test, decide only when one other sign is there.
  if (score == 1 && header_contains(r, "Received", "(ezweb mail) with")) ++score;
  return score >= 2;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  // The returned message's headers follow a dashed line in the plain variant.
  std::string_view text = cut_before(r.text, {"\n-----------", "content-type: message/rfc822"});
  std::vector<std::string> rcpts;
  std::string diag, command, japanese;
  std::string_view rest = text;
  while (!rest.empty()) {
    auto nl = rest.find('\n');
    std::string_view t = detail::trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (t.empty()) continue;
    if (t.starts_with(">>> ")) {
      command = kit::normalize_command(t.substr(4, t.find_first_of(":<", 4) - 4));
      continue;
    }
    std::string_view addr = address_alone(t);
    if (addr.empty() && detail::istarts_with(t, "recipient: ")) addr = address_alone(t.substr(11));
    if (addr.empty() && t.front() == '<') {
      // "<addr>: 550 user unknown (in reply to RCPT TO command)"
      auto close = t.find(">:");
      if (close != std::string_view::npos && !address_alone(t.substr(1, close - 1)).empty()) {
        addr = t.substr(1, close - 1);
        append_spaced(diag, t.substr(close + 2));
      }
    }
    if (!addr.empty()) {
      bool seen = false;
      for (auto& a : rcpts) seen = seen || detail::iequals(a, addr);
      if (!seen) rcpts.emplace_back(addr);
      continue;
    }
    if (message_line(t))
      append_spaced(diag, t.starts_with("<<< ") ? t.substr(4) : t);
    else if (static_cast<unsigned char>(t.front()) >= 0x80)
      append_spaced(japanese, t);
  }
  if (diag.empty()) diag = std::move(japanese);
  if (command.empty()) command = kit::find_smtp_command(diag);

  // A multipart/report variant carries a DSN: take recipients and status from it.
  std::vector<draft> drafts;
  kit::dsn_drafts(r, drafts);
  if (drafts.empty())
    for (auto& a : rcpts) {
      draft d;
      d.recipient = a;
      drafts.push_back(std::move(d));
    }
  const bool spasign_ng = detail::istarts_with(detail::trim(r.headers.get("X-SPASIGN")), "ng");
  const phrase* hit = find_phrase(diag, catalogue);
  for (auto& d : drafts) {
    d.diagnostic = diag;
    d.smtp_command = command;
    if (d.diagnostic_type.empty()) d.diagnostic_type = "SMTP";
    if (spasign_ng) {
      // au's filter header states its own verdict.
      set_verdict(d, k_engine, "spasign-ng", reason_kind::filtered, draft::strength::stated);
    } else if (hit) {
      set_verdict(d, k_engine, hit->id, hit->reason);
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& ezweb_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
