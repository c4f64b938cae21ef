// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/date.hpp"

#include <doctest/doctest.h>

#include <string_view>

#include "bounce/fields.hpp"

namespace {

void ok(std::string_view in, std::string_view rfc3339) {
  CAPTURE(in);
  auto r = bounce::parse_date(in);
  REQUIRE(r.has_value());
  CHECK(r->to_rfc3339() == rfc3339);
}

void bad(std::string_view in) {
  CAPTURE(in);
  auto r = bounce::parse_date(in);
  CHECK_FALSE(r.has_value());
  if (!r) CHECK(r.error() == bounce::errc::bad_field);
}

}  // namespace

TEST_SUITE("grammar/date") {
  TEST_CASE("RFC 5322 date-time keeps its offset") {
    ok("Wed, 16 Oct 2013 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("Mon, 1 Feb 2021 10:00:00 -0500", "2021-02-01T10:00:00-05:00");
    ok("Wed, 16 Oct 2013 14:15:35 +0530", "2013-10-16T14:15:35+05:30");
    ok("Wed, 16 Oct 2013 14:15:35 -0330", "2013-10-16T14:15:35-03:30");
    ok("Wed, 16 Oct 2013 14:15:35 +0000", "2013-10-16T14:15:35+00:00");
    ok("Wed, 16 Oct 2013 14:15:35 -0000", "2013-10-16T14:15:35+00:00");
    ok("Wed, 16 Oct 2013 14:15:35 +09:00", "2013-10-16T14:15:35+09:00");
  }

  TEST_CASE("optional weekday and seconds, full and lower-case names") {
    ok("16 Oct 2013 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("Wed, 16 Oct 2013 14:15 +0900", "2013-10-16T14:15:00+09:00");
    ok("Wed 16 Oct 2013 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("Wednesday, 16 October 2013 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("wed, 16 oct 2013 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("Thu, 3 Jan 2013 04:05:06 +0100", "2013-01-03T04:05:06+01:00");
    ok("Thu, 03 Jan 2013 4:05:06 +0100", "2013-01-03T04:05:06+01:00");
  }

  TEST_CASE("obsolete 2- and 3-digit years") {
    ok("Wed, 16 Oct 13 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("Fri, 1 Jan 99 00:00:00 +0000", "1999-01-01T00:00:00+00:00");
    ok("Sat, 1 Jan 49 00:00:00 +0000", "2049-01-01T00:00:00+00:00");
    ok("Sat, 1 Jan 50 00:00:00 +0000", "1950-01-01T00:00:00+00:00");
    ok("Wed, 16 Oct 113 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
  }

  TEST_CASE("obsolete and military zones") {
    ok("Mon, 1 Feb 2021 10:00:00 UT", "2021-02-01T10:00:00+00:00");
    ok("Mon, 1 Feb 2021 10:00:00 GMT", "2021-02-01T10:00:00+00:00");
    ok("Mon, 1 Feb 2021 10:00:00 UTC", "2021-02-01T10:00:00+00:00");
    ok("Mon, 1 Feb 2021 10:00:00 EST", "2021-02-01T10:00:00-05:00");
    ok("Mon, 1 Feb 2021 10:00:00 EDT", "2021-02-01T10:00:00-04:00");
    ok("Mon, 1 Feb 2021 10:00:00 CST", "2021-02-01T10:00:00-06:00");
    ok("Mon, 1 Feb 2021 10:00:00 CDT", "2021-02-01T10:00:00-05:00");
    ok("Mon, 1 Feb 2021 10:00:00 MST", "2021-02-01T10:00:00-07:00");
    ok("Mon, 1 Feb 2021 10:00:00 MDT", "2021-02-01T10:00:00-06:00");
    ok("Mon, 1 Feb 2021 10:00:00 PST", "2021-02-01T10:00:00-08:00");
    ok("Mon, 1 Feb 2021 10:00:00 pdt", "2021-02-01T10:00:00-07:00");
    ok("Mon, 1 Feb 2021 10:00:00 Z", "2021-02-01T10:00:00+00:00");
    ok("Mon, 1 Feb 2021 10:00:00 A", "2021-02-01T10:00:00+00:00");
    ok("Mon, 1 Feb 2021 10:00:00 CET", "2021-02-01T10:00:00+00:00");  // unknown: -0000
    ok("Mon, 1 Feb 2021 10:00:00", "2021-02-01T10:00:00+00:00");      // no zone
  }

  TEST_CASE("comments, extra blanks, leap days and leap seconds") {
    ok("Thu, 29 Apr 2010 23:34:45 +0900 (JST)", "2010-04-29T23:34:45+09:00");
    ok("Thu, 29 Apr 2010 23:34:45 +0100 (CET) (x)", "2010-04-29T23:34:45+01:00");
    ok("Thu, 29 Apr 2010 23:34:45 (JST)", "2010-04-29T23:34:45+00:00");
    ok("  Wed,  16  Oct  2013   14:15:35   +0900  \r\n", "2013-10-16T14:15:35+09:00");
    ok("Wed,16 Oct 2013 14:15:35 +0900", "2013-10-16T14:15:35+09:00");
    ok("Fri, 29 Feb 2008 12:00:00 +0000", "2008-02-29T12:00:00+00:00");
    ok("Tue, 29 Feb 2000 12:00:00 +0000", "2000-02-29T12:00:00+00:00");
    ok("Tue, 31 Dec 2013 23:59:60 +0000", "2013-12-31T23:59:60+00:00");
  }

  TEST_CASE("rejects what is not a date") {
    bad("");
    bad("yesterday");
    bad("2013-10-16T14:15:35+09:00");
    bad("Wed, 32 Oct 2013 14:15:35 +0900");
    bad("Wed, 0 Oct 2013 14:15:35 +0900");
    bad("Wed, 31 Apr 2013 14:15:35 +0900");
    bad("Fri, 29 Feb 2013 12:00:00 +0000");
    bad("Mon, 29 Feb 1900 12:00:00 +0000");
    bad("Wed, 16 Foo 2013 14:15:35 +0900");
    bad("Wed, 16 Oct 2013 24:00:00 +0900");
    bad("Wed, 16 Oct 2013 14:60:00 +0900");
    bad("Wed, 16 Oct 2013 14:15:61 +0900");
    bad("Wed, 16 Oct 2013 14:15:35 +0960");
    bad("Wed, 16 Oct 2013 14:15:35 +09");
    bad("Wed, 16 Oct 2013 14:15:35 +09000");
    bad("Wed, 16 Oct 2013 14:15:35 +0900 junk");
    bad("Wed, 16 Oct 2013 14:15:35 +0900 (JST");
    bad("Wed, 16 Oct 20134 14:15:35 +0900");
    bad("Wed, 16 Oct 2013 141535 +0900");
    bad("Wed, 16 Oct 2013");
    bad("Wed, 16 Oct 2013 14:15:35 +0900 \xe3\x81\x82");
  }

  TEST_CASE("to_rfc3339 formats with zero padding") {
    bounce::date_time dt;
    dt.year = 2013;
    dt.month = 1;
    dt.day = 2;
    dt.hour = 3;
    dt.minute = 4;
    dt.second = 5;
    dt.offset_minutes = -(9 * 60 + 30);
    CHECK(dt.to_rfc3339() == "2013-01-02T03:04:05-09:30");
    dt.offset_minutes = 0;
    CHECK(dt.to_rfc3339() == "2013-01-02T03:04:05+00:00");
  }
}
