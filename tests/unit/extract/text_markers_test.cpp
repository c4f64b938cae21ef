// SPDX-License-Identifier: BSD-2-Clause
#include "extract/text_markers.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "detail/string_util.hpp"
#include "extract/extractor.hpp"

using namespace bounce;
using namespace bounce::extract;

namespace {

std::vector<std::size_t> scan(const marker_scanner& s, std::string_view text) {
  std::vector<std::size_t> first(s.size());
  s.scan(text, first);
  return first;
}

std::vector<std::size_t> hits_of(const marker_scanner& s, std::string_view text) {
  std::vector<std::size_t> first = scan(s, text);
  const marker_hits hits(text, s.markers(), first.data());
  for (std::size_t k = 0; k < first.size(); ++k) first[k] = hits.first(k);
  return first;
}

}  // namespace

TEST_CASE("marker_scanner: first occurrences, ASCII case-insensitive") {
  const marker_scanner s({"this is the mail system", "abc", "-------", "été", "mail",
                          "mail system at the host", "mail system at"});
  const std::string text = "Hello\nTHIS IS THE Mail System at host\n---------\nÉtÉ été mail";
  auto first = scan(s, text);
  CHECK(first[0] == 6);
  CHECK(first[1] == marker_hits::unsearched);  // short: searched when asked about
  CHECK(first[5] == std::string_view::npos);   // long (k_min_length bytes and more), absent
  const marker_hits hits(text, s.markers(), first.data());
  CHECK_FALSE(hits.has(1));
  CHECK(hits.first(2) == 38);
  CHECK(hits.first(3) == 54);  // "É" is not folded: the first "été" is the lower-case one
  CHECK(hits.first(4) == 18);
  CHECK(hits.first(6) == 18);
  CHECK_FALSE(hits.has(99));
}

// The scanner must answer exactly as one detail::ifind per marker, which the extractors asked
// before: random texts over a small alphabet with the markers (or near misses) written in at
// random places, in random case, so that markers occur, overlap and repeat.
TEST_CASE("marker_scanner: same answers as detail::ifind on random texts") {
  std::mt19937 rng(20240611);
  // Letters next to the folded range ('@' '[' '`' '{') and bytes whose low seven bits are
  // letters (0xC1 0xDA) must not be folded.
  const std::string marker_chars = "abz@[`{- \n\xc3\xa9\xc1\xda";
  auto pick = [&](const std::string& from, std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(from[rng() % from.size()]);
    return s;
  };
  for (int round = 0; round < 4000; ++round) {
    std::vector<std::string> owned;
    const std::size_t count = 1 + rng() % 12;
    for (std::size_t k = 0; k < count; ++k) owned.push_back(pick(marker_chars, 1 + rng() % 30));
    const std::vector<std::string_view> markers(owned.begin(), owned.end());
    const marker_scanner s(markers);
    std::string text;
    while (text.size() < rng() % 400) {
      if (rng() % 3 == 0) {
        std::string m = owned[rng() % count];
        for (char& c : m)
          if (rng() % 2 && c >= 'a' && c <= 'z') c = char(c - 32);
        if (!m.empty() && rng() % 4 == 0) m.pop_back();  // a near miss
        text += m;
      } else {
        text += pick("aAbBzZ@[`{- \n\xc3\xa9\xc1\xda", rng() % 8);
      }
    }
    const auto first = hits_of(s, text);
    for (std::size_t k = 0; k < count; ++k) {
      INFO("text=", text, " marker=", owned[k]);
      CHECK(first[k] == detail::ifind(text, owned[k]));
    }
  }
}

TEST_CASE("every extractor's text markers are lower-case and not empty") {
  for (const extractor* e : ordered_extractors())
    for (std::string_view m : e->text_markers()) {
      INFO(e->name(), ": ", m);
      CHECK_FALSE(m.empty());
      CHECK(detail::to_lower(m) == m);
    }
}
