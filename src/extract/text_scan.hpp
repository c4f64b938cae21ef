#pragma once
// Helpers extractors share for reading human-readable bounce text.
#include <string>
#include <string_view>
#include <vector>

namespace bounce::extract {

/// The SMTP command a text says the failure came after ("in reply to RCPT TO command",
/// "after RCPT TO:", ">>> DATA", "SMTP error from remote mail server after MAIL FROM:"):
/// CONN, EHLO, HELO, MAIL, RCPT, DATA, or empty.
std::string find_smtp_command(std::string_view text);

/// Normalises a command word ("RCPT TO" -> "RCPT", "end of data" -> "DATA", "connect" -> "CONN").
std::string normalize_command(std::string_view word);

/// The first e-mail address in text ("<a@b.example>", "a@b.example"), without brackets; empty
/// when none. A leading "mailto:" and trailing punctuation are dropped.
std::string find_address(std::string_view text);

/// All distinct addresses in text, in order of first appearance.
std::vector<std::string> find_addresses(std::string_view text, std::size_t max = 1000);

/// True when s is a plausible address (local@domain, domain has a dot or is a literal).
bool is_address(std::string_view s);

/// Lines of text (LF separated), without the newline.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace bounce::extract
