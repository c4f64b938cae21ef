// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// A JSON string writer for the CLI's own objects (stats, classify). Invalid UTF-8 becomes U+FFFD,
// so the output is always valid JSON.
#include <string>
#include <string_view>

#include "bounce/jsonl.hpp"

namespace bounce::cli {

// The library's escaper, so that every JSON the CLI prints follows the same rules.
inline void append_json_string(std::string& out, std::string_view s) {
  (void)bounce::append_json_string(out, s);
}

}  // namespace bounce::cli
