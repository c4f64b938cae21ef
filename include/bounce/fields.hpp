// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file fields.hpp  Field grammars (Spirit X3 inside; no Spirit type here).
///
/// Each parser accepts the whole input (surrounding blanks allowed) or returns errc::bad_field.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/record.hpp"
#include "bounce/result.hpp"
#include "bounce/status.hpp"

namespace bounce {

/** Parse a DSN Status field.
    @par BNF            status-code = class "." 1*3DIGIT "." 1*3DIGIT ; class = "2" / "4" / "5"
    @par Specification  RFC 3464 §2.3.4, RFC 3463 §2
    @par Example        parse_status("5.1.1") -> {5, 1, 1}; a trailing comment "(...)" is allowed */
result<status_code> parse_status(std::string_view field);

/** Parse a DSN Action field (case-insensitive).
    @par BNF            action-field = "failed" / "delayed" / "delivered" / "relayed" / "expanded"
    @par Specification  RFC 3464 §2.3.3 */
result<action_kind> parse_action(std::string_view field);

/// A typed field value: "rfc822; user@example.org" -> {"rfc822", "user@example.org"}.
struct typed_value {
  std::string
      type;  ///< lower-cased address / diagnostic / MTA name type, e.g. "rfc822", "smtp", "dns"
  std::string value;  ///< the rest, unfolded, trimmed
};

/** Parse a typed field: Final-Recipient, Original-Recipient, Remote-MTA, Reporting-MTA,
    Received-From-MTA, Diagnostic-Code.
    @par BNF            typed-field = atom *WSP ";" *WSP text   (folding already undone or accepted)
    @par Specification  RFC 3464 §2.1.2, §2.2.2, §2.3.2, §2.3.5, §2.3.6; RFC 6533 (utf-8 type)
    @par Example        parse_typed_field("rfc822; a@b.example") -> {"rfc822", "a@b.example"} */
result<typed_value> parse_typed_field(std::string_view field);

/** Parse an address field (Final-/Original-Recipient); strips the type, angle brackets and a
    trailing comment, and decodes utf-8 xtext ("\x{...}") of RFC 6533.
    @par Example        parse_address_field("rfc822; <a@b.example>") -> "a@b.example" */
result<std::string> parse_address_field(std::string_view field);

/// A date-time with its original offset.
struct date_time {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;          ///< east of UTC
  std::string to_rfc3339() const;  ///< "2013-10-16T14:15:35+09:00"
};

/** Parse an RFC 5322 date-time (Arrival-Date, Last-Attempt-Date, Will-Retry-Until, Date).
    @par BNF            [day-of-week ","] day month year hour ":" minute [":" second] zone [comment]
    @par Specification  RFC 5322 §3.3 (including obsolete zones), RFC 3464 §2.2.5, §2.3.7
    @par Example        parse_date("Wed, 16 Oct 2013 14:15:35 +0900") */
result<date_time> parse_date(std::string_view field);

/// An SMTP reply (RFC 5321 §4.2) with its optional enhanced code (RFC 2034).
struct smtp_reply {
  int code = 0;                         ///< 3-digit reply code
  std::optional<status_code> enhanced;  ///< enhanced code after the reply code, if any
  std::string text;                     ///< the text, lines joined with one space
};

/** Parse an SMTP reply, single or multi-line ("550-5.1.1 ...\n550 5.1.1 ...").
    @par BNF            reply = *(code "-" [ecode SP] text CRLF) code [SP [ecode SP] text]
    @par Specification  RFC 5321 §4.2, RFC 2034 §4
    @par Example        parse_smtp_reply("550 5.1.1 <a@b> User unknown") -> {550, 5.1.1, "<a@b> User
   unknown"} */
result<smtp_reply> parse_smtp_reply(std::string_view text);

/// First enhanced status code in free text ("... said: 550 5.1.1 user unknown" -> 5.1.1).
/// A code must stand alone (not part of a version number or an IP address).
std::optional<status_code> find_status_in_text(std::string_view text);

/// First SMTP reply code in free text: a 3-digit 2xx/4xx/5xx number standing alone and followed by
/// a space, '-' or an enhanced code ("host said: 550 5.1.1 ..." -> 550).
std::optional<int> find_reply_code_in_text(std::string_view text);

}  // namespace bounce
