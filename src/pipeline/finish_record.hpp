// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file finish_record.hpp  The fields of a record that follow from its other fields, derived in
/// one place for records of mail and of provider events alike.
#include "bounce/options.hpp"
#include "bounce/record.hpp"

namespace bounce::pipeline {

/// Sets destination (the recipient's domain), sender_domain (the sender's) and permanent from the
/// fields already filled (docs/record-schema.md says how each is derived).
void finish_record(record& rec, const options& opt);

/// Whether the failure a record reports will not be retried: a failure (not a delivery, feedback
/// or vacation record) whose action is "failed" (RFC 3464 2.3.3: the MTA gave up) and whose
/// status is permanent (class 5; else a 5xx reply), or that the reporting MTA's own DSN gave
/// up on, or whose reason is expiry (the notice says it stopped retrying).
bool is_permanent(const record& rec) noexcept;

}  // namespace bounce::pipeline
