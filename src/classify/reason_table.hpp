// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Per-reason facts from docs/reasons.md: the status inferred when a bounce carries none, and
// whether the reason is a hard bounce.
#include <string_view>
#include <utility>

#include "bounce/record.hpp"
#include "classify/rules.hpp"

namespace bounce::rules {

struct reason_info {
  reason_kind reason;
  int subject, detail;  ///< inferred X.subject.detail (registered); -1 when the status stays null
  bool hard;            ///< hard bounce (notaccept: unless the evidence is temporary)
};

const reason_info& info(reason_kind) noexcept;

/// The inferred X.subject.detail for a reason decided by a rule: the deciding row's own column
/// (rule.set(): a sending rate's X.7.0, a recipient limit's X.2.3), else info()'s.
std::pair<int, int> inferred_code(reason_kind, inferred_status rule) noexcept;

/// The hard-bounce rule: userunknown, hostunknown, hasmoved always; notaccept unless temporary.
bool is_hard(reason_kind, bool temporary) noexcept;

/// Whether is_hard(r, temporary) depends on temporary: a caller may skip finding it out
/// otherwise.
constexpr bool hard_needs_temporary(reason_kind r) noexcept { return r == reason_kind::notaccept; }

/// True for outcomes that are not failures (delivered, feedback, vacation).
constexpr bool is_non_failure(reason_kind r) noexcept {
  return r == reason_kind::delivered || r == reason_kind::feedback || r == reason_kind::vacation;
}

}  // namespace bounce::rules
