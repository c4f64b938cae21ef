// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/transcript.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <utility>

#include "detail/string_util.hpp"
#include "extract/common/addresses.hpp"
#include "extract/common/catalogue.hpp"
#include "extract/common/lines.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract::kit {

std::string normalize_command(std::string_view w) {
  w = detail::trim(w);
  struct entry {
    std::string_view prefix, command;
  };
  static constexpr entry table[] = {
      {"rcpt", "RCPT"},        {"mail", "MAIL"},           {"data", "DATA"},
      {"end of data", "DATA"}, {"end of message", "DATA"}, {"ehlo", "EHLO"},
      {"helo", "HELO"},        {"lhlo", "EHLO"},           {"connect", "CONN"},
      {"conn ", "CONN"},       {"starttls", "STARTTLS"},   {"auth ", "AUTH"},
      {"bdat", "DATA"},        {"quit", "QUIT"},
  };
  for (const auto& e : table)
    if (detail::istarts_with(w, e.prefix)) return std::string(e.command);
  return {};
}

namespace {

// The phrases after which a text names the command ("in reply to RCPT TO command"), by the
// first letter they start with. A space stands for any run of white space (wrapped lines put
// a newline and indentation inside "in reply to\n    RCPT TO command"). None is the start of
// another, so at most one matches at a position.
constexpr std::string_view command_markers[] = {
    "in reply to ", "after ",    ">>> ",
    "error after ", "during ",   "while sending ",
    "response to ", "reply to ", "smtp error from remote mail server after ",
};

static_assert(
    [] {
      for (std::string_view m : command_markers)
        if (m.size() < 2 || m[1] == ' ') return false;
      return true;
    }(),
    "find_smtp_command checks a marker's second byte as a plain byte");

// By text byte (either case): the markers (bit k for command_markers[k]) whose byte at `at`
// it is. Most letters start some marker, few pairs of letters do: both bytes together rule
// out nearly every position before any comparison.
constexpr std::array<std::uint16_t, 256> command_markers_by_byte(std::size_t at) {
  std::array<std::uint16_t, 256> t{};
  for (unsigned c = 0; c < 256; ++c)
    for (std::size_t k = 0; k < std::size(command_markers); ++k)
      if (detail::ascii_lower(static_cast<char>(c)) == command_markers[k][at])
        t[c] |= static_cast<std::uint16_t>(1u << k);
  return t;
}
constexpr auto command_markers_by_first = command_markers_by_byte(0);
constexpr auto command_markers_by_second = command_markers_by_byte(1);

// The end of lower_marker matched at text[at] (white-space runs as single spaces; a run
// matches only when text goes on after it), or npos.
std::size_t match_collapsed(std::string_view text, std::size_t at, std::string_view lower_marker) {
  std::size_t j = at;
  for (char c : lower_marker) {
    if (c == ' ') {
      if (j >= text.size() || !detail::is_space(text[j])) return std::string_view::npos;
      while (j < text.size() && detail::is_space(text[j])) ++j;
      if (j == text.size()) return std::string_view::npos;
    } else {
      if (j >= text.size() || detail::ascii_lower(text[j]) != c) return std::string_view::npos;
      ++j;
    }
  }
  return j;
}

// The command word at text[at]: its first 16 characters with white-space runs as single spaces.
std::string command_at(std::string_view text, std::size_t at) {
  char word[16];
  std::size_t n = 0;
  for (std::size_t j = at; j < text.size() && n < sizeof word;) {
    if (detail::is_space(text[j])) {
      word[n++] = ' ';
      while (j < text.size() && detail::is_space(text[j])) ++j;
    } else {
      word[n++] = text[j++];
    }
  }
  return normalize_command(std::string_view(word, n));
}

}  // namespace

std::string find_smtp_command(std::string_view raw) {
  // The earliest marker followed by a command word wins: one pass, no copy of the text.
  const std::string_view text = raw.substr(0, 1 << 16);
  // Every marker is two bytes or longer, so none starts at the last byte.
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    for (unsigned mask = command_markers_by_first[static_cast<unsigned char>(text[i])] &
                         command_markers_by_second[static_cast<unsigned char>(text[i + 1])];
         mask != 0; mask &= mask - 1) {
      const std::string_view m = command_markers[std::countr_zero(mask)];
      const std::size_t end = match_collapsed(text, i, m);
      if (end == std::string_view::npos) continue;
      std::string cmd = command_at(text, end);
      if (!cmd.empty()) return cmd;
    }
  }
  return {};
}

