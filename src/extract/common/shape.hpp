// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit, topic "shape": most extractors are a name, the text markers their
// claims() asks about, and two functions. An extractor file defines those in its anonymous
// namespace (the markers as an array indexed by an enum `text_marker`, checked by a
// static_assert on its size; run_extractors() finds all extractors' markers in one pass) and
// returns a static `kit::shaped_extractor` from its accessor:
//   const extractor& x1_extractor() {
//     static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
//     return instance;
//   }
#include <span>
#include <string_view>
#include <vector>

#include "extract/extractor.hpp"

namespace bounce::extract::kit {

class shaped_extractor final : public extractor {
 public:
  using claims_fn = bool (*)(const mime::report&, const marker_hits&);
  using extract_fn = void (*)(const mime::report&, std::vector<draft>&);
  constexpr shaped_extractor(std::string_view name, std::span<const std::string_view> markers,
                             claims_fn claims, extract_fn extract) noexcept
      : name_(name), markers_(markers), claims_(claims), extract_(extract) {}
  std::string_view name() const override { return name_; }
  std::span<const std::string_view> text_markers() const override { return markers_; }
  bool claims(const mime::report& r, const marker_hits& text) const override {
    return claims_(r, text);
  }
  void extract(const mime::report& r, std::vector<draft>& out) const override { extract_(r, out); }

 private:
  std::string_view name_;
  std::span<const std::string_view> markers_;
  claims_fn claims_;
  extract_fn extract_;
};

}  // namespace bounce::extract::kit
