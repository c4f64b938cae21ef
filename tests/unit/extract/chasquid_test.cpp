// SPDX-License-Identifier: BSD-2-Clause
// chasquid's notices (internal/queue/dsn.go): the real chasquid 1.11 notices of
// corpus/lhost/chasquid. A recipient the queue gave up on gets the catalogue's expired; the
// last error beside it decides when it names a cause.
#include <doctest/doctest.h>

#include <string>

#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/chasquid") {
  TEST_CASE("chasquid: each recipient's details line; 'timed out' is the queue giving up") {
    const mime::report r = sample::report_of(
        sample::read_corpus("lhost/chasquid/real-multi-inactive-unknown-refused-timeout.eml"));
    CHECK(sample::winning_engine(r) == "chasquid");
    const std::vector<draft> out = sample::drafts_of(chasquid_extractor(), r);
    REQUIRE(out.size() == 3);
    for (const draft& d : out) {
      CAPTURE(d.recipient);
      if (d.recipient == "office@dead.example.com") {
        REQUIRE(d.reason);
        CHECK(*d.reason == reason_kind::expired);
        CHECK(d.rule == "extractor/chasquid/timed-out");
        CHECK(sample::diagnostic_has(d, "connection refused"));
      } else {
        CHECK_FALSE(d.reason);  // "failed permanently with error:": the reply decides
      }
    }
  }

  TEST_CASE("chasquid: the details line found whatever case the report spells the domain in") {
    std::string raw =
        sample::read_corpus("lhost/chasquid/real-multi-inactive-unknown-refused-timeout.eml");
    const std::string field = "Final-Recipient: utf-8; office@dead.example.com";
    const std::size_t at = raw.find(field);
    REQUIRE(at != std::string::npos);
    raw.replace(at, field.size(), "Final-Recipient: utf-8; office@DEAD.Example.COM");
    const std::vector<draft> out = sample::drafts_of(chasquid_extractor(), sample::report_of(raw));
    REQUIRE(out.size() == 3);
    bool found = false;
    for (const draft& d : out) {
      if (!detail::iequals(d.recipient, "office@dead.example.com")) continue;
      found = true;
      REQUIRE(d.reason);
      CHECK(*d.reason == reason_kind::expired);
    }
    CHECK(found);
  }

  TEST_CASE("chasquid: its lead-in without a report is not its notice") {
    mime::report r;
    r.headers.add("From", "Mail Delivery System <postmaster@mx.example.net>");
    r.text =
        "Delivery of your message to the following recipient(s) failed permanently:\n\n"
        "  - kim@example.org\n\nTechnical details:\n";
    CHECK_FALSE(sample::claims(chasquid_extractor(), r));
  }
}
