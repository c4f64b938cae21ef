// SPDX-License-Identifier: BSD-2-Clause
// Sendmail 5 (and other pre-MIME Sendmail) bounces: plain text, no DSN part.
//
//    ----- Transcript of session follows -----
//   While talking to mx.example.edu:
//   >>> MAIL From:<sender@example.jp>
//   <<< 550 Insecure Mail Relay
//   554 <rcpt@example.edu>... Remote protocol error
//   550 example.org (smtp)... 550 Host unknown
//   554 <other@example.org>... 550 Host unknown (Authoritative answer from name server)
//    ----- Unsent message follows -----
//
// Each "NNN <address>... text" line is one failed recipient. Its own text is the diagnostic when
// it quotes the remote reply ("550 Host unknown"); a bare "Remote protocol error" refers to the
// SMTP exchange just above it. "NNN host (smtp)... Deferred: ..." lines name hosts, not
// recipients; when no recipient line exists, the returned message's To names the recipient.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract {
namespace {

struct recipient_line {
  std::string address;
  int code = 0;
  std::string text;  ///< after "... "
};

// "554 <a@b>... text", "550 5.1.1 <a@b>... text", "550 a@b... text", "<a@b>... Deferred: text".
std::optional<recipient_line> parse_recipient_line(std::string_view line) {
  recipient_line out;
  std::string_view l = detail::trim(line);
  // Sendmail 8 writes an enhanced code after the reply code ("550 5.1.1 <a@b>... User
  // unknown", savemail.c): both go before the address.
  if (auto prefix = grammar::reply_prefix_at(l, 0)) {
    out.code = prefix->code;
    l = detail::trim(l.substr(prefix->length));
  }
  auto dots = l.find("... ");
  if (dots == std::string_view::npos) {
    if (l.size() > 3 && l.substr(l.size() - 3) == "...")
      dots = l.size() - 3;
    else
      return std::nullopt;
  }
  std::string_view who = kit::strip_address(l.substr(0, dots));
  if (!kit::is_address(who)) return std::nullopt;
  out.address = std::string(who);
  out.text = dots + 4 <= l.size() ? std::string(detail::trim(l.substr(dots + 4))) : std::string();
  return out;
}

std::string original_to(const mime::report& r) {
  if (r.has_original) return kit::find_address(r.original.get("To"));
  std::string_view unsent = kit::after_line(r.text, "----- unsent message follows -----");
  if (unsent.empty()) unsent = kit::after_line(r.text, "----- original message follows -----");
  if (unsent.empty()) return {};
  mime::header_block h;
  mime::parse_header_block(unsent, h);
  return kit::find_address(h.get("To"));
}

constexpr std::string_view k_engine = "v5sendmail";

enum text_marker : std::size_t { transcript, marker_count };
constexpr std::string_view markers[] = {"----- transcript of session follows -----"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return r.delivery_status.empty() && text.has(transcript);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view transcript =
      kit::after_line(r.text, "----- transcript of session follows -----");
  transcript = kit::until_line(transcript, {"-----"});
  const auto lines = kit::split_lines(transcript);

  std::vector<draft> drafts;
  std::string host, command, reply;
  bool reply_pending = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = detail::trim(lines[i]);
    if (detail::istarts_with(line, "while talking to ") ||
        detail::istarts_with(line, "... while talking to ")) {
      host = kit::host_name(line.substr(line.find("talking to ") + 11));
      command.clear();
      reply.clear();
      reply_pending = false;
      continue;
    }
    if (line.substr(0, 3) == ">>>") {
      command = kit::normalize_command(detail::trim(line.substr(3)));
      continue;
    }
    if (line.substr(0, 3) == "<<<") {
      std::string_view t = detail::trim(line.substr(3));
      if (reply_pending && !reply.empty()) {
        reply.push_back(' ');
        reply.append(t);
      } else {
        reply = std::string(t);
      }
      reply_pending = true;
      continue;
    }
    auto rl = parse_recipient_line(line);
    if (!rl) continue;
    draft d;
    d.recipient = rl->address;
    const bool quotes_reply = grammar::leading_reply_code(rl->text).has_value();
    if (reply_pending && !quotes_reply) {
      // "Remote protocol error", "User unknown": the exchange just above says what happened.
      d.diagnostic = reply;
      d.smtp_command = command.empty() ? "CONN" : command;
      d.remote_mta = host;
      reply_pending = false;
    } else if (quotes_reply) {
      d.diagnostic = rl->text;
    } else {
      d.diagnostic = (rl->code ? std::to_string(rl->code) + " " : std::string()) + rl->text;
    }
    if (detail::icontains(rl->text, "deferred")) d.temporary = rl->code / 100 == 4 || rl->code == 0;
    bool seen = false;
    for (auto& x : drafts)
      if (detail::iequals(x.recipient, d.recipient)) seen = true;
    if (!seen) drafts.push_back(std::move(d));
  }

  if (drafts.empty()) {
    // Only host lines ("421 example.com (smtp)... Deferred: Connection timed out ..."): the
    // returned message's To is the recipient, the transcript the diagnostic.
    std::string to = original_to(r);
    if (to.empty()) return;
    draft d;
    d.recipient = std::move(to);
    d.diagnostic = kit::join_lines(transcript);
    drafts.push_back(std::move(d));
  }
  // "Returned mail: Cannot send message for 5 days": the queue lifetime ran out. A Subject
  // "Warning: could not send message for past 4 hours" (or the body's "THIS IS A WARNING
  // MESSAGE ONLY") is a delay warning, as Sisimai 4.25 Lhost/Sendmail.pm reads a Subject
  // starting "Warning: ": the delivery goes on.
  const std::string_view subject = r.subject;
  const bool warning = detail::istarts_with(subject, "warning:") ||
                       detail::icontains(subject, "returned mail: warning:") ||
                       detail::icontains(r.text, "this is a warning message only");
  const bool gave_up = !warning && (detail::icontains(subject, "cannot send message for") ||
                                    detail::icontains(subject, "could not send message for"));
  for (auto& d : drafts) {
    if (gave_up && drafts.size() == 1) {
      kit::set_verdict(d, k_engine, "cannot-send", reason_kind::expired);
      d.temporary = false;
    }
    if (warning) kit::mark_delayed(d);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& v5sendmail_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
