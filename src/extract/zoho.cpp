// SPDX-License-Identifier: BSD-2-Clause
// Zoho Mail's failure notice (From mailer-daemon@mail.zoho.com, X-ZohoMail header):
//   This message was created automatically by mail delivery software.
//   A message that you sent could not be delivered to one or more of its recipients. ...
//   a@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@example.org>... User
//   Unknown
// One line per recipient: the address, Zoho's summary, the reply code, then the remote text.
// Zoho's other layout, for a give-up without a remote reply (Sisimai 4.25 Lhost/Zoho.pm reads it
// as "[Status: .+<addr>,"):
//   [Status: Error, Address: <a@example.org>, ResponseCode 421, , Host not reachable.]
// The returned message's headers follow ("Received:from ..."), so the scan stops at the first
// line that does not name an address with ERROR_CODE.
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

// Zoho's own words for its give-up (no remote reply behind them). Sources: Sisimai 4.25
// Lhost/Zoho.pm ($messagesof: expired "Host not reachable"); 3 messages (lhost-zoho-05,
// corpus/lhost/zoho/mailbox-full.eml, host-not-reachable.eml).
constexpr kit::phrase k_catalogue[] = {
    {"host not reachable", reason_kind::expired, "host-not-reachable"},
};

constexpr std::string_view k_engine = "zoho";

enum text_marker : std::size_t { error_code, status_line, marker_count };
constexpr std::string_view markers[] = {"error_code :", "[status: "};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return (text.has(error_code) || text.has(status_line)) &&
         (r.headers.has("X-ZohoMail") || detail::icontains(r.headers.get("From"), "zoho"));
}

// "[Status: Error, Address: <a@b>, ResponseCode 421, , Host not reachable.]": a draft with
// "421 Host not reachable." as diagnostic; false when line is not such a line.
bool status_line_draft(std::string_view line, std::vector<draft>& out) {
  line = detail::trim(line);
  if (!detail::istarts_with(line, "[status: ") || line.back() != ']') return false;
  line = line.substr(1, line.size() - 2);
  const std::size_t a = detail::ifind(line, "address: <");
  if (a == npos) return false;
  const std::size_t close = line.find('>', a);
  if (close == npos) return false;
  const std::string_view addr = line.substr(a + 10, close - a - 10);
  if (!kit::is_address(addr)) return false;
  std::string diag;
  std::string_view rest = line.substr(close + 1);
  if (const std::size_t rc = detail::ifind(rest, "responsecode "); rc != npos) {
    rest = rest.substr(rc + 13);
    const std::size_t comma = rest.find(',');
    diag = std::string(detail::trim(rest.substr(0, comma)));
    rest = comma == npos ? std::string_view{} : rest.substr(comma + 1);
  }
  // The fields left are separated by ", " and may be empty ("421, , Host not reachable.").
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
  kit::append_spaced(diag, rest);
  draft d;
  d.recipient = std::string(addr);
  d.diagnostic = detail::collapse_space(diag);
  if (detail::istarts_with(d.diagnostic, "4")) d.temporary = true;
  kit::apply_catalogue(d, k_engine, k_catalogue);
  out.push_back(std::move(d));
  return true;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = r.text;
  for (std::size_t pos = 0; pos < text.size(); pos = kit::next_line(text, pos)) {
    std::string_view line = kit::line_at(text, pos);
    if (detail::istarts_with(detail::trim(line), "[status: ")) {
      // The bracketed entry, joined over the lines a relay wrapped it onto (up to its "]").
      std::string entry(detail::trim(line));
      std::size_t next = kit::next_line(text, pos);
      for (int more = 0; entry.back() != ']' && more < 4 && next < text.size(); ++more) {
        const std::string_view cont = detail::trim(kit::line_at(text, next));
        if (cont.empty()) break;
        kit::append_spaced(entry, cont);
        next = kit::next_line(text, next);
      }
      if (status_line_draft(entry, out)) pos = next == 0 ? pos : next - 1;
      continue;
    }
    const std::size_t code = detail::ifind(line, "error_code :");
    if (code == npos) continue;
    // A wrapped entry continues on the following lines until a blank line or a header.
    std::string entry(line);
    std::size_t next = kit::next_line(text, pos);
    while (next < text.size()) {
      std::string_view more = kit::line_at(text, next);
      if (kit::blank(more) || detail::ifind(more, "error_code :") != npos ||
          more.find(':') < more.find(' '))
        break;
      kit::append_spaced(entry, more);  // one space, so a wrapped "ERROR_CODE\n  :" still reads
      next = kit::next_line(text, next);
    }
    const std::size_t sp = entry.find(' ');
    std::string_view addr = std::string_view(entry).substr(0, sp);
    if (!kit::is_address(addr)) continue;
    draft d;
    d.recipient = std::string(addr);
    // "Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... User Unknown"
    std::string_view rest = std::string_view(entry).substr(sp + 1);
    std::size_t c1 = detail::ifind(rest, "error_code :");
    std::size_t c2 = c1 == npos ? npos : detail::ifind(rest, "error_code :", c1 + 12);
    std::string diag;
    if (c1 != npos) {
      std::string_view reply = detail::trim(rest.substr(c1 + 12, rest.find(',', c1) - c1 - 12));
      std::string_view tail = c2 == npos ? std::string_view{} : detail::trim(rest.substr(c2 + 12));
      while (!tail.empty() && (tail.front() == ',' || tail.front() == ' ')) tail.remove_prefix(1);
      diag = std::string(reply) + ' ' + std::string(tail);
    } else {
      diag = std::string(rest);
    }
    d.diagnostic = detail::collapse_space(diag);
    if (detail::istarts_with(d.diagnostic, "4")) d.temporary = true;
    kit::apply_catalogue(d, k_engine, k_catalogue);
    out.push_back(std::move(d));
    pos = next == 0 ? pos : next - 1;
  }
}

}  // namespace

const extractor& zoho_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
