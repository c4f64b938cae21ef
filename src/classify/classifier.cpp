// SPDX-License-Identifier: BSD-2-Clause
#include "classify/classifier.hpp"

#include "bounce/fields.hpp"
#include "bounce/status_registry.hpp"
#include "classify/reason_table.hpp"
#include "classify/rules.hpp"
#include "classify/text_hits.hpp"
#include "extract/common/transcript.hpp"
#include "detail/string_util.hpp"

#include <cstring>

namespace bounce::rules {
namespace {

struct chosen_status {
  std::optional<status_code> code;
  std::optional<bounce::status_source> source;
  bool conflict = false;
};

// Status policy (docs/record-schema.md): a code the bounce carries, the DSN field first, else an
// enhanced code in the SMTP reply. When both exist and disagree, see below.
chosen_status choose_status(const extract::draft& d, const std::optional<status_code>& in_reply,
                            const std::optional<int>& reply_code) {
  chosen_status out;
  if (d.status) {
    out.code = d.status;
    out.source = d.status_from;
  }
  if (!in_reply) return out;
  if (!out.code) {
    out.code = in_reply;
    out.source = status_source::reply;
    return out;
  }
  if (*out.code == *in_reply) return out;
  // A success code (2.X.X, RFC 3464 with Action delivered, relayed or expanded) is the report's
  // own word that this recipient got the message: a failure's code in the text beside it (a
  // transcript's line about the other recipients) is not this recipient's.
  if (out.code->cls == 2 && d.status_from == status_source::dsn) return out;
  out.conflict = true;
  const int reply_class = reply_code ? *reply_code / 100 : 0;
  const bool carried_matches = out.code->cls == reply_class;
  const bool reply_matches = in_reply->cls == reply_class;
  // Same class: the reply is what the remote server said, the Status field the reporting MTA's
  // summary of it, so the reply's code is the more precise one. Different classes: the code
  // that agrees with the reply code wins.
  // But a reply's bare X.0.0 ("other undefined status", RFC 3463 section 3.1) says less than a
  // specific Status of the same class: Sendmail writes "554 5.0.0 Service unavailable" in its
  // transcript for a program whose exit code its Status maps to 5.5.0.
  const bool reply_generic = in_reply->subject == 0 && in_reply->detail == 0;
  const bool carried_specific = out.code->subject != 0 || out.code->detail != 0;
  bool take_reply = in_reply->cls == out.code->cls && !(reply_generic && carried_specific);
  if (!take_reply && reply_class != 0) take_reply = reply_matches && !carried_matches;
  if (take_reply) {
    out.code = in_reply;
    out.source = status_source::reply;
  }
  return out;
}

std::string_view domain_of(std::string_view address) {
  auto at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view{} : address.substr(at + 1);
}

void lower_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out) c = detail::ascii_lower(c);
}

// Cut at max bytes without splitting a UTF-8 sequence; true if it cut.
bool cap_utf8(std::string& s, std::size_t max) {
  if (s.size() <= max) return false;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return true;
}

}  // namespace

// What is written never passes what has been read (a word is copied as it is, and a
// space is written only in place of a run of at least one), so no second buffer is needed.
void collapse_space_in_place(std::string& s) {
  char* const b = s.data();
  const std::size_t n = s.size();
  // Most of a diagnostic is already in the collapsed form (words, single spaces between them):
  // pass over that prefix with one comparison per byte (white space is <= ' '), and start
  // rewriting at the first byte that needs it. The prefix ends after a word, or is empty.
  std::size_t i = 0;
  for (; i < n; ++i) {
    const char c = b[i];
    if (static_cast<unsigned char>(c) > ' ' || !detail::is_space(c)) continue;
    if (c == ' ' && i != 0 && i + 1 < n && !detail::is_space(b[i + 1])) continue;
    break;
  }
  std::size_t w = i;
  while (i < n) {
    while (i < n && detail::is_space(b[i])) ++i;
    const std::size_t word = i;
    while (i < n && !detail::is_space(b[i])) ++i;
    if (i == word) break;
    if (w != 0) b[w++] = ' ';
    if (w != word) std::memmove(b + w, b + word, i - word);
    w += i - word;
  }
  s.resize(w);
}

