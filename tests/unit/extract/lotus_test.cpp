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
    const mime::report r = sample::report_of(sample::read_corpus("lhost/notes/hop-count.eml"));
    CHECK(sample::winning_engine(r) == "notes");
    const std::vector<draft> out = sample::drafts_of(notes_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "a.kimura@example.com");
    CHECK(out[0].diagnostic == "Message has exceeded maximum hop count");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::networkerror);
    CHECK(out[0].rule == "extractor/notes/hop-count");
  }

  TEST_CASE("domino_extractor: 'Cannot route mail to user', 'Several matches found'") {
    struct row {
      const char* file;
      const char* recipient;
      reason_kind reason;
      const char* rule;
    };
    for (const row& t : {row{"lhost/domino/cannot-route.eml", "z.toth@example.com",
                             reason_kind::filtered, "extractor/domino/cannot-route"},
                         row{"lhost/domino/several-matches.eml", "p.horvath@example.com",
                             reason_kind::systemerror, "extractor/domino/several-matches"}}) {
      CAPTURE(t.file);
      const mime::report r = sample::report_of(sample::read_corpus(t.file));
      CHECK(sample::winning_engine(r) == "domino");
      const std::vector<draft> out = sample::drafts_of(domino_extractor(), r);
      REQUIRE(out.size() == 1);
      CHECK(out[0].recipient == t.recipient);
      REQUIRE(out[0].reason);
      CHECK(*out[0].reason == t.reason);
      CHECK(out[0].rule == t.rule);
    }
  }
}
