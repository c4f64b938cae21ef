// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The drafts one extractor makes of a message, for the extractor tests: the test fails unless
// the extractor claims the message on its own (claims_alone), as the registry would ask it.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
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

/// A notice with the given header fields and text, as the MIME layer would give it.
inline mime::report notice(
    std::initializer_list<std::pair<std::string_view, std::string_view>> fields, std::string text) {
  mime::report r;
  for (const auto& [name, value] : fields) r.headers.add(name, value);
  r.subject = std::string(r.headers.get("Subject"));  // the layer decodes it; these are ASCII
  r.text = std::move(text);
  return r;
}

/// The one draft e makes of r (claimed by e alone); the test fails when it makes another count.
inline draft only_draft(const extractor& e, const mime::report& r) {
  std::vector<draft> out = claimed_drafts(e, r);
  REQUIRE(out.size() == 1);
  return std::move(out[0]);
}

}  // namespace bounce::extract
