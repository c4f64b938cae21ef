// SPDX-License-Identifier: BSD-2-Clause
// Amazon SES, three shapes:
//  * SNS notifications ("AWS Notification Message" from no-reply@sns.amazonaws.com): the body is
//    the SES event as JSON, {"notificationType":"Bounce"|"Complaint"|"Delivery", ...}. The
//    pipeline reads it with the SES event adapter (src/esp/ses.cpp, the one place that knows SES
//    events), so that it gives the records the bare JSON gives; ses_notification_json() below
//    finds it.
//  * SES's own RFC 3464 reports (MAILER-DAEMON@...amazonses.com). Older ones wrap the remote
//    reply: "5.1.0 - Unknown address error 550-'5.7.1 ... Access denied' (delivery attempts: 0)";
//    expiry reports append the last remote reply: "554 4.4.7 Message expired: unable to deliver
//    in 840 minutes.<421 4.4.2 Connection timed out>".
//  * ReceivingSES: reports of SES inbound (Reporting-MTA inbound-smtp.<region>.amazonaws.com).
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"
#include "bounce/fields.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_amazonses_engine = "amazonses";
constexpr std::string_view k_receivingses_engine = "receivingses";
using kit::npos;

// ---- enough JSON to find where the event in an SNS e-mail body ends ----

// End (one past) of the JSON value starting at i; npos when malformed.
std::size_t value_end(std::string_view s, std::size_t i) {
  if (i >= s.size()) return npos;
  if (s[i] == '"') {
    for (++i; i < s.size(); ++i) {
      if (s[i] == '\\')
        ++i;
      else if (s[i] == '"')
        return i + 1;
    }
    return npos;
  }
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '"') {
        i = value_end(s, i);
        if (i == npos) return npos;
        --i;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
    }
    return npos;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']') ++i;
  return i;
}

// The SNS e-mail body wraps long lines and marks a break inside the JSON with "!" before the
// newline; rejoin the lines into one JSON text.
std::string json_body(std::string_view text) {
  const std::size_t b = text.find('{');
  if (b == npos) return {};
  std::string out;
  std::string_view raw = text.substr(b);
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\n') {
      if (!out.empty() && out.back() == '!') out.pop_back();
      if (i + 1 < raw.size() && raw[i + 1] == ' ') ++i;
      continue;
    }
    out.push_back(raw[i]);
  }
  const std::size_t e = value_end(out, 0);
  if (e != npos) out.resize(e);
  return out;
}

// SES's own words in its DSNs. Source: the Amazon SES Developer Guide (the global suppression list
// and the account-level suppression list); "is on the suppression list": 3 messages
// (corpus/lhost/amazonses/sns-suppressed.eml, suppression-list.eml,
// corpus/regressions/amazonses-json-array-oom.eml).
constexpr kit::phrase k_catalogue[] = {
    {"amazon ses has suppressed sending to this address", reason_kind::suppressed, "suppressed"},
    {"is on the suppression list", reason_kind::suppressed, "suppressed"},
    {"on the account-level suppression list", reason_kind::suppressed, "suppressed"},
    {"on the amazon ses suppression list", reason_kind::suppressed, "suppressed"},
};

// "5.1.0 - Unknown address error 550-'5.7.1 <a@b>... Access denied' (delivery attempts: 0)"
// -> "550 5.7.1 <a@b>... Access denied"; the SES summary code becomes the status when the DSN
// has only a generic one and the remote reply carries none.
void unwrap_ses_reply(draft& d) {
  const std::size_t q = d.diagnostic.find("-'");
  if (q < 3 || q == npos) return;
  const std::string_view code = std::string_view(d.diagnostic).substr(q - 3, 3);
  for (char c : code)
    if (c < '0' || c > '9') return;
  const std::size_t close = d.diagnostic.rfind('\'');
  if (close <= q + 1) return;
  const std::string summary = d.diagnostic.substr(0, q - 3);
  std::string inner = std::string(code) + ' ' + d.diagnostic.substr(q + 2, close - q - 2);
  if (!find_status_in_text(inner) && d.status && d.status->detail == 0 && d.status->subject == 0)
    if (auto st = find_status_in_text(summary)) d.status = *st;
  if (d.status && d.status->subject == 0 && d.status->detail == 0 && find_status_in_text(inner))
    d.status.reset();  // the remote's own code is the evidence
  d.diagnostic = std::move(inner);
}

bool is_sns_notification(const mime::report& r) {
  return (r.headers.has("x-amz-sns-message-id") || r.headers.has("X-SES-Outgoing")) &&
         detail::icontains(r.text, "\"notificationtype\"");
}

bool amazonses_claims(const mime::report& r, const marker_hits&) {
  if (is_sns_notification(r)) return true;
  const std::string_view from = r.headers.get("From");
  return !r.delivery_status.empty() &&
         (detail::icontains(from, "amazonses.com") || r.headers.has("X-SES-Outgoing")) &&
         !detail::icontains(r.headers.get("X-Mailer"), "amazon workmail");
}

void amazonses_extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t first = out.size();
  // An SNS notification is read as an event by the pipeline (ses_notification_json).
  if (is_sns_notification(r)) return;
  kit::dsn_drafts(r, out);
  kit::merge_split_groups(out, first);
  for (std::size_t i = first; i < out.size(); ++i) {
    draft& d = out[i];
    unwrap_ses_reply(d);
    kit::ses_expired_reply(d, k_amazonses_engine);
    if (!d.reason) kit::apply_catalogue(d, k_amazonses_engine, k_catalogue);
  }
}

bool receivingses_claims(const mime::report& r, const marker_hits&) {
  return !r.delivery_status.empty() && detail::icontains(r.delivery_status, "inbound-smtp.") &&
         detail::icontains(r.delivery_status, "amazonaws.com");
}

void receivingses_extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t first = out.size();
  kit::dsn_drafts(r, out);
  kit::merge_split_groups(out, first);
  for (std::size_t i = first; i < out.size(); ++i) {
    draft& d = out[i];
    // SES inbound refuses content its spam and virus scanning flagged with this reply (Amazon SES
    // Developer Guide, receiving email; the words are the spam set's too, text/en/spam).
    if (detail::icontains(d.diagnostic, "message content rejected")) {
      kit::set_verdict(d, k_receivingses_engine, "content-rejected", reason_kind::spamdetected);
    }
  }
}

}  // namespace

std::string ses_notification_json(const mime::report& r) {
  if (!is_sns_notification(r)) return {};
  return json_body(r.text);
}

const extractor& amazonses_extractor() {
  static const kit::shaped_extractor instance{
      k_amazonses_engine, std::span<const std::string_view>{}, amazonses_claims, amazonses_extract};
  return instance;
}

const extractor& receivingses_extractor() {
  static const kit::shaped_extractor instance{k_receivingses_engine,
                                              std::span<const std::string_view>{},
                                              receivingses_claims, receivingses_extract};
  return instance;
}

}  // namespace bounce::extract
