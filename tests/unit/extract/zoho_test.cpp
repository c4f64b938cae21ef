// SPDX-License-Identifier: BSD-2-Clause
// Zoho Mail: "addr Summary, ERROR_CODE :550, ERROR_CODE :text" lines, and the "[Status: Error,
// Address: <addr>, ResponseCode 421, , Host not reachable.]" lines of a give-up.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/zoho") {
  TEST_CASE("zoho_extractor reads the ERROR_CODE lines") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/zoho/mailbox-full.eml"));
    CHECK(sample::winning_engine(r) == "zoho");
    const std::vector<draft> out = sample::drafts_of(zoho_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "m.osei@example.net");
    CHECK(out[1].recipient == "r.ito@example.net");
  }

  TEST_CASE("zoho_extractor reads the [Status: ...] lines (Sisimai 4.25 Lhost/Zoho.pm)") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/zoho/host-not-reachable.eml"));
    CHECK(sample::winning_engine(r) == "zoho");
    const std::vector<draft> out = sample::drafts_of(zoho_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "b.achterberg@example.net");
    CHECK(out[1].recipient == "s.haddad@example.com");
    CHECK(out[0].diagnostic == "421 Host not reachable.");
    CHECK(sample::reply_code_of(out[0]) == 421);
    CHECK(out[0].temporary);
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::expired);
    CHECK(out[0].rule == "extractor/zoho/host-not-reachable");
  }
}
