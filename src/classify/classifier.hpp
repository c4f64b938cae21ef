#pragma once
// Joins a draft, the registry and the reason rules into a record (architecture.md §6).
#include <string_view>

#include "bounce/options.hpp"
#include "bounce/record.hpp"
#include "extract/draft.hpp"

namespace bounce::rules {

/// Builds the record for one draft: chooses the status, decides the reason (recording the rule),
/// sets hard_bounce, the registry titles and the action. Message-level fields (source,
/// original_*) are left to the caller.
record classify_draft(const extract::draft&, std::string_view engine, const limits&);

}  // namespace bounce::rules
