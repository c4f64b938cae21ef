// SPDX-License-Identifier: BSD-2-Clause
// Postfix bounces: usually an RFC 3464 report whose human-readable part repeats each failure as
// "<rcpt>: host mx[ip] said: 550 ... (in reply to RCPT TO command)"; older or customised set-ups
// send only that text ("The mail system" / "The Postfix program" followed by "<rcpt>:"
// paragraphs), and some relays paste the whole report into a text/plain body. The text gives the
// SMTP command and the remote host, which the DSN lacks.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

// The command of "(in reply to RCPT TO command)", "(in reply to end of DATA command)"; flat is
// the block joined into one line (kit::join: "(in\n    reply to RCPT TO command)").
// Postfix's connection failures name the host with its address: "connect to
// mx.example.net[192.0.2.1]:25: Connection refused". Other words after "connect to" are
// someone else's ("unable to connect to avp daemon" in a local command's output).
bool connect_to_host(std::string_view text) {
  for (auto p = detail::ifind(text, "connect to "); p != std::string_view::npos;
       p = detail::ifind(text, "connect to ", p + 11)) {
    const std::string_view host = text.substr(p + 11, 256);
    const std::size_t bracket = host.find('[');
    if (bracket != std::string_view::npos && bracket > 0 &&
        host.substr(0, bracket).find_first_of(" \t\n") == std::string_view::npos)
      return true;
  }
  return false;
}

std::string postfix_command(std::string_view flat) {
  std::string_view text = flat;
  // pipe(8) and local(8) deliveries to a command ("Command output: ..."): no SMTP session at
  // all, whatever the command printed.
  if (detail::icontains(text, "command output:")) return {};
  auto p = detail::ifind(text, "in reply to ");
  if (p != std::string_view::npos) {
    std::string c = kit::normalize_command(text.substr(p + 12, 20));
    if (!c.empty()) return c;
  }
  if (detail::icontains(text, "while sending rcpt to")) return "RCPT";
  if (detail::icontains(text, "while sending mail from")) return "MAIL";
  // smtp_proto.c's xfer_states: "sending DATA command", "sending message body", "sending end
  // of data -- message may be sent more than once".
  if (detail::icontains(text, "while sending end of data") ||
      detail::icontains(text, "while sending data command") ||
      detail::icontains(text, "while sending message body"))
    return "DATA";
  if (detail::icontains(text, "while receiving the initial server greeting") ||
      // "host mx.example.net[192.0.2.1] refused to talk to me: 554 ...": the greeting was no
      // 2xx (smtp_proto.c; Sisimai 4.25 Lhost/Postfix.pm gives such a session a command too).
      detail::icontains(text, "refused to talk to me") || connect_to_host(text))
    return "CONN";
  if (detail::icontains(text, "while performing the ehlo handshake") ||
      detail::icontains(text, "while sending ehlo") ||
      detail::icontains(text, "while sending helo"))
    return "EHLO";
  return {};
}

// "host mx.example.net[192.0.2.1] said: 550 ... (in reply to RCPT TO command)" -> the reply
// without the "(in reply to ...)" tail; the whole text when there is no "said:". flat is the
// block joined into one line (kit::join).
std::string remote_reply(std::string_view flat, std::string* host) {
  std::string_view f = flat;
  auto said = detail::ifind(f, " said: ");
  if (said == std::string_view::npos) {
    // "host mx.example.net[192.0.2.1] refused to talk to me: 554 ...": the host, whole text.
    const auto refused = detail::ifind(f, " refused to talk to me");
    if (host && refused != std::string_view::npos && detail::istarts_with(f, "host "))
      *host = kit::host_name(f.substr(0, refused));
    return std::string(flat);
  }
  auto h = detail::ifind(f, "host ");
  if (host && h != std::string_view::npos && h < said) *host = kit::host_name(f.substr(h));
  std::string_view reply = f.substr(said + 7);
  auto tail = detail::ifind(reply, "(in reply to ");
  if (tail != std::string_view::npos) reply = reply.substr(0, tail);
  return std::string(detail::trim(reply));
}

const kit::address_block* block_for(const std::vector<kit::address_block>& blocks, const draft& d) {
  for (const auto& b : blocks)
    if (detail::iequals(b.recipient, d.recipient)) return &b;
  for (const auto& b : blocks)
    if (!b.alias.empty() && detail::iequals(b.alias, d.recipient)) return &b;
  return nullptr;
}

