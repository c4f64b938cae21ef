// SPDX-License-Identifier: BSD-2-Clause
// mlmmj's refusal of a post (deny-post): the real mlmmj 1.3 notices of
// corpus/rhost/mailing-lists. Held posts and confirmations are not its refusals.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mlmmj") {
  TEST_CASE("mlmmj: the list's address, the reason from deny-post's sentence") {
    const mime::report r = sample::report_of(
        sample::read_corpus("rhost/mailing-lists/real-mlmmj-subonlypost-denied.eml"));
    CHECK(sample::winning_engine(r) == "mlmmj");
    const std::vector<draft> out = sample::drafts_of(mlmmj_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "members@lists.example.org");
    CHECK(out[0].action == action_kind::failed);
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::rejected);
    CHECK(out[0].rule == "extractor/mlmmj/not-subscriber");
    CHECK(sample::diagnostic_has(out[0], "because you are not a list subscriber"));
    const std::vector<draft> size = sample::drafts_of(
        mlmmj_extractor(),
        sample::report_of(sample::read_corpus("rhost/mailing-lists/real-mlmmj-maxmailsize.eml")));
    REQUIRE(size.size() == 1);
    REQUIRE(size[0].reason);
    CHECK(*size[0].reason == reason_kind::emailtoolarge);
    CHECK(size[0].prose);  // "... message size of 400 bytes": no reply code 400
  }

  TEST_CASE("mlmmj: a held post and a confirmation request are no refusals") {
    for (const char* file : {"rhost/mailing-lists/real-mlmmj-moderated-held.eml",
                             "rhost/mailing-lists/real-mlmmj-subscribe-confirm.eml"}) {
      CAPTURE(file);
      CHECK_FALSE(sample::claims(mlmmj_extractor(), sample::report_of(sample::read_corpus(file))));
    }
  }
}
