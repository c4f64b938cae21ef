// SPDX-License-Identifier: BSD-2-Clause
// Amazon SES, three shapes:
//  * SNS notifications ("AWS Notification Message" from no-reply@sns.amazonaws.com): the body is
//    the SES event as JSON, {"notificationType":"Bounce"|"Complaint"|"Delivery", ...}. A bounce
//    lists bouncedRecipients[{emailAddress, action, status, diagnosticCode}] and its
//    bounceType/bounceSubType; SES states the reason for some subtypes (Suppressed,
//    OnAccountSuppressionList: SES did not even try).
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

// ---- a minimal JSON reader: enough to walk SES events without building a tree ----

std::size_t skip_ws(std::string_view s, std::size_t i) {
  while (i < s.size() && detail::is_space(s[i])) ++i;
  return i;
}

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

// The raw value of member key in object obj ("{...}"); empty when absent.
std::string_view member(std::string_view obj, std::string_view key) {
  std::size_t i = skip_ws(obj, 0);
  if (i >= obj.size() || obj[i] != '{') return {};
  ++i;
  while (true) {
    i = skip_ws(obj, i);
    if (i >= obj.size() || obj[i] != '"') return {};
    const std::size_t kend = value_end(obj, i);
    if (kend == npos) return {};
    const std::string_view k = obj.substr(i + 1, kend - i - 2);
    i = skip_ws(obj, kend);
    if (i >= obj.size() || obj[i] != ':') return {};
    i = skip_ws(obj, i + 1);
    const std::size_t vend = value_end(obj, i);
    if (vend == npos) return {};
    if (k == key) return obj.substr(i, vend - i);
    i = skip_ws(obj, vend);
    if (i >= obj.size() || obj[i] != ',') return {};
    ++i;
  }
}

// Items of an array value ("[...]").
std::vector<std::string_view> items(std::string_view arr) {
  std::vector<std::string_view> out;
  std::size_t i = skip_ws(arr, 0);
  if (i >= arr.size() || arr[i] != '[') return out;
  ++i;
  while (true) {
    i = skip_ws(arr, i);
    if (i >= arr.size() || arr[i] == ']') return out;
    const std::size_t e = value_end(arr, i);
    // No progress (a stray '}' or ',' where a value belongs) would loop for ever: stop there.
    if (e == npos || e == i) return out;
    out.push_back(arr.substr(i, e - i));
    i = skip_ws(arr, e);
    if (i < arr.size() && arr[i] == ',') ++i;
  }
}

// A JSON string value, unescaped (\uXXXX kept as is except ASCII).
std::string str(std::string_view v) {
  std::string out;
  if (v.size() < 2 || v.front() != '"') return out;
  v = v.substr(1, v.size() - 2);
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\' || i + 1 == v.size()) {
      out.push_back(v[i]);
      continue;
    }
    const char c = v[++i];
    switch (c) {
      case 'n':
        out.push_back('\n');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'r':
        break;
      case 'u': {
        // Only \u00XX (ASCII and Latin-1 controls) matters in SES events; others become '?'.
        int cp = 0;
        bool ok = i + 4 < v.size();
        for (std::size_t k = 1; ok && k <= 4; ++k) {
          const char h = v[i + k];
          const int dv = (h >= '0' && h <= '9')   ? h - '0'
                         : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                         : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                  : -1;
          if (dv < 0) ok = false;
          cp = cp * 16 + dv;
        }
        out.push_back(ok && cp < 0x80 ? static_cast<char>(cp) : '?');
        if (ok) i += 4;
        break;
      }
      default:
        out.push_back(c);
    }
  }
  return out;
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

// bounceSubType values that state the reason (General, Undetermined, ContentRejected do not);
// the rule id is the subtype as SES writes it.
constexpr kit::phrase k_subtypes[] = {
    {"suppressed", reason_kind::suppressed, "Suppressed"},
    {"onaccountsuppressionlist", reason_kind::suppressed, "OnAccountSuppressionList"},
    {"noemail", reason_kind::userunknown, "NoEmail"},
    {"mailboxfull", reason_kind::mailboxfull, "MailboxFull"},
    {"messagetoolarge", reason_kind::emailtoolarge, "MessageTooLarge"},
    {"attachmentrejected", reason_kind::policyviolation, "AttachmentRejected"},
};

