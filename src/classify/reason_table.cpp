// SPDX-License-Identifier: BSD-2-Clause
#include "classify/reason_table.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace bounce::rules {
namespace {
using R = reason_kind;
// Indexed by reason_kind; the inferred-status column of docs/reasons.md.
constexpr std::array<reason_info, reason_count> table = {{
    {R::authfailure, 7, 26, false}, {R::badreputation, 7, 1, false},
    {R::blocked, 7, 1, false},      {R::contenterror, 6, 0, false},
    {R::delivered, 0, 0, false},    {R::emailtoolarge, 3, 4, false},
    {R::expired, 4, 7, false},      {R::failedstarttls, 7, 10, false},
    {R::feedback, -1, -1, false},   {R::filtered, 2, 0, false},
    {R::hasmoved, 1, 6, true},      {R::hostunknown, 1, 2, true},
    {R::mailboxfull, 2, 2, false},  {R::mailererror, 3, 0, false},
    {R::networkerror, 4, 0, false}, {R::norelaying, 7, 1, false},
    {R::notaccept, 3, 2, true},     {R::notcompliantrfc, 6, 0, false},
    {R::onhold, 0, 0, false},       {R::policyviolation, 7, 1, false},
    {R::ratelimited, 4, 5, false},  {R::rejected, 7, 1, false},
    {R::requireptr, 7, 25, false},  {R::securityerror, 7, 0, false},
    {R::spamdetected, 7, 1, false}, {R::suppressed, 0, 0, false},
    {R::suspend, 2, 1, false},      {R::syntaxerror, 5, 2, false},
    {R::systemerror, 3, 0, false},  {R::systemfull, 3, 1, false},
    {R::undefined, 0, 0, false},    {R::userunknown, 1, 1, true},
    {R::vacation, -1, -1, false},   {R::virusdetected, 7, 1, false},
}};

// The second code of the inferred-status column (docs/reasons.md): ratelimited is X.7.0 when
// the limit is the sender's sending rate (a policy, what Sisimai 5.5 called speeding) rather than
// connections (X.4.5); emailtoolarge is X.2.3 when the limit is the recipient mailbox's (what
// Sisimai 5.5 called exceedlimit) rather than the system's (X.3.4). The rules that read such a
// limit, by their stable name (record.rule).
struct rule_code {
  std::string_view rule;
  int subject, detail;
};
constexpr rule_code rule_codes[] = {
    {"text/en/rate-limit", 7, 0},
    {"text/en/recipient-rate", 7, 0},
    {"provider/google/recipient-rate", 7, 0},
    {"provider/google/recipient-too-quickly", 7, 0},
    {"provider/google/daily-quota", 7, 0},
    {"provider/cox/cxmxrt", 7, 0},
    {"provider/spectrum/1080", 7, 0},
    {"provider/godaddy/ib605", 7, 0},
    {"provider/godaddy/ib607", 7, 0},
    {"provider/godaddy/recipients-per-hour", 7, 0},
    {"provider/iua/err-5", 7, 0},
    {"text/en/exceed-limit", 2, 3},
    {"status/X.2.3", 2, 3},
    {"provider/microsoft/recipient-limit", 2, 3},
    {"extractor/office365/recipient-limit", 2, 3},
    {"extractor/exchange2003/too-many-recipients", 2, 3},
};

constexpr bool table_is_indexed() {
  for (int i = 0; i < reason_count; ++i)
    if (static_cast<int>(table[i].reason) != i) return false;
  return true;
}
static_assert(table_is_indexed(), "reason table must follow the reason_kind order");
}  // namespace

const reason_info& info(reason_kind r) noexcept { return table[static_cast<int>(r)]; }

std::pair<int, int> inferred_code(reason_kind r, std::string_view rule) noexcept {
  if (r == reason_kind::ratelimited || r == reason_kind::emailtoolarge)
    for (const rule_code& c : rule_codes)
      if (c.rule == rule) return {c.subject, c.detail};
  return {info(r).subject, info(r).detail};
}

bool is_hard(reason_kind r, bool temporary) noexcept {
  if (r == reason_kind::notaccept) return !temporary;
  return info(r).hard;
}

}  // namespace bounce::rules
