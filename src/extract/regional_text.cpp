#include "extract/regional_text.hpp"

#include "detail/string_util.hpp"
#include "extract/text_scan.hpp"

namespace bounce::extract::regional {
namespace {
using detail::ifind;
using detail::trim;

std::string_view next_line(std::string_view& rest) {
  auto nl = rest.find('\n');
  std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  return line;
}

// "SMTP error from remote mail server after RCPT TO:<a@b>:" -> "RCPT"; Exim also says
// "after end of data", "after MAIL FROM:<>", "after initial connection", "after pipelined ...".
std::string exim_command(std::string_view line) {
  auto p = ifind(line, "after ");
  if (p == std::string_view::npos) return {};
  std::string_view rest = line.substr(p + 6);
  if (detail::istarts_with(rest, "pipelined ")) rest.remove_prefix(10);
  if (detail::istarts_with(rest, "end of data")) return "DATA";
  if (detail::istarts_with(rest, "initial connection")) return "CONN";
  std::size_t n = 0;
  while (n < rest.size() && rest[n] != ' ' && rest[n] != ':') ++n;
  return normalize_command(rest.substr(0, n));
}

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
    std::string_view host = t.substr(h + 6, r == std::string_view::npos || r < h ? t.npos : r - h - 6);
    host = trim(host.substr(0, host.find(' ')));
    e.remote_mta = std::string(host);
  }
  if (r != std::string_view::npos) append_text(e.diagnostic, trim(t.substr(r + 9)));
}

}  // namespace

bool contains_ci(std::string_view text, std::string_view lower_needle) {
  return detail::icontains(text, lower_needle);
}

bool header_contains(const mime::report& r, std::string_view name, std::string_view lower_needle) {
  for (const auto f : r.headers)
    if (detail::iequals(f.name, name) && detail::icontains(f.value, lower_needle)) return true;
  return false;
}

std::string_view after_marker(std::string_view text, std::string_view lower_marker) {
  auto p = ifind(text, lower_marker);
  if (p == std::string_view::npos) return {};
  auto nl = text.find('\n', p);
  return nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
}

std::string_view cut_at(std::string_view text, std::initializer_list<std::string_view> markers) {
  std::size_t end = text.size();
  for (auto m : markers) {
    auto p = ifind(text, m);
    if (p < end) end = p;
  }
  return text.substr(0, end);
}

std::string_view bare_address(std::string_view line) {
  std::string_view s = trim(line);
  if (!s.empty() && s.back() == ':') s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  if (s.find_first_of(" \t<>\"") != std::string_view::npos) return {};
  return is_address(s) ? s : std::string_view{};
}

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  for (char c : line) {
    if (c == ' ')
      ++n;
    else if (c == '\t')
      n += 8;
    else
      break;
  }
  return n;
}

std::vector<exim_entry> exim_entries(std::string_view list) {
  std::vector<exim_entry> out;
  std::size_t addr_indent = 0;
  std::string_view rest = list;
  while (!rest.empty()) {
    std::string_view line = next_line(rest);
    std::string_view t = trim(line);
    if (t.empty()) continue;
    if (t.starts_with("------")) break;
    const std::size_t ind = indent_of(line);
    // A new recipient: an address alone, or "<addr>: text" (older Exim and MXLogic).
    std::string_view addr = bare_address(t);
    std::string_view inline_text;
    if (addr.empty() && t.front() == '<') {
      auto close = t.find(">:");
      if (close != std::string_view::npos && !bare_address(t.substr(1, close - 1)).empty()) {
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
      append_text(e.diagnostic, reply);
      continue;
    }
    append_text(e.diagnostic, t);
  }
  return out;
}

std::vector<exim_entry> united_internet_entries(std::string_view list) {
  std::vector<exim_entry> out;
  std::string_view rest = list;
  while (!rest.empty()) {
    std::string_view t = trim(next_line(rest));
    if (t.empty()) continue;
    if (t.starts_with("--- ") || t.starts_with("------")) break;
    if (std::string_view addr = bare_address(t); !addr.empty()) {
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
      append_text(e.diagnostic, t);
    }
  }
  return out;
}

const stated_reason* exim_message_reason(std::string_view diagnostic) {
  // Exim's router and transport messages; each names one situation.
  static constexpr struct {
    std::string_view text;
    stated_reason reason;
  } table[] = {
      {"an mx or srv record indicated no smtp service", {reason_kind::notaccept, "no-smtp-service"}},
      {"unrouteable address", {reason_kind::hostunknown, "unrouteable-address"}},
      {"all relevant mx records point to non-existent hosts",
       {reason_kind::hostunknown, "mx-nonexistent"}},
      {"retry timeout exceeded", {reason_kind::expired, "retry-timeout"}},
      {"mailbox is full", {reason_kind::mailboxfull, "mailbox-full"}},
  };
  std::string_view t = trim(diagnostic);
  for (const auto& e : table)
    if (detail::istarts_with(t, e.text)) return &e.reason;
  return nullptr;
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
    if (const stated_reason* s = exim_message_reason(d.diagnostic)) {
      d.reason = s->reason;
      d.rule = "extractor/" + std::string(engine) + "/" + std::string(s->rule);
    }
    out.push_back(std::move(d));
  }
}

void state_reason(draft& d, std::string_view engine, const phrase_reason& hit) {
  d.reason = hit.reason;
  d.rule = "extractor/" + std::string(engine) + "/" + std::string(hit.rule);
}

void append_text(std::string& out, std::string_view s) {
  s = trim(s);
  if (s.empty()) return;
  if (!out.empty()) out.push_back(' ');
  out.append(s);
}

}  // namespace bounce::extract::regional
