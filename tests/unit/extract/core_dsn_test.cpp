// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/kit.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractors.hpp"
#include "claims_alone.hpp"

using namespace bounce;
using namespace bounce::extract;
using namespace bounce::extract::kit;

TEST_CASE("embedded_delivery_status: the DSN fields written into the text") {
  const std::string text =
      "The following addresses had permanent fatal errors\n<a@example.org>\n\n"
      "Reporting-MTA: dns; relay.example.net\n\n"
      "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\n"
      "Return-Path: <s@example.com>\nFrom: s@example.com\n\nbody\n";
  const std::string_view dsn = embedded_delivery_status(text);
  CHECK(dsn.substr(0, 14) == "Reporting-MTA:");
  CHECK(dsn.find("Status: 5.1.1") != std::string_view::npos);
  CHECK(dsn.find("Return-Path") == std::string_view::npos);
}

TEST_CASE("embedded_delivery_status: nothing without a recipient field") {
  CHECK(embedded_delivery_status("Reporting-MTA: dns; x.example\n\nhello\n").empty());
  CHECK(embedded_delivery_status("no report here\n").empty());
}

TEST_CASE("paragraph_about: prefers the paragraph with the SMTP reply") {
  const std::string text =
      "To: a@example.org\nSubject: hi\n\n"
      "a@example.org: host mx.example.org said:\n    550 5.1.1 no such user\n";
  CHECK(paragraph_about(text, "a@example.org").find("550 5.1.1") != std::string_view::npos);
  const std::string quoted = "Header:\n  To: b@example.org\n\nRecipient address: b@example.org\n";
  CHECK(paragraph_about(quoted, "b@example.org") == "Recipient address: b@example.org");
}

TEST_CASE("dsn_drafts_of_body: a group split by field order gives one draft") {
  mime::report r;
  const std::string body =
      "Reporting-MTA: dns; in.example.net\n\n"
      "Action: failed\nFinal-Recipient: rfc822; p@example.org\n"
      "Original-Recipient: rfc822; p@example.org\nStatus: 4.2.2\n";
  std::vector<draft> out;
  dsn_drafts_of_body(body, "", r.limits.max_recipients, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].recipient == "p@example.org");
  REQUIRE(out[0].status);
  CHECK(out[0].status->cls == 4);
}

TEST_CASE("dsn_drafts_of_body: a status comment is the diagnostic when nothing else is") {
  mime::report r;
  std::vector<draft> out;
  dsn_drafts_of_body(
      "Final-Recipient: rfc822;x@example.net\nAction: delayed\n"
      "Status: 4.0.0 (example.net: host name lookup failure)\n",
      "", r.limits.max_recipients, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].diagnostic == "example.net: host name lookup failure");
}

TEST_CASE("dsn_drafts_of_body: a Status that is not a code is the server's words") {
  // "Status: 553 Exceeded maximum inbound message size": no code, but the reply; the human
  // text's paragraph about the recipient only names the address.
  mime::report r;
  std::vector<draft> out;
  dsn_drafts_of_body(
      "Final-Recipient: rfc822;userx@example.be\nAction: failed\n"
      "Status: 553 Exceeded maximum inbound message size\n",
      "This mail message has exceeded the maximum incoming message size.\n\nuserx@example.be\n",
      r.limits.max_recipients, out);
  REQUIRE(out.size() == 1);
  CHECK_FALSE(out[0].status);
  CHECK(out[0].diagnostic == "553 Exceeded maximum inbound message size");
  // A paragraph that is the address alone is no diagnostic.
  out.clear();
  dsn_drafts_of_body("Final-Recipient: rfc822;a@example.org\nAction: failed\nStatus: 4.4.7\n",
                     "Delivery is delayed.\n\n<a@example.org>\n", r.limits.max_recipients, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].diagnostic.empty());
}

