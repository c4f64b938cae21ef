// SPDX-License-Identifier: BSD-2-Clause
// The status-code stages (decisive and after-wording codes), the SMTP command, the class
// fallbacks of docs/reasons.md, and normalize_text. Their order is reason_stages.cpp.
#include <array>
#include <utility>

#include "classify/rules.hpp"
#include "classify/text_hits.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::rules {
namespace {
using R = reason_kind;

struct code_rule {
  int subject, detail;
  reason_kind reason;
  std::string_view rule;
  std::string_view source;  ///< the RFC or registry entry that gives the code its meaning
};

// Specific codes only: X.0.0, every X.Y.0 and the overloaded 5.7.1 are generic and do not
// decide against text (they act in stage 7).
constexpr code_rule code_rules[] = {
    {1, 1, R::userunknown, "status/X.1.1", "RFC 3463 section 3.2"},
    {1, 2, R::hostunknown, "status/X.1.2", "RFC 3463 section 3.2"},
    {1, 3, R::userunknown, "status/X.1.3", "RFC 3463 section 3.2"},
    {1, 4, R::filtered, "status/X.1.4", "RFC 3463 section 3.2"},
    {1, 6, R::hasmoved, "status/X.1.6", "RFC 3463 section 3.2"},
    {1, 7, R::rejected, "status/X.1.7", "RFC 3463 section 3.2"},
    {1, 8, R::rejected, "status/X.1.8", "RFC 3463 section 3.2"},
    {1, 9, R::systemerror, "status/X.1.9", "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {1, 10, R::notaccept, "status/X.1.10", "RFC 7505 (null MX)"},
    {2, 1, R::suspend, "status/X.2.1", "RFC 3463 section 3.3"},
    {2, 2, R::mailboxfull, "status/X.2.2", "RFC 3463 section 3.3"},
    {2, 3, R::emailtoolarge, "status/X.2.3", "RFC 3463 section 3.3"},
    {2, 0, R::filtered, "status/X.2.0", "RFC 3463 section 3.3"},
    {2, 4, R::filtered, "status/X.2.4", "RFC 3463 section 3.3"},
    {3, 1, R::systemfull, "status/X.3.1", "RFC 3463 section 3.4"},
    {3, 2, R::notaccept, "status/X.3.2", "RFC 3463 section 3.4"},
    {3, 3, R::systemerror, "status/X.3.3", "RFC 3463 section 3.4"},
    {3, 4, R::emailtoolarge, "status/X.3.4", "RFC 3463 section 3.4"},
    {3, 5, R::systemerror, "status/X.3.5", "RFC 3463 section 3.4"},
    {4, 1, R::expired, "status/X.4.1", "RFC 3463 section 3.5"},
    {4, 2, R::networkerror, "status/X.4.2", "RFC 3463 section 3.5"},
    {4, 3, R::systemerror, "status/X.4.3", "RFC 3463 section 3.5"},
    {4, 4, R::hostunknown, "status/X.4.4", "RFC 3463 section 3.5"},
    {4, 5, R::systemfull, "status/X.4.5", "RFC 3463 section 3.5"},
    {4, 6, R::networkerror, "status/X.4.6", "RFC 3463 section 3.5"},
    {4, 7, R::expired, "status/X.4.7", "RFC 3463 section 3.5"},
    {5, 1, R::syntaxerror, "status/X.5.1", "RFC 3463 section 3.6"},
    {5, 2, R::syntaxerror, "status/X.5.2", "RFC 3463 section 3.6"},
    {5, 3, R::ratelimited, "status/X.5.3", "RFC 3463 section 3.6"},
    {5, 4, R::syntaxerror, "status/X.5.4", "RFC 3463 section 3.6"},
    {5, 5, R::syntaxerror, "status/X.5.5", "RFC 3463 section 3.6"},
    {5, 6, R::syntaxerror, "status/X.5.6", "RFC 4954 (SMTP AUTH)"},
    {6, 1, R::contenterror, "status/X.6.1", "RFC 3463 section 3.7"},
    {6, 2, R::contenterror, "status/X.6.2", "RFC 3463 section 3.7"},
    {6, 3, R::contenterror, "status/X.6.3", "RFC 3463 section 3.7"},
    {6, 4, R::contenterror, "status/X.6.4", "RFC 3463 section 3.7"},
    {6, 5, R::contenterror, "status/X.6.5", "RFC 3463 section 3.7"},
    {6, 6, R::contenterror, "status/X.6.6", "RFC 4468 (BURL)"},
    {6, 7, R::contenterror, "status/X.6.7", "RFC 6531 (SMTPUTF8)"},
    {6, 8, R::contenterror, "status/X.6.8", "RFC 6531 (SMTPUTF8)"},
    {6, 9, R::contenterror, "status/X.6.9", "RFC 6531 (SMTPUTF8)"},
    {7, 2, R::securityerror, "status/X.7.2", "RFC 3463 section 3.8"},
    {7, 3, R::securityerror, "status/X.7.3", "RFC 3463 section 3.8"},
    {7, 4, R::securityerror, "status/X.7.4", "RFC 3463 section 3.8"},
    {7, 5, R::securityerror, "status/X.7.5", "RFC 3463 section 3.8"},
    {7, 6, R::securityerror, "status/X.7.6", "RFC 3463 section 3.8"},
    {7, 7, R::securityerror, "status/X.7.7", "RFC 3463 section 3.8"},
    {7, 8, R::securityerror, "status/X.7.8", "RFC 4954 (SMTP AUTH)"},
    {7, 9, R::securityerror, "status/X.7.9", "RFC 4954 (SMTP AUTH)"},
    {7, 10, R::failedstarttls, "status/X.7.10",
     "RFC 5248 registry (X.7.10 Encryption Needed; RFC 3207 STARTTLS)"},
    {7, 11, R::securityerror, "status/X.7.11", "RFC 4954 (SMTP AUTH)"},
    {7, 13, R::suspend, "status/X.7.13", "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 14, R::securityerror, "status/X.7.14",
     "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 15, R::securityerror, "status/X.7.15",
     "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 16, R::emailtoolarge, "status/X.7.16",
     "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 17, R::hasmoved, "status/X.7.17", "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 18, R::hasmoved, "status/X.7.18", "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 19, R::securityerror, "status/X.7.19",
     "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 20, R::authfailure, "status/X.7.20", "RFC 7372 (email authentication status codes)"},
    {7, 21, R::authfailure, "status/X.7.21", "RFC 7372 (email authentication status codes)"},
    {7, 22, R::authfailure, "status/X.7.22", "RFC 7372 (email authentication status codes)"},
    {7, 23, R::authfailure, "status/X.7.23", "RFC 7372 (email authentication status codes)"},
    {7, 24, R::authfailure, "status/X.7.24", "RFC 7372 (email authentication status codes)"},
    {7, 25, R::requireptr, "status/X.7.25", "RFC 7372 (email authentication status codes)"},
    {7, 26, R::authfailure, "status/X.7.26", "RFC 7372 (email authentication status codes)"},
    {7, 27, R::notaccept, "status/X.7.27", "RFC 7505 (null MX)"},
    {7, 28, R::badreputation, "status/X.7.28",
     "IANA SMTP Enhanced Status Codes registry (RFC 5248)"},
    {7, 29, R::authfailure, "status/X.7.29", "RFC 8617 (ARC)"},
    {7, 30, R::failedstarttls, "status/X.7.30", "RFC 8689 (REQUIRETLS)"},
};

// Stage 7 by subject: what a generic code of that subject means when nothing else decided.
constexpr std::array<code_rule, 8> subject_fallbacks = {{
    {0, 0, R::onhold, "", "RFC 3463 section 3.1"},
    {1, 0, R::userunknown, "class/X.1", "RFC 3463 section 3.2"},
    {2, 0, R::filtered, "class/X.2", "RFC 3463 section 3.3"},
    {3, 0, R::systemerror, "class/X.3", "RFC 3463 section 3.4"},
    {4, 0, R::networkerror, "class/X.4", "RFC 3463 section 3.5"},
    {5, 0, R::syntaxerror, "class/X.5", "RFC 3463 section 3.6"},
    {6, 0, R::contenterror, "class/X.6", "RFC 3463 section 3.7"},
    {7, 0, R::securityerror, "class/X.7", "RFC 3463 section 3.8"},
}};

std::string detail_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  return out;
}

}  // namespace

std::size_t code_rules_without_source() {
  std::size_t n = 0;
  for (const auto& r : code_rules) n += r.source.empty();
  for (const auto& r : subject_fallbacks) n += r.source.empty();
  return n;
}

// Reasons whose codes are often sent for other failures (a 5.1.1 for a filter, a 4.4.7 for a
// blocklisted client): for these the wording is read first and the code decides after it.
// Every other specific code states its reason without doubt and decides before the wording.
bool code_is_decisive(reason_kind r) {
  switch (r) {
    // notaccept: Office 365 sends 5.1.10 (null MX) for a recipient not found, and a temporary
    // X.3.2 is a state of the moment that the wording explains better.
    case R::userunknown:
    case R::hostunknown:
    case R::suspend:
    case R::expired:
    case R::notaccept:
    case R::networkerror:
    case R::systemerror:
    case R::securityerror:
    // X.5.x names a fault of the protocol exchange, yet servers send it for policy refusals
    // whose words name the cause: "550 5.5.4 ETP208 Your IP ... is listed by Invaluement",
    // "554 5.5.4 Your IP ... address has a bad reputation" (ZoneMTA source, zone-mta 3.10.3,
    // config/bounces.txt). No sample of ours has a specific X.5.x code.
    case R::syntaxerror:
    case R::onhold:
    case R::undefined:
      return false;
    default:
      return true;
  }
}

std::optional<decision> status_rule(const evidence& ev, bool decisive) {
  if (!ev.status) return std::nullopt;
  // A destination address's code (X.1.1 to X.1.6, RFC 3463 section 3.2) in the reply to MAIL
  // FROM, before any recipient was named, speaks of the sender: a server that reuses 5.1.2 for
  // a sender domain it refuses (mailfront's check-fqdn). The step decides (command_rule), as
  // it does for an address verdict in the words (docs/reasons.md, adjustment 1).
  if (ev.command == "MAIL" && !ev.command_assumed && ev.status->subject == 1 &&
      ev.status->detail >= 1 && ev.status->detail <= 6)
    return std::nullopt;
  for (const auto& r : code_rules)
    if (r.subject == ev.status->subject && r.detail == ev.status->detail) {
      const bool is_decisive = code_is_decisive(r.reason) && r.detail != 0;
      if (is_decisive != decisive) return std::nullopt;
      return decision{r.reason, std::string(r.rule)};
    }
  return std::nullopt;
}

std::optional<decision> class_rule(const evidence& ev) {
  if (ev.diagnostic_type == "X-UNIX") return decision{R::mailererror, "class/x-unix"};
  if (ev.delayed) return decision{R::expired, "class/delayed"};
  if (ev.status && ev.status->subject >= 1 && ev.status->subject <= 7) {
    const auto& f = subject_fallbacks[static_cast<std::size_t>(ev.status->subject)];
    return decision{f.reason, std::string(f.rule)};
  }
  if (ev.reply_code && *ev.reply_code >= 500 && *ev.reply_code <= 504)
    return decision{R::syntaxerror, "class/reply-50x"};
  if (ev.reply_code && *ev.reply_code == 421) return decision{R::blocked, "class/reply-421"};
  return std::nullopt;
}

std::optional<decision> command_rule(const evidence& ev) {
  // Refused at MAIL FROM: the sender was refused. Refused at the greeting: the client was.
  if (ev.command == "MAIL") return decision{R::rejected, "command/mail-from"};
  // A refusal is a reply: a connection that timed out or broke ("connect to x: Connection
  // timed out") was refused by nobody.
  if ((ev.command == "CONN" || ev.command == "EHLO" || ev.command == "HELO") && ev.reply_code)
    return decision{R::blocked, "command/" + detail_lower(ev.command)};
  return std::nullopt;
}

bool looks_temporary(const evidence& ev) {
  if (ev.delayed) return true;
  if (ev.status && ev.status->cls == 4) return true;
  if (ev.reply_code && *ev.reply_code / 100 == 4) return true;
  // The words (temporary_words in phrase_table.hpp, with their sources) are in the shared scan.
  return !ev.text.empty() && hits_of(ev).test(bases().temporary);
}

void normalize_text(std::string_view raw, std::string& out) {
  // One pass: runs of white space become one space (none at the ends), letters lower-case.
  // Multi-line replies repeat "550-5.7.1" on every line: fold_reply keeps the first prefix and
  // drops the rest, so that phrases broken across reply lines still match.
  // The output is never longer than the input (a space is written only for a run of white
  // space read), so it is written through a pointer into a buffer of the input's size.
  out.resize(raw.size());
  char* const begin = out.data();
  char* end = begin;
  bool pending = false;
  // White space is at most ' ': one comparison passes every other byte.
  const auto space = [](char c) {
    return static_cast<unsigned char>(c) <= ' ' &&
           (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
  };
  grammar::fold_reply(raw, grammar::fold_options{}, [&](std::string_view piece) {
    char* e = end;  // a local pointer: the loop below stays in registers
    const char* p = piece.data();
    const char* const stop = p + piece.size();
    while (p != stop) {
      if (space(*p)) {
        pending = e != begin;
        ++p;
        continue;
      }
      if (pending) *e++ = ' ';
      pending = false;
      // The word: copied lower-cased up to the next white space.
      do {
        const char w = *p++;
        *e++ = (w >= 'A' && w <= 'Z') ? char(w + 32) : w;
      } while (p != stop && !space(*p));
    }
    end = e;
  });
  out.resize(static_cast<std::size_t>(end - begin));
}

std::string normalize_text(std::string_view raw) {
  std::string out;
  normalize_text(raw, out);
  return out;
}

}  // namespace bounce::rules
