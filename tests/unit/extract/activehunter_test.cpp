// SPDX-License-Identifier: BSD-2-Clause
// Active!Hunter: a Sendmail-like notice inside a multipart/report with no delivery-status part,
// recognised by the gateway's own header (X-AHMAILID) or its boundary, the recipient on a ">>>"
// line and qmail's "(#5.1.1)" code in the transcript.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/activehunter") {
  TEST_CASE("activehunter_extractor reads the sample notice") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/activehunter/no-mailbox.eml"));
    CHECK(sample::winning_engine(r) == "activehunter");
    CHECK(sample::engine_name(activehunter_extractor()) == "activehunter");
    const std::vector<draft> out = sample::drafts_of(activehunter_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "m.ogawa@example.jp");
    REQUIRE(out[0].status);
    CHECK(out[0].status->to_string() == "5.1.1");  // from "(#5.1.1 - chkusr)"
    CHECK(out[0].status_from == status_source::text);
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command.empty());
    CHECK(out[0].diagnostic == "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)");
  }

  TEST_CASE("activehunter_extractor gives each recipient the reply naming it") {
    // Two recipients, two replies each naming its address: neither takes the other's.
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/activehunter/two-recipients.eml"));
    const std::vector<draft> out = sample::drafts_of(activehunter_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "a.mori@example.jp");
    CHECK(out[0].diagnostic ==
          "550 <a.mori@example.jp>: Recipient address rejected: User unknown in local recipient "
          "table");
    CHECK(out[1].recipient == "n.ishii@example.jp");
    CHECK(out[1].diagnostic ==
          "552 <n.ishii@example.jp>: Recipient address rejected: Mailbox is full");
  }

  TEST_CASE("activehunter_extractor shares a reply naming nobody, and names a recipient once") {
    const mime::report r = sample::report_of(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.jp>\n"
        "To: y.honda@example.com\n"
        "Subject: Returned mail: see transcript for details\n"
        "X-AHMAILID: 20260526130244-0000051878\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        ">>> a.mori@example.jp <a.mori@example.jp>\n"
        ">>> A.Mori@example.jp <A.Mori@example.jp>\n"
        ">>> mori@example.jp <mori@example.jp>\n\n"
        "   ----- Transcript of session follows -----\n"
        "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)\n");
    const std::vector<draft> out = sample::drafts_of(activehunter_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "a.mori@example.jp");
    CHECK(out[1].recipient == "mori@example.jp");
    for (const draft& d : out)
      CHECK(d.diagnostic == "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)");
  }

  TEST_CASE("activehunter_extractor leaves Sendmail's own notice alone") {
    // The same text without the gateway's header or boundary is Sendmail's.
    const mime::report r = sample::report_of(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
        "To: k.saito@example.com\n"
        "Subject: Returned mail: see transcript for details\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
        "--b1\nContent-Type: text/plain\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        ">>> m.ogawa@example.jp <m.ogawa@example.jp>\n\n"
        "   ----- Transcript of session follows -----\n"
        "550 5.1.1 m.ogawa@example.jp... User unknown\n"
        "--b1--\n");
    CHECK_FALSE(sample::claims(activehunter_extractor(), r));
    CHECK(sample::winning_engine(r) != "activehunter");
  }
}
