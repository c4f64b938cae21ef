// SPDX-License-Identifier: BSD-2-Clause
// Mail.Ru: Exim's failure list under a Russian preface, with Mail.Ru's own words of Sisimai 4.25
// Lhost/MailRu.pm beyond Exim's catalogue.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mailru") {
  TEST_CASE("mailru_extractor: 'user not found' states userunknown") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/mailru/user-not-found.eml"));
    CHECK(sample::winning_engine(r) == "mailru");
    const std::vector<draft> out = sample::drafts_of(mailru_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "p.smirnov@example.org");
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[0].diagnostic == "550 user not found");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::userunknown);
    CHECK(out[0].rule == "extractor/mailru/user-not-found");
  }

  TEST_CASE("mailru_extractor: a remote reply that names no catalogue words gets no verdict") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/mailru/mailbox-full.eml"));
    const std::vector<draft> out = sample::drafts_of(mailru_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK_FALSE(out[0].reason);
  }
}
