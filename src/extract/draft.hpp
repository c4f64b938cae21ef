// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// A draft is evidence about one recipient, not a decision (architecture.md §4).
#include <optional>
#include <string>
#include <vector>

#include "bounce/record.hpp"
#include "bounce/status.hpp"

namespace bounce::extract {

struct draft {
  std::string recipient;
  std::string original_recipient;  ///< DSN Original-Recipient (RFC 3464 2.3.1), decoded
  /// X-Actual-Recipient's value without its type: the address an alias became, or the program
  /// Sendmail piped the message to ("|/usr/bin/prog arg"), which its transcript lines name.
  std::string actual_recipient;
  std::string envelope_id;  ///< the report's Original-Envelope-Id (RFC 3464 2.2.1), as written
  std::optional<action_kind> action;
  std::optional<status_code> status;               ///< a code the bounce carries
  status_source status_from = status_source::dsn;  ///< dsn (Status: field) or text (found in prose)
  std::optional<int> reply_code;
  std::string diagnostic_type;  ///< upper-case
  std::string diagnostic;       ///< error text; whitespace collapsed later
  std::string smtp_command;     ///< CONN, EHLO, HELO, MAIL, RCPT, DATA, ...
  /// smtp_command is the step a bare reply is read as (bounce::classify(): a log line is a reply
  /// to one recipient), not one the bounce names: it does not rule out a verdict on content.
  bool smtp_command_assumed = false;
  std::string remote_mta, reporting_mta;
  std::string arrival_date, last_attempt_date;  ///< RFC 3339 or empty
  std::string feedback_type;
  /// Not a recipient: the message wraps a whole bounce report (report.original_raw) that the
  /// pipeline reads in its re-run with the caller's options (src/pipeline/parse_message.cpp).
  bool wrapped_report = false;
  /// The format's own verdict on the reason (an MTA's message catalogue, a provider's category):
  /// evidence the classifier weighs with the rest, not the decision (docs/reasons.md).
  std::optional<reason_kind> reason;
  std::string rule;  ///< rule name for reason, "extractor/<engine>/<id>"
  /// How firmly the format states `reason`.
  enum class strength : unsigned char {
    /// A catalogue entry of the MTA or provider: a more specific cause named in the text or the
    /// status detail may beat it when it is a generic outcome (expiry, a bare class ...).
    catalogue,
    /// The format itself states the outcome (an SES suppression list, an auto-reply, an ARF
    /// report): nothing in the text overrides it.
    stated,
  };
  strength reason_strength = strength::catalogue;
  bool temporary = false;  ///< the bounce says the failure is temporary (delay notice)
  /// The diagnostic is the notice's own prose (a list's refusal, a Sieve reject's reason), not
  /// an SMTP reply: a number in it ("400 bytes") is no reply code or status.
  bool prose = false;
  std::vector<std::string> warnings;
};

}  // namespace bounce::extract
