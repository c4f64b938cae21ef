// SPDX-License-Identifier: BSD-2-Clause
// Sendmail 8 bounces: an RFC 3464 report whose text part lists the failed addresses
// ("----- The following addresses had permanent fatal errors -----", "(reason: 550 ...)") and
// the SMTP transcript ("... while talking to mx.example.net.:", ">>> RCPT To:<a>",
// "<<< 550 5.1.1 ..."). The DSN's Diagnostic-Code holds only the first line of a multi-line
// reply and never the command; the transcript has both. A bounce forwarded inline (quoted with
// "> ") carries the same text and fields without MIME structure.
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view transcript_marker = "----- transcript of session follows -----";

// The transcript: from its marker to the next "   ----- ... -----" section line.
std::string_view transcript_of(std::string_view text) {
  std::string_view t = kit::after_line(text, transcript_marker);
  t = kit::until_line(t, {"-----"});
  // A transcript has no blank line; one ends it (what follows is other text).
  std::size_t b = 0;
  while (b < t.size() && (t[b] == '\n' || t[b] == ' ')) ++b;
  auto blank = t.find("\n\n", b);
  return blank == std::string_view::npos ? t : t.substr(0, blank);
}

// The "(reason: ...)" line under the recipient in the list of failed addresses.
std::string_view listed_reason(std::string_view text, std::string_view recipient) {
  std::string_view list = kit::after_line(text, "----- the following addresses had");
  list = kit::until_line(list, {"-----"});
  auto p = detail::ifind(list, detail::to_lower(recipient));
  if (p == std::string_view::npos) return {};
  auto r = detail::ifind(list.substr(p), "(reason:");
  if (r == std::string_view::npos) return {};
  r += p;
  // Only when it belongs to this recipient (no other address line in between).
  auto nl = list.find('\n', p);
  auto next_addr = list.find("\n<", p);
  if (next_addr != std::string_view::npos && next_addr < r && nl != next_addr) return {};
  auto end = list.find('\n', r);
  std::string_view reason =
      list.substr(r + 8, end == std::string_view::npos ? std::string_view::npos : end - r - 8);
  reason = detail::trim(reason);
  if (!reason.empty() && reason.back() == ')') reason.remove_suffix(1);
  return detail::trim(reason);
}

bool starts_like(std::string_view longer, std::string_view shorter) {
  std::string a = detail::collapse_space(longer), b = detail::collapse_space(shorter);
  if (b.size() < 8 || a.size() < b.size()) return false;
  return detail::iequals(std::string_view(a).substr(0, b.size()), b);
}

// The exchange of d's failure; *guessed is set when nothing ties it to d but being the only
// failure left (no address, no words, no host of d's in it).
const kit::smtp_exchange* exchange_for(const std::vector<kit::smtp_exchange>& ex, const draft& d,
                                       std::string_view reason, bool* guessed) {
  *guessed = false;
  if (const auto* e = kit::exchange_naming(ex, d.recipient)) return e;
  for (std::string_view hint : {std::string_view(d.diagnostic), reason}) {
    if (hint.empty()) continue;
    std::string_view h = hint;
    if (detail::istarts_with(h, "smtp;")) h = detail::trim(h.substr(5));
    for (const auto& e : ex)
      if (e.code >= 400 && starts_like(e.reply, h.substr(0, 60))) return &e;
  }
  // A refused "RCPT TO:<a>" is a's (RFC 5321 section 4.1.1.3): it is not the exchange of
  // another recipient, even when it is the transcript's only failure.
  auto another_recipients = [&](const kit::smtp_exchange& e) {
    return e.command == "RCPT" && kit::rcpt_names_others_only(e.command_line, d.recipient);
  };
  const kit::smtp_exchange* only = nullptr;
  int failing = 0;
  for (const auto& e : ex)
    if (e.code >= 400 && !another_recipients(e) &&
        (d.remote_mta.empty() || e.host.empty() ||
         detail::iequals(kit::host_or_literal(d.remote_mta), e.host))) {
      if (!only) only = &e;
      ++failing;
    }
  if (failing != 1) return nullptr;
  *guessed = d.remote_mta.empty() || only->host.empty();
  return only;
}

// Whom a status line of the transcript is about: what Sendmail writes before "... " after the
// codes, an address or the program it piped to ("550 5.1.1 <a@b.example>... User unknown",
// "550 5.0.0 \"|/usr/bin/prog arg\"... Insufficient permission": deliver.c and err.c write
// the recipient's name so), without its quotes or brackets; empty when the line names none
// ("554 5.0.0 Service unavailable").
std::string_view line_target(std::string_view rest) {
  const std::size_t dots = rest.find("... ");
  if (dots == std::string_view::npos || dots == 0) return {};
  std::string_view t = rest.substr(0, dots);
  if (t.size() >= 2 &&
      ((t.front() == '"' && t.back() == '"') || (t.front() == '<' && t.back() == '>')))
    t = t.substr(1, t.size() - 2);
  return t;
}

