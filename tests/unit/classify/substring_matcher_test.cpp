// SPDX-License-Identifier: BSD-2-Clause
// substring_matcher against the naive answer (one std::string_view::find per pattern), over
// random pattern sets and over the patterns the classifier registers (its phrase and provider
// tables, read through phrase_patterns/provider_patterns), on random texts built to hit them.
#include "classify/substring_matcher.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <deque>
#include <random>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "classify/text_hits.hpp"

using bounce::rules::substring_matcher;

namespace {

std::set<std::uint32_t> naive(const std::vector<substring_matcher::pattern>& ps,
                              std::string_view text) {
  std::set<std::uint32_t> out;
  for (const auto& p : ps)
    if (text.find(p.text) != std::string_view::npos) out.insert(p.id);
  return out;
}

std::set<std::uint32_t> fast(const substring_matcher& m, std::string_view text) {
  std::set<std::uint32_t> out;
  m.match(text, [&](std::uint32_t id) { out.insert(id); });
  return out;
}

// A text of pieces: random bytes from alphabet, and whole or cut patterns (so that matches,
// near-misses and overlaps all occur).
std::string random_text(std::mt19937& rng, const std::vector<substring_matcher::pattern>& ps,
                        std::string_view alphabet, std::size_t pieces) {
  std::string t;
  for (std::size_t i = 0; i < pieces; ++i) {
    const unsigned kind = rng() % 4;
    if (kind == 0 || ps.empty()) {
      for (unsigned k = rng() % 6; k > 0; --k) t.push_back(alphabet[rng() % alphabet.size()]);
    } else {
      std::string_view p = ps[rng() % ps.size()].text;
      if (kind == 1 && !p.empty()) p = p.substr(rng() % p.size());     // a suffix
      if (kind == 2 && !p.empty()) p = p.substr(0, rng() % p.size());  // a proper prefix
      t.append(p);
    }
  }
  return t;
}

}  // namespace

TEST_CASE("substring_matcher: random patterns over a small alphabet, naive find agrees") {
  std::mt19937 rng(12345);
  const std::string alphabet = "abc \xe3\x81";
  for (int round = 0; round < 300; ++round) {
    std::deque<std::string> store;  // the matcher keeps views (a deque does not move them)
    std::vector<substring_matcher::pattern> ps;
    const unsigned count = 1 + rng() % 20;
    for (unsigned i = 0; i < count; ++i) {
      std::string& s = store.emplace_back();
      for (unsigned k = rng() % 7; k > 0; --k) s.push_back(alphabet[rng() % alphabet.size()]);
      ps.push_back({s, static_cast<std::uint32_t>(rng() % 8)});  // ids repeat across patterns
    }
    const substring_matcher m(ps);
    for (int t = 0; t < 20; ++t) {
      const std::string text = random_text(rng, ps, alphabet, rng() % 12);
      CAPTURE(round);
      CAPTURE(text);
      CHECK(fast(m, text) == naive(ps, text));
    }
  }
}

TEST_CASE("substring_matcher: a two-argument callback gets the offset just past each occurrence") {
  // Every occurrence, overlapping ones too, as (id, end) pairs: the naive answer is each find.
  // With space_at_end, each find in text + " ", at offsets up to text.size() + 1.
  std::mt19937 rng(777);
  const std::string alphabet = "ab ";
  for (int round = 0; round < 400; ++round) {
    std::deque<std::string> store;
    std::vector<substring_matcher::pattern> ps;
    for (unsigned i = 0, n = 1 + rng() % 8; i < n; ++i) {
      std::string& s = store.emplace_back();
      for (unsigned k = 1 + rng() % 4; k > 0; --k) s.push_back(alphabet[rng() % alphabet.size()]);
      ps.push_back({s, i});
    }
    const substring_matcher m(ps);
    const std::string text = random_text(rng, ps, alphabet, rng() % 10);
    const bool space_at_end = round % 2 == 1;
    const std::string seen = space_at_end ? text + " " : text;
    std::multiset<std::pair<std::uint32_t, std::size_t>> want, got;
    for (const auto& p : ps)
      for (std::size_t at = seen.find(p.text); at != std::string::npos;
           at = seen.find(p.text, at + 1))
        want.insert({p.id, at + p.text.size()});
    m.match(
        text,
        [&](std::uint32_t id, std::size_t end) {
          got.insert({id, end});
        },
        space_at_end);
    CAPTURE(text);
    CAPTURE(space_at_end);
    CHECK(got == want);
  }
}

TEST_CASE("substring_matcher: with space_at_end a word's trailing space matches at the end") {
  const substring_matcher words({{"rbl ", 1}});
  std::set<std::uint32_t> at_end;
  words.match(
      "450 dt:rbl", [&](std::uint32_t id) { at_end.insert(id); }, true);
  CHECK(at_end == std::set<std::uint32_t>{1});
  CHECK(fast(words, "450 dt:rbl").empty());  // without the option, the end is no space
}

TEST_CASE("substring_matcher: an empty pattern occurs in every text, the empty one too") {
  const substring_matcher m({{"", 7}, {"x", 1}});
  CHECK(fast(m, "") == std::set<std::uint32_t>{7});
  CHECK(fast(m, "axb") == std::set<std::uint32_t>{1, 7});
  const substring_matcher none({});
  CHECK(fast(none, "anything").empty());
}

TEST_CASE("substring_matcher: outputs reached through the failure links") {
  // "he" ends inside "she", "hers" contains "he" and "her": the classic example.
  const substring_matcher m({{"he", 0}, {"she", 1}, {"his", 2}, {"hers", 3}, {"e", 4}});
  CHECK(fast(m, "ushers") == std::set<std::uint32_t>{0, 1, 3, 4});
  CHECK(fast(m, "hi his") == std::set<std::uint32_t>{2});
  CHECK(fast(m, "sh") == std::set<std::uint32_t>{});
}

TEST_CASE("substring_matcher: the classifier's own tables, naive find agrees") {
  std::vector<substring_matcher::pattern> ps;
  const std::uint32_t phrase_ids = bounce::rules::phrase_patterns(ps, 0);
  bounce::rules::provider_patterns(ps, phrase_ids);
  REQUIRE(ps.size() > 100);
  const substring_matcher m(ps);
  std::mt19937 rng(777);
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .:;-_#@<>()[]\xe3\x81\x82\xe5";
  std::size_t hits = 0;
  for (int t = 0; t < 2000; ++t) {
    const std::string text = random_text(rng, ps, alphabet, rng() % 8);
    const auto expected = naive(ps, text);
    hits += expected.size();
    CAPTURE(text);
    CHECK(fast(m, text) == expected);
  }
  CHECK(hits > 1000);  // the texts did hit the tables
}
