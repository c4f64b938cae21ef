// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// A small JSON reader for provider events (RFC 8259): one event at a time into a small tree,
// with a byte and a depth limit, so that a hostile input costs at most the limits, never a
// crash, a hang or unbounded memory. Numbers are kept as their text (codes and timestamps are
// read by the adapters as they need them).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bounce::esp::json {

struct value {
  enum class kind : unsigned char { null, boolean, number, string, array, object };
  kind type = kind::null;
  bool boolean = false;
  std::string text;               ///< a string (decoded) or a number (as written)
  std::vector<std::string> keys;  ///< an object's keys, in order
  std::vector<value> items;       ///< an array's items, or an object's values (keys[i])

  bool is_object() const noexcept { return type == kind::object; }
  bool is_array() const noexcept { return type == kind::array; }
  /// The member named key of an object (the first one); nullptr when absent or not an object.
  const value* get(std::string_view key) const noexcept;
  /// The text of a string or number member; "" when absent or of another type.
  std::string_view str(std::string_view key) const noexcept;
  /// The text of this value when it is a string or a number, else "".
  std::string_view scalar() const noexcept;
};

/// Why a text is not one JSON value within the limits.
enum class error_kind : unsigned char { none, truncated, syntax, too_deep, too_large };
std::string_view to_string(error_kind) noexcept;

struct error {
  error_kind kind = error_kind::none;
  std::size_t offset = 0;  ///< byte offset of the problem in the text given
};

/// Parses the JSON value at the start of text (white space around it allowed, nothing else
/// after it). On failure returns false and sets err; out is then unspecified.
bool parse(std::string_view text, std::size_t max_depth, value& out, error& err);

/// The end (one past) of the JSON value starting at text[pos], found without building it:
/// strings are skipped, brackets counted up to max_depth. Scans at most max_bytes bytes. On
/// failure returns false and sets err (truncated when the text ends first, too_large when the
/// value is longer than max_bytes, too_deep, syntax for a value that cannot start here).
bool value_extent(std::string_view text, std::size_t pos, std::size_t max_depth,
                  std::size_t max_bytes, std::size_t& end, error& err);

}  // namespace bounce::esp::json
