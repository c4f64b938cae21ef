// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/text.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <random>
#include <string>
#include <string_view>

#include "bounce/fields.hpp"

namespace {

// The definition of unfold(), byte by byte: what the line-wise version must equal.
std::string naive_unfold(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  auto eol = [](char c) { return c == '\r' || c == '\n'; };
  std::size_t b = 0, e = s.size();
  while (b < e && (blank(s[b]) || eol(s[b]))) ++b;
  while (e > b && (blank(s[e - 1]) || eol(s[e - 1]))) --e;
  std::string out;
  for (std::size_t i = b; i < e;) {
    if (!eol(s[i])) {
      out.push_back(s[i++]);
      continue;
    }
    while (!out.empty() && blank(out.back())) out.pop_back();
    while (i < e && (blank(s[i]) || eol(s[i]))) ++i;
    out.push_back(' ');
  }
  return out;
}

std::string printf_rfc3339(const bounce::date_time& d) {
  char buf[64];
  int const off = d.offset_minutes < 0 ? -d.offset_minutes : d.offset_minutes;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, d.day,
                d.hour, d.minute, d.second, d.offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

}  // namespace

TEST_SUITE("grammar/text") {
  TEST_CASE("unfold") {
    CHECK(bounce::grammar::unfold("a \n\t b") == "a b");
    CHECK(bounce::grammar::unfold(" \r\n a\r\n\r\n b \t") == "a b");
    CHECK(bounce::grammar::unfold("plain text") == "plain text");
    CHECK(bounce::grammar::unfold("\n \t\r").empty());
  }

  TEST_CASE("unfold and unfold_in_place equal the byte-wise definition") {
    std::mt19937 rng(12345);
    constexpr char alphabet[] = {'a', 'b', ' ', '\t', '\r', '\n', ';', 'x'};
    for (int round = 0; round < 20000; ++round) {
      std::string s(rng() % 24, 'a');
      for (char& c : s) c = alphabet[rng() % sizeof alphabet];
      CAPTURE(s);
      const std::string want = naive_unfold(s);
      CHECK(bounce::grammar::unfold(s) == want);
      std::string in_place = s;
      bounce::grammar::unfold_in_place(in_place);
      CHECK(in_place == want);
    }
  }

  TEST_CASE("to_rfc3339 equals its printf format, in range and out of it") {
    std::mt19937 rng(6789);
    const int specials[] = {0, 1, 9, 10, 59, 60, 99, 100, 999, 1000, 9999, 10000, -1, -10, 123456};
    auto pick = [&] {
      return rng() % 2 ? specials[rng() % std::size(specials)] : static_cast<int>(rng() % 200) - 50;
    };
    for (int round = 0; round < 20000; ++round) {
      bounce::date_time d;
      d.year = rng() % 2 ? static_cast<int>(rng() % 12000) : pick();
      d.month = pick();
      d.day = pick();
      d.hour = pick();
      d.minute = pick();
      d.second = pick();
      d.offset_minutes = rng() % 2 ? static_cast<int>(rng() % 12001) - 6000 : pick();
      CAPTURE(d.year);
      CAPTURE(d.offset_minutes);
      CHECK(d.to_rfc3339() == printf_rfc3339(d));
    }
  }
}
