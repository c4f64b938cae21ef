// SPDX-License-Identifier: BSD-2-Clause
// au by KDDI: the dion.ne.jp notice (kddi) and the ezweb.ne.jp / au.com notice (ezweb), with the
// sentences of Sisimai 4.25 Lhost/KDDI.pm and Lhost/EZweb.pm.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/japan_mobile") {
  TEST_CASE("kddi_extractor: a notice relayed by au.com, 'As their mailbox is full'") {
    sample::checked_drafts(
        kddi_extractor(), "lhost/kddi/mailbox-full.eml",
        {{"ren@a9b8c7d6e5.dion.ne.jp", reason_kind::mailboxfull, "extractor/kddi/mailbox-full"}});
  }

  TEST_CASE("ezweb_extractor: the sentences of Sisimai's EZweb catalogue") {
    sample::checked_drafts(
        ezweb_extractor(), "lhost/ezweb/account-limited.eml",
        {{"mio.phone@ezweb.ne.jp", reason_kind::suspend, "extractor/ezweb/account-limited"}});
    sample::checked_drafts(ezweb_extractor(), "lhost/ezweb/not-delivered-within.eml",
                           {{"kenji.travel@example.org", reason_kind::expired,
                             "extractor/ezweb/not-delivered-within"}});
    sample::checked_drafts(
        ezweb_extractor(), "lhost/ezweb/over-quota.eml",
        {{"haruto.mobile@ezweb.ne.jp", reason_kind::mailboxfull, "extractor/ezweb/over-quota"}});
  }

  TEST_CASE("ezweb_extractor: each recipient keeps its own transcript, the sentence is shared") {
    // Sisimai 4.25 Lhost/EZweb.pm: "Recipient: <addr>" / ">>> RCPT TO" / "<<< 550" per recipient.
    const auto out =
        sample::checked_drafts(ezweb_extractor(), "lhost/ezweb/rejected-two-recipients.eml",
                               {{"t.kimura@example.net"}, {"n.ueda@example.org"}});
    for (const auto& d : out) {
      CHECK(sample::diagnostic_has(d, "Each of the following recipients was rejected"));
      CHECK(d.smtp_command == "RCPT");
    }
    CHECK(sample::diagnostic_has(out[0], "<t.kimura@example.net>: User unknown"));
    CHECK_FALSE(sample::diagnostic_has(out[0], "Mailbox full"));
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(sample::diagnostic_has(out[1], "<n.ueda@example.org>: Mailbox full"));
    CHECK_FALSE(sample::diagnostic_has(out[1], "User unknown"));
    CHECK(sample::status_of(out[1]) == "4.2.2");
  }

  TEST_CASE("ezweb_extractor: '<addr>: reply' lines belong to their own recipient") {
    const auto r = sample::report_of(
        "From: Postmaster@ezweb.ne.jp\n"
        "Subject: Mail System Error - Returned Mail\n"
        "Message-Id: <20260301000000.A1@lsean.ezweb.ne.jp>\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        "\n"
        "The user(s) account is disabled.\n"
        "\n"
        "<a.sato@example.net>: 550 user unknown (in reply to RCPT TO command)\n"
        "<b.ito@example.org>: 552 mailbox full (in reply to end of DATA command)\n"
        "<a.sato@example.net>: 550 user unknown (in reply to RCPT TO command)\n");
    const auto out = sample::drafts_of(ezweb_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "a.sato@example.net");
    CHECK(out[0].diagnostic ==
          "The user(s) account is disabled. 550 user unknown (in reply to RCPT TO command)");
    CHECK(out[1].recipient == "b.ito@example.org");
    CHECK(out[1].diagnostic ==
          "The user(s) account is disabled. 552 mailbox full (in reply to end of DATA command)");
    CHECK(out[1].reason == reason_kind::suspend);
  }
}
