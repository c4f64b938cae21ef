// SPDX-License-Identifier: BSD-2-Clause
// Extraction of formats the shared corpus covers thinly: qmail clones (X2, X4) and Exchange's
// X.400 recipients. Every message here is a minimal invented sample modelled on the format.
#include "extract/extractors.hpp"
#include "claims_alone.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "claimed_drafts.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/qmail_clones") {
  TEST_CASE("X4: a clone's own opening with qmail's trace; the RCPT step from qmail's sentence") {
    mime::report r;
    r.headers.add("From", "MAILER-DAEMON@relay.example.net");
    r.headers.add("Subject", "Mail Not Delivered");
    r.subject = "Mail Not Delivered";
    r.headers.add("Received", "(qmail 4242 invoked for bounce); 1 Mar 2024 10:00:00 -0000");
    r.text =
        "Unfortunately, your mail was not delivered to the following address:\n\n"
        "<kim@example.org>:\n"
        "192.0.2.7 does not like recipient.\n"
        "Remote host said: 550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown\n"
        "Giving up on 192.0.2.7.\n\n"
        "--- Below this line is a copy of the message.\n\nReturn-Path: <a@example.com>\n";
    std::vector<draft> out = claimed_drafts(x4_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].diagnostic.find("User unknown") != std::string::npos);

    // "This is the mail delivery agent at" (a filtering service's qmail) with qmail's Subject.
    mime::report m;
    m.headers.add("From", "MAILER-DAEMON@filter.example.net");
    m.headers.add("Subject", "failure notice");
    m.subject = "failure notice";
    m.text =
        "This is the mail delivery agent at filter.example.net.\n"
        "I was not able to deliver your message to the following addresses.\n\n"
        "<lee@example.org>:\n198.51.100.3 failed on DATA command.\n"
        "Remote host said: 554 5.7.1 Message refused\n\n"
        "--- Below this line is a copy of the message.\n";
    out = claimed_drafts(x4_extractor(), m);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "lee@example.org");
    CHECK(out[0].smtp_command == "DATA");
  }

  TEST_CASE("X4: Sisimai 4.25 Lhost/X4.pm's other openings and the 'To: <rcpt>:' line") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x4/to-prefix.eml"));
    CHECK(sample::winning_engine(r) == "x4");
    std::vector<draft> out = sample::drafts_of(x4_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "l.ortega@example.org");
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].diagnostic ==
          "550 5.1.1 <l.ortega@example.org>: Recipient address rejected: User unknown");

    mime::report m;
    m.headers.add("From", "MAILER-DAEMON@correo.example.net");
    m.headers.add("Subject", "failure notice");
    m.subject = "failure notice";
    m.text =
        "Su mensaje no pudo ser entregado.\n\n"
        "<lee@example.org>:\n198.51.100.3 does not like recipient.\n"
        "Remote host said: 550 5.1.1 No such user\n\n"
        "--- Below this line is a copy of the message.\n";
    out = claimed_drafts(x4_extractor(), m);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "lee@example.org");
  }

  TEST_CASE("X4: the clones' plain openings alone do not claim a message") {
    mime::report r;  // no qmail trace, no qmail Subject
    r.headers.add("From", "Helpdesk <help@example.net>");
    r.headers.add("Subject", "About your ticket");
    r.subject = "About your ticket";
    r.text =
        "Unfortunately, your mail was not delivered to the following "
        "address:\n\n<a@example.org>:\nx\n";
    CHECK_FALSE(claims_alone(x4_extractor(), r));
  }

  TEST_CASE("X2: the queue-lifetime sentence outranks the last attempt's qmail sentence") {
    mime::report r;
    r.headers.add("From", "MAILER-DAEMON@example.com");
    r.headers.add("Subject", "failure delivery");
    r.subject = "failure delivery";
    r.text =
        "Message from  example.com.\n"
        "Unable to deliver message to the following address(es).\n\n"
        "<kim@example.org>:\n"
        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
        "I'm not going to try again; this message has been in the queue too long.\n\n"
        "--- Original message follows.\n";
    std::vector<draft> out = claimed_drafts(x2_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK_FALSE(out[0].reason);  // left to the classifier, which reads the expiry
    CHECK(out[0].rule.empty());
    CHECK(out[0].diagnostic.find("queue too long") != std::string::npos);

    // Without the sentence the catalogue still names the cause.
    r.text =
        "Message from  example.com.\n"
        "Unable to deliver message to the following address(es).\n\n"
        "<kim@example.org>:\n"
        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n\n"
        "--- Original message follows.\n";
    out = claimed_drafts(x2_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].reason == reason_kind::networkerror);
    CHECK(out[0].rule == "extractor/x2/no-connection");
  }

  TEST_CASE("X2: claimed by MAILER-DAEMON's Subject without the 'Message from' line") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x2/subject-only.eml"));
    CHECK(sample::winning_engine(r) == "x2");
    const std::vector<draft> out = sample::drafts_of(x2_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "w.zhang@example.com");
    CHECK(out[1].recipient == "g.rossi@example.net");
    CHECK(sample::reply_code_of(out[1]) == 550);

    mime::report m;  // the same opening under another sender and Subject is not X2's
    m.headers.add("From", "Helpdesk <help@example.net>");
    m.headers.add("Subject", "Delivery failure");
    m.subject = "Delivery failure";
    m.text = "Unable to deliver message to the following address(es).\n\n<a@example.org>:\nx\n";
    CHECK_FALSE(claims_alone(x2_extractor(), m));
  }

  TEST_CASE("Exchange 2003: a recipient written as an X.400 address with dda:SMTP=") {
    mime::report r;
    r.headers.add("From", "System Administrator <postmaster@example.com>");
    r.headers.add("Subject", "Undeliverable: hello");
    r.subject = "Undeliverable: hello";
    r.headers.add("X-Mailer", "Internet Mail Service (5.5.2653.19)");
    r.text =
        "Your message\n\n  To:      kim@example.org\n  Subject: hello\n\n"
        "did not reach the following recipient(s):\n\n"
        "c=US;a= ;p=EXAMPLE;o=SITE1;dda:SMTP=kim@example.org; on Mon, 4 Mar 2024\n"
        "10:00:00 -0500\n"
        "    The recipient name is not recognized\n"
        "\tThe MTS-ID of the original message is: c=us;a= \n"
        ";p=example;l=HOST1-240304150000Z-12\n"
        "    MSEXCH:IMS:EXAMPLE:SITE1:HOST1 0 (000C05A6) Unknown Recipient\n";
    std::vector<draft> out = claimed_drafts(exchange2003_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].reason == reason_kind::userunknown);
  }
}
