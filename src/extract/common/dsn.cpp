// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/dsn.hpp"

#include "bounce/fields.hpp"
#include "detail/string_util.hpp"
#include "extract/common/addresses.hpp"
#include "extract/common/catalogue.hpp"
#include "extract/common/lines.hpp"
#include "extract/common/transcript.hpp"
#include "grammar/dsn.hpp"

#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace bounce::extract::kit {

using detail::iequals;
using detail::istarts_with;
using detail::trim;

namespace {

// Field names that may start a paragraph of a delivery-status body.
bool dsn_field_line(std::string_view line) {
  static constexpr std::string_view names[] = {"reporting-mta:",
                                               "received-from-mta:",
                                               "arrival-date:",
                                               "original-envelope-id:",
                                               "final-recipient:",
                                               "original-recipient:",
                                               "action:",
                                               "status:",
                                               "remote-mta:",
                                               "diagnostic-code:",
                                               "last-attempt-date:",
                                               "will-retry-until:",
                                               "final-log-id:",
                                               "x-actual-recipient:",
                                               "x-postfix-",
                                               "dsn-gateway:",
                                               "x-original-message-id:",
                                               "x-display-name:"};
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
  if (open == std::string_view::npos || close == std::string_view::npos || close <= open) return {};
  return detail::trim(raw.substr(open + 1, close - open - 1));
}

// Generic comments that add nothing to the status code itself.
bool generic_comment(std::string_view c) {
  return iequals(c, "permanent failure") || iequals(c, "temporary failure") ||
         iequals(c, "persistent transient failure") || iequals(c, "permanent error") ||
         iequals(c, "other undefined status") || iequals(c, "delivery failed");
}

// X-Actual-Recipient of a group without its type: the address an alias became, or the program
// Sendmail piped the message to ("|/usr/bin/prog arg"); "" when absent.
std::string actual_recipient_value(const grammar::dsn_recipient& rcpt) {
  for (const auto& f : rcpt.extra)
    if (iequals(f.name, "X-Actual-Recipient"))
      if (auto a = parse_address_field(f.value)) return std::move(*a);
  return {};
}

// The same as an address ("" when absent or a program).
std::string actual_recipient(const grammar::dsn_recipient& rcpt) {
  std::string a = actual_recipient_value(rcpt);
  return is_address(a) && a.find('|') == std::string::npos ? a : std::string();
}

// An alias the reporting MTA expanded into several members, each failing on its own: Sendmail
// writes one group per member with the alias as Final-Recipient and the member as
// X-Actual-Recipient, and its text lists the members ("Yolanda@example.net ... (expanded from:
// <team@example.org>)"). The groups are the members' (the alias becomes their
// Original-Recipient), or the alias would give one record for several failures (groups naming
// the same recipient are merged). A lone group keeps its Final-Recipient, what the sender wrote.
void name_expanded_members(std::vector<grammar::dsn_recipient>& groups) {
  // Linear in the groups (a report may have thousands): most reports have no member at all.
  std::vector<std::string> member(groups.size());
  bool any = false;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    member[i] = actual_recipient(groups[i]);
    any = any || (!member[i].empty() && !iequals(member[i], groups[i].final_recipient));
  }
  if (!any) return;
  std::unordered_map<std::string, std::vector<std::size_t>> by_alias;
  for (std::size_t i = 0; i < groups.size(); ++i)
    if (is_address(groups[i].final_recipient))
      by_alias[detail::to_lower(groups[i].final_recipient)].push_back(i);
  for (const auto& [alias, same] : by_alias) {
    if (same.size() < 2) continue;
    std::unordered_set<std::string> seen;
    bool distinct = true;
    for (std::size_t k = 0; k < same.size() && distinct; ++k) {
      const std::string& m = member[same[k]];
      distinct = !m.empty() && !iequals(m, alias) && seen.insert(detail::to_lower(m)).second;
    }
    if (!distinct) continue;
    for (std::size_t k : same) {
      grammar::dsn_recipient& g = groups[k];
      if (g.original_recipient.empty()) g.original_recipient = g.final_recipient;
      g.final_recipient = std::move(member[k]);
    }
  }
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

// PowerMTA's own classification of a failure, X-PowerMTA-BounceCategory, per recipient group.
// It states the reason only when the status code says nothing more (absent or X.0.0): a
// specific code from the remote server is the more precise of the two.
void powermta_category(const grammar::dsn_recipient& rcpt, draft& d) {
  if (d.status && (d.status->subject != 0 || d.status->detail != 0)) return;
  // Source: the category names, as PowerMTA's User's Guide lists them (bounce categories); each
  // is its own rule id. bad-mailbox: 2 messages (lhost-powermta-02, -03).
  static constexpr phrase table[] = {
      {"bad-domain", reason_kind::hostunknown, "bad-domain"},
      {"bad-mailbox", reason_kind::userunknown, "bad-mailbox"},
      {"inactive-mailbox", reason_kind::suspend, "inactive-mailbox"},
      {"message-expired", reason_kind::expired, "message-expired"},
      {"no-answer-from-host", reason_kind::networkerror, "no-answer-from-host"},
      {"policy-related", reason_kind::policyviolation, "policy-related"},
      {"quota-issues", reason_kind::mailboxfull, "quota-issues"},
      {"routing-errors", reason_kind::systemerror, "routing-errors"},
      {"spam-related", reason_kind::spamdetected, "spam-related"},
  };
  for (const auto& f : rcpt.extra)
    if (iequals(f.name, "X-PowerMTA-BounceCategory") &&
        apply_catalogue(d, "powermta", table, detail::trim(f.value)))
      return;
}

bool has_result(const draft& d) { return d.status || !d.diagnostic.empty(); }

}  // namespace

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
    if (blank(line)) {
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
  const std::string_view subject = r.subject;
  static constexpr std::string_view words[] = {"undeliver",
                                               "delivery status",
                                               "delivery failure",
                                               "failure notice",
                                               "returned mail",
                                               "delivery failed",
                                               "non-delivery",
                                               "nondeliverable",
                                               "could not be delivered",
                                               "delivery notification",
                                               "returned to sender",
                                               "returning to sender",
                                               "mail system error",
                                               "delivery problem",
                                               "delayed mail",
                                               "delivery delayed",
                                               "mail failed",
                                               "failed mail",
                                               "user unknown",
                                               "unknown user",
                                               "permanent delivery"};
  for (auto w : words)
    if (detail::icontains(subject, w)) return true;
  const std::string_view auto_submitted = r.headers.get("Auto-Submitted");
  return detail::icontains(auto_submitted, "auto-generated") &&
         detail::icontains(auto_submitted, "failure");
}

