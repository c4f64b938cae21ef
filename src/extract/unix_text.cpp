#include "extract/unix_text.hpp"

#include <span>

#include "detail/string_util.hpp"
#include "extract/dsn_common.hpp"
#include "extract/text_scan.hpp"

namespace bounce::extract::unix_text {
namespace {

constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  return s;
}

// Calls f(line, offset_of_line) for every line; stops when f returns false.
template <class F>
void for_lines(std::string_view text, F&& f) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (!f(text.substr(start, end - start), start)) return;
    if (nl == std::string_view::npos) return;
    start = nl + 1;
  }
}

}  // namespace

std::string_view until_line(std::string_view text, std::initializer_list<std::string_view> markers) {
  std::size_t cut = text.size();
  for_lines(text, [&](std::string_view line, std::size_t off) {
    std::string_view l = ltrim(line);
    for (auto m : markers)
      if (l.substr(0, m.size()) == m) {
        cut = off;
        return false;
      }
    return true;
  });
  return text.substr(0, cut);
}

std::string_view after_line(std::string_view text, std::string_view lower_marker) {
  std::size_t p = detail::ifind(text, lower_marker);
  if (p == std::string_view::npos) return {};
  std::size_t nl = text.find('\n', p);
  if (nl == std::string_view::npos) return {};
  return text.substr(nl + 1);
}

bool has_line_starting(std::string_view text, std::string_view prefix) {
  bool found = false;
  for_lines(text, [&](std::string_view line, std::size_t) {
    if (ltrim(line).substr(0, prefix.size()) == prefix) found = true;
    return !found;
  });
  return found;
}

std::string unquote(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_lines(text, [&](std::string_view line, std::size_t) {
    std::string_view l = line;
    // "> text", ">> text", "> > text": drop every leading quote mark and one blank after each.
    while (!l.empty() && l.front() == '>') {
      // ">>> DATA" inside a quoted Sendmail transcript is "> " + ">>> DATA": keep a run of
      // three marks that follows a quote mark.
      if (l.size() >= 4 && l.substr(0, 4) == ">>>>") {
        l.remove_prefix(1);
        break;
      }
      if (l.substr(0, 3) == ">>>" || l.substr(0, 3) == "<<<") break;
      l.remove_prefix(1);
      if (!l.empty() && l.front() == ' ') l.remove_prefix(1);
    }
    out.append(l);
    out.push_back('\n');
    return true;
  });
  return out;
}

std::string join(std::string_view text) { return detail::collapse_space(text); }

std::string_view bare_address(std::string_view s) {
  s = detail::trim(s);
  while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
  s = detail::trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return detail::trim(s);
}

std::optional<int> leading_reply_code(std::string_view s) {
  s = ltrim(s);
  if (s.size() < 3 || !is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2])) return std::nullopt;
  if (s[0] < '2' || s[0] > '5') return std::nullopt;
  if (s.size() > 3 && s[3] != ' ' && s[3] != '-' && s[3] != '\t' && s[3] != '\n')
    return std::nullopt;
  return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

std::optional<status_code> hash_status(std::string_view text) {
  for (std::size_t p = text.find("(#"); p != std::string_view::npos; p = text.find("(#", p + 2)) {
    std::size_t i = p + 2;
    int part[3] = {0, 0, 0};
    int n = 0;
    bool ok = true;
    for (; n < 3; ++n) {
      std::size_t digits = 0;
      while (i < text.size() && is_digit(text[i]) && digits < 3) {
        part[n] = part[n] * 10 + (text[i] - '0');
        ++i;
        ++digits;
      }
      if (digits == 0) {
        ok = false;
        break;
      }
      if (n < 2) {
        if (i >= text.size() || text[i] != '.') {
          ok = false;
          break;
        }
        ++i;
      }
    }
    if (!ok || (part[0] != 2 && part[0] != 4 && part[0] != 5)) continue;
    if (i < text.size() && is_digit(text[i])) continue;
    return status_code{part[0], part[1], part[2]};
  }
  return std::nullopt;
}

std::string_view inline_delivery_status(std::string_view text) {
  std::size_t begin = std::string_view::npos;
  for_lines(text, [&](std::string_view line, std::size_t off) {
    if (detail::istarts_with(line, "reporting-mta:") ||
        detail::istarts_with(line, "original-recipient:") ||
        detail::istarts_with(line, "final-recipient:")) {
      begin = off;
      return false;
    }
    return true;
  });
  if (begin == std::string_view::npos) return {};
  std::string_view rest = text.substr(begin);
  std::size_t end = rest.size();
  for_lines(rest, [&](std::string_view line, std::size_t off) {
    if (line.substr(0, 2) == "--") {
      end = off;
      return false;
    }
    return true;
  });
  return rest.substr(0, end);
}

