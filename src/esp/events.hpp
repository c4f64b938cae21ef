// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Provider events in, records out (docs/esp.md): the entry the pipeline calls when its input is
// JSON rather than mail.
#include <string_view>

#include "bounce/options.hpp"
#include "bounce/parse.hpp"
#include "bounce/record.hpp"

namespace bounce::esp {

/// True when bytes are provider events rather than mail, by content: the first non-blank byte
/// opens a JSON object or array, or the bytes are a form body whose field is mandrill_events.
bool is_event_input(std::string_view bytes) noexcept;

/// Completes a record with the fields derived from the others (the pipeline's finish_record).
using record_finisher = void (*)(record&, const options&);

/// Reads every event in bytes (a single event, a JSON array of events, JSON Lines, or the
/// wrappers of SNS, Mailgun and Mandrill) and gives one record per recipient per outcome event,
/// in input order, message_index = the event's 1-based position. Events that are not outcomes
/// are counted in a warning "skipped_events: N"; a broken or unknown event gets a warning
/// "error: event N: ..." and the rest is read on.
parsed_message parse_events(std::string_view bytes, const options& opt, record_finisher finish);

}  // namespace bounce::esp
