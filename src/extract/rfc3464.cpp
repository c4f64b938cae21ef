// RFC 3464 delivery status notifications (and RFC 6533 global DSNs): one draft per
// per-recipient group of the message/delivery-status part. Also DSNs whose MIME structure is
// broken or absent but whose text carries the delivery-status fields (a lost boundary, a
// plain-text copy of the report): the fields are read from the text.
#include "bounce/fields.hpp"
#include "detail/string_util.hpp"
#include "extract/dsn_common.hpp"
#include "extract/extractors.hpp"
#include "extract/text_scan.hpp"
#include "grammar/dsn.hpp"

namespace bounce::extract {
namespace {

using detail::iequals;
using detail::istarts_with;

bool blank_line(std::string_view line) { return detail::trim(line).empty(); }

// Calls f(line, offset) for each line until f returns false.
template <class F>
void for_lines(std::string_view text, F&& f) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (!f(text.substr(pos, end - pos), pos)) return;
    pos = end + 1;
  }
}

std::size_t line_begin(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  const std::size_t nl = text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

std::size_t line_end(std::string_view text, std::size_t pos) {
  const std::size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl;
}

}  // namespace

std::string_view paragraph_around(std::string_view text, std::size_t at) {
  std::size_t start = line_begin(text, at);
  while (start > 0) {
    const std::size_t prev = line_begin(text, start - 1);
    if (blank_line(text.substr(prev, start - 1 - prev))) break;
    start = prev;
  }
  std::size_t end = line_end(text, at);
  while (end < text.size()) {
    const std::size_t next_end = line_end(text, end + 1);
    if (blank_line(text.substr(end + 1, next_end - end - 1))) break;
    end = next_end;
  }
  return text.substr(start, end - start);
}

namespace {

// Field names that may start a paragraph of a delivery-status body.
bool dsn_field_line(std::string_view line) {
  static constexpr std::string_view names[] = {
      "reporting-mta:",      "received-from-mta:", "arrival-date:",       "original-envelope-id:",
      "final-recipient:",    "original-recipient:", "action:",            "status:",
      "remote-mta:",         "diagnostic-code:",    "last-attempt-date:", "will-retry-until:",
      "final-log-id:",       "x-actual-recipient:", "x-postfix-",         "dsn-gateway:",
      "x-original-message-id:", "x-display-name:"};
  for (auto n : names)
    if (istarts_with(line, n)) return true;
  return false;
}

bool starts_dsn(std::string_view line) {
  return istarts_with(line, "reporting-mta:") || istarts_with(line, "final-recipient:") ||
         istarts_with(line, "original-recipient:");
}

// "5.0.0 (permanent failure)" -> "permanent failure": a comment some MTAs put after the code
// instead of a Diagnostic-Code.
std::string_view status_comment(std::string_view raw) {
  auto open = raw.find('(');
  auto close = raw.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close <= open)
    return {};
  return detail::trim(raw.substr(open + 1, close - open - 1));
}

// Generic comments that add nothing to the status code itself.
bool generic_comment(std::string_view c) {
  return iequals(c, "permanent failure") || iequals(c, "temporary failure") ||
         iequals(c, "persistent transient failure") || iequals(c, "permanent error") ||
         iequals(c, "other undefined status") || iequals(c, "delivery failed");
}

// X-Actual-Recipient of a group, as an address ("" when absent or not an address: sendmail
// writes the program a message was piped to there).
std::string actual_recipient(const grammar::dsn_recipient& rcpt) {
  for (const auto& f : rcpt.extra)
    if (iequals(f.name, "X-Actual-Recipient")) {
      auto a = parse_address_field(f.value);
      if (a && is_address(*a) && a->find('|') == std::string::npos) return *a;
    }
  return {};
}

// The domain of an address (after its last '@'), empty when it has none.
std::string_view domain_of(std::string_view a) {
  const std::size_t at = a.rfind('@');
  return at == std::string_view::npos ? std::string_view{} : a.substr(at + 1);
}

// The address a group reports on. Final-Recipient, unless it is no Internet address (an X.400
// "/S=user/O=org/" address, a bare local name, "user@host" without a domain) or a local
// alias the reporting site expanded the address into ("user@host.dept.example.org" for
// "alias@example.org"): then the Original-Recipient the sender wrote, or X-Actual-Recipient.
std::string reported_recipient(const grammar::dsn_recipient& rcpt) {
  const std::string& fin = rcpt.final_recipient;
  const std::string& orig = rcpt.original_recipient;
  if (!orig.empty() && is_address(orig) && !iequals(fin, orig)) {
    if (!is_address(fin)) return orig;
    const std::string_view fd = domain_of(fin), od = domain_of(orig);
    if (fd.size() > od.size() + 1 && fd[fd.size() - od.size() - 1] == '.' &&
        iequals(fd.substr(fd.size() - od.size()), od))
      return orig;
  }
  if (!fin.empty() && (is_address(fin) || orig.empty())) {
    if (!is_address(fin)) {
      const std::string actual = actual_recipient(rcpt);
      if (!actual.empty()) return actual;
    }
    return fin;
  }
  if (!orig.empty()) return orig;
  return actual_recipient(rcpt);
}