void classify_draft(extract::draft&& d, std::string_view engine, const limits& lim, record& rec) {
  // The draft is ours to consume: its strings move into the record (no allocation or copy per
  // field), and the evidence below looks at the record's copies of them.
  rec.recipient = std::move(d.recipient);
  rec.engine.assign(engine);
  rec.diagnostic_type = std::move(d.diagnostic_type);
  rec.diagnostic = std::move(d.diagnostic);
  collapse_space_in_place(rec.diagnostic);
  // truncated_diagnostic comes before the draft's own warnings.
  rec.warnings = std::move(d.warnings);
  if (cap_utf8(rec.diagnostic, lim.max_diagnostic))
    rec.warnings.insert(rec.warnings.begin(), "truncated_diagnostic");
  rec.smtp_command = std::move(d.smtp_command);
  rec.remote_mta = std::move(d.remote_mta);
  rec.reporting_mta = std::move(d.reporting_mta);
  rec.arrival_date = std::move(d.arrival_date);
  rec.last_attempt_date = std::move(d.last_attempt_date);

  // Feedback reports, auto-replies and a notice's own prose (draft::prose) are not SMTP replies:
  // numbers in them are not codes.
  const bool prose = d.prose || !d.feedback_type.empty() || d.reason == reason_kind::feedback ||
                     d.reason == reason_kind::vacation;
  std::optional<int> reply_code = d.reply_code;
  if (!reply_code && !prose) reply_code = find_reply_code_in_text(rec.diagnostic);
  // The step a reply answered, when the extractor found none of its own: the diagnostic names
  // it as often as the notice's prose does ("... (in reply to RCPT TO command)" in a DSN's
  // Diagnostic-Code, RFC 3464 section 2.3.6 holding the server's words as they were).
  if (rec.smtp_command.empty() && !prose)
    rec.smtp_command = extract::kit::find_smtp_command(rec.diagnostic);
  const std::optional<status_code> in_reply =
      prose ? std::nullopt : find_status_in_text(rec.diagnostic);
  chosen_status st = choose_status(d, in_reply, reply_code);
  if (st.conflict) rec.warnings.emplace_back("status_conflict");

  // The evidence's own strings live in per-thread buffers that keep their capacity from one
  // record to the next: nothing outlives this call that points into them.
  thread_local std::string text, host, domain;
  // One scan of text for every rule that looks for words in it, made at the first that asks.
  thread_local text_hits hits;
  hits.reset();
  normalize_text(rec.diagnostic, text);
  lower_into(rec.remote_mta, host);
  lower_into(domain_of(rec.recipient), domain);
  evidence ev;
  ev.text = text;
  ev.status = st.code;
  ev.reply_code = reply_code;
  ev.command = rec.smtp_command;
  ev.command_assumed = d.smtp_command_assumed;
  ev.diagnostic_type = rec.diagnostic_type;
  ev.remote_mta = host;
  ev.recipient_domain = domain;
  ev.reporting_mta = rec.reporting_mta;
  ev.delayed = d.temporary || d.action == action_kind::delayed;
  ev.hits = &hits;

  // Stage 1: outcomes that are not failures; the other stages are decide()'s.
  const bool success =
      (d.action && (*d.action == action_kind::delivered || *d.action == action_kind::relayed ||
                    *d.action == action_kind::expanded)) ||
      (st.code && st.code->cls == 2);
  decision dec;
  std::string verdict_rule;  // outlives ev.verdict_rule, which views it
  if (!d.feedback_type.empty() || d.reason == reason_kind::feedback) {
    dec = {reason_kind::feedback, d.rule.empty() ? "outcome/feedback" : std::move(d.rule)};
    rec.feedback_type = std::move(d.feedback_type);
  } else if (success) {
    dec = {reason_kind::delivered, "outcome/delivered"};
  } else {
    // The extractor's verdict is evidence: decide() weighs it with the rest (reason_stages.cpp).
    if (d.reason) {
      verdict_rule = d.rule.empty() ? "extractor/" + std::string(engine) : std::move(d.rule);
      ev.verdict = d.reason;
      ev.verdict_rule = verdict_rule;
      ev.verdict_stated = d.reason_strength == extract::draft::strength::stated;
    }
    dec = decide(ev);
  }
  rec.reason = dec.reason;
  rec.rule = std::move(dec.rule);
  const inferred_status rule_inferred = dec.inferred;
  // A row whose MTA defers on its words speaks for a text that carries no code of its own; a
  // code the bounce carries says what became of the message.
  const bool rule_defers = dec.temporary && !st.code;

  // looks_temporary matters only for an inferred status's class and for a reason whose
  // hardness depends on it: asked there only, its text scan is skipped for the records that
  // decide() did not see (which would otherwise be scanned for nothing).
  std::optional<bool> temporary_seen;
  const auto temporary = [&] {
    if (!temporary_seen) temporary_seen = rule_defers || looks_temporary(ev);
    return *temporary_seen;
  };
  if (st.code) {
    rec.status = st.code;
    rec.status_source = st.source;
  } else if (rec.reason != reason_kind::feedback && rec.reason != reason_kind::vacation) {
    const auto [subject, detail] = inferred_code(rec.reason, rule_inferred);
    const int cls = rec.reason == reason_kind::delivered ? 2 : temporary() ? 4 : 5;
    rec.status = status_code{cls, subject, detail};
    rec.status_source = status_source::inferred;
  }
  // A reply code whose class contradicts the status is not the reply for this status.
  if (reply_code && rec.status && *reply_code / 100 != rec.status->cls) reply_code.reset();
  rec.reply_code = reply_code;

  if (d.action) {
    rec.action = *d.action;
  } else {
    // A feedback report or an auto-reply means the message reached the recipient.
    rec.action = is_non_failure(rec.reason) ? action_kind::delivered
                 : (d.temporary)            ? action_kind::delayed
                                            : action_kind::failed;
  }
  const bool temp_for_hard =
      hard_needs_temporary(rec.reason) && ((rec.status && rec.status->cls == 4) || temporary());
  rec.hard_bounce = is_hard(rec.reason, temp_for_hard);

  if (rec.status) {
    const status_lookup lk = status_registry::lookup(*rec.status);
    if (lk.cls) rec.status_class_title.assign(lk.cls->title);
    if (lk.subject) rec.status_subject_title.assign(lk.subject->title);
    if (lk.detail) rec.status_detail_title.assign(lk.detail->title);
  }
}

}  // namespace bounce::rules
