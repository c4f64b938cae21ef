// SPDX-License-Identifier: BSD-2-Clause
#include "classify/text_hits.hpp"

#include "classify/phrase_table.hpp"

#include <bit>
#include <string_view>

namespace bounce::rules {
namespace {

struct combined {
  pattern_bases bases;
  substring_matcher matcher;

  combined() : matcher(patterns(bases)) {}

  static std::vector<substring_matcher::pattern> patterns(pattern_bases& b) {
    std::vector<substring_matcher::pattern> out;
    b.phrases = 0;
    b.providers = b.phrases + phrase_patterns(out, b.phrases);
    b.temporary = b.providers + provider_patterns(out, b.providers);
    for (const temporary_wording& row : temporary_words)
      for (std::string_view w : row.phrases) out.push_back({w, b.temporary});
    b.end = b.temporary + 1;
    return out;
  }
};

// Built once per process, at first use (its build is most of the classifier's one-time cost).
const combined& automaton() {
  static const combined c;
  return c;
}

}  // namespace

const pattern_bases& bases() { return automaton().bases; }

void text_hits::scan(std::string_view text) {
  const combined& c = automaton();
  bits_.assign((c.bases.end + 63) / 64, 0);
  std::uint64_t* const bits = bits_.data();
  c.matcher.match(text,
                  [bits](std::uint32_t id) { bits[id / 64] |= std::uint64_t{1} << (id % 64); });
  scanned_ = true;
}

std::uint32_t text_hits::first(std::uint32_t begin, std::uint32_t end) const noexcept {
  for (std::uint32_t i = begin; i < end; i = (i / 64 + 1) * 64) {
    const std::uint64_t w = bits_[i / 64] >> (i % 64);
    if (w != 0) {
      const std::uint32_t f = i + static_cast<std::uint32_t>(std::countr_zero(w));
      return f < end ? f : end;
    }
  }
  return end;
}

const text_hits& hits_of(const evidence& ev) {
  if (ev.hits) {
    if (!ev.hits->scanned()) ev.hits->scan(ev.text);
    return *ev.hits;
  }
  thread_local text_hits own;
  own.scan(ev.text);
  return own;
}

}  // namespace bounce::rules
