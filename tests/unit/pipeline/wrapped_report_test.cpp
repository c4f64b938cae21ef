// SPDX-License-Identifier: BSD-2-Clause
// The pipeline's one re-run on a wrapped report (x5: a gateway attaches the bounce it received):
// the wrapped report is read with the caller's options, and the wrapper's extractor only gathers
// the evidence that it is a wrapper.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "bounce/parse.hpp"
#include "extract/extractor.hpp"
#include "mime/report.hpp"

namespace {

// A gateway's wrapper (the shape of Sisimai's lhost-x5-01): its own text names nobody, the
// bounce it received is attached whole, an RFC 3464 report for two recipients.
const std::string kWrapped =
    "From: Mail Delivery Subsystem <MAILER-DAEMON@gateway.example.jp>\n"
    "To: postmaster@gateway.example.jp\n"
    "Subject: Returned mail: User unknown\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"OUTER\"\n"
    "\n"
    "--OUTER\n"
    "Content-Type: text/plain\n"
    "\n"
    "----- The following addresses had permanent delivery errors -----\n"
    "\n"
    "--OUTER\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mta.example.jp>\n"
    "To: sender@example.jp\n"
    "Subject: Returned mail: see transcript\n"
    "Message-Id: <wrapped-report@mta.example.jp>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"INNER\"\n"
    "\n"
    "--INNER\n"
    "Content-Type: text/plain\n"
    "\n"
    "The message could not be delivered.\n"
    "\n"
    "--INNER\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mta.example.jp\n"
    "\n"
    "Final-Recipient: rfc822; first@example.org\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <first@example.org>: Recipient address rejected: User "
    "unknown in virtual mailbox table\n"
    "\n"
    "Final-Recipient: rfc822; second@example.org\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <second@example.org>: Recipient address rejected: User "
    "unknown in virtual mailbox table\n"
    "\n"
    "--INNER--\n"
    "\n"
    "--OUTER--\n";

bool has_warning(const bounce::record& r, std::string_view w) {
  return std::find(r.warnings.begin(), r.warnings.end(), w) != r.warnings.end();
}

}  // namespace

TEST_CASE("x5 gathers evidence only: one wrapped_report draft, no recipient") {
  auto rep = bounce::mime::build_report(kWrapped, bounce::limits{});
  REQUIRE(rep);
  std::vector<bounce::extract::draft> drafts;
  CHECK(bounce::extract::run_extractors(*rep, drafts) == "x5");
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].wrapped_report);
  CHECK(drafts[0].recipient.empty());
}

TEST_CASE("a wrapped report's recipients become the wrapper's records") {
  auto parsed = bounce::parse_message(kWrapped);
  REQUIRE(parsed);
  REQUIRE(parsed->records.size() == 2);
  CHECK(parsed->records[0].recipient == "first@example.org");
  CHECK(parsed->records[1].recipient == "second@example.org");
  for (const auto& r : parsed->records) {
    CHECK(r.engine == "x5");
    CHECK(r.reason == bounce::reason_kind::userunknown);
    CHECK(r.reporting_mta == "mta.example.jp");
    // The wrapper's returned message is the report it wraps.
    CHECK(r.original_message_id == "wrapped-report@mta.example.jp");
    CHECK(r.warnings.empty());
  }
}

TEST_CASE("the re-run on a wrapped report keeps the caller's limits") {
  SUBCASE("max_recipients") {
    bounce::options opt;
    opt.limits.max_recipients = 1;
    auto parsed = bounce::parse_message(kWrapped, opt);
    REQUIRE(parsed);
    REQUIRE(parsed->records.size() == 1);
    CHECK(parsed->records[0].recipient == "first@example.org");
    CHECK(has_warning(parsed->records[0], "truncated_recipients"));
  }
  SUBCASE("max_diagnostic") {
    bounce::options opt;
    opt.limits.max_diagnostic = 16;
    auto parsed = bounce::parse_message(kWrapped, opt);
    REQUIRE(parsed);
    REQUIRE(parsed->records.size() == 2);
    for (const auto& r : parsed->records) {
      CHECK(r.diagnostic.size() <= 16);
      CHECK(has_warning(r, "truncated_diagnostic"));
    }
  }
  SUBCASE("the failures-only options") {
    bounce::options opt;
    opt.include_delivered = opt.include_feedback = opt.include_vacation = false;
    auto parsed = bounce::parse_message(kWrapped, opt);
    REQUIRE(parsed);
    CHECK(parsed->records.size() == 2);
  }
}
