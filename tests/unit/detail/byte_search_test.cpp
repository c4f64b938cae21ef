// SPDX-License-Identifier: BSD-2-Clause
#include "detail/byte_search.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace bounce;

namespace {

// Texts over a small alphabet, so that needles, partial matches and newlines are frequent; the
// buffer around each text is kept so loads near its ends read valid memory.
std::string random_text(std::mt19937& rng, std::size_t max_len, std::string_view alphabet) {
  std::uniform_int_distribution<std::size_t> len(0, max_len);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string s(len(rng), ' ');
  for (char& c : s) c = alphabet[pick(rng)];
  return s;
}

}  // namespace

TEST_SUITE("detail/byte_search") {
  TEST_CASE("find_newline and newline_at agree with find('\\n') at every start") {
    std::mt19937 rng(7);
    for (int round = 0; round < 3000; ++round) {
      const std::string text = random_text(rng, 100, "ab\n-");
      for (std::size_t from = 0; from <= text.size(); ++from) {
        const std::size_t want = std::min(text.find('\n', from), text.size());
        REQUIRE(detail::newline_at(text, from) == want);
      }
    }
    CHECK(detail::newline_at("", 0) == 0);
  }

  TEST_CASE("find_byte agrees with find at every start") {
    std::mt19937 rng(6);
    for (int round = 0; round < 2000; ++round) {
      const std::string text = random_text(rng, 100, "ab;");
      for (std::size_t from = 0; from <= text.size(); ++from) {
        const char* got = detail::find_byte(text.data() + from, text.data() + text.size(), ';');
        REQUIRE(static_cast<std::size_t>(got - text.data()) ==
                std::min(text.find(';', from), text.size()));
      }
    }
  }

  TEST_CASE("newline_before finds each newline followed by c, C or -") {
    std::mt19937 rng(5);
    for (int round = 0; round < 2000; ++round) {
      const std::string text = random_text(rng, 100, "cCb\nC-");
      for (std::size_t from = 0; from <= text.size(); ++from) {
        std::size_t want = std::string::npos;
        for (std::size_t i = from; i + 1 < text.size(); ++i)
          if (text[i] == '\n' && (text[i + 1] == 'c' || text[i + 1] == 'C' || text[i + 1] == '-')) {
            want = i;
            break;
          }
        REQUIRE(detail::newline_before(text, from, 'c', '-') == want);
      }
    }
  }

  TEST_CASE("find_last_newline agrees with rfind('\\n') at every end") {
    std::mt19937 rng(8);
    for (int round = 0; round < 3000; ++round) {
      const std::string text = random_text(rng, 100, "ab\n");
      for (std::size_t end = 0; end <= text.size(); ++end) {
        const char* got = detail::find_last_newline(text.data(), text.data() + end);
        const std::size_t want = end == 0 ? std::string::npos : text.rfind('\n', end - 1);
        REQUIRE((got == nullptr ? std::string::npos
                                : static_cast<std::size_t>(got - text.data())) == want);
      }
    }
  }

  TEST_CASE("find_bytes agrees with std::string_view::find") {
    std::mt19937 rng(9);
    for (int round = 0; round < 20000; ++round) {
      const std::string hay = random_text(rng, 120, "-ab\n");
      const std::string needle = random_text(rng, 20, "-ab");
      std::uniform_int_distribution<std::size_t> start(0, hay.size() + 2);
      const std::size_t from = start(rng);
      const std::size_t want =
          from > hay.size() ? std::string::npos : std::string_view(hay).find(needle, from);
      REQUIRE(detail::find_bytes(hay, needle, from) == want);
    }
    CHECK(detail::find_bytes("abc", "", 1) == 1);
    CHECK(detail::find_bytes("abc", "", 4) == std::string_view::npos);
    CHECK(detail::find_bytes("a--b\n--bound\n", "--bound") == 5);
  }

  TEST_CASE("find_bytes stays linear on a run of the needle's own bytes") {
    // Every position is a candidate: without the budget this compares 1 MiB x 2 KiB.
    const std::string hay(1u << 20, '-');
    const std::string needle = std::string(2048, '-') + "x";
    CHECK(detail::find_bytes(hay, needle) == std::string_view::npos);
    CHECK(detail::find_bytes(hay + "x", needle) == hay.size() - 2048);
  }
}
