// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file classify.hpp  The reason rules on their own, for log lines and provider webhook texts.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/record.hpp"
#include "bounce/status.hpp"

namespace bounce {

struct classification {
  reason_kind reason = reason_kind::undefined;
  std::optional<status_code> status;  ///< carried by the text, else inferred (registry-valid)
  bounce::status_source status_source = bounce::status_source::inferred;
  std::optional<int> reply_code;
  bool hard_bounce = false;
  std::string rule;  ///< e.g. "status/X.1.1", "text/en/mailbox-full"
};

/** Classify a diagnostic text ("550 5.1.1 <a@b.example>: Recipient address rejected: User
   unknown").
    @par Example  classify("452 4.2.2 Mailbox full").reason == reason_kind::mailboxfull */
classification classify(std::string_view diagnostic);

/// Where the text came from, when the caller knows it: a provider's own codes and wording are
/// read only when its host is named (the remote MTA, or the recipient's domain).
struct classify_context {
  std::string_view remote_mta;  ///< the host that gave the reply, e.g. "mx1.comcast.net"
  std::string_view recipient;   ///< the recipient address (its domain names the provider)
};

/** classify(diagnostic) with the context of the reply. */
classification classify(std::string_view diagnostic, const classify_context& context);

/// The classification as one JSON object, without a newline: {"reason", "status",
/// "status_source", "reply_code", "hard_bounce", "rule"} in that order, null where unknown (what
/// `bounce classify` prints, one per line). Always valid UTF-8.
std::string to_json(const classification& c);

/// One key of a classification and its value as text (a number or true/false as written in
/// JSON); no value where the JSON value is null.
struct classification_field {
  std::string_view key;
  std::optional<std::string> text;
  bool is_string = true;  ///< written quoted in JSON
};

/// The classification's fields in the order of its JSON object: the one list to_json and the C
/// API's bounce_classification_field() read.
std::array<classification_field, 6> classification_fields(const classification& c);

/// One piece of evidence the reason rules found for a record: the stage that found it (the stages
/// of docs/reasons.md, e.g. "5 strong phrase"), its rule and reason, and why it lost.
struct reason_candidate {
  std::string stage;
  std::string rule;
  reason_kind reason = reason_kind::undefined;
  bool decided = false;      ///< this one is the record's reason
  std::string lost_because;  ///< empty when decided
};

/** Every stage's finding for a record, the decision first (what `bounce explain` prints). The
    stages are asked again on what the record keeps (diagnostic, codes, SMTP command, hosts);
    an extractor's verdict is known only when it decided (the record's rule names it), so a
    verdict that lost is not listed. Costs a classification: not for the parsing path. */
std::vector<reason_candidate> reason_candidates(const record& r);

}  // namespace bounce
