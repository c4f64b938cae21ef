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
  CHECK(detail::collapse_space("  in reply to\n    RCPT TO\tcommand \r\n") == "in reply to RCPT TO command");
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
