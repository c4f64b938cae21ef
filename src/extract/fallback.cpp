// SPDX-License-Identifier: BSD-2-Clause
// Last resort for bounces in no known format: recipients from X-Failed-Recipients, else from
// the text, else from the returned message's To; the diagnostic is what the text says about
// each recipient. Claims only messages that present themselves as delivery failures
// (presents_as_bounce), so that ordinary mail gives no record; and in the text it takes only
// addresses the notice itself reports as failed, never the returned message's.
#include <algorithm>
#include <array>
#include <span>

#include "bounce/fields.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

using detail::icontains;
using detail::istarts_with;
using detail::trim;

bool any_of(std::string_view text, std::span<const std::string_view> words) {
  for (auto w : words)
    if (icontains(text, w)) return true;
  return false;
}

bool header_line(std::string_view line) {
  return mime::starts_message_field(line) || istarts_with(line, "x-");
}

// Lines introducing a list of failed addresses ("The following addresses had permanent fatal
// errors", "Failed addresses follow:").
constexpr std::array<std::string_view, 16> list_intros = {"following address",
                                                          "following recipient",
                                                          "failed address",
                                                          "failed recipient",
                                                          "permanent fatal error",
                                                          "following destination",
                                                          "could not be delivered to",
                                                          "undeliverable to",
                                                          "delivery to the following",
                                                          "intended recipient",
                                                          "originally addressed to",
                                                          "addressed to",
                                                          "was addressed",
                                                          "not delivered to the following",
                                                          "did not receive a copy",
                                                          "delivery problems to"};

// A marker is a separator line ("------ Original message follows ------", "Message text
// follows:"), not prose that mentions the returned message in passing.
bool marker_line(std::string_view line) {
  const std::string_view t = trim(line);
  const bool separator = t.find("--") != std::string_view::npos ||
                         t.find("==") != std::string_view::npos ||
                         t.find("||") != std::string_view::npos || (!t.empty() && t.back() == ':');
  return separator && mime::names_returned_message(t) && !any_of(t, list_intros);
}

// The notice's own text: up to the returned message, which starts at a marker line, at an mbox
// "From " line, or at a run of two header lines.
std::string_view notice_part(std::string_view text) {
  std::size_t pos = 0, prev_pos = 0;
  bool prev_header = false;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(pos, end - pos);
    if (pos > 0 && (marker_line(line) || line.substr(0, 5) == "From ")) return text.substr(0, pos);
    const bool is_header = header_line(line);
    if (is_header && prev_header) return text.substr(0, prev_pos);
    prev_header = is_header;
    prev_pos = pos;
    pos = end + 1;
  }
  return text;
}

// Words that make a line report a failure for the address on it.
constexpr std::array<std::string_view, 31> failure_words = {"unknown",
                                                            "full",
                                                            "did not reach",
                                                            "failed",
                                                            "failure",
                                                            "not found",
                                                            "rejected",
                                                            "unable to deliver",
                                                            "could not be delivered",
                                                            "undeliverable",
                                                            "undelivered",
                                                            "does not exist",
                                                            "no such",
                                                            "invalid",
                                                            "quota",
                                                            "denied",
                                                            "refused",
                                                            "not exist",
                                                            "disabled",
                                                            "error",
                                                            "unavailable",
                                                            "not deliver",
                                                            "bounced",
                                                            "expired",
                                                            "blocked",
                                                            "no longer valid",
                                                            "not valid",
                                                            "is wrong",
                                                            "not known",
                                                            "not been delivered",
                                                            "not yet been delivered"};

// An address as written in an X.400-style or gateway line ("dda:SMTP=a@b", "RFC-822=a@b"):
// the part after the label.
std::string strip_label(std::string a) {
  const std::size_t eq = a.find('=');
  if (eq != std::string::npos && eq < a.find('@')) {
    const std::string_view label = std::string_view(a).substr(0, eq);
    if (detail::iequals(label, "smtp") || detail::iequals(label, "rfc-822") ||
        detail::iequals(label, "rfc822"))
      a.erase(0, eq + 1);
  }
  return a;
}

