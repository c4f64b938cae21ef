// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file error.hpp  Error codes of the public API (fatal errors travel in bounce::result).
#include <string>
#include <system_error>

namespace bounce {

/// Errors returned in a result. Soft problems are not errors: they are warnings on a record
/// or on the parsed message (see docs/record-schema.md).
enum class errc {
  ok = 0,
  io_error,           ///< fatal: a file or directory could not be opened or read
  message_too_large,  ///< fatal: the message exceeds options::limits::max_message_bytes
  not_a_message,      ///< fatal: no header block at all (empty input, binary junk)
  bad_field,          ///< fatal for a field parser: the text does not match the grammar
  usage,              ///< fatal: bad argument to an API call
  not_regular_file,   ///< a FIFO, socket or device (or a link to one) met in a directory: skipped
};

/// The category of bounce::errc ("bounce").
const std::error_category& error_category() noexcept;

inline std::error_code make_error_code(errc e) noexcept {
  return {static_cast<int>(e), error_category()};
}

}  // namespace bounce

template <>
struct std::is_error_code_enum<bounce::errc> : std::true_type {};
