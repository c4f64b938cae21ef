// SPDX-License-Identifier: BSD-2-Clause
// Yahoo! Mail's (and Yahoo! JAPAN's) own failure notice, "Failure Notice" from MAILER-DAEMON:
//   Sorry, we were unable to deliver your message to the following address.
//
//   <a@example.org>:
//   Remote host said: 550 5.1.1 <a@example.org>... User Unknown [RCPT_TO]
//
//   --- Below this line is a copy of the message.
// One "<address>:" line per recipient, then the remote reply (possibly wrapped over lines) and
// the SMTP phase in brackets ([RCPT_TO], [MAIL_FROM], [DATA] ...).
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

constexpr std::string_view k_intro =
    "sorry, we were unable to deliver your message to the following";
constexpr std::string_view k_ends[] = {"--- below this line is a copy of the message."};

struct phase {
  std::string_view token;  // as written by Yahoo, lower-case
  std::string_view command;
};
constexpr phase k_phases[] = {
    {"[rcpt_to]", "RCPT"}, {"[mail_from]", "MAIL"}, {"[data]", "DATA"},    {"[body]", "DATA"},
    {"[ehlo]", "EHLO"},    {"[helo]", "HELO"},      {"[connect]", "CONN"},
};

// "<a@example.org>:" alone on its line starts a recipient block.
std::string recipient_line(std::string_view line) {
  line = detail::trim(line);
  if (line.size() < 4 || line.back() != ':') return {};
  line.remove_suffix(1);
  if (line.front() == '<' && line.back() == '>') line = line.substr(1, line.size() - 2);
  return kit::is_address(line) && line.find(' ') == npos ? std::string(line) : std::string{};
}

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

void finish(draft& d, std::vector<draft>& out) {
  std::string diag = detail::collapse_space(d.diagnostic);
  for (const auto& p : k_phases) {
    const std::size_t at = detail::ifind(diag, p.token);
    if (at == npos) continue;
    d.smtp_command = std::string(p.command);
    diag.erase(at, p.token.size());
    break;
  }
  std::string_view v = detail::trim(diag);
  if (detail::istarts_with(v, "remote host said:")) v = detail::trim(v.substr(17));
  // Newer notices write the reply code with a colon: "550: 5.1.1 <a@b>... User Unknown",
  // "550: : User unknown".
  if (v.size() > 4 && v[3] == ':' && is_digit(v[0]) && is_digit(v[1]) && is_digit(v[2])) {
    d.reply_code = (v[0] - '0') * 100 + (v[1] - '0') * 10 + (v[2] - '0');
    std::string_view rest = detail::trim(v.substr(4));
    while (!rest.empty() && rest.front() == ':') rest = detail::trim(rest.substr(1));
    diag = std::string(v.substr(0, 3)) + ' ' + std::string(rest);
    v = diag;
  }
  d.diagnostic = std::string(v);
  out.push_back(std::move(d));
}

constexpr std::string_view k_engine = "yahoo";

enum text_marker : std::size_t { intro, marker_count };
constexpr std::string_view markers[] = {k_intro};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(intro); }
void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = kit::cut_before(r.text, k_ends);
  std::size_t pos = kit::offset_after(text, k_intro);
  if (pos == npos) return;
  pos = kit::next_line(text, pos);
  draft cur;
  bool open = false;
  while (pos < text.size()) {
    const std::string_view line = kit::line_at(text, pos);
    pos = kit::next_line(text, pos);
    std::string addr = recipient_line(line);
    if (!addr.empty()) {
      if (open) finish(cur, out);
      cur = draft{};
      cur.recipient = std::move(addr);
      open = true;
      continue;
    }
    if (!open) continue;
    if (!cur.diagnostic.empty()) cur.diagnostic.push_back(' ');
    cur.diagnostic.append(line);
  }
  if (open) finish(cur, out);
}

}  // namespace

const extractor& yahoo_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
