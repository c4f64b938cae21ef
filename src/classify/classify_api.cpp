// SPDX-License-Identifier: BSD-2-Clause
// bounce::classify(): the reason rules on their own, for log lines and webhook texts.
#include "bounce/classify.hpp"

#include "bounce/options.hpp"
#include "classify/classifier.hpp"
#include "classify/rules.hpp"
#include "classify/text_hits.hpp"
#include "extract/common/transcript.hpp"

namespace bounce {

classification classify(std::string_view diagnostic) { return classify(diagnostic, {}); }

classification classify(std::string_view diagnostic, const classify_context& context) {
  extract::draft d;
  d.diagnostic = std::string(diagnostic);
  d.remote_mta = std::string(context.remote_mta);
  d.recipient = std::string(context.recipient);
  // A log line or webhook text is a reply to one recipient: read it as given at RCPT unless it
  // names its step itself. The step is assumed, so a verdict on content ("550 5.7.1 Message
  // rejected as spam", given after DATA) still counts.
  d.smtp_command = extract::kit::find_smtp_command(diagnostic);
  if (d.smtp_command.empty()) {
    d.smtp_command = "RCPT";
    d.smtp_command_assumed = true;
  }
  limits lim;
  lim.max_diagnostic = diagnostic.size() + 1;
  record rec;
  rules::classify_draft(std::move(d), "classify", lim, rec);
  classification out;
  out.reason = rec.reason;
  // A bounce is a failure, so a record always gets a status (X.0.0 when nothing was
  // recognised); a bare text is not: with no code, no reply code and no rule that recognised
  // anything (fallback/*), there is nothing to infer a status from.
  const bool nothing_recognised = rec.rule.rfind("fallback/", 0) == 0;
  if (!(nothing_recognised && rec.status_source == status_source::inferred && !rec.reply_code))
    out.status = rec.status;
  out.status_source = rec.status_source.value_or(status_source::inferred);
  out.reply_code = rec.reply_code;
  out.hard_bounce = rec.hard_bounce;
  out.rule = rec.rule;
  return out;
}

std::vector<reason_candidate> reason_candidates(const record& r) {
  std::vector<reason_candidate> out;
  // Outcomes decided before the stages (a feedback report, a success) have no rivals.
  if (r.rule.rfind("outcome/", 0) == 0 || r.reason == reason_kind::feedback) {
    out.push_back({"1 outcome", r.rule, r.reason, true, {}});
    return out;
  }
  const auto lower = [](std::string_view v) {
    std::string l(v);
    for (char& c : l) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return l;
  };
  const std::string text = rules::normalize_text(r.diagnostic);
  const std::string host = lower(r.remote_mta);
  const auto at = r.recipient.rfind('@');
  const std::string domain = lower(
      at == std::string::npos ? std::string_view{} : std::string_view(r.recipient).substr(at + 1));
  rules::text_hits hits;
  rules::evidence ev;
  ev.text = text;
  // An inferred status was derived from the reason: it is not evidence for it.
  if (r.status && r.status_source != status_source::inferred) ev.status = r.status;
  ev.reply_code = r.reply_code;
  ev.command = r.smtp_command;
  ev.diagnostic_type = r.diagnostic_type;
  ev.remote_mta = host;
  ev.recipient_domain = domain;
  ev.reporting_mta = r.reporting_mta;
  ev.delayed = r.action == action_kind::delayed;
  ev.hits = &hits;
  if (r.rule.rfind("extractor/", 0) == 0) {
    ev.verdict = r.reason;
    ev.verdict_rule = r.rule;
    ev.verdict_stated = true;  // it decided, so it is weighed as it was
  }
  std::vector<rules::candidate> all;
  rules::decide(ev, &all);
  out.reserve(all.size());
  for (auto& c : all)
    out.push_back({std::move(c.stage), std::move(c.found.rule), c.found.reason, c.lost.empty(),
                   std::move(c.lost)});
  return out;
}

}  // namespace bounce
