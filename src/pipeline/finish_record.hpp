// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file finish_record.hpp  The fields of a record that follow from its other fields, derived in
/// one place for records of mail and of provider events alike.
#include <string>
#include <string_view>

#include "bounce/options.hpp"
#include "bounce/record.hpp"

namespace bounce::pipeline {

/// Sets destination (the recipient's domain), sender_domain (the sender's), token (record_token)
/// and permanent from the fields already filled (sender, recipient, timestamp, reason, action,
/// status ...; docs/record-schema.md says how each is derived). Fields already set are kept.
void finish_record(record& rec, const options& opt);

/// The de-duplication key of a record: Sisimai's token, the SHA-1 hex digest of
/// "\x02" sender "\x1e" recipient "\x1e" epoch-seconds "\x03" with both addresses lower-cased.
/// Empty when recipient is empty or timestamp is not an RFC 3339 date-time.
std::string record_token(std::string_view sender, std::string_view recipient,
                         std::string_view timestamp);

/// Whether the failure a record reports will not be retried: a failure (not a delivery, feedback
/// or vacation record) whose action is "failed" (RFC 3464 2.3.3: the MTA gave up) and whose
/// status is permanent (class 5; else a 5xx reply), or that the reporting MTA's own DSN gave
/// up on, or whose reason is expiry (the notice says it stopped retrying).
bool is_permanent(const record& rec) noexcept;

}  // namespace bounce::pipeline
