// SPDX-License-Identifier: BSD-2-Clause
// X1: an unnamed MTA's "---The following addresses had delivery errors---" with one
// "rcpt [reply]" line per recipient.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/x1") {
  TEST_CASE("x1_extractor reads the sample notice") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x1/delivery-errors.eml"));
    CHECK(sample::winning_engine(r) == "x1");
    const std::vector<draft> out = sample::drafts_of(x1_extractor(), r);
    REQUIRE(out.size() == 1);  // the "---Original message follows---" line ends the list
    CHECK(out[0].recipient == "q.lindgren@example.org");
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command.empty());
    CHECK(out[0].diagnostic == "550 5.1.1 Mailbox does not exist");  // brackets removed
  }

  TEST_CASE("x1_extractor leaves Sendmail's 'permanent fatal errors' alone") {
    const mime::report r = sample::report_of(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
        "To: f.moreau@example.com\n"
        "Subject: Returned mail: see transcript for details\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        "<q.lindgren@example.org>\n"
        "    (reason: 550 5.1.1 Mailbox does not exist)\n");
    CHECK_FALSE(sample::claims(x1_extractor(), r));
    CHECK(sample::winning_engine(r) != "x1");
  }
}
