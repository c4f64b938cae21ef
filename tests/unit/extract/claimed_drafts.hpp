// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The drafts one extractor makes of a message, for the extractor tests: the test fails unless
// the extractor claims the message on its own (claims_alone), as the registry would ask it.
#include <doctest/doctest.h>

#include <vector>

#include "claims_alone.hpp"
#include "extract/extractor.hpp"

namespace bounce::extract {

inline std::vector<draft> claimed_drafts(const extractor& e, const mime::report& r) {
  REQUIRE(claims_alone(e, r));
  std::vector<draft> out;
  e.extract(r, out);
  return out;
}

}  // namespace bounce::extract
