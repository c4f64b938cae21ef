// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file jsonl.hpp  JSON Lines output: one record per line, every key, always valid UTF-8.
#include <string>
#include <string_view>

#include "bounce/record.hpp"

namespace bounce {

/// Appends the record as one JSON object and a newline to out. Invalid UTF-8 becomes U+FFFD and
/// adds the warning "invalid_utf8" to the printed warnings.
void append_json(std::string& out, const record& rec);
std::string to_json(const record& rec);

/// Appends s as a quoted JSON string (invalid UTF-8 becomes U+FFFD). Returns false when bytes had
/// to be replaced. For callers that write their own JSON objects beside records.
bool append_json_string(std::string& out, std::string_view s);
/// Whether s is valid UTF-8 (RFC 3629), i.e. append_json_string would copy it unchanged.
bool is_valid_utf8(std::string_view s) noexcept;

}  // namespace bounce
