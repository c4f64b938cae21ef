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

constexpr bool table_is_indexed() {
  for (int i = 0; i < reason_count; ++i)
    if (static_cast<int>(table[i].reason) != i) return false;
  return true;
}
static_assert(table_is_indexed(), "reason table must follow the reason_kind order");
}  // namespace

const reason_info& info(reason_kind r) noexcept { return table[static_cast<int>(r)]; }

std::pair<int, int> inferred_code(reason_kind r, inferred_status rule) noexcept {
  if (rule.set()) return {rule.subject, rule.detail};
  return {info(r).subject, info(r).detail};
}

bool is_hard(reason_kind r, bool temporary) noexcept {
  if (r == reason_kind::notaccept) return !temporary;
  return info(r).hard;
}

}  // namespace bounce::rules
