#include "extract/text_scan.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "detail/string_util.hpp"

namespace bounce::extract {
namespace {
using detail::ifind;

constexpr bool is_addr_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '_' || c == '-' || c == '+' || c == '=' || c == '/' || c == '!' ||
         c == '%' || c == '#' || c == '$' || c == '&' || c == '\'' || c == '*' || c == '?' ||
         c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c == '~' ||
         static_cast<unsigned char>(c) >= 0x80;
}
constexpr bool is_domain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

std::string_view clean(std::string_view a) {
  while (!a.empty() && (a.back() == '.' || a.back() == '-')) a.remove_suffix(1);
  while (!a.empty() && (a.front() == '.' || a.front() == '\'' || a.front() == '`')) a.remove_prefix(1);
  return a;
}

// Expands around the '@' at position at; returns the address or empty.
std::string_view address_at(std::string_view text, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && is_addr_char(text[b - 1])) --b;
  std::size_t e = at + 1;
  if (e < text.size() && text[e] == '[') {  // domain literal
    auto close = text.find(']', e);
    if (close == std::string_view::npos) return {};
    e = close + 1;
  } else {
    while (e < text.size() && is_domain_char(text[e])) ++e;
  }
  std::string_view local = text.substr(b, at - b);
  if (detail::istarts_with(local, "mailto:")) local.remove_prefix(7);
  std::string_view a = clean(text.substr(b, e - b));
  if (detail::istarts_with(a, "mailto:")) a.remove_prefix(7);
  return is_address(a) ? a : std::string_view{};
}

}  // namespace

bool is_address(std::string_view s) {
  auto at = s.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
  std::string_view domain = s.substr(at + 1);
  if (domain.front() == '[') return domain.back() == ']';
  auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.';
}

std::string find_address(std::string_view text) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    auto a = address_at(text, at);
    if (!a.empty()) return std::string(a);
  }
  return {};
}

std::vector<std::string> find_addresses(std::string_view text, std::size_t max) {
  std::vector<std::string> out;
  for (std::size_t at = text.find('@'); at != std::string_view::npos && out.size() < max;
       at = text.find('@', at + 1)) {
    auto a = address_at(text, at);
    if (a.empty()) continue;
    bool seen = false;
    for (const auto& o : out)
      if (detail::iequals(o, a)) seen = true;
    if (!seen) out.emplace_back(a);
  }
  return out;
}

std::string normalize_command(std::string_view w) {
  w = detail::trim(w);
  struct entry { std::string_view prefix, command; };
  static constexpr entry table[] = {
      {"rcpt", "RCPT"}, {"mail", "MAIL"}, {"data", "DATA"}, {"end of data", "DATA"},
      {"end of message", "DATA"}, {"ehlo", "EHLO"}, {"helo", "HELO"}, {"lhlo", "EHLO"},
      {"connect", "CONN"}, {"conn ", "CONN"}, {"starttls", "STARTTLS"}, {"auth ", "AUTH"},
      {"bdat", "DATA"}, {"quit", "QUIT"},
  };
  for (const auto& e : table)
    if (detail::istarts_with(w, e.prefix)) return std::string(e.command);
  return {};
}

namespace {

// The phrases after which a text names the command ("in reply to RCPT TO command"), by the
// first letter they start with. A space stands for any run of white space (wrapped lines put
// a newline and indentation inside "in reply to\n    RCPT TO command"). None is the start of
// another, so at most one matches at a position.
constexpr std::string_view command_markers[] = {
    "in reply to ", "after ", ">>> ", "error after ", "during ", "while sending ",
    "response to ", "reply to ", "smtp error from remote mail server after ",
};

static_assert([] {
  for (std::string_view m : command_markers)
    if (m.size() < 2 || m[1] == ' ') return false;
  return true;
}(), "find_smtp_command checks a marker's second byte as a plain byte");

// By text byte (either case): the markers (bit k for command_markers[k]) whose byte at `at`
// it is. Most letters start some marker, few pairs of letters do: both bytes together rule
// out nearly every position before any comparison.
constexpr std::array<std::uint16_t, 256> command_markers_by_byte(std::size_t at) {
  std::array<std::uint16_t, 256> t{};
  for (unsigned c = 0; c < 256; ++c)
    for (std::size_t k = 0; k < std::size(command_markers); ++k)
      if (detail::ascii_lower(static_cast<char>(c)) == command_markers[k][at])
        t[c] |= static_cast<std::uint16_t>(1u << k);
  return t;
}
constexpr auto command_markers_by_first = command_markers_by_byte(0);
constexpr auto command_markers_by_second = command_markers_by_byte(1);

// The end of lower_marker matched at text[at] (white-space runs as single spaces; a run
// matches only when text goes on after it), or npos.
std::size_t match_collapsed(std::string_view text, std::size_t at, std::string_view lower_marker) {
  std::size_t j = at;
  for (char c : lower_marker) {
    if (c == ' ') {
      if (j >= text.size() || !detail::is_space(text[j])) return std::string_view::npos;
      while (j < text.size() && detail::is_space(text[j])) ++j;
      if (j == text.size()) return std::string_view::npos;
    } else {
      if (j >= text.size() || detail::ascii_lower(text[j]) != c) return std::string_view::npos;
      ++j;
    }
  }
  return j;
}

// The command word at text[at]: its first 16 characters with white-space runs as single spaces.
std::string command_at(std::string_view text, std::size_t at) {
  char word[16];
  std::size_t n = 0;
  for (std::size_t j = at; j < text.size() && n < sizeof word;) {
    if (detail::is_space(text[j])) {
      word[n++] = ' ';
      while (j < text.size() && detail::is_space(text[j])) ++j;
    } else {
      word[n++] = text[j++];
    }
  }
  return normalize_command(std::string_view(word, n));
}

}  // namespace

std::string find_smtp_command(std::string_view raw) {
  // The earliest marker followed by a command word wins: one pass, no copy of the text.
  const std::string_view text = raw.substr(0, 1 << 16);
  // Every marker is two bytes or longer, so none starts at the last byte.
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    for (unsigned mask = command_markers_by_first[static_cast<unsigned char>(text[i])] &
                         command_markers_by_second[static_cast<unsigned char>(text[i + 1])];
         mask != 0; mask &= mask - 1) {
      const std::string_view m = command_markers[std::countr_zero(mask)];
      const std::size_t end = match_collapsed(text, i, m);
      if (end == std::string_view::npos) continue;
      std::string cmd = command_at(text, end);
      if (!cmd.empty()) return cmd;
    }
  }
  return {};
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < text.size()) out.push_back(text.substr(start));
      break;
    }
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

}  // namespace bounce::extract
