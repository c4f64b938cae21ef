// SPDX-License-Identifier: BSD-2-Clause
// collapse_space and ifind: tables of inputs with hand-written answers (edge cases included),
// then random texts against simple oracles built from the standard library (a split on white
// space and a join; a find in an ASCII-lowered copy), which share no code with the functions.
#include "detail/string_util.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

using namespace bounce;

namespace {

constexpr std::size_t npos = std::string_view::npos;

// The words of s (runs of the six ASCII white-space bytes separate them) joined by one space.
std::string split_and_join(std::string_view s) {
  const std::string_view space = " \t\n\r\f\v";
  std::string out;
  std::size_t i = s.find_first_not_of(space);
  while (i != npos) {
    const std::size_t end = std::min(s.find_first_of(space, i), s.size());
    if (!out.empty()) out += ' ';
    out.append(s.substr(i, end - i));
    i = s.find_first_not_of(space, end);
  }
  return out;
}

// Where lower_needle occurs in s from `from` on, ASCII case-insensitively: a plain find in a copy
// of s with A-Z lowered.
std::size_t find_in_lowered(std::string_view s, std::string_view lower_needle, std::size_t from) {
  std::string lowered(s);
  for (char& c : lowered)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lowered.find(lower_needle, from);
}

}  // namespace

TEST_CASE("collapse_space: runs of white space become one space, ends trimmed") {
  struct row {
    std::string_view in, out;
  };
  const row rows[] = {
      {"  in reply to\n    RCPT TO\tcommand \r\n", "in reply to RCPT TO command"},
      {"", ""},
      {" \n\t\f\v\r ", ""},
      {"x", "x"},
      {" x ", "x"},
      {"a\r\nb", "a b"},
      {"a\fb\vc", "a b c"},
      {"a  \t  b", "a b"},
      {"Keep CASE and punctuation: 5.1.1!", "Keep CASE and punctuation: 5.1.1!"},
      {"\xc3\xa9t\xc3\xa9  \xc3\xa0", "\xc3\xa9t\xc3\xa9 \xc3\xa0"},  // UTF-8 bytes are no space
      {"\xa0x\xa0", "\xa0x\xa0"},                                     // nor is a Latin-1 NBSP
      {std::string_view("a\0b", 3), std::string_view("a\0b", 3)},     // nor is NUL
  };
  for (const row& r : rows) {
    CAPTURE(r.in);
    CHECK(detail::collapse_space(r.in) == r.out);
  }
}

TEST_CASE("collapse_space: the words of the text joined by one space, on random texts") {
  std::mt19937 rng(99);
  const std::string chars = "ab \t\n\r\f\v\xc3.";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t n = rng() % 40;
    for (std::size_t i = 0; i < n; ++i) s.push_back(chars[rng() % chars.size()]);
    INFO("s=[", s, "]");
    CHECK(detail::collapse_space(s) == split_and_join(s));
  }
}

TEST_CASE("ifind: ASCII case-insensitive search for a lower-case needle") {
  struct row {
    std::string_view hay, needle;
    std::size_t from, want;
  };
  const row rows[] = {
      {"User Unknown", "unknown", 0, 5},
      {"USER UNKNOWN", "user unknown", 0, 0},
      {"uSeR", "user", 0, 0},
      {"abcabc", "abc", 1, 3},  // from skips the first
      {"abcabc", "abc", 3, 3},  // from on a match finds it
      {"abcabc", "abc", 4, npos},
      {"abc", "", 0, 0},     // the empty needle is found where the search starts
      {"abc", "", 3, 3},     // ... at the end too
      {"abc", "", 4, npos},  // ... but not past it
      {"", "", 0, 0},
      {"", "a", 0, npos},
      {"ab", "abc", 0, npos},  // needle longer than the text
      {"xxABC", "abc", 0, 2},  // at the very end
      {"aaab", "aab", 0, 1},   // a partial match first
      {"[@`{", "[@`{", 0, 0},  // bytes next to A-Z and a-z are not folded
      {"@", "`", 0, npos},
      {"[", "{", 0, npos},
      {"\xc3\x89t\xc3\xa9", "\xc3\xa9", 0, 3},  // UTF-8: no folding beyond ASCII
      {"line one\nLINE TWO", "line two", 0, 9},
  };
  for (const row& r : rows) {
    CAPTURE(r.hay);
    CAPTURE(r.needle);
    CAPTURE(r.from);
    CHECK(detail::ifind(r.hay, r.needle, r.from) == r.want);
    if (r.from == 0) CHECK(detail::ifind(r.hay, r.needle) == r.want);
  }
}

TEST_CASE("ifind: same answers as a find in a lowered copy, on random texts") {
  std::mt19937 rng(4242);
  // Frequent and rare bytes, both cases, bytes next to the letter ranges, UTF-8 bytes; needles
  // are lower-case, as ifind requires.
  const std::string hay_chars = "eEtTaAzZqQ:@[`{ .-\n0\xc3\xa9";
  const std::string needle_chars = "etazq:@[`{ .-\n0\xc3\xa9";
  for (int round = 0; round < 30000; ++round) {
    std::string hay, needle;
    const std::size_t hn = rng() % 200, nn = rng() % 12;
    for (std::size_t i = 0; i < hn; ++i) hay.push_back(hay_chars[rng() % hay_chars.size()]);
    for (std::size_t i = 0; i < nn; ++i)
      needle.push_back(needle_chars[rng() % needle_chars.size()]);
    if (!needle.empty() && hn > needle.size() && rng() % 2) {  // plant it, in random case
      std::string planted = needle;
      for (char& c : planted)
        if (rng() % 2 && c >= 'a' && c <= 'z') c = char(c - 32);
      hay.replace(rng() % (hn - needle.size()), planted.size(), planted);
    }
    const std::size_t from = rng() % (hn + 2);
    INFO("hay=[", hay, "] needle=[", needle, "] from=", from);
    CHECK(detail::ifind(hay, needle, from) == find_in_lowered(hay, needle, from));
    CHECK(detail::ifind(hay, needle) == find_in_lowered(hay, needle, 0));
  }
}

TEST_CASE("hex_digit and hex_byte read either case and refuse the rest") {
  CHECK(detail::hex_digit('0') == 0);
  CHECK(detail::hex_digit('f') == 15);
  CHECK(detail::hex_digit('F') == 15);
  CHECK(detail::hex_digit('g') == -1);
  CHECK(detail::hex_byte("%41", 1) == 0x41);
  CHECK(detail::hex_byte("=e9", 1) == 0xe9);
  CHECK(detail::hex_byte("%4", 1) == -1);  // one digit before the end
  CHECK(detail::hex_byte("%4x", 1) == -1);
  CHECK(detail::hex_byte("%", 1) == -1);
}
