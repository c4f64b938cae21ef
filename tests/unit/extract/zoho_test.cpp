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
    sample::checked_drafts(zoho_extractor(), "lhost/zoho/mailbox-full.eml",
                           {{"m.osei@example.net"}, {"r.ito@example.net"}});
  }

  TEST_CASE("zoho_extractor reads the [Status: ...] lines (Sisimai 4.25 Lhost/Zoho.pm)") {
    const std::vector<draft> out = sample::checked_drafts(
        zoho_extractor(), "lhost/zoho/host-not-reachable.eml",
        {{"b.achterberg@example.net", reason_kind::expired, "extractor/zoho/host-not-reachable"},
         {"s.haddad@example.com"}});
    CHECK(out[0].diagnostic == "421 Host not reachable.");
    CHECK(sample::reply_code_of(out[0]) == 421);
    CHECK(out[0].temporary);
  }
}