// Whether a delivery-status part reports nothing permanent: every group's status is class 4 or
// absent. Boxbe sends its challenge as a DSN ("Action: failed", "Status: 4.7.0",
// "Diagnostic-Code: X-Boxbe-Notice; Sender not pre-approved"); a DSN that gives up on a
// recipient (class 5) is a failure, whatever challenge wording its text quotes.
bool dsn_reports_nothing_permanent(std::string_view delivery_status) {
  constexpr std::size_t kMaxGroups = 64;
  const grammar::dsn_message dsn = grammar::parse_dsn(delivery_status, kMaxGroups);
  if (dsn.truncated) return false;
  for (const grammar::dsn_recipient& g : dsn.recipients)
    if (g.status && g.status->cls != 4) return false;
  return true;
}

bool challenge_response(const mime::report& r) {
  if (!r.feedback_report.empty()) return false;
  if (!r.delivery_status.empty() && !dsn_reports_nothing_permanent(r.delivery_status)) return false;
  // Sentences that ask the sender to prove to be a person or to release a held message. Each
  // is the request itself, not a refusal; sources are the products' own descriptions of the
  // challenge they send (docs/extractors.md, "Challenge-response requests").
  static constexpr std::string_view requests[] = {
      // Boxbe, Mailinblack, Spam Arrest, ChoiceMail: "prove you are a human/person".
      "confirm that you are a human",
      "confirm you are a human",
      "verify that you are a human",
      "verify that you are a real person",
      "verify you are a real person",
      "prove that you are a human",
      // Boxbe: the recipient's "Guest List".
      "on the recipient's guest list",
      "guest list yet",
      // Boxbe's DSN-shaped notices (Mail::DeliveryStatus::BounceParser's corpus,
      // t/corpus/boxbe-cr*.msg): the request "Please add yourself to my Boxbe Guest List so your
      // messages will go to my Inbox" (the form of every whitelist challenge), and the
      // confirmation "you're listed on my Boxbe Guest List".
      "add yourself to my",
      "my boxbe guest list",
      // TMDA: "To release your message for delivery, please send an empty message ...".
      "to release your message for delivery",
      // Spam Arrest and other challenge systems: the request names itself.
      "sender verification request",
      "one-time sender verification",
      // Held until approved (Mailinblack's French notice: "en attente de validation").
      "is waiting for approval",
      "is waiting for your approval",
      "awaiting sender verification",
      "en attente de validation",
  };
  for (auto q : requests)
    if (contains_folded(r.text, q)) return true;
  return contains_folded(r.subject, "verification required") && contains_folded(r.text, "click");
}

