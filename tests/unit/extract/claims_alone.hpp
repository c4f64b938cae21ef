// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// e.claims() for a report on its own, for the extractor tests: the registry asks claims() with
// every extractor's text markers found in one pass (run_extractors()); a test asks one
// extractor, so it scans the text for that extractor's markers first.
#include <string_view>
#include <vector>

#include "extract/extractor.hpp"
#include "extract/text_markers.hpp"

namespace bounce::extract {

inline bool claims_alone(const extractor& e, const mime::report& rep) {
  const auto own = e.text_markers();
  const marker_scanner scanner(std::vector<std::string_view>(own.begin(), own.end()));
  std::vector<std::size_t> first(scanner.size());
  scanner.scan(rep.text, first);
  return e.claims(rep, marker_hits(rep.text, scanner.markers(), first.data()));
}

}  // namespace bounce::extract