bool ends_with_word(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && detail::iequals(s.substr(s.size() - w.size()), w);
}

// The first address on a line that is not introduced as the sender's: "... not accepting mail
// from a@b:" names no recipient (it follows on its own line), "Message from a@b to c@d was
// rejected" names c@d.
std::string recipient_on_line(std::string_view line) {
  for (std::string& a : kit::find_addresses(line, 8)) {
    const std::size_t at = detail::ifind(line, detail::to_lower(a));
    const std::string_view before = line.substr(0, at == std::string_view::npos ? 0 : at);
    const std::string_view tb = trim(before);
    if (ends_with_word(tb, "from") || ends_with_word(tb, "from <") || ends_with_word(tb, "sender"))
      continue;
    return strip_label(std::move(a));
  }
  return {};
}

// A line that is only a local name ("screenname", "jsmith"): some gateways list the failed
// recipient without its domain.
bool bare_name(std::string_view line) {
  if (line.empty() || line.size() > 64) return false;
  bool letter = false;
  for (char c : line) {
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alpha && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') return false;
    letter = letter || alpha;
  }
  return letter && line.front() != '-' && line.front() != '.';
}

// "Hi. This is the qmail-send program at host." and the like: the failed addresses follow.
bool program_intro(std::string_view t) {
  return istarts_with(t, "hi. this is the ") && icontains(t, " program at ");
}

// A line that ends in ':' and says that delivery failed heads what follows it, the failed
// addresses whatever words it uses ("Delivery has failed to these recipients or groups:",
// Exchange 2010's NDR; "This message was not delivered to:"; "Delivery to these recipients
// failed:"): the list is recognised by its form, not by one MTA's sentence.
bool failure_heading(std::string_view t) {
  return t.size() > 1 && t.back() == ':' && any_of(t, failure_words);
}

// Whether the line is written as a list entry for address a: the address first (after a
// bullet or a bracket: "<a>", "- a", "a (reason)"), after a display name ("Kim <a>", "Kim (a)"),
// or after a label ("Recipient: a"). Prose that names an address ("Questions? Write to a",
// "Please contact a") is no entry.
bool entry_form(std::string_view t, std::string_view a) {
  const std::size_t at = detail::ifind(t, detail::to_lower(a));
  if (at == std::string_view::npos) return true;
  const std::string_view prefix = trim(t.substr(0, at));
  if (prefix.size() <= 2) return true;
  const char last = prefix.back();
  if (last == ':') return true;
  if (last != '<' && last != '(') return false;
  // A display name is no sentence.
  return prefix.find_first_of("?!") == std::string_view::npos &&
         prefix.find(". ") == std::string_view::npos;
}

