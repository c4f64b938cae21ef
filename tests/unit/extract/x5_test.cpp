// X5: a gateway's notice that names nobody and attaches the bounce it received, a whole RFC 3464
// report, as message/rfc822; the attached report is what gets read.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/x5") {
  TEST_CASE("x5_extractor reads the wrapped report") {
    const mime::report r = sample::report_of(sample::read_corpus("lhost/x5/wrapped-dsn.eml"));
    CHECK(r.delivery_status.empty());  // the outer message has no DSN of its own
    CHECK(sample::winning_engine(r) == "x5");
    const std::vector<draft> out = sample::drafts_of(x5_extractor(), r);
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "v.sokolova@example.org");
    REQUIRE(out[0].status);
    CHECK(out[0].status->to_string() == "5.1.1");
    CHECK(out[0].status_from == status_source::dsn);
    CHECK(sample::reply_code_of(out[0]) == 550);
    CHECK(out[0].smtp_command ==
          "RCPT");  // from the inner notice's "(in reply to RCPT TO command)"
    CHECK(out[0].remote_mta == "store.example.org");
    CHECK(out[0].reporting_mta == "mx.example.org");
    CHECK(sample::diagnostic_has(out[0], "User unknown in local recipient table"));
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
