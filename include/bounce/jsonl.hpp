#pragma once
/// @file jsonl.hpp  JSON Lines output: one record per line, every key, always valid UTF-8.
#include <string>

#include "bounce/record.hpp"

namespace bounce {

/// Appends the record as one JSON object and a newline to out. Invalid UTF-8 becomes U+FFFD and
/// adds the warning "invalid_utf8" to the printed warnings.
void append_json(std::string& out, const record& rec);
std::string to_json(const record& rec);

}  // namespace bounce
