// SPDX-License-Identifier: BSD-2-Clause
// Microsoft Exchange 5.5/2000/2003 non-delivery reports (Internet Mail Service / IMC):
//   Your message
//     To: ...  Subject: ...  Sent: ...
//   did not reach the following recipient(s):           (or: "The following recipient(s)
//                                                             could not be reached:")
//   a@example.org on Thu, 29 Apr 2007 16:51:51 -0500
//       The recipient name is not recognized
//       The MTS-ID of the original message is: c=jp;a= ;p=neko;l=EXCHANGE0000
//       MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown Recipient
// One "address on date" line per recipient, then its indented explanation. The hexadecimal
// MSEXCH diagnostic code in parentheses is Exchange's own error catalogue.
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "exchange2003";
using kit::npos;

constexpr std::string_view k_starts[] = {"did not reach the following recipient",
                                         "could not be reached:"};

// MSEXCH:IMS diagnostic codes that name the cause. Source: 4 messages (lhost-exchange2003-05,
// corpus/lhost/exchange2003/x400-recipient.eml, recipient-not-recognized.eml ...) for 000C05A6;
// the others are Sisimai 4.25 Lhost/Exchange2003.pm's $errorcodes, whose texts after the code
// ("Ambiguous Recipient", "No proxy for recipient", "Conversion to Internet format failed")
// the classifier reads as nothing or as something else ("Too many recipients." as a rate
// limit). Its "onhold" codes (000B099C, 000B09AA, 000B09B6: the remote's text follows) and
// 00120270 "Too Many Hops" (read as networkerror already) are left to the classifier.
constexpr kit::phrase k_codes[] = {
    {"000c05a6", reason_kind::userunknown, "unknown-recipient"},
    {"000c0595", reason_kind::filtered, "ambiguous-recipient"},
    {"00010256", reason_kind::systemerror, "too-many-recipients"},
    {"000d06b5", reason_kind::systemerror, "no-proxy"},
    {"00050311", reason_kind::contenterror, "conversion-failed"},
    {"000502cc", reason_kind::contenterror, "conversion-failed"},
    {"000b0981", reason_kind::securityerror, "auth-not-supported"},
};

// Exchange's own sentences for the same conditions. A bare "Recipient Not Found" (no MSEXCH
// code) is ordinary wording, left to the classifier's rules like anyone else's.
constexpr kit::phrase k_catalogue[] = {
    {"the recipient name is not recognized", reason_kind::userunknown, "name-not-recognized"},
};

// "a@example.org on 4/29/01 11:34:45 PM" -> the address; empty when the line is no such entry.
// A recipient Exchange reached through its X.400 side is written as an O/R address whose
// domain-defined attribute carries the Internet address:
// "c=US;a= ;p=ORG;o=SITE;dda:SMTP=a@example.org; on Fri, 4 Oct 2002" -> "a@example.org".
std::string entry_address(std::string_view line) {
  line = detail::trim(line);
  const std::size_t on = detail::ifind(line, " on ");
  if (on == npos) return {};
  std::string_view a = line.substr(0, on);
  if (const std::size_t smtp = detail::ifind(a, "smtp="); smtp != npos) {
    a = a.substr(smtp + 5);
    a = a.substr(0, a.find(';'));
  }
  if (a.size() > 2 && a.front() == '<' && a.back() == '>') a = a.substr(1, a.size() - 2);
  return kit::is_address(a) && a.find(' ') == npos ? std::string(a) : std::string{};
}

void decide(draft& d) {
  if (!kit::apply_catalogue(d, k_engine, k_codes)) kit::apply_catalogue(d, k_engine, k_catalogue);
}

enum text_marker : std::size_t { msexch, start_0, start_1, marker_count };
constexpr std::string_view markers[] = {"msexch:", k_starts[0], k_starts[1]};
static_assert(std::size(markers) == marker_count);

// The notice's own header names Exchange (Sisimai 4.25 Lhost/Exchange2003.pm: X-MS-Embedded-Report,
// X-Mailer "Internet Mail Service (" or "Microsoft Exchange Server Internet Mail Connector",
// X-MimeOLE "Produced By Microsoft Exchange", a "Received: by ... with Internet Mail Service (").
bool exchange_header(const mime::report& r) {
  const std::string_view mailer = r.headers.get("X-Mailer");
  return detail::icontains(mailer, "internet mail service") ||
         detail::icontains(mailer, "microsoft exchange") || r.headers.has("X-MS-Embedded-Report") ||
         detail::istarts_with(r.headers.get("X-MimeOLE"), "produced by microsoft exchange") ||
         kit::header_contains(r, "Received", " with internet mail service (");
}

bool claims(const mime::report& r, const marker_hits& text) {
  // The sentences first: they are found by the shared scan, "msexch:" is searched here.
  if (!text.has(start_0) && !text.has(start_1)) return false;
  return exchange_header(r) || r.original.has("X-MS-Embedded-Report") || text.has(msexch);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = r.text;
  std::size_t pos = npos;
  for (auto m : k_starts)
    if (std::size_t p = kit::offset_after(text, m); p < pos) pos = p;
  if (pos == npos) return;
  draft cur;
  bool open = false;
  for (pos = kit::next_line(text, pos); pos < text.size(); pos = kit::next_line(text, pos)) {
    const std::string_view line = kit::line_at(text, pos);
    std::string addr = entry_address(line);
    if (!addr.empty()) {
      if (open) {
        decide(cur);
        out.push_back(std::move(cur));
      }
      cur = draft{};
      cur.recipient = std::move(addr);
      open = true;
      continue;
    }
    if (!open || kit::blank(line)) continue;
    // The MTS-ID line wraps onto a line of its own, and a long X.400 entry pushes the time of
    // its date onto the next line ("15:02:33 -0500"): neither says anything about the failure.
    const std::string_view t = detail::trim(line);
    const bool wrapped_time = t.size() >= 5 && t[0] >= '0' && t[0] <= '9' &&
                              (t[1] == ':' || t[2] == ':') && cur.diagnostic.empty();
    if (detail::istarts_with(t, "the mts-id") || t.front() == ';' ||
        detail::ifind(t, ";l=") != npos || wrapped_time)
      continue;
    if (!cur.diagnostic.empty()) cur.diagnostic.push_back(' ');
    cur.diagnostic.append(t);
  }
  if (open) {
    decide(cur);
    out.push_back(std::move(cur));
  }
}

}  // namespace

const extractor& exchange2003_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
