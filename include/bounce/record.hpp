// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file record.hpp  One delivery record: what happened to one recipient of one message.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/status.hpp"

namespace bounce {

/// RFC 3464 Action values.
enum class action_kind { failed, delayed, delivered, relayed, expanded };

/// The closed reason taxonomy of Sisimai 5.8 (docs/reasons.md): 34 reasons, alphabetical; the
/// order is not significant.
enum class reason_kind {
  authfailure,
  badreputation,
  blocked,
  contenterror,
  delivered,
  emailtoolarge,
  expired,
  failedstarttls,
  feedback,
  filtered,
  hasmoved,
  hostunknown,
  mailboxfull,
  mailererror,
  networkerror,
  norelaying,
  notaccept,
  notcompliantrfc,
  onhold,
  policyviolation,
  ratelimited,
  rejected,
  requireptr,
  securityerror,
  spamdetected,
  suppressed,
  suspend,
  syntaxerror,
  systemerror,
  systemfull,
  undefined,
  userunknown,
  vacation,
  virusdetected,
  // The names before Sisimai 5.6 merged them, kept so that code naming them still compiles: each
  // is the same value as the reason it became, and is written under the new name.
  mesgtoobig = emailtoolarge,
  exceedlimit = emailtoolarge,
  speeding = ratelimited,
  toomanyconn = ratelimited,
};
inline constexpr int reason_count = static_cast<int>(reason_kind::virusdetected) + 1;
static_assert(reason_count == 34, "Sisimai 5.8 has 34 reasons");

/// Where record::status came from.
enum class status_source { dsn, reply, text, inferred };

/// Where record::timestamp came from, in order of preference: the DSN's Last-Attempt-Date, its
/// Arrival-Date, the bounce's own Date:, the newest Received: date of the bounce, or a provider
/// event's own time.
enum class timestamp_source { last_attempt_date, arrival_date, date, received, event };

/// One header of the returned message that the caller asked for (options::headers): its name as
/// asked, and its value, unset when the message has no such header.
struct named_header {
  std::string name;
  std::optional<std::string> value;
};

std::string_view to_string(action_kind) noexcept;
std::string_view to_string(reason_kind) noexcept;
std::string_view to_string(status_source) noexcept;
std::string_view to_string(timestamp_source) noexcept;
/// Parses a reason name ("userunknown"); the pre-5.6 names (mesgtoobig, exceedlimit, speeding,
/// toomanyconn) are accepted as aliases of the reasons they became; nullopt for an unknown name.
std::optional<reason_kind> reason_from_string(std::string_view) noexcept;

/// One record per recipient. JSON keys (docs/record-schema.md) use the same names; the schema
/// (name, type, null rule, accessor of every field) is record_fields in record_schema.hpp.
struct record {
  std::string source;             ///< path as given; "-" for stdin
  std::size_t message_index = 1;  ///< 1-based position in an mbox
  std::string recipient;
  action_kind action = action_kind::failed;
  std::optional<status_code> status;
  std::optional<bounce::status_source> status_source;
  std::string status_class_title, status_subject_title, status_detail_title;
  std::optional<int> reply_code;
  reason_kind reason = reason_kind::undefined;
  bool hard_bounce = false;
  std::string diagnostic_type;
  std::string diagnostic;
  std::string smtp_command;
  std::string remote_mta, reporting_mta;
  std::string arrival_date, last_attempt_date;  ///< RFC 3339, or empty
  std::string original_message_id, original_from, original_to, original_subject;
  std::string feedback_type;
  std::string engine;  ///< extractor that produced the evidence
  std::string rule;    ///< rule that decided the reason
  std::vector<std::string> warnings;
  // Fields added after the first release; in JSON they follow "warnings" (new keys at the end).
  std::string timestamp;  ///< RFC 3339, or empty
  std::optional<bounce::timestamp_source> timestamp_source;
  std::string sender, sender_domain, destination;
  std::string original_recipient;  ///< DSN Original-Recipient, decoded
  std::string list_id, feedback_id;
  std::string to, delivered_to;       ///< the bounce's own To and Delivered-To
  std::string verp_recipient;         ///< the recipient decoded from a VERP bounce address
  std::string token;                  ///< de-duplication key (docs/record-schema.md)
  std::vector<named_header> headers;  ///< the returned message's headers options::headers names
  bool permanent = false;             ///< the failure will not be retried (docs/record-schema.md)
  std::string esp, esp_category, esp_message_id;  ///< provider events (docs/esp.md)
  /// The report's Original-Envelope-Id (RFC 3464 section 2.2.1): the ENVID the sender gave at
  /// MAIL FROM (RFC 3461 section 4.4), as the report writes it.
  std::string envelope_id;
};

}  // namespace bounce
