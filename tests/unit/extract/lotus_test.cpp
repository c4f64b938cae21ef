// SPDX-License-Identifier: BSD-2-Clause
// Lotus Notes ("------- Failure Reasons --------") and Domino ("DELIVERY FAILURE: ...") reports,
// with the sentences of Sisimai 4.25 Lhost/Notes.pm and Lhost/Domino.pm.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/lotus") {
  TEST_CASE("notes_extractor: reasons without an address name the returned message's To") {
    const std::vector<draft> out = sample::checked_drafts(
        notes_extractor(), "lhost/notes/hop-count.eml",
        {{"a.kimura@example.com", reason_kind::networkerror, "extractor/notes/hop-count"}});
    CHECK(out[0].diagnostic == "Message has exceeded maximum hop count");
  }

  TEST_CASE("domino_extractor: every 'was not delivered to:' block, each with its reason") {
    sample::checked_drafts(
        domino_extractor(), "lhost/domino/two-failures.eml",
        {{"l.maresova@example.com", reason_kind::userunknown, "extractor/domino/not-in-directory"},
         {"o.benes@example.com", reason_kind::filtered, "extractor/domino/cannot-route"},
         {"r.kral@example.com", reason_kind::userunknown, "extractor/domino/not-in-directory"}});
    // In an RFC 3464 report each group takes the "because:" text of the block naming it.
    const std::vector<draft> out = sample::checked_drafts(
        domino_extractor(), "lhost/domino/two-recipients-dsn.eml",
        {{"e.sykorova@example.com", reason_kind::userunknown, "extractor/domino/not-in-directory"},
         {"v.prochazka@example.com", reason_kind::filtered, "extractor/domino/cannot-route"}});
    CHECK(out[1].diagnostic == "Cannot route mail to user (v.prochazka@example.com)");
  }

  TEST_CASE("domino_extractor: 'Cannot route mail to user', 'Several matches found'") {
    sample::checked_drafts(
        domino_extractor(), "lhost/domino/cannot-route.eml",
        {{"z.toth@example.com", reason_kind::filtered, "extractor/domino/cannot-route"}});
    sample::checked_drafts(
        domino_extractor(), "lhost/domino/several-matches.eml",
        {{"p.horvath@example.com", reason_kind::systemerror, "extractor/domino/several-matches"}});
  }
}
