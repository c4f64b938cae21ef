// The one ordered list of extractors (style.md P12): rfc3464 first, fallback last. The first
// extractor that claims a message and yields a draft wins.
#include <array>

#include "extract/extractor.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {

std::span<const extractor* const> ordered_extractors() {
  static const extractor* const list[] = {
#define BOUNCE_EXTRACTOR(name) &name##_extractor(),
#include "extract/extractor_list.inc"
#undef BOUNCE_EXTRACTOR
  };
  return list;
}

std::string_view run_extractors(const mime::report& rep, std::vector<draft>& out) {
  for (const extractor* e : ordered_extractors()) {
    if (!e->claims(rep)) continue;
    const std::size_t before = out.size();
    e->extract(rep, out);
    if (out.size() > before) return e->name();
  }
  return {};
}

}  // namespace bounce::extract