// Addresses the notice reports as failed: those on a line that says so, or listed (alone on
// their line) under an introducing line. The bounce's own sender and receiver are skipped.
// When the list names no address but bare local names, those get the domain of the notice's
// sender (the gateway that reports on its own users). lines gets, for each address, the line it
// was found on (empty for a completed local name).
std::vector<std::string> addresses_in_text(std::string_view notice, std::string_view self_from,
                                           std::string_view self_to,
                                           std::vector<std::string_view>& lines) {
  std::vector<std::string> found, bare;
  std::string_view line;  // the line being read
  auto add = [&](std::string a) {
    a = strip_label(std::move(a));
    if (a.empty() || detail::iequals(a, self_from) || detail::iequals(a, self_to)) return;
    for (const auto& f : found)
      if (detail::iequals(f, a)) return;
    found.push_back(std::move(a));
    lines.push_back(line);
  };
  bool in_list = false, listed = false;
  int prose = 0;  // lines of prose since the intro, before any listed address
  for (const std::string_view each : kit::split_lines(notice)) {
    line = each;
    const std::string_view t = trim(line);
    if (t.empty()) {
      continue;  // a blank line may separate the intro from its list
    }
    if (any_of(t, list_intros) || program_intro(t) || failure_heading(t)) {
      in_list = true;
      listed = false;
      prose = 0;
      // "Did not reach the following recipient: a@b" names it on the same line.
      if (t.find('@') != std::string_view::npos) add(recipient_on_line(t));
      continue;
    }
    if (t.find('@') == std::string_view::npos) {
      if (in_list && bare_name(t) && line.size() > t.size()) bare.emplace_back(t);
      // A line of prose ends a list once it has started; decorations ("-----"), short labels
      // and up to two lines of prose between the intro and the list ("This is a permanent
      // error; I've given up.") do not.
      if (t.size() > 40 && (listed || ++prose > 2)) in_list = false;
      continue;
    }
    const std::string a = kit::find_address(t);
    if (a.empty()) continue;
    // "<a>", "a@b (unrecoverable error)", "c=US;...;dda:SMTP=a@b; on <date>"
    const bool alone =
        (entry_form(t, a) && t.size() <= a.size() + 40) || strip_label(a).size() < a.size();
    // qmail's "<a@b>:" heading a paragraph about the address, with or without an intro.
    const bool heading =
        t.front() == '<' && t.size() == a.size() + 3 && t.substr(t.size() - 2) == ">:";
    if ((in_list && alone) || heading) {
      add(a);
      listed = true;
    } else if (any_of(t, failure_words)) {
      add(recipient_on_line(t));
    }
  }
  if (found.empty() && !bare.empty()) {
    const std::string_view domain = [&] {
      const std::size_t at = self_from.rfind('@');
      return at == std::string_view::npos ? std::string_view{} : self_from.substr(at + 1);
    }();
    if (domain.find('.') != std::string_view::npos)
      for (const auto& b : bare) {
        line = {};
        add(b + "@" + detail::to_lower(domain));
      }
  }
  return found;
}

std::string_view line_around(std::string_view text, std::size_t at) {
  const std::size_t b = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t start = b == std::string_view::npos ? 0 : b + 1;
  const std::size_t e = text.find('\n', at);
  return text.substr(start, (e == std::string_view::npos ? text.size() : e) - start);
}

// Offset just past the line that starts at pos (past its LF), or text.size().
std::size_t next_line_at(std::string_view text, std::size_t pos) {
  const std::size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

// A line that only leads into what follows: it ends with ':' ("Your message to <a@b> was
// automatically rejected:", "... for the following reason:") or its sentence runs on to the
// next line ("Sorry, unable to deliver your message to a@b for").
bool leads_on(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  const char c = t.back();
  return c != '.' && c != '!' && c != '?' && c != ')' && c != '>' && c != ']' && c != '"';
}

// "<a@b>", "a@b (expanded from ...)", "\"a@b\" <a@b>": a line that is an entry of a list.
bool starts_with_address(std::string_view line) {
  const std::string_view t = trim(line);
  const std::size_t at = t.find('@');
  if (at == std::string_view::npos) return false;
  const std::size_t start = t.find_first_not_of("<\"'");
  const std::size_t space = t.find_first_of(" \t");
  return start != std::string_view::npos && start <= 2 &&
         (space == std::string_view::npos || at < space) &&
         !kit::find_address(t.substr(0, space)).empty();
}

// Whether text names an address other than recipient (a list's other entry, a line of
// another recipient's).
bool names_other_address(std::string_view text, std::string_view recipient) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    const std::string a = kit::find_address(line_around(text, at));
    if (!a.empty() && !detail::iequals(strip_label(a), recipient)) return true;
  }
  return false;
}