std::span<const std::string_view> challenge_anchors() {
  // One fragment of each sentence of challenge_response()'s table.
  static constexpr std::string_view anchors[] = {
      "are a human",           "real person",
      "guest list yet",        "s guest list",
      "add yourself to my",    "my boxbe guest list",
      "release your message",  "sender verification",
      "waiting for approval",  "waiting for your approval",
      "attente de validation",
  };
  return anchors;
}

void dsn_drafts_of_body(std::string_view body, std::string_view human, std::size_t max_recipients,
                        std::vector<draft>& out) {
  if (body.empty()) return;
  // One group more than the pipeline keeps, so that it sees the cut and says so
  // (truncated_recipients); the groups after it are never read into memory.
  const std::size_t cap =
      max_recipients == static_cast<std::size_t>(-1) ? max_recipients : max_recipients + 1;
  grammar::dsn_message dsn = grammar::parse_dsn(body, cap);
  name_expanded_members(dsn.recipients);
  const std::size_t first = out.size();
  out.reserve(first + dsn.recipients.size());
  std::size_t scanned = 0;  // bytes of human text the paragraph lookups may have read
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
    d.envelope_id = dsn.original_envelope_id;
    d.arrival_date = dsn.arrival_date;
    d.last_attempt_date = std::move(rcpt.last_attempt_date);
    d.temporary = rcpt.action == action_kind::delayed;
    d.warnings = std::move(rcpt.warnings);
    d.warnings.insert(d.warnings.end(), dsn.warnings.begin(), dsn.warnings.end());
    // Each lookup may scan the whole text: past the budget the groups keep what they carry.
    std::string_view about;
    if (scanned <= k_text_scan_budget) {
      scanned += human.size();
      about = paragraph_about(human, d.recipient);
      if (about.empty() && !rcpt.original_recipient.empty()) {
        scanned += human.size();
        about = paragraph_about(human, rcpt.original_recipient);
      }
    }
    d.original_recipient = std::move(rcpt.original_recipient);
    d.actual_recipient = actual_recipient_value(rcpt);
    d.smtp_command = find_smtp_command(about);
    // A paragraph quoting another recipient's refused "RCPT TO:" (Sendmail writes its own line
    // about this one after that session) does not give this one's step.
    if (d.smtp_command == "RCPT" && rcpt_names_others_only(about, d.recipient))
      d.smtp_command.clear();
    // A Status field that is not a code holds the server's words ("Status: 553 Exceeded maximum
    // inbound message size"): they beat a paragraph of the human text.
    if (const std::string_view words = trim(rcpt.status_raw);
        d.diagnostic.empty() && !d.status && !words.empty())
      d.diagnostic = std::string(words);
    // A paragraph that only names the recipient, or lists it among others, says nothing of
    // the failure.
    if (!about.empty() &&
        (iequals(strip_address(trim(about)), d.recipient) || lists_addresses_only(about)))
      about = {};
    if (d.diagnostic.empty() && !about.empty()) d.diagnostic = std::string(about);
    if (d.diagnostic.empty()) {
      const std::string_view comment = status_comment(rcpt.status_raw);
      if (!comment.empty() && !generic_comment(comment)) d.diagnostic = std::string(comment);
    }
    powermta_category(rcpt, d);
    // A group split by a blank line or by field order: the later half only completes the
    // earlier one.
    if (out.size() > first && iequals(out.back().recipient, d.recipient) &&
        !(has_result(out.back()) && has_result(d))) {
      merge_split_group(out.back(), d);
      continue;
    }
    out.push_back(std::move(d));
  }
  // Split groups merged below the cap: the pipeline cannot see the cut, the last draft says it.
  if (dsn.truncated && out.size() - first <= max_recipients && out.size() > first)
    out.back().warnings.emplace_back("truncated_recipients");
}

