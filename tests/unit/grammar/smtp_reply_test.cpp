// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/smtp_reply.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string_view>

#include "bounce/fields.hpp"

using bounce::status_code;

namespace {

void ok(std::string_view in, int code, std::optional<status_code> enhanced, std::string_view text) {
  CAPTURE(in);
  auto r = bounce::parse_smtp_reply(in);
  REQUIRE(r.has_value());
  CHECK(r->code == code);
  CHECK(r->enhanced == enhanced);
  CHECK(r->text == text);
}

void bad(std::string_view in) {
  CAPTURE(in);
  auto r = bounce::parse_smtp_reply(in);
  CHECK_FALSE(r.has_value());
  if (!r) CHECK(r.error() == bounce::errc::bad_field);
}

}  // namespace

TEST_SUITE("grammar/smtp_reply") {
  TEST_CASE("single line, with and without enhanced code") {
    ok("550 5.1.1 <a@b> User unknown", 550, status_code{5, 1, 1}, "<a@b> User unknown");
    ok("421 4.7.0 Try again later", 421, status_code{4, 7, 0}, "Try again later");
    ok("250 2.0.0 Ok: queued as 4ABC", 250, status_code{2, 0, 0}, "Ok: queued as 4ABC");
    ok("550 Requested action not taken", 550, std::nullopt, "Requested action not taken");
    ok("550 5.1.1", 550, status_code{5, 1, 1}, "");
    ok("550", 550, std::nullopt, "");
    ok("  550  5.1.1   spaced  \n", 550, status_code{5, 1, 1}, "spaced");
    ok("552 5.2.2 Mailbox full \xe3\x81\x82", 552, status_code{5, 2, 2},
       "Mailbox full \xe3\x81\x82");
  }

  TEST_CASE("an invalid enhanced code is text") {
    ok("550 5.7.1234 text", 550, std::nullopt, "5.7.1234 text");
    ok("550 5.1.1x text", 550, std::nullopt, "5.1.1x text");
    ok("550 3.1.1 text", 550, std::nullopt, "3.1.1 text");
  }

  TEST_CASE("multi-line replies join their texts with one space") {
    ok("550-5.1.1 The email account\n550-5.1.1 does not exist.\n550 5.1.1 https://x.example", 550,
       status_code{5, 1, 1}, "The email account does not exist. https://x.example");
    ok("550-5.1.1 a\r\n550 5.1.1 b\r\n", 550, status_code{5, 1, 1}, "a b");
    ok("554-mx.example ESMTP\n554 no service", 554, std::nullopt, "mx.example ESMTP no service");
    ok("450-\n450 4.2.0 greylisted", 450, status_code{4, 2, 0}, "greylisted");
  }

  TEST_CASE("a multi-line reply unfolded onto one line") {
    ok("550-5.1.1 The email account 550-5.1.1 does not exist. 550 5.1.1 https://x.example", 550,
       status_code{5, 1, 1}, "The email account does not exist. https://x.example");
    ok("550-Sorry 550-no such user 550 bye", 550, std::nullopt, "Sorry no such user bye");
  }

  TEST_CASE("rejects what is not a reply") {
    bad("");
    bad("hello");
    bad("5.1.1 user unknown");
    bad("5500 x");
    bad("55 x");
    bad("650 x");
    bad("150 x");
    bad("550x");
    bad("550-a\n551 b");
    bad("550 a\nfoo");
    bad("smtp; 550 5.1.1 x");
  }

  TEST_CASE("the reply_line rule reports separator and enhanced code") {
    bounce::grammar::ast::reply_line line;
    std::string_view in = "550-5.1.1 text";
    auto const* first = reinterpret_cast<bounce::grammar::iterator_type>(in.data());
    REQUIRE(
        boost::spirit::x3::parse(first, first + in.size(), bounce::grammar::reply_line(), line));
    CHECK(line.code == 550);
    CHECK(line.separator == '-');
    REQUIRE(line.enhanced.has_value());
    CHECK(*line.enhanced == status_code{5, 1, 1});
    CHECK(line.text == "text");
  }
}
