#include "detail/string_util.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace bounce;

namespace {

// collapse_space as it was (one push_back per byte): the reference for the word-by-word one.
std::string collapse_space_reference(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (detail::is_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("collapse_space: runs of white space become one space, ends trimmed") {
  CHECK(detail::collapse_space("  in reply to\n    RCPT TO\tcommand \r\n") ==
        "in reply to RCPT TO command");
  CHECK(detail::collapse_space("") == "");
  CHECK(detail::collapse_space(" \n\t\f\v ") == "");
  CHECK(detail::collapse_space("x") == "x");
}

TEST_CASE("collapse_space: same as the byte-by-byte reference on random texts") {
  std::mt19937 rng(99);
  const std::string chars = "ab \t\n\r\f\v\xc3.";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t n = rng() % 40;
    for (std::size_t i = 0; i < n; ++i) s.push_back(chars[rng() % chars.size()]);
    INFO("s=[", s, "]");
    CHECK(detail::collapse_space(s) == collapse_space_reference(s));
  }
}

namespace {

// ifind as it was (memchr on the needle's first byte): the reference for the rare-byte one.
std::size_t ifind_reference(std::string_view haystack, std::string_view lower_needle,
                            std::size_t from = 0) {
  if (lower_needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < lower_needle.size() || from > haystack.size() - lower_needle.size())
    return std::string_view::npos;
  const char first = lower_needle[0];
  const bool letter = first >= 'a' && first <= 'z';
  const char upper = letter ? char(first - 32) : first;
  for (std::size_t i = from; i + lower_needle.size() <= haystack.size(); ++i) {
    if (haystack[i] != first && !(letter && haystack[i] == upper)) continue;
    std::size_t j = 1;
    while (j < lower_needle.size() && detail::ascii_lower(haystack[i + j]) == lower_needle[j]) ++j;
    if (j == lower_needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace

TEST_CASE("ifind: same answers as the first-byte reference on random texts") {
  std::mt19937 rng(4242);
  // Frequent and rare bytes, both cases, bytes next to the letter ranges, UTF-8 bytes; needles
  // are mostly lower-case but not always (the reference's answer is kept for those too).
  const std::string hay_chars = "eEtTaAzZqQ:@[`{ .-\n0\xc3\xa9";
  const std::string needle_chars =
      "etazq:@[`{ .-\n0\xc3\xa9"
      "EZ";
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
    CHECK(detail::ifind(hay, needle, from) == ifind_reference(hay, needle, from));
    CHECK(detail::ifind(hay, needle) == ifind_reference(hay, needle));
  }
}
