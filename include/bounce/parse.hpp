// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file parse.hpp  Parse one message, or every message under a path.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/options.hpp"
#include "bounce/record.hpp"
#include "bounce/result.hpp"

namespace bounce {

/// What one message gave: its records (possibly none: not a bounce) and message-level warnings.
struct parsed_message {
  std::vector<record> records;
  std::vector<std::string> warnings;  ///< e.g. "no_recipient", "mime_limits"
};

/** Parse one raw message (any line endings). Records have source "" and message_index 1.
    Errors: errc::message_too_large, errc::not_a_message. Throws only std::bad_alloc.
    @par Example
    @code
    auto r = bounce::parse_message(bytes);
    if (r) for (const auto& rec : r->records) std::cout << rec.recipient << ' ' <<
   to_string(rec.reason);
    @endcode */
result<parsed_message> parse_message(std::string_view raw, const options& = {});

/// One message found under a path, as handed to for_each_message's callback.
struct message_ref {
  std::string_view source;  ///< the file's path ("-" for stdin)
  std::size_t index = 1;    ///< 1-based position in an mbox, else 1
};

/// Called once per message: its parse result (or why it could not be read or parsed).
using message_callback = std::function<void(const message_ref&, result<parsed_message>&)>;

/** Read PATH (a file, a directory walked recursively in name order, an mbox, or "-" for stdin)
    and parse every message in it, streaming: memory is bounded by the largest message.
    Records carry source and message_index. Returns errc::io_error when PATH cannot be read at
    all; per-message failures reach the callback and do not stop the walk: errc::io_error or
    the system's error (std::system_category) for a file that cannot be opened or read,
    errc::not_regular_file for a FIFO, socket or device, errc::message_too_large, and the
    errors of parse_message. */
result<std::size_t> for_each_message(std::string_view path, const options&,
                                     const message_callback&);

/// Called once per message found under a path with its bytes (line endings normalised to LF),
/// or with why it could not be read (as for for_each_message: errc::io_error, a system error,
/// errc::not_regular_file, errc::message_too_large). The string may be moved from.
using raw_message_callback = std::function<void(const message_ref&, result<std::string>& bytes)>;

/** Read PATH as for_each_message does (same sources, order, indexes and read errors) without
    parsing: for callers that parse elsewhere, e.g. on worker threads with parse_message_at.
    for_each_message(path, opt, cb) gives the same results as calling parse_message_at on every
    message this yields. */
result<std::size_t> for_each_raw_message(std::string_view path, const options&,
                                         const raw_message_callback&);

/// parse_message for a message read from a source: records carry ref.source and ref.index.
result<parsed_message> parse_message_at(std::string_view raw, const message_ref& ref,
                                        const options& = {});

/// What a streamed parse (parse_message_each) says of the message besides its records.
struct message_summary {
  std::size_t records = 0;            ///< records given to the callback
  std::vector<std::string> warnings;  ///< message-level warnings, as in parsed_message
};

/// Called once per record, in record order, as soon as the record is complete. The record may
/// be moved from; it is not used after the call.
using record_callback = std::function<void(record&)>;

/** parse_message_at that hands each record to a callback instead of collecting them: a notice
    with thousands of recipients then never holds more than one finished record (memory: the
    message, its parse and one record; docs/performance.md). The records and warnings are those
    of parse_message_at, in the same order. Errors as parse_message; none after a record was
    given. */
result<message_summary> parse_message_each(std::string_view raw, const message_ref& ref,
                                           const options&, const record_callback&);

}  // namespace bounce
