// SPDX-License-Identifier: BSD-2-Clause
// The notice's Subject and From as extractors read them: a gateway's tag in front of the
// Subject is not the MTA's, and both RFC 5322 forms of a From name the same sender.
#include <doctest/doctest.h>

#include <string>

#include "bounce/options.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"

using namespace bounce::mime;

TEST_CASE("notice_subject: gateway and filter tags in front are not the Subject of the MTA") {
  CHECK(detail::notice_subject("  Undelivered Mail Returned to Sender ") ==
        "Undelivered Mail Returned to Sender");
  CHECK(detail::notice_subject("[EXTERNAL] Returned mail: see transcript for details") ==
        "Returned mail: see transcript for details");
  CHECK(detail::notice_subject("*****SPAM***** [EXT] Delivery Failure: x") ==
        "Delivery Failure: x");
  CHECK(detail::notice_subject("{Spam?} failure notice") == "failure notice");
  // Encoded, then untagged.
  CHECK(detail::notice_subject("=?UTF-8?B?W0VYVEVSTkFMXSBmYWlsdXJlIG5vdGljZQ==?=") ==
        "failure notice");
  // A Subject that is a tag stays (Apache James writes "[BOUNCE]"), and so does the last tag
  // before nothing; text glued to a bracket or a long bracketed text is not a tag.
  CHECK(detail::notice_subject("[BOUNCE]") == "[BOUNCE]");
  CHECK(detail::notice_subject("[EXTERNAL] [BOUNCE]") == "[BOUNCE]");
  CHECK(detail::notice_subject("[x]y failed") == "[x]y failed");
  const std::string long_text =
      "[this bracket holds far more than any gateway tag would] failure notice";
  CHECK(detail::notice_subject(long_text) == long_text);
  CHECK(detail::notice_subject("* note * about delivery") == "* note * about delivery");
  CHECK(detail::notice_subject("").empty());
}

TEST_CASE("notice_from: the name and address in either RFC 5322 form") {
  std::string name;
  std::string address;
  detail::notice_from("Mail Delivery System <Mailer-Daemon@mx.example.net>", name, address);
  CHECK(name == "Mail Delivery System");
  CHECK(address == "Mailer-Daemon@mx.example.net");
  detail::notice_from("Mailer-Daemon@mx.example.net (Mail Delivery System)", name, address);
  CHECK(name == "Mail Delivery System");
  CHECK(address == "Mailer-Daemon@mx.example.net");
  detail::notice_from("\"Postmaster\" <postmaster@example.org>", name, address);
  CHECK(name == "Postmaster");
  detail::notice_from("=?UTF-8?Q?Mail_Delivery_System?= <m@example.org>", name, address);
  CHECK(name == "Mail Delivery System");
  detail::notice_from("MAILER-DAEMON@example.org", name, address);
  CHECK(name.empty());
  CHECK(address == "MAILER-DAEMON@example.org");
  // Broken forms give what they hold, never more.
  detail::notice_from("Name <unclosed@example.org", name, address);
  CHECK(name.empty());
  detail::notice_from("a@example.org (unclosed", name, address);
  CHECK(address == "a@example.org");
  CHECK(name == "unclosed");
  detail::notice_from(")(", name, address);
  CHECK(name.empty());
  detail::notice_from("", name, address);
  CHECK(address.empty());
}

TEST_CASE("build_report: Subject untagged, From split") {
  const std::string msg =
      "From: Mailer-Daemon@mx.example.net (Mail Delivery System)\n"
      "Subject: [EXTERNAL] Mail delivery failed: returning message to sender\n"
      "\n"
      "This message was created automatically by mail delivery software.\n";
  auto rep = build_report(msg, bounce::limits{});
  REQUIRE(rep);
  CHECK(rep->subject == "Mail delivery failed: returning message to sender");
  CHECK(rep->from_name == "Mail Delivery System");
  CHECK(rep->from_address == "Mailer-Daemon@mx.example.net");
}