// The names a recipient's status lines may give: its address and X-Actual-Recipient (an
// address, or the program it was piped to), and their local parts ("bob... User unknown").
std::vector<std::string> line_names(const draft& d) {
  std::vector<std::string> out;
  for (std::string_view n : {std::string_view(d.recipient), std::string_view(d.actual_recipient)}) {
    if (n.empty()) continue;
    out.push_back(detail::to_lower(n));
    const std::size_t at = n.rfind('@');
    if (at != std::string_view::npos && at > 0 && n.front() != '|')
      out.push_back(detail::to_lower(n.substr(0, at)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Sendmail's own status lines in the transcript of a local mailer's failure ("554 5.3.0 unknown
// mailer error 73": a reply code and an enhanced code, savemail.c). Sisimai 4.25
// Lhost/Sendmail.pm reads them as the diagnosis when the DSN's Diagnostic-Code is only the
// program's exit code ("X-Unix; 73"). A line that names a recipient or program of the report is
// that one's alone; a line naming no one (or a name no recipient has) is anyone's. Read once
// for all recipients (a report may list thousands), each text at most k_fallback_bytes.
struct status_line_index {
  std::unordered_map<std::string, std::string> named;  ///< by the lower-cased name
  std::string anonymous_all;                           ///< the lines naming no one, in order
  std::string anonymous, anonymous_generic;            ///< the same, X.0.0 lines apart
};

constexpr std::size_t k_fallback_bytes = 16u << 10;

void append_capped(std::string& out, std::string_view line) {
  if (out.size() < k_fallback_bytes) kit::append_spaced(out, line);
  if (out.size() > k_fallback_bytes) out.resize(k_fallback_bytes);
}

status_line_index index_status_lines(std::string_view transcript,
                                     const std::vector<draft>& drafts) {
  std::unordered_set<std::string> names;
  for (const draft& d : drafts)
    for (std::string& n : line_names(d)) names.insert(std::move(n));
  status_line_index ix;
  kit::for_lines(transcript, [&](std::string_view line, std::size_t) {
    const auto p = grammar::reply_prefix_at(line, 0);
    if (!p || !p->enhanced || p->code < 400) return true;
    if (const std::string_view target = line_target(line.substr(p->length)); !target.empty())
      if (auto n = names.find(detail::to_lower(target)); n != names.end()) {
        append_capped(ix.named[*n], line);
        return true;
      }
    const bool generic = p->enhanced->subject == 0 && p->enhanced->detail == 0;
    append_capped(generic ? ix.anonymous_generic : ix.anonymous, line);
    append_capped(ix.anonymous_all, line);
    return true;
  });
  return ix;
}

// d's status lines: those naming d when there are some, else those naming no one. Of those,
// only lines that say no less than the DSN's Status: a generic "X.0.0" line is skipped unless the
// Status is generic too (or absent), or unless it is all there is.
std::string status_lines(const status_line_index& ix, const draft& d) {
  std::string named;
  for (const std::string& n : line_names(d))
    if (auto it = ix.named.find(n); it != ix.named.end()) append_capped(named, it->second);
  if (!named.empty()) return named;
  const bool dsn_specific = d.status && (d.status->subject != 0 || d.status->detail != 0);
  if (!dsn_specific) return ix.anonymous_all;
  return ix.anonymous.empty() ? ix.anonymous_generic : ix.anonymous;
}

bool all_digits(std::string_view s) {
  s = detail::trim(s);
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// The line of the success list ("----- The following addresses had successful delivery
// notifications -----", savemail.c) that names the recipient: "<a@b>  (successfully delivered to
// mailbox)". Empty when the notice has none.
std::string_view success_line(std::string_view text, std::string_view recipient) {
  std::string_view list = kit::after_line(
      text, "----- the following addresses had successful delivery notifications -----");
  list = kit::until_line(list, {"-----"});
  const std::string lower = detail::to_lower(recipient);
  std::string_view found;
  kit::for_lines(list, [&](std::string_view line, std::size_t) {
    if (!detail::icontains(line, lower)) return true;
    found = detail::trim(line);
    return false;
  });
  return found;
}

// The sessions of a transcript ("... while talking to HOST:" to the next; the lines before the
// first are Sendmail's own), each with the recipients whose address it names or whose exchange
// it holds.
struct session_part {
  std::size_t start = 0, end = 0;
  std::vector<std::size_t> owners;  // indices into the drafts
};

std::vector<session_part> sessions_of(std::string_view transcript, const std::vector<draft>& drafts,
                                      const std::vector<const kit::smtp_exchange*>& chosen) {
  std::vector<session_part> parts(1);
  kit::for_lines(transcript, [&](std::string_view line, std::size_t off) {
    const std::string_view t = detail::trim(line);
    if (off > parts.back().start && (detail::istarts_with(t, "... while talking to ") ||
                                     detail::istarts_with(t, "while talking to "))) {
      parts.back().end = off;
      parts.push_back({off, off, {}});
    }
    return true;
  });
  parts.back().end = transcript.size();
  // One pass over the addresses each session names, looked up among the recipients: no scan of
  // the transcript per recipient (a notice may list thousands).
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < drafts.size(); ++i)
    index.emplace(detail::to_lower(drafts[i].recipient), i);
  for (auto& p : parts) {
    for (const std::string& a : kit::find_addresses(transcript.substr(p.start, p.end - p.start)))
      if (auto it = index.find(detail::to_lower(a)); it != index.end())
        p.owners.push_back(it->second);
    for (std::size_t i = 0; i < chosen.size(); ++i)
      if (chosen[i] && chosen[i]->end > p.start && chosen[i]->end <= p.end) p.owners.push_back(i);
  }
  return parts;
}

// The transcript without the sessions that are another recipient's (they name or hold only
// others): a recipient with no exchange and no reason of its own (a DNS failure Sendmail wrote
// before any session, deliver.c) must not take their replies. At most k_fallback_bytes: the
// classifier keeps a few KiB of a diagnostic, and a notice may list thousands of recipients.

std::string transcript_for(std::string_view transcript, const std::vector<session_part>& parts,
                           std::size_t self) {
  std::string out;
  for (const auto& p : parts) {
    bool mine = false, others = false;
    for (std::size_t o : p.owners) (o == self ? mine : others) = true;
    if (others && !mine) continue;
    kit::append_spaced(out, kit::join_lines(transcript.substr(p.start, p.end - p.start)));
    if (out.size() >= k_fallback_bytes) {
      out.resize(k_fallback_bytes);
      break;
    }
  }
  return out;
}

void enrich(std::vector<draft>& drafts, std::string_view text) {
  const std::string_view transcript = transcript_of(text);
  const auto exchanges = kit::parse_transcript(transcript);
  std::vector<std::string_view> reasons(drafts.size());
  std::vector<const kit::smtp_exchange*> chosen(drafts.size());
  std::vector<char> guessed(drafts.size());
  // The lookups below read up to the whole text for each recipient: within a budget.
  std::size_t scanned = 0;
  const auto affordable = [&scanned, &text] {
    if (scanned > kit::k_text_scan_budget) return false;
    scanned += text.size();
    return true;
  };
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (affordable()) reasons[i] = listed_reason(text, drafts[i].recipient);
    bool g = false;
    chosen[i] = exchange_for(exchanges, drafts[i], reasons[i], &g);
    guessed[i] = g;
  }
  // A guess is no answer when another recipient has the same exchange: it is one of theirs.
  // Unless it is the session's and they all failed alike: Sendmail sends every recipient at a
  // host through one connection (deliver.c, the mailer's recipient list), and a reply before
  // RCPT (the greeting, HELO, MAIL) fails each of them with the same Diagnostic-Code.
  struct taking {
    std::size_t count = 0;
    bool alike = true;
    std::string_view diagnostic;
  };
  std::unordered_map<const kit::smtp_exchange*, taking> takers;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (!chosen[i]) continue;
    taking& t = takers[chosen[i]];
    // Only the report's own Diagnostic-Code counts (a paragraph of the text may be shared by
    // recipients that failed differently).
    const std::string_view own =
        drafts[i].diagnostic_type.empty() ? std::string_view() : drafts[i].diagnostic;
    if (t.count++ == 0)
      t.diagnostic = own;
    else
      t.alike = t.alike && detail::iequals(t.diagnostic, own);
  }
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (!guessed[i]) continue;
    const taking& t = takers[chosen[i]];
    const bool session_wide = chosen[i]->command != "RCPT" && t.alike && !t.diagnostic.empty();
    if (t.count > 1 && !session_wide) chosen[i] = nullptr;
  }
  std::optional<std::vector<session_part>> parts;  // built when a recipient needs it
  std::optional<status_line_index> lines;          // likewise
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    draft& d = drafts[i];
    // A success (delivered, relayed, expanded) has no failure to find in the transcript, whose
    // lines before the first session are Sendmail's notes on the other recipients: what the
    // notice says of it is the next server's 2xx reply, else its line in the success list
    // (savemail.c).
    const bool success =
        (d.action && *d.action != action_kind::failed && *d.action != action_kind::delayed) ||
        (!d.action && d.status && d.status->cls == 2);
    if (success) {
      const kit::smtp_exchange* e = chosen[i];
      const std::string_view line = success_line(text, d.recipient);
      if (e && !e->reply.empty() && e->reply.front() == '2')
        d.diagnostic = e->reply;  // the next server's own "250 2.1.5 OK"
      else if (!line.empty())
        d.diagnostic = std::string(line);
      continue;
    }
    if (const kit::smtp_exchange* e = chosen[i]) {
      if (!e->command.empty()) d.smtp_command = e->command;
      if (d.remote_mta.empty()) d.remote_mta = e->host;
      // The transcript has the whole multi-line reply; the DSN often only its first line.
      if (d.diagnostic.empty() || (e->reply.size() > d.diagnostic.size() &&
                                   starts_like(e->reply, d.diagnostic.substr(0, 40))))
        d.diagnostic = e->reply;
    }
    if (all_digits(d.diagnostic)) {
      if (!lines) lines = index_status_lines(transcript, drafts);
      std::string st = status_lines(*lines, d);
      if (!st.empty()) d.diagnostic = std::move(st);
    }
    if (d.diagnostic.empty() && !reasons[i].empty()) d.diagnostic = std::string(reasons[i]);
    if (d.diagnostic.empty() ||
        (affordable() && d.diagnostic == kit::paragraph_about(text, d.recipient))) {
      if (!parts) parts = sessions_of(transcript, drafts, chosen);
      std::string t = transcript_for(transcript, *parts, i);
      if (!t.empty()) d.diagnostic = std::move(t);
    }
  }
}

// The list of failed addresses of a report without its DSN part (a text-only or forwarded
// Sendmail 8 bounce; savemail.c writes it before the transcript): under "----- The following
// addresses had permanent fatal errors -----" (or "transient non-fatal errors": a delay) each
// unindented line is an address, "<a@b>" or bare, and its indented lines ("(reason: ...)",
// "(expanded from: ...)") follow. One draft per address, in order; the transcript enriches them.
void listed_addresses(std::string_view text, std::vector<draft>& out) {
  static constexpr std::string_view sections[] = {
      "----- the following addresses had permanent fatal errors -----",
      "----- the following addresses had transient non-fatal errors -----"};
  for (const std::string_view marker : sections) {
    std::string_view list = kit::after_line(text, marker);
    list = kit::until_line(list, {"-----"});
    const bool temporary = marker.find("transient") != std::string_view::npos;
    draft* last = nullptr;  // the address the indented lines below belong to
    kit::for_lines(list, [&](std::string_view line, std::size_t) {
      if (line.empty()) return true;
      if (line.front() == ' ' || line.front() == '\t') {
        // "    (expanded from: <alias>)": the address the sender used.
        const std::string_view alias = kit::expanded_from(line);
        if (last && last->original_recipient.empty() && kit::is_address(alias))
          last->original_recipient = std::string(alias);
        return true;
      }
      last = nullptr;
      const std::string_view who = kit::strip_address(detail::trim(line));
      if (!kit::is_address(who)) return true;
      for (const auto& d : out)
        if (detail::iequals(d.recipient, who)) return true;
      draft d = kit::make_draft(who, {});
      d.temporary = temporary;
      out.push_back(std::move(d));
      last = &out.back();
      return true;
    });
  }
}

constexpr std::string_view k_engine = "sendmail";

enum text_marker : std::size_t { transcript, permanent_errors, transient_errors, marker_count };
constexpr std::string_view markers[] = {
    transcript_marker, "----- the following addresses had permanent fatal errors -----",
    "----- the following addresses had transient non-fatal errors -----"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) {
  return text.has(transcript) || text.has(permanent_errors) || text.has(transient_errors);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) {
    kit::dsn_drafts(r, drafts);
    enrich(drafts, r.text);
  } else {
    // Forwarded inline: the quoted text carries the delivery-status fields.
    const std::string plain = kit::unquote(r.text);
    kit::dsn_drafts_of_body(kit::embedded_delivery_status(plain), r.text, r.limits.max_recipients,
                            drafts);
    if (drafts.empty()) listed_addresses(plain, drafts);
    enrich(drafts, plain);
  }
  kit::append_drafts(out, std::move(drafts));
}

}  // namespace

const extractor& sendmail_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
