// SPDX-License-Identifier: BSD-2-Clause
// X3: an unnamed MTA's "This is an automatically generated Delivery Status Notification." with
// "Delivery to the following recipients failed permanently:", "   * rcpt" and "Technical
// details:" ("SMTP:RCPT host ip: reply").
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/x3") {
  TEST_CASE("x3_extractor reads the sample notice") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x3/permanent-failure.eml"));
    CHECK(sample::winning_engine(r) == "x3");
    const std::vector<draft> out = sample::drafts_of(x3_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "p.virtanen@example.org");
    CHECK(sample::status_of(out[0]) == "5.3.0");
    CHECK(sample::reply_code_of(out[0]) == 553);
    CHECK(out[0].smtp_command == "RCPT");  // from "SMTP:RCPT"
    // "SMTP:RCPT host 198.51.100.73:" is cut off: the reply alone.
    CHECK(out[0].diagnostic ==
          "553 5.3.0 <p.virtanen@example.org>... Addressee unknown, relay=[192.0.2.10]");
    CHECK_FALSE(out[0].reason);  // not an aborted delivery: no verdict of its own
  }

  TEST_CASE("x3_extractor wants its opening sentence") {
    const mime::report r = sample::report_of(
        "From: Mail Delivery Subsystem <mailer-daemon@mail.example.net>\n"
        "To: a.novak@example.com\n"
        "Subject: Delivery Status Notification (Failure)\n\n"
        "Delivery to the following recipient failed permanently:\n\n"
        "     p.virtanen@example.org\n\n"
        "Technical details of permanent failure:\n"
        "550 5.1.1 user unknown\n");
    CHECK_FALSE(sample::claims(x3_extractor(), r));
    CHECK(sample::winning_engine(r) != "x3");
  }

  TEST_CASE("x3_extractor reads the Routing: and Diagnostic-Code: layouts of the details") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x3/no-gateway.eml"));
    CHECK(sample::winning_engine(r) == "x3");
    const std::vector<draft> out = sample::drafts_of(x3_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "r.dubois@example.org");
    CHECK(out[0].diagnostic == "Could not find a gateway for r.dubois@example.org");
    const mime::report q = sample::report_of(
        "From: Mail Delivery System <postmaster@gw.example.net>\n"
        "Subject: Delivery status notification\n\n"
        "      This is an automatically generated Delivery Status Notification.\n\n"
        "Delivery to the following recipients failed permanently:\n\n"
        "   * r.dubois@example.org\n\n"
        "Technical details:\n\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Over quota\n");
    const std::vector<draft> d = sample::drafts_of(x3_extractor(), q);
    REQUIRE(d.size() == 1);
    CHECK(d[0].diagnostic == "552 5.2.2 Over quota");
    CHECK(sample::status_of(d[0]) == "5.2.2");
  }
}