// part (a view into notice) with the lines it leads into: while its last line leads on, the
// next line; after a ':' also across blank lines, to the next paragraph. At most 6 more lines
// and 512 more bytes, so a heading cannot swallow the notice.
std::string_view with_what_follows(std::string_view notice, std::string_view part,
                                   std::string_view recipient) {
  std::size_t end = static_cast<std::size_t>(part.data() - notice.data()) + part.size();
  const std::size_t limit = end + 512;
  const std::size_t last_nl = part.rfind('\n');
  std::string_view last = last_nl == std::string_view::npos ? part : part.substr(last_nl + 1);
  for (int added = 0; added < 6 && end < notice.size() && leads_on(last); ++added) {
    const bool colon = trim(last).back() == ':';
    std::size_t pos = end < notice.size() && notice[end] == '\n' ? end + 1 : end;
    while (colon && pos < notice.size() && trim(line_around(notice, pos)).empty())
      pos = next_line_at(notice, pos);
    if (pos >= notice.size()) break;
    const std::string_view line = line_around(notice, pos);
    // A line that starts with an address, or names another before any reply code, is the next
    // entry of a list ("Message not delivered to c@d: 552 ...", "\"C\" <c@d> - mailbox full"),
    // not the reason for this one; a reply may quote an address, even another than the one it
    // is about ("552 Quota violation for a@b").
    if (trim(line).empty() || pos + line.size() > limit || starts_with_address(line) ||
        (names_other_address(line, recipient) &&
         !find_reply_code_in_text(line.substr(0, line.find('@')))))
      break;
    end = pos + line.size();
    last = line;
  }
  const std::size_t start = static_cast<std::size_t>(part.data() - notice.data());
  return notice.substr(start, end - start);
}

// The lines of para before the first one that names an address other than recipient.
std::string_view lines_before_other_address(std::string_view para, std::string_view recipient) {
  std::size_t pos = 0;
  while (pos < para.size()) {
    if (names_other_address(line_around(para, pos), recipient)) return trim(para.substr(0, pos));
    pos = next_line_at(para, pos);
  }
  return para;
}

// What pick returns for the first paragraph of the notice for which it returns something (a
// view into the notice), or empty.
template <class Pick>
std::string_view first_paragraph(std::string_view notice, Pick&& pick) {
  std::size_t pos = 0;
  while (pos < notice.size()) {
    while (pos < notice.size() && trim(line_around(notice, pos)).empty())
      pos = next_line_at(notice, pos);
    if (pos >= notice.size()) break;
    const std::string_view para = kit::paragraph_around(notice, pos);
    if (const std::string_view got = pick(para); !got.empty()) return got;
    const std::size_t para_end =
        static_cast<std::size_t>(para.data() - notice.data()) + para.size();
    pos = std::max(para_end, next_line_at(notice, pos));
  }
  return {};
}

// The first paragraph of the notice that reads as a failure, is no list intro and is not one
// already chosen, up to a line that names an address other than recipient: the notice's
// explanation ("Your message was not delivered because ..."), written apart from the list of
// recipients.
std::string_view failure_paragraph(std::string_view notice, std::string_view recipient,
                                   std::string_view chosen) {
  return first_paragraph(notice, [&](std::string_view para) -> std::string_view {
    const bool overlaps = !chosen.empty() && para.data() < chosen.data() + chosen.size() &&
                          chosen.data() < para.data() + para.size();
    // A list's intro ("Delivery to the following recipient failed permanently:") says that
    // it failed, not why.
    if (overlaps || !any_of(para, failure_words) || any_of(para, list_intros)) return {};
    // Its lines before one that names another address ("The error was: mailbox full." above
    // "Questions? Write to support@example.org").
    const std::string_view own = lines_before_other_address(para, recipient);
    if (own.size() == para.size()) return with_what_follows(notice, para, recipient);
    return any_of(own, failure_words) ? own : std::string_view{};
  });
}

