// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file options.hpp  Parse options and resource limits.
#include <cstddef>
#include <string>
#include <vector>

#include "bounce/record.hpp"

namespace bounce {

/// Resource limits. Over a limit a message gets a clear error (message_too_large) or falls back
/// to a simpler view with a warning; it never crashes, hangs or takes unbounded memory.
struct limits {
  std::size_t max_message_bytes = 10u << 20;  ///< larger messages fail with errc::message_too_large
  std::size_t max_header_line = 64u
                                << 10;  ///< longest raw header line before MIME parsing is skipped
  std::size_t max_parts = 1000;         ///< boundary lines ("--...") before MIME parsing is skipped
  std::size_t max_depth = 64;  ///< multipart / rfc822 nesting before MIME parsing is skipped
  std::size_t max_recipients =
      10000;  ///< records per message; more are dropped, warning "truncated_recipients"
  std::size_t max_diagnostic =
      4096;  ///< bytes of diagnostic text kept; warning "truncated_diagnostic"
  // Provider events (JSON input, docs/esp.md): over a limit the event, or the rest of the input,
  // gets an "error: event N: ..." warning instead of records.
  std::size_t max_event_bytes = 1u << 20;  ///< one event (an array item, a line, a wrapper)
  std::size_t max_event_depth = 64;        ///< JSON nesting of one event
  std::size_t max_events = 100000;         ///< events read from one input; the rest is an error
};

/// VERP decoding of the address a bounce was sent to (record::verp_recipient; docs/record-schema.md
/// "VERP"). The local part of the bounce address is PREFIX USER SEPARATOR DOMAIN, e.g.
/// "bounces+user=example.org" or "prefix-user=example.org".
struct verp_options {
  bool enabled = true;
  /// Local-part prefixes, each with its own delimiter ("bounces+", "list-bounces-"), compared
  /// ASCII case-insensitively. Empty: any prefix up to the first '+', else up to the last '-'
  /// before the separator ("bounce-17-user=example.org").
  std::vector<std::string> prefixes;
  char separator = '=';  ///< between the recipient's local part and its domain
};

struct options {
  bounce::limits limits;
  bool include_delivered = true;  ///< emit records for success DSNs (reason delivered)
  bool include_feedback = true;   ///< emit records for ARF feedback reports (reason feedback)
  bool include_vacation = true;   ///< emit records for RFC 3834 auto-replies (reason vacation)

  /// Whether records of this reason are emitted (the include_* switches above); mail and
  /// provider events are filtered by this one rule.
  constexpr bool wants(reason_kind reason) const noexcept {
    switch (reason) {
      case reason_kind::delivered:
        return include_delivered;
      case reason_kind::feedback:
        return include_feedback;
      case reason_kind::vacation:
        return include_vacation;
      default:
        return true;
    }
  }
  /// Headers of the returned message to copy into record::headers, by name (case-insensitive),
  /// in this order; a name the message lacks is there with no value. For a provider event: the
  /// event's headers of the sent message, then its metadata (docs/esp.md).
  std::vector<std::string> headers;
  bounce::verp_options verp;
};

}  // namespace bounce
