// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Joins a draft, the registry and the reason rules into a record (architecture.md §6).
#include <string>
#include <string_view>

#include "bounce/options.hpp"
#include "bounce/record.hpp"
#include "extract/draft.hpp"

namespace bounce::rules {

/// Builds the record for one draft into rec (a default-constructed record, typically already in
/// its final place, so that it is not moved again): chooses the status, decides the reason
/// (recording the rule), sets hard_bounce, the registry titles and the action. The draft's
/// strings are moved into the record, not copied: the draft is left valid but unspecified.
/// Message-level fields (source, original_*) are left to the caller.
void classify_draft(extract::draft&& d, std::string_view engine, const limits&, record& rec);

/// detail::collapse_space over s itself (no second buffer): runs of white space become one
/// space, none at the ends.
void collapse_space_in_place(std::string& s);

}  // namespace bounce::rules