// The start of a line that quotes a header of the returned message.
bool quoted_header(std::string_view line_start) {
  const std::string_view t = detail::trim(line_start);
  static constexpr std::string_view names[] = {"to:", "cc:", "from:", "bcc:", "reply-to:",
                                               "sender:", "delivered-to:", "x-original-to:"};
  for (auto n : names)
    if (istarts_with(t, n)) return true;
  return false;
}

// PowerMTA's own classification of a failure, X-PowerMTA-BounceCategory, per recipient group.
// It states the reason only when the status code says nothing more (absent or X.0.0): a
// specific code from the remote server is the more precise of the two.
void powermta_category(const grammar::dsn_recipient& rcpt, draft& d) {
  if (d.status && (d.status->subject != 0 || d.status->detail != 0)) return;
  static constexpr struct {
    std::string_view category;
    reason_kind reason;
  } table[] = {
      {"bad-domain", reason_kind::hostunknown},       {"bad-mailbox", reason_kind::userunknown},
      {"inactive-mailbox", reason_kind::suspend},     {"message-expired", reason_kind::expired},
      {"no-answer-from-host", reason_kind::networkerror},
      {"policy-related", reason_kind::policyviolation}, {"quota-issues", reason_kind::mailboxfull},
      {"routing-errors", reason_kind::systemerror},   {"spam-related", reason_kind::spamdetected},
  };
  for (const auto& f : rcpt.extra) {
    if (!iequals(f.name, "X-PowerMTA-BounceCategory")) continue;
    const std::string_view value = detail::trim(f.value);
    for (const auto& e : table)
      if (iequals(value, e.category)) {
        d.reason = e.reason;
        d.rule = "extractor/PowerMTA/" + std::string(e.category);
        return;
      }
  }
}

bool has_result(const draft& d) { return d.status || !d.diagnostic.empty(); }

// Joins a draft into the one before when both report on the same recipient and the later one
// only completes the earlier (a group split by a blank line or by field order).
bool merge_into(draft& prev, draft& d) {
  if (!iequals(prev.recipient, d.recipient)) return false;
  if (has_result(prev) && has_result(d)) return false;
  if (!prev.action) prev.action = d.action;
  if (!prev.status) prev.status = d.status;
  if (prev.diagnostic.empty()) {
    prev.diagnostic = std::move(d.diagnostic);
    prev.diagnostic_type = std::move(d.diagnostic_type);
  }
  if (prev.remote_mta.empty()) prev.remote_mta = std::move(d.remote_mta);
  if (prev.last_attempt_date.empty()) prev.last_attempt_date = std::move(d.last_attempt_date);
  if (prev.smtp_command.empty()) prev.smtp_command = std::move(d.smtp_command);
  prev.temporary = prev.temporary || d.temporary;
  return true;
}

}  // namespace

std::string_view paragraph_about(std::string_view text, std::string_view recipient) {
  if (recipient.empty()) return {};
  const std::string needle = detail::to_lower(recipient);
  std::string_view first, plain;
  for (std::size_t pos = detail::ifind(text, needle); pos != std::string_view::npos;) {
    const std::string_view para = paragraph_around(text, pos);
    if (find_reply_code_in_text(para)) return para;
    if (first.empty()) first = para;
    // A quoted header of the returned message ("To: a@b") says nothing about the failure.
    const std::size_t lb = line_begin(text, pos);
    if (plain.empty() && !quoted_header(text.substr(lb, pos - lb))) plain = para;
    const std::size_t next = static_cast<std::size_t>(para.data() - text.data()) + para.size();
    pos = detail::ifind(text, needle, next > pos ? next : pos + 1);
  }
  return plain.empty() ? first : plain;
}

std::string_view embedded_delivery_status(std::string_view text) {
  std::size_t begin = std::string_view::npos;
  for_lines(text, [&](std::string_view line, std::size_t off) {
    if (!starts_dsn(line)) return true;
    begin = off;
    return false;
  });
  if (begin == std::string_view::npos) return {};
  const std::string_view rest = text.substr(begin);
  // Paragraphs belong to the report while each starts with a DSN field; the returned message's
  // headers (Return-Path, Received ...) or a MIME boundary end it.
  std::size_t end = rest.size();
  bool para_start = false;  // the next non-blank line starts a paragraph
  bool saw_recipient = false;
  for_lines(rest, [&](std::string_view line, std::size_t off) {
    if (line.substr(0, 2) == "--") {
      end = off;
      return false;
    }
    if (blank_line(line)) {
      para_start = true;
      return true;
    }
    if (para_start && !dsn_field_line(line)) {
      end = off;
      return false;
    }
    para_start = false;
    saw_recipient = saw_recipient || istarts_with(line, "final-recipient:") ||
                    istarts_with(line, "original-recipient:");
    return true;
  });
  if (!saw_recipient) return {};
  return rest.substr(0, end);
}

