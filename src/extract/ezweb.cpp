// SPDX-License-Identifier: BSD-2-Clause
// au by KDDI mobile mail (ezweb.ne.jp, au.com): "Mail System Error - Returned Mail" from
// Postmaster@ezweb.ne.jp. A Japanese preface, then one English sentence from a small catalogue
// ("The user(s) account is disabled.", "Your message was not delivered within ..."), the
// recipients as "<addr>" or "Recipient: <addr>" lines and sometimes a ">>> RCPT TO" / "<<< 550"
// transcript under each. The sentence holds for every recipient, a reply or transcript only for
// the recipient it follows. X-SPASIGN: NG marks mail the recipient's domain filter refused.
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
  if (detail::iequals(r.subject, "Mail System Error - Returned Mail")) ++score;
  const std::string_view mid = r.headers.get("Message-Id");
  if (detail::icontains(mid, ".ezweb.ne.jp>") || detail::icontains(mid, ".au.com>")) ++score;
  // The Received headers, the costly test, decide only when one other sign is there.
  if (score == 1 && header_contains(r, "Received", "(ezweb mail) with")) ++score;
  return score >= 2;
}

// What the text says of one recipient: the "<addr>: reply" after its address, or the ">>> " /
// "<<< " transcript under its "Recipient: <addr>" line. Source: Sisimai 4.25 Lhost/EZweb.pm,
// whose comment shows both layouts and which gives each recipient the lines after its address.
struct recipient_text {
  std::string address, diagnostic, command;
};

void extract(const mime::report& r, std::vector<draft>& out) {
  // The returned message's headers follow a dashed line in the plain variant.
  std::string_view text = cut_before(r.text, {"\n-----------", "content-type: message/rfc822"});
  std::vector<recipient_text> rcpts;
  // The catalogue sentence and what else precedes the first recipient hold for all of them.
  std::string shared, shared_command, japanese;
  std::string_view rest = text;
  while (!rest.empty()) {
    auto nl = rest.find('\n');
    std::string_view t = detail::trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (t.empty()) continue;
    recipient_text* cur = rcpts.empty() ? nullptr : &rcpts.back();
    if (t.starts_with(">>> ")) {
      (cur ? cur->command : shared_command) =
          kit::normalize_command(t.substr(4, t.find_first_of(":<", 4) - 4));
      continue;
    }
    std::string_view addr = address_alone(t);
    std::string_view reply;
    if (addr.empty() && detail::istarts_with(t, "recipient: ")) addr = address_alone(t.substr(11));
    if (addr.empty() && t.front() == '<') {
      // "<addr>: 550 user unknown (in reply to RCPT TO command)"
      auto close = t.find(">:");
      if (close != std::string_view::npos && !address_alone(t.substr(1, close - 1)).empty()) {
        addr = t.substr(1, close - 1);
        reply = t.substr(close + 2);
      }
    }
    if (!addr.empty()) {
      cur = nullptr;
      for (auto& e : rcpts)
        if (detail::iequals(e.address, addr)) cur = &e;
      if (!cur) {
        rcpts.push_back({std::string(addr), {}, {}});
        cur = &rcpts.back();
      }
      // A recipient named twice with the same reply says it once.
      if (cur->diagnostic.find(detail::trim(reply)) == std::string::npos)
        append_spaced(cur->diagnostic, reply);
      continue;
    }
    if (t.starts_with("<<< "))
      append_spaced(cur ? cur->diagnostic : shared, t.substr(4));
    else if (message_line(t))
      append_spaced(shared, t);
    else if (static_cast<unsigned char>(t.front()) >= 0x80)
      append_spaced(japanese, t);
  }

  // A multipart/report variant carries a DSN: take recipients and status from it.
  std::vector<draft> drafts;
  kit::dsn_drafts(r, drafts);
  if (drafts.empty())
    for (auto& e : rcpts) {
      draft d;
      d.recipient = e.address;
      drafts.push_back(std::move(d));
    }
  const bool spasign_ng = detail::istarts_with(detail::trim(r.headers.get("X-SPASIGN")), "ng");
  for (auto& d : drafts) {
    const recipient_text* own = rcpts.size() == 1 ? &rcpts.front() : nullptr;
    for (auto& e : rcpts)
      if (detail::iequals(e.address, d.recipient)) own = &e;
    std::string diag = shared;
    if (own) append_spaced(diag, own->diagnostic);
    if (diag.empty()) diag = japanese;
    std::string command = own && !own->command.empty() ? own->command : shared_command;
    if (command.empty()) command = kit::find_smtp_command(diag);
    d.diagnostic = std::move(diag);
    d.smtp_command = std::move(command);
    if (d.diagnostic_type.empty()) d.diagnostic_type = "SMTP";
    if (spasign_ng) {
      // au's filter header states its own verdict.
      set_verdict(d, k_engine, "spasign-ng", reason_kind::filtered, draft::strength::stated);
    } else if (const phrase* hit = find_phrase(d.diagnostic, catalogue)) {
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
