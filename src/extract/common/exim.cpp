// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/exim.hpp"

#include <algorithm>
#include <iterator>

#include "detail/string_util.hpp"
#include "extract/common/addresses.hpp"
#include "extract/common/catalogue.hpp"
#include "extract/common/lines.hpp"
#include "extract/common/transcript.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract::kit {
namespace {
using detail::ifind;
using detail::trim;

std::string_view take_line(std::string_view& rest) {
  auto nl = rest.find('\n');
  std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  return line;
}

// Exim's own messages for failures it decided itself (router and transport messages, no
// remote reply quoted); each names one situation (Exim's spec, "Retry configuration",
// "Routing": the message texts are Exim's). Each row names the Exim source file that writes it
// (Exim/exim@13835a3c1e05, gathered in ../shared/reference/mta-messages.tsv).
constexpr phrase exim_messages[] = {
    // src/src/routers/dnslookup.c
    {"an mx or srv record indicated no smtp service", reason_kind::notaccept, "no-smtp-service"},
    // src/src/route.c
    {"unrouteable address", reason_kind::hostunknown, "unrouteable"},
    // src/src/routers/dnslookup.c
    {"all relevant mx records point to non-existent hosts", reason_kind::hostunknown,
     "mx-non-existent"},
    // src/src/transports/appendfile.c
    {"mailbox is full", reason_kind::mailboxfull, "mailbox-full"},
    // src/src/configure.default and Debian's exim4-config (router local_user):
    // "cannot_route_message = Unknown user", Exim's routing verdict on a local part.
    {"unknown user", reason_kind::userunknown, "unknown-user"},
    // Exim's own messages that Sisimai 4.25 Lhost/Exim.pm's $MessagesOf states the reason of and
    // the classifier reads otherwise ("user not found" without an SMTP command as a filter).
    // src/src/route.c
    {"user not found", reason_kind::userunknown, "user-not-found"},
    // src/src/transports/smtp.c
    {"no host found for existing smtp connection", reason_kind::notaccept, "no-host-found"},
    // src/src/parser.c
    {"(expected word or \"<\")", reason_kind::syntaxerror, "expected-word"},
    // Expiry last: "mailbox is full: retry timeout exceeded" names its cause first. src/src/retry.c
    {"retry timeout exceeded", reason_kind::expired, "retry-timeout"},
    // src/src/transports/smtp.c
    {"all hosts have been failing for a long time", reason_kind::expired, "hosts-failing"},
};

// 1&1's one-line form: "SMTP error from remote server for TEXT command, host: mx.example.fr
// (192.0.2.1) reason: 550 5.2.0 ..." names the command, the host and the reply on one line.
// TEXT is the message text, sent after DATA.
void one_line_error(std::string_view t, exim_entry& e) {
  if (e.command.empty()) {
    const auto f = ifind(t, " for ");
    const auto c = ifind(t, " command");
    if (f != std::string_view::npos && c != std::string_view::npos && c > f + 5) {
      const std::string_view word = trim(t.substr(f + 5, c - f - 5));
      e.command = detail::iequals(word, "text") ? std::string("DATA") : normalize_command(word);
    }
  }
  const auto r = ifind(t, " reason: ");
  if (const auto h = ifind(t, "host: "); h != std::string_view::npos && e.remote_mta.empty()) {
    std::string_view host =
        t.substr(h + 6, r == std::string_view::npos || r < h ? t.npos : r - h - 6);
    host = trim(host.substr(0, host.find(' ')));
    e.remote_mta = std::string(host);
  }
  if (r != std::string_view::npos) append_spaced(e.diagnostic, trim(t.substr(r + 9)));
}

// The line that starts a block: an address alone ("a@b", "<a@b>", "\"a@b\":"), or "<a@b>: text"
// with the reply on the same line (older Exim, MXLogic).
struct address_line {
  std::string_view address;
  std::string_view text;
};

address_line read_address_line(std::string_view t) {
  if (std::string_view addr = address_alone(t); !addr.empty()) return {addr, {}};
  if (t.front() == '<') {
    const auto close = t.find(">:");
    if (close != std::string_view::npos && !address_alone(t.substr(1, close - 1)).empty())
      return {t.substr(1, close - 1), trim(t.substr(close + 2))};
  }
  return {};
}

// Exim's layout: the text may follow the address on its line, "  a@b: forced freeze", and
// the line of a malformed address names the address it is about in brackets, "  a@b <c@d>:
// malformed address: ..." (Sisimai 4.25 Lhost/Exim.pm reads "  ADDR(:.+)?" and
// "  ADDR <ADDR2>:.+", the recipient then ADDR2, the diagnostic the whole line; when the part
// in brackets is no address, the recipient is the one before it).
address_line read_inline_address(std::string_view t) {
  const auto colon = t.find(": ");
  if (colon == std::string_view::npos) return {};
  const std::string_view head = t.substr(0, colon);
  if (std::string_view addr = address_alone(head); !addr.empty())
    return {addr, trim(t.substr(colon + 2))};
  // The bracketed address when it is one, else the one before it ("  a@b <c>: ...").
  const auto open = head.find(" <");
  if (open != std::string_view::npos && head.back() == '>') {
    const std::string_view first = address_alone(head.substr(0, open));
    if (first.empty()) return {};
    const std::string_view second = address_alone(head.substr(open + 1));
    return {second.empty() ? first : second, t};
  }
  return {};
}

// A new block from its first line t. In Exim's layout the line may name no address: "pipe to
// |cmd", a bare local part ("kijitora:"); it is kept as written, brackets and colon off.
void start_entry(std::vector<exim_entry>& out, std::string_view t, const address_line& a) {
  exim_entry e;
  if (!a.address.empty()) {
    e.recipient = std::string(a.address);
    e.diagnostic = std::string(a.text);
  } else {
    std::string_view w = t;
    if (w.back() == ':') w.remove_suffix(1);
    e.recipient = std::string(strip_address(w));
    e.is_pipe = detail::istarts_with(w, "pipe to ") || w.starts_with('|');
  }
  out.push_back(std::move(e));
}

// "generated by x", "(generated from x)", "(ultimately generated from x)": the address an alias
// or a pipe was reached from. False when t is none of them.
bool read_generated(std::string_view t, exim_entry& e) {
  static constexpr std::string_view by = "generated by ";
  static constexpr std::string_view from[] = {"(ultimately generated from ", "(generated from "};
  std::string_view g;
  if (detail::istarts_with(t, by)) {
    g = t.substr(by.size());
  } else if (auto f = std::find_if(std::begin(from), std::end(from),
                                   [t](std::string_view p) { return detail::istarts_with(t, p); });
             f != std::end(from)) {
    g = t.substr(f->size());
    if (!g.empty() && g.back() == ')') g.remove_suffix(1);
  } else {
    return false;
  }
  e.generated = std::string(strip_address(g));
  return true;
}

// One line inside a block.
void read_detail(std::string_view t, exim_entry& e, bool& in_error) {
  if (read_generated(t, e)) return;
  if (detail::istarts_with(t, "delay reason: ")) t = trim(t.substr(14));
  if (detail::istarts_with(t, "smtp error from remote") ||
      detail::istarts_with(t, "lmtp error after")) {
    e.command = exim_command(t);
    one_line_error(t, e);
    in_error = true;
    return;
  }
  if (detail::istarts_with(t, "host: ")) {
    e.remote_mta = std::string(trim(t.substr(6)));
    return;
  }
  if (detail::istarts_with(t, "host ")) {
    // "host mx.example.org [192.0.2.1]" alone (before the error line) or ending "]:" names the
    // remote MTA; "host mx.example.org [192.0.2.1]: 550 ..." also carries the reply.
    const auto colon = t.find("]:");
    if (colon != std::string_view::npos) {
      e.remote_mta = host_name(t);
      append_spaced(e.diagnostic, t.substr(colon + 2));
      return;
    }
    if (!in_error && t.find(": ") == std::string_view::npos) {
      e.remote_mta = host_name(t);
      return;
    }
  }
  if (detail::iequals(t, "reason:") || detail::iequals(t, "for the following reason:")) return;
  // The address continuation of a folded "after RCPT TO:" line.
  if (in_error && e.diagnostic.empty() && t.front() == '<' && (t.back() == ':' || t.back() == '>'))
    return;
  append_spaced(e.diagnostic, t);
}

}  // namespace

