// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file timestamp.hpp  The record's RFC 3339 times as numbers (epoch seconds, offset), for
/// writers and callers that need Unix time (record::timestamp, the token, --format sisimai).
#include <optional>
#include <string_view>

namespace bounce {

/// An instant read from an RFC 3339 date-time.
struct rfc3339_time {
  long long epoch = 0;     ///< seconds since 1970-01-01T00:00:00Z
  int offset_minutes = 0;  ///< the written offset, east of UTC ("Z": 0)
};

/** Read "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+HH:MM"/"-HH:MM" (fractions of a second are
    ignored), the form every date of a record has. nullopt when s is not of that form or a field
    is out of range.
    @par Specification  RFC 3339 §5.6
    @par Example        parse_rfc3339("2013-10-16T14:15:35+09:00") -> {1381900535, 540} */
std::optional<rfc3339_time> parse_rfc3339(std::string_view s) noexcept;

}  // namespace bounce
