// SPDX-License-Identifier: BSD-2-Clause
// MailFoundry: "Unable to deliver message to: <rcpt>", "Delivery failed for the following
// reason:", "Server host[ip] failed with: <reply>".
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mailfoundry") {
  TEST_CASE("mailfoundry_extractor reads the sample notice") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/mailfoundry/user-unknown.eml"));
    CHECK(sample::winning_engine(r) == "mailfoundry");
    const std::vector<draft> out = sample::drafts_of(mailfoundry_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "d.okafor@example.org");
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command.empty());
    CHECK(out[0].remote_mta == "mx1.example.org");
    // The reply alone: "Server ... failed with:" and the permanence note are cut off.
    CHECK(out[0].diagnostic == "550 5.1.1 <d.okafor@example.org>... User unknown");
  }

  TEST_CASE("mailfoundry_extractor wants its reason heading") {
    const mime::report r = sample::report_of(
        "From: MAILER-DAEMON@mail.example.net\n"
        "To: e.rossi@example.com\n"
        "Subject: Undeliverable\n\n"
        "Unable to deliver message to: <d.okafor@example.org>\n"
        "550 5.1.1 User unknown\n");
    CHECK_FALSE(sample::claims(mailfoundry_extractor(), r));
    CHECK(sample::winning_engine(r) != "mailfoundry");
  }

  TEST_CASE("mailfoundry_extractor: each recipient has its own reason (Sisimai 4.25)") {
    const std::vector<draft> out =
        sample::checked_drafts(mailfoundry_extractor(), "lhost/mailfoundry/two-recipients.eml",
                               {{"a.quist@example.org"}, {"b.varga@example.net"}});
    CHECK(out[0].remote_mta == "mx2.example.org");
    CHECK(out[0].diagnostic == "552 5.2.2 <a.quist@example.org>... Mailbox full");
    CHECK(out[1].remote_mta == "mail.example.net");
    CHECK(out[1].diagnostic == "550 5.1.1 <b.varga@example.net>... No such user here");
  }
}
