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
    const mime::report r = sample::report_of(sample::read_corpus("lhost/mxlogic/mxl-hash.eml"));
    CHECK(sample::winning_engine(r) == "mxlogic");
    const std::vector<draft> out = sample::drafts_of(mxlogic_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "m.kowalski@example.org");
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK_FALSE(sample::diagnostic_has(out[0], "mailbox is full"));
    CHECK(out[1].recipient == "a.berg@example.org");
    CHECK(sample::reply_code_of(out[1]) == 552);
  }

  TEST_CASE("amazonworkmail: X-Original-Mailer names WorkMail when X-Mailer does not") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/amazonworkmail/original-mailer.eml"));
    CHECK(sample::winning_engine(r) == "amazonworkmail");
    const std::vector<draft> out = sample::drafts_of(amazonworkmail_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "p.novak@example.org");
    CHECK(out[1].recipient == "e.silva@example.org");
  }

  TEST_CASE("bigfoot: a Received from any *.bigfoot.com host, not only LiteMail") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/bigfoot/received-only.eml"));
    CHECK(sample::winning_engine(r) == "bigfoot");
    const std::vector<draft> out = sample::drafts_of(bigfoot_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "q.barnes@example.org");
    CHECK(out[0].smtp_command == "RCPT");
  }

  TEST_CASE("interscanmss: 'Sent >>> RCPT TO' / 'Received <<< 550' read like the other arrows") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/interscanmss/reversed-arrows.eml"));
    CHECK(sample::winning_engine(r) == "interscanmss");
    const std::vector<draft> out = sample::drafts_of(interscanmss_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "t.endo@example.org");
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].diagnostic.starts_with("550 5.1.1"));
    CHECK(out[1].recipient == "r.kimura@example.org");
    CHECK(out[1].diagnostic.starts_with("552 5.2.2"));
  }
}
