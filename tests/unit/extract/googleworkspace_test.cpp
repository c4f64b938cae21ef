// SPDX-License-Identifier: BSD-2-Clause
// Google Workspace's "** Address not found **" notice with an empty delivery-status part: the
// recipient in X-Failed-Recipients, Google's explanation first, the remote reply after "The
// response from the remote server was:".
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/googleworkspace") {
  TEST_CASE("googleworkspace_extractor reads the sample notice") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/googleworkspace/address-not-found.eml"));
    CHECK(sample::winning_engine(r) == "googleworkspace");
    const std::vector<draft> out = sample::drafts_of(googleworkspace_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "t.walker@example.org");
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command.empty());
    // Google's sentence states the reason, so its explanation stays in the diagnostic.
    CHECK(sample::diagnostic_has(out[0], "because the address couldn't be found"));
    CHECK(sample::diagnostic_has(out[0], "User unknown in virtual mailbox table"));
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::userunknown);
    CHECK(sample::lower(out[0].rule) == "extractor/googleworkspace/address-not-found");
  }

  TEST_CASE("googleworkspace_extractor: a DNS error that 'had no relevant answers'") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/googleworkspace/dns-no-answers.eml"));
    CHECK(sample::winning_engine(r) == "googleworkspace");
    const std::vector<draft> out = sample::drafts_of(googleworkspace_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "o.lindberg@mail.example.org");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::networkerror);
    CHECK(out[0].rule == "extractor/googleworkspace/dns-no-answers");  // Sisimai's GSuite.pm
  }

  TEST_CASE("googleworkspace_extractor: a notice with a real DSN is RFC 3464's") {
    std::string m = sample::read_corpus("lhost/googleworkspace/address-not-found.eml");
    const std::string empty_dsn = "Content-Type: message/delivery-status\n\n";
    const auto p = m.find(empty_dsn);
    REQUIRE(p != std::string::npos);
    m.insert(p + empty_dsn.size(),
             "Reporting-MTA: dns; googlemail.com\n\n"
             "Final-Recipient: rfc822; t.walker@example.org\n"
             "Action: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
    const mime::report r = sample::report_of(m);
    CHECK_FALSE(sample::claims(googleworkspace_extractor(), r));
    CHECK(sample::winning_engine(r) != "googleworkspace");
  }
}
