// SPDX-License-Identifier: BSD-2-Clause
// nullmailer's notices (nullmailer-dsn, written when nullmailer-send gives up: src/send.cc): the
// real nullmailer 2.2 notices of corpus/lhost/nullmailer, and a notice worded as a delay.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/nullmailer") {
  TEST_CASE("nullmailer: a 4.x.x reply worded as a delay is the final notice: failed") {
    const mime::report r = sample::report_of(
        sample::read_corpus("lhost/nullmailer/real-dsn-expired-temporary-sender-domain.eml"));
    CHECK(sample::winning_engine(r) == "nullmailer");
    const std::vector<draft> out = sample::drafts_of(nullmailer_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "alice@qp.example.org");
    CHECK(out[0].action == action_kind::failed);
    CHECK_FALSE(out[0].temporary);
    CHECK(sample::status_of(out[0]) == "4.4.3");  // the reply's code stays
  }

  TEST_CASE("nullmailer: 'Connect failed' after queuelifetime is an expiry") {
    const mime::report r = sample::report_of(
        sample::read_corpus("lhost/nullmailer/real-dsn-expired-connection-refused.eml"));
    const std::vector<draft> out = sample::drafts_of(nullmailer_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].reason == reason_kind::expired);
    CHECK(out[0].rule == "extractor/nullmailer/connect-failed");
  }

  TEST_CASE("nullmailer: its greeting without a report is not its notice") {
    mime::report r;
    r.headers.add("From", "Message Delivery Subsystem <MAILER-DAEMON@mx.example.net>");
    r.text = "This is the nullmailer delivery system.  The message attached below\n";
    CHECK_FALSE(sample::claims(nullmailer_extractor(), r));
  }
}
