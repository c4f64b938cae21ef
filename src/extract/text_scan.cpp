#include "extract/text_scan.hpp"

#include <algorithm>

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

std::string find_smtp_command(std::string_view raw) {
  // Wrapped lines put a newline and indentation inside "in reply to\n    RCPT TO command".
  const std::string collapsed = detail::collapse_space(raw.substr(0, 1 << 16));
  const std::string_view text = collapsed;
  // Ordered patterns: the word after the marker names the command.
  static constexpr std::string_view markers[] = {
      "in reply to ", "after ", ">>> ", "error after ", "during ", "while sending ",
      "response to ", "reply to ", "smtp error from remote mail server after ",
  };
  std::string best;
  std::size_t best_pos = std::string_view::npos;
  for (auto m : markers) {
    for (std::size_t p = ifind(text, m); p != std::string_view::npos; p = ifind(text, m, p + 1)) {
      std::string cmd = normalize_command(text.substr(p + m.size(), 16));
      if (cmd.empty()) continue;
      if (p < best_pos) {
        best_pos = p;
        best = std::move(cmd);
      }
      break;
    }
  }
  return best;
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
