// SPDX-License-Identifier: BSD-2-Clause
// Amazon WorkMail: a text part with a "Technical report:" that is an RFC 3464 delivery-status
// body written as text, from a message whose X-Mailer names Amazon WorkMail.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/amazonworkmail") {
  TEST_CASE("amazonworkmail_extractor reads the technical report") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/amazonworkmail/mailbox-full.eml"));
    CHECK(sample::winning_engine(r) == "amazonworkmail");
    const std::vector<draft> out = sample::drafts_of(amazonworkmail_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "g.nakamura@example.net");
    REQUIRE(out[0].status);
    CHECK(out[0].status->to_string() == "5.2.2");
    CHECK(out[0].status_from == status_source::dsn);
    CHECK(sample::reply_code_of(out[0]) == 552);
    CHECK(out[0].diagnostic_type == "SMTP");
    CHECK(out[0].reporting_mta == "a12-34.smtp-out.eu-west-1.example.com");
    CHECK(sample::diagnostic_has(out[0], "Mailbox full"));
    CHECK_FALSE(out[0].reason);  // the remote reply, no verdict of WorkMail's own
  }

  TEST_CASE("amazonworkmail_extractor: a technical report from another mailer is not its") {
    std::string m = sample::read_corpus("lhost/amazonworkmail/mailbox-full.eml");
    const auto p = m.find("X-Mailer: Amazon WorkMail");
    REQUIRE(p != std::string::npos);
    m.replace(p, 25, "X-Mailer: Example Mailer 2");
    CHECK_FALSE(sample::claims(amazonworkmail_extractor(), sample::report_of(m)));
  }

  TEST_CASE(
      "amazonworkmail_extractor: the quoted remote reply under a X.1.0 summary (Sisimai 4.25)") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/amazonworkmail/quoted-reply.eml"));
    const std::vector<draft> out = sample::drafts_of(amazonworkmail_extractor(), r);
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].status);
    CHECK(out[0].status->to_string() == "5.7.1");
    CHECK(out[0].status_from == status_source::text);
    CHECK(out[0].diagnostic ==
          "550 5.7.1 <v.sousa@example.org>: Recipient address rejected: Access denied "
          "(5.1.0 - Unknown address error)");
  }
}
