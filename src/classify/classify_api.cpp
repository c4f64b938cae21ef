// SPDX-License-Identifier: BSD-2-Clause
// bounce::classify(): the reason rules on their own, for log lines and webhook texts.
#include "bounce/classify.hpp"

#include "bounce/options.hpp"
#include "classify/classifier.hpp"
#include "extract/common/transcript.hpp"

namespace bounce {

classification classify(std::string_view diagnostic) { return classify(diagnostic, {}); }

classification classify(std::string_view diagnostic, const classify_context& context) {
  extract::draft d;
  d.diagnostic = std::string(diagnostic);
  d.remote_mta = std::string(context.remote_mta);
  d.recipient = std::string(context.recipient);
  // A log line or webhook text is a reply to one recipient: read it as given at RCPT unless it
  // names its step itself.
  d.smtp_command = extract::kit::find_smtp_command(diagnostic);
  if (d.smtp_command.empty()) d.smtp_command = "RCPT";
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

}  // namespace bounce