void dsn_drafts(const mime::report& r, std::vector<draft>& out) {
  dsn_drafts_of_body(r.delivery_status, r.text, r.limits.max_recipients, out);
}

void merge_split_group(draft& prev, draft& cur) {
  // The same recipient reported delayed and failed (two attempts in one report): the failure is
  // its final state (RFC 3464 section 2.3.3: "failed", the MTA gave up; "delayed", it still
  // tries), so its group's fields come first and the delay's only fill what it lacks.
  const bool conflict = prev.action && cur.action && *prev.action != *cur.action;
  if (conflict && *cur.action == action_kind::failed) std::swap(prev, cur);
  if (conflict && *prev.action == action_kind::failed) cur.temporary = false;
  if (!prev.action) prev.action = cur.action;
  if (!prev.status) prev.status = cur.status;
  if (!prev.reply_code) prev.reply_code = cur.reply_code;
  // A half without Diagnostic-Code got the human text as its diagnostic: the other half's
  // Diagnostic-Code is the better evidence.
  if (!cur.diagnostic.empty() &&
      (prev.diagnostic.empty() || (prev.diagnostic_type.empty() && !cur.diagnostic_type.empty())))
    prev.diagnostic = std::move(cur.diagnostic);
  if (prev.diagnostic_type.empty()) prev.diagnostic_type = std::move(cur.diagnostic_type);
  if (prev.smtp_command.empty()) prev.smtp_command = std::move(cur.smtp_command);
  if (prev.remote_mta.empty()) prev.remote_mta = std::move(cur.remote_mta);
  if (prev.last_attempt_date.empty()) prev.last_attempt_date = std::move(cur.last_attempt_date);
  if (prev.original_recipient.empty()) prev.original_recipient = std::move(cur.original_recipient);
  if (prev.actual_recipient.empty()) prev.actual_recipient = std::move(cur.actual_recipient);
  if (prev.envelope_id.empty()) prev.envelope_id = std::move(cur.envelope_id);
  prev.temporary = prev.temporary || cur.temporary;
}

void merge_split_groups(std::vector<draft>& out, std::size_t first) {
  for (std::size_t i = first + 1; i < out.size();) {
    if (!iequals(out[i - 1].recipient, out[i].recipient)) {
      ++i;
      continue;
    }
    merge_split_group(out[i - 1], out[i]);
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

void dsn_drafts_with_text(const mime::report& r, std::vector<draft>&& text_drafts,
                          std::vector<draft>& out) {
  const std::size_t first = out.size();
  dsn_drafts(r, out);
  if (out.size() == first) {
    for (auto& t : text_drafts) out.push_back(std::move(t));
  } else {
    for (std::size_t i = first; i < out.size(); ++i) {
      draft& d = out[i];
      for (const auto& t : text_drafts) {
        if (!iequals(t.recipient, d.recipient)) continue;
        if (d.diagnostic.empty()) d.diagnostic = t.diagnostic;
        if (d.remote_mta.empty()) d.remote_mta = t.remote_mta;
      }
    }
  }
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].diagnostic_type.empty()) out[i].diagnostic_type = "SMTP";
}

void append_drafts(std::vector<draft>& out, std::vector<draft>&& drafts) {
  if (out.empty()) {
    out.swap(drafts);
    return;
  }
  out.reserve(out.size() + drafts.size());
  for (auto& d : drafts) out.push_back(std::move(d));
}

draft make_draft(std::string_view recipient, std::string diagnostic, std::string command) {
  draft d;
  d.recipient = std::string(recipient);
  d.diagnostic = std::move(diagnostic);
  d.smtp_command = std::move(command);
  return d;
}

void mark_delayed(draft& d) {
  d.temporary = true;
  if (!d.action) d.action = action_kind::delayed;
}

}  // namespace bounce::extract::kit
