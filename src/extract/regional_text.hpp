#pragma once
// Scanning helpers shared by the regional extractors (Japanese carriers and ISPs, European and
// Russian providers, mail-filter appliances). All of them read free text line by line; these
// helpers keep that reading in one place. No allocation in the predicates used by claims().
#include <string>
#include <string_view>
#include <vector>

#include "bounce/record.hpp"
#include "extract/draft.hpp"
#include "mime/report.hpp"

namespace bounce::extract::regional {

/// True when any top-level header `name` contains lower_needle (ASCII case-insensitive).
bool header_contains(const mime::report& r, std::string_view name, std::string_view lower_needle);

/// The text after the first occurrence of lower_marker (case-insensitive), starting at the next
/// line; empty when the marker is absent.
std::string_view after_marker(std::string_view text, std::string_view lower_marker);

/// text cut at the first occurrence of any of the lower-case markers (the whole text when none).
std::string_view cut_at(std::string_view text, std::initializer_list<std::string_view> markers);

/// The address inside <...> on line, or a line that is an address alone ("a@b.example",
/// "\"a@b.example\":", "<a@b.example>"); empty otherwise.
std::string_view bare_address(std::string_view line);

/// Leading blanks of a line (tabs count as 8).
std::size_t indent_of(std::string_view line);

/// One recipient block of an Exim-style failure list:
///   "  addr\n    SMTP error from remote mail server after RCPT TO:<addr>:\n    host h [ip]: 550 ..."
///   "  <addr>: 550 5.1.1 ..."
struct exim_entry {
  std::string recipient;
  std::string diagnostic;  ///< the remote MTA's reply (or Exim's own message), joined by spaces
  std::string command;     ///< from "... after RCPT TO:" etc.
  std::string remote_mta;  ///< from "host NAME [ip]:"
};

/// Reads the blocks of an Exim-style list (the text after "... failed:"). Stops at a line that
/// starts with "------" or at a line at column 0 after the list has begun.
std::vector<exim_entry> exim_entries(std::string_view list);

/// The United Internet (GMX, WEB.DE, 1&1/IONOS) bounce body after "... failed:": an address
/// alone on a line ("\"a@b\":", "<a@b>", "a@b") starts a block; "SMTP error from remote server
/// after RCPT command:" gives the command, "host: NAME" the remote MTA, "Reason:" and
/// "For the following reason:" are labels, other lines are the diagnostic.
std::vector<exim_entry> united_internet_entries(std::string_view list);

/// Exim's own messages (not the remote reply) whose meaning is fixed by Exim's catalogue.
struct stated_reason {
  reason_kind reason;
  std::string_view rule;  ///< id part of "extractor/<engine>/<id>"
};
const stated_reason* exim_message_reason(std::string_view diagnostic);

/// Turns exim entries into drafts (command, remote MTA, diagnostic; reason for Exim's own
/// catalogue messages) with rule prefix "extractor/<engine>/".
void exim_drafts(std::vector<exim_entry>&& entries, std::string_view engine,
                 std::vector<draft>& out);

/// A case-insensitive table lookup: the first entry whose pattern occurs in text.
struct phrase_reason {
  std::string_view pattern;  ///< lower-case
  reason_kind reason;
  std::string_view rule;
};
template <std::size_t N>
const phrase_reason* match_table(std::string_view text, const phrase_reason (&table)[N]);

bool contains_ci(std::string_view text, std::string_view lower_needle);

template <std::size_t N>
const phrase_reason* match_table(std::string_view text, const phrase_reason (&table)[N]) {
  for (const auto& e : table)
    if (contains_ci(text, e.pattern)) return &e;
  return nullptr;
}

/// Sets d.reason and d.rule = "extractor/<engine>/<id>" from a table hit.
void state_reason(draft& d, std::string_view engine, const phrase_reason& hit);

/// Appends s to out with one space between (no leading space).
void append_text(std::string& out, std::string_view s);

}  // namespace bounce::extract::regional