std::string exim_command(std::string_view line) {
  const auto p = ifind(line, "after ");
  if (p == std::string_view::npos) return {};
  std::string_view w = trim(line.substr(p + 6));
  if (detail::istarts_with(w, "pipelined ")) w = trim(w.substr(10));
  if (detail::istarts_with(w, "initial connection") || detail::istarts_with(w, "connection"))
    return "CONN";
  if (detail::istarts_with(w, "sending data block")) return "DATA";
  return normalize_command(w);
}

std::vector<exim_entry> exim_entries(std::string_view list, exim_layout layout) {
  std::vector<exim_entry> out;
  std::size_t addr_indent = 0;
  bool in_error = false;  // after "SMTP error ...": a reply follows, not a host header
  std::string_view rest = list;
  while (!rest.empty()) {
    const std::string_view line = take_line(rest);
    const std::string_view t = trim(line);
    if (t.empty()) continue;
    if (t.starts_with("------")) break;
    const std::size_t ind = indent_of(line);
    const address_line a = read_address_line(t);
    if (layout == exim_layout::exim) {
      if (ind > 0 && ind <= 3) {
        if (detail::istarts_with(t, "host ") && !out.empty()) {
          out.back().remote_mta = host_name(t);
          continue;
        }
        start_entry(out, t, a.address.empty() ? read_inline_address(t) : a);
        in_error = false;
        continue;
      }
      if (ind == 0) continue;  // prose between blocks
    } else {
      if (layout == exim_layout::flush) {
        if (t.starts_with("--- ")) break;
        // United Internet's help link is the provider's, not part of a reply (Exim proper
        // quotes a remote reply's links, which stay).
        if (detail::istarts_with(t, "http://") || detail::istarts_with(t, "https://")) continue;
      }
      if (!a.address.empty() && (out.empty() || ind <= addr_indent)) {
        start_entry(out, t, a);
        addr_indent = ind;
        in_error = false;
        continue;
      }
      if (!out.empty() && layout == exim_layout::address_lines && ind == 0) break;
    }
    if (out.empty()) continue;
    read_detail(t, out.back(), in_error);
  }
  return out;
}