// What the notice says about recipient: the paragraph naming it that carries an SMTP reply,
// else the recipient's own line when that line states the failure ("a@b ... unknown host"),
// else the first paragraph naming it that reads as a failure, else the first naming it. A
// line or paragraph that only leads into the reason ("... was automatically rejected:") gets
// the lines it leads into (up to the next list entry). When nothing naming the recipient reads as a
// failure ("Intended recipient: a@b", a bare list of addresses), the notice's own explanation is
// added.
std::string diagnostic_for(std::string_view notice, std::string_view recipient) {
  const std::string needle = detail::to_lower(recipient);
  std::string_view first, failing, own_line, quoted;
  for (std::size_t at = detail::ifind(notice, needle); at != std::string_view::npos;
       at = detail::ifind(notice, needle, at + needle.size())) {
    const std::string_view line = line_around(notice, at);
    const std::string_view para = kit::paragraph_around(notice, at);
    // The returned message's header quoted in the notice ("Your message\n  To: a@b\n  Subject:
    // ..."): the last resort, after every line about the recipient itself.
    if (kit::quoted_header(
            line.substr(0, static_cast<std::size_t>(notice.data() + at - line.data())))) {
      if (quoted.empty()) quoted = para;
      continue;
    }
    if (find_reply_code_in_text(para)) {
      // A paragraph that lists other recipients too ("a@b: 550 ...", "c@d: 552 ..." on lines of
      // their own): the recipient's own entry, when it carries the reply, not the neighbours'.
      const std::string_view entry = with_what_follows(notice, line, recipient);
      first = names_other_address(para, recipient) && find_reply_code_in_text(entry) ? entry : para;
      failing = {};
      own_line = {};
      break;
    }
    if (first.empty()) first = para;
    if (own_line.empty() && line.size() > recipient.size() + 8 && any_of(line, failure_words))
      own_line = line;
    if (failing.empty() && any_of(para, failure_words)) failing = para;
  }
  std::string_view about = !own_line.empty()  ? own_line
                           : !failing.empty() ? failing
                           : !first.empty()   ? first
                                              : quoted;
  if (about.empty()) return std::string(trim(notice.substr(0, 2048)));
  about = with_what_follows(notice, about, recipient);
  std::string out(trim(about.substr(0, 2048)));
  if (own_line.empty() && failing.empty() && !any_of(about, failure_words)) {
    const std::string_view why = failure_paragraph(notice, recipient, about);
    if (!why.empty()) {
      out.push_back('\n');
      out.append(trim(why.substr(0, 2048 - std::min<std::size_t>(out.size(), 2048))));
    }
  }
  return out;
}

// The first paragraph of the notice that holds an SMTP reply, up to a line that names an
// address other than recipient ("Reason: 550 5.1.1 User unknown" below "Your message to a@b
// could not be delivered."), or empty.
std::string_view reply_paragraph(std::string_view notice, std::string_view recipient) {
  return first_paragraph(notice, [recipient](std::string_view para) -> std::string_view {
    const std::string_view own = lines_before_other_address(para, recipient);
    return find_reply_code_in_text(own) ? own.substr(0, 2048) : std::string_view{};
  });
}

// A delay warning says so in its Subject: Exim's "Warning: message <id> delayed <time>"
// (src/exim_msgs/warn_message), Postfix's "Delayed Mail (still being retried)"
// (src/bounce/bounce_template.c), Courier's "WARNING: delayed mail." (module.dsn/
// dsnsubjectwarn.txt), Google's "Delivery Status Notification (Delay)", Exchange's "Delivery
// delayed:". The message is still queued: a recipient whose own reply is no permanent failure
// gets the action delayed.
bool subject_says_delayed(const mime::report& r) { return icontains(r.subject, "delay"); }

// The returned message is itself a bounce (a gateway wrapped the report it got): its To is
// the address that bounce went to, not a failed recipient; the forwarded report is read on its
// own (parse_normalized runs the pipeline on the embedded message when nothing is found here).
bool original_is_bounce(const mime::report& r) {
  const std::string_view from = r.original.get("From");
  return icontains(from, "mailer-daemon") || icontains(from, "postmaster") ||
         icontains(r.original.get("Content-Type"), "delivery-status");
}

