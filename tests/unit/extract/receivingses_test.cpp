// SPDX-License-Identifier: BSD-2-Clause
// Amazon SES inbound (engine ReceivingSES): an RFC 3464 report whose Reporting-MTA is
// inbound-smtp.<region>.amazonaws.com; "Message content rejected" is SES' spam and virus filter.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/receivingses") {
  TEST_CASE("receivingses_extractor reads the sample report") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/receivingses/content-rejected.eml"));
    CHECK(sample::winning_engine(r) == "receivingses");
    const std::vector<draft> out = sample::drafts_of(receivingses_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "support@helpdesk.example.org");
    CHECK(sample::status_of(out[0]) == "5.6.1");
    CHECK(sample::reply_code_of(out[0]) == 554);
    CHECK(out[0].reporting_mta == "inbound-smtp.us-east-1.amazonaws.com");
    CHECK(out[0].diagnostic == "554 5.6.1 Message content rejected");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::spamdetected);
    CHECK(sample::lower(out[0].rule) == "extractor/receivingses/content-rejected");
  }

  TEST_CASE("receivingses_extractor: SES' outbound reports are not its") {
    std::string m = sample::read_corpus("lhost/receivingses/content-rejected.eml");
    const std::string inbound = "Reporting-MTA: dns; inbound-smtp.us-east-1.amazonaws.com";
    const auto p = m.find(inbound);
    REQUIRE(p != std::string::npos);
    m.replace(p, inbound.size(), "Reporting-MTA: dns; a1-23.smtp-out.us-east-1.amazonses.com");
    const mime::report r = sample::report_of(m);
    CHECK_FALSE(sample::claims(receivingses_extractor(), r));
    CHECK(sample::winning_engine(r) != "receivingses");
  }
}