bool apply_exim_catalogue(draft& d, std::string_view engine) {
  // A remote reply that happens to quote these words is the remote's, not Exim's.
  if (!d.smtp_command.empty() || grammar::leading_reply_code(d.diagnostic)) return false;
  return apply_catalogue(d, engine, exim_messages);
}

void united_internet_drafts(std::string_view text, std::string_view engine,
                            std::vector<draft>& out) {
  const std::string_view list = after_line(text, "failed:");
  if (list.empty()) return;
  std::vector<exim_entry> entries = exim_entries(list, exim_layout::flush);
  // "The following address failed:" may list several addresses above one "For the following
  // reason:" (1&1's layout; Sisimai 4.25 Lhost/EinsUndEins.pm reads several recipients): each
  // address with nothing of its own takes the reason written below it.
  for (std::size_t i = entries.size(); i-- > 1;) {
    exim_entry& e = entries[i - 1];
    const exim_entry& next = entries[i];
    if (!e.diagnostic.empty() || !e.command.empty() || !e.remote_mta.empty()) continue;
    e.diagnostic = next.diagnostic;
    e.command = next.command;
    e.remote_mta = next.remote_mta;
  }
  exim_drafts(std::move(entries), engine, out);
}

void exim_drafts(std::vector<exim_entry>&& entries, std::string_view engine,
                 std::vector<draft>& out) {
  for (auto& e : entries) {
    draft d;
    d.recipient = std::move(e.recipient);
    d.diagnostic = std::move(e.diagnostic);
    d.smtp_command = std::move(e.command);
    d.remote_mta = std::move(e.remote_mta);
    d.diagnostic_type = "SMTP";
    apply_exim_catalogue(d, engine);
    out.push_back(std::move(d));
  }
}

}  // namespace bounce::extract::kit
