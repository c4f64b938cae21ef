// SPDX-License-Identifier: BSD-2-Clause
// A Sieve reject's notice (RFC 5429): an MDN with the disposition "deleted", sent automatically.
// The real Dovecot 2.3 notice of corpus/rhost/delivery-agents, and MDNs that report no failure.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

namespace {

mime::report mdn(std::string_view disposition) {
  return sample::report_of(
      "From: Postmaster <postmaster@example.org>\n"
      "To: <newsletter@example.net>\n"
      "Subject: Rejected: News\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"m\"\n\n"
      "--m\nContent-Type: text/plain\n\nYour message to <kim@example.org> was automatically "
      "rejected:\nNot from you.\n"
      "--m\nContent-Type: message/disposition-notification\n\n"
      "Reporting-UA: mx.example.org; Dovecot Mail Delivery Agent\n"
      "Final-Recipient: rfc822; kim@example.org\n"
      "Disposition: " +
      std::string(disposition) + "\n--m--\n");
}

}  // namespace

TEST_SUITE("extract/rfc5429") {
  TEST_CASE("rfc5429: Dovecot's reject notice is one filtered failure for its Final-Recipient") {
    const mime::report r = sample::report_of(
        sample::read_corpus("rhost/delivery-agents/real-dovecot-lda-sieve-reject.eml"));
    CHECK(sample::winning_engine(r) == "rfc5429");
    const std::vector<draft> out = sample::drafts_of(rfc5429_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "sieverej@lda.example.org");
    CHECK(out[0].action == action_kind::failed);
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::filtered);
    CHECK(out[0].reason_strength == draft::strength::stated);
    CHECK(sample::diagnostic_has(out[0], "I do not accept messages from this sender."));
  }

  TEST_CASE("rfc5429: Dovecot's own quota refusal in the same form is a full mailbox") {
    mime::report r = mdn("automatic-action/MDN-sent-automatically; deleted");
    r.text = "Your message to <kim@example.org> was automatically rejected:\nQuota exceeded\n";
    const std::vector<draft> out = sample::drafts_of(rfc5429_extractor(), r);
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::mailboxfull);
    CHECK(out[0].rule == "extractor/rfc5429/quota");
  }

  TEST_CASE("rfc5429: only an automatic deletion is a reject") {
    CHECK(sample::claims(rfc5429_extractor(),
                         mdn("automatic-action/MDN-sent-automatically; deleted")));
    CHECK(sample::claims(rfc5429_extractor(),
                         mdn("Automatic-Action/MDN-Sent-Automatically;Deleted")));
    // A read receipt, a deletion by the user's hand, a field without its disposition type.
    CHECK_FALSE(
        sample::claims(rfc5429_extractor(), mdn("manual-action/MDN-sent-manually; displayed")));
    CHECK_FALSE(
        sample::claims(rfc5429_extractor(), mdn("manual-action/MDN-sent-manually; deleted")));
    CHECK_FALSE(
        sample::claims(rfc5429_extractor(), mdn("automatic-action/MDN-sent-automatically")));
    CHECK(sample::winning_engine(sample::report_of(
              sample::read_corpus("not-bounce/read-receipt-mdn.eml"))) != "rfc5429");
  }

  TEST_CASE("rfc5429: a Final-Recipient that is no address gives no record") {
    mime::report r = mdn("automatic-action/MDN-sent-automatically; deleted");
    r.disposition_notification =
        "Final-Recipient: x400; /C=DE/O=Example/\nDisposition: automatic-action/"
        "MDN-sent-automatically; deleted\n";
    CHECK(sample::drafts_of(rfc5429_extractor(), r).empty());
  }
}
