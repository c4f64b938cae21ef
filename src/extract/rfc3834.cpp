// SPDX-License-Identifier: BSD-2-Clause
// RFC 3834 automatic responses (out-of-office / vacation replies): one draft for the address
// that answered (the reply's From), reason vacation, status null.
// `Auto-Submitted: auto-replied` alone never decides: real bounces carry it too. A message is an
// auto-reply when it says so in a header made for that (X-Autoreply, Precedence: auto_reply ...)
// or in its subject ("Automatic reply:", "Out of Office"), or when it is marked auto-replied and
// also reads like one (away/vacation wording, or it answers a message: In-Reply-To, which RFC
// 3834 §3.1.5 asks responders to set and bounces do not). Bounces (mailer-daemon, postmaster,
// failure subjects, delivery-status parts) are never claimed.
// reasons.md: the body is classified first. An auto-reply that says the address is no longer in
// use is `suspend`, not `vacation`: when the body has such failure wording the draft carries no
// reason and the classifier decides from the text.
#include <string_view>

#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

using detail::icontains;
using detail::trim;

bool any_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (icontains(text, w)) return true;
  return false;
}

// The local part of the first address in a header, without allocation ("" when none).
std::string_view local_part(std::string_view v) {
  auto at = v.find('@');
  if (at == std::string_view::npos) return {};
  std::size_t b = at;
  while (b > 0 && v[b - 1] != '<' && v[b - 1] != ' ' && v[b - 1] != '"' && v[b - 1] != ',') --b;
  return v.substr(b, at - b);
}

bool from_system(const mime::report& r) {
  const std::string_view from = r.headers.get("From");
  const std::string_view local = local_part(from);
  for (std::string_view s : {"mailer-daemon", "mailer_daemon", "postmaster", "root"})
    if (detail::iequals(local, s)) return true;
  return icontains(from, "mail delivery") || icontains(from, "mail administrator");
}

bool failure_subject(std::string_view subject) {
  return any_of(subject, {"undeliver", "delivery status", "delivery failure", "delivery failed",
                          "delivery has failed", "failure notice", "returned mail", "non-delivery",
                          "nondeliverable", "could not be delivered", "can't be delivered",
                          "cannot be delivered", "bounce", "delivery notification",
                          "mail system error", "security information for"});
}

// Headers whose only purpose is to mark an automatic reply.
bool autoreply_header(const mime::header_block& h) {
  if (h.has("X-Autoreply") || h.has("X-Autorespond") || h.has("X-Autoresponder")) return true;
  const std::string_view prec = trim(h.get("Precedence"));
  if (detail::iequals(prec, "auto_reply")) return true;
  return detail::iequals(trim(h.get("X-Apple-Action")), "vacation");
}

// Subjects that only auto-replies use (English and the common localisations; Q-encoded words
// keep ASCII letters as they are, so these also match inside encoded words). "away from my mail"
// is the default message of the Unix vacation(1) program (Debian vacation 3.3.3, as BSD's),
// whose replies carry no header that marks them.
bool autoreply_subject(std::string_view subject) {
  return any_of(
      subject,
      {"automatic reply", "auto reply", "auto-reply", "autoreply", "auto response", "auto-response",
       "autorespons", "auto-antwort", "automatische antwort", "out of office", "out of the office",
       "abwesenheitsnotiz", "reponse automatique", "réponse automatique", "respuesta autom",
       "risposta automatica", "automatisch antwoord", "resposta autom", "away from my mail"});
}

// The same in other scripts (the report's Subject is decoded). "自动回复" (Chinese, "automatic
// reply"): PHP-Bounce-Handler's auto-reply list (npm bounce-handler 7.3.2 lib/responses.js,
// docs/credits.md).
bool autoreply_subject_decoded(std::string_view subject) {
  constexpr std::string_view chinese = "自动回复";
  return any_of(subject, {chinese});
}

// Away wording, used only together with Auto-Submitted: auto-replied.
bool away_wording(std::string_view text) {
  return any_of(text,
                {"away", "vacation", "holiday", "on leave", "out of office", "out of the office",
                 "limited access to e", "be back", "return on", "returning", "abwesend", "absent",
                 "currently unavailable", "not available until", "auto-reply", "automatic reply"});
}

// Wording that says the address itself does not work (reasons.md: such an auto-reply is
// classified from its body, e.g. "no longer in use" is suspend).
bool failure_wording(std::string_view text) {
  return any_of(
      text, {"no longer in use", "no longer active", "no longer valid", "no longer exist",
             "is not in use", "not in use anymore", "has been disabled", "has been deactivated",
             "has been suspended", "has been closed", "account is disabled", "account is closed",
             "does not exist", "mailbox is full", "over quota", "user unknown",
             "has been replaced by", "no longer at this address"});
}

bool is_autoreply(const mime::report& r) {
  if (!r.delivery_status.empty() || !r.feedback_report.empty() ||
      !r.disposition_notification.empty())
    return false;
  if (from_system(r)) return false;
  const std::string_view subject = r.subject;
  if (failure_subject(subject)) return false;
  if (autoreply_header(r.headers) || autoreply_subject(subject) ||
      autoreply_subject_decoded(subject))
    return true;
  // procmailex(5)'s vacation recipe: formail -r answers with "Precedence: junk" and the
  // user's "X-Loop:" and no Auto-Submitted; the away wording tells it from a list's message.
  const bool procmail_reply =
      r.headers.has("X-Loop") && detail::iequals(trim(r.headers.get("Precedence")), "junk");
  const bool auto_replied =
      detail::istarts_with(trim(r.headers.get("Auto-Submitted")), "auto-replied");
  // Ordinary mail reaches this check too: its text is read only under one of those headers.
  if (!procmail_reply && !auto_replied) return false;
  const std::string_view head =
      r.text.size() > 2048 ? std::string_view(r.text).substr(0, 2048) : std::string_view(r.text);
  if (away_wording(subject) || away_wording(head)) return true;
  return auto_replied && r.headers.has("In-Reply-To");
}

bool no_reply_local(std::string_view local) {
  return icontains(local, "noreply") || icontains(local, "no-reply") ||
         icontains(local, "donotreply") || icontains(local, "do-not-reply");
}

std::string body_summary(std::string_view text) {
  text = trim(text);
  if (text.size() > 1024) text = text.substr(0, 1024);
  return std::string(text);
}

constexpr std::string_view k_engine = "rfc3834";

bool claims(const mime::report& r, const marker_hits&) { return is_autoreply(r); }
void extract(const mime::report& r, std::vector<draft>& out) {
  draft d;
  const std::string_view from = r.headers.get("From");
  d.recipient = kit::find_address(from);
  // A responder that sends from a no-reply address names the person in Reply-To.
  if ((d.recipient.empty() || no_reply_local(local_part(from))) && r.headers.has("Reply-To")) {
    std::string reply_to = kit::find_address(r.headers.get("Reply-To"));
    if (!reply_to.empty()) d.recipient = std::move(reply_to);
  }
  if (d.recipient.empty()) return;
  d.diagnostic = body_summary(r.text);
  if (!failure_wording(d.diagnostic)) {
    kit::set_verdict(d, k_engine, "auto-reply", reason_kind::vacation, draft::strength::stated);
    // Not an error text: the subject summarises the reply, and a body's phone numbers
    // ("+1 555 0142") must not be read as SMTP reply codes.
    d.diagnostic = r.subject;
  }
  out.push_back(std::move(d));
}

}  // namespace

const extractor& rfc3834_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
