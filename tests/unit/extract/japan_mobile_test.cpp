// SPDX-License-Identifier: BSD-2-Clause
// au by KDDI: the dion.ne.jp notice (kddi) and the ezweb.ne.jp / au.com notice (ezweb), with the
// sentences of Sisimai 4.25 Lhost/KDDI.pm and Lhost/EZweb.pm.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/japan_mobile") {
  TEST_CASE("kddi_extractor: a notice relayed by au.com, 'As their mailbox is full'") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/kddi/mailbox-full.eml"));
    CHECK(sample::winning_engine(r) == "kddi");
    const std::vector<draft> out = sample::drafts_of(kddi_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "ren@a9b8c7d6e5.dion.ne.jp");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::mailboxfull);
    CHECK(out[0].rule == "extractor/kddi/mailbox-full");
  }

  TEST_CASE("ezweb_extractor: the sentences of Sisimai's EZweb catalogue") {
    struct row {
      const char* file;
      const char* recipient;
      reason_kind reason;
      const char* rule;
    };
    for (const row& t : {row{"lhost/ezweb/account-limited.eml", "mio.phone@ezweb.ne.jp",
                             reason_kind::suspend, "extractor/ezweb/account-limited"},
                         row{"lhost/ezweb/not-delivered-within.eml", "kenji.travel@example.org",
                             reason_kind::expired, "extractor/ezweb/not-delivered-within"},
                         row{"lhost/ezweb/over-quota.eml", "haruto.mobile@ezweb.ne.jp",
                             reason_kind::mailboxfull, "extractor/ezweb/over-quota"}}) {
      CAPTURE(t.file);
      const mime::report r = sample::report_of(sample::read_corpus(t.file));
      CHECK(sample::winning_engine(r) == "ezweb");
      const std::vector<draft> out = sample::drafts_of(ezweb_extractor(), r);
      REQUIRE(out.size() == 1);
      CHECK(out[0].recipient == t.recipient);
      REQUIRE(out[0].reason);
      CHECK(*out[0].reason == t.reason);
      CHECK(out[0].rule == t.rule);
    }
  }
}