// The notice's "<rcpt>:" paragraphs come after "The mail system" (or "The Postfix program");
// a customised preamble may quote the postmaster's address in angle brackets before that.
std::string_view notice_part(std::string_view text) {
  for (std::string_view m :
       {"the mail system\n", "the postfix program\n", "the following is the error message.\n"}) {
    auto p = detail::ifind(text, m);
    if (p != std::string_view::npos) {
      std::string_view rest = text.substr(p + m.size());
      // Another marker further down is the real start (a localised preamble repeats them).
      std::string_view again = notice_part(rest);
      return again.empty() ? rest : again;
    }
  }
  return {};
}

constexpr std::string_view k_engine = "postfix";

std::string_view about(const mime::report& r, const draft& d) {
  return kit::paragraph_about(r.text, d.recipient);
}

// The default notice's opening lines (bounce_template.c; ../shared/reference/mta-messages.tsv),
// and Postfix 1's ("the message returned below ...", 6 messages of flufl.bounce's samples): they
// stay when the administrator renames the mail system ("This is the Postfix on SuSE Linux 6.4
// program at host") or the Subject.
enum text_marker : std::size_t {
  mail_system,
  postfix_program,
  sorry_your_message,
  sorry_message_returned,
  marker_count
};
constexpr std::string_view markers[] = {
    "this is the mail system at host", "this is the postfix program at host",
    // one line each: the template breaks the sentence after these words
    "i'm sorry to have to inform you that your message could not",
    "i'm sorry to have to inform you that the message returned"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (detail::icontains(r.subject, "undelivered mail returned to sender")) return true;
  return text.has(mail_system) || text.has(postfix_program) || text.has(sorry_your_message) ||
         text.has(sorry_message_returned) || detail::icontains(r.delivery_status, "x-postfix-");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view text = r.text;
  std::string_view notice = notice_part(text);
  if (notice.empty()) notice = text;
  notice = kit::until_line(notice, {"Content-Type: message/", "Content-Description:"});
  const auto blocks = kit::angle_address_blocks(notice);

  std::vector<draft> drafts;
  if (!r.delivery_status.empty())
    kit::dsn_drafts(r, drafts);
  else
    kit::dsn_drafts_of_body(kit::embedded_delivery_status(text), r.text, r.limits.max_recipients,
                            drafts);

  if (drafts.empty()) {
    // The delay template (bounce_template.c: Subject "Delayed Mail (still being retried)",
    // "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #") without its DSN
    // part: the delivery goes on. (Sisimai 4.25 Lhost/Postfix.pm reads only the failure
    // Subject, so it never reads such a warning as a failure.)
    const bool warning = detail::icontains(text, "this is a warning only") ||
                         detail::icontains(r.subject, "delayed mail (still being retried)");
    for (const auto& b : blocks) {
      std::string host;
      const std::string flat = kit::join_lines(b.text);
      draft d = kit::make_draft(b.recipient, remote_reply(flat, &host), postfix_command(flat));
      d.remote_mta = host;
      // "<final> (expanded from <alias>):" (bounce(8)): the alias is the address the sender used.
      if (kit::is_address(b.alias)) d.original_recipient = b.alias;
      if (detail::icontains(b.text, "delivery temporarily suspended")) d.temporary = true;
      if (warning) kit::mark_delayed(d);
      // A command's failure (local(8), pipe(8)): Postfix's own report types it "x-unix"
      // (src/global/pipe_command.c, dsb_unix()) and appends "Command output:"; the text
      // without the report says the same.
      if (detail::icontains(flat, "command output:")) d.diagnostic_type = "X-UNIX";
      drafts.push_back(std::move(d));
    }
  } else {
    for (auto& d : drafts) {
      const kit::address_block* b = block_for(blocks, d);
      if (!b) continue;
      std::string host;
      const std::string flat = kit::join_lines(b->text);
      std::string reply = remote_reply(flat, &host);
      const std::string cmd = postfix_command(flat);
      if (!cmd.empty()) d.smtp_command = cmd;
      if (d.remote_mta.empty()) d.remote_mta = host;
      if (d.original_recipient.empty() && kit::is_address(b->alias))
        d.original_recipient = b->alias;
      if (d.diagnostic.empty() || d.diagnostic == std::string(detail::trim(about(r, d))))
        d.diagnostic = reply;
    }
  }
  // "--- Delivery report unavailable ---": Postfix lost the details; the returned message
  // still names the recipient.
  if (drafts.empty() && detail::icontains(text, "delivery report unavailable") && r.has_original) {
    std::string to = kit::find_address(r.original.get("To"));
    if (!to.empty()) drafts.push_back(kit::make_draft(to, {}));
  }
  kit::append_drafts(out, std::move(drafts));
}

}  // namespace

const extractor& postfix_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
