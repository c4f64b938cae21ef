// SPDX-License-Identifier: BSD-2-Clause
// The fallback's diagnostic: the text that says why, not only the line with the address.
// Every notice here is a minimal invented sample.
#include "extract/extractors.hpp"
#include "claims_alone.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"

using namespace bounce;
using namespace bounce::extract;

namespace {
std::vector<draft> run(const std::string& text) {
  mime::report r;
  r.headers.add("From", "Mail System <MAILER-DAEMON@mx.example.net>");
  r.headers.add("Subject", "Undeliverable message");
  r.subject = "Undeliverable message";
  r.text = text;
  std::vector<draft> out;
  if (claims_alone(fallback_extractor(), r)) fallback_extractor().extract(r, out);
  return out;
}
}  // namespace

TEST_SUITE("extract/fallback_diagnostic") {
  TEST_CASE("a line ending in ':' gets the reason on the next line") {
    auto out = run(
        "Your message to <kim@example.org> was automatically rejected:\nMailbox quota exceeded\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("Mailbox quota exceeded") != std::string::npos);
  }

  TEST_CASE("a sentence running on, then ':' across a blank line") {
    auto out = run(
        "Sorry, unable to deliver your message to kim@example.org for\nthe following reason:\n\n"
        " 552 Quota violation for kim@example.org\n\nA copy of the original message below this "
        "line:\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("552 Quota violation") != std::string::npos);
    CHECK(out[0].diagnostic.find("copy of the original") == std::string::npos);
  }

  TEST_CASE("a bare list gets the notice's explanation, never the next entry") {
    auto out =
        run("This message was undeliverable due to the following reason:\n\n"
            "The destination host was not reachable within the allowed queue period.\n\n"
            "The following recipients did not receive your message:\n\n    <kim@example.org>\n"
            "The following recipients did not receive your message:\n\n    <lee@example.org>\n");
    REQUIRE(out.size() == 2);
    CHECK(out[0].diagnostic.find("allowed queue period") != std::string::npos);
    CHECK(out[0].diagnostic.find("lee@example.org") == std::string::npos);
  }

  TEST_CASE("a list's intro alone is no explanation") {
    auto out =
        run("Delivery to the following recipient failed permanently:\n\n     kim@example.org\n\n"
            "   ----- Original message -----\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic == "kim@example.org");
  }
}
