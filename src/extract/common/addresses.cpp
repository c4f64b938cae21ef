// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/addresses.hpp"

#include "detail/string_util.hpp"
#include "extract/common/lines.hpp"

namespace bounce::extract::kit {
namespace {
using detail::ifind;

constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  return s;
}

constexpr bool is_addr_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-' || c == '+' || c == '=' || c == '/' || c == '!' || c == '%' ||
         c == '#' || c == '$' || c == '&' || c == '\'' || c == '*' || c == '?' || c == '^' ||
         c == '`' || c == '{' || c == '|' || c == '}' || c == '~' ||
         static_cast<unsigned char>(c) >= 0x80;
}
constexpr bool is_domain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

std::string_view clean(std::string_view a) {
  while (!a.empty() && (a.back() == '.' || a.back() == '-')) a.remove_suffix(1);
  while (!a.empty() && (a.front() == '.' || a.front() == '\'' || a.front() == '`'))
    a.remove_prefix(1);
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

std::string_view strip_address(std::string_view s) {
  s = detail::trim(s);
  while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
  s = detail::trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return detail::trim(s);
}

bool lists_addresses_only(std::string_view text) {
  bool any = false;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = detail::trim(text.substr(at, nl - at));
    if (!line.empty()) {
      if (address_alone(line).empty()) return false;
      any = true;
    }
    at = nl + 1;
  }
  return any;
}

std::string_view address_alone(std::string_view line) {
  std::string_view s = detail::trim(line);
  if (!s.empty() && s.back() == ':') s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  if (s.find_first_of(" \t<>\"") != std::string_view::npos) return {};
  return is_address(s) ? s : std::string_view{};
}

std::string host_name(std::string_view s) {
  s = detail::trim(s);
  if (detail::istarts_with(s, "host ")) s = ltrim(s.substr(5));
  std::size_t e = 0;
  while (e < s.size() && s[e] != ' ' && s[e] != '[' && s[e] != '(' && s[e] != ':' && s[e] != ',' &&
         s[e] != '\t')
    ++e;
  std::string_view h = s.substr(0, e);
  while (!h.empty() && h.back() == '.') h.remove_suffix(1);
  return std::string(h);
}

std::string host_or_literal(std::string_view s) {
  std::string h = host_name(s);
  s = detail::trim(s);
  if (h.empty() && !s.empty() && s.front() == '[') {
    const std::size_t close = s.find(']');
    if (close != std::string_view::npos) h.assign(s.substr(0, close + 1));
  }
  return h;
}

bool host_serves(std::string_view host, std::string_view recipient) {
  auto at = recipient.rfind('@');
  if (at == std::string_view::npos || host.empty()) return false;
  std::string_view domain = recipient.substr(at + 1);
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  if (detail::iequals(host, domain)) return true;
  if (host.size() <= domain.size()) return false;
  return host[host.size() - domain.size() - 1] == '.' &&
         detail::iequals(host.substr(host.size() - domain.size()), domain);
}

std::string_view expanded_from(std::string_view s) {
  constexpr std::string_view opening = "(expanded from";
  s = detail::trim(s);
  if (!detail::istarts_with(s, opening)) return {};
  s = s.substr(opening.size());
  if (!s.empty() && s.front() == ':') s.remove_prefix(1);
  s = s.substr(0, s.find(')'));
  return strip_address(s);
}

std::vector<address_block> angle_address_blocks(std::string_view text) {
  std::vector<address_block> out;
  address_block* cur = nullptr;
  std::string body;
  bool pending_alias = false;  // "(expanded from" ended the line; "<alias>):" follows
  auto flush = [&]() {
    if (cur) cur->text = std::string(detail::trim(body));
    body.clear();
    cur = nullptr;
  };
  for_lines(text, [&](std::string_view raw, std::size_t) {
    std::string_view line = detail::trim(raw);
    if (line.empty()) {
      flush();
      return true;
    }
    if (pending_alias && cur && line.front() == '<') {
      pending_alias = false;
      std::size_t gt = line.find('>');
      std::size_t end = line.find("):");
      if (gt != std::string_view::npos && end != std::string_view::npos && end > gt) {
        cur->alias = std::string(line.substr(1, gt - 1));
        body = std::string(ltrim(line.substr(end + 2)));
        return true;
      }
    }
    pending_alias = false;
    // A block starts at column 0; after a blank line (no block open) one or two blanks before
    // it are tolerated (Postfix notices re-indented by a relay: " <a@b>: host ... said:"), while
    // an indented "<a@b>" inside a block (a wrapped reply, at 4 columns) stays its text.
    const std::size_t indent = raw.size() - ltrim(raw).size();
    if (line.front() == '<' && (indent == 0 || (!cur && indent <= 2))) {
      std::size_t close = line.find('>');
      if (close != std::string_view::npos) {
        std::string_view addr = line.substr(1, close - 1);
        std::string_view rest = ltrim(line.substr(close + 1));
        std::string alias;
        if (detail::istarts_with(rest, "(expanded from")) {
          // "(expanded from <alias>):" may be folded onto the next line; take what is here.
          alias = std::string(expanded_from(rest));
          std::size_t end = rest.find("):");
          if (end == std::string_view::npos) pending_alias = true;
          rest = end == std::string_view::npos ? std::string_view{} : ltrim(rest.substr(end + 2));
        } else if (!rest.empty() && rest.front() == ':') {
          rest = ltrim(rest.substr(1));
        } else if (!rest.empty()) {
          // "<a@b> some text" is a sentence, not a block start.
          if (cur) {
            body.push_back('\n');
            body.append(line);
          }
          return true;
        }
        // "<<< 550 5.1.1 <a@b>: ..." (a Courier or Sendmail transcript's reply line) opens
        // with '<' too; an address in brackets holds no '<' and no blank outside quotes.
        const bool bracketed =
            addr.find('<') == std::string_view::npos &&
            (addr.find_first_of(" \t") == std::string_view::npos || addr.front() == '"');
        if (bracketed && (is_address(addr) || addr.find('@') == std::string_view::npos)) {
          const bool alias_pending = pending_alias;
          flush();
          out.push_back({std::string(addr), std::move(alias), {}});
          cur = &out.back();
          body = std::string(rest);
          pending_alias = alias_pending;
          return true;
        }
      }
    }
    if (cur) {
      if (!body.empty()) body.push_back('\n');
      body.append(line);
    }
    return true;
  });
  flush();
  // A block needs an address; "<postmaster>" and the like are not recipients.
  std::vector<address_block> kept;
  for (auto& b : out)
    if (is_address(b.recipient)) kept.push_back(std::move(b));
  return kept;
}

}  // namespace bounce::extract::kit
