// SPDX-License-Identifier: BSD-2-Clause
// Mailman 3's rejection and a moderator's refusal of a post: the real Mailman 3.3.8 notices of
// corpus/rhost/mailing-lists. Held posts, confirmations and welcomes are no refusals.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mailman") {
  TEST_CASE("mailman: the list's posting address from its owner or bounces sender") {
    const mime::report rejected = sample::report_of(
        sample::read_corpus("rhost/mailing-lists/real-mailman-nonmember-reject.eml"));
    CHECK(sample::winning_engine(rejected) == "mailman");
    const std::vector<draft> out = sample::drafts_of(mailman_extractor(), rejected);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "nmreject@mm.example.org");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::rejected);
    CHECK(sample::diagnostic_has(out[0], "The message is not from a list member"));
    const std::vector<draft> refused = sample::drafts_of(
        mailman_extractor(), sample::report_of(sample::read_corpus(
                                 "rhost/mailing-lists/real-mailman-moderator-refuse.eml")));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].recipient == "nmhold@mm.example.org");
    REQUIRE(refused[0].reason);
    CHECK(*refused[0].reason == reason_kind::policyviolation);
  }

  TEST_CASE("mailman: held posts, confirmations and welcomes are no refusals") {
    for (const char* file : {"rhost/mailing-lists/real-mailman-nonmember-hold.eml",
                             "rhost/mailing-lists/real-mailman-maxsize-hold.eml",
                             "rhost/mailing-lists/real-mailman-join-confirm.eml",
                             "rhost/mailing-lists/real-mailman-welcome.eml"}) {
      CAPTURE(file);
      CHECK_FALSE(
          sample::claims(mailman_extractor(), sample::report_of(sample::read_corpus(file))));
    }
  }
}
