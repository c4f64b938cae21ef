// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// SHA-1 (FIPS 180-4), for the record's token only: the token must equal Sisimai's, which is a
// SHA-1 hex digest. Not for anything that needs collision resistance.
#include <array>
#include <string_view>

namespace bounce::pipeline {

/// The 40 lower-case hex digits of SHA-1(data).
std::array<char, 40> sha1_hex(std::string_view data) noexcept;

}  // namespace bounce::pipeline
