// SPDX-License-Identifier: BSD-2-Clause
// X6: an unnamed MTA's "We had trouble delivering your message. Full details follow:" with one
// sentence per failure ("SMTP Server <host> rejected recipient <rcpt> (Error following RCPT
// command). It responded as follows: [reply]").
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/x6") {
  TEST_CASE("x6_extractor reads the sample notice") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/x6/rejected-recipient.eml"));
    CHECK(sample::winning_engine(r) == "x6");
    const std::vector<draft> out = sample::drafts_of(x6_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "u.mensah@example.org");
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].remote_mta == "mx.example.org");
    CHECK(out[0].diagnostic == "550 5.1.1 No such user here");  // the bracketed reply alone
  }

  TEST_CASE("x6_extractor wants its whole opening sentence") {
    const mime::report r = sample::report_of(
        "From: postmaster@smtp.example.net\n"
        "To: y.cohen@example.com\n"
        "Subject: Returned mail\n\n"
        "We had trouble delivering your message.\n"
        "SMTP Server <mx.example.org> rejected recipient <u.mensah@example.org>:\n"
        "550 5.1.1 No such user here\n");
    CHECK_FALSE(sample::claims(x6_extractor(), r));
    CHECK(sample::winning_engine(r) != "x6");
  }

  TEST_CASE("x6_extractor: Subject and 'N error(s):' alone, wrapped sentences, two recipients") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x6/wrapped-sentence.eml"));
    CHECK(sample::winning_engine(r) == "x6");
    const std::vector<draft> out = sample::drafts_of(x6_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "t.okafor@example.org");
    CHECK(out[0].smtp_command == "RCPT");  // from the wrapped second line
    CHECK(out[0].diagnostic == "550 5.1.1 Recipient address rejected: no such mailbox");
    CHECK(out[1].recipient == "j.silva@example.org");
    CHECK(out[1].diagnostic == "552 5.2.2 Mailbox over quota");
    CHECK(out[1].remote_mta == "mx1.example.org");
  }
}
