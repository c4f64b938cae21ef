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

/// The closed reason taxonomy (docs/reasons.md). Order here is alphabetical and not significant.
enum class reason_kind {
  authfailure,
  badreputation,
  blocked,
  contenterror,
  delivered,
  exceedlimit,
  expired,
  failedstarttls,
  feedback,
  filtered,
  hasmoved,
  hostunknown,
  mailboxfull,
  mailererror,
  mesgtoobig,
  networkerror,
  norelaying,
  notaccept,
  notcompliantrfc,
  onhold,
  policyviolation,
  rejected,
  requireptr,
  securityerror,
  spamdetected,
  speeding,
  suppressed,
  suspend,
  syntaxerror,
  systemerror,
  systemfull,
  toomanyconn,
  undefined,
  userunknown,
  vacation,
  virusdetected,
};
inline constexpr int reason_count = static_cast<int>(reason_kind::virusdetected) + 1;

/// Where record::status came from.
enum class status_source { dsn, reply, text, inferred };

std::string_view to_string(action_kind) noexcept;
std::string_view to_string(reason_kind) noexcept;
std::string_view to_string(status_source) noexcept;
/// Parses a reason name ("userunknown"); nullopt for an unknown name.
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
};

}  // namespace bounce
