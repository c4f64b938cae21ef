// SPDX-License-Identifier: BSD-2-Clause
// Variants of thin MTA formats that Sisimai 4.25's Lhost modules accept besides the first
// sample each extractor was written from: other marking headers, other Received hosts, the
// transcript arrows the other way round. Samples: corpus/lhost/<family>/.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/lhost_variants") {
  TEST_CASE("mxlogic: X-MXL-Hash alone marks the notice; one reply per address line") {
    const std::vector<draft> out =
        sample::checked_drafts(mxlogic_extractor(), "lhost/mxlogic/mxl-hash.eml",
                               {{"m.kowalski@example.org"}, {"a.berg@example.org"}});
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK_FALSE(sample::diagnostic_has(out[0], "mailbox is full"));
    CHECK(sample::reply_code_of(out[1]) == 552);
  }

  TEST_CASE("amazonworkmail: X-Original-Mailer names WorkMail when X-Mailer does not") {
    sample::checked_drafts(amazonworkmail_extractor(), "lhost/amazonworkmail/original-mailer.eml",
                           {{"p.novak@example.org"}, {"e.silva@example.org"}});
  }

  TEST_CASE("bigfoot: a Received from any *.bigfoot.com host, not only LiteMail") {
    const std::vector<draft> out = sample::checked_drafts(
        bigfoot_extractor(), "lhost/bigfoot/received-only.eml", {{"q.barnes@example.org"}});
    CHECK(out[0].smtp_command == "RCPT");
  }

  TEST_CASE("interscanmss: 'Sent >>> RCPT TO' / 'Received <<< 550' read like the other arrows") {
    const std::vector<draft> out =
        sample::checked_drafts(interscanmss_extractor(), "lhost/interscanmss/reversed-arrows.eml",
                               {{"t.endo@example.org"}, {"r.kimura@example.org"}});
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].diagnostic.starts_with("550 5.1.1"));
    CHECK(out[1].diagnostic.starts_with("552 5.2.2"));
  }
}
