// SPDX-License-Identifier: BSD-2-Clause
// MailMarshal SMTP: "Could not be delivered because of" then the reply, "The following
// recipients were affected:" with the addresses indented, and "Additional Information" with
// "Remote-MTA: <ip>".
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mailmarshalsmtp") {
  TEST_CASE("mailmarshalsmtp_extractor reads both affected recipients") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/mailmarshalsmtp/mailbox-full.eml"));
    CHECK(sample::winning_engine(r) == "mailmarshalsmtp");
    const std::vector<draft> out = sample::drafts_of(mailmarshalsmtp_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "w.harris@example.com.au");
    CHECK(out[1].recipient == "n.clarke@example.com.au");
    for (const draft& d : out) {
      CHECK(sample::status_of(d) == "5.2.2");
      CHECK(sample::reply_code_of(d) == 552);
      CHECK(d.smtp_command.empty());
      CHECK(d.remote_mta == "203.0.113.45");  // not Sender-MTA's or Reporting-MTA's
      CHECK(d.diagnostic == "552 5.2.2 Mailbox quota exceeded for this recipient");
    }
  }

  TEST_CASE("mailmarshalsmtp_extractor wants the affected-recipients list") {
    const mime::report r = sample::report_of(
        "From: postmaster@mail.example.net\n"
        "To: j.thompson@example.com\n"
        "Subject: Undeliverable Mail\n\n"
        "Your message could not be delivered because of a remote error:\n"
        "552 5.2.2 Mailbox quota exceeded\n"
        "Recipient: w.harris@example.com.au\n");
    CHECK_FALSE(sample::claims(mailmarshalsmtp_extractor(), r));
    CHECK(sample::winning_engine(r) != "mailmarshalsmtp");
  }
}
