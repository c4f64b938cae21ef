// SPDX-License-Identifier: BSD-2-Clause
// X5: a gateway's notice that names nobody and attaches the bounce it received, a whole RFC 3464
// report, as message/rfc822; the attached report is what gets read. The unwrapping is moving
// from the extractor to the pipeline's one re-run, so the records are checked through
// parse_message and the extractor only for what it claims.
#include <doctest/doctest.h>

#include <string>

#include "bounce/parse.hpp"
#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/x5") {
  TEST_CASE("x5_extractor claims the wrapper; the attached report gives the records") {
    const std::string message = sample::read_corpus("lhost/x5/wrapped-dsn.eml");
    const mime::report r = sample::report_of(message);
    CHECK(r.delivery_status.empty());  // the outer message has no DSN of its own
    CHECK(sample::claims(x5_extractor(), r));
    CHECK(sample::winning_engine(r) == "x5");
    std::vector<draft> drafts;
    x5_extractor().extract(r, drafts);
    CHECK_FALSE(drafts.empty());  // the wrapper's evidence, however the re-run is arranged
    // The attached report is read through the whole path (the extractor or the pipeline's
    // re-run unwraps it); the records are the attached report's, under engine x5.
    const auto parsed = parse_message(message);
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->records.size() == 1);
    const record& rec = parsed->records[0];
    CHECK(sample::lower(rec.engine) == "x5");
    CHECK(rec.recipient == "v.sokolova@example.org");
    REQUIRE(rec.status);
    CHECK(rec.status->to_string() == "5.1.1");
    CHECK(rec.status_source == status_source::dsn);
    CHECK(rec.reply_code == 550);
    CHECK(rec.smtp_command == "RCPT");  // the inner notice's "(in reply to RCPT TO command)"
    CHECK(rec.remote_mta == "store.example.org");
    CHECK(rec.reporting_mta == "mx.example.org");
    CHECK(rec.diagnostic.find("User unknown in local recipient table") != std::string::npos);
    CHECK(rec.reason == reason_kind::userunknown);
  }

  TEST_CASE("x5_extractor: a notice attaching an ordinary message is not its") {
    const mime::report r = sample::report_of(
        "From: Mail Gateway <postmaster@gateway.example.com>\n"
        "To: i.petrov@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"o\"\n\n"
        "--o\nContent-Type: text/plain\n\n"
        "The following addresses had permanent delivery errors:\n"
        "<v.sokolova@example.org>: 550 5.1.1 user unknown\n\n"
        "--o\nContent-Type: message/rfc822\n\n"
        "From: i.petrov@example.com\n"
        "To: v.sokolova@example.org\n"
        "Subject: Lunch\n"
        "Content-Type: text/plain\n\n"
        "Noon on Friday?\n"
        "--o--\n");
    CHECK_FALSE(sample::claims(x5_extractor(), r));
    CHECK(sample::winning_engine(r) != "x5");
  }
}
