// SPDX-License-Identifier: BSD-2-Clause
// Sympa's refusals of a post: the real Sympa 6.2.70 notices of corpus/rhost/sympa. A moderator's
// refusal (plain text, reject.tt2) and the send scenario's refusal (a delivery report whose
// report.tt2 sentence names the cause). Held posts, confirmations and command results are no
// refusals.
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/sympa") {
  TEST_CASE("sympa: the moderator's refusal names the list in its sentence") {
    sample::checked_drafts(sympa_extractor(), "rhost/sympa/real-sympa-moderator-reject.eml",
                           {{"modlist@lists.example.org", reason_kind::policyviolation,
                             "extractor/sympa/moderator-rejected"}});
  }

  TEST_CASE("sympa: a closed list and a subscribers-only list refuse for different causes") {
    sample::checked_drafts(sympa_extractor(), "rhost/sympa/real-sympa-closed-send-denied.eml",
                           {{"closedlist@lists.example.org", reason_kind::policyviolation,
                             "extractor/sympa/send-closed"}});
    sample::checked_drafts(
        sympa_extractor(), "rhost/sympa/real-sympa-private-nonsubscriber.eml",
        {{"members@lists.example.org", reason_kind::rejected, "extractor/sympa/send-subscriber"}});
  }

  TEST_CASE("sympa: held posts, confirmations, command results and other reports are not its") {
    for (const char* file :
         {"rhost/sympa/real-sympa-moderation-held.eml",
          "rhost/sympa/real-sympa-subscribe-confirm.eml",
          "rhost/sympa/real-sympa-command-results.eml", "rhost/sympa/real-sympa-max-size.eml"}) {
      CAPTURE(file);
      CHECK_FALSE(sample::claims(sympa_extractor(), sample::report_of(sample::read_corpus(file))));
    }
  }
}
