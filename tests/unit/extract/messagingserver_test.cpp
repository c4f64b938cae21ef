// SPDX-License-Identifier: BSD-2-Clause
// Oracle/Sun Messaging Server: "Recipient address:" blocks read as the DSN groups they stand
// for when the notice has no delivery-status part.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/messagingserver") {
  TEST_CASE("messagingserver_extractor: text-only blocks, an alias's Original address") {
    const std::vector<draft> out = sample::checked_drafts(
        messagingserver_extractor(), "lhost/messagingserver/text-only-alias.eml",
        {{"t.okonkwo@mail.example.net"}, {"h.lindqvist@example.org"}});
    // "Original address:" is the group's Original-Recipient, not a recipient of its own.
    CHECK(out[0].original_recipient == "class-2019@alumni.example.edu");
    CHECK(out[0].diagnostic_type == "SMTP");
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(out[0].remote_mta.starts_with("mx1.mail.example.net"));
    // A block without a diagnostic code: Messaging Server's Reason is the diagnostic.
    CHECK(out[1].diagnostic == "Illegal host/domain name found");
    CHECK(out[1].remote_mta.empty());
  }

  TEST_CASE(
      "messagingserver_extractor: known by its Subject or MIME boundary, not the preface "
      "alone") {
    std::string m = sample::read_corpus("lhost/messagingserver/text-only-alias.eml");
    const std::string subject = "Subject: Delivery Notification: Delivery has failed";
    m.replace(m.find(subject), subject.size(), "Subject: Undeliverable message");
    CHECK_FALSE(sample::claims(messagingserver_extractor(), sample::report_of(m)));
  }
}