bool rcpt_names_others_only(std::string_view text, std::string_view recipient) {
  const std::string lower = detail::to_lower(recipient);
  bool other = false;
  for (std::size_t at = detail::ifind(text, "rcpt to:"); at != std::string_view::npos;
       at = detail::ifind(text, "rcpt to:", at + 8)) {
    std::string_view rest = detail::trim(text.substr(at + 8));
    const std::string_view named = rest.substr(0, rest.find_first_of(" \t\r\n"));
    if (named.find('@') == std::string_view::npos) continue;
    if (detail::icontains(named, lower)) return false;
    other = true;
  }
  return other;
}

namespace {

// Which side wrote a transcript line. Sendmail writes ">>> " before what it sent and "<<< "
// before what it got (deliver.c, its transcript of the SMTP session); MDaemon writes "--> " and
// "<-- ", each after the line's time stamp ("Fri 2026-11-06 10:00:00.700: <-- 550 ..."), in the
// "Session Transcript" its delivery failure notices carry (MDaemon's manual, DSN settings:
// "Include session transcript").
enum class transcript_side { none, sent, got };

struct transcript_line {
  transcript_side side = transcript_side::none;
  std::string_view rest;  ///< the line after the arrow, trimmed
};

transcript_line read_transcript_line(std::string_view line) {
  if (line.substr(0, 4) == ">>> " || line == ">>>")
    return {transcript_side::sent, detail::trim(line.substr(3))};
  if (line.substr(0, 3) == "<<<") return {transcript_side::got, detail::trim(line.substr(3))};
  // "--> " / "<-- " at the start of the line or after a time stamp ("...00.700: "): an arrow
  // elsewhere in prose, or an HTML comment's end ("-->"), is no transcript line.
  for (const auto& [arrow, side] : {std::pair{std::string_view("--> "), transcript_side::sent},
                                    std::pair{std::string_view("<-- "), transcript_side::got}}) {
    const std::size_t at = line.find(arrow);
    if (at == std::string_view::npos) continue;
    const std::string_view before = line.substr(0, at);
    const bool stamped = before.size() >= 2 && before.substr(before.size() - 2) == ": " &&
                         before.find_first_of("0123456789") != std::string_view::npos;
    if (at == 0 || stamped) return {side, detail::trim(line.substr(at + 4))};
  }
  return {};
}

}  // namespace

std::vector<smtp_exchange> parse_transcript(std::string_view transcript) {
  std::vector<smtp_exchange> out;
  std::string host, command, command_line;
  bool in_reply = false;
  bool new_command = false;  // a ">>> " line since the last exchange began
  for_lines(transcript, [&](std::string_view raw, std::size_t off) {
    std::string_view line = detail::trim(raw);
    if (detail::istarts_with(line, "... while talking to ") ||
        detail::istarts_with(line, "while talking to ")) {
      std::string_view h = line.substr(line.find("talking to ") + 11);
      // "... while talking to [192.0.2.1]:" names the host by its literal: two such differ.
      host = host_or_literal(h);
      command.clear();
      command_line.clear();
      in_reply = false;
    } else if (const transcript_line tl = read_transcript_line(line);
               tl.side == transcript_side::sent) {
      command_line = std::string(tl.rest);
      command = normalize_command(command_line);
      in_reply = false;
      new_command = true;
    } else if (tl.side == transcript_side::got) {
      std::string_view reply = tl.rest;
      if (!in_reply) {
        // A second reply to the same ">>> DATA" (after Sendmail's own line about a recipient):
        // with PIPELINING the first one answered the RCPT TO sent just before DATA.
        if (!new_command && !out.empty() && out.back().host == host &&
            out.back().command == "DATA" && command == "DATA")
          out.back().command = "RCPT";
        new_command = false;
        smtp_exchange e;
        e.host = host;
        // A reply before any command of the session is the greeting.
        e.command = command.empty() ? std::string("CONN") : command;
        e.command_line = command_line;
        e.code = grammar::leading_reply_code(reply).value_or(0);
        out.push_back(std::move(e));
        in_reply = true;
      }
      smtp_exchange& e = out.back();
      // The "<<< " lines as they came, one per line: folded below (grammar::fold_reply).
      if (!e.reply.empty()) e.reply.push_back('\n');
      e.reply.append(reply);
      e.end = off + raw.size();
    } else if (in_reply && !line.empty() && detail::is_space(raw.front())) {
      // An indented line inside a reply continues the "<<< " line before it: a long reply
      // wrapped by whatever relayed the notice (Sendmail writes each reply line whole).
      smtp_exchange& e = out.back();
      e.reply.push_back(' ');
      e.reply.append(line);
      e.end = off + raw.size();
    } else {
      in_reply = false;
    }
    return true;
  });
  // Multi-line replies ("<<< 550-5.7.1 a" / "<<< 550 5.7.1 b"): the first line's prefix and
  // the text of every line, on one line.
  for (auto& e : out)
    e.reply =
        grammar::fold_reply(e.reply, {.keep_first = true, .line_starts_only = true, .code = 0});
  return out;
}

