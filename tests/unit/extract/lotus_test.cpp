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

  TEST_CASE("notes_extractor: each address takes the reason lines above it") {
    const std::vector<draft> out = sample::checked_drafts(
        notes_extractor(), "lhost/notes/two-reasons.eml",
        {{"t.ogawa@example.com", reason_kind::userunknown, "extractor/notes/not-in-directory"},
         {"m.fujita@example.com", reason_kind::networkerror, "extractor/notes/hop-count"}});
    CHECK(out[0].diagnostic == "User  not listed in public Name & Address Book");
    CHECK(out[1].diagnostic == "Message has exceeded maximum hop count");
  }

  TEST_CASE(
      "notes_extractor: addresses under one reason share it, a reason after the last address is "
      "kept") {
    const auto drafts_of_text = [](std::string_view body) {
      const std::string message =
          "From: POSTMASTER@gw.example.com\nSubject: Undeliverable message\n\n"
          "------- Failure Reasons  --------\n\n" +
          std::string(body) + "\n------- Returned Message --------\n";
      return sample::drafts_of(notes_extractor(), sample::report_of(message));
    };
    std::vector<draft> out =
        drafts_of_text("Message has exceeded maximum hop count\na@example.com\nb@example.com\n");
    REQUIRE(out.size() == 2);
    CHECK(out[1].diagnostic == "Message has exceeded maximum hop count");
    CHECK(out[1].reason == reason_kind::networkerror);
    out = drafts_of_text("a@example.com\nMessage has exceeded maximum hop count\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].reason == reason_kind::networkerror);
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
