// SPDX-License-Identifier: BSD-2-Clause
// The SMTP step and the failure lines of Postfix and IMail notices. Every message here is a
// minimal invented sample modelled on the format.
#include "extract/extractors.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "claimed_drafts.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mta_steps") {
  TEST_CASE("Postfix: a local command's output is no SMTP connection; connect to host[ip] is") {
    const auto postfix = [](std::string_view failure) {
      return only_draft(postfix_extractor(),
                        notice({{"From", "MAILER-DAEMON@mx.example.net (Mail Delivery System)"}},
                               "This is the Postfix program at host mx.example.net.\n\n"
                               "\t\t\tThe Postfix program\n\n" +
                                   std::string(failure)));
    };
    CHECK(postfix("<kim@example.org>: temporary failure. Command\n"
                  "    output: scanner: unable to connect to scan daemon: Connection refused\n")
              .smtp_command.empty());
    CHECK(postfix("<kim@example.org>: connect to mx.example.org[192.0.2.9]:25: Connection "
                  "refused\n")
              .smtp_command == "CONN");
  }

  TEST_CASE("OpenSMTPD: each recipient's step comes from its own line of the list") {
    // bounce.c lists "rcpt: reply" lines with no blank line between them: the report's paragraph
    // about one recipient is the whole list, whose "MAIL FROM" is another recipient's.
    mime::report r = notice({{"From", "Mailer Daemon <MAILER-DAEMON@mx.example.net>"}},
                            "    Hi!\n\n"
                            "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
                            "    An error has occurred while attempting to deliver a message for\n"
                            "    the following list of recipients:\n\n"
                            "kim@example.org: 530 5.7.57 Client was not authenticated during MAIL "
                            "FROM\n"
                            "lee@example.org: 550 5.7.124 Sender not in allowed-senders list\n\n"
                            "    Below is a copy of the original message:\n");
    r.delivery_status =
        "Reporting-MTA: dns; mx.example.net\n\n"
        "Final-Recipient: rfc822; kim@example.org\nAction: failed\nStatus: 5.0.0\n\n"
        "Final-Recipient: rfc822; lee@example.org\nAction: failed\nStatus: 5.0.0\n";
    const std::vector<draft> out = claimed_drafts(opensmtpd_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].smtp_command == "MAIL");
    CHECK(out[1].recipient == "lee@example.org");
    CHECK(out[1].smtp_command.empty());
    CHECK(out[1].diagnostic == "550 5.7.124 Sender not in allowed-senders list");
  }

  TEST_CASE("IMail: bare 'undeliverable to', the retry limit, and the step with its reply") {
    mime::report r;
    r.headers.add("From", "postmaster@example.net");
    r.headers.add("Subject", "Undeliverable Mail");
    r.subject = "Undeliverable Mail";
    r.headers.add("X-Mailer", "<SMTP32 v8.22>");
    r.text =
        "undeliverable  to kim@example.org\n"
        "Delivery failed 12 attempts: lee@example.org\n"
        "Unknown user: ann@example.org\n"
        "RCPT TO generated following response:\n"
        "550 5.1.1 <ann@example.org>... User unknown\n"
        "Original message follows.\n\nFrom: a@example.com\n";
    std::vector<draft> out = claimed_drafts(imailserver_extractor(), r);
    REQUIRE(out.size() == 3);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].reason == reason_kind::undefined);
    CHECK(out[1].recipient == "lee@example.org");
    CHECK(out[1].reason == reason_kind::expired);
    CHECK(out[1].rule == "extractor/imailserver/retries-exhausted");
    CHECK(out[2].recipient == "ann@example.org");
    CHECK(out[2].smtp_command == "RCPT");
    CHECK(out[2].diagnostic.find("550 5.1.1") != std::string::npos);
  }
  TEST_CASE("Courier: its own words without a reply, the delay heading, the sender's name") {
    // Sisimai 4.25 Lhost/Courier.pm: $MessagesOf ("No such domain.") and $StartingOf
    // ("DELAYS IN DELIVERING YOUR MESSAGE"); its From "Courier mail server at <host>".
    const draft d = only_draft(
        courier_extractor(),
        notice({{"From", "Courier mail server at relay.example.net <@>"},
                {"Subject", "WARNING: delayed mail."}},
               "---------------------------------------------------------------------------\n\n"
               "                      DELAYS IN DELIVERING YOUR MESSAGE\n\n"
               "<kim@nowhere.example>:\n"
               "    No such domain.\n\n"
               "---------------------------------------------------------------------------\n"));
    CHECK(d.recipient == "kim@nowhere.example");
    CHECK(d.diagnostic == "No such domain.");
    CHECK(d.temporary);
    CHECK(d.action == action_kind::delayed);
  }
  TEST_CASE("Sendmail: a mailer's exit code in the DSN gives way to the transcript's status line") {
    // Sisimai 4.25 Lhost/Sendmail.pm: a numeric diagnosis is replaced by the transcript's
    // "554 5.3.0 unknown mailer error 1".
    mime::report r = notice({{"Subject", "Returned mail: see transcript for details"}},
                            "   ----- Transcript of session follows -----\n"
                            "filter: line 3: syntax error\n"
                            "554 5.3.0 unknown mailer error 1\n");
    r.delivery_status =
        "Reporting-MTA: dns; mail.example.net\n\n"
        "Final-Recipient: RFC822; kim@mail.example.net\n"
        "Action: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Unix; 1\n";
    CHECK(only_draft(sendmail_extractor(), r).diagnostic == "554 5.3.0 unknown mailer error 1");
  }
  TEST_CASE("Sendmail: another recipient's refused RCPT is not this recipient's step") {
    // RFC 5321 4.1.1.3: a reply to "RCPT TO:<a>" is about a. Sendmail 8.17 writes its own line
    // for an unknown host after the session that refused the other recipient.
    mime::report r = notice({{"Subject", "Returned mail: see transcript for details"}},
                            "   ----- Transcript of session follows -----\n"
                            "... while talking to mx.example.org.:\n"
                            ">>> RCPT To:<kim@example.org>\n"
                            "<<< 550 5.2.1 The account is inactive\n"
                            "550 5.1.1 <kim@example.org>... User unknown\n"
                            "550 5.1.2 <lee@nohost.invalid>... Host unknown\n");
    r.delivery_status =
        "Reporting-MTA: dns; mx.example.net\n\n"
        "Final-Recipient: RFC822; kim@example.org\nAction: failed\nStatus: 5.2.1\n"
        "Remote-MTA: DNS; mx.example.org\nDiagnostic-Code: SMTP; 550 5.2.1 The account is "
        "inactive\n\n"
        "Final-Recipient: RFC822; lee@nohost.invalid\nAction: failed\nStatus: 5.1.2\n"
        "Remote-MTA: DNS; nohost.invalid\nDiagnostic-Code: SMTP; 550 Host unknown\n";
    const std::vector<draft> out = claimed_drafts(sendmail_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[1].recipient == "lee@nohost.invalid");
    CHECK(out[1].smtp_command.empty());
  }
  TEST_CASE("Sendmail 5: a 'Warning:' Subject is a delay warning, not the end of the queue") {
    // Sisimai 4.25 Lhost/Sendmail.pm: a Subject starting "Warning: " is a delay notice.
    const draft d = only_draft(
        v5sendmail_extractor(),
        notice({{"Subject", "Warning: cannot send message for 4 hours"}},
               "   ----- Transcript of session follows -----\n"
               "<kim@example.net>... Deferred: Connection timed out with mx.example.net.\n\n"
               "   ----- Unsent message follows -----\n"));
    CHECK(d.temporary);
    CHECK(d.action == action_kind::delayed);
    CHECK(d.rule.empty());
  }
  TEST_CASE("Postfix: 'host ... refused to talk to me' is the greeting, from that host") {
    // smtp_proto.c; Sisimai 4.25 Lhost/Postfix.pm gives such a session a command.
    const draft d =
        only_draft(postfix_extractor(),
                   notice({{"Subject", "Undelivered Mail Returned to Sender"}},
                          "This is the mail system at host out.example.com.\n\n"
                          "                   The mail system\n\n"
                          "<kim@example.net>: host mx1.example.net[192.0.2.71] refused to talk to\n"
                          "    me: 554 5.7.1 Service unavailable\n"));
    CHECK(d.smtp_command == "CONN");
    CHECK(d.remote_mta == "mx1.example.net");
  }
  TEST_CASE("Postfix: the delay template without its DSN part gives delayed drafts") {
    const draft d = only_draft(
        postfix_extractor(),
        notice({{"Subject", "Delayed Mail (still being retried)"}},
               "This is the mail system at host mail.example.net.\n\n"
               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n"
               "                   The mail system\n\n"
               "<kim@example.org>: connect to mx.example.org[192.0.2.9]:25: Connection timed "
               "out\n"));
    CHECK(d.temporary);
    CHECK(d.action == action_kind::delayed);
  }
  TEST_CASE("Postfix: 'while sending DATA command' is the DATA step") {
    // Postfix smtp_proto.c, xfer_states[]: "sending DATA command".
    const draft d = only_draft(
        postfix_extractor(),
        notice({{"Subject", "Undelivered Mail Returned to Sender"}},
               "This is the mail system at host relay.example.com.\n\n"
               "                   The mail system\n\n"
               "<kim@example.net>: lost connection with mx.example.net[192.0.2.150] while\n"
               "    sending DATA command\n"));
    CHECK(d.smtp_command == "DATA");
  }
}

