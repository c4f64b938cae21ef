// SPDX-License-Identifier: BSD-2-Clause
// Apache James: "Error message below:" with the reply, "Message details:" with the envelope
// ("RCPT TO: ..."), and James' own verdict on the first line ("Error: Invalid user address").
#include <doctest/doctest.h>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/apachejames") {
  TEST_CASE("apachejames_extractor reads the sample notice") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/apachejames/invalid-user.eml"));
    CHECK(sample::winning_engine(r) == "apachejames");
    const std::vector<draft> out = sample::drafts_of(apachejames_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "o.eze@example.org");  // from RCPT TO:, not MAIL FROM:
    CHECK(sample::status_of(out[0]) == "5.1.1");
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command.empty());
    CHECK(out[0].diagnostic ==
          "Error: Invalid user address 550 5.1.1 Requested action not taken: mailbox unavailable");
  }

  TEST_CASE("apachejames_extractor wants both of its headings") {
    const mime::report r = sample::report_of(
        "From: postmaster@mail.example.net\n"
        "To: r.patel@example.com\n"
        "Subject: Delivery failure\n\n"
        "Your message could not be delivered.\n\n"
        "Error message below:\n"
        "550 5.1.1 mailbox unavailable\n\n"
        "Original recipients: o.eze@example.org\n");
    CHECK_FALSE(sample::claims(apachejames_extractor(), r));
    CHECK(sample::winning_engine(r) != "apachejames");
  }

  TEST_CASE("apachejames_extractor: James' headers and no error message (Sisimai 4.25)") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/apachejames/no-error-message.eml"));
    CHECK(sample::claims(apachejames_extractor(), r));
    CHECK(sample::winning_engine(r) == "apachejames");
    const std::vector<draft> out = sample::drafts_of(apachejames_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "f.berg@example.org");
    CHECK(out[0].diagnostic.empty());  // the fixed text states no cause
  }
}
