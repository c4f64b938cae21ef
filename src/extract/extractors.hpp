#pragma once
// Accessors of every extractor listed in extractor_list.inc.
#include "extract/extractor.hpp"

namespace bounce::extract {
#define BOUNCE_EXTRACTOR(name) const extractor& name##_extractor();
#include "extract/extractor_list.inc"
#undef BOUNCE_EXTRACTOR
}  // namespace bounce::extract
