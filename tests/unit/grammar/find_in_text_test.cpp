#include "bounce/fields.hpp"

#include <doctest/doctest.h>

#include <optional>
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
}
