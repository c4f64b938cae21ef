// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit, topic "addresses": finding recipient addresses in text, reading an
// address written alone on a line or in angle brackets, host names of remote MTAs, and the
// "<address>:" paragraphs of qmail-, Postfix- and Courier-style notices.
#include <string>
#include <string_view>
#include <vector>

namespace bounce::extract::kit {

/// True when s is a plausible address (local@domain, domain has a dot or is a literal).
bool is_address(std::string_view s);

/// The first e-mail address in text ("<a@b.example>", "a@b.example"), without brackets; empty
/// when none. A leading "mailto:" and trailing punctuation are dropped.
std::string find_address(std::string_view text);

/// All distinct addresses in text, in order of first appearance.
std::vector<std::string> find_addresses(std::string_view text, std::size_t max = 1000);

/// The address when line holds an address and nothing else ("a@b.example",
/// "\"a@b.example\":", "<a@b.example>"); empty otherwise.
std::string_view address_alone(std::string_view line);

/// Whether every non-blank line of text is an address alone (address_alone): a list of
/// recipients ("<a@b.example>:" then "<c@d.example>:", Courier's list of silent failures), which
/// says nothing of a failure.
bool lists_addresses_only(std::string_view text);

/// s without surrounding blanks, trailing ':' '.' ',' and one pair of angle brackets; not
/// checked to be an address ("<kijitora>:" -> "kijitora").
std::string_view strip_address(std::string_view s);

/// The alias of an "(expanded from <alias>)" (Postfix's bounce(8)) or "(expanded from: alias)"
/// (Sendmail's savemail.c) at the start of s, without brackets: the address the sender mailed.
/// Empty when s does not start so or names no alias on this line.
std::string_view expanded_from(std::string_view s);

/// "host mx.example.net[192.0.2.1]", "mx.example.net [192.0.2.1]": the host name part.
std::string host_name(std::string_view s);

/// host_name(s), or for a host known by its address literal only ("[192.0.2.1]:"), that literal
/// with its brackets: what tells two such hosts apart.
std::string host_or_literal(std::string_view s);

/// True when the recipient's domain is host or a parent domain of host (the MX of a domain is
/// usually a host under it): ("kim@example.org", "mx1.example.org") -> true.
bool host_serves(std::string_view host, std::string_view recipient);

/// An "<addr>:" paragraph of a notice (Postfix, qmail, Courier, X2 ...).
struct address_block {
  std::string recipient;  ///< address without brackets
  std::string alias;      ///< "(expanded from <alias>)" when given
  std::string text;       ///< the rest of the paragraph, lines joined with LF, trimmed
};

/// Paragraphs of text that begin with "<address>" (optionally "(expanded from <x>)") and a ':'.
/// A paragraph runs to the next blank line or the next such start.
std::vector<address_block> angle_address_blocks(std::string_view text);

}  // namespace bounce::extract::kit
