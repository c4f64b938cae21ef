// SPDX-License-Identifier: BSD-2-Clause
#include "bounce/fields.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <random>
#include <string>
#include <string_view>

using bounce::status_code;

namespace {

void status_ok(std::string_view in, status_code want) {
  CAPTURE(in);
  auto r = bounce::find_status_in_text(in);
  REQUIRE(r.has_value());
  CHECK(*r == want);
}
void status_none(std::string_view in) {
  CAPTURE(in);
  CHECK_FALSE(bounce::find_status_in_text(in).has_value());
}
void reply_ok(std::string_view in, int want) {
  CAPTURE(in);
  auto r = bounce::find_reply_code_in_text(in);
  REQUIRE(r.has_value());
  CHECK(*r == want);
}
void reply_none(std::string_view in) {
  CAPTURE(in);
  CHECK_FALSE(bounce::find_reply_code_in_text(in).has_value());
}

// find_reply_code_in_text as first written: every position tried, no skipping. The library's
// version passes digit-free stretches eight bytes at a time and must answer the same.
bool naive_digit(char c) { return c >= '0' && c <= '9'; }
bool naive_alnum(char c) {
  return naive_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool naive_status_at(std::string_view s, std::size_t i, int cls) {
  std::size_t const n = s.size();
  if (i + 5 > n || s[i] - '0' != cls || s[i + 1] != '.') return false;
  if (i > 0 && (naive_alnum(s[i - 1]) || s[i - 1] == '.')) return false;
  std::size_t j = i + 2;
  for (int k = 0; k < 2; ++k) {
    if (k == 1) {
      if (j >= n || s[j] != '.') return false;
      ++j;
    }
    std::size_t const start = j;
    while (j < n && naive_digit(s[j]) && j - start < 4) ++j;
    if (j == start || j - start > 3) return false;
  }
  return !(j < n && (naive_alnum(s[j]) || (s[j] == '.' && j + 1 < n && naive_digit(s[j + 1]))));
}
bool naive_reply_at(std::string_view s, std::size_t i, int& code) {
  std::size_t const n = s.size();
  char const c = s[i];
  if ((c != '2' && c != '4' && c != '5') || !naive_digit(s[i + 1]) || !naive_digit(s[i + 2]))
    return false;
  if (i > 0) {
    char const p = s[i - 1];
    if (naive_alnum(p)) return false;
    bool const space = p == ' ' || p == '\t' || p == '\n' || p == '\r' || p == '\f' || p == '\v';
    if (!space && i > 1 && naive_digit(s[i - 2])) return false;
  }
  if (i + 3 < n) {
    char const f = s[i + 3];
    if (f != ' ' && f != '-' && f != '\t' && f != '\r' && f != '\n') return false;
    if (f == '-' && i + 4 < n && naive_digit(s[i + 4]) && (i + 5 >= n || s[i + 5] != '.'))
      return false;
  }
  code = (c - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return true;
}
std::optional<int> naive_reply_code(std::string_view text) {
  std::optional<int> first;
  int code = 0;
  for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
    if (!naive_reply_at(text, i, code)) continue;
    if (i + 4 < text.size() && text[i + 3] != '\r' && text[i + 3] != '\n' &&
        naive_status_at(text, i + 4, code / 100))
      return code;
    if (!first) first = code;
    i += 2;
  }
  return first;
}

}  // namespace

TEST_SUITE("grammar/find_in_text") {
  TEST_CASE("status - the first code standing alone") {
    status_ok("5.1.1", {5, 1, 1});
    status_ok("host said: 550 5.1.1 user unknown", {5, 1, 1});
    status_ok("550-5.1.1 The email account", {5, 1, 1});
    status_ok("smtp;550 5.7.1 blocked", {5, 7, 1});
    status_ok("(#5.1.1)", {5, 1, 1});
    status_ok("status=4.2.2, mailbox full", {4, 2, 2});
    status_ok("ends with 4.4.7.", {4, 4, 7});
    status_ok("relay 10.0.0.5 said 4.4.1 timeout", {4, 4, 1});
    status_ok("first 5.1.1 then 5.7.1", {5, 1, 1});
    status_ok("\xe3\x81\x82 5.2.2 \xe3\x81\x82", {5, 2, 2});
  }

  TEST_CASE("status - nothing inside IP addresses, versions or longer numbers") {
    status_none("");
    status_none("no code here.");
    status_none("192.168.1.1");
    status_none("[5.1.1.1]");
    status_none("10.5.1.1 refused");
    status_none("v5.1.10.2");
    status_none("x5.1.1");
    status_none("5.1.1234");
    status_none("5.1");
    status_none("3.1.1");
    status_none("15.1.1");
    status_none("5.1.1a");
    status_none("5.");
  }

  TEST_CASE("reply code - standing alone, followed by a blank, '-' or the end") {
    reply_ok("550", 550);
    reply_ok("host said: 550 5.1.1 user unknown", 550);
    reply_ok("550-5.1.1 The email account", 550);
    reply_ok("smtp;550 no such user", 550);
    reply_ok("error #550 no such user", 550);
    reply_ok("said:\t452\ttoo many", 452);
    reply_ok("<<< 421 try later\n", 421);
    reply_ok("after 400 seconds; 550 5.1.1 no such user", 550);  // prefers code + enhanced code
    reply_ok("after 400 seconds", 400);
    reply_ok("550 4.2.0 odd", 550);
  }

  TEST_CASE("reply code - nothing inside numbers, times, dates or addresses") {
    reply_none("");
    reply_none("5500 x");
    reply_none("x550 x");
    reply_none("550x");
    reply_none("550.");
    reply_none("at 12:550 x");
    reply_none("10.0.0.250 x");
    reply_none("call 555-250-1234 now");
    reply_none("in 2013 x");
    reply_none("650 x");
    reply_none("150 x");
    reply_none("55 x");
  }

  TEST_CASE("reply code - at every alignment, among bytes of every kind") {
    for (std::size_t pad = 0; pad < 20; ++pad) {
      reply_ok(std::string(pad, 'x') + " 550 5.1.1 no", 550);
      reply_ok(std::string(pad, '\xc3') + "\n421 busy", 421);
      reply_none(std::string(pad, 'y') + "x550 x" + std::string(pad, 'z'));
    }
    std::mt19937 rng(4242);
    // Mostly letters, blanks and high bytes (the stretches passed eight at a time), some digits
    // and the punctuation codes are told apart by.
    constexpr std::string_view pool = "abcXYZ   \n\t-.:\xc3\xa9\x80\xff\x7f/0123456789";
    for (int round = 0; round < 30000; ++round) {
      std::string s(rng() % 40, ' ');
      for (char& c : s) c = rng() % 4 ? pool[rng() % 16] : pool[rng() % pool.size()];
      CAPTURE(s);
      CHECK(bounce::find_reply_code_in_text(s) == naive_reply_code(s));
    }
  }
}
