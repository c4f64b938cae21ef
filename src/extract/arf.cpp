// SPDX-License-Identifier: BSD-2-Clause
// ARF feedback reports (RFC 5965) and the feedback formats that predate or imitate it: one
// draft per reported recipient with draft.feedback_type set, which the classifier turns into
// reason "feedback" (status null). Recipients: Original-Rcpt-To (one draft each) when present,
// else the returned message's To, else Removal-Recipient (opt-out reports).
// Non-standard formats handled as far as they name a recipient:
//  - Microsoft JMRP (Hotmail/Outlook.com "complaint about message from ..."): multipart/mixed
//    with the complained-about message attached; the complainer is in its
//    X-HmXmrOriginalRecipient header. The program exists to report complaints: "abuse".
//  - Apple Mail's one-click unsubscribe (X-Apple-Unsubscribe: true): an "opt-out" request sent
//    to the List-Unsubscribe address by the subscriber, who is the From address.
#include "bounce/fields.hpp"
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

using detail::icontains;
using detail::iequals;
using detail::trim;

// The feedback-report part as fields (it has the syntax of a header block, RFC 5965 §3.1).
mime::header_block report_fields(std::string_view body) {
  mime::header_block fields;
  mime::parse_header_block(body, fields);
  return fields;
}

bool is_jmrp(const mime::report& r) {
  // The complaint copy carries the complainer's address in this header; the outer message
  // comes from Microsoft's feedback loop. Both are needed: a user may forward such a copy.
  if (!r.has_original || !r.original.has("X-HmXmrOriginalRecipient")) return false;
  const std::string_view from = r.headers.get("From");
  return icontains(from, "@hotmail.com") || icontains(from, "@outlook.com") ||
         icontains(from, "@live.com") || icontains(r.subject, "complaint about message");
}

bool is_apple_unsubscribe(const mime::report& r) {
  return iequals(trim(r.headers.get("X-Apple-Unsubscribe")), "true");
}

std::string lower_token(std::string_view v) {
  // "abuse", "fraud", "opt-out" ...; a comment or parameter after the token is not part of it.
  v = trim(v);
  std::size_t end = 0;
  while (end < v.size() && v[end] != ' ' && v[end] != '\t' && v[end] != ';' && v[end] != '(') ++end;
  return detail::to_lower(v.substr(0, end));
}

// "dns; mta.example.net" -> "mta.example.net".
std::string_view host_of(std::string_view v) {
  auto semi = v.find(';');
  if (semi != std::string_view::npos) v = v.substr(semi + 1);
  return trim(v);
}

std::string rfc3339(std::string_view date) {
  if (date.empty()) return {};
  auto d = parse_date(date);
  return d ? d->to_rfc3339() : std::string{};
}

// The first paragraph of the human-readable part: the reporter's own summary.
std::string summary(std::string_view text) {
  text = trim(text);
  auto end = text.find("\n\n");
  if (end != std::string_view::npos) text = text.substr(0, end);
  if (text.size() > 512) text = text.substr(0, 512);
  return std::string(text);
}

constexpr std::string_view k_engine = "arf";

void standard(const mime::report& r, std::vector<draft>& out) {
  const mime::header_block f = report_fields(r.feedback_report);
  draft base;
  base.feedback_type = lower_token(f.get("Feedback-Type"));
  // A report-type=feedback-report whose report part is missing or lacks the field is still a
  // complaint; "abuse" is the generic type (RFC 5965 §7.3).
  if (base.feedback_type.empty()) base.feedback_type = "abuse";
  base.reporting_mta = std::string(host_of(f.get("Reporting-MTA")));
  base.arrival_date =
      rfc3339(f.has("Arrival-Date") ? f.get("Arrival-Date") : f.get("Received-Date"));
  base.diagnostic = summary(r.text);

  std::vector<std::string> recipients;
  for (auto v : f.get_all("Original-Rcpt-To")) {
    std::string a = kit::find_address(v);
    if (!a.empty()) recipients.push_back(std::move(a));
  }
  if (recipients.empty() && r.has_original) {
    std::string a = kit::find_address(r.original.get("To"));
    if (a.empty()) a = kit::find_address(r.original.get("X-Original-To"));
    if (a.empty()) a = kit::find_address(r.original.get("Delivered-To"));
    if (!a.empty()) recipients.push_back(std::move(a));
  }
  if (recipients.empty())
    for (auto v : f.get_all("Removal-Recipient")) {
      std::string a = kit::find_address(v);
      if (!a.empty()) recipients.push_back(std::move(a));
    }
  // A report that names nobody (e.g. "To: Undisclosed Recipients") still is one complaint.
  if (recipients.empty()) recipients.emplace_back();
  for (auto& a : recipients) {
    draft d = base;
    d.recipient = std::move(a);
    out.push_back(std::move(d));
  }
}

void jmrp(const mime::report& r, std::vector<draft>& out) {
  draft d;
  d.recipient = kit::find_address(r.original.get("X-HmXmrOriginalRecipient"));
  if (d.recipient.empty()) d.recipient = kit::find_address(r.original.get("To"));
  d.feedback_type = "abuse";
  d.diagnostic = std::string(r.subject);
  out.push_back(std::move(d));
}

void apple(const mime::report& r, std::vector<draft>& out) {
  draft d;
  d.recipient = kit::find_address(r.headers.get("From"));
  d.feedback_type = "opt-out";
  d.diagnostic = summary(r.text);
  out.push_back(std::move(d));
}

bool claims(const mime::report& r, const marker_hits&) {
  if (!r.delivery_status.empty()) return false;
  return !r.feedback_report.empty() || r.report_type == "feedback-report" || is_jmrp(r) ||
         is_apple_unsubscribe(r);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  if (!r.feedback_report.empty() || r.report_type == "feedback-report") return standard(r, out);
  if (is_jmrp(r)) return jmrp(r, out);
  if (is_apple_unsubscribe(r)) return apple(r, out);
}

}  // namespace

const extractor& arf_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
