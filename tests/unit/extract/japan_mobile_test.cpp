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
    sample::checked_drafts(
        kddi_extractor(), "lhost/kddi/mailbox-full.eml",
        {{"ren@a9b8c7d6e5.dion.ne.jp", reason_kind::mailboxfull, "extractor/kddi/mailbox-full"}});
  }

  TEST_CASE("ezweb_extractor: the sentences of Sisimai's EZweb catalogue") {
    sample::checked_drafts(
        ezweb_extractor(), "lhost/ezweb/account-limited.eml",
        {{"mio.phone@ezweb.ne.jp", reason_kind::suspend, "extractor/ezweb/account-limited"}});
    sample::checked_drafts(ezweb_extractor(), "lhost/ezweb/not-delivered-within.eml",
                           {{"kenji.travel@example.org", reason_kind::expired,
                             "extractor/ezweb/not-delivered-within"}});
    sample::checked_drafts(
        ezweb_extractor(), "lhost/ezweb/over-quota.eml",
        {{"haruto.mobile@ezweb.ne.jp", reason_kind::mailboxfull, "extractor/ezweb/over-quota"}});
  }
}
