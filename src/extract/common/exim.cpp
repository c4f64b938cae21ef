#include "extract/common/exim.hpp"

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
// "Routing": the message texts are Exim's).
constexpr phrase exim_messages[] = {
    {"an mx or srv record indicated no smtp service", reason_kind::notaccept, "no-smtp-service"},
    {"unrouteable address", reason_kind::hostunknown, "unrouteable"},
    {"all relevant mx records point to non-existent hosts", reason_kind::hostunknown,
     "mx-non-existent"},
    {"unknown mail domain", reason_kind::hostunknown, "unknown-domain"},
    {"mailbox is full", reason_kind::mailboxfull, "mailbox-full"},
    {"too many \"received\" headers", reason_kind::contenterror, "too-many-received"},
    {"message is frozen", reason_kind::systemerror, "frozen"},
    // Expiry last: "mailbox is full: retry timeout exceeded" names its cause first.
    {"retry timeout exceeded", reason_kind::expired, "retry-timeout"},
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

std::vector<exim_entry> exim_entries(std::string_view list) {
  std::vector<exim_entry> out;
  std::size_t addr_indent = 0;
  std::string_view rest = list;
  while (!rest.empty()) {
    std::string_view line = take_line(rest);
    std::string_view t = trim(line);
    if (t.empty()) continue;
    if (t.starts_with("------")) break;
    const std::size_t ind = indent_of(line);
    // A new recipient: an address alone, or "<addr>: text" (older Exim and MXLogic).
    std::string_view addr = address_alone(t);
    std::string_view inline_text;
    if (addr.empty() && t.front() == '<') {
      auto close = t.find(">:");
      if (close != std::string_view::npos && !address_alone(t.substr(1, close - 1)).empty()) {
        addr = t.substr(1, close - 1);
        inline_text = trim(t.substr(close + 2));
      }
    }
    if (!addr.empty() && (out.empty() || ind <= addr_indent)) {
      exim_entry e;
      e.recipient = std::string(addr);
      addr_indent = ind;
      if (!inline_text.empty()) e.diagnostic = std::string(inline_text);
      out.push_back(std::move(e));
      continue;
    }
    if (out.empty()) continue;
    if (ind <= addr_indent && ind == 0) break;  // back at column 0: the list is over
    exim_entry& e = out.back();
    if (detail::istarts_with(t, "smtp error from remote")) {
      e.command = exim_command(t);
      continue;
    }
    if (detail::istarts_with(t, "host ")) {
      // "host mx.example.jp [192.0.2.1]: 550 ..." -> remote MTA and the reply after ": "
      std::string_view h = t.substr(5);
      auto sp = h.find_first_of(" :");
      e.remote_mta = std::string(h.substr(0, sp));
      auto colon = h.find("]:");
      if (colon == std::string_view::npos) colon = h.find(": ");
      std::string_view reply = colon == std::string_view::npos
                                   ? std::string_view{}
                                   : trim(h.substr(colon + (h[colon] == ']' ? 2 : 1)));
      append_spaced(e.diagnostic, reply);
      continue;
    }
    append_spaced(e.diagnostic, t);
  }
  return out;
}

std::vector<exim_entry> united_internet_entries(std::string_view list) {
  std::vector<exim_entry> out;
  std::string_view rest = list;
  while (!rest.empty()) {
    std::string_view t = trim(take_line(rest));
    if (t.empty()) continue;
    if (t.starts_with("--- ") || t.starts_with("------")) break;
    if (std::string_view addr = address_alone(t); !addr.empty()) {
      exim_entry e;
      e.recipient = std::string(addr);
      out.push_back(std::move(e));
      continue;
    }
    if (out.empty()) continue;
    exim_entry& e = out.back();
    if (detail::istarts_with(t, "smtp error from remote")) {
      e.command = exim_command(t);
      one_line_error(t, e);
    } else if (detail::istarts_with(t, "host: ")) {
      e.remote_mta = std::string(trim(t.substr(6)));
    } else if (detail::iequals(t, "reason:") || detail::iequals(t, "for the following reason:")) {
      continue;
    } else if (detail::istarts_with(t, "http://") || detail::istarts_with(t, "https://")) {
      continue;  // the provider's help link says nothing about this recipient
    } else {
      append_spaced(e.diagnostic, t);
    }
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
  exim_drafts(united_internet_entries(list), engine, out);
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
