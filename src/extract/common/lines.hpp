// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit, topic "lines and paragraphs": cutting a notice into the part that
// reports on the failure, walking its lines, finding the paragraph about a recipient.
// Lower-case markers are matched ASCII case-insensitively (detail::ifind); no allocation
// unless a function returns a std::string.
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mime/report.hpp"

namespace bounce::extract::kit {

inline constexpr std::size_t npos = std::string_view::npos;

/// Calls f(line, offset_of_line) for every LF-terminated line of text (without the LF) until
/// f returns false.
template <class F>
void for_lines(std::string_view text, F&& f) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == npos ? text.size() : nl;
    if (!f(text.substr(start, end - start), start)) return;
    if (nl == npos) return;
    start = nl + 1;
  }
}

/// Lines of text (LF separated), without the newline.
std::vector<std::string_view> split_lines(std::string_view text);

/// The line containing offset pos (without its newline).
std::string_view line_at(std::string_view text, std::size_t pos);

/// Offset of the start of the line after the one containing pos (text.size() at the end).
std::size_t next_line(std::string_view text, std::size_t pos);

/// True when the line is empty or only white space.
bool blank(std::string_view line);

/// Leading blanks of a line (a tab counts as 8).
std::size_t indent_of(std::string_view line);

/// Offset just after the first lower-case marker in text at or after from; npos when absent.
std::size_t offset_after(std::string_view text, std::string_view lower_marker,
                         std::size_t from = 0);

/// Text after the end of the line that contains lower_marker first; empty when no line does
/// (or that line is the last).
std::string_view after_line(std::string_view text, std::string_view lower_marker);

/// text cut before the first occurrence of any of the lower-case markers (text itself when
/// none occurs).
std::string_view cut_before(std::string_view text, std::span<const std::string_view> markers);
inline std::string_view cut_before(std::string_view text,
                                   std::initializer_list<std::string_view> markers) {
  return cut_before(text, std::span(markers.begin(), markers.size()));
}

/// Text up to (not including) the first line that starts, after leading blanks, with one of
/// markers, in any case (an extractor claims a message by its markers in any case, so the
/// separator that ends its list is found the same way); the whole text when none does.
std::string_view until_line(std::string_view text, std::initializer_list<std::string_view> markers);

/// True when some line starts, after leading blanks, with prefix (in any case).
bool has_line_starting(std::string_view text, std::string_view prefix);

/// Every line with its leading quote marks ("> ", ">", "> > ") removed.
std::string unquote(std::string_view text);

/// The text with every white-space run (line breaks included) as one space, trimmed.
std::string join_lines(std::string_view text);

/// Appends s, trimmed, to out with one space between (nothing when s is blank).
void append_spaced(std::string& out, std::string_view s);

/// The blank-line delimited paragraph of text around offset at (white-space lines count as
/// blank), without its final newline.
std::string_view paragraph_around(std::string_view text, std::size_t at);

/// Whether line_start (a line up to an address on it) quotes an address header of the returned
/// message ("To: ", "Cc: ", "From: " ...): such a line says nothing about the failure.
bool quoted_header(std::string_view line_start);

/// The paragraph of text that best reports on address: among the paragraphs that mention it,
/// the first that carries an SMTP reply code, else the first that is no quoted header of the
/// returned message, else the first. Empty when none mentions it.
std::string_view paragraph_about(std::string_view text, std::string_view address);

/// Bytes of human-readable text all the per-recipient lookups of one report may read (each
/// reads up to the whole text): 10000 groups over a 5 MB text took 8.5 s; 256 MiB take about
/// 50 ms, and a usual report (a few groups, a few KB of text) never comes near. Past it, the
/// recipients keep what their report groups carry.
inline constexpr std::size_t k_text_scan_budget = 256u << 20;

/// True when some top-level header `name` contains lower_needle (ASCII case-insensitive).
bool header_contains(const mime::report& r, std::string_view name, std::string_view lower_needle);

}  // namespace bounce::extract::kit