TEST_SUITE("extract/mta_steps") {
  TEST_CASE("Sendmail: another host's session is not the step or the words of a recipient") {
    // deliver.c: a DNS failure is written before any "... while talking to" session; the
    // sessions with [192.0.2.16] and [192.0.2.19] are frank's (its RCPT names him) and fay's
    // (her Remote-MTA); hank, with no host, does not take fay's as the one failure left.
    mime::report r =
        notice({{"From", "Mail Delivery Subsystem <MAILER-DAEMON@mta.example.com>"}},
               "The original message was received at Fri, 4 Dec 2026 15:09:37 GMT\n\n"
               "   ----- The following addresses had permanent fatal errors -----\n"
               "frank@grey.example.org\n"
               "    (reason: 450 4.7.1 <frank@grey.example.org>: Recipient address rejected: "
               "Greylisted)\n"
               "fay@drop.example.org\n"
               "hank@servfail.example.net\n"
               "erin@nxdomain.example.net\n\n"
               "   ----- Transcript of session follows -----\n"
               "451 servfail.example.net: Name server timeout\n"
               "... while talking to [192.0.2.16]:\n"
               ">>> RCPT To:<frank@grey.example.org>\n"
               "<<< 450 4.7.1 <frank@grey.example.org>: Recipient address rejected: Greylisted\n"
               "... while talking to [192.0.2.19]:\n"
               "<<< 521 5.7.1 Service unavailable; client [192.0.2.2] blocked using dnsbl.example\n"
               "554 5.0.0 Service unavailable\n");
    r.delivery_status =
        "Reporting-MTA: dns; mta.example.com\n\n"
        "Final-Recipient: RFC822; frank@grey.example.org\nAction: failed\nStatus: 4.4.7\n"
        "Remote-MTA: DNS; [192.0.2.16]\n\n"
        "Final-Recipient: RFC822; fay@drop.example.org\nAction: failed\nStatus: 5.5.0\n"
        "Remote-MTA: DNS; [192.0.2.19]\n\n"
        "Final-Recipient: RFC822; hank@servfail.example.net\nAction: failed\nStatus: 4.4.7\n\n"
        "Final-Recipient: RFC822; erin@nxdomain.example.net\nAction: failed\nStatus: 5.1.2\n"
        "Remote-MTA: DNS; nxdomain.example.net\nDiagnostic-Code: SMTP; 550 Host unknown\n";
    const std::vector<draft> out = claimed_drafts(sendmail_extractor(), r);
    REQUIRE(out.size() == 4);
    CHECK(out[1].recipient == "fay@drop.example.org");
    CHECK(out[1].smtp_command == "CONN");
    CHECK(out[1].remote_mta == "[192.0.2.19]");
    CHECK(out[2].recipient == "hank@servfail.example.net");
    CHECK(out[2].diagnostic == "451 servfail.example.net: Name server timeout");
    CHECK(out[3].recipient == "erin@nxdomain.example.net");
    CHECK(out[3].smtp_command.empty());
    CHECK(out[3].diagnostic == "550 Host unknown");
  }

  TEST_CASE(
      "Sendmail: a refusal before RCPT is every recipient of the session when they failed alike") {
    // deliver.c sends both recipients at drop.example.org through one connection; the greeting
    // refused it, and both report groups carry the same Diagnostic-Code.
    const std::string text =
        "   ----- The following addresses had permanent fatal errors -----\n"
        "amy@drop.example.org\n    (reason: 220-mx.example.org ESMTP)\n"
        "ben@drop.example.org\n    (reason: 220-mx.example.org ESMTP)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to [192.0.2.19]:\n"
        "<<< 521 5.7.1 Service unavailable; client [192.0.2.2] blocked using dnsbl.example\n"
        "554 5.0.0 Service unavailable\n";
    const std::string group =
        "Action: failed\nStatus: 5.5.0\nDiagnostic-Code: SMTP; 220-mx.example.org ESMTP\n";
    mime::report r =
        notice({{"From", "Mail Delivery Subsystem <MAILER-DAEMON@mta.example.com>"}}, text);
    r.delivery_status =
        "Reporting-MTA: dns; mta.example.com\n\n"
        "Final-Recipient: RFC822; amy@drop.example.org\n" +
        group +
        "\n"
        "Final-Recipient: RFC822; ben@drop.example.org\n" +
        group;
    std::vector<draft> out = claimed_drafts(sendmail_extractor(), r);
    REQUIRE(out.size() == 2);
    for (const draft& d : out) {
      CAPTURE(d.recipient);
      CHECK(d.smtp_command == "CONN");
      CHECK(d.remote_mta == "[192.0.2.19]");
    }
    // Groups that say different things did not fail alike: the one session is neither's guess.
    r.delivery_status =
        "Reporting-MTA: dns; mta.example.com\n\n"
        "Final-Recipient: RFC822; amy@drop.example.org\n" +
        group +
        "\n"
        "Final-Recipient: RFC822; ben@drop.example.org\nAction: failed\n"
        "Status: 5.1.1\nDiagnostic-Code: SMTP; 550 5.1.1 No such user\n";
    out = claimed_drafts(sendmail_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].smtp_command.empty());
    CHECK(out[1].smtp_command.empty());
  }
}