bool presents_as_bounce(const mime::report& r) {
  if (r.headers.has("X-Failed-Recipients")) return true;
  if (r.content_type == "multipart/report" && r.report_type == "delivery-status") return true;
  const std::string_view from = r.headers.get("From");
  static constexpr std::string_view senders[] = {"mailer-daemon", "mailer_daemon", "postmaster",
                                                  "mail delivery", "mail administrator"};
  for (auto s : senders)
    if (detail::icontains(from, s)) return true;
  const std::string_view subject = r.headers.get("Subject");
  static constexpr std::string_view words[] = {
      "undeliver", "delivery status", "delivery failure", "failure notice", "returned mail",
      "delivery failed", "non-delivery", "nondeliverable", "could not be delivered",
      "delivery notification", "returned to sender", "returning to sender", "mail system error",
      "delivery problem", "delayed mail", "delivery delayed", "mail failed", "failed mail",
      "user unknown", "unknown user", "permanent delivery"};
  for (auto w : words)
    if (detail::icontains(subject, w)) return true;
  const std::string_view auto_submitted = r.headers.get("Auto-Submitted");
  return detail::icontains(auto_submitted, "auto-generated") &&
         detail::icontains(auto_submitted, "failure");
}

void dsn_drafts_of_body(const mime::report& r, std::string_view body, std::string_view human,
                        std::vector<draft>& out) {
  (void)r;
  if (body.empty()) return;
  grammar::dsn_message dsn = grammar::parse_dsn(body);
  const std::size_t first = out.size();
  for (auto& rcpt : dsn.recipients) {
    draft d;
    d.recipient = reported_recipient(rcpt);
    if (d.recipient.empty()) continue;
    d.action = rcpt.action;
    d.status = rcpt.status;
    d.status_from = status_source::dsn;
    // The parsed report is ours: its per-recipient strings move into the draft.
    d.diagnostic_type = std::move(rcpt.diagnostic_type);
    d.diagnostic = std::move(rcpt.diagnostic);
    d.remote_mta = std::move(rcpt.remote_mta);
    d.reporting_mta = dsn.reporting_mta;
    d.arrival_date = dsn.arrival_date;
    d.last_attempt_date = std::move(rcpt.last_attempt_date);
    d.temporary = rcpt.action == action_kind::delayed;
    d.warnings = std::move(rcpt.warnings);
    d.warnings.insert(d.warnings.end(), dsn.warnings.begin(), dsn.warnings.end());
    std::string_view about = paragraph_about(human, d.recipient);
    if (about.empty() && !rcpt.original_recipient.empty())
      about = paragraph_about(human, rcpt.original_recipient);
    d.smtp_command = find_smtp_command(about);
    if (d.diagnostic.empty() && !about.empty()) d.diagnostic = std::string(about);
    if (d.diagnostic.empty()) {
      const std::string_view comment = status_comment(rcpt.status_raw);
      if (!comment.empty() && !generic_comment(comment)) d.diagnostic = std::string(comment);
    }
    powermta_category(rcpt, d);
    if (out.size() > first && merge_into(out.back(), d)) continue;
    out.push_back(std::move(d));
  }
}

void dsn_drafts(const mime::report& r, std::vector<draft>& out) {
  dsn_drafts_of_body(r, r.delivery_status, r.text, out);
}

namespace {

class rfc3464_impl final : public extractor {
 public:
  std::string_view name() const override { return "rfc3464"; }
  bool claims(const mime::report& r, const marker_hits&) const override {
    if (!r.delivery_status.empty()) return true;
    // A report whose delivery-status part was lost in the text: only for messages that present
    // themselves as bounces, so that a message quoting a DSN is not taken for one.
    return presents_as_bounce(r) && !embedded_delivery_status(r.text).empty();
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override {
    const std::size_t before = out.size();
    dsn_drafts(r, out);
    if (out.size() > before) return;
    const std::string_view body = embedded_delivery_status(r.text);
    if (body.empty()) return;
    // The human-readable part is what precedes the embedded report.
    const std::string_view human =
        std::string_view(r.text).substr(0, static_cast<std::size_t>(body.data() - r.text.data()));
    dsn_drafts_of_body(r, body, human, out);
  }
};

}  // namespace

const extractor& rfc3464_extractor() {
  static const rfc3464_impl instance;
  return instance;
}

}  // namespace bounce::extract