void dsn_drafts_from(const mime::report& r, std::string_view delivery_status,
                     std::vector<draft>& out) {
  if (delivery_status.empty()) return;
  mime::report copy;
  copy.text = r.text;
  copy.delivery_status = std::string(delivery_status);
  dsn_drafts(copy, out);
}

draft make_draft(std::string_view recipient, std::string diagnostic, std::string command) {
  draft d;
  d.recipient = std::string(recipient);
  d.diagnostic = std::move(diagnostic);
  d.smtp_command = std::move(command);
  return d;
}

std::string host_name(std::string_view s) {
  s = detail::trim(s);
  if (detail::istarts_with(s, "host ")) s = ltrim(s.substr(5));
  std::size_t e = 0;
  while (e < s.size() && s[e] != ' ' && s[e] != '[' && s[e] != '(' && s[e] != ':' &&
         s[e] != ',' && s[e] != '\t')
    ++e;
  std::string_view h = s.substr(0, e);
  while (!h.empty() && h.back() == '.') h.remove_suffix(1);
  return std::string(h);
}

bool host_serves(std::string_view host, std::string_view recipient) {
  auto at = recipient.rfind('@');
  if (at == std::string_view::npos || host.empty()) return false;
  std::string_view domain = recipient.substr(at + 1);
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  if (detail::iequals(host, domain)) return true;
  if (host.size() <= domain.size()) return false;
  return host[host.size() - domain.size() - 1] == '.' &&
         detail::iequals(host.substr(host.size() - domain.size()), domain);
}

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
      host = host_name(h);
      command.clear();
      command_line.clear();
      in_reply = false;
    } else if (line.substr(0, 4) == ">>> " || line == ">>>") {
      command_line = std::string(detail::trim(line.substr(3)));
      command = normalize_command(command_line);
      in_reply = false;
      new_command = true;
    } else if (line.substr(0, 3) == "<<<") {
      std::string_view reply = detail::trim(line.substr(3));
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
        e.code = leading_reply_code(reply).value_or(0);
        out.push_back(std::move(e));
        in_reply = true;
      }
      smtp_exchange& e = out.back();
      // Multi-line replies: "550-5.7.1 text" continuation lines keep only their text.
      std::string_view text = reply;
      if (!e.reply.empty()) {
        auto code = leading_reply_code(text);
        if (code && *code == e.code && text.size() > 3) {
          text = ltrim(text.substr(4));
          // Repeated enhanced code of a continuation line.
          if (text.size() > 5 && is_digit(text[0]) && text[1] == '.') {
            std::size_t sp = text.find(' ');
            if (sp != std::string_view::npos && sp <= 9) text = ltrim(text.substr(sp));
          }
        }
        e.reply.push_back(' ');
      }
      e.reply.append(text);
      e.end = off + raw.size();
    } else {
      in_reply = false;
    }
    return true;
  });
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

std::vector<address_block> angle_address_blocks(std::string_view text) {
  std::vector<address_block> out;
  address_block* cur = nullptr;
  std::string body;
  bool pending_alias = false;  // "(expanded from" ended the line; "<alias>):" follows
  auto flush = [&]() {
    if (cur) cur->text = std::string(detail::trim(body));
    body.clear();
    cur = nullptr;
  };
  for_lines(text, [&](std::string_view raw, std::size_t) {
    std::string_view line = detail::trim(raw);
    if (line.empty()) {
      flush();
      return true;
    }
    if (pending_alias && cur && line.front() == '<') {
      pending_alias = false;
      std::size_t gt = line.find('>');
      std::size_t end = line.find("):");
      if (gt != std::string_view::npos && end != std::string_view::npos && end > gt) {
        cur->alias = std::string(line.substr(1, gt - 1));
        body = std::string(ltrim(line.substr(end + 2)));
        return true;
      }
    }
    pending_alias = false;
    if (line.front() == '<' && (raw.empty() || !is_blank(raw.front()))) {
      std::size_t close = line.find('>');
      if (close != std::string_view::npos) {
        std::string_view addr = line.substr(1, close - 1);
        std::string_view rest = ltrim(line.substr(close + 1));
        std::string alias;
        if (detail::istarts_with(rest, "(expanded from")) {
          // "(expanded from <alias>):" may be folded onto the next line; take what is here.
          std::size_t lt = rest.find('<'), gt = rest.find('>');
          if (lt != std::string_view::npos && gt != std::string_view::npos && gt > lt)
            alias = std::string(rest.substr(lt + 1, gt - lt - 1));
          std::size_t end = rest.find("):");
          if (end == std::string_view::npos) pending_alias = true;
          rest = end == std::string_view::npos ? std::string_view{} : ltrim(rest.substr(end + 2));
        } else if (!rest.empty() && rest.front() == ':') {
          rest = ltrim(rest.substr(1));
        } else if (!rest.empty()) {
          // "<a@b> some text" is a sentence, not a block start.
          if (cur) {
            body.push_back('\n');
            body.append(line);
          }
          return true;
        }
        if (is_address(addr) || addr.find('@') == std::string_view::npos) {
          const bool alias_pending = pending_alias;
          flush();
          out.push_back({std::string(addr), std::move(alias), {}});
          cur = &out.back();
          body = std::string(rest);
          pending_alias = alias_pending;
          return true;
        }
      }
    }
    if (cur) {
      if (!body.empty()) body.push_back('\n');
      body.append(line);
    }
    return true;
  });
  flush();
  // A block needs an address; "<postmaster>" and the like are not recipients.
  std::vector<address_block> kept;
  for (auto& b : out)
    if (is_address(b.recipient)) kept.push_back(std::move(b));
  return kept;
}

}  // namespace bounce::extract::unix_text

