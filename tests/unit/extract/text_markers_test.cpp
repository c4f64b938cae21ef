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

}  // namespace

TEST_CASE("marker_scanner: first occurrences, ASCII case-insensitive") {
  const marker_scanner s({"this is the mail system", "abc", "-------", "été", "mail"});
  const auto first = scan(s, "Hello\nTHIS IS THE Mail System at host\n---------\nÉtÉ été mail");
  CHECK(first[0] == 6);
  CHECK(first[1] == std::string_view::npos);
  CHECK(first[2] == 38);
  CHECK(first[3] == 54);  // "É" is not folded: the first "été" is the lower-case one
  CHECK(first[4] == 18);
  const marker_hits hits(first.data(), first.size());
  CHECK(hits.has(0));
  CHECK_FALSE(hits.has(1));
  CHECK_FALSE(hits.has(99));
}

// The scanner must answer exactly as one detail::ifind per marker, which the extractors asked
// before: random texts over a small alphabet (so that markers occur, overlap and repeat).
TEST_CASE("marker_scanner: same answers as detail::ifind on random texts") {
  std::mt19937 rng(20240611);
  const std::string text_chars = "aAbB- \n\xc3\xa9";
  const std::string marker_chars = "ab- \n\xc3\xa9";
  auto pick = [&](const std::string& from, std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(from[rng() % from.size()]);
    return s;
  };
  for (int round = 0; round < 3000; ++round) {
    std::vector<std::string> owned;
    const std::size_t count = 1 + rng() % 12;
    for (std::size_t k = 0; k < count; ++k) owned.push_back(pick(marker_chars, 1 + rng() % 7));
    const std::vector<std::string_view> markers(owned.begin(), owned.end());
    const marker_scanner s(markers);
    const std::string text = pick(text_chars, rng() % 300);
    const auto first = scan(s, text);
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
