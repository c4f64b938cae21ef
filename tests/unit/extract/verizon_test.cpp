// SPDX-License-Identifier: BSD-2-Clause
// Verizon Wireless's SMS gateway: "Error: ...", "Error message below:" and the "Message details:"
// block whose "RCPT TO:" lines name the recipients.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/verizon") {
  TEST_CASE("verizon_extractor: every RCPT TO line of the details is a recipient") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/verizon/two-recipients.eml"));
    CHECK(sample::winning_engine(r) == "verizon");
    const std::vector<draft> out = sample::drafts_of(verizon_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "5550142@vtext.com");
    CHECK(out[1].recipient == "5550187@vtext.com");
    for (const draft& d : out) {
      CHECK(sample::reply_code_of(d) == 550);
      REQUIRE(d.reason);
      CHECK(*d.reason == reason_kind::userunknown);
    }
  }
}
