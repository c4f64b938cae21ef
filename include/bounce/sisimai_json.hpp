// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file sisimai_json.hpp  Records in the JSON shape of Sisimai 5.8's dump (`bounce parse --format
/// sisimai`); docs/sisimai-format.md maps every key to the record's fields.
#include <array>
#include <string>
#include <string_view>

#include "bounce/record.hpp"

namespace bounce {

/// The keys of a Sisimai record, in the order append_sisimai_json writes them: every line has
/// every key.
inline constexpr std::array<std::string_view, 26> sisimai_keys = {
    "timestamp", "addresser",      "recipient",      "senderdomain",   "destination",
    "reason",    "diagnosticcode", "diagnostictype", "deliverystatus", "replycode",
    "action",    "feedbacktype",   "hardbounce",     "lhost",          "rhost",
    "listid",    "messageid",      "subject",        "command",        "alias",
    "origin",    "token",          "catch",          "timezoneoffset", "decodedby",
    "feedbackid"};

/// Appends the record as one Sisimai-shaped JSON object and a newline to out. Invalid UTF-8
/// becomes U+FFFD (Sisimai's record has no warnings to say so).
void append_sisimai_json(std::string& out, const record& rec);

}  // namespace bounce
