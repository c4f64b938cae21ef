// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/status.hpp"

#include <doctest/doctest.h>

#include <string_view>

#include "bounce/fields.hpp"

using bounce::status_code;

namespace {

void ok(std::string_view in, status_code want) {
  CAPTURE(in);
  auto r = bounce::parse_status(in);
  REQUIRE(r.has_value());
  CHECK(*r == want);
}

void bad(std::string_view in) {
  CAPTURE(in);
  auto r = bounce::parse_status(in);
  CHECK_FALSE(r.has_value());
  if (!r) CHECK(r.error() == bounce::errc::bad_field);
}

/// The bare status_code rule: parses a prefix, reports how much it consumed.
bool prefix(std::string_view in, status_code& out, std::size_t& used) {
  auto const* first = reinterpret_cast<bounce::grammar::iterator_type>(in.data());
  auto const* const begin = first;
  bool const ok =
      boost::spirit::x3::parse(first, first + in.size(), bounce::grammar::status_code(), out);
  used = static_cast<std::size_t>(first - begin);
  return ok;
}

}  // namespace

TEST_SUITE("grammar/status") {
  TEST_CASE("accepts class 2, 4 and 5 with 1-3 digit subject and detail") {
    ok("5.1.1", {5, 1, 1});
    ok("4.2.2", {4, 2, 2});
    ok("2.0.0", {2, 0, 0});
    ok("5.7.1", {5, 7, 1});
    ok("5.1.10", {5, 1, 10});
    ok("5.7.123", {5, 7, 123});
    ok("4.123.1", {4, 123, 1});
    ok("5.999.999", {5, 999, 999});
  }

  TEST_CASE("accepts surrounding white space and a trailing comment or text") {
    ok(" 5.1.1 ", {5, 1, 1});
    ok("\t5.1.1", {5, 1, 1});
    ok("5.1.1\n", {5, 1, 1});
    ok("5.1.1\r\n", {5, 1, 1});
    ok("5.0.0 (permanent failure)", {5, 0, 0});
    ok("5.1.1 (bad mailbox)", {5, 1, 1});
    ok("5.1.1(bad mailbox)", {5, 1, 1});
    ok("4.7.0 temporary", {4, 7, 0});
    ok("5.1.1; text", {5, 1, 1});
    ok("5.1.1.", {5, 1, 1});
    ok("5.1.1 \xe3\x81\x82\xff", {5, 1, 1});  // bytes >= 0x80 after the code
  }

  TEST_CASE("rejects malformed codes") {
    bad("");
    bad("   ");
    bad("5");
    bad("5.1");
    bad("5.1.");
    bad("5..1");
    bad("5.1.1234");
    bad("5.1.1000");
    bad("5.1234.1");
    bad("3.1.1");
    bad("1.1.1");
    bad("6.1.1");
    bad("55.1.1");
    bad("5.1.1.2");
    bad("5.1.1a");
    bad("x5.1.1");
    bad("5,1,1");
    bad("550 5.1.1");
    bad("\xff"
        "5.1.1");
    bad("5.1.-1");
  }

  TEST_CASE("the status_code rule stops right after the code") {
    status_code c;
    std::size_t used = 0;
    REQUIRE(prefix("5.1.1 rest", c, used));
    CHECK(c == status_code{5, 1, 1});
    CHECK(used == 5);
    CHECK_FALSE(prefix("5.1.1234", c, used));
    CHECK_FALSE(prefix("55.1.1", c, used));
  }

  TEST_CASE("to_string round-trips") {
    auto r = bounce::parse_status("4.123.12");
    REQUIRE(r);
    CHECK(r->to_string() == "4.123.12");
  }
}
