// SPDX-License-Identifier: BSD-2-Clause
// Haraka's bounces (outbound/hmail.js): the real Haraka 3.3.4 notices of corpus/lhost/haraka,
// read before qmail's reader (its template copies qmail's wording), and a recipient's own
// "<addr>: reply" line over the report, which gives every recipient the DATA reply.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/haraka") {
  TEST_CASE("haraka: a recipient refused at RCPT keeps its reply; the one refused at DATA too") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/haraka/real-rcpt-and-data-rejections.eml"));
    CHECK(sample::winning_engine(r) == "haraka");
    const std::vector<draft> out = sample::drafts_of(haraka_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "mru@provider.example");
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].diagnostic == "550 Message was not accepted -- invalid mailbox");
    CHECK_FALSE(out[0].status);  // the report's 5.7.1 is the DATA reply's
    CHECK(out[1].recipient == "yxspam@provider.example");
    CHECK(sample::status_of(out[1]) == "5.7.1");
    CHECK(sample::diagnostic_has(out[1], "suspicion of SPAM"));
  }

  TEST_CASE("haraka: without a report, the intended recipients with their own or the last reply") {
    mime::report r;
    r.headers.add("From", "MAILER-DAEMON@mx.example.net");
    r.text =
        "Hi. This is the Haraka Mailer program at mx.example.net.\n"
        "I'm afraid I wasn't able to deliver your message\n\n"
        "Intended Recipients: <kim@example.org>, <lee@example.org>\n"
        "Failure Reason: Error: 554 5.7.1 Message rejected as spam\n\n"
        "<kim@example.org>: 550 5.1.1 No such user\n";
    const std::vector<draft> out = sample::drafts_of(haraka_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].diagnostic == "550 5.1.1 No such user");
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(out[1].recipient == "lee@example.org");
    CHECK(out[1].diagnostic == "554 5.7.1 Message rejected as spam");
  }

  TEST_CASE("haraka: qmail's reader does not take Haraka's notices") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/haraka/real-two-unknown-and-spam.eml"));
    CHECK(sample::winning_engine(r) == "haraka");
    CHECK(sample::drafts_of(haraka_extractor(), r).size() == 3);
  }
}
