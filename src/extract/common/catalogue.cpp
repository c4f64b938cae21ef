// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/catalogue.hpp"

#include <string>

#include "bounce/fields.hpp"
#include "detail/string_util.hpp"

namespace bounce::extract::kit {
namespace {

// The end of lower_phrase matched at text[at] (a space of the phrase matches a run of white
// space), or npos.
std::size_t match_folded_at(std::string_view text, std::size_t at, std::string_view lower_phrase) {
  std::size_t j = at;
  for (const char c : lower_phrase) {
    if (c == ' ') {
      if (j >= text.size() || !detail::is_space(text[j])) return std::string_view::npos;
      while (j < text.size() && detail::is_space(text[j])) ++j;
    } else {
      if (j >= text.size() || detail::ascii_lower(text[j]) != c) return std::string_view::npos;
      ++j;
    }
  }
  return j;
}

}  // namespace

bool contains_folded(std::string_view text, std::string_view lower_phrase) {
  if (lower_phrase.empty()) return true;
  // The phrase up to its first space is found with the fast search, the rest compared there.
  const std::string_view head = lower_phrase.substr(0, lower_phrase.find(' '));
  if (head.empty()) {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (match_folded_at(text, i, lower_phrase) != std::string_view::npos) return true;
    return false;
  }
  for (std::size_t p = detail::ifind(text, head); p != std::string_view::npos;
       p = detail::ifind(text, head, p + 1))
    if (match_folded_at(text, p, lower_phrase) != std::string_view::npos) return true;
  return false;
}

const phrase* find_phrase(std::string_view text, std::span<const phrase> table) {
  for (const auto& e : table)
    if (contains_folded(text, e.text)) return &e;
  return nullptr;
}

void set_verdict(draft& d, std::string_view engine, std::string_view id, reason_kind reason,
                 draft::strength strength) {
  d.reason = reason;
  d.rule.reserve(10 + engine.size() + 1 + id.size());
  d.rule.assign("extractor/").append(engine).append("/").append(id);
  d.reason_strength = strength;
}

bool apply_catalogue(draft& d, std::string_view engine, std::span<const phrase> table,
                     std::string_view text) {
  const phrase* e = find_phrase(text, table);
  if (!e) return false;
  set_verdict(d, engine, e->id, e->reason);
  return true;
}

void ses_expired_reply(draft& d, std::string_view engine) {
  // "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"
  const std::size_t m = detail::ifind(d.diagnostic, "message expired");
  if (m == std::string_view::npos) return;
  const std::size_t lt = d.diagnostic.find('<', m);
  const std::size_t gt = d.diagnostic.rfind('>');
  if (lt == std::string_view::npos || gt == std::string_view::npos || gt < lt) return;
  const std::string inner = d.diagnostic.substr(lt + 1, gt - lt - 1);
  if (inner.size() < 3 || inner[0] < '2' || inner[0] > '5') return;
  if (auto st = find_status_in_text(inner)) {
    d.status = *st;
    d.status_from = status_source::text;
  }
  d.reply_code = find_reply_code_in_text(inner);
  // The remote reply first, so that any reader of the text meets its codes before SES's summary.
  d.diagnostic =
      inner + " (" + std::string(detail::trim(std::string_view(d.diagnostic).substr(0, lt))) + ")";
  set_verdict(d, engine, "message-expired", reason_kind::expired);
}

}  // namespace bounce::extract::kit
