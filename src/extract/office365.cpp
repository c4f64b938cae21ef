// SPDX-License-Identifier: BSD-2-Clause
// Microsoft 365 / Exchange Online reports (Reporting-MTA *.outlook.com / *.prod.outlook.com):
// RFC 3464 reports whose Diagnostic-Code carries Exchange's component token after the codes,
// "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup". The
// token is Exchange's own error catalogue and states the reason even where the enhanced code is
// overloaded (5.1.10 here is not a null MX). Some reports carry no delivery-status part; then the
// text's "Diagnostic information for administrators:" section names each recipient, followed by
// "Remote Server returned '550 5.1.10 RESOLVER...'".
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

// Sources: Microsoft's Exchange documentation (x13-me/OfficeDocs-Exchange@316f63a69349, in
// ../shared/reference/mta-messages.tsv): ExchangeServer/mail-flow/non-delivery-reports-and-
// bounce-messages (ExRecipNotFound, RecipSizeLimit, "Queue expired"), mail-flow/message-size-
// limits (RecipLimit), ExchangeOnline/.../fix-error-code-550-5-7-1-in-exchange-online
// (AuthRequired); RecipNotFound and RecipientNotFound: 4 messages (lhost-exchange2007-01, -06,
// -07, corpus/rfc3464/office365-base64.eml).
constexpr kit::phrase k_tokens[] = {
    {"resolver.adr.recipientnotfound", reason_kind::userunknown, "recipient-not-found"},
    {"resolver.adr.recipnotfound", reason_kind::userunknown, "recipient-not-found"},
    {"resolver.adr.exrecipnotfound", reason_kind::userunknown, "recipient-not-found"},
    {"resolver.adr.reciplimit", reason_kind::emailtoolarge, "recipient-limit"},
    {"resolver.rst.authrequired", reason_kind::securityerror, "auth-required"},
    {"resolver.rst.recipsizelimit", reason_kind::emailtoolarge, "size-limit"},
    {"queue.expired", reason_kind::expired, "queue-expired"},
};

using kit::npos;

// "Remote Server returned '550 5.1.1 ...'" -> "550 5.1.1 ..."
std::string unquote_remote(std::string_view s) {
  s = detail::trim(s);
  if (const std::size_t p = kit::offset_after(s, "returned '"); p != npos) {
    s = s.substr(p);
    if (const std::size_t q = s.rfind('\''); q != npos) s = s.substr(0, q);
  }
  return std::string(detail::trim(s));
}

void admin_section_drafts(std::string_view text, std::vector<draft>& out) {
  std::size_t pos = kit::offset_after(text, "diagnostic information for administrators:");
  if (pos == npos) return;
  std::size_t end = detail::ifind(text, "original message headers:", pos);
  if (end == npos) end = text.size();
  draft* cur = nullptr;
  for (pos = kit::next_line(text, pos); pos < end; pos = kit::next_line(text, pos)) {
    const std::string_view line = detail::trim(kit::line_at(text, pos));
    if (line.empty()) {
      cur = nullptr;
      continue;
    }
    std::string_view a = line;
    if (const std::size_t m = a.find("<mailto:"); m != npos) a = a.substr(0, m);
    if (kit::is_address(a) && a.find(' ') == npos) {
      out.emplace_back();
      cur = &out.back();
      cur->recipient = std::string(a);
      continue;
    }
    if (!cur) continue;
    if (!cur->diagnostic.empty()) cur->diagnostic.push_back(' ');
    cur->diagnostic.append(line);
  }
}

constexpr std::string_view k_engine = "office365";

enum text_marker : std::size_t { for_administrators, generating_server, marker_count };
constexpr std::string_view markers[] = {"diagnostic information for administrators:",
                                        "generating server:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return r.headers.has("X-MS-Exchange-Message-Is-Ndr") ||
         (text.has(for_administrators) && text.has(generating_server)) ||
         (!r.delivery_status.empty() && detail::icontains(r.delivery_status, "outlook.com"));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t first = out.size();
  kit::dsn_drafts(r, out);
  kit::merge_split_groups(out, first);
  if (out.size() == first) {
    admin_section_drafts(r.text, out);
    for (std::size_t i = first; i < out.size(); ++i) {
      out[i].diagnostic = unquote_remote(out[i].diagnostic);
    }
  }
  for (std::size_t i = first; i < out.size(); ++i) kit::apply_catalogue(out[i], k_engine, k_tokens);
}

}  // namespace

const extractor& office365_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