// The returned message is a mailing-list post: its To is the list, not the failed subscriber.
bool original_is_list_post(const mime::report& r) {
  if (r.original.has("List-Id") || r.original.has("X-BeenThere") ||
      r.original.has("X-Mailman-Version") || r.original.has("List-Post"))
    return true;
  const std::string_view prec = trim(r.original.get("Precedence"));
  return detail::iequals(prec, "list") || detail::iequals(prec, "bulk");
}

constexpr std::string_view k_engine = "fallback";

bool claims(const mime::report& r, const marker_hits&) { return kit::presents_as_bounce(r); }
void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view notice = notice_part(r.text);
  std::vector<std::string> recipients;
  std::vector<std::string_view> found_on;  // the line each recipient was found on in the text
  // The bounce's own sender and receiver, never a failed recipient.
  const std::string self_from = kit::find_address(r.headers.get("From"));
  const std::string self_to = kit::find_address(r.headers.get("To"));
  for (auto v : r.headers.get_all("X-Failed-Recipients"))
    for (auto& a : kit::find_addresses(v)) recipients.push_back(std::move(a));
  if (recipients.empty()) recipients = addresses_in_text(notice, self_from, self_to, found_on);
  if (recipients.empty() && r.has_original && !original_is_bounce(r) && !original_is_list_post(r)) {
    auto to = kit::find_address(r.original.get("To"));
    if (!to.empty()) recipients.push_back(std::move(to));
  }
  if (recipients.empty() && !r.has_original) {
    // No returned message, but its To quoted in the notice ("Your message was not delivered." /
    // "To: a@b" / "Status: 550 ..."): the same evidence, the first address of the first such line.
    for (const std::string_view line : kit::split_lines(notice)) {
      if (!istarts_with(trim(line), "to:")) continue;
      std::string to = kit::find_address(line);
      if (to.empty() || detail::iequals(to, self_from) || detail::iequals(to, self_to)) continue;
      recipients.push_back(std::move(to));
      break;
    }
  }
  found_on.resize(recipients.size());
  // A notice in no known format may carry the SMTP session's transcript (MDaemon's "Session
  // Transcript"): the failing reply to the recipient's RCPT, or the one naming it, is what the
  // remote server said about it; the replies before it (a "250 2.1.0 Ok" to MAIL) are not.
  const auto exchanges = kit::parse_transcript(notice);
  const bool delayed = subject_says_delayed(r);
  // Each recipient's lookups read up to the whole notice a few times: within a budget, past which
  // a recipient's diagnostic is the line it was found on (a list of thousands in one paragraph).
  std::size_t scanned = 0;
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    std::string& a = recipients[i];
    draft d;
    scanned += 4 * notice.size();
    if (const kit::smtp_exchange* e = kit::exchange_naming(exchanges, a)) {
      d.diagnostic = e->reply;
      d.smtp_command = e->command;
      if (!e->host.empty()) d.remote_mta = e->host;
    } else if (scanned > kit::k_text_scan_budget) {
      if (!found_on[i].empty()) d.diagnostic = trim(with_what_follows(notice, found_on[i], a));
    } else {
      d.diagnostic = diagnostic_for(notice, a);
      // The only recipient: a reply the notice gives apart from the address is about it.
      if (recipients.size() == 1 && !find_reply_code_in_text(d.diagnostic)) {
        const std::string_view reply = reply_paragraph(notice, a);
        if (!reply.empty()) {
          d.diagnostic.push_back('\n');
          d.diagnostic.append(trim(reply));
        }
      }
    }
    if (delayed && find_reply_code_in_text(d.diagnostic).value_or(0) / 100 != 5)
      kit::mark_delayed(d);
    d.recipient = std::move(a);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& fallback_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
