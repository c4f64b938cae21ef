// The one ordered list of extractors (style.md P12): rfc3464 first, fallback last. The first
// extractor that claims a message and yields a draft wins.
#include <array>
#include <stdexcept>

#include "extract/extractor.hpp"
#include "extract/extractors.hpp"
#include "extract/text_markers.hpp"

namespace bounce::extract {
namespace {

// Upper bound of all extractors' text markers together: the per-message hit table lives on
// the stack of run_extractors().
constexpr std::size_t k_max_markers = 256;

// The text markers of every extractor in one scanner; extractor i's markers are the
// `count[i]` markers from `base[i]`.
struct all_markers {
  std::vector<std::size_t> base, count;
  marker_scanner scanner;
};

marker_scanner scanner_of(std::span<const extractor* const> list, std::vector<std::size_t>& base,
                          std::vector<std::size_t>& count) {
  std::vector<std::string_view> markers;
  for (const extractor* e : list) {
    const auto own = e->text_markers();
    base.push_back(markers.size());
    count.push_back(own.size());
    markers.insert(markers.end(), own.begin(), own.end());
  }
  if (markers.size() > k_max_markers) throw std::length_error("extractors: too many text markers");
  return marker_scanner(std::move(markers));
}

const all_markers& markers_of_all() {
  static const all_markers m = [] {
    std::vector<std::size_t> base, count;
    marker_scanner s = scanner_of(ordered_extractors(), base, count);
    return all_markers{std::move(base), std::move(count), std::move(s)};
  }();
  return m;
}

}  // namespace

std::span<const extractor* const> ordered_extractors() {
  static const extractor* const list[] = {
#define BOUNCE_EXTRACTOR(name) &name##_extractor(),
#include "extract/extractor_list.inc"
#undef BOUNCE_EXTRACTOR
  };
  return list;
}

std::string_view run_extractors(const mime::report& rep, std::vector<draft>& out,
                                bool (*skip)(const extractor&)) {
  const all_markers& markers = markers_of_all();
  std::array<std::size_t, k_max_markers> first;
  markers.scanner.scan(rep.text, std::span(first).first(markers.scanner.size()));
  const auto list = ordered_extractors();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const extractor* e = list[i];
    if (skip && skip(*e)) continue;
    const marker_hits hits(rep.text,
                           markers.scanner.markers().subspan(markers.base[i], markers.count[i]),
                           first.data() + markers.base[i]);
    if (!e->claims(rep, hits)) continue;
    const std::size_t before = out.size();
    e->extract(rep, out);
    if (out.size() > before) return e->name();
  }
  return {};
}

}  // namespace bounce::extract