TEST_CASE("dsn_drafts_of_body: PowerMTA's bounce category states the reason under a generic code") {
  mime::report r;
  std::vector<draft> out;
  dsn_drafts_of_body(
      "Reporting-MTA: dns;pmta.example.net\n\n"
      "Final-Recipient: rfc822;a@example.org\nAction: failed\nStatus: 5.0.0\n"
      "Diagnostic-Code: smtp;554 delivery error: this user has no account here\n"
      "X-PowerMTA-BounceCategory: bad-mailbox\n\n"
      "Final-Recipient: rfc822;b@example.org\nAction: failed\nStatus: 5.2.1\n"
      "Diagnostic-Code: smtp;550 5.2.1 <b@example.org>... User Unknown\n"
      "X-PowerMTA-BounceCategory: bad-mailbox\n",
      "", r.limits.max_recipients, out);
  REQUIRE(out.size() == 2);
  REQUIRE(out[0].reason);
  CHECK(*out[0].reason == reason_kind::userunknown);
  CHECK(out[0].rule == "extractor/powermta/bad-mailbox");
  // A specific code from the remote server is more precise than the category.
  CHECK_FALSE(out[1].reason);
}

TEST_CASE("presents_as_bounce: sender and subject markers, not ordinary mail") {
  mime::report r;
  r.headers.add("From", "Mail Delivery Subsystem <MAILER-DAEMON@example.net>");
  CHECK(presents_as_bounce(r));
  mime::report plain;
  plain.headers.add("From", "Priya <priya@example.net>");
  plain.headers.add("Subject", "Re: question about DSN fields");
  plain.subject = "Re: question about DSN fields";
  CHECK_FALSE(presents_as_bounce(plain));
}

TEST_CASE("arf and rfc3834 claim their formats only") {
  mime::report arf;
  arf.report_type = "feedback-report";
  arf.feedback_report = "Feedback-Type: fraud\nOriginal-Rcpt-To: <u@example.org>\n";
  CHECK(claims_alone(arf_extractor(), arf));
  std::vector<draft> out;
  arf_extractor().extract(arf, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].feedback_type == "fraud");
  CHECK(out[0].recipient == "u@example.org");

  mime::report bounce_like;  // Auto-Submitted alone, from postmaster: a bounce, not an auto-reply
  bounce_like.headers.add("From", "postmaster@example.de");
  bounce_like.headers.add("Auto-Submitted", "auto-replied");
  bounce_like.headers.add("Subject", "email bounce notification");
  bounce_like.subject = "email bounce notification";
  CHECK_FALSE(claims_alone(rfc3834_extractor(), bounce_like));

  mime::report ooo;
  ooo.headers.add("From", "A <a@example.org>");
  ooo.headers.add("Subject", "Automatic reply: hello");
  ooo.subject = "Automatic reply: hello";
  ooo.text = "I am away until Monday.";
  CHECK(claims_alone(rfc3834_extractor(), ooo));
  out.clear();
  rfc3834_extractor().extract(ooo, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].reason == reason_kind::vacation);
}

TEST_CASE("rfc3834: a localised auto-reply Subject, accented or not") {
  for (const char* subject : {"R\xc3\xa9ponse automatique : hello", "Reponse automatique : hello",
                              "Abwesenheitsnotiz: hello", "Respuesta autom\xc3\xa1tica: hello"}) {
    CAPTURE(subject);
    mime::report r;
    r.headers.add("From", "A <a@example.org>");
    r.headers.add("Subject", subject);
    r.subject = subject;
    r.text = "Je suis absent jusqu'au lundi.";
    CHECK(claims_alone(rfc3834_extractor(), r));
  }
}

TEST_CASE("rfc3834: procmailex(5)'s vacation recipe (Precedence: junk, X-Loop, away words)") {
  mime::report r;
  r.headers.add("From", "procu@example.org");
  r.headers.add("Subject", "Re: Quarterly report");
  r.subject = "Re: Quarterly report";
  r.headers.add("X-Loop", "procu@example.org");
  r.headers.add("Precedence", "junk");
  r.text = "I received your mail, but I won't be back until Monday.\n";
  CHECK(claims_alone(rfc3834_extractor(), r));
  // A list's message with the same headers but no away wording is not one.
  mime::report list = r;
  list.text = "Here are the figures for the third quarter.\n";
  CHECK_FALSE(claims_alone(rfc3834_extractor(), list));
}