const smtp_exchange* exchange_naming(const std::vector<smtp_exchange>& exchanges,
                                     std::string_view recipient) {
  if (recipient.empty()) return nullptr;
  const std::string lower = detail::to_lower(recipient);
  for (const auto& e : exchanges)
    if (e.code >= 400 && e.command == "RCPT" && detail::icontains(e.command_line, lower)) return &e;
  for (const auto& e : exchanges)
    if (e.code >= 400 && detail::icontains(e.reply, lower)) return &e;
  return nullptr;
}

}  // namespace bounce::extract::kit

namespace bounce::extract::kit {
namespace {

// qmail's own sentences (qmail-remote, qmail-local, vpopmail, indimail) that state the failure
// without a remote reply. Only consulted when no remote host said anything. Each row names its
// source: qmail's (notqmail/notqmail@a7012e4fdf2f, ../shared/reference/mta-messages.tsv) or a
// family of corpus messages (the shared corpus' tuning part and corpus/ of this repository).
constexpr phrase qmail_messages[] = {
    // qmail-local.c; 7 messages (lhost-activehunter-01, lhost-qmail-21, corpus/lhost/qmail ...)
    {"no mailbox here by that name", reason_kind::userunknown, "no-mailbox"},
    // qmail-remote.c: qmail 1.03's wording of the next row (lhost-qmail-13,
    // corpus/mbox/three-messages.mbox)
    {"couldn't find any host named", reason_kind::hostunknown, "host-not-found"},
    // qmail-remote.c
    {"couldn't find any host by that name", reason_kind::hostunknown, "host-not-found"},
    // qmail-remote.c (no MX and no address: the domain takes no mail; lhost-qmail-11, -12)
    {"couldn't find a mail exchanger or ip address", reason_kind::notaccept, "no-mx"},
    // qmail-remote.c
    {"wasn't able to establish an smtp connection", reason_kind::networkerror, "no-connection"},
    // qmail-local.c, qmail-smtpd.c
    {"this message is looping", reason_kind::networkerror, "looping"},
    // the qmail-ldap patch's message; one message (lhost-qmail-05), kept: without it the shared
    // corpus' reason drops (the text around it reads as expired)
    {"unable to contact ldap server", reason_kind::systemerror, "ldap"},
    // the qmail-ldap patch's other failures and qmail-local's program deliveries, which the
    // classifier reads as another reason (an expiry for "Timeout", a routing failure for the
    // (#5.4.4) of qmail-forward): Sisimai 4.25 Lhost/qmail.pm's $failonldap (from
    // qmail-ldap-1.03-20040101.patch) and $messagesof
    {"timeout while performing search on ldap server", reason_kind::systemerror, "ldap-timeout"},
    {"error while executing qmail-forward", reason_kind::systemerror, "qmail-forward"},
    {"bad interpreter: no such file or directory", reason_kind::systemerror, "bad-interpreter"},
    // Exim src/src/transports/appendfile.c's words, which qmail's delivery agents write too;
    // 5 messages (lhost-exchange2007-02, lhost-kddi-01, corpus/lhost/mimecast/quota.eml ...)
    {"mailbox is full", reason_kind::mailboxfull, "mailbox-full"},
    // Cyrus imap_err.et, Courier module.local/deliver.C, Stalwart; 8 messages
    // (lhost-messagingserver-02, -12, lhost-sendmail-13, lhost-x2-04 ...)
    {"over quota", reason_kind::mailboxfull, "over-quota"},
    // 3 messages: lhost-postfix-52, lhost-x2-02, corpus/rfc3464/broken-status-field.eml
    {"account has been disabled", reason_kind::suspend, "disabled"},
};

constexpr command_phrase qmail_commands[] = {
    {"does not like recipient", "RCPT"},
    {"most progress was rcpt to", "RCPT"},
    {"failed after i sent the message", "DATA"},
    {"failed on data command", "DATA"},
    {"most progress was data", "DATA"},
    {"but sender was rejected", "MAIL"},
    {"most progress was mail from", "MAIL"},
    {"but my name was rejected", "HELO"},
    {"but greeting failed", "CONN"},
    {"wasn't able to establish an smtp connection", "CONN"},
};

// A recipient line written "To: <rcpt>:" (qmail clones; Sisimai 4.25 Lhost/qmail.pm and X4.pm
// read "(?:To[ ]*:)?<rcpt>:") is qmail's "<rcpt>:". The body is copied into storage only when
// it has such a line.
std::string_view without_to_labels(std::string_view body, std::string& storage) {
  auto label_end = [](std::string_view line) -> std::size_t {
    if (!detail::istarts_with(line, "to")) return 0;
    const std::string_view rest = detail::trim(line.substr(2));
    if (!rest.starts_with(':') || !detail::trim(rest.substr(1)).starts_with('<')) return 0;
    return static_cast<std::size_t>(detail::trim(rest.substr(1)).data() - line.data());
  };
  bool any = false;
  for_lines(body, [&](std::string_view line, std::size_t) {
    any = label_end(line) != 0;
    return !any;
  });
  if (!any) return body;
  for_lines(body, [&](std::string_view line, std::size_t) {
    storage.append(line.substr(label_end(line))).push_back('\n');
    return true;
  });
  return storage;
}

}  // namespace

std::string_view find_command_phrase(std::string_view text, std::span<const command_phrase> table) {
  for (const auto& c : table)
    if (detail::icontains(text, c.text)) return c.command;
  return {};
}

void qmail_style_drafts(std::string_view body, std::string_view engine, std::vector<draft>& out,
                        bool expiry_decides) {
  std::string relabelled;
  for (const auto& b : angle_address_blocks(without_to_labels(body, relabelled))) {
    draft d;
    d.recipient = b.recipient;
    std::string_view t = b.text;
    d.smtp_command = std::string(find_command_phrase(t, qmail_commands));
    // The remote reply: after "Remote host said:" (possibly "Remote host said[...]:") or
    // "remote host 192.0.2.1 said:", up to qmail's closing sentences.
    std::string reply;
    auto said = detail::ifind(t, "remote host said");
    std::size_t start = std::string_view::npos;
    if (said != std::string_view::npos) {
      start = t.find(':', said);
    } else if ((said = detail::ifind(t, " said: ")) != std::string_view::npos) {
      start = said + 6;
    }
    if (start != std::string_view::npos) {
      std::string_view r = t.substr(start + 1);
      for (std::string_view stop :
           {"\nGiving up on", "\nI'm not going to try again", "\n(Other MXes tried", "\nSorry, "}) {
        auto s = r.find(stop);
        if (s != std::string_view::npos) r = r.substr(0, s);
      }
      // Multi-line replies repeat the code on each line: keep the text once.
      reply = grammar::fold_reply(r, {.keep_first = true, .line_starts_only = true, .code = 0});
    }
    if (auto st = grammar::hash_status(t)) {
      d.status = st;
      d.status_from = status_source::text;
    }
    if (!reply.empty()) {
      d.diagnostic = std::move(reply);
    } else {
      d.diagnostic = join_lines(t);
      const bool expired = expiry_decides && detail::icontains(t, "in the queue too long");
      if (!expired) apply_catalogue(d, engine, qmail_messages, t);
    }
    out.push_back(std::move(d));
  }
}

}  // namespace bounce::extract::kit