namespace bounce::extract::unix_text {
namespace {

struct fixed_message {
  std::string_view lower_text;
  std::string_view id;
  reason_kind reason;
};

// qmail's own sentences (qmail-remote, qmail-local, vpopmail, indimail) that state the failure
// without a remote reply. Only consulted when no remote host said anything.
constexpr fixed_message qmail_messages[] = {
    {"no mailbox here by that name", "no-mailbox", reason_kind::userunknown},
    {"sorry, no mailbox by that name", "no-mailbox", reason_kind::userunknown},
    {"couldn't find any host named", "host-not-found", reason_kind::hostunknown},
    {"couldn't find any host by that name", "host-not-found", reason_kind::hostunknown},
    {"couldn't find a mail exchanger or ip address", "no-mx", reason_kind::notaccept},
    {"wasn't able to establish an smtp connection", "no-connection", reason_kind::networkerror},
    {"this message is looping", "looping", reason_kind::networkerror},
    {"unable to contact ldap server", "ldap", reason_kind::systemerror},
    {"ldap attribute", "ldap", reason_kind::systemerror},
    {"temporary failure in ldap", "ldap", reason_kind::systemerror},
    {"mailfolder is full", "mailfolder-full", reason_kind::mailboxfull},
    {"mailbox is full", "mailbox-full", reason_kind::mailboxfull},
    {"over quota", "over-quota", reason_kind::mailboxfull},
    {"account has been disabled", "disabled", reason_kind::suspend},
    {"this message is too big", "too-big", reason_kind::mesgtoobig},
    {"message is larger than", "too-big", reason_kind::mesgtoobig},
};

struct command_sentence {
  std::string_view lower_text;
  std::string_view command;
};
constexpr command_sentence qmail_commands[] = {
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

}  // namespace

void qmail_style_drafts(std::string_view body, std::string_view engine, std::vector<draft>& out,
                        bool expiry_decides) {
  for (const auto& b : angle_address_blocks(body)) {
    draft d;
    d.recipient = b.recipient;
    std::string_view t = b.text;
    for (const auto& c : qmail_commands)
      if (detail::icontains(t, c.lower_text)) {
        d.smtp_command = std::string(c.command);
        break;
      }
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
      for (std::string_view stop : {"\nGiving up on", "\nI'm not going to try again",
                                    "\n(Other MXes tried", "\nSorry, "}) {
        auto s = r.find(stop);
        if (s != std::string_view::npos) r = r.substr(0, s);
      }
      // Multi-line replies repeat the code on each line: keep the text once.
      std::vector<std::string_view> lines = split_lines(r);
      std::optional<int> code;
      for (auto line : lines) {
        std::string_view l = detail::trim(line);
        if (l.empty()) continue;
        auto c = leading_reply_code(l);
        if (!reply.empty() && c && code && *c == *code && l.size() > 4) {
          l = detail::trim(l.substr(4));
          if (l.size() > 5 && is_digit(l[0]) && l[1] == '.') {
            auto sp = l.find(' ');
            if (sp != std::string_view::npos && sp <= 9) l = detail::trim(l.substr(sp));
          }
        }
        if (!code) code = c;
        if (!reply.empty()) reply.push_back(' ');
        reply.append(l);
      }
    }
    if (auto st = hash_status(t)) {
      d.status = st;
      d.status_from = status_source::text;
    }
    if (!reply.empty()) {
      d.diagnostic = std::move(reply);
    } else {
      d.diagnostic = join(t);
      const bool expired = expiry_decides && detail::icontains(t, "in the queue too long");
      for (const auto& m : expired ? std::span<const fixed_message>{} : std::span(qmail_messages))
        if (detail::icontains(t, m.lower_text)) {
          d.reason = m.reason;
          d.rule = "extractor/" + std::string(engine) + "/" + std::string(m.id);
          break;
        }
    }
    out.push_back(std::move(d));
  }
}

}  // namespace bounce::extract::unix_text
