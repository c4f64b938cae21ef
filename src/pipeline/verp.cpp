// SPDX-License-Identifier: BSD-2-Clause
// VERP decoding. The two forms are those of qmail (the "prefix-user=domain" form of
// VERP, D. J. Bernstein, "Variable envelope return paths", cr.yp.to/proto/verp.txt) and of
// Mailman, Postfix and most sending services ("bounces+user=domain", RFC 5233 subaddress
// syntax).
#include "pipeline/verp.hpp"

#include "detail/string_util.hpp"

namespace bounce::pipeline {
namespace {

// A domain as a VERP address carries it: at least one dot, letters, digits, '-' and '.', no
// empty label at either end.
bool plausible_domain(std::string_view d) noexcept {
  if (d.size() < 3 || d.front() == '.' || d.back() == '.' || d.find('.') == std::string_view::npos)
    return false;
  for (char c : d) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string decode_verp(std::string_view address, const verp_options& opt) {
  if (!opt.enabled) return {};
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos || at == 0) return {};
  std::string_view local = address.substr(0, at);
  std::size_t start = std::string_view::npos;
  if (opt.prefixes.empty()) {
    // "bounces+user=domain": the first '+' (Mailman, RFC 5233 subaddress). Else the '-' form,
    // where the prefix itself often holds dashes and ids (ezmlm's "list-return-123-user=domain",
    // "bounce-<id>-user=domain"): the last '-' before the separator. A recipient whose local part
    // holds a '-' needs opt.prefixes.
    std::size_t cut = local.find('+');
    if (cut == std::string_view::npos) {
      const std::size_t sep = local.rfind(opt.separator);
      if (sep != std::string_view::npos) cut = local.substr(0, sep).rfind('-');
    }
    if (cut != std::string_view::npos && cut > 0) start = cut + 1;
  } else {
    for (const std::string& p : opt.prefixes)
      if (!p.empty() && local.size() > p.size() && detail::istarts_with(local, p)) {
        start = p.size();
        break;
      }
  }
  if (start == std::string_view::npos) return {};
  local.remove_prefix(start);
  const std::size_t sep = local.rfind(opt.separator);
  if (sep == std::string_view::npos || sep == 0) return {};
  const std::string_view user = local.substr(0, sep), domain = local.substr(sep + 1);
  if (!plausible_domain(domain) || user.find('@') != std::string_view::npos) return {};
  std::string out;
  out.reserve(user.size() + 1 + domain.size());
  out.append(user).push_back('@');
  out += detail::to_lower(domain);
  return out;
}

}  // namespace bounce::pipeline
