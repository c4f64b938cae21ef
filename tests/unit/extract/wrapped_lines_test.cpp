// SPDX-License-Identifier: BSD-2-Clause
// Notices whose long lines a relay or a mail program wrapped, each continuation indented (what
// tests/score/metamorphic.py's "rewrap" does to every sample): the recipient and the whole reply
// survive. Every message here is a minimal invented sample modelled on the format.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claimed_drafts.hpp"
#include "extract/common/transcript.hpp"
#include "extract/extractor.hpp"
#include "extract/extractors.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/wrapped_lines") {
  TEST_CASE("a transcript reply line wrapped onto an indented line continues that line") {
    const auto ex = kit::parse_transcript(
        "... while talking to mx.example.net.:\n"
        ">>> DATA\n"
        "<<< 550-5.7.26 This message does not have authentication information or fails\n"
        "  to pass authentication checks.\n"
        "<<< 550 5.7.26 Please contact the sender.\n"
        "554 5.0.0 Service unavailable\n");
    REQUIRE(ex.size() == 1);
    CHECK(ex[0].reply ==
          "550-5.7.26 This message does not have authentication information or fails to pass "
          "authentication checks. Please contact the sender.");
    // Sendmail's own line after the reply (no indentation) is not part of it.
    CHECK(ex[0].reply.find("Service unavailable") == std::string::npos);
  }

  TEST_CASE("DragonFly: the address wrapped onto the next line is still the recipient") {
    const draft d = only_draft(
        dragonfly_extractor(),
        notice({{"From", "MAILER-DAEMON <>"}},
               "This is the DragonFly Mail Agent v0.13 at df.example.net.\n\n"
               "There was an error delivering your mail to\n"
               "  <kim@example.org>.\n\n"
               "mx.example.org [192.0.2.1] did not like our RCPT TO:\n"
               "550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown\n\n"
               "Message headers follow.\n"));
    CHECK(d.recipient == "kim@example.org");
    CHECK(d.smtp_command == "RCPT");
    CHECK(d.diagnostic == "550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown");
  }

  TEST_CASE("OpenSMTPD: an entry's reply wrapped onto indented lines stays the entry's") {
    const std::vector<draft> out = claimed_drafts(
        opensmtpd_extractor(),
        notice({{"From", "Mailer Daemon <MAILER-DAEMON@mx.example.net>"}},
               "    Hi!\n\n"
               "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
               "    An error has occurred while attempting to deliver a message for\n"
               "    the following list of recipients:\n\n"
               "kim@example.org: 550 5.7.1 The user or domain that you are sending to\n"
               "  (or from) has a policy that prohibits the email that you sent.\n"
               "lee@example.org:\n"
               "  550 5.1.1 Recipient address rejected: User unknown\n\n"
               "    Below is a copy of the original message:\n"));
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].diagnostic ==
          "550 5.7.1 The user or domain that you are sending to (or from) has a policy that "
          "prohibits the email that you sent.");
    CHECK(out[1].recipient == "lee@example.org");
    CHECK(out[1].diagnostic == "550 5.1.1 Recipient address rejected: User unknown");
  }

  TEST_CASE("Zoho: a Status entry wrapped before its closing bracket is read whole") {
    const std::vector<draft> out = claimed_drafts(
        zoho_extractor(),
        notice({{"From", "mailer-daemon@mail.zoho.com"}, {"X-ZohoMail", "Si"}},
               "This message was created automatically by mail delivery software.\n\n"
               "[Status: Error, Address: <kim@example.org>, ResponseCode 421, , Host\n"
               "  not reachable.]\n\n"
               "[Status: Error, Address: <lee@example.org>, ResponseCode 421, , Host not "
               "reachable.]\n"));
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].diagnostic == "421 Host not reachable.");
    CHECK(out[0].reason == reason_kind::expired);
    CHECK(out[1].recipient == "lee@example.org");
  }
}
