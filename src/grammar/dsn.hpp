// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The body of a message/delivery-status part as typed values (RFC 3464 §2.2, §2.3).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/record.hpp"
#include "bounce/status.hpp"

namespace bounce::grammar {

struct dsn_field {
  std::string name;   ///< as written
  std::string value;  ///< unfolded, trimmed
};

struct dsn_recipient {
  std::string final_recipient;     ///< address only (type, brackets removed)
  std::string original_recipient;  ///< address only
  std::optional<action_kind> action;
  std::string action_raw;
  std::optional<status_code> status;
  std::string status_raw;
  std::string remote_mta;         ///< host, without "dns;"
  std::string diagnostic_type;    ///< upper-cased: "SMTP", "X-UNIX", "X-POSTFIX"
  std::string diagnostic;         ///< unfolded text after "type;"
  std::string last_attempt_date;  ///< RFC 3339, empty when absent or unparsed
  std::string will_retry_until;   ///< RFC 3339
  std::string final_log_id;
  std::vector<dsn_field> extra;       ///< X- fields and unknown fields, passed through
  std::vector<std::string> warnings;  ///< "field_unparsed:<name>"
};

struct dsn_message {
  std::string reporting_mta;
  std::string received_from_mta;
  std::string arrival_date;  ///< RFC 3339
  std::string original_envelope_id;
  std::vector<dsn_field> extra;
  std::vector<dsn_recipient> recipients;  ///< groups that name a recipient, in order
  std::vector<std::string> warnings;
  bool truncated = false;  ///< more groups than max_recipients named a recipient: not read
};

/// The warning a field that did not parse leaves on its group and record:
/// "field_unparsed:<name, lower-case>" (docs/record-schema.md, `warnings`).
std::string unparsed_field_warning(std::string_view name);

/// Split a delivery-status body at blank lines, unfold, and parse every known field with its
/// grammar. A field that does not parse is kept raw with a warning; nothing here aborts.
/// At most max_recipients recipients are read; reading stops at the next one (truncated).
/// Memory is bounded by the recipients kept, not by the body: a group holds one unapplied field
/// and at most 64 extra fields are kept per recipient and per message.
dsn_message parse_dsn(std::string_view body,
                      std::size_t max_recipients = static_cast<std::size_t>(-1));

}  // namespace bounce::grammar