// SES's own words in its DSNs.
constexpr kit::phrase k_catalogue[] = {
    {"amazon ses has suppressed sending to this address", reason_kind::suppressed, "suppressed"},
    {"is on the suppression list", reason_kind::suppressed, "suppressed"},
    {"on the account-level suppression list", reason_kind::suppressed, "suppressed"},
    {"on the amazon ses suppression list", reason_kind::suppressed, "suppressed"},
};

std::string without_type(std::string_view v) {  // "smtp; 550 ..." / "dsn; host" -> the value
  const std::size_t semi = v.find(';');
  if (semi != npos && semi < 10) v = v.substr(semi + 1);
  return std::string(detail::trim(v));
}

void json_drafts(std::string_view json, std::vector<draft>& out) {
  const std::string type = str(member(json, "notificationType"));
  if (type == "Bounce") {
    const std::string_view bounce = member(json, "bounce");
    const std::string btype = str(member(bounce, "bounceType"));
    const std::string sub = str(member(bounce, "bounceSubType"));
    const std::string mta = without_type(str(member(bounce, "reportingMTA")));
    for (auto item : items(member(bounce, "bouncedRecipients"))) {
      draft d;
      d.recipient = str(member(item, "emailAddress"));
      if (d.recipient.empty()) continue;
      if (auto st = parse_status(str(member(item, "status")))) d.status = *st;
      d.diagnostic = without_type(str(member(item, "diagnosticCode")));
      d.diagnostic_type = d.diagnostic.empty() ? std::string{} : std::string("SMTP");
      d.reporting_mta = mta;
      d.temporary = btype == "Transient";
      if (d.temporary) d.action = action_kind::delayed;
      d.smtp_command = kit::find_smtp_command(d.diagnostic);
      // The bounce subtype is SES's own statement of the outcome.
      if (const kit::phrase* s = kit::find_phrase(sub, k_subtypes))
        kit::set_verdict(d, k_amazonses_engine, s->id, s->reason, draft::strength::stated);
      if (!d.reason) kit::apply_catalogue(d, k_amazonses_engine, k_catalogue);
      out.push_back(std::move(d));
    }
  } else if (type == "Complaint") {
    const std::string_view c = member(json, "complaint");
    std::string fb = str(member(c, "complaintFeedbackType"));
    for (auto item : items(member(c, "complainedRecipients"))) {
      draft d;
      d.recipient = str(member(item, "emailAddress"));
      if (d.recipient.empty()) continue;
      d.feedback_type = fb.empty() ? std::string("abuse") : fb;
      kit::set_verdict(d, k_amazonses_engine, "complaint", reason_kind::feedback,
                       draft::strength::stated);
      out.push_back(std::move(d));
    }
  } else if (type == "Delivery") {
    const std::string_view dl = member(json, "delivery");
    const std::string resp = str(member(dl, "smtpResponse"));
    const std::string mta = without_type(str(member(dl, "reportingMTA")));
    for (auto item : items(member(dl, "recipients"))) {
      draft d;
      d.recipient = str(item);
      if (d.recipient.empty()) continue;
      d.action = action_kind::delivered;
      d.diagnostic = resp;
      d.diagnostic_type = "SMTP";
      d.reporting_mta = mta;
      out.push_back(std::move(d));
    }
  }
}

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

bool amazonses_claims(const mime::report& r, const marker_hits&) {
  if (r.headers.has("x-amz-sns-message-id") || r.headers.has("X-SES-Outgoing")) {
    if (detail::icontains(r.text, "\"notificationtype\"")) return true;
  }
  const std::string_view from = r.headers.get("From");
  return !r.delivery_status.empty() &&
         (detail::icontains(from, "amazonses.com") || r.headers.has("X-SES-Outgoing")) &&
         !detail::icontains(r.headers.get("X-Mailer"), "amazon workmail");
}

void amazonses_extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t first = out.size();
  if (detail::icontains(r.text, "\"notificationtype\"")) {
    json_drafts(json_body(r.text), out);
    return;
  }
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
    // SES inbound refuses content its spam and virus scanning flagged with this reply.
    if (detail::icontains(d.diagnostic, "message content rejected")) {
      kit::set_verdict(d, k_receivingses_engine, "content-rejected", reason_kind::spamdetected);
    }
  }
}

}  // namespace

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
